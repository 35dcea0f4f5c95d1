// Caffe2-specific semantics of the layer operators, against hand-computed values.
import { Tensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { arange, close, f32, runOp } from './helpers/run-op.js';

describe('Conv', () => {
  it('legacy_pad SAME pads like SAME_UPPER; VALID ignores pad', () => {
    const x = arange([1, 1, 4, 4]);
    const w = f32(new Array(9).fill(1), [1, 1, 3, 3]);
    const [same] = runOp('Conv', { x, w }, ['y'], { kernel: 3, legacy_pad: 2 });
    expect(same.shape).toEqual([1, 1, 4, 4]);
    expect(same.toNumbers()[0]).toBe(0 + 1 + 4 + 5);
    const [valid] = runOp('Conv', { x, w }, ['y'], { kernel: 3, pad: 5, legacy_pad: 1 });
    expect(valid.shape).toEqual([1, 1, 2, 2]);
    expect(valid.toNumbers()).toEqual([45, 54, 81, 90]);
  });

  it('pad_t/pad_l/pad_b/pad_r and kernel_h/kernel_w', () => {
    const x = arange([1, 1, 3, 3]);
    const w = f32([1, 1], [1, 1, 1, 2]);
    const [y] = runOp('Conv', { x, w }, ['y'], {
      kernel_h: 1,
      kernel_w: 2,
      pad_t: 1,
      pad_l: 0,
      pad_b: 0,
      pad_r: 1,
    });
    expect(y.shape).toEqual([1, 1, 4, 3]);
    expect(y.toNumbers()).toEqual([0, 0, 0, 1, 3, 2, 7, 9, 5, 13, 15, 8]);
  });

  it('order NHWC equals NCHW on transposed data', () => {
    const x = arange([1, 2, 3, 3]);
    const w = arange([2, 2, 2, 2]);
    const b = f32([1, -1], [2]);
    const [ref] = runOp('Conv', { x, w, b }, ['y'], { kernel: 2 });
    const xt = Tensor.from(transpose(x, [0, 2, 3, 1]), 'float32', [1, 3, 3, 2]);
    const wt = Tensor.from(transpose(w, [0, 2, 3, 1]), 'float32', [2, 2, 2, 2]);
    const [y] = runOp('Conv', { x: xt, w: wt, b }, ['y'], { kernel: 2, order: 'NHWC' });
    expect(y.shape).toEqual([1, 2, 2, 2]);
    close(y, transpose(ref, [0, 2, 3, 1]));
  });
});

function transpose(t: Tensor, perm: number[]): Float32Array {
  const s = t.shape;
  const d = t.toNumbers();
  const os = perm.map((p) => s[p]);
  const out = new Float32Array(d.length);
  const strides = s.map((_, i) => s.slice(i + 1).reduce((a, b) => a * b, 1));
  for (let o = 0; o < d.length; o++) {
    let rem = o;
    let src = 0;
    for (let k = os.length - 1; k >= 0; k--) {
      const idx = rem % os[k];
      rem = Math.floor(rem / os[k]);
      src += idx * strides[perm[k]];
    }
    out[o] = d[src];
  }
  return out;
}

describe('pooling', () => {
  it('CAFFE_LEGACY_POOLING rounds the output size up', () => {
    const x = arange([1, 1, 4, 4]);
    const [floor] = runOp('MaxPool', { x }, ['y'], { kernel: 3, stride: 2 });
    expect(floor.shape).toEqual([1, 1, 1, 1]);
    const [y] = runOp('MaxPool', { x }, ['y'], { kernel: 3, stride: 2, legacy_pad: 3 });
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect(y.toNumbers()).toEqual([10, 11, 14, 15]);
    const [avg] = runOp('AveragePool', { x }, ['y'], { kernel: 3, stride: 2, legacy_pad: 3 });
    // Windows are clipped at the border: [0..2]x[0..2], [0..2]x[2..3], ...
    close(avg, [5, 6.5, 11, 12.5]);
  });

  it('global_pooling', () => {
    const x = arange([1, 2, 2, 2]);
    const [avg] = runOp('AveragePool', { x }, ['y'], { global_pooling: 1 });
    expect(avg.toNumbers()).toEqual([1.5, 5.5]);
    const [mx] = runOp('MaxPool', { x }, ['y'], { global_pooling: true });
    expect(mx.shape).toEqual([1, 2, 1, 1]);
    expect(mx.toNumbers()).toEqual([3, 7]);
  });
});

describe('FC', () => {
  it('flattens X at axis and W at axis_w; Y keeps X dims before axis', () => {
    const x = arange([2, 3, 2]);
    const w = f32([1, 0, 0, 1, 1, 1], [3, 2]);
    const b = f32([0, 0, 10], [3]);
    const [y] = runOp('FC', { x, w, b }, ['y'], { axis: 2 }, ['x', 'w', 'b']);
    expect(y.shape).toEqual([2, 3, 3]);
    expect(y.toNumbers().slice(0, 6)).toEqual([0, 1, 11, 2, 3, 15]);
    // axis=1 flattens [2, 3, 2] to [2, 6]; W [3, 2, 3] flattened at axis_w=1 is [3, 6].
    const w3 = f32(new Array(18).fill(1), [3, 2, 3]);
    const [y2] = runOp('FC', { x, w: w3, b }, ['y'], {}, ['x', 'w', 'b']);
    expect(y2.shape).toEqual([2, 3]);
    expect(y2.toNumbers()).toEqual([15, 15, 25, 51, 51, 61]);
  });
});

describe('Softmax', () => {
  it('coerces to 2-D at axis (softmax over C*H*W together)', () => {
    const x = arange([1, 2, 1, 2]);
    const [y] = runOp('Softmax', { x }, ['y']);
    const e = [0, 1, 2, 3].map((v) => Math.exp(v));
    const s = e.reduce((a, b) => a + b, 0);
    expect(y.shape).toEqual([1, 2, 1, 2]);
    close(
      y,
      e.map((v) => v / s),
    );
  });
});

describe('LRN', () => {
  it('outputs Y and the scale bias + alpha/size * window sum of squares', () => {
    const x = f32([1, 2, 3], [1, 3, 1, 1]);
    const [y, scale] = runOp('LRN', { x }, ['y', 'scale'], {
      size: 3,
      alpha: 0.3,
      beta: 0.5,
      bias: 2,
    });
    const sums = [1 + 4, 1 + 4 + 9, 4 + 9];
    const sc = sums.map((s) => 2 + (0.3 / 3) * s);
    close(scale, sc);
    close(
      y,
      [1, 2, 3].map((v, i) => v * sc[i] ** -0.5),
    );
  });
});

describe('SpatialBN', () => {
  it('is_test uses the running statistics', () => {
    const x = f32([1, 2, 3, 4], [1, 2, 2, 1]);
    const [y] = runOp(
      'SpatialBN',
      {
        x,
        s: f32([1, 2], [2]),
        b: f32([0, 1], [2]),
        m: f32([1, 0], [2]),
        v: f32([4, 1], [2]),
      },
      ['y'],
      { is_test: 1, epsilon: 0 },
    );
    close(y, [0, 0.5, 7, 9]);
  });

  it('training mode updates running stats in place and outputs saved mean / inv std', () => {
    const xs = f32([1, 3, 5, 7], [2, 1, 2, 1]);
    const [y, rm, rv, sm, siv] = runOp(
      'SpatialBN',
      {
        x: xs,
        s: f32([1], [1]),
        b: f32([0], [1]),
        rm: f32([0], [1]),
        rv: f32([1], [1]),
      },
      ['y', 'rm', 'rv', 'sm', 'siv'],
      { is_test: 0, epsilon: 0, momentum: 0.9 },
    );
    // Batch mean 4, biased variance 5.
    close(sm, [4]);
    close(siv, [1 / Math.sqrt(5)]);
    close(rm, [0.9 * 0 + 0.1 * 4]);
    close(rv, [0.9 * 1 + 0.1 * 5]);
    close(
      y,
      [1, 3, 5, 7].map((v) => (v - 4) / Math.sqrt(5)),
    );
  });
});

describe('Dropout', () => {
  it('is_test is the identity; training keeps about 1-ratio of the values, scaled, with a mask', () => {
    const x = f32(new Array(1000).fill(1), [1000]);
    // In test mode Caffe2 copies X and does not write the mask.
    const [y] = runOp('Dropout', { x }, ['y'], { ratio: 0.5, is_test: 1 });
    expect(y.toNumbers().every((v) => v === 1)).toBe(true);
    const [yt, mask] = runOp('Dropout', { x }, ['y', 'mask'], { ratio: 0.25 });
    const kept = mask.toNumbers().filter((v) => v).length;
    expect(kept).toBeGreaterThan(650);
    expect(kept).toBeLessThan(850);
    expect(
      yt
        .toNumbers()
        .every((v, i) => (mask.toNumbers()[i] ? Math.abs(v - 1 / 0.75) < 1e-6 : v === 0)),
    ).toBe(true);
  });
});
