import { describe, expect, it } from 'vitest';
import {
  DTYPES,
  Graph,
  ResourceLimitError,
  Tensor,
  bf16ToFloat,
  expandView,
  floatToBf16,
  floatToHalf,
  getLimits,
  halfToFloat,
  reshape,
  setLimits,
  sliceView,
  transposeView,
  validateGraph,
} from '../src/index.js';

describe('Tensor', () => {
  it('builds from nested arrays and reads back', () => {
    const t = Tensor.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.dtype).toBe('float32');
    expect(t.shape).toEqual([2, 3]);
    expect(t.strides).toEqual([3, 1]);
    expect(t.toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(Tensor.from([true, false]).dtype).toBe('bool');
    expect(Tensor.from([1n, 2n]).dtype).toBe('int64');
    expect(Tensor.from([1, 2], 'int64').toArray()).toEqual([1n, 2n]);
  });

  it('rejects ragged data and bad shapes', () => {
    expect(() => Tensor.from([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => Tensor.from([1, 2, 3], 'float32', [2, 2])).toThrow(
      /3 values do not fill shape \[2, 2\]/,
    );
    expect(() => new Tensor('float32', [-1])).toThrow(/invalid shape/);
    expect(() => new Tensor('float32', [2], new ArrayBuffer(4))).toThrow(/outside a buffer/);
    expect(() => new Tensor('nope' as never, [1])).toThrow(/unknown dtype/);
  });

  it('has every dtype with ONNX codes', () => {
    expect(
      Object.values(DTYPES)
        .map((d) => d.code)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 16]);
    for (const d of Object.keys(DTYPES)) expect(new Tensor(d as never, [3]).data().length).toBe(3);
  });

  it('shares storage between views', () => {
    const t = Tensor.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const tt = transposeView(t, [1, 0]);
    expect(tt.buffer).toBe(t.buffer);
    expect(tt.isContiguous()).toBe(false);
    expect(tt.toArray()).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    const e = expandView(Tensor.from([1, 2, 3]), [2, 3]);
    expect(e.strides).toEqual([0, 1]);
    expect(e.toArray()).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    const r = reshape(t, [3, 2]);
    expect(r.buffer).toBe(t.buffer);
    expect(r.toArray()).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    const rev = sliceView(Tensor.from([1, 2, 3, 4]), [0], [3], [4], [-1]);
    expect(rev.toArray()).toEqual([4, 3, 2, 1]);
    expect(() => reshape(t, [4])).toThrow(/cannot reshape \[2, 3\]/);
  });

  it('converts float16 and bfloat16 with round-to-nearest-even', () => {
    for (const v of [0, 1, -2, 0.5, 65504, 6.103515625e-5, 5.960464477539063e-8])
      expect(halfToFloat(floatToHalf(v))).toBe(v);
    expect(floatToHalf(1e6)).toBe(0x7c00);
    expect(Number.isNaN(halfToFloat(floatToHalf(NaN)))).toBe(true);
    expect(halfToFloat(floatToHalf(1 + 2 ** -11))).toBe(1); // tie rounds to even
    expect(bf16ToFloat(floatToBf16(3.140625))).toBe(3.140625);
    const h = Tensor.from([1.5, -2], 'float16');
    expect(Array.from(h.data() as Uint16Array)).toEqual([floatToHalf(1.5), floatToHalf(-2)]);
  });

  it('refuses tensors over the size limit before allocating', () => {
    const before = getLimits().maxTensorBytes;
    setLimits({ maxTensorBytes: 1024 });
    try {
      expect(() => new Tensor('float32', [257])).toThrow(ResourceLimitError);
      expect(() => new Tensor('float32', [1e9, 1e9])).toThrow(/over the limit of 1024/);
    } finally {
      setLimits({ maxTensorBytes: before });
    }
    expect(() => setLimits({ maxTensorBytes: -1 })).toThrow();
  });
});

describe('graph validation', () => {
  it('reports cycles, undefined values, unknown ops and unproduced outputs together', () => {
    const g = new Graph('bad');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: [2] });
    g.addNode('Add', ['x', 'nowhere'], ['a']);
    g.addNode('Frobnicate', ['a'], ['b']);
    g.outputs.push({ name: 'zzz', dtype: 'float32', shape: [2] });
    const msgs = validateGraph(g)
      .map((i) => i.message)
      .join('\n');
    expect(msgs).toMatch(/unknown operator 'Frobnicate'/);
    expect(msgs).toMatch(/input 'nowhere' is not a graph input/);
    expect(msgs).toMatch(/graph output 'zzz' is never computed/);
  });

  it('checks declared output types against inference', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['N', 3] });
    g.addNode('Add', ['x', 'x'], ['y']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: ['N', 4] });
    expect(validateGraph(g).map((i) => i.message)).toEqual([
      "graph output 'y' is declared [N, 4] but computes [N, 3]",
    ]);
  });
});
