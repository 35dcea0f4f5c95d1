// Caffe2 Predictor latency on the model zoo's AlexNet and VGG-19 predict nets, beside
// onnxruntime-node on the equivalent ONNX "light" model with the same seeded weights, measured
// interleaved in one process (batch 1 and 8, 1 and 2 threads).
//
//   tsx tools/bench/caffe2-predictor.ts [--quick]      (standalone)
//   import { benchCaffe2Predictor } from './caffe2-predictor.js'   (from bench/index.ts)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Tensor, getNumThreads, setNumThreads } from '@tandem/core';
import { Predictor, PredictorModel } from '@tandem/caffe2';
import ort from 'onnxruntime-node';
import { anyBatch, materialize } from '../lib/light-models.js';

const here = dirname(fileURLToPath(import.meta.url));
const MODELS = join(here, '..', '..', '..', 'shared', 'models');

export interface PredictorRow {
  model: string;
  batch: number;
  threads: number;
  tandemMs: number;
  ortMs: number;
  /** Tandem latency / ORT latency (the target: <= 1.3). */
  ratio: number;
}

async function best(fn: () => unknown | Promise<unknown>, reps: number): Promise<number> {
  let t = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
}

function input(shape: number[]): Float32Array {
  let x = 12345;
  return Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 31 - 1;
  });
}

/** Measures every (model, batch, threads) case; prints a table and returns the rows. */
export async function benchCaffe2Predictor(
  opts: { quick?: boolean; log?: (s: string) => void } = {},
) {
  const log = opts.log ?? console.log;
  const reps = opts.quick ? 2 : 5;
  const rows: PredictorRow[] = [];
  const initial = getNumThreads();
  const models = opts.quick ? ['bvlc_alexnet'] : ['bvlc_alexnet', 'vgg19'];
  for (const name of models) {
    const { bytes, weights } = materialize(
      readFileSync(join(MODELS, 'onnx-light', `${name}.onnx`)),
      1,
    );
    const blobs = new Map(
      [...weights].map(([n, w]) => [
        n.replace(/_0$/, ''),
        new Tensor('float32', w.shape, w.data.buffer as ArrayBuffer),
      ]),
    );
    const model = new PredictorModel(blobs, join(MODELS, 'caffe2-zoo', name, 'predict_net.pbtxt'));
    for (const threads of [1, 2]) {
      const session = await ort.InferenceSession.create(anyBatch(bytes), {
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        // Note [Fair interleaving] in index.ts: no spinning pool threads between interleaved runs.
        extra: { session: { intra_op: { allow_spinning: '0' } } },
      });
      for (const batch of opts.quick ? [1] : [1, 8]) {
        setNumThreads(threads);
        const shape = [batch, 3, 224, 224];
        const data = input(shape);
        const p = new Predictor(model);
        const x = Tensor.from(data, 'float32', shape);
        const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', data, shape) };
        p.run({ data: x }); // plan + warm up
        await session.run(feeds);
        let tandemMs = Infinity;
        let ortMs = Infinity;
        for (let round = 0; round < 2; round++) {
          tandemMs = Math.min(tandemMs, await best(() => p.run({ data: x }), reps));
          ortMs = Math.min(ortMs, await best(() => session.run(feeds), reps));
        }
        const row = { model: name, batch, threads, tandemMs, ortMs, ratio: tandemMs / ortMs };
        rows.push(row);
        log(
          `${name.padEnd(14)} batch ${String(batch).padStart(2)}  threads ${threads}  ` +
            `tandem ${tandemMs.toFixed(1).padStart(8)} ms  ort ${ortMs.toFixed(1).padStart(8)} ms  ratio ${row.ratio.toFixed(2)}`,
        );
      }
      await session.release();
    }
  }
  setNumThreads(initial);
  log(
    'ratio = Tandem Predictor latency / onnxruntime-node latency (< 1 means Tandem is faster; target <= 1.3)',
  );
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchCaffe2Predictor({ quick: process.argv.includes('--quick') });
}
