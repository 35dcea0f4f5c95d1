// Loads the compiled addon: a prebuilt binary first (prebuilds/<platform>-<arch>), then the local build.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const candidates = [
  join(here, 'prebuilds', `${process.platform}-${process.arch}`, 'tandem_native.node'),
  join(here, 'build', 'Release', 'tandem_native.node'),
];
const found = candidates.find((p) => existsSync(p));
if (!found) {
  throw new Error(
    `@tandem/native: no compiled addon found (looked in ${candidates.join(', ')}). ` +
      'Run `pnpm --filter @tandem/native build` (needs cmake and a C++17 compiler).',
  );
}
const addon = require(found);

export const run = addon.run;
export const runAsync = addon.runAsync;
export const setNumThreads = addon.setNumThreads;
export const getNumThreads = addon.getNumThreads;
export const cpuInfo = addon.cpuInfo;
export const setIsa = addon.setIsa;
export const kernels = addon.kernels;
export const version = addon.version;
export const addonPath = found;
