// Comparisons, NaN/Inf tests and logical ops: boolean results, no gradient.
import { Tensor } from '../tensor.js';
import { abs, sub } from './arith.js';
import {
  type TensorLike,
  cast,
  isFloatType,
  promoted,
  resultType,
  scalarTensor,
} from './promote.js';
import { apply1 as run1 } from '../dispatch.js';
import { all as allReduce } from './reduce.js';
import { expand } from './view.js';

const compare = (op: string) => (a: TensorLike, b: TensorLike) => run1(op, promoted([a, b]));

/** Elementwise a == b (tensor or scalar b, broadcasting); bool result. */
export const eq = compare('Equal');
export const lt = compare('Less');
export const le = compare('LessOrEqual');
export const gt = compare('Greater');
export const ge = compare('GreaterOrEqual');

export function ne(a: TensorLike, b: TensorLike): Tensor {
  return run1('Not', [eq(a, b)]);
}

const asBool = (x: TensorLike) =>
  x instanceof Tensor ? cast(x, 'bool') : scalarTensor(Boolean(x), 'bool');

function falseLike(x: Tensor): Tensor {
  return expand(scalarTensor(false, 'bool'), x.shape);
}

export function isnan(x: Tensor): Tensor {
  return isFloatType(x.dtype) ? run1('IsNaN', [x]) : falseLike(x);
}

export function isinf(x: Tensor): Tensor {
  return isFloatType(x.dtype) ? run1('IsInf', [x]) : falseLike(x);
}

export function isfinite(x: Tensor): Tensor {
  if (!isFloatType(x.dtype)) return run1('Not', [falseLike(x)]);
  return run1('Not', [run1('Or', [isnan(x), isinf(x)])]);
}

export function logicalNot(x: TensorLike): Tensor {
  return run1('Not', [asBool(x)]);
}

export function logicalAnd(a: TensorLike, b: TensorLike): Tensor {
  return run1('And', [asBool(a), asBool(b)]);
}

export function logicalOr(a: TensorLike, b: TensorLike): Tensor {
  return run1('Or', [asBool(a), asBool(b)]);
}

export function logicalXor(a: TensorLike, b: TensorLike): Tensor {
  return run1('Xor', [asBool(a), asBool(b)]);
}

export interface CloseOptions {
  rtol?: number;
  atol?: number;
}

/** |a - b| <= atol + rtol * |b|, elementwise (defaults rtol 1e-5, atol 1e-8, as PyTorch). */
export function isclose(a: Tensor, b: TensorLike, opts: CloseOptions = {}): Tensor {
  const { rtol = 1e-5, atol = 1e-8 } = opts;
  const d = resultType(a, b);
  const [x, y] = promoted([a, b], true);
  const diff = abs(sub(x, y));
  const tol = run1('Add', [
    scalarTensor(atol, x.dtype),
    run1('Mul', [scalarTensor(rtol, x.dtype), abs(y)]),
  ]);
  const close = run1('LessOrEqual', [diff, tol]);
  return isFloatType(d) ? close : run1('Or', [close, eq(a, b)]);
}

/** Whether every element is close (see isclose). */
export function allclose(a: Tensor, b: TensorLike, opts: CloseOptions = {}): boolean {
  return Boolean(allReduce(isclose(a, b, opts))._value.data()[0]);
}

/** True if both tensors have the same shape and elements. */
export function equal(a: Tensor, b: Tensor): boolean {
  if (a.shape.join() !== b.shape.join()) return false;
  return Boolean(allReduce(eq(a, b))._value.data()[0]);
}
