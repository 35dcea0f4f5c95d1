// Small typed wrappers over apply() that the functionals share. Each is one core op (or a
// constant); nothing here computes values in TypeScript.
import { type Attrs, type DType, Tensor as CoreTensor, dtypeInfo } from '@tandem/core';
import { apply, apply1 } from '../../dispatch.js';
import { Tensor } from '../../tensor.js';

export const op = apply1;
export const opN = apply;

/** A constant tensor (never requires grad). */
export function constant(
  values: number | number[],
  dtype: DType = 'float32',
  shape?: number[],
): Tensor {
  const arr = Array.isArray(values) ? values : [values];
  return new Tensor(
    CoreTensor.from(arr, dtype, shape ?? (Array.isArray(values) ? [arr.length] : [])),
  );
}

/** A 0-d constant with `like`'s dtype, for scalar arithmetic. */
export function scalarLike(v: number, like: Tensor): Tensor {
  return new Tensor(CoreTensor.scalar(v, like.dtype));
}

/** An int64 1-d constant (shapes, axes, indices). */
export function int64(values: number[]): Tensor {
  return new Tensor(CoreTensor.from(values, 'int64', [values.length]));
}

export const add = (a: Tensor, b: Tensor): Tensor => op('Add', [a, b]);
export const sub = (a: Tensor, b: Tensor): Tensor => op('Sub', [a, b]);
export const mul = (a: Tensor, b: Tensor): Tensor => op('Mul', [a, b]);
export const div = (a: Tensor, b: Tensor): Tensor => op('Div', [a, b]);
export const matmul = (a: Tensor, b: Tensor): Tensor => op('MatMul', [a, b]);
export const unary = (name: string, x: Tensor, attrs?: Attrs): Tensor => op(name, [x], attrs);

export const addScalar = (x: Tensor, v: number): Tensor => add(x, scalarLike(v, x));
export const mulScalar = (x: Tensor, v: number): Tensor => (v === 1 ? x : mul(x, scalarLike(v, x)));

export function reshape(x: Tensor, shape: number[]): Tensor {
  return op('Reshape', [x, int64(shape)]);
}

export function transpose(x: Tensor, perm: number[]): Tensor {
  return op('Transpose', [x], { perm });
}

/** Swaps two dims (torch.transpose). */
export function swapDims(x: Tensor, a: number, b: number): Tensor {
  const perm = x.shape.map((_, i) => i);
  const n = x.ndim;
  const [i, j] = [(a + n) % n, (b + n) % n];
  [perm[i], perm[j]] = [perm[j], perm[i]];
  return transpose(x, perm);
}

export function unsqueeze(x: Tensor, axes: number[]): Tensor {
  return op('Unsqueeze', [x, int64(axes)]);
}

export function squeeze(x: Tensor, axes: number[]): Tensor {
  return op('Squeeze', [x, int64(axes)]);
}

/** ReduceSum/ReduceMean/... over `axes` (all dims when undefined). */
export function reduce(name: string, x: Tensor, axes?: number[], keepdim = false): Tensor {
  return op(name, axes ? [x, int64(axes)] : [x], { keepdims: keepdim ? 1 : 0 });
}

export const sum = (x: Tensor, axes?: number[], keepdim = false): Tensor =>
  reduce('ReduceSum', x, axes, keepdim);
export const mean = (x: Tensor, axes?: number[], keepdim = false): Tensor =>
  reduce('ReduceMean', x, axes, keepdim);

/** x[..., start:end, ...] along one axis. */
export function narrow(x: Tensor, axis: number, start: number, length: number): Tensor {
  return op('Slice', [x, int64([start]), int64([start + length]), int64([axis])]);
}

export function concat(xs: Tensor[], axis: number): Tensor {
  return xs.length === 1 ? xs[0] : op('Concat', xs, { axis });
}

/** Splits `x` into `n` equal chunks along `axis`. */
export function chunk(x: Tensor, n: number, axis: number): Tensor[] {
  return opN('Split', [x], { axis, num_outputs: n });
}

export function cast(x: Tensor, to: DType): Tensor {
  return x.dtype === to ? x : op('Cast', [x], { to: dtypeInfo(to).code });
}

/** Broadcasts to `shape` (torch.expand). */
export function expand(x: Tensor, shape: number[]): Tensor {
  return op('Expand', [x, int64(shape)]);
}

/** Ones / zeros constants of a shape and dtype (no grad). */
export function full(shape: number[], v: number, dtype: DType = 'float32'): Tensor {
  const t = new CoreTensor(dtype, shape);
  t.data().fill((dtype === 'int64' ? BigInt(v) : v) as never);
  return new Tensor(t);
}

/** Normalizes an int-or-tuple argument to `n` ints. */
export function tuple(v: number | readonly number[], n: number, what: string): number[] {
  if (typeof v === 'number') return new Array<number>(n).fill(v);
  if (v.length === 1) return new Array<number>(n).fill(v[0]);
  if (v.length !== n)
    throw new RangeError(`${what} must be an int or a tuple of ${n} ints, got [${v}]`);
  return [...v];
}

/** Throws naming the function and the shape when a tensor has an unexpected rank. */
export function checkRank(fn: string, x: Tensor, ranks: number[], what = 'input'): void {
  if (!ranks.includes(x.ndim)) {
    throw new RangeError(
      `${fn}: expected ${ranks.join('-d or ')}-d ${what}, got ${what} of shape [${x.shape}]`,
    );
  }
}
