// A Predictor worker thread (Note [Async prediction] in predictor-pool.ts): holds its own copy of
// the model and runs one request at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { caffe2 } from '@tandem/proto';
import { Predictor, PredictorModel } from './predictor.js';
import { type WireTensor, type WorkerInit, fromWire, toWire } from './predictor-pool.js';

const init = workerData as WorkerInit;
const weights = new Map(init.weights.map(([n, w]) => [n, fromWire(w)]));
const model = new PredictorModel(weights, caffe2.NetDef.decode(init.predictNet), {
  optimize: init.level,
});
const predictor = new Predictor(model);

parentPort!.on('message', (feeds: Record<string, WireTensor>) => {
  try {
    const inputs = Object.fromEntries(Object.entries(feeds).map(([n, w]) => [n, fromWire(w)]));
    const out = predictor.run(inputs);
    const wire = Object.fromEntries(Object.entries(out).map(([n, t]) => [n, toWire(t)]));
    parentPort!.postMessage(
      { ok: true, outputs: wire },
      Object.values(wire).map((w) => w.buffer),
    );
  } catch (e) {
    parentPort!.postMessage({
      ok: false,
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  }
});
