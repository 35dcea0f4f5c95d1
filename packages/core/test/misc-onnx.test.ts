// BitShift, windows, Compress, ReverseSequence, MaxUnpool, MVN, Det, GridSample, Unique, NMS,
// DFT/STFT and the quantization family.
import { describe, expect, it } from 'vitest';
import { Tensor, execute } from '../src/index.js';
import { gradcheck } from '../src/testing/gradcheck.js';
import '../src/ops/misc-onnx.js';
import '../src/ops/quantize.js';
import '../src/ops/signal.js';

const f64 = (v: number[], shape: number[]) => Tensor.from(v, 'float64', shape);

describe('small ONNX ops', () => {
  it('shifts bits and refuses signed types', () => {
    const x = Tensor.from([16, 4, 1], 'uint8', [3]);
    expect(
      execute('BitShift', [x, Tensor.from([1, 2, 8], 'uint8', [3])], {
        direction: 'RIGHT',
      })[0].toNumbers(),
    ).toEqual([8, 1, 0]);
    expect(
      execute('BitShift', [x, Tensor.from([1], 'uint8', [1])], {
        direction: 'LEFT',
      })[0].toNumbers(),
    ).toEqual([32, 8, 2]);
    expect(() =>
      execute('BitShift', [Tensor.from([1], 'int32'), Tensor.from([1], 'int32')], {
        direction: 'LEFT',
      }),
    ).toThrow(/BitShift: dtype int32/);
  });
  it('makes Hann, Hamming and Blackman windows', () => {
    const n = Tensor.from([4], 'int64', []);
    const hann = execute('HannWindow', [n])[0].toNumbers();
    [0, 0.5, 1, 0.5].forEach((v, i) => expect(hann[i]).toBeCloseTo(v, 6));
    const sym = execute('HannWindow', [n], { periodic: 0 })[0].toNumbers();
    [0, 0.75, 0.75, 0].forEach((v, i) => expect(sym[i]).toBeCloseTo(v, 6));
    expect(execute('BlackmanWindow', [n])[0].toNumbers()[0]).toBeCloseTo(0, 6);
    expect(execute('HammingWindow', [n])[0].toNumbers()[0]).toBeCloseTo(4 / 46, 6);
  });
  it('compresses along an axis or flat, with a gradient', () => {
    const x = f64([1, 2, 3, 4, 5, 6], [3, 2]);
    const c = Tensor.from([false, true, true], 'bool', [3]);
    expect(execute('Compress', [x, c], { axis: 0 })[0].toArray()).toEqual([
      [3, 4],
      [5, 6],
    ]);
    expect(execute('Compress', [x, c])[0].toArray()).toEqual([2, 3]);
    expect(gradcheck('Compress', [x, c], { attrs: { axis: 0 } }).ok).toBe(true);
    expect(gradcheck('Compress', [x, c]).ok).toBe(true);
    expect(() =>
      execute('Compress', [x, Tensor.from([1, 1, 1, 1], 'bool', [4])], { axis: 0 }),
    ).toThrow(/Compress: condition has 4/);
  });
  it('reverses sequences per batch row', () => {
    const x = f64([0, 1, 2, 3, 4, 5, 6, 7], [2, 4]);
    const y = execute('ReverseSequence', [x, Tensor.from([3, 1], 'int64', [2])], {
      batch_axis: 0,
      time_axis: 1,
    })[0];
    expect(y.toArray()).toEqual([
      [2, 1, 0, 3],
      [4, 5, 6, 7],
    ]);
    expect(
      gradcheck('ReverseSequence', [x, Tensor.from([3, 1], 'int64', [2])], {
        attrs: { batch_axis: 0, time_axis: 1 },
      }).ok,
    ).toBe(true);
  });
  it('unpools into zeros', () => {
    const y = execute(
      'MaxUnpool',
      [f64([5, 6], [1, 1, 1, 2]), Tensor.from([1, 3], 'int64', [1, 1, 1, 2])],
      {
        kernel_shape: [1, 2],
        strides: [1, 2],
      },
    )[0];
    expect(y.toArray()).toEqual([[[[0, 5, 0, 6]]]]);
  });
  it('normalizes mean and variance', () => {
    const y = execute('MeanVarianceNormalization', [f64([1, 3], [1, 2])], {
      axes: [1],
    })[0].toNumbers();
    expect(y[0]).toBeCloseTo(-1, 6);
    expect(y[1]).toBeCloseTo(1, 6);
  });
  it('computes determinants', () => {
    expect(execute('Det', [f64([1, 2, 3, 4, 2, 0, 0, 2], [2, 2, 2])])[0].toNumbers()).toEqual([
      -2, 4,
    ]);
    expect(() => execute('Det', [f64([1, 2], [1, 2])])).toThrow(/Det: matrices must be square/);
  });
  it('samples a grid bilinearly', () => {
    const x = f64([1, 2, 3, 4], [1, 1, 2, 2]);
    const grid = f64([0, 0, -1, -1], [1, 1, 2, 2]);
    const y = execute('GridSample', [x, grid], { align_corners: 1 })[0].toNumbers();
    expect(y).toEqual([2.5, 1]);
    expect(() => execute('GridSample', [x, grid], { mode: 'cubic' })).toThrow(
      /GridSample: mode 'cubic'/,
    );
  });
  it('finds unique values with indices and counts', () => {
    const [y, idx, inv, counts] = execute('Unique', [
      Tensor.from([2, 1, 1, 3, 4, 3], 'float32', [6]),
    ]);
    expect(y.toNumbers()).toEqual([1, 2, 3, 4]);
    expect(idx.toNumbers()).toEqual([1, 0, 3, 4]);
    expect(inv.toNumbers()).toEqual([1, 0, 0, 2, 3, 2]);
    expect(counts.toNumbers()).toEqual([2, 1, 2, 1]);
    const [u] = execute('Unique', [Tensor.from([2, 1, 1, 3], 'float32', [4])], { sorted: 0 });
    expect(u.toNumbers()).toEqual([2, 1, 3]);
  });
  it('suppresses overlapping boxes', () => {
    const boxes = Tensor.from([0, 0, 1, 1, 0, 0.1, 1, 1.1, 0, 10, 1, 11], 'float32', [1, 3, 4]);
    const scores = Tensor.from([0.9, 0.8, 0.7], 'float32', [1, 1, 3]);
    const sel = execute('NonMaxSuppression', [
      boxes,
      scores,
      Tensor.from([3], 'int64', [1]),
      Tensor.from([0.5], 'float32', [1]),
    ])[0];
    expect(sel.shape).toEqual([2, 3]);
    expect(sel.toNumbers()).toEqual([0, 0, 0, 0, 0, 2]);
  });
  it('transforms with DFT and STFT', () => {
    const x = f64([1, 2, 3, 4], [1, 4, 1]);
    const y = execute('DFT', [x])[0].toNumbers();
    [10, 0, -2, 2, -2, 0, -2, -2].forEach((v, i) => expect(y[i]).toBeCloseTo(v, 9));
    const back = execute('DFT', [execute('DFT', [x])[0]], { inverse: 1 })[0].toNumbers();
    [1, 0, 2, 0, 3, 0, 4, 0].forEach((v, i) => expect(back[i]).toBeCloseTo(v, 9));
    const s = execute('STFT', [
      x,
      Tensor.from([2], 'int64', []),
      undefined,
      Tensor.from([2], 'int64', []),
    ])[0];
    expect(s.shape).toEqual([1, 2, 2, 2]);
    [3, 0, -1, 0, 7, 0, -1, 0].forEach((v, i) => expect(s.toNumbers()[i]).toBeCloseTo(v, 9));
  });
});

describe('quantization', () => {
  it('quantizes with rounding half to even and saturation, and dequantizes per axis', () => {
    const x = Tensor.from([0, 2, 3, 1000, -254], 'float32', [5]);
    const q = execute('QuantizeLinear', [x, Tensor.scalar(2), Tensor.from([128], 'uint8', [])])[0];
    expect(q.dtype).toBe('uint8');
    expect(q.toNumbers()).toEqual([128, 129, 130, 255, 1]);
    const d = execute(
      'DequantizeLinear',
      [
        Tensor.from([1, 2, 3, 4], 'int8', [2, 2]),
        Tensor.from([1, 10], 'float32', [2]),
        Tensor.from([0, 1], 'int8', [2]),
      ],
      { axis: 0 },
    )[0];
    expect(d.toNumbers()).toEqual([1, 2, 20, 30]);
  });
  it('quantizes dynamically', () => {
    const [y, s, z] = execute('DynamicQuantizeLinear', [
      Tensor.from([0, 2, -3, -2.5, 1.34, 0.5], 'float32', [6]),
    ]);
    expect(s.toNumbers()[0]).toBeCloseTo(5 / 255, 6);
    expect(z.toNumbers()).toEqual([153]);
    expect(y.toNumbers()).toEqual([153, 255, 0, 26, 221, 179]);
  });
  it('multiplies integers with zero points', () => {
    const a = Tensor.from([11, 7, 3, 10], 'uint8', [2, 2]);
    const b = Tensor.from([1, 2, 3, 4], 'uint8', [2, 2]);
    const y = execute('MatMulInteger', [
      a,
      b,
      Tensor.from([10], 'uint8', []),
      Tensor.from([1], 'uint8', []),
    ])[0];
    expect(y.dtype).toBe('int32');
    expect(y.toArray()).toEqual([
      [-6, -8],
      [0, -7],
    ]);
  });
});
