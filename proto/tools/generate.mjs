// Regenerates generated/ from onnx.proto and caffe2.proto:
//   generated/<name>.js, <name>.d.ts  static ES modules (pbjs static-module + pbts), one per schema
//   generated/reflection.js, .d.ts    both schemas as a protobufjs JSON descriptor, with field
//                                     names as written in the .proto (text format needs them)
// Run with `pnpm --filter @tandem/proto generate`; the outputs are committed so that a fresh
// clone needs no generation step.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'generated');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const schemas = ['onnx', 'caffe2'];

function run(tool, args) {
  execFileSync(bin(tool), args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

// Full names of all message types (not enums) in a protobufjs JSON descriptor.
function messageNames(json, prefix = '', out = new Set()) {
  for (const [name, nested] of Object.entries(json.nested ?? {})) {
    const full = prefix ? `${prefix}.${name}` : name;
    if (nested.fields) out.add(full);
    messageNames(nested, full, out);
  }
  return out;
}

// Note [Generated typings]
// pbjs runs with --force-message so that a class's fields are typed as the nested classes that
// decode() actually produces (net.op[0].type is a string, not string|null|undefined). That flag
// would also make encode() and the $Properties interfaces demand class instances; this rewrites
// them back to $Properties so that messages can still be built from plain object literals.
function relaxBuildTypes(dts, messages) {
  const ref = /\b((?:onnx|caffe2)\.[A-Za-z0-9_.]+?)(?=\[\]|\||\)|;|,)/g;
  const relax = (line) =>
    line.replace(ref, (name) => (messages.has(name) ? `${name}.$Properties` : name));
  const lines = dts.split('\n');
  let inProperties = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inProperties !== null) {
      if (line === `${inProperties}}`) inProperties = null;
      else lines[i] = relax(line);
    } else if (/^\s*interface \$Properties \{$/.test(line)) {
      inProperties = line.match(/^\s*/)[0];
    } else if (/static encode(Delimited)?\(message: /.test(line)) {
      lines[i] = line.replace(/\(message: ([A-Za-z0-9_.]+),/, (m, name) =>
        messages.has(name) ? `(message: ${name}.$Properties,` : m,
      );
    }
  }
  return lines.join('\n');
}

function banner(source) {
  return (
    `// Generated from ${source} by tools/generate.mjs ` +
    '(pnpm --filter @tandem/proto generate).\n' +
    '// Do not edit by hand.\n'
  );
}

mkdirSync(out, { recursive: true });
const jsonFile = join(out, 'reflection.json');
run('pbjs', ['-t', 'json', '--keep-case', '-o', jsonFile, ...schemas.map((n) => `${n}.proto`)]);
const json = readFileSync(jsonFile, 'utf8');
rmSync(jsonFile);
const messages = messageNames(JSON.parse(json));

for (const name of schemas) {
  const js = join(out, `${name}.js`);
  const dts = join(out, `${name}.d.ts`);
  // Each schema gets its own protobufjs root name so that the modules never share state.
  run('pbjs', [
    '-t',
    'static-module',
    '-w',
    'esm',
    '--es6',
    '--force-message',
    '-r',
    `tandem_${name}`,
    '-o',
    js,
    `${name}.proto`,
  ]);
  run('pbts', ['--no-comments', '-o', dts, js]);
  writeFileSync(js, banner(`${name}.proto`) + readFileSync(js, 'utf8'));
  // pbts writes a CommonJS-style import of `long`; this package is ESM, and only the type is used.
  const types = relaxBuildTypes(readFileSync(dts, 'utf8'), messages).replace(
    'import Long = require("long");',
    'import type Long from "long";',
  );
  writeFileSync(dts, banner(`${name}.proto`) + types);
}

writeFileSync(
  join(out, 'reflection.js'),
  banner(schemas.map((n) => `${n}.proto`).join(' + ')) +
    `export const descriptor = ${json.trim()};\n`,
);
writeFileSync(
  join(out, 'reflection.d.ts'),
  banner('onnx.proto + caffe2.proto') +
    "import type { INamespace } from 'protobufjs';\n\n" +
    '/** Both schemas as a protobufjs JSON descriptor (field names as written in the .proto). */\n' +
    'export declare const descriptor: INamespace;\n',
);
console.log(`generated ${schemas.map((n) => `${n}.js`).join(', ')} and reflection.js in ${out}`);
