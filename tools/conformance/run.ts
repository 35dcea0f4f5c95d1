// ONNX backend conformance: runs every case folder under --data in isolated child processes
// (a crash or hang fails one case), writes a JSON report, prints `N passed, M failed`.
//
//   pnpm conformance [--data DIR] [--suite node,simple,...] [--filter REGEX] [--check-floor]
//                    [--jobs N] [--timeout SECONDS] [--report FILE] [--verbose]
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseResult } from './case.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};

const dataRoot = option('data', '/usr/share/libonnx-testdata/data');
const suites = option('suite', 'node').split(',');
const filter = new RegExp(option('filter', '.'));
const jobs = Math.max(1, Number(option('jobs', '2')));
const timeoutMs = Number(option('timeout', '60')) * 1000;
const reportFile = option('report', join(here, '..', 'reports', 'conformance.json'));
const floorFile = join(here, 'floor.json');

interface Job {
  suite: string;
  name: string;
  dir: string;
}

const queue: Job[] = [];
for (const suite of suites) {
  const root = join(dataRoot, suite);
  if (!existsSync(root)) {
    console.error(
      `conformance: no test data at ${root} (install Debian's libonnx-testdata, or pass --data)`,
    );
    process.exit(2);
  }
  for (const name of readdirSync(root).sort()) {
    if (filter.test(name)) queue.push({ suite, name, dir: join(root, name) });
  }
}

const results: Array<CaseResult & { suite: string }> = [];
const total = queue.length;
let next = 0;

function spawnWorker(): Promise<void> {
  return new Promise((resolveWorker) => {
    let child: ChildProcess;
    let current: Job | undefined;
    let timer: NodeJS.Timeout | undefined;
    const start = () => {
      child = fork(join(here, 'worker.ts'), [], {
        execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let stderr = '';
      child.stderr?.on('data', (d) => (stderr = (stderr + String(d)).slice(-2000)));
      child.on('message', (msg: CaseResult | { ready: true }) => {
        if ('ready' in msg) return dispatch();
        clearTimeout(timer);
        results.push({ ...msg, suite: current!.suite });
        progress(msg);
        current = undefined;
        dispatch();
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current) {
          const r: CaseResult = {
            name: current.name,
            status: 'error',
            message: `process died (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
          };
          results.push({ ...r, suite: current.suite });
          progress(r);
          current = undefined;
          if (next < queue.length) start();
          else resolveWorker();
        } else resolveWorker();
      });
    };
    const dispatch = () => {
      if (next >= queue.length) {
        child.kill();
        return;
      }
      current = queue[next++];
      child.send({ dir: current.dir, name: current.name });
      timer = setTimeout(() => {
        if (!current) return;
        const r: CaseResult = {
          name: current.name,
          status: 'error',
          message: `timed out after ${timeoutMs / 1000} s`,
        };
        results.push({ ...r, suite: current.suite });
        progress(r);
        current = undefined;
        child.kill('SIGKILL');
      }, timeoutMs);
    };
    start();
  });
}

function progress(r: CaseResult) {
  if (flag('verbose') || (r.status !== 'pass' && flag('failures'))) {
    console.log(`${r.status.padEnd(5)} ${r.name}${r.message ? `: ${r.message}` : ''}`);
  } else if (process.stdout.isTTY) {
    process.stdout.write(`\r${results.length}/${total}`);
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: Math.min(jobs, Math.max(queue.length, 1)) }, spawnWorker));
if (process.stdout.isTTY) process.stdout.write('\r');

results.sort((a, b) => (a.suite + a.name).localeCompare(b.suite + b.name));
const bySuite: Record<string, { passed: number; failed: number; skipped: number }> = {};
for (const r of results) {
  const s = (bySuite[r.suite] ??= { passed: 0, failed: 0, skipped: 0 });
  if (r.status === 'pass') s.passed++;
  else if (r.status === 'skip') s.skipped++;
  else s.failed++;
}
// Failure reasons grouped by the error's first words, to see what to fix next.
const reasons: Record<string, number> = {};
for (const r of results) {
  if (r.status === 'pass' || r.status === 'skip') continue;
  const key = (r.message ?? '')
    .replace(/\d+/g, 'N')
    .replace(/'[^']*'/g, "'…'")
    .slice(0, 90);
  reasons[key] = (reasons[key] ?? 0) + 1;
}
mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(
  reportFile,
  JSON.stringify(
    { data: dataRoot, seconds: (performance.now() - t0) / 1000, suites: bySuite, reasons, results },
    null,
    1,
  ),
);

const passed = results.filter((r) => r.status === 'pass').length;
const failed = results.filter((r) => r.status === 'fail' || r.status === 'error').length;
for (const [suite, s] of Object.entries(bySuite)) {
  console.log(
    `conformance ${suite}/: ${s.passed} of ${s.passed + s.failed + s.skipped} cases pass${s.skipped ? ` (${s.skipped} skipped)` : ''}`,
  );
}
console.log(`report: ${reportFile} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

let exitCode = 0;
if (flag('check-floor')) {
  const floor: Record<string, number> = JSON.parse(readFileSync(floorFile, 'utf8'));
  for (const [suite, min] of Object.entries(floor)) {
    if (!bySuite[suite]) continue;
    if (bySuite[suite].passed < min) {
      console.error(
        `conformance ${suite}/: ${bySuite[suite].passed} passed, below the floor of ${min} in tools/conformance/floor.json`,
      );
      exitCode = 1;
    } else if (bySuite[suite].passed > min) {
      console.log(
        `conformance ${suite}/: above the floor (${min}); raise tools/conformance/floor.json to ${bySuite[suite].passed}`,
      );
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
