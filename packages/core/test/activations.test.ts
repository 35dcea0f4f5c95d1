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
const close = (t: Tensor, want: number[], digits = 5) =>
  t.toNumbers().forEach((v, i) => expect(v).toBeCloseTo(want[i], digits));

function infer(op: string, inputs: ValueInfo[], attrs?: Record<string, unknown>) {
  const def = getOp(op);
  return def.infer(
    makeInferContext(def, inputs, new AttrReader(op, resolveAttrs(def, attrs as never))),
  );
}

const xs = [-3.5, -1, -0.25, 0, 0.3, 1, 2.5, 4];
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const SELU_A = 1.67326319217681884765625;
const SELU_G = 1.05070102214813232421875;

describe('activation values (ONNX formulas)', () => {
  const cases: Array<[string, (x: number) => number, Record<string, unknown>?]> = [
    ['Relu', (x) => Math.max(0, x)],
    ['LeakyRelu', (x) => (x < 0 ? 0.01 * x : x)],
    ['LeakyRelu', (x) => (x < 0 ? 0.1 * x : x), { alpha: 0.1 }],
    ['Elu', (x) => (x < 0 ? 2 * (Math.exp(x) - 1) : x), { alpha: 2 }],
    ['Selu', (x) => (x > 0 ? SELU_G * x : SELU_G * SELU_A * (Math.exp(x) - 1))],
    ['Celu', (x) => Math.max(0, x) + Math.min(0, 0.5 * (Math.exp(x / 0.5) - 1)), { alpha: 0.5 }],
    ['Sigmoid', sig],
    ['HardSigmoid', (x) => Math.max(0, Math.min(1, 0.2 * x + 0.5))],
    ['HardSigmoid', (x) => Math.max(0, Math.min(1, 0.5 * x + 0.6)), { alpha: 0.5, beta: 0.6 }],
    ['HardSwish', (x) => x * Math.max(0, Math.min(1, x / 6 + 0.5))],
    ['Softplus', (x) => Math.log(1 + Math.exp(x))],
    ['Softsign', (x) => x / (1 + Math.abs(x))],
    ['ThresholdedRelu', (x) => (x > 1 ? x : 0)],
    ['ThresholdedRelu', (x) => (x > 2 ? x : 0), { alpha: 2 }],
    ['Shrink', (x) => (x < -0.5 ? x : x > 0.5 ? x : 0)],
    ['Shrink', (x) => (x < -1.5 ? x + 1.5 : x > 1.5 ? x - 1.5 : 0), { lambd: 1.5, bias: 1.5 }],
  ];
  for (const [op, fn, attrs] of cases) {
    it(`${op} ${attrs ? JSON.stringify(attrs) : ''}`, () => {
      close(run(op, [T(xs)], attrs), xs.map(fn));
      const d = T(Float64Array.from(xs), 'float64');
      close(run(op, [d], attrs), xs.map(fn), 12);
    });
  }

  it('Softplus and Sigmoid stay finite and exact at the extremes', () => {
    expect(nums('Softplus', [T([100, -100])])).toEqual([100, Math.fround(Math.exp(-100))]);
    expect(nums('Sigmoid', [T([-100, 100])])).toEqual([Math.fround(Math.exp(-100)), 1]);
  });

  it('Relu and Shrink accept integers', () => {
    expect(nums('Relu', [T([-3, 4], 'int32')])).toEqual([0, 4]);
    expect(nums('Shrink', [T([-3, 0, 4], 'int8')], { lambd: 1, bias: 1 })).toEqual([-2, 0, 3]);
  });

  it('PRelu broadcasts the slope to X (ONNX prelu_broadcast) and refuses the reverse', () => {
    const x = T([
      [-1, 2, -3],
      [4, -5, 6],
    ]);
    expect(arr('PRelu', [x, T([0.5, 1, 2])])).toEqual([
      [-0.5, 2, -6],
      [4, -5, 6],
    ]);
    expect(() =>
      run('PRelu', [
        T([-1, 2, 3]),
        T([
          [1, 2, 3],
          [1, 2, 3],
        ]),
      ]),
    ).toThrow(/PRelu/);
    expect(() => run('PRelu', [T([[1], [2]]), T([1, 2, 3])])).toThrow(
      /PRelu: slope \[3\] does not broadcast/,
    );
    const infos = [
      { dtype: 'float32' as const, shape: ['N', 3] },
      { dtype: 'float32' as const, shape: [3] },
    ];
    expect(infer('PRelu', infos)[0].shape).toEqual(['N', 3]);
  });

  it('Clip with optional bounds, integer types, and min > max', () => {
    const x = T([-2, 0, 3, NaN]);
    expect(nums('Clip', [x, T(-1), T(1)])).toEqual([-1, 0, 1, NaN]);
    expect(nums('Clip', [x, undefined, T(1)])).toEqual([-2, 0, 1, NaN]);
    expect(nums('Clip', [x, T(0)])).toEqual([0, 0, 3, NaN]);
    expect(nums('Clip', [x])).toEqual([-2, 0, 3, NaN]);
    expect(nums('Clip', [x, T(2), T(1)])).toEqual([1, 1, 1, NaN]);
    const i8 = T([-128, 5, 127], 'int8');
    expect(nums('Clip', [i8, undefined, T([0], 'int8', [])])).toEqual([-128, 0, 0]);
    expect(() => run('Clip', [x, T([1, 2])])).toThrow(/Clip: min must be a scalar/);
    expect(() => run('Clip', [x, T(1, 'float64')])).toThrow(/Clip: min is float64/);
  });

  it('infers shapes with symbolic dims and refuses bad dtypes', () => {
    expect(infer('Sigmoid', [{ dtype: 'float32', shape: ['B', 'T', 8] }])[0].shape).toEqual([
      'B',
      'T',
      8,
    ]);
    expect(() => run('Sigmoid', [T([1], 'int32')])).toThrow(/Sigmoid.*int32/);
    expect(() => run('Elu', [T([1])], { beta: 1 })).toThrow(/unknown attribute 'beta'/);
  });

  it('ReluGrad / SigmoidGrad / TanhGrad compute the fused backward', () => {
    const g = T([1, 2, 3]);
    const y = T([-0.5, 0.25, 0.5]);
    expect(nums('ReluGrad', [g, y])).toEqual([0, 2, 3]);
    close(run('SigmoidGrad', [g, y]), [-0.75, 2 * 0.25 * 0.75, 0.75]);
    close(run('TanhGrad', [g, y]), [0.75, 2 * (1 - 0.0625), 3 * 0.75]);
  });
});

const gradReady = ['Shape', 'ConstantOfShape', 'ReduceSum', 'Expand'].every(hasOp);

describe.runIf(gradReady)('activation gradients (float64 finite differences)', () => {
  // Kept away from the kinks (0, thresholds) where finite differences are meaningless.
  const x = T(Float64Array.from([-2.7, -1.3, -0.4, 0.35, 1.2, 2.9, 3.6, -3.8]), 'float64', [2, 4]);
  const cases: Array<[string, Record<string, unknown>?]> = [
    ['Relu'],
    ['LeakyRelu', { alpha: 0.2 }],
    ['Elu', { alpha: 1.5 }],
    ['Selu'],
    ['Celu', { alpha: 0.7 }],
    ['Sigmoid'],
    ['HardSigmoid'],
    ['HardSwish'],
    ['Softplus'],
    ['Softsign'],
    ['ThresholdedRelu', { alpha: 1 }],
    ['Shrink', { lambd: 0.3, bias: 0.1 }],
    ['Tanh'],
  ];
  for (const [op, attrs] of cases) {
    it(op, () => {
      const r = gradcheck(op, [x], { attrs: attrs as never });
      expect(r.ok, r.message).toBe(true);
    });
  }

  it('PRelu with respect to X and a broadcast slope', () => {
    const r = gradcheck('PRelu', [x, randomTensor([4], 3, 0.1, 0.9)]);
    expect(r.ok, r.message).toBe(true);
  });

  it('Clip with respect to the input and both bounds', () => {
    const lo = T(Float64Array.from([-1]), 'float64', []);
    const hi = T(Float64Array.from([2]), 'float64', []);
    const r = gradcheck('Clip', [x, lo, hi]);
    expect(r.ok, r.message).toBe(true);
    const r2 = gradcheck('Clip', [x, undefined, hi]);
    expect(r2.ok, r2.message).toBe(true);
  });

  it('the fused helpers have gradients too (double backward)', () => {
    const g = randomTensor([2, 4], 11);
    const y = randomTensor([2, 4], 12, 0.1, 0.9);
    for (const op of ['SigmoidGrad', 'TanhGrad']) {
      const r = gradcheck(op, [g, y]);
      expect(r.ok, `${op}: ${r.message}`).toBe(true);
    }
    const r = gradcheck('ReluGrad', [g, y], { wrt: [0] });
    expect(r.ok, r.message).toBe(true);
  });
});
