// "Installing only @tandem/caffe2 works": builds @tandem/proto, @tandem/core and @tandem/caffe2,
// packs them and @tandem/native with `pnpm pack`, installs the tarballs with npm into an empty
// folder (the addon compiles there with cmake-js from the shipped sources), then a plain Node ESM
// script builds a tiny model with brew, trains it a few steps in a Workspace and serves it with a
// Predictor (run and runAsync on worker threads). No torch or onnx package may come along.
// Same approach as packages/torch/test/install.test.ts. Takes a few minutes, mostly the C++ build:
// TANDEM_SKIP_INSTALL_TEST=1 skips it, TANDEM_KEEP_INSTALL_TEST=1 keeps the temporary folder.
//
// The addon is not built in the repository here (only packed from its sources): other work may
// be compiling native/ at the same time, and the install compiles it from the tarball anyway.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PACKAGES = {
  native: 'native',
  proto: 'proto',
  core: 'packages/core',
  caffe2: 'packages/caffe2',
};
const skip = process.env.TANDEM_SKIP_INSTALL_TEST === '1';

// What a service would write after `npm install @tandem/caffe2`: no TypeScript, no workspace.
const SERVE_SCRIPT = `
import { ModelHelper, Predictor, Workspace, brew, buildSgd } from '@tandem/caffe2';
import { Tensor } from '@tandem/core';

const model = new ModelHelper({ name: 'tiny' });
brew.fc(model, 'data', 'fc1', 4, 8);
brew.relu(model, 'fc1', 'fc1');
brew.fc(model, 'fc1', 'fc2', 8, 3);
brew.softmax(model, 'fc2', 'prob');
model.paramInitNet.protoView().deviceOption = { randomSeed: 7 };
const predictNet = model.net.clone('tiny_predict');
predictNet.addExternalInput('data', ...model.getParams()).addExternalOutput('prob');

const data = Tensor.from(Float32Array.from({ length: 8 }, (_, i) => Math.cos(i)), 'float32', [2, 4]);
const predictor = new Predictor(model.paramInitNet.proto(), predictNet.proto(), { workers: 1 });
const sync = predictor.run({ data }).prob;
const async = (await predictor.runAsync({ data })).prob;
await predictor.close();

const ws = new Workspace();
ws.runNetOnce(model.paramInitNet);
ws.feedBlob('data', data);
ws.runNetOnce(predictNet);
const reference = ws.fetchBlob('prob');

// A few training steps: gradient operators and SGD from the built package.
model.net.LabelCrossEntropy(['prob', 'label'], ['xent']);
model.net.AveragedLoss(['xent'], ['loss']);
ws.feedBlob('label', Tensor.from([0, 2], 'int32', [2]));
model.addGradientOperators('loss', { workspace: ws });
buildSgd(model, 0.5, { momentum: 0.9 });
ws.runNetOnce(model.paramInitNet);
ws.createNet(model.net);
const losses = [];
for (let i = 0; i < 10; i++) {
  ws.runNet('tiny');
  losses.push(ws.fetchBlob('loss').toNumbers()[0]);
}
console.log(JSON.stringify({
  sync: sync.toNumbers(), async: async.toNumbers(), reference: reference.toNumbers(), losses,
}));
`;

/** Runs a command; on failure, the error carries the tail of its output. */
function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutS = 300,
): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutS * 1000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    const tail = `${err.stdout ?? ''}\n${err.stderr ?? ''}`.split('\n').slice(-40).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${err.message}\n${tail}`);
  }
}

describe.skipIf(skip)('installing only @tandem/caffe2 from packed tarballs', () => {
  let work = '';
  let app = '';
  const tarballs: Record<string, string> = {};

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tandem-caffe2-install-'));
    const packs = join(work, 'packs');
    app = join(work, 'app');
    const filters = ['@tandem/proto', '@tandem/core', '@tandem/caffe2'].flatMap((p) => [
      '--filter',
      p,
    ]);
    run('pnpm', [...filters, 'build'], root);
    for (const [name, dir] of Object.entries(PACKAGES)) {
      run('pnpm', ['pack', '--pack-destination', packs], join(root, dir));
      const file = readdirSync(packs).find(
        (f) => f.startsWith(`tandem-${name}-`) && f.endsWith('.tgz'),
      );
      if (!file) throw new Error(`pnpm pack of ${dir} wrote no tandem-${name}-*.tgz into ${packs}`);
      tarballs[name] = join(packs, file);
    }
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }),
    );
    writeFileSync(join(app, 'serve.mjs'), SERVE_SCRIPT);
    // TANDEM_FORCE_BUILD: compile the addon from the shipped sources even if a binary was packed.
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-package-lock', ...Object.values(tarballs)],
      app,
      { TANDEM_FORCE_BUILD: '1' },
      600,
    );
  }, 900_000);

  afterAll(() => {
    if (work && process.env.TANDEM_KEEP_INSTALL_TEST !== '1')
      rmSync(work, { recursive: true, force: true });
  });

  it('packs publishable manifests: dist exports, no workspace: ranges', () => {
    for (const name of Object.keys(tarballs)) {
      const manifest = readFileSync(
        join(app, 'node_modules', '@tandem', name, 'package.json'),
        'utf8',
      );
      expect(manifest, `@tandem/${name}`).not.toContain('workspace:');
      const pkg = JSON.parse(manifest) as { exports: Record<string, { default: string }> };
      if (name !== 'native')
        expect(pkg.exports['.'].default, `@tandem/${name}`).toBe('./dist/index.js');
      expect(existsSync(join(app, 'node_modules', '@tandem', name, pkg.exports['.'].default))).toBe(
        true,
      );
    }
    // The Predictor's worker entry ships with the package.
    const worker = join(app, 'node_modules', '@tandem', 'caffe2', 'dist', 'predictor-worker.js');
    expect(existsSync(worker)).toBe(true);
  });

  it('installs no torch or onnx package', () => {
    const scope = readdirSync(join(app, 'node_modules', '@tandem')).sort();
    expect(scope).toEqual(['caffe2', 'core', 'native', 'proto']);
    expect(existsSync(join(app, 'node_modules', '@tandem', 'torch'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', '@tandem', 'onnx'))).toBe(false);
  });

  it('serves a small net with a Predictor (run, runAsync) and trains it, from a plain Node script', () => {
    const out = run('node', ['serve.mjs'], app, {}, 120);
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number[]>;
    expect(r.sync).toHaveLength(6);
    r.sync.forEach((v, i) => {
      expect(v).toBeCloseTo(r.reference[i], 5);
      expect(r.async[i]).toBeCloseTo(v, 6);
    });
    expect(r.losses.every(Number.isFinite)).toBe(true);
    expect(r.losses[9]).toBeLessThan(r.losses[0]);
  });
});
