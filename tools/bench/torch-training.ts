// Training-step times of @tandem/torch beside PyTorch, measured in the same run: forward +
// backward + optimizer step (SGD with momentum, CrossEntropyLoss, batch 64) of an MLP
// 784-512-512-10 and LeNet-5 (1x28x28, conv1 padded by 2), at 1 and 2 threads. PyTorch runs in a
// child process (tools/bench/torch_training_ref.py, Debian's python3-torch) that reports JSON;
// the two sides never run at the same time. Each step is timed alone; medians are reported.
//
//   tsx tools/bench/torch-training.ts [--quick] [--threads 1,2] [--steps 30] [--rounds 2] [--phases]
//       [--profile]
//
// --phases adds medians of the forward (zeroGrad + model + loss), backward and optimizer phases
// on both sides; --profile samples Tandem's steps with V8's profiler and splits the time into
// native kernels, tensor allocation, GC and other JS, per phase and per core op file. PyTorch is
// only meaningful with an optimized BLAS: install Debian's libopenblas0-openmp (the bench prints
// which BLAS torch sees).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as torch from '@tandem/torch';

const { nn, optim } = torch;
const BATCH = 64;
const PYTHON = '/usr/bin/python3';
const REF = join(dirname(fileURLToPath(import.meta.url)), 'torch_training_ref.py');

export interface TorchTrainingOptions {
  /** Thread counts to measure (default [1, 2]). */
  threads?: number[];
  /** Timed steps per configuration after `warmup` untimed ones (default 30, quick: 10). */
  steps?: number;
  warmup?: number;
  /** Alternating rounds (PyTorch, then Tandem); the best median of each side is kept. */
  rounds?: number;
  models?: ModelName[];
  /** Also report forward / backward / optimizer medians. */
  phases?: boolean;
  quick?: boolean;
  /** Print the table (default true). */
  print?: boolean;
  /** After the table, profile Tandem's steps and print where kernel and allocation time goes. */
  profile?: boolean;
}

export type ModelName = 'mlp' | 'lenet';
type Phases = { forward: number; backward: number; optimizer: number };

export interface TorchTrainingRow {
  model: ModelName;
  threads: number;
  tandemMs: number;
  torchMs: number;
  /** Tandem step time / PyTorch step time (<= 1.5 is the target; < 1: Tandem is faster). */
  ratio: number;
  tandemPhases?: Phases;
  torchPhases?: Phases;
}

const MODELS: Record<ModelName, { make: () => torch.nn.Module; input: number[]; label: string }> = {
  mlp: {
    label: 'MLP 784-512-512-10',
    input: [BATCH, 784],
    make: () =>
      new nn.Sequential(
        new nn.Linear(784, 512),
        new nn.ReLU(),
        new nn.Linear(512, 512),
        new nn.ReLU(),
        new nn.Linear(512, 10),
      ),
  },
  lenet: {
    label: 'LeNet-5 1x28x28',
    input: [BATCH, 1, 28, 28],
    make: () =>
      new nn.Sequential(
        new nn.Conv2d(1, 6, 5, { padding: 2 }),
        new nn.ReLU(),
        new nn.MaxPool2d(2),
        new nn.Conv2d(6, 16, 5),
        new nn.ReLU(),
        new nn.MaxPool2d(2),
        new nn.Flatten(),
        new nn.Linear(400, 120),
        new nn.ReLU(),
        new nn.Linear(120, 84),
        new nn.ReLU(),
        new nn.Linear(84, 10),
      ),
  },
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Measured {
  ms: number;
  phases: Phases;
}

/** A ready-to-run Tandem training step of `name`; returns phase times in ms. */
function makeTandemStep(name: ModelName) {
  torch.manualSeed(0);
  const model = MODELS[name].make();
  const opt = new optim.SGD(model.parameters(), { lr: 0.01, momentum: 0.9 });
  const lossFn = new nn.CrossEntropyLoss();
  const x = torch.randn(MODELS[name].input);
  const y = torch.randint(0, 10, [BATCH]);
  // Named: the profiler finds the step's samples by this frame.
  return function tandemStep(): Phases & { step: number } {
    const t0 = performance.now();
    opt.zeroGrad();
    const loss = lossFn.call(model.call(x), y);
    const t1 = performance.now();
    loss.backward();
    const t2 = performance.now();
    opt.step();
    const t3 = performance.now();
    loss.item();
    return { step: t3 - t0, forward: t1 - t0, backward: t2 - t1, optimizer: t3 - t2 };
  };
}

/** Times `steps` training steps of `name` in Tandem at `threads` threads (medians). */
function measureTandem(name: ModelName, threads: number, steps: number, warmup: number): Measured {
  torch.setNumThreads(threads);
  const step = makeTandemStep(name);
  const t: Record<'step' | keyof Phases, number[]> = {
    step: [],
    forward: [],
    backward: [],
    optimizer: [],
  };
  for (let i = 0; i < warmup + steps; i++) {
    const r = step();
    if (i < warmup) continue;
    for (const k of ['step', 'forward', 'backward', 'optimizer'] as const) t[k].push(r[k]);
  }
  return {
    ms: median(t.step),
    phases: {
      forward: median(t.forward),
      backward: median(t.backward),
      optimizer: median(t.optimizer),
    },
  };
}

interface RefResult {
  model: ModelName;
  threads: number;
  msPerStep: number;
  phases?: Phases;
}

/** Runs the PyTorch side in a child process; returns its results and the BLAS it reports. */
function measureTorch(models: ModelName[], threads: number[], steps: number, warmup: number) {
  const args = [
    REF,
    '--threads',
    threads.join(','),
    '--models',
    models.join(','),
    '--steps',
    String(steps),
    '--warmup',
    String(warmup),
    '--phases',
  ];
  const r = spawnSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) {
    const why = r.error?.message ?? `exit ${r.status}`;
    throw new Error(`${PYTHON} ${args.join(' ')} failed (${why}):\n${r.stderr}`);
  }
  type Ref = { torch: string; blas: string; results: RefResult[] };
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Ref;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

// Frames that only carry a kernel call or an allocation to its op; attribution skips them.
const PLUMBING = new Set(['native.ts', 'tensor.ts', 'eager.ts', 'registry.ts', 'views.ts']);

/**
 * Profiles `steps` Tandem steps with V8's sampling profiler and attributes the time to a phase
 * (forward / backward / optimizer, from the stack) and a kind: native kernel time (`runKernel`)
 * or tensor allocation (`new Tensor`, which includes first-touch page faults) by the core file that
 * issued it, garbage collection, or other JS (dispatch, autograd bookkeeping, shape inference).
 */
async function profileTandem(name: ModelName, threads: number, steps: number): Promise<void> {
  const { Session } = await import('node:inspector/promises');
  torch.setNumThreads(threads);
  const step = makeTandemStep(name);
  for (let i = 0; i < 5; i++) step();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < steps; i++) step();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes as ProfileNode[]) {
    nodes.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const total = new Map<string, number>();
  let all = 0;
  const samples = profile.samples ?? [];
  samples.forEach((id: number, i: number) => {
    const dt = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const chain: ProfileNode['callFrame'][] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      chain.push(nodes.get(n)!.callFrame);
    }
    const names = chain.map((f) => f.functionName);
    const file = (f: ProfileNode['callFrame']) => f.url.split('/').at(-1) ?? '';
    let key: string;
    if (names[0] === '(garbage collector)') key = 'all       garbage collection';
    else if (!names.includes('tandemStep'))
      return; // idle, the profiler itself
    else {
      const phase = names.includes('runBackward')
        ? 'backward'
        : names.includes('updateGroup')
          ? 'optimizer'
          : 'forward';
      const at = chain.findIndex(
        (f) =>
          f.functionName === 'runKernel' ||
          (f.functionName === 'Tensor' && file(f) === 'tensor.ts'),
      );
      key = 'other JS (dispatch, autograd, inference)';
      if (at >= 0) {
        const caller = chain.slice(at + 1).find((f) => !PLUMBING.has(file(f)));
        const kind = chain[at].functionName === 'runKernel' ? 'kernels' : 'allocation';
        key = `${kind} from ${caller ? file(caller) : '?'}`;
      }
      key = `${phase.padEnd(9)} ${key}`;
    }
    total.set(key, (total.get(key) ?? 0) + dt);
    all += dt;
  });
  console.log(
    `\nwhere Tandem's time goes: ${MODELS[name].label}, ${threads} thread(s), ms/step ` +
      `(sampled over ${steps} steps; profiling slows steps, read the shares)`,
  );
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    const share = ((100 * v) / all).toFixed(1).padStart(5);
    console.log(`  ${(v / steps).toFixed(3).padStart(7)}  ${share}%  ${k}`);
  }
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);
const fmtPhases = (p: Phases) =>
  `${p.forward.toFixed(2)} / ${p.backward.toFixed(2)} / ${p.optimizer.toFixed(2)}`;

/**
 * Measures training-step times of Tandem and PyTorch and prints a table.
 *
 * @example
 * const rows = await benchTorchTraining({ threads: [1], quick: true });
 * rows[0].ratio; // Tandem ms/step / PyTorch ms/step
 */
export async function benchTorchTraining(
  opts: TorchTrainingOptions = {},
): Promise<TorchTrainingRow[]> {
  const quick = opts.quick ?? false;
  const threads = opts.threads ?? [1, 2];
  const models = opts.models ?? (['mlp', 'lenet'] as ModelName[]);
  const steps = opts.steps ?? (quick ? 10 : 30);
  const warmup = opts.warmup ?? (quick ? 3 : 5);
  const rounds = opts.rounds ?? (quick ? 1 : 2);
  const print = opts.print ?? true;
  const best = new Map<string, { tandem?: Measured; torch?: RefResult }>();
  let info = { torch: '', blas: '' };
  for (let r = 0; r < rounds; r++) {
    const ref = measureTorch(models, threads, steps, warmup);
    info = { torch: ref.torch, blas: ref.blas };
    for (const res of ref.results) {
      const cell = best.get(`${res.model}/${res.threads}`) ?? {};
      if (!cell.torch || res.msPerStep < cell.torch.msPerStep) cell.torch = res;
      best.set(`${res.model}/${res.threads}`, cell);
    }
    for (const n of threads) {
      for (const m of models) {
        const res = measureTandem(m, n, steps, warmup);
        const cell = best.get(`${m}/${n}`) ?? {};
        if (!cell.tandem || res.ms < cell.tandem.ms) cell.tandem = res;
        best.set(`${m}/${n}`, cell);
      }
    }
  }
  const rows: TorchTrainingRow[] = [];
  for (const n of threads) {
    for (const m of models) {
      const cell = best.get(`${m}/${n}`)!;
      rows.push({
        model: m,
        threads: n,
        tandemMs: cell.tandem!.ms,
        torchMs: cell.torch!.msPerStep,
        ratio: cell.tandem!.ms / cell.torch!.msPerStep,
        tandemPhases: cell.tandem!.phases,
        torchPhases: cell.torch!.phases,
      });
    }
  }
  if (print) {
    console.log(
      `\nTraining step (forward + backward + SGD momentum step, batch ${BATCH}), median ms/step;`,
    );
    console.log(
      `PyTorch ${info.torch} (${info.blas}) in a child process, best of ${rounds} round(s).`,
    );
    console.log('model               threads  Tandem ms  PyTorch ms  Tandem/PyTorch');
    for (const r of rows) {
      const ratio = `${r.ratio.toFixed(2)}x`.padStart(14);
      console.log(
        `${MODELS[r.model].label.padEnd(20)}${String(r.threads).padStart(7)}${fmt(r.tandemMs)}   ` +
          `${fmt(r.torchMs)}    ${ratio}`,
      );
    }
    if (opts.phases) {
      console.log('\nphases, median ms: forward (zeroGrad+model+loss) / backward / optimizer step');
      for (const r of rows) {
        console.log(
          `${MODELS[r.model].label.padEnd(20)}${String(r.threads).padStart(7)}  Tandem ` +
            `${fmtPhases(r.tandemPhases!)}   PyTorch ${fmtPhases(r.torchPhases!)}`,
        );
      }
    }
  }
  if (opts.profile) {
    for (const m of models) await profileTandem(m, threads[0], quick ? 30 : 100);
  }
  return rows;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchTorchTraining({
    quick: process.argv.includes('--quick'),
    threads: arg('--threads')?.split(',').map(Number),
    steps: arg('--steps') ? Number(arg('--steps')) : undefined,
    rounds: arg('--rounds') ? Number(arg('--rounds')) : undefined,
    models: arg('--models')?.split(',') as ModelName[] | undefined,
    phases: process.argv.includes('--phases'),
    profile: process.argv.includes('--profile'),
  });
}
