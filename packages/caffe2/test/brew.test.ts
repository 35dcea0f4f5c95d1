// brew helpers and ModelHelper: operators in model.net, parameter fills in model.paramInitNet,
// Caffe2's blob names and default initializers, argScope, trainable vs computed parameters.
import { Tensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { ModelHelper, Workspace, brew, decodeArg } from '../src/index.js';
import type { caffe2 } from '../src/index.js';

const args = (o: caffe2.IOperatorDef) =>
  Object.fromEntries(
    (o.arg ?? []).map((a) => {
      const v = decodeArg(a);
      return [
        a.name,
        'value' in v ? (v.value instanceof Float32Array ? Array.from(v.value) : v.value) : v.kind,
      ];
    }),
  );
const fills = (m: ModelHelper) =>
  m.paramInitNet.ops.map((o) => [o.type, o.output[0], args(o).shape]);

describe('brew', () => {
  it('fc: XavierFill weight [out, in], zero bias, FC op', () => {
    const m = new ModelHelper({ name: 'm' });
    expect(brew.fc(m, 'data', 'fc1', 4, 3)).toBe('fc1');
    expect(fills(m)).toEqual([
      ['XavierFill', 'fc1_w', [3, 4]],
      ['ConstantFill', 'fc1_b', [3]],
    ]);
    const ops = m.net.ops.map((o) => [o.type, o.input, o.output]);
    expect(ops).toEqual([['FC', ['data', 'fc1_w', 'fc1_b'], ['fc1']]]);
    expect(m.getParams()).toEqual(['fc1_w', 'fc1_b']);
    expect(m.getWeights()).toEqual(['fc1_w']);
    expect(m.getBiases()).toEqual(['fc1_b']);
  });

  it('conv: weight [out, in/group, k, k] (NHWC: [out, k, k, in]), argScope, custom initializers', () => {
    const m = new ModelHelper({ name: 'm' });
    brew.conv(m, 'data', 'c1', 4, 8, 3, {
      pad: 1,
      stride: 2,
      group: 2,
      weightInit: ['MSRAFill', {}],
      biasInit: ['ConstantFill', { value: 0.5 }],
    });
    expect(fills(m)).toEqual([
      ['MSRAFill', 'c1_w', [8, 2, 3, 3]],
      ['ConstantFill', 'c1_b', [8]],
    ]);
    expect(args(m.paramInitNet.ops[1]).value).toBe(0.5);
    expect(args(m.net.ops[0])).toEqual({ order: 'NCHW', kernel: 3, stride: 2, pad: 1, group: 2 });
    const n = new ModelHelper({ name: 'n', argScope: { order: 'NHWC' } });
    brew.conv(n, 'data', 'c1', 3, 5, 3, { noBias: true });
    expect(fills(n)).toEqual([['XavierFill', 'c1_w', [5, 3, 3, 3]]]);
    expect(n.net.ops[0].input).toEqual(['data', 'c1_w']);
    expect(args(n.net.ops[0]).order).toBe('NHWC');
    // Arguments the operator does not read are not copied from the scope (Relu has no order).
    brew.relu(n, 'c1', 'c1');
    expect(n.net.ops[1].arg).toEqual([]);
  });

  it('spatialBN: scale 1, bias 0, running mean 0 / var 1 as computed params; 5 outputs in training', () => {
    const m = new ModelHelper({ name: 'm' });
    brew.spatialBN(m, 'x', 'bn', 3, { epsilon: 1e-3 });
    expect(m.paramInitNet.ops.map((o) => [o.output[0], args(o).value])).toEqual([
      ['bn_s', 1],
      ['bn_b', 0],
      ['bn_rm', 0],
      ['bn_riv', 1],
    ]);
    expect(m.getParams()).toEqual(['bn_s', 'bn_b']);
    expect(m.getComputedParams()).toEqual(['bn_rm', 'bn_riv']);
    expect(m.paramInfo.get('bn_rm')!.trainable).toBe(false);
    expect(m.net.ops[0].output).toEqual(['bn', 'bn_rm', 'bn_riv', 'bn_sm', 'bn_siv']);
    const t = new ModelHelper({ name: 't' });
    brew.spatialBN(t, 'x', 'bn', 3, { is_test: true });
    expect(t.net.ops[0].output).toEqual(['bn']);
  });

  it('convTranspose, pools, activations, dropout, concat, lrn: ops and names as Caffe2', () => {
    const m = new ModelHelper({ name: 'm' });
    brew.convTranspose(m, 'x', 'up', 4, 2, 2, { stride: 2 });
    brew.maxPool(m, 'up', 'mp', { kernel: 2, stride: 2 });
    brew.averagePool(m, 'mp', 'ap', { global_pooling: true });
    brew.sigmoid(m, 'ap', 's');
    brew.tanh(m, 's', 't');
    brew.softmax(m, 't', 'p', { axis: 1 });
    brew.dropout(m, 'p', 'd', { ratio: 0.25 });
    brew.concat(m, ['d', 'p'], 'cat', { axis: 1 });
    brew.lrn(m, 'cat', 'n', { size: 3, alpha: 1e-4, beta: 0.75 });
    expect(fills(m)).toEqual([
      ['XavierFill', 'up_w', [4, 2, 2, 2]],
      ['ConstantFill', 'up_b', [2]],
    ]);
    expect(m.net.ops.map((o) => [o.type, o.output])).toEqual([
      ['ConvTranspose', ['up']],
      ['MaxPool', ['mp']],
      ['AveragePool', ['ap']],
      ['Sigmoid', ['s']],
      ['Tanh', ['t']],
      ['Softmax', ['p']],
      ['Dropout', ['d', '_d_mask']],
      ['Concat', ['cat', '_cat_concat_dims']],
      ['LRN', ['n', '_n_scale']],
    ]);
    expect(args(m.net.ops[2]).global_pooling).toBe(1);
  });

  it('a built model runs: init net, then the net, with the expected shapes', () => {
    const m = new ModelHelper({ name: 'cnn' });
    let h = brew.conv(m, 'data', 'c1', 3, 4, 3, { pad: 1 });
    h = brew.spatialBN(m, h, 'bn', 4);
    h = brew.relu(m, h, h);
    h = brew.maxPool(m, h, 'p1', { kernel: 2, stride: 2 });
    h = brew.dropout(m, h, 'd1', { ratio: 0.5, is_test: true });
    brew.fc(m, h, 'out', 4 * 2 * 2, 5);
    const ws = new Workspace();
    ws.runNetOnce(m.paramInitNet);
    expect(ws.fetchBlob('c1_w').shape).toEqual([4, 3, 3, 3]);
    const w = ws.fetchBlob('c1_w').data() as Float32Array;
    const bound = Math.sqrt(3 / 27);
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(bound + 1e-6);
    ws.feedBlob(
      'data',
      Tensor.from(new Float32Array(2 * 3 * 4 * 4).fill(1), 'float32', [2, 3, 4, 4]),
    );
    ws.runNetOnce(m.net);
    expect(ws.fetchBlob('out').shape).toEqual([2, 5]);
    expect(ws.fetchBlob('bn_siv').shape).toEqual([4]);
  });

  it('errors name the helper and the problem', () => {
    const m = new ModelHelper({ name: 'm' });
    expect(() => brew.fc(m, 'x', 'f', 0, 3)).toThrow(/brew.fc: dimIn must be a positive integer/);
    expect(() => brew.conv(m, 'x', 'c', 3, 4, 3, { group: 2 })).toThrow(/divisible by group/);
    brew.fc(m, 'x', 'f', 2, 3);
    expect(() => brew.fc(m, 'x', 'f', 2, 3)).toThrow(/parameter 'f_w' already exists/);
    expect(() => m.createParam('p', [2], ['Relu'])).toThrow(/not a Caffe2 fill operator/);
  });
});
