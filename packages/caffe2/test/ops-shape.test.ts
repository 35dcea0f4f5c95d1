// Shape operators and legacy arithmetic broadcasting, against hand-computed values.
import { Tensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { arange, f32, i32, runOp } from './helpers/run-op.js';

describe('arithmetic broadcast', () => {
  it('broadcast=1 with axis aligns B at axis of A', () => {
    const a = f32(new Array(24).fill(0), [2, 3, 2, 2]);
    const b = f32([1, 2, 3], [3]);
    const [y] = runOp('Add', { a, b }, ['y'], { broadcast: 1, axis: 1 });
    expect(y.shape).toEqual([2, 3, 2, 2]);
    expect(y.toNumbers().slice(0, 12)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    const [z] = runOp('Mul', { a: arange([2, 3, 2]), b: f32([10, 100, 1000], [3]) }, ['y'], {
      broadcast: 1,
      axis_str: 'C',
    });
    expect(z.toNumbers().slice(0, 6)).toEqual([0, 10, 200, 300, 4000, 5000]);
  });

  it('without axis B aligns with the trailing dims; without broadcast NumPy rules apply', () => {
    const [y] = runOp('Sub', { a: arange([2, 2]), b: f32([1, 2], [2]) }, ['y'], { broadcast: 1 });
    expect(y.toNumbers()).toEqual([-1, -1, 1, 1]);
    const [z] = runOp('Div', { a: f32([2, 4], [2, 1]), b: f32([1, 2], [1, 2]) }, ['y']);
    expect(z.toNumbers()).toEqual([2, 1, 4, 2]);
  });
});

describe('Concat / Split', () => {
  it('Concat outputs split_info (int32 sizes along axis)', () => {
    const [y, info] = runOp('Concat', { a: arange([1, 2, 2]), b: arange([1, 3, 2]) }, [
      'y',
      'info',
    ]);
    expect(y.shape).toEqual([1, 5, 2]);
    expect(info.dtype).toBe('int32');
    expect(info.toNumbers()).toEqual([2, 3]);
    const [z, info2] = runOp('Concat', { a: arange([2]), b: arange([2]) }, ['z', 'i'], {
      axis: 0,
      add_axis: 1,
    });
    expect(z.shape).toEqual([2, 2]);
    expect(info2.toNumbers()).toEqual([1, 1]);
    const [nhwc] = runOp('Concat', { a: arange([1, 1, 1, 2]), b: arange([1, 1, 1, 1]) }, ['y'], {
      order: 'NHWC',
    });
    expect(nhwc.shape).toEqual([1, 1, 1, 3]);
  });

  it('Split by argument, by input, and equally; default axis is the channel axis', () => {
    const x = arange([1, 4]);
    const [a, b] = runOp('Split', { x }, ['a', 'b'], { split: [1, 3] });
    expect(a.toNumbers()).toEqual([0]);
    expect(b.toNumbers()).toEqual([1, 2, 3]);
    const [c, d] = runOp('Split', { x, s: i32([3, 1]) }, ['c', 'd']);
    expect(c.toNumbers()).toEqual([0, 1, 2]);
    expect(d.toNumbers()).toEqual([3]);
    const [e] = runOp('Split', { x }, ['e', 'f']);
    expect(e.toNumbers()).toEqual([0, 1]);
  });
});

describe('Reshape / Flatten / Transpose / Squeeze', () => {
  it('Reshape outputs the old shape (int64); 0 copies a dim, -1 infers', () => {
    const [y, old] = runOp('Reshape', { x: arange([2, 3, 4]) }, ['y', 'old'], { shape: [0, -1] });
    expect(y.shape).toEqual([2, 12]);
    expect(old.dtype).toBe('int64');
    expect(old.toNumbers()).toEqual([2, 3, 4]);
    const [z] = runOp('Reshape', { x: arange([2, 3]), s: i32([3, 2]) }, ['z']);
    expect(z.shape).toEqual([3, 2]);
  });

  it('Flatten, FlattenToVec, Transpose (default reverses), Squeeze, ExpandDims', () => {
    expect(runOp('Flatten', { x: arange([2, 3, 4]) }, ['y'])[0].shape).toEqual([2, 12]);
    expect(runOp('FlattenToVec', { x: arange([2, 3]) }, ['y'])[0].shape).toEqual([6]);
    const [t] = runOp('Transpose', { x: arange([2, 3]) }, ['y']);
    expect(t.toNumbers()).toEqual([0, 3, 1, 4, 2, 5]);
    expect(
      runOp('Transpose', { x: arange([2, 3, 4]) }, ['y'], { axes: [1, 0, 2] })[0].shape,
    ).toEqual([3, 2, 4]);
    expect(runOp('Squeeze', { x: arange([1, 3, 1]) }, ['y'], { dims: [0] })[0].shape).toEqual([
      3, 1,
    ]);
    expect(runOp('ExpandDims', { x: arange([3]) }, ['y'], { dims: [0, 2] })[0].shape).toEqual([
      1, 3, 1,
    ]);
  });
});

describe('Slice', () => {
  it('end = -1 means to the end; other negatives count from one past the end', () => {
    const x = arange([3, 4]);
    const [a] = runOp('Slice', { x }, ['y'], { starts: [1, 0], ends: [-1, -1] });
    expect(a.shape).toEqual([2, 4]);
    const [b] = runOp('Slice', { x }, ['y'], { starts: [0, 1], ends: [-1, -2] });
    expect(b.shape).toEqual([3, 2]);
    expect(b.toNumbers()).toEqual([1, 2, 5, 6, 9, 10]);
    const [c] = runOp('Slice', { x, s: i32([0, 1]), e: i32([2, -2]) }, ['y']);
    expect(c.toNumbers()).toEqual([1, 2, 5, 6]);
  });
});

describe('Gather / Cast / reductions', () => {
  it('Gather rows with int32 indices', () => {
    const [y] = runOp('Gather', { d: arange([3, 2]), i: i32([2, 0]) }, ['y']);
    expect(y.toNumbers()).toEqual([4, 5, 0, 1]);
  });

  it('Cast takes Caffe2 DataType numbers or names', () => {
    const x = f32([1.7, -2.2], [2]);
    expect(runOp('Cast', { x }, ['y'], { to: 2 })[0].dtype).toBe('int32');
    expect(runOp('Cast', { x }, ['y'], { to: 10 })[0].dtype).toBe('int64');
    expect(runOp('Cast', { x }, ['y'], { to: 'DOUBLE' })[0].dtype).toBe('float64');
    expect(() => runOp('Cast', { x }, ['y'], { to: 'STRING' })).toThrow(
      /operator #0 \(Cast\): argument 'to'.*not a supported/,
    );
  });

  it('ReduceMean / ReduceSum with axes and keepdims (default 1)', () => {
    const x = arange([2, 3]);
    const [m] = runOp('ReduceMean', { x }, ['y'], { axes: [1] });
    expect(m.shape).toEqual([2, 1]);
    expect(m.toNumbers()).toEqual([1, 4]);
    const [s] = runOp('ReduceSum', { x }, ['y'], { axes: [0], keepdims: 0 });
    expect(s.toNumbers()).toEqual([3, 5, 7]);
    expect(runOp('ReduceSum', { x }, ['y'], { keepdims: 0 })[0].toNumbers()).toEqual([15]);
  });

  it('Sum, Clip, MatMul (trans_b), BatchMatMul', () => {
    expect(
      runOp('Sum', { a: f32([1, 2], [2]), b: f32([3, 4], [2]), c: f32([5, 6], [2]) }, [
        'y',
      ])[0].toNumbers(),
    ).toEqual([9, 12]);
    expect(
      runOp('Clip', { x: f32([-2, 0.5, 3], [3]) }, ['y'], { min: -1, max: 1 })[0].toNumbers(),
    ).toEqual([-1, 0.5, 1]);
    const [mm] = runOp('MatMul', { a: arange([2, 3]), b: arange([2, 3]) }, ['y'], { trans_b: 1 });
    expect(mm.toNumbers()).toEqual([5, 14, 14, 50]);
    const [bmm] = runOp('BatchMatMul', { a: arange([2, 1, 2]), b: arange([2, 2, 1]) }, ['y']);
    expect(bmm.shape).toEqual([2, 1, 1]);
    expect(bmm.toNumbers()).toEqual([1, 2 * 2 + 3 * 3]);
  });

  it('Copy and StopGradient pass values through', () => {
    const x = Tensor.from([1, 2], 'float32');
    expect(runOp('Copy', { x }, ['y'])[0].toNumbers()).toEqual([1, 2]);
    expect(runOp('StopGradient', { x }, ['y'])[0].toNumbers()).toEqual([1, 2]);
  });
});
