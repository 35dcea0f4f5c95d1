// `pnpm bench [--quick]`: Tandem's native GEMM and Conv kernels beside onnxruntime-node, measured
// interleaved in one process at 1 and 2 threads. Prints per-call times and the ratio
// Tandem speed / ORT speed (> 1: Tandem is faster). Models come from tools/gen/bench_models.py.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tandem from '@tandem/native';
import ort from 'onnxruntime-node';

const quick = process.argv.includes('--quick');
// `--addon path/to/tandem_native.node` measures another build (e.g. a saved baseline).
const addonAt = process.argv.indexOf('--addon');
const native: typeof tandem =
  addonAt >= 0 ? createRequire(import.meta.url)(process.argv[addonAt + 1]) : tandem;
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bench');
const rounds = quick ? 3 : 7; // interleaved rounds; the best round of each runtime is kept
const roundMs = quick ? 40 : 120; // time spent per runtime per round

interface Case {
  name: string;
  flops: number;
  model: string;
  feeds: () => Record<string, ort.Tensor>;
  tandem: () => void;
  tandemOut: Float32Array;
}

// The weight formula of bench_models.py, bit for bit: ((i * 7919) % 1000 / 1000 - 0.5) * scale.
function pattern(n: number, scale: number): Float32Array {
  const out = new Float32Array(n);
  const s = Math.fround(scale);
  for (let i = 0; i < n; i++) {
    out[i] = Math.fround(Math.fround(Math.fround(((i * 7919) % 1000) / 1000) - 0.5) * s);
  }
  return out;
}

function random(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = ((x >>> 0) / 4294967296) * 2 - 1;
  }
  return out;
}

function tensor(shape: number[], data: Float32Array): tandem.NativeTensor {
  const strides: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return { dtype: 1, shape, strides, offset: 0, buffer: data };
}

function matmulCase(n: number): Case {
  const a = random(n * n, 1);
  const b = random(n * n, 2);
  const y = new Float32Array(n * n);
  const ins = [tensor([n, n], a), tensor([n, n], b)];
  const outs = [tensor([n, n], y)];
  return {
    name: `MatMul ${n}`,
    flops: 2 * n * n * n,
    model: 'matmul.onnx',
    feeds: () => ({
      A: new ort.Tensor('float32', a, [n, n]),
      B: new ort.Tensor('float32', b, [n, n]),
    }),
    tandem: () => native.run('MatMul', ins, outs),
    tandemOut: y,
  };
}

// Mirrors CONVS in bench_models.py.
function convCase(
  name: string,
  cin: number,
  cout: number,
  k: number,
  stride: number,
  pad: number,
  size: number,
): Case {
  const out = Math.floor((size + 2 * pad - k) / stride) + 1;
  const x = random(cin * size * size, 3);
  const w = pattern(cout * cin * k * k, 1 / Math.sqrt(cin * k * k));
  const b = pattern(cout, 0.1);
  const y = new Float32Array(cout * out * out);
  const ins = [tensor([1, cin, size, size], x), tensor([cout, cin, k, k], w), tensor([cout], b)];
  const outs = [tensor([1, cout, out, out], y)];
  const attrs = {
    strides: [stride, stride],
    pads: [pad, pad, pad, pad],
    dilations: [1, 1],
    group: 1,
  };
  return {
    name: `Conv ${k}x${k} ${cin}->${cout} ${size}x${size}`,
    flops: 2 * cout * cin * k * k * out * out,
    model: `${name}.onnx`,
    feeds: () => ({ X: new ort.Tensor('float32', x, [1, cin, size, size]) }),
    tandem: () => native.run('Conv', ins, outs, attrs),
    tandemOut: y,
  };
}

function cases(): Case[] {
  const sizes = quick ? [256, 1024] : [256, 512, 1024, 2048];
  return [
    ...sizes.map(matmulCase),
    convCase('conv3x3_c64_s56', 64, 64, 3, 1, 1, 56),
    convCase('conv3x3_c256_s14', 256, 256, 3, 1, 1, 14),
    convCase('conv1x1_c512_s7', 512, 512, 1, 1, 0, 7),
  ];
}

// Runs fn repeatedly for about `ms` milliseconds; returns the mean time per call.
async function timeFor(fn: () => unknown, ms: number): Promise<number> {
  let reps = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    await fn();
    reps++;
    t = performance.now();
  } while (t - t0 < ms);
  return (t - t0) / reps;
}

interface Row {
  name: string;
  threads: number;
  tandemMs: number;
  ortMs: number;
  flops: number;
  maxDiff: number;
}

async function measure(c: Case, threads: number): Promise<Row> {
  native.setNumThreads(threads);
  const session = await ort.InferenceSession.create(join(fixtures, c.model), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    // Note [Fair interleaving]: ORT's pool threads spin after each run by default; interleaved
    // with Tandem on a 2-core machine they would occupy the core Tandem's second thread needs.
    // Tandem's pool spins only ~100 µs, so both sides leave the cores idle between runs.
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  const feeds = c.feeds();
  const ortRun = () => session.run(feeds);
  // Warm up both, and check that they agree.
  c.tandem();
  const result = await ortRun();
  const ref = result[session.outputNames[0]].data as Float32Array;
  let maxDiff = 0;
  for (let i = 0; i < ref.length; i++)
    maxDiff = Math.max(maxDiff, Math.abs(ref[i] - c.tandemOut[i]));
  let tandemMs = Infinity;
  let ortMs = Infinity;
  for (let r = 0; r < rounds; r++) {
    tandemMs = Math.min(tandemMs, await timeFor(c.tandem, roundMs));
    ortMs = Math.min(ortMs, await timeFor(ortRun, roundMs));
  }
  await session.release();
  return { name: c.name, threads, tandemMs, ortMs, flops: c.flops, maxDiff };
}

function pad(s: string, n: number, left = false): string {
  return left ? s.padStart(n) : s.padEnd(n);
}

async function main(): Promise<void> {
  const onlyArg = process.argv.includes('--only')
    ? process.argv[process.argv.indexOf('--only') + 1]
    : undefined;
  if (onlyArg && onlyArg !== 'native') return;
  const info = native.cpuInfo();
  console.log(
    `Tandem native bench (${quick ? 'quick' : 'full'}): isa ${info.isa}, ` +
      `onnxruntime-node ${ort.env.versions.common}`,
  );
  const header = [
    pad('case', 30),
    pad('thr', 4, true),
    pad('tandem ms', 11, true),
    pad('GFLOP/s', 9, true),
    pad('ort ms', 10, true),
    pad('GFLOP/s', 9, true),
    pad('ratio', 7, true),
    pad('max|diff|', 11, true),
  ].join(' ');
  console.log(header);
  console.log('-'.repeat(header.length));
  const initialThreads = native.getNumThreads();
  const all = cases();
  for (const threads of [1, 2]) {
    for (const c of all) {
      const r = await measure(c, threads);
      const gf = (ms: number) => (r.flops / ms / 1e6).toFixed(1);
      console.log(
        [
          pad(r.name, 30),
          pad(String(threads), 4, true),
          pad(r.tandemMs.toFixed(3), 11, true),
          pad(gf(r.tandemMs), 9, true),
          pad(r.ortMs.toFixed(3), 10, true),
          pad(gf(r.ortMs), 9, true),
          pad((r.ortMs / r.tandemMs).toFixed(2), 7, true),
          pad(r.maxDiff.toExponential(1), 11, true),
        ].join(' '),
      );
    }
  }
  native.setNumThreads(initialThreads);
  console.log(
    'ratio = Tandem speed / ORT speed (ORT time / Tandem time); > 1 means Tandem is faster.',
  );
}

await main();

// The frontends' benches, in the same run: eager training steps beside PyTorch, Predictor latency
// beside onnxruntime-node. `--only native|torch|caffe2` runs one section.
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
if (!only || only === 'torch') {
  console.log('');
  const { benchTorchTraining } = await import('./torch-training.js');
  await benchTorchTraining({ quick, phases: true });
}
if (!only || only === 'caffe2') {
  console.log('');
  const { benchCaffe2Predictor } = await import('./caffe2-predictor.js');
  await benchCaffe2Predictor({ quick });
}
