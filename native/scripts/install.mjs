// Build the addon at install time unless a usable binary is already present (prebuilt or cached).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const binary = join(root, 'build', 'Release', 'tandem_native.node');
if (existsSync(binary) && !process.env.TANDEM_FORCE_BUILD) process.exit(0);
const cmakeJs = join(root, 'node_modules', '.bin', 'cmake-js');
const cmd = existsSync(cmakeJs) ? cmakeJs : 'cmake-js';
const result = spawnSync(cmd, ['compile', '--CDCMAKE_BUILD_TYPE=Release', '-O', 'build'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
