// "Installing only @tandem/torch works": builds @tandem/native, @tandem/core and @tandem/torch,
// packs them with `pnpm pack`, installs the tarballs with npm into an empty folder (the addon
// compiles there with cmake-js from the shipped sources; cmake-js and node-addon-api come from the
// npm registry), trains a tiny model with a plain Node ESM script, and checks that no other
// Tandem package (caffe2, onnx, proto) came along. Takes a few minutes, mostly the C++ build:
// set TANDEM_SKIP_INSTALL_TEST=1 to skip it locally (CI runs it), TANDEM_KEEP_INSTALL_TEST=1 to
// keep the temporary folder for inspection.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PACKAGES = { native: 'native', core: 'packages/core', torch: 'packages/torch' };
const skip = process.env.TANDEM_SKIP_INSTALL_TEST === '1';

// The script a user would write after `npm install @tandem/torch`: no TypeScript, no workspace.
const TRAIN_SCRIPT = `
import * as torch from '@tandem/torch';
const { nn, optim } = torch;
torch.manualSeed(0);
const x = torch.randn([32, 4]);
const y = x.sum(1, true).mul(0.5);
const model = new nn.Sequential(new nn.Linear(4, 8), new nn.ReLU(), new nn.Linear(8, 1));
const opt = new optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9 });
const lossFn = new nn.MSELoss();
const losses = [];
for (let step = 0; step < 20; step++) {
  opt.zeroGrad();
  const loss = lossFn.call(model.call(x), y);
  loss.backward();
  opt.step();
  losses.push(loss.item());
}
console.log(JSON.stringify({ losses }));
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

describe.skipIf(skip)('installing only @tandem/torch from packed tarballs', () => {
  let work = '';
  let app = '';
  const tarballs: Record<string, string> = {};
  const started = Date.now();

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tandem-install-'));
    const packs = join(work, 'packs');
    app = join(work, 'app');
    const filters = ['@tandem/core', '@tandem/torch', '@tandem/native'].flatMap((p) => [
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
    // npm runs the addon's install script from the unpacked tarball: every file it needs must ship.
    const nativeFiles = run('tar', ['tzf', tarballs.native], work).split('\n');
    const manifest = JSON.parse(readFileSync(join(root, PACKAGES.native, 'package.json'), 'utf8'));
    const script = /node (\S+)/.exec(manifest.scripts?.install ?? '')?.[1];
    if (script && !nativeFiles.includes(`package/${script}`)) {
      throw new Error(
        `@tandem/native's install script runs ${script}, which its tarball lacks: add it to ` +
          `"files" in native/package.json`,
      );
    }
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }),
    );
    writeFileSync(join(app, 'train.mjs'), TRAIN_SCRIPT);
    // TANDEM_FORCE_BUILD: compile the addon from the shipped sources even if a binary was packed,
    // so the test proves that the source package builds on a machine without a prebuilt binary.
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-package-lock', ...Object.values(tarballs)],
      app,
      { TANDEM_FORCE_BUILD: '1' },
      540,
    );
  }, 600_000);

  afterAll(() => {
    if (work && process.env.TANDEM_KEEP_INSTALL_TEST !== '1')
      rmSync(work, { recursive: true, force: true });
  });

  it('packs publishable manifests: dist exports, no workspace: ranges', () => {
    for (const [name, file] of Object.entries(tarballs)) {
      const manifest = readFileSync(
        join(app, 'node_modules', '@tandem', name, 'package.json'),
        'utf8',
      );
      expect(manifest, `@tandem/${name}`).not.toContain('workspace:');
      const pkg = JSON.parse(manifest) as {
        exports: Record<string, { default: string; types: string }>;
      };
      if (name !== 'native') {
        expect(pkg.exports['.'].default, `@tandem/${name} (${file})`).toBe('./dist/index.js');
        expect(pkg.exports['.'].types).toBe('./dist/index.d.ts');
      }
      const entry = join(app, 'node_modules', '@tandem', name, pkg.exports['.'].default);
      expect(existsSync(entry), `${entry} is in the tarball`).toBe(true);
    }
  });

  it('compiled the native addon during install', () => {
    const addon = join(
      app,
      'node_modules',
      '@tandem',
      'native',
      'build',
      'Release',
      'tandem_native.node',
    );
    expect(existsSync(addon)).toBe(true);
    expect(statSync(addon).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
  });

  it('installs no other Tandem package (no caffe2, onnx or proto)', () => {
    const scope = readdirSync(join(app, 'node_modules', '@tandem')).sort();
    expect(scope).toEqual(['core', 'native', 'torch']);
    expect(existsSync(join(app, 'node_modules', '@tandem', 'caffe2'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', '@tandem', 'onnx'))).toBe(false);
  });

  it('trains a small model from a plain Node ESM script', () => {
    const out = run('node', ['train.mjs'], app, {}, 120);
    const { losses } = JSON.parse(out.trim().split('\n').at(-1)!) as { losses: number[] };
    expect(losses).toHaveLength(20);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses[19]).toBeLessThan(losses[0] * 0.2);
  });
});
