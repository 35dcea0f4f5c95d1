// Predictor: optimized nets equal the unoptimized net, the real AlexNet predict net matches
// onnxruntime-node with the same weights, runAsync keeps the event loop responsive, and
// Predictors sharing one model run concurrently.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tensor } from '@tandem/core';
import { caffe2, toTextFormat } from '@tandem/proto';
import ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { Predictor, PredictorModel } from '../src/predictor.js';
import {
  MODELS,
  initNetOf,
  lightModel,
  maxAbsDiff,
  randomTensor,
  rng,
} from './helpers/light-weights.js';

type ArgV = number | number[] | string;
function opDef(type: string, input: string[], output: string[], args: Record<string, ArgV> = {}) {
  const arg = Object.entries(args).map(([name, v]) =>
    caffe2.Argument.create(
      typeof v === 'string'
        ? { name, s: new TextEncoder().encode(v) }
        : Array.isArray(v)
          ? { name, ints: v }
          : Number.isInteger(v)
            ? { name, i: v }
            : { name, f: v },
    ),
  );
  return caffe2.OperatorDef.create({ type, input, output, arg });
}

/** A small CNN in Caffe2's own idiom: in-place Relu, SpatialBN with is_test, FC, Dropout. */
function smallCnn(): { init: caffe2.NetDef; predict: caffe2.NetDef } {
  const r = rng(3);
  const blobs = new Map<string, Tensor>();
  const param = (name: string, shape: number[], scale: number, offset = 0) => {
    const n = shape.reduce((a, b) => a * b, 1);
    blobs.set(
      name,
      Tensor.from(
        Float32Array.from({ length: n }, () => (r() * 2 - 1) * scale + offset),
        'float32',
        shape,
      ),
    );
  };
  param('conv1_w', [8, 3, 3, 3], 0.3);
  param('conv1_b', [8], 0.1);
  param('bn_s', [8], 0.2, 1);
  param('bn_b', [8], 0.2);
  param('bn_rm', [8], 0.2);
  param('bn_riv', [8], 0.2, 1);
  param('fc1_w', [16, 8 * 4 * 4], 0.1);
  param('fc1_b', [16], 0.1);
  param('fc2_w', [5, 16], 0.3);
  param('fc2_b', [5], 0.1);
  const predict = caffe2.NetDef.create({
    name: 'small_cnn',
    op: [
      opDef('Conv', ['data', 'conv1_w', 'conv1_b'], ['conv1'], {
        kernel: 3,
        pad: 1,
        order: 'NCHW',
      }),
      opDef('SpatialBN', ['conv1', 'bn_s', 'bn_b', 'bn_rm', 'bn_riv'], ['conv1'], {
        is_test: 1,
        epsilon: 1e-3,
      }),
      opDef('Relu', ['conv1'], ['conv1']),
      opDef('MaxPool', ['conv1'], ['pool1'], { kernel: 2, stride: 2 }),
      opDef('FC', ['pool1', 'fc1_w', 'fc1_b'], ['fc1']),
      opDef('Relu', ['fc1'], ['fc1']),
      opDef('Dropout', ['fc1'], ['fc1', '_mask'], { is_test: 1, ratio: 0.5 }),
      opDef('FC', ['fc1', 'fc2_w', 'fc2_b'], ['fc2']),
      opDef('Softmax', ['fc2'], ['prob']),
    ],
    externalInput: ['data', ...blobs.keys()],
    externalOutput: ['prob'],
  });
  return { init: initNetOf(blobs), predict };
}

const closers: Predictor[] = [];
afterAll(async () => {
  await Promise.all(closers.map((p) => p.close()));
});

describe('Predictor on a small CNN', () => {
  const { init, predict } = smallCnn();
  const data = randomTensor([2, 3, 8, 8], 11);

  it('gives the unoptimized results after BN folding, fusion and identity removal', () => {
    const plain = new Predictor(init, predict, { optimize: 0 });
    const opt = new Predictor(init, predict);
    const ref = plain.run({ data }).prob;
    const got = opt.run({ data }).prob;
    expect(got.shape).toEqual([2, 5]);
    expect(maxAbsDiff(got.toNumbers(), ref.toNumbers())).toBeLessThan(1e-5);
    const ops = opt.model
      .graphFor({ data: { dtype: 'float32', shape: [2, 3, 8, 8] } })
      .graph.nodes.map((n) => n.op);
    expect(ops).toContain('FusedConv');
    expect(ops).not.toContain('BatchNormalization');
    expect(ops).not.toContain('Dropout');
    // Rows of a softmax sum to one: a check that does not depend on Tandem's own kernels.
    for (let i = 0; i < 2; i++)
      expect(
        got
          .toNumbers()
          .slice(i * 5, i * 5 + 5)
          .reduce((a, b) => a + b),
      ).toBeCloseTo(1, 5);
  });

  it('takes arrays in external_input order and returns arrays', () => {
    const p = new Predictor(init, predict, { inputShapes: { data: [2, 3, 8, 8] } });
    expect(p.inputNames).toEqual(['data']);
    const [prob] = p.run([data]);
    expect(prob.toNumbers()).toEqual(p.run({ data }).prob.toNumbers());
  });

  it('loads init_net.pb + predict_net.pbtxt / .pb from paths and from bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-predictor-'));
    writeFileSync(join(dir, 'init_net.pb'), caffe2.NetDef.encode(init).finish());
    writeFileSync(join(dir, 'predict_net.pb'), caffe2.NetDef.encode(predict).finish());
    const ref = new Predictor(init, predict).run({ data }).prob.toNumbers();
    const fromPaths = new Predictor(join(dir, 'init_net.pb'), join(dir, 'predict_net.pb'));
    expect(fromPaths.run({ data }).prob.toNumbers()).toEqual(ref);
    writeFileSync(join(dir, 'predict_net.pbtxt'), toTextFormat(caffe2.NetDef, predict));
    const fromText = new Predictor(join(dir, 'init_net.pb'), join(dir, 'predict_net.pbtxt'));
    expect(fromText.run({ data }).prob.toNumbers()).toEqual(ref);
    const fromBytes = new Predictor(
      readFileSync(join(dir, 'init_net.pb')),
      readFileSync(join(dir, 'predict_net.pb')),
    );
    expect(fromBytes.run({ data }).prob.toNumbers()).toEqual(ref);
  });

  it('names missing and unknown inputs', () => {
    const p = new Predictor(init, predict);
    expect(() => p.run({})).toThrow(/input 'data' is missing \(inputs: data\)/);
    expect(() => p.run({ data, extra: data })).toThrow(/unknown input 'extra'/);
    expect(() => p.run([])).toThrow(/expected 1 inputs \(data\), got 0/);
  });

  it('runs asynchronously on a worker with the same results', async () => {
    const p = new Predictor(init, predict);
    closers.push(p);
    const out = await p.runAsync({ data });
    expect(maxAbsDiff(out.prob.toNumbers(), p.run({ data }).prob.toNumbers())).toBeLessThan(1e-6);
    await expect(p.runAsync({})).rejects.toThrow(/input 'data' is missing/);
  });
});

describe('Predictor on the Caffe2 model zoo AlexNet', () => {
  const light = lightModel('bvlc_alexnet', 5);
  const predictPath = join(MODELS, 'caffe2-zoo/bvlc_alexnet/predict_net.pbtxt');
  const model = new PredictorModel(light.blobs, predictPath, { workers: 2 });

  it('matches onnxruntime-node on the ONNX model with the same weights', async () => {
    const data = randomTensor([1, 3, 224, 224], 21);
    const p = new Predictor(model);
    const { prob } = p.run({ data });
    const session = await ort.InferenceSession.create(light.onnx);
    const feeds = {
      [session.inputNames[0]]: new ort.Tensor(
        'float32',
        data.data() as Float32Array,
        [1, 3, 224, 224],
      ),
    };
    const ref = (await session.run(feeds))[session.outputNames[0]];
    expect(prob.shape).toEqual([...ref.dims]);
    expect(maxAbsDiff(prob.toNumbers(), ref.data as Float32Array)).toBeLessThan(1e-5);
    const plain = new Predictor(new PredictorModel(light.blobs, predictPath, { optimize: 0 })).run({
      data,
    }).prob;
    expect(maxAbsDiff(prob.toNumbers(), plain.toNumbers())).toBeLessThan(1e-6);
  });

  it('keeps the event loop responsive while runAsync computes', async () => {
    const data = randomTensor([8, 3, 224, 224], 22);
    const p = new Predictor(model);
    closers.push(p);
    await p.runAsync({ data: randomTensor([1, 3, 224, 224], 1) }); // start the worker
    let ticks = 0;
    let last = performance.now();
    let worstGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const t0 = performance.now();
    const out = await p.runAsync({ data });
    const elapsed = performance.now() - t0;
    clearInterval(timer);
    expect(out.prob.shape).toEqual([8, 1000]);
    // The run takes far longer than a tick; the loop kept ticking throughout.
    expect(elapsed).toBeGreaterThan(50);
    expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
    expect(worstGap).toBeLessThan(Math.max(60, elapsed / 4));
  });

  it('shares one model between Predictors that run concurrently', async () => {
    const a = new Predictor(model);
    const b = new Predictor(model);
    expect(b.model.weights).toBe(a.model.weights);
    const x1 = randomTensor([1, 3, 224, 224], 31);
    const x2 = randomTensor([2, 3, 224, 224], 32);
    const [r1, r2] = await Promise.all([a.runAsync({ data: x1 }), b.runAsync({ data: x2 })]);
    const s1 = a.run({ data: x1 }).prob;
    const s2 = b.run({ data: x2 }).prob;
    expect(maxAbsDiff(r1.prob.toNumbers(), s1.toNumbers())).toBeLessThan(1e-6);
    expect(maxAbsDiff(r2.prob.toNumbers(), s2.toNumbers())).toBeLessThan(1e-6);
    await model.close();
  });
});
