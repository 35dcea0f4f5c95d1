import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Tensor, apply1, autograd, noGrad } from '../src/index.js';

const t = (data: number[], requiresGrad = false, shape?: number[]) => {
  const x = new Tensor(CoreTensor.from(data, 'float32', shape ?? [data.length]));
  if (requiresGrad) x.requiresGrad = true;
  return x;
};
const vals = (x: Tensor | null | undefined) => x!._value.toNumbers();

describe('autograd engine', () => {
  it('differentiates a small expression and accumulates into leaves', () => {
    const x = t([1, 2, 3], true);
    const w = t([4, 5, 6], true);
    const y = apply1('ReduceSum', [apply1('Mul', [x, w])], { keepdims: 0 });
    expect(y.gradFn?.name).toBe('ReduceSumBackward');
    autograd.backward(y, undefined, { retainGraph: true });
    expect(vals(x.grad)).toEqual([4, 5, 6]);
    expect(vals(w.grad)).toEqual([1, 2, 3]);
    autograd.backward(y);
    expect(vals(x.grad)).toEqual([8, 10, 12]);
    expect(() => autograd.backward(y)).toThrow(/backward through the graph a second time/);
  });

  it('handles a value used twice (diamond) and broadcasting', () => {
    const x = t([1, 2], true);
    const b = t([3], true);
    const y = apply1('Add', [apply1('Mul', [x, x]), b]);
    const s = apply1('ReduceSum', [y], { keepdims: 0 });
    autograd.backward(s);
    expect(vals(x.grad)).toEqual([2, 4]);
    expect(vals(b.grad)).toEqual([2]);
  });

  it('computes higher-order gradients with createGraph', () => {
    const x = t([3], true);
    const y = apply1('Mul', [apply1('Mul', [x, x]), x]); // x^3
    const [dy] = autograd.grad(y, x, { createGraph: true });
    expect(vals(dy)).toEqual([27]);
    const [d2y] = autograd.grad(dy!, x);
    expect(vals(d2y)).toEqual([18]);
    expect(x.grad).toBeNull();
  });

  it('requires a gradient for non-scalar outputs', () => {
    const x = t([1, 2], true);
    const y = apply1('Mul', [x, x]);
    expect(() => autograd.backward(y)).toThrow(/implicitly created only for scalar outputs/);
    autograd.backward(y, t([1, 1]));
    expect(vals(x.grad)).toEqual([2, 4]);
  });

  it('records nothing under noGrad', () => {
    const x = t([1], true);
    const y = noGrad(() => apply1('Mul', [x, x]));
    expect(y.requiresGrad).toBe(false);
    expect(y.gradFn).toBeNull();
  });

  it('runs tensor hooks, and retains non-leaf grads on request', () => {
    const x = t([1, 2], true);
    x.registerHook((g) => apply1('Mul', [g, t([10, 10])]));
    const y = apply1('Mul', [x, t([2, 2])]).retainGrad();
    const s = apply1('ReduceSum', [y], { keepdims: 0 });
    autograd.backward(s);
    expect(vals(y.grad)).toEqual([1, 1]);
    expect(vals(x.grad)).toEqual([20, 20]);
  });

  it('detects in-place modification of a saved tensor', () => {
    const x = t([1, 2], true);
    const a = apply1('Mul', [x, t([1, 1])]);
    const y = apply1('Mul', [a, a]);
    a._version.n++; // what an in-place op does
    expect(() => autograd.backward(apply1('ReduceSum', [y], { keepdims: 0 }))).toThrow(
      /modified by an inplace operation/,
    );
  });
});

describe('composite ops', () => {
  it('differentiate through their decomposition when they have no formula', async () => {
    const { listOps } = await import('@tandem/core');
    const einsum = listOps().find((o) => o.name === 'Einsum');
    expect(einsum?.grad).toBeUndefined();
    const a = t([1, 2, 3, 4], true, [2, 2]);
    const b = t([5, 6, 7, 8], true, [2, 2]);
    const y = apply1('Einsum', [a, b], { equation: 'ij,jk->ik' });
    expect(vals(y)).toEqual([19, 22, 43, 50]);
    autograd.backward(apply1('ReduceSum', [y], { keepdims: 0 }));
    expect(vals(a.grad)).toEqual([11, 15, 11, 15]);
    expect(vals(b.grad)).toEqual([4, 4, 6, 6]);
  });
});
