// Tandem's main job, for now: run a real model (the Caffe2 zoo's AlexNet, as ONNX, with seeded
// random weights) through core's graph executor and compare it with onnxruntime-node.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Executor, Tensor, cpuInfo, getNumThreads } from '@tandem/core';
import { loadOnnx } from '@tandem/onnx';
import * as ort from 'onnxruntime-node';
import { materialize, rng } from './lib/light-models.js';

const here = dirname(fileURLToPath(import.meta.url));
const modelPath =
  process.argv[2] ?? join(here, '..', '..', 'shared', 'models', 'onnx-light', 'bvlc_alexnet.onnx');
if (!existsSync(modelPath)) {
  console.error(`demo: model not found at ${modelPath} (pass a path to an ONNX "light" model)`);
  process.exit(2);
}

const { bytes } = materialize(readFileSync(modelPath), 42);
const model = loadOnnx(bytes);
const g = model.graph;
const input = g.inputs.find((i) => !g.initializers.has(i.name))!;
const shape = input.shape!.map((d) => (typeof d === 'number' ? d : 1));
const rand = rng(7);
const x = Tensor.from(
  Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rand()),
  'float32',
  shape,
);
const ops = new Map<string, number>();
for (const n of g.nodes) ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
console.log(`model: ${modelPath}`);
console.log(
  `  opset ${model.opsets.get('')}, ${g.nodes.length} nodes: ${[...ops].map(([k, v]) => `${k}×${v}`).join(' ')}`,
);
console.log(
  `  input ${input.name} [${shape}], ${[...g.initializers.values()].reduce((a, t) => a + t.size, 0).toLocaleString()} parameters`,
);
console.log(`  CPU: ${cpuInfo().isa}, ${getNumThreads()} threads`);

const exec = new Executor(g);
const outName = g.outputs[0].name;
const session = await ort.InferenceSession.create(bytes, {
  intraOpNumThreads: getNumThreads(),
  graphOptimizationLevel: 'all',
});
const ortIn = { [input.name]: new ort.Tensor('float32', x.data() as Float32Array, shape) };

const time = async (f: () => unknown | Promise<unknown>, n: number) => {
  await f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  return (performance.now() - t0) / n;
};
const ours = exec.run({ [input.name]: x })[outName];
const theirs = (await session.run(ortIn))[session.outputNames[0]].data as Float32Array;
const a = ours.data() as Float32Array;
let maxDiff = 0;
for (let i = 0; i < a.length; i++) maxDiff = Math.max(maxDiff, Math.abs(a[i] - theirs[i]));
const top = (v: ArrayLike<number>) =>
  Array.from(v, (p, i) => [p, i])
    .sort((p, q) => q[0] - p[0])
    .slice(0, 5)
    .map((p) => p[1]);
console.log(
  `output ${outName} [${ours.shape}]: top-5 classes Tandem ${top(a)} / onnxruntime ${top(theirs)}; max |diff| ${maxDiff.toExponential(2)}`,
);
const n = 5;
const tTandem = await time(() => exec.run({ [input.name]: x }), n);
const tOrt = await time(() => session.run(ortIn), n);
console.log(
  `latency (batch 1, mean of ${n}): Tandem ${tTandem.toFixed(1)} ms, onnxruntime-node ${tOrt.toFixed(1)} ms, ratio ${(tTandem / tOrt).toFixed(2)}x`,
);
if (maxDiff > 1e-3 || top(a).join() !== top(theirs).join()) {
  console.error('demo: Tandem and onnxruntime disagree');
  process.exit(1);
}
