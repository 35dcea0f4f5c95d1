#!/usr/bin/env node
// Enforces DESIGN.md's dependency rule: which package may import which, and no relative
// imports across package folders. Exits non-zero listing every violation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** package -> the workspace packages it may import. */
export const ALLOWED = {
  '@tandem/native': [],
  '@tandem/proto': [],
  '@tandem/core': ['@tandem/native'],
  '@tandem/torch': ['@tandem/core', '@tandem/native'],
  '@tandem/caffe2': ['@tandem/core', '@tandem/native', '@tandem/proto'],
  '@tandem/onnx': [
    '@tandem/core',
    '@tandem/native',
    '@tandem/proto',
    '@tandem/torch',
    '@tandem/caffe2',
  ],
};

const PACKAGE_DIRS = { '@tandem/native': 'native', '@tandem/proto': 'proto' };
for (const name of ['core', 'torch', 'caffe2', 'onnx'])
  PACKAGE_DIRS[`@tandem/${name}`] = `packages/${name}`;

function* sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries) {
    if (e === 'node_modules' || e === 'dist' || e === 'build' || e === 'generated') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.(ts|mts|js|mjs)$/.test(e) && !e.endsWith('.d.ts')) yield p;
  }
}

const IMPORT_RE =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

export function checkDependencyRule() {
  const problems = [];
  for (const [pkg, dir] of Object.entries(PACKAGE_DIRS)) {
    const pkgRoot = join(root, dir);
    const allowed = new Set([pkg, ...ALLOWED[pkg]]);
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (dep.startsWith('@tandem/') && !allowed.has(dep))
        problems.push(`${dir}/package.json depends on ${dep}`);
    }
    for (const file of sourceFiles(pkgRoot)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT_RE)) {
        const spec = m[1] ?? m[2] ?? m[3];
        const rel = relative(root, file);
        if (spec.startsWith('@tandem/')) {
          const target = spec.split('/').slice(0, 2).join('/');
          if (!allowed.has(target))
            problems.push(`${rel} imports ${spec} (${pkg} may import ${[...allowed].join(', ')})`);
        } else if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(pkgRoot + sep))
            problems.push(`${rel} imports ${spec}, a relative path outside ${dir}/`);
        }
      }
    }
  }
  // core stays free of frontend concepts.
  for (const file of sourceFiles(join(root, 'packages/core/src'))) {
    const text = readFileSync(file, 'utf8');
    if (/\b(NetDef|OperatorDef|Workspace|ModelProto|nn\.Module)\b/.test(text)) {
      problems.push(
        `${relative(root, file)} mentions a frontend concept (NetDef/Workspace/ModelProto/nn.Module)`,
      );
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkDependencyRule();
  for (const p of problems) console.error(`dependency rule: ${p}`);
  if (problems.length) process.exit(1);
  console.log('dependency rule: ok');
}
