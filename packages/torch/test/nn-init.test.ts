// Default initialization follows PyTorch's distributions; nn.init functions; seeded dropout.
import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Generator, Tensor, apply1, autograd, manualSeed } from '../src/index.js';
import * as nn from '../src/nn/index.js';

const init = nn.init;
const vals = (x: Tensor) => x._value.toNumbers();
const empty = (...shape: number[]) => new Tensor(new CoreTensor('float32', shape));
const stats = (x: Tensor) => {
  const v = vals(x);
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const std = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
  return { mean, std, min: Math.min(...v), max: Math.max(...v) };
};

/** Uniform on (-b, b): inside the bounds, reaching near them, std b/sqrt(3). */
function expectUniform(x: Tensor, bound: number, what: string): void {
  const s = stats(x);
  expect(s.max, what).toBeLessThanOrEqual(bound);
  expect(s.min, what).toBeGreaterThanOrEqual(-bound);
  expect(s.max, what).toBeGreaterThan(bound * 0.9);
  expect(s.std / (bound / Math.sqrt(3)), what).toBeCloseTo(1, 1);
}

describe('default initialization (PyTorch distributions)', () => {
  it('Linear: kaiming_uniform(a=sqrt(5)) weight and U(+-1/sqrt(fanIn)) bias', () => {
    const m = new nn.Linear(64, 128);
    expectUniform(m.weight, 1 / 8, 'weight');
    expect(Math.max(...vals(m.bias!).map(Math.abs))).toBeLessThanOrEqual(1 / 8);
  });

  it('Conv2d and ConvTranspose2d: bounds from fan_in = dim1 * receptive field', () => {
    expectUniform(new nn.Conv2d(8, 32, 3).weight, 1 / Math.sqrt(72), 'conv');
    expectUniform(new nn.ConvTranspose2d(32, 8, 3).weight, 1 / Math.sqrt(72), 'convT');
    expectUniform(
      new nn.Conv1d(16, 64, 4, { groups: 2 }).weight,
      1 / Math.sqrt(32),
      'grouped conv1d',
    );
  });

  it('norms start at weight 1, bias 0, running stats 0/1; Embedding ~ N(0, 1) with a zero padding row', () => {
    const bn = new nn.BatchNorm2d(3);
    expect(vals(bn.weight!)).toEqual([1, 1, 1]);
    expect(vals(bn.bias!)).toEqual([0, 0, 0]);
    expect(vals(bn.runningVar!)).toEqual([1, 1, 1]);
    const emb = new nn.Embedding(100, 50, { paddingIdx: 3 });
    const s = stats(emb.weight);
    expect(Math.abs(s.mean)).toBeLessThan(0.05);
    expect(s.std).toBeCloseTo(1, 1);
    expect(
      vals(emb.weight)
        .slice(150, 200)
        .every((v) => v === 0),
    ).toBe(true);
  });

  it('LSTM/GRU: every parameter U(+-1/sqrt(hidden)); MHA: xavier in_proj, zero biases', () => {
    for (const p of new nn.LSTM(10, 16, { numLayers: 2 }).parameters()) {
      expect(Math.max(...vals(p).map(Math.abs))).toBeLessThanOrEqual(0.25);
    }
    expectUniform(new Map(new nn.GRU(10, 64).namedParameters()).get('weight_hh_l0')!, 1 / 8, 'gru');
    const mha = new nn.MultiheadAttention(32, 4);
    expectUniform(mha.in_proj_weight, Math.sqrt(6 / (32 + 96)), 'in_proj');
    expect(vals(mha.in_proj_bias!).every((v) => v === 0)).toBe(true);
    expect(vals(mha.out_proj.bias!).every((v) => v === 0)).toBe(true);
  });

  it('manualSeed makes initialization reproducible', () => {
    manualSeed(7);
    const a = vals(new nn.Linear(4, 4).weight);
    manualSeed(7);
    expect(vals(new nn.Linear(4, 4).weight)).toEqual(a);
    expect(vals(new nn.Linear(4, 4).weight)).not.toEqual(a);
  });
});

describe('nn.init', () => {
  it('calculateGain', () => {
    expect(init.calculateGain('linear')).toBe(1);
    expect(init.calculateGain('tanh')).toBeCloseTo(5 / 3);
    expect(init.calculateGain('relu')).toBeCloseTo(Math.SQRT2);
    expect(init.calculateGain('leaky_relu', 0.2)).toBeCloseTo(Math.sqrt(2 / 1.04));
    expect(init.calculateGain('leakyRelu')).toBeCloseTo(Math.sqrt(2 / 1.0001));
    expect(init.calculateGain('selu')).toBe(0.75);
    expect(() => init.calculateGain('swish')).toThrow(/unsupported nonlinearity/);
  });

  it('uniform_, normal_, constant_, ones_, zeros_, eye_', () => {
    const g = new Generator().manualSeed(1);
    expectUniform(init.uniform_(empty(200, 50), -2, 2, g), 2, 'uniform');
    const n = stats(init.normal_(empty(200, 50), 3, 0.5, g));
    expect(n.mean).toBeCloseTo(3, 1);
    expect(n.std).toBeCloseTo(0.5, 1);
    expect(vals(init.constant_(empty(2), 4))).toEqual([4, 4]);
    expect(vals(init.ones_(empty(2)))).toEqual([1, 1]);
    expect(vals(init.zeros_(init.ones_(empty(2))))).toEqual([0, 0]);
    expect(vals(init.eye_(empty(2, 3)))).toEqual([1, 0, 0, 0, 1, 0]);
    expect(() => init.eye_(empty(2))).toThrow(/only 2-d/);
  });

  it('xavier and kaiming scales', () => {
    expectUniform(
      init.xavierUniform_(empty(100, 200), { gain: 2 }),
      2 * Math.sqrt(6 / 300),
      'xavierUniform',
    );
    expect(stats(init.xavierNormal_(empty(100, 200))).std).toBeCloseTo(Math.sqrt(2 / 300), 2);
    expectUniform(
      init.kaimingUniform_(empty(100, 200), { nonlinearity: 'relu' }),
      Math.sqrt(6 / 200),
      'kaimingUniform',
    );
    const kn = stats(
      init.kaimingNormal_(empty(100, 50, 2), { mode: 'fan_out', nonlinearity: 'relu' }),
    );
    expect(kn.std / Math.sqrt(2 / 200)).toBeCloseTo(1, 1);
    expect(() => init.kaimingUniform_(empty(5))).toThrow(/fewer than 2 dimensions/);
  });

  it('truncNormal_ stays within [a, b]', () => {
    const s = stats(init.truncNormal_(empty(100, 100), 0, 1, -0.5, 1));
    expect(s.min).toBeGreaterThanOrEqual(-0.5);
    expect(s.max).toBeLessThanOrEqual(1);
  });

  it('orthogonal_ gives orthonormal rows (or columns) times gain', () => {
    for (const [r, c] of [
      [6, 4],
      [3, 8],
    ]) {
      const w = init.orthogonal_(empty(r, c), 2);
      const [a, b] =
        r < c
          ? [w, apply1('Transpose', [w], { perm: [1, 0] })]
          : [apply1('Transpose', [w], { perm: [1, 0] }), w];
      const gram = vals(apply1('MatMul', [a, b]));
      const k = Math.min(r, c);
      gram.forEach((v, i) => expect(v).toBeCloseTo(Math.floor(i / k) === i % k ? 4 : 0, 4));
    }
  });
});

describe('Dropout', () => {
  it('drops about p of the elements, scales the rest by 1/(1-p), and is seeded', () => {
    const x = new Tensor(CoreTensor.from(new Array(10000).fill(1), 'float32', [100, 100]));
    const d = new nn.Dropout(0.3);
    manualSeed(3);
    const y = vals(d.call(x));
    const kept = y.filter((v) => v !== 0);
    expect(kept.length / y.length).toBeCloseTo(0.7, 1);
    expect(kept.every((v) => Math.abs(v - 1 / 0.7) < 1e-6)).toBe(true);
    manualSeed(3);
    expect(vals(d.call(x))).toEqual(y);
    expect(vals(d.call(x))).not.toEqual(y);
  });

  it('backpropagates through the same mask', () => {
    const x = new Tensor(CoreTensor.from(new Array(100).fill(1), 'float32', [100]));
    x.requiresGrad = true;
    const y = nn.functional.dropout(x, 0.5);
    autograd.backward(apply1('ReduceSum', [y], { keepdims: 0 }));
    expect(vals(x.grad!)).toEqual(vals(y));
    expect(() => new nn.Dropout(1.5)).toThrow(/between 0 and 1/);
  });
});
