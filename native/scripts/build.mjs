// Builds the addon with cmake-js. Builds are serialized with a lock file, because several
// processes (parallel workspace installs, editors, people) may build the same tree at once.
//   node scripts/build.mjs [--if-missing] [--rebuild]
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const binary = join(root, 'build', 'Release', 'tandem_native.node');
const args = process.argv.slice(2);
if (args.includes('--if-missing') && existsSync(binary) && !process.env.TANDEM_FORCE_BUILD)
  process.exit(0);

mkdirSync(join(root, 'build'), { recursive: true });
const lock = join(root, 'build', '.lock');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
let fd;
for (let waited = 0; ; waited += 500) {
  try {
    fd = openSync(lock, 'wx');
    break;
  } catch {
    // A lock older than 15 minutes belongs to a build that died.
    try {
      if (Date.now() - statSync(lock).mtimeMs > 15 * 60 * 1000) rmSync(lock, { force: true });
    } catch {}
    if (waited % 10000 === 0) console.error('native: waiting for another build to finish...');
    sleep(500);
  }
}
let status = 1;
try {
  const cmakeJs = join(root, 'node_modules', '.bin', 'cmake-js');
  const cmd = existsSync(cmakeJs) ? cmakeJs : 'cmake-js';
  const verb = args.includes('--rebuild') ? 'rebuild' : 'compile';
  const result = spawnSync(cmd, [verb, '--CDCMAKE_BUILD_TYPE=Release', '-O', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  status = result.status ?? 1;
} finally {
  closeSync(fd);
  rmSync(lock, { force: true });
}
process.exit(status);
