// `pnpm --filter @tandem/tools exec tsx bench/small.ts [--threads 1,2] [--filter str]`: the small
// and skinny GEMMs and LeNet-sized convolutions of a training step (forward and both gradients),
// timed per call (median of rounds). Compare with `python3 tools/bench/small_torch.py`, which
// times the same shapes in PyTorch.
import { createRequire } from 'node:module';
import * as tandem from '@tandem/native';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
};
const threadList = arg('--threads', '1,2').split(',').map(Number);
const filter = arg('--filter', '');
const roundMs = Number(arg('--ms', '60'));
const rounds = Number(arg('--rounds', '7'));
// `--addon a.node,b.node` compares builds (e.g. a saved baseline) interleaved, round by round.
type Addon = typeof tandem;
const require = createRequire(import.meta.url);
const addons: Addon[] = process.argv.includes('--addon')
  ? arg('--addon', '')
      .split(',')
      .map((p) => require(p) as Addon)
  : [tandem];
let native: Addon = addons[0];

function tensor(shape: number[], data?: Float32Array): tandem.NativeTensor {
  const strides: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  const buf = data ?? new Float32Array(s).map((_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
  return { dtype: 1, shape, strides, offset: 0, buffer: buf };
}

interface Case {
  name: string;
  fn: () => void;
}

// Linear layer in -> out at batch b: forward x W^T, dX = dY W, dW = dY^T x.
function linear(b: number, inF: number, outF: number): Case[] {
  const x = tensor([b, inF]),
    w = tensor([outF, inF]),
    dy = tensor([b, outF]);
  const y = tensor([b, outF]),
    dx = tensor([b, inF]),
    dw = tensor([outF, inF]);
  const tag = `${b}x${inF}->${outF}`;
  return [
    { name: `fc ${tag} fwd`, fn: () => native.run('Gemm', [x, w], [y], { transB: 1 }) },
    { name: `fc ${tag} dX`, fn: () => native.run('Gemm', [dy, w], [dx]) },
    { name: `fc ${tag} dW`, fn: () => native.run('Gemm', [dy, x], [dw], { transA: 1 }) },
  ];
}

function conv(
  tag: string,
  n: number,
  c: number,
  m: number,
  k: number,
  size: number,
  pad: number,
): Case[] {
  const out = size + 2 * pad - k + 1;
  const x = tensor([n, c, size, size]),
    w = tensor([m, c, k, k]),
    bias = tensor([m]);
  const y = tensor([n, m, out, out]),
    dy = tensor([n, m, out, out]);
  const dx = tensor([n, c, size, size]),
    dw = tensor([m, c, k, k]);
  const attrs = { strides: [1, 1], pads: [pad, pad, pad, pad], dilations: [1, 1], group: 1 };
  return [
    { name: `${tag} fwd`, fn: () => native.run('Conv', [x, w, bias], [y], attrs) },
    { name: `${tag} dX`, fn: () => native.run('ConvGradInput', [dy, w], [dx], attrs) },
    { name: `${tag} dW`, fn: () => native.run('ConvGradWeight', [x, dy], [dw], attrs) },
  ];
}

const cases: Case[] = [
  ...linear(64, 784, 128),
  ...linear(64, 128, 10),
  ...linear(64, 784, 512),
  ...linear(64, 512, 512),
  ...linear(64, 512, 10),
  ...linear(64, 400, 120),
  ...linear(64, 120, 84),
  ...linear(64, 84, 10),
  ...conv('lenet conv1 1->6 28 p2', 64, 1, 6, 5, 28, 2),
  ...conv('lenet conv1 1->6 32', 64, 1, 6, 5, 32, 0),
  ...conv('lenet conv2 6->16 14', 64, 6, 16, 5, 14, 0),
].filter((c) => c.name.includes(filter));

// Mean wall and process CPU time per call (ms) over about `ms` milliseconds. On a shared machine
// CPU time is the steadier number for 1 thread (time spent descheduled is not counted).
function timeFor(fn: () => void, ms: number): [number, number] {
  let reps = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let t = t0;
  do {
    fn();
    reps++;
    t = performance.now();
  } while (t - t0 < ms);
  const c = process.cpuUsage(c0);
  return [(t - t0) / reps, (c.user + c.system) / 1000 / reps];
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

console.log(`isa ${native.cpuInfo().isa}; median of ${rounds} rounds, µs per call: wall (cpu)`);
const heads = threadList.flatMap((t) =>
  addons.map((_, a) => `${t} thr${addons.length > 1 ? ` #${a}` : ''}`),
);
console.log(['case'.padEnd(30), ...heads.map((h) => h.padStart(16))].join(' '));
for (const c of cases) {
  const cols: string[] = [];
  for (const t of threadList) {
    const wall = addons.map(() => [] as number[]),
      cpu = addons.map(() => [] as number[]);
    for (const a of addons) a.setNumThreads(t);
    for (let r = 0; r < rounds; r++) {
      addons.forEach((a, i) => {
        native = a;
        if (r === 0) c.fn();
        const [w, u] = timeFor(c.fn, roundMs);
        wall[i].push(w);
        cpu[i].push(u);
      });
    }
    const us = (v: number[]) => (median(v) * 1000).toFixed(1);
    addons.forEach((_, i) => cols.push(`${us(wall[i])} (${us(cpu[i])})`.padStart(16)));
  }
  console.log([c.name.padEnd(30), ...cols].join(' '));
}
