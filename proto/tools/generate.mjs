// Regenerates generated/ from onnx.proto and caffe2.proto:
//   generated/<name>.js, <name>.d.ts  static ES modules (pbjs static-module + pbts), one per schema
//   generated/reflection.js, .d.ts    both schemas as a protobufjs JSON descriptor, field names kept
//                                     as written in the .proto (the text format needs them)
// Run with `pnpm --filter @tandem/proto generate`; the outputs are committed so that a fresh
// clone needs no generation step.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'generated');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const schemas = ['onnx', 'caffe2'];

function run(tool, args) {
  execFileSync(bin(tool), args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

function banner(source) {
  return `// Generated from ${source} by tools/generate.mjs (pnpm --filter @tandem/proto generate).\n`
    + '// Do not edit by hand.\n';
}

mkdirSync(out, { recursive: true });

for (const name of schemas) {
  const js = join(out, `${name}.js`);
  const dts = join(out, `${name}.d.ts`);
  // Each schema gets its own protobufjs root name so that the modules never share state.
  run('pbjs', ['-t', 'static-module', '-w', 'esm', '--es6', '--no-beautify',
    '-r', `tandem_${name}`, '-o', js, `${name}.proto`]);
  run('pbts', ['--no-comments', '-o', dts, js]);
  writeFileSync(js, banner(`${name}.proto`) + readFileSync(js, 'utf8'));
  // pbts writes a CommonJS-style import of `long`; this package is ESM, and only the type is used.
  const types = readFileSync(dts, 'utf8').replace('import Long = require("long");',
    'import type Long from "long";');
  writeFileSync(dts, banner(`${name}.proto`) + types);
}

run('pbjs', ['-t', 'json', '--keep-case', '-o', join(out, 'reflection.json'),
  ...schemas.map((n) => `${n}.proto`)]);
const json = readFileSync(join(out, 'reflection.json'), 'utf8');
writeFileSync(join(out, 'reflection.js'), banner(schemas.map((n) => `${n}.proto`).join(' + '))
  + `export const descriptor = ${json.trim()};\n`);
writeFileSync(join(out, 'reflection.d.ts'), banner('onnx.proto + caffe2.proto')
  + "import type { INamespace } from 'protobufjs';\n\n"
  + '/** Both schemas as a protobufjs JSON descriptor (field names as written in the .proto). */\n'
  + 'export declare const descriptor: INamespace;\n');
execFileSync('rm', ['-f', join(out, 'reflection.json')]);
console.log(`generated ${schemas.map((n) => `${n}.js`).join(', ')} and reflection.js in ${out}`);
