// The worker pool behind Predictor.runAsync.
//
// Note [Async prediction]: `runAsync` must keep a Node server's event loop responsive while a big
// net runs. Core's ops call `runKernel` synchronously from their `kernel` functions, and an
// executor step also does JS work (shape inference, allocation) between kernels, so making each
// kernel async (runKernelAsync) would still interleave main-thread work with every layer. Instead
// the whole plan runs on worker_threads Workers: each worker holds its own copy of the model
// (the weights are copied to it once, when the pool starts, and it optimizes and plans the net
// itself) and runs requests one at a time; inputs are copied in, outputs transferred back without
// a copy. The main thread only posts messages. Kernels inside a worker still use the native
// intra-op thread pool (a busy pool makes a concurrent caller run serially, never deadlock).
// Sharing the weights with the workers instead of copying them needs native kernels that accept
// SharedArrayBuffer-backed tensors, which @tandem/native does not yet.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type DType, TandemError, Tensor } from '@tandem/core';
import { caffe2 } from '@tandem/proto';
import type { PredictorModel } from './predictor.js';

/** A tensor as it crosses a thread boundary. */
export interface WireTensor {
  dtype: DType;
  shape: number[];
  buffer: ArrayBuffer;
}

/** A fresh contiguous copy (safe to transfer: the source's buffer is untouched). */
export function toWire(t: Tensor): WireTensor {
  const data = t.contiguous().data();
  const copy = data.slice();
  return { dtype: t.dtype, shape: [...t.shape], buffer: copy.buffer as ArrayBuffer };
}

export function fromWire(w: WireTensor): Tensor {
  return new Tensor(w.dtype, w.shape, w.buffer);
}

export interface WorkerInit {
  predictNet: Uint8Array;
  weights: Array<[string, WireTensor]>;
  level: 0 | 1 | 2;
}

interface Job {
  feeds: Record<string, WireTensor>;
  resolve: (v: Record<string, Tensor>) => void;
  reject: (e: Error) => void;
}

/**
 * The worker's entry. Built packages run predictor-worker.js; TypeScript sources (tests, tsx)
 * register tsx's loader in the worker first (a dev dependency, never needed once built).
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { entry: new URL('./predictor-worker.js', self), eval: false };
  const tsxDir = dirname(createRequire(self).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const main = new URL('./predictor-worker.ts', self).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(main)}); });`;
  return { entry: code, eval: true };
}

interface Slot {
  worker: Worker;
  job?: Job;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(model: PredictorModel, size: number) {
    if (!(size >= 1 && size <= 64))
      throw new TandemError(`Predictor: workers must be 1 to 64, got ${size}`);
    const init: WorkerInit = {
      predictNet: caffe2.NetDef.encode(model.predictNet).finish(),
      weights: [...model.weights].map(([n, t]) => [n, toWire(t)]),
      level: model.level,
    };
    const { entry, eval: isCode } = workerEntry();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData: init, eval: isCode });
      const slot: Slot = { worker };
      worker.on(
        'message',
        (msg: { ok: boolean; outputs?: Record<string, WireTensor>; error?: string }) => {
          const job = slot.job;
          slot.job = undefined;
          if (job) {
            if (msg.ok)
              job.resolve(
                Object.fromEntries(Object.entries(msg.outputs!).map(([n, w]) => [n, fromWire(w)])),
              );
            else job.reject(new TandemError(msg.error ?? 'Predictor worker failed'));
          }
          this.pump();
        },
      );
      worker.on('error', (e) => {
        slot.job?.reject(e instanceof Error ? e : new TandemError(String(e)));
        slot.job = undefined;
        this.slots.splice(this.slots.indexOf(slot), 1);
        if (!this.slots.length)
          for (const j of this.queue.splice(0))
            j.reject(new TandemError(`Predictor worker died: ${e}`));
      });
      worker.unref();
      this.slots.push(slot);
    }
  }

  run(feeds: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    if (this.closed || !this.slots.length)
      return Promise.reject(new TandemError('Predictor: the worker pool is closed'));
    const wire = Object.fromEntries(Object.entries(feeds).map(([n, t]) => [n, toWire(t)]));
    return new Promise((resolve, reject) => {
      this.queue.push({ feeds: wire, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref(); // a request in flight keeps the process alive until it answers
      slot.worker.postMessage(
        job.feeds,
        Object.values(job.feeds).map((w) => w.buffer),
      );
    }
    for (const slot of this.slots) if (!slot.job) slot.worker.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0))
      j.reject(new TandemError('Predictor: closed before the request ran'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
