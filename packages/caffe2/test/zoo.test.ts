// The Caffe2 model zoo's real predict nets, with seeded weights in a GivenTensorFill init net,
// against onnxruntime-node on the equivalent ONNX model with the same weights.
import { describe, expect, it } from 'vitest';
import { Workspace, readNetDef } from '../src/index.js';
import { maxAbsDiff, runOrt, zooCase } from './helpers/zoo.js';

async function compare(model: string, output: string) {
  const c = zooCase(model);
  const ws = new Workspace();
  ws.runNetOnce(c.initNet);
  ws.feedBlob(c.input.name, c.input.tensor);
  const predict = readNetDef(c.predictPath);
  const name = ws.createNet(predict);
  const t0 = performance.now();
  ws.runNet(name);
  const ms = performance.now() - t0;
  const ours = ws.fetchBlob(output);
  const ref = await runOrt(c.onnxBytes, c.input.tensor);
  expect([...ours.shape]).toEqual([...ref.dims]);
  const ourData = ours.data() as Float32Array;
  const peak = Math.max(...ref.data);
  const diff = maxAbsDiff(ourData, ref.data);
  console.log(
    `${model}: runNet ${ms.toFixed(0)} ms, max |diff| ${diff.toExponential(2)} (max prob ${peak.toFixed(4)})`,
  );
  expect(diff).toBeLessThan(1e-5 * Math.max(1, peak) + 1e-6);
  // The softmax output sums to 1 per row.
  expect(ourData.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
  return ws;
}

describe('Caffe2 model zoo predict nets', () => {
  it('AlexNet matches onnxruntime (batch 1)', async () => {
    const ws = await compare('bvlc_alexnet', 'prob');
    // LRN's second output and in-place Relu blobs exist as in Caffe2.
    expect(ws.hasBlob('_norm1_scale')).toBe(true);
    expect(ws.fetchBlob('conv1').shape).toEqual([1, 96, 54, 54]);
  });

  it('VGG-19 matches onnxruntime (batch 1)', async () => {
    await compare('vgg19', 'prob');
  });
});
