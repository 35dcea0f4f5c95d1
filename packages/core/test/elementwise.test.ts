import { describe, expect, it } from 'vitest';
import {
  type DType,
  Tensor,
  type TensorData,
  eagerBuilder,
  execute,
  getOp,
  hasOp,
} from '../src/index.js';
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
const f64 = (data: number[], shape = [data.length]) => T(Float64Array.from(data), 'float64', shape);
const close = (t: Tensor, want: number[], digits = 5) =>
  t.toNumbers().forEach((v, i) => {
    if (Number.isNaN(want[i])) expect(v).toBeNaN();
    else expect(v).toBeCloseTo(want[i], digits);
  });

function infer(op: string, inputs: ValueInfo[], attrs?: Record<string, unknown>) {
  const def = getOp(op);
  const reader = new AttrReader(op, resolveAttrs(def, attrs as never));
  return def.infer(makeInferContext(def, inputs, reader));
}

// Gradients reach ops from other families (Shape, ConstantOfShape, SumToShape -> ReduceSum).
const gradReady = ['Shape', 'ConstantOfShape', 'ReduceSum', 'Expand'].every(hasOp);

describe('unary math values', () => {
  const xs = [-2.5, -0.5, 0, 0.3, 1.5, 2.5];
  const cases: Array<[string, (x: number) => number, number[]?]> = [
    ['Exp', Math.exp],
    ['Sqrt', Math.sqrt, [0, 0.3, 4]],
    ['Log', Math.log, [0.1, 1, 5]],
    ['Reciprocal', (x) => 1 / x, [-2, 0.5, 4]],
    ['Floor', Math.floor],
    ['Ceil', Math.ceil],
    ['Sin', Math.sin],
    ['Cos', Math.cos],
    ['Tan', Math.tan],
    ['Asin', Math.asin, [-0.9, 0, 0.5]],
    ['Acos', Math.acos, [-0.9, 0, 0.5]],
    ['Atan', Math.atan],
    ['Sinh', Math.sinh],
    ['Cosh', Math.cosh],
    ['Asinh', Math.asinh],
    ['Acosh', Math.acosh, [1, 2, 10]],
    ['Atanh', Math.atanh, [-0.9, 0, 0.5]],
    ['Tanh', Math.tanh],
    ['Abs', Math.abs],
    ['Neg', (x) => -x],
    ['Sign', Math.sign],
  ];
  for (const [op, fn, input = xs] of cases) {
    it(`${op} in float32 and float64`, () => {
      close(run(op, [T(input)]), input.map(fn));
      close(run(op, [f64(input)]), input.map(fn), 12);
    });
  }

  it('Erf against known values', () => {
    const want = [
      0, 0.5204998778130465, 0.8427007929497149, 0.9953222650189527, -0.9999779095030014,
    ];
    close(run('Erf', [f64([0, 0.5, 1, 2, -3])]), want, 12);
    close(run('Erf', [T([0, 0.5, 1, 2, -3])]), want, 6);
  });

  it('Round rounds halves to even', () => {
    expect(nums('Round', [T([0.5, 1.5, 2.5, -0.5, -1.5, 2.3, -2.7])])).toEqual([
      0, 2, 2, -0, -2, 2, -3,
    ]);
  });

  it('Abs, Neg and Sign on integers, wrapping at the minimum', () => {
    expect(nums('Abs', [T([-3, 0, 7, -128], 'int8')])).toEqual([3, 0, 7, -128]);
    expect(arr('Neg', [T([5n, -9n], 'int64')])).toEqual([-5n, 9n]);
    expect(nums('Sign', [T([-4, 0, 9], 'int32')])).toEqual([-1, 0, 1]);
    expect(nums('Sign', [T([NaN, -0.1])])).toEqual([NaN, -1]);
  });

  it('keeps the shape, including symbolic dims, and refuses integer Exp', () => {
    const info = { dtype: 'float32' as const, shape: ['N', 3] };
    expect(infer('Exp', [info])).toEqual([info]);
    expect(() => run('Exp', [T([1, 2], 'int32')])).toThrow(/Exp.*int32/);
    expect(() => run('Neg', [T([1], 'uint8')])).toThrow(/Neg.*uint8/);
  });

  it('works on float16 storage', () => {
    const h = run('Cast', [T([0.5, -1, 2])], { to: 10 });
    const y = run('Exp', [h]);
    expect(y.dtype).toBe('float16');
    expect(nums('Cast', [y], { to: 1 }).map((v) => Number(v.toFixed(2)))).toEqual([
      1.65, 0.37, 7.39,
    ]);
  });
});

describe('binary arithmetic', () => {
  it('Pow across dtype pairs (ONNX pow_types)', () => {
    const x = T([1, 2, 3]);
    expect(nums('Pow', [x, T([4, 5, 6], 'int32')])).toEqual([1, 32, 729]);
    expect(nums('Pow', [x, T([4n, 5n, 6n], 'int64')])).toEqual([1, 32, 729]);
    expect(nums('Pow', [T([1, 2, 3], 'int32'), T([4, 5, 6])])).toEqual([1, 32, 729]);
    expect(arr('Pow', [T([1n, 2n, 3n], 'int64'), T([4n, 5n, 6n], 'int64')])).toEqual([
      1n,
      32n,
      729n,
    ]);
    expect(nums('Pow', [T([2, -2, 1, -1], 'int32'), T([-1, -3, -5, -5], 'int32')])).toEqual([
      0, 0, 1, -1,
    ]);
    expect(nums('Pow', [x, T(2)])).toEqual([1, 4, 9]);
    expect(run('Pow', [x, T([2])]).dtype).toBe('float32');
  });

  it('Pow by a broadcast 2 or -1 (the x * x and 1 / x fast path) equals the general path', () => {
    const x = [-3, -0, 0.5, 7, Infinity, -Infinity, NaN, 1e30];
    for (const dt of ['float32', 'float64'] as const) {
      for (const e of [2, -1]) {
        const fast = nums('Pow', [T(x, dt), T(e, dt)]);
        const general = nums('Pow', [
          T(x, dt),
          T(
            x.map(() => e),
            dt,
          ),
        ]);
        expect(fast, `${dt} ^ ${e}`).toEqual(general);
      }
    }
  });

  it('Mod: Python sign for fmod=0, C sign for fmod=1 (ONNX mod_mixed_sign)', () => {
    const a = [-4, 7, 5, 4, -7, 8];
    const b = [2, -3, 8, -2, 3, 5];
    expect(nums('Mod', [T(a, 'int32'), T(b, 'int32')])).toEqual([0, -2, 5, 0, 2, 3]);
    expect(nums('Mod', [T(a, 'int64'), T(b, 'int64')], { fmod: 1 })).toEqual([0, 1, 5, 0, -1, 3]);
    expect(
      nums('Mod', [T([-4.3, 7.2, 5, 4.3, -7.2, 8]), T([2.1, -3.4, 8, -2.1, 3.4, 5])], {
        fmod: 1,
      }).map((v) => Number(v.toFixed(4))),
    ).toEqual([-0.1, 0.4, 5, 0.1, -0.4, 3]);
    expect(() => run('Mod', [T([1.5]), T([1])])).toThrow(/fmod must be 1/);
    expect(() => run('Mod', [T([1], 'int32'), T([0], 'int32')])).toThrow(/division by zero/);
  });

  it('integer Div by zero throws and MIN / -1 wraps', () => {
    // Large enough to run on several threads: the worker's error must reach the caller.
    const big = Tensor.from(new Int32Array(200_000).fill(7));
    const zeros = Tensor.from(
      new Int32Array(200_000).fill(1).map((v, i) => (i === 150_000 ? 0 : v)),
    );
    expect(() => run('Div', [big, zeros])).toThrow(/Div: integer division by zero/);
    expect(() => run('Div', [T([1], 'int32'), T([0], 'int32')])).toThrow(/division by zero/);
    expect(nums('Div', [T([-2147483648], 'int32'), T([-1], 'int32')])).toEqual([-2147483648]);
  });

  it('Max Min Sum Mean are variadic and broadcast', () => {
    const a = T([
      [1, 5],
      [3, 2],
    ]);
    const b = T([4, 1]);
    const c = T(2);
    expect(arr('Max', [a, b, c])).toEqual([
      [4, 5],
      [4, 2],
    ]);
    expect(arr('Min', [a, b, c])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(arr('Sum', [a, b, c])).toEqual([
      [7, 8],
      [9, 5],
    ]);
    expect(arr('Mean', [a, b, c])).toEqual(
      [
        [7 / 3, 8 / 3],
        [3, 5 / 3],
      ].map((r) => r.map(Math.fround)),
    );
    expect(arr('Max', [a])).toEqual([
      [1, 5],
      [3, 2],
    ]);
    expect(nums('Max', [T([NaN, 1]), T([0, NaN])])).toEqual([NaN, NaN]);
    expect(arr('Min', [T([3, -7], 'int64'), T([1n], 'int64')])).toEqual([1n, -7n]);
    expect(() => run('Sum', [])).toThrow(/Sum: needs at least one input/);
    expect(() => run('Max', [a, T([1, 2, 3])])).toThrow(/Max.*\[2, 2\].*\[3\]/);
    const infos = [
      { dtype: 'float32' as const, shape: ['N', 1] },
      { dtype: 'float32' as const, shape: [4] },
    ];
    expect(infer('Sum', infos)[0].shape).toEqual(['N', 4]);
  });

  it('Max/Min on float16 (ONNX max_float16)', () => {
    const h = (v: number[]) => run('Cast', [T(v)], { to: 10 });
    const y = run('Max', [h([1, 2, 3]), h([3, 4, 1]), h([2, 1, 5])]);
    expect(y.dtype).toBe('float16');
    expect(nums('Cast', [y], { to: 1 })).toEqual([3, 4, 5]);
  });
});

describe('Cast', () => {
  it('float to int truncates toward zero and saturates; NaN becomes 0', () => {
    const y = nums('Cast', [T([1.9, -1.9, 1e10, -1e10, NaN])], { to: 6 });
    expect(y).toEqual([1, -1, 2147483647, -2147483648, 0]);
  });
  it('int to int keeps the low bits; anything to bool is non-zero', () => {
    expect(nums('Cast', [T([200, -1], 'int16')], { to: 3 })).toEqual([-56, -1]);
    expect(arr('Cast', [T([0, 0.5, NaN, -2])], { to: 9 })).toEqual([false, true, true, true]);
    expect(nums('Cast', [T([true, false])], { to: 1 })).toEqual([1, 0]);
  });
  it('rounds to float16 and bfloat16 to nearest even, float64 without double rounding', () => {
    const h = run('Cast', [T([0.5488135, 65520, 1e-8, Infinity])], { to: 10 });
    expect(Array.from(h.data() as Uint16Array)).toEqual([0x3864, 0x7c00, 0x0000, 0x7c00]);
    // 1 + 2^-11 + 2^-30 is just above the float16 halfway point; a float32 detour would lose it.
    const d = run('Cast', [f64([1 + 2 ** -11 + 2 ** -30])], { to: 10 });
    expect(Array.from(d.data() as Uint16Array)).toEqual([0x3c01]);
    const bf = run('Cast', [T([1 + 2 ** -8 + 2 ** -20, NaN])], { to: 16 });
    expect(Array.from(bf.data() as Uint16Array)[0]).toBe(0x3f81);
    expect(Number.isNaN(nums('Cast', [bf], { to: 1 })[1])).toBe(true);
  });
  it('CastLike takes the target dtype; refuses strings by name', () => {
    const y = run('CastLike', [T([1.7, -2.2]), T([0n], 'int64')]);
    expect(y.toArray()).toEqual([1n, -2n]);
    expect(() => run('Cast', [T([1])], { to: 8 })).toThrow(/string is not supported/);
    const out = infer('Cast', [{ dtype: 'float32', shape: ['B'] }], { to: 7 });
    expect(out).toEqual([{ dtype: 'int64', shape: ['B'] }]);
  });
});

describe.runIf(gradReady)('gradients (float64 finite differences)', () => {
  const x = randomTensor([2, 3], 3, -0.9, 0.9);
  const pos = randomTensor([2, 3], 4, 1.1, 3);
  const unaryCases: Array<[string, Tensor]> = [
    ['Abs', x],
    ['Neg', x],
    ['Exp', x],
    ['Log', pos],
    ['Sqrt', pos],
    ['Reciprocal', pos],
    ['Sin', x],
    ['Cos', x],
    ['Tan', x],
    ['Asin', x],
    ['Acos', x],
    ['Atan', x],
    ['Sinh', x],
    ['Cosh', x],
    ['Asinh', x],
    ['Acosh', pos],
    ['Atanh', x],
    ['Tanh', x],
    ['Erf', x],
    ['Floor', x],
    ['Ceil', x],
    ['Round', x],
    ['Sign', x],
  ];
  for (const [op, input] of unaryCases) {
    it(op, () => {
      const r = gradcheck(op, [input]);
      expect(r.ok, r.message).toBe(true);
    });
  }

  it('Pow with respect to base and exponent, with broadcasting', () => {
    const r = gradcheck('Pow', [pos, randomTensor([3], 5, -2, 2)]);
    expect(r.ok, r.message).toBe(true);
    const ri = gradcheck('Pow', [pos, T([2, 3, 1], 'int32')]);
    expect(ri.ok, ri.message).toBe(true);
  });

  it('Mod (fmod=1) with respect to both inputs', () => {
    const r = gradcheck('Mod', [randomTensor([2, 3], 13, -5, 5), randomTensor([3], 14, 0.7, 1.9)], {
      attrs: { fmod: 1 },
    });
    expect(r.ok, r.message).toBe(true);
  });

  for (const op of ['Add', 'Sub', 'Mul', 'Div', 'Sum', 'Mean', 'Max', 'Min']) {
    it(`${op} with broadcasting`, () => {
      const r = gradcheck(op, [randomTensor([2, 3], 6), randomTensor([3], 7, 0.5, 1.5)]);
      expect(r.ok, r.message).toBe(true);
    });
  }

  it('Max splits ties evenly and Sum takes three inputs', () => {
    const t = f64([1, 2]);
    const [g] = getOp('Max').grad!({
      b: eagerBuilder,
      inputs: [t, f64([1, 0])],
      outputs: [run('Max', [t, f64([1, 0])])],
      gradOutputs: [f64([1, 1])],
      attrs: new AttrReader('Max', {}),
      needsGrad: () => true,
    });
    expect(g!.toNumbers()).toEqual([0.5, 1]);
    const r = gradcheck('Sum', [
      randomTensor([2, 3], 8),
      randomTensor([1, 3], 9),
      randomTensor([2, 1], 10),
    ]);
    expect(r.ok, r.message).toBe(true);
  });

  it('Cast passes the gradient back in the input dtype', () => {
    const [g] = getOp('Cast').grad!({
      b: eagerBuilder,
      inputs: [f64([1, 2])],
      outputs: [run('Cast', [f64([1, 2])], { to: 1 })],
      gradOutputs: [T([3, 4])],
      attrs: new AttrReader('Cast', { to: 1 }),
      needsGrad: () => true,
    });
    expect(g!.dtype).toBe('float64');
    expect(g!.toNumbers()).toEqual([3, 4]);
  });
});
