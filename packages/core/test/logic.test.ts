import { describe, expect, it } from 'vitest';
import { type DType, Tensor, type TensorData, execute, getOp, hasOp } from '../src/index.js';
import { makeInferContext } from '../src/eager.js';
import { AttrReader, resolveAttrs } from '../src/ops/registry.js';
import type { ValueInfo } from '../src/ops/types.js';
import { gradcheck, randomTensor } from '../src/testing/gradcheck.js';

const run = (op: string, inputs: (Tensor | undefined)[], attrs?: Record<string, unknown>) =>
  execute(op, inputs, attrs as never)[0];
const T = (v: TensorData, dtype?: DType, shape?: number[]) => Tensor.from(v, dtype, shape);
const nums = (op: string, inputs: (Tensor | undefined)[], attrs?: Record<string, unknown>) =>
  run(op, inputs, attrs).toNumbers();
const arr = (op: string, inputs: (Tensor | undefined)[], attrs?: Record<string, unknown>) =>
  run(op, inputs, attrs).toArray();
const bools = (v: boolean[], shape = [v.length]) => T(v, 'bool', shape);

function infer(op: string, inputs: ValueInfo[]) {
  const def = getOp(op);
  return def.infer(makeInferContext(def, inputs, new AttrReader(op, resolveAttrs(def, {}))));
}

describe('comparisons', () => {
  const a = T([
    [1, 2, 3],
    [4, 5, NaN],
  ]);
  const b = T([2, 2, 2]);
  it('broadcast and return bool', () => {
    expect(arr('Equal', [a, b])).toEqual([
      [false, true, false],
      [false, false, false],
    ]);
    expect(arr('Less', [a, b])).toEqual([
      [true, false, false],
      [false, false, false],
    ]);
    expect(arr('LessOrEqual', [a, b])).toEqual([
      [true, true, false],
      [false, false, false],
    ]);
    expect(arr('Greater', [a, b])).toEqual([
      [false, false, true],
      [true, true, false],
    ]);
    expect(arr('GreaterOrEqual', [a, b])).toEqual([
      [false, true, true],
      [true, true, false],
    ]);
  });
  it('work on integers, int64 and bool (Equal)', () => {
    expect(arr('Less', [T([-5n, 9n], 'int64'), T([0n], 'int64')])).toEqual([true, false]);
    expect(arr('Greater', [T([200, 3], 'uint8'), T([100, 100], 'uint8')])).toEqual([true, false]);
    expect(arr('Equal', [bools([true, false]), bools([true, true])])).toEqual([true, false]);
  });
  it('infer bool outputs over symbolic dims; refuse mixed dtypes', () => {
    expect(
      infer('Less', [
        { dtype: 'float32', shape: ['N', 1] },
        { dtype: 'float32', shape: [5] },
      ]),
    ).toEqual([{ dtype: 'bool', shape: ['N', 5] }]);
    expect(() => run('Equal', [T([1]), T([1], 'int32')])).toThrow(/Equal.*float32.*int32/);
    expect(() => run('Less', [bools([true]), bools([false])])).toThrow(/Less.*bool/);
  });
});

describe('logic', () => {
  const p = bools([true, true, false, false]);
  const q = bools([true, false, true, false]);
  it('And Or Xor Not', () => {
    expect(arr('And', [p, q])).toEqual([true, false, false, false]);
    expect(arr('Or', [p, q])).toEqual([true, true, true, false]);
    expect(arr('Xor', [p, q])).toEqual([false, true, true, false]);
    expect(arr('Not', [p])).toEqual([false, false, true, true]);
  });
  it('broadcast (ONNX and_bcast4v2d) and refuse non-bool', () => {
    const x = bools(
      Array.from({ length: 24 }, (_, i) => i % 3 === 0),
      [2, 3, 4],
    );
    const y = bools([true, false, true, true], [4]);
    const z = run('And', [x, y]);
    expect(z.shape).toEqual([2, 3, 4]);
    expect((z.toArray() as boolean[][][])[0][0]).toEqual([true, false, false, true]);
    expect(() => run('And', [T([1]), T([1])])).toThrow(/And.*float32/);
  });
});

describe('IsNaN / IsInf', () => {
  const x = T([-1.2, NaN, Infinity, 2.8, -Infinity, Infinity]);
  it('classify (ONNX isinf, isinf_positive, isinf_negative)', () => {
    expect(arr('IsNaN', [x])).toEqual([false, true, false, false, false, false]);
    expect(arr('IsInf', [x])).toEqual([false, false, true, false, true, true]);
    expect(arr('IsInf', [x], { detect_negative: 0 })).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(arr('IsInf', [x], { detect_positive: 0 })).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(arr('IsNaN', [T(Float64Array.from([NaN, 0]), 'float64')])).toEqual([true, false]);
    expect(() => run('IsNaN', [T([1], 'int32')])).toThrow(/IsNaN.*int32/);
  });
});

describe('Where', () => {
  it('selects with three-way broadcasting (ONNX where_example)', () => {
    const c = bools([true, false, true, true], [2, 2]);
    const y = run('Where', [
      c,
      T([
        [1, 2],
        [3, 4],
      ]),
      T([
        [9, 8],
        [7, 6],
      ]),
    ]);
    expect(y.toArray()).toEqual([
      [1, 8],
      [3, 4],
    ]);
    const yb = run('Where', [bools([true, false]), T([[1], [2]]), T(0)]);
    expect(yb.toArray()).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
  it('moves any dtype (int64, bool, float16)', () => {
    expect(arr('Where', [bools([false, true]), T([1n, 2n], 'int64'), T([7n], 'int64')])).toEqual([
      7n,
      2n,
    ]);
    const y = arr('Where', [bools([false, true]), bools([true, true]), bools([false, false])]);
    expect(y).toEqual([false, true]);
  });
  it('infers and refuses bad inputs', () => {
    expect(
      infer('Where', [
        { dtype: 'bool', shape: ['N', 1] },
        { dtype: 'float32', shape: [3] },
        { dtype: 'float32', shape: [1] },
      ]),
    ).toEqual([{ dtype: 'float32', shape: ['N', 3] }]);
    expect(() => run('Where', [T([1]), T([1]), T([2])])).toThrow(/Where.*float32/);
    const mixed = () => run('Where', [bools([true]), T([1]), T([2], 'int32')]);
    expect(mixed).toThrow(/Where: X is float32 but Y is int32/);
  });
  it.runIf(['Shape', 'ReduceSum'].every(hasOp))(
    'gradient reaches X and Y, reduced to their shapes',
    () => {
      const c = bools([true, false, false, true, true, false], [2, 3]);
      const r = gradcheck('Where', [c, randomTensor([2, 3], 1), randomTensor([3], 2)]);
      expect(r.ok, r.message).toBe(true);
    },
  );
});
