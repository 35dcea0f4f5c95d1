// Elementwise arithmetic and matrix products as mappings onto core ops.
import { ShapeError, shapeStr } from '@tandem/core';
import { Tensor } from '../tensor.js';
import {
  type TensorLike,
  asTensor,
  cast,
  isFloatType,
  promoted,
  resultType,
  scalarTensor,
} from './promote.js';
import { apply1 as run1 } from '../dispatch.js';

export interface AlphaOptions {
  /** Multiplier of the second operand, as PyTorch's `alpha`: `add(a, b, {alpha: 2})` is a + 2b. */
  alpha?: number;
}

const binary = (op: string, a: TensorLike, b: TensorLike, floatOnly = false) =>
  run1(op, promoted([a, b], floatOnly));

/** A float version of `x` (integer and bool tensors become float32, as PyTorch's unary math). */
export function toFloat(x: TensorLike): Tensor {
  if (!(x instanceof Tensor)) return scalarTensor(x, 'float32');
  return isFloatType(x.dtype) ? x : cast(x, 'float32');
}

const asT = (x: TensorLike): Tensor => (x instanceof Tensor ? x : scalarTensor(x, resultType(x)));

function scaled(b: TensorLike, alpha: number | undefined): TensorLike {
  if (alpha === undefined || alpha === 1) return b;
  return b instanceof Tensor ? mul(b, alpha) : Number(b) * alpha;
}

/** a + alpha * b, broadcasting. @example torch.add(x, 1) */
export function add(a: TensorLike, b: TensorLike, opts: AlphaOptions = {}): Tensor {
  return binary('Add', a, scaled(b, opts.alpha));
}

/** a - alpha * b. */
export function sub(a: TensorLike, b: TensorLike, opts: AlphaOptions = {}): Tensor {
  return binary('Sub', a, scaled(b, opts.alpha));
}

export function mul(a: TensorLike, b: TensorLike): Tensor {
  return binary('Mul', a, b);
}

export interface DivOptions {
  /** undefined: true division (integers give float32); 'trunc' or 'floor' rounding. */
  roundingMode?: 'trunc' | 'floor';
}

/** a / b. Integer operands divide exactly (to float32) unless a rounding mode is given. */
export function div(a: TensorLike, b: TensorLike, opts: DivOptions = {}): Tensor {
  const mode = opts.roundingMode;
  if (mode === undefined) return binary('Div', a, b, true);
  const [x, y] = promoted([a, b]);
  if (isFloatType(x.dtype)) {
    const q = run1('Div', [x, y]);
    return mode === 'floor' ? run1('Floor', [q]) : trunc(q);
  }
  if (mode === 'trunc') return run1('Div', [x, y]);
  // Floor division of integers: (a - remainder(a, b)) / b is exact.
  return run1('Div', [run1('Sub', [x, run1('Mod', [x, y], { fmod: 0 })]), y]);
}

/** Python-style remainder: the result has the sign of the divisor. */
export function remainder(a: TensorLike, b: TensorLike): Tensor {
  const [x, y] = promoted([a, b]);
  if (!isFloatType(x.dtype)) return run1('Mod', [x, y], { fmod: 0 });
  return run1('Sub', [x, run1('Mul', [run1('Floor', [run1('Div', [x, y])]), y])]);
}

/** C-style remainder: the result has the sign of the dividend. */
export function fmod(a: TensorLike, b: TensorLike): Tensor {
  return run1('Mod', promoted([a, b]), { fmod: 1 });
}

/** a ** b (tensor or scalar on either side). */
export function pow(a: TensorLike, b: TensorLike): Tensor {
  return binary('Pow', a, b);
}

/** Elementwise maximum of two tensors (broadcasting). */
export function maximum(a: TensorLike, b: TensorLike): Tensor {
  return binary('Max', a, b);
}

export function minimum(a: TensorLike, b: TensorLike): Tensor {
  return binary('Min', a, b);
}

const keepType = (op: string) => (x: TensorLike) => run1(op, [asT(x)]);
const floatOp = (op: string) => (x: TensorLike) => run1(op, [toFloat(x)]);
/** Rounding is the identity on integers (as PyTorch). */
const roundOp = (op: string) => (x: TensorLike) => {
  const t = asT(x);
  return isFloatType(t.dtype) ? run1(op, [t]) : t;
};

export const neg = keepType('Neg');
export const abs = keepType('Abs');
export const sign = keepType('Sign');
export const relu = keepType('Relu');
export const floor = roundOp('Floor');
export const ceil = roundOp('Ceil');
/** Rounds half to even, as PyTorch. */
export const round = roundOp('Round');
export const exp = floatOp('Exp');
export const log = floatOp('Log');
export const sqrt = floatOp('Sqrt');
export const sin = floatOp('Sin');
export const cos = floatOp('Cos');
export const tan = floatOp('Tan');
export const asin = floatOp('Asin');
export const acos = floatOp('Acos');
export const atan = floatOp('Atan');
export const sinh = floatOp('Sinh');
export const cosh = floatOp('Cosh');
export const tanh = floatOp('Tanh');
export const sigmoid = floatOp('Sigmoid');
export const reciprocal = floatOp('Reciprocal');
export const erf = floatOp('Erf');

export function rsqrt(x: TensorLike): Tensor {
  return run1('Reciprocal', [sqrt(x)]);
}

export function square(x: TensorLike): Tensor {
  const t = asT(x);
  return run1('Mul', [t, t]);
}

export function log2(x: TensorLike): Tensor {
  return div(log(x), Math.LN2);
}

export function log10(x: TensorLike): Tensor {
  return div(log(x), Math.LN10);
}

export function log1p(x: TensorLike): Tensor {
  return log(add(toFloat(x), 1));
}

export function expm1(x: TensorLike): Tensor {
  return sub(exp(x), 1);
}

/** Rounds toward zero: x - fmod(x, 1) (gradient 0, as PyTorch). */
export function trunc(x: TensorLike): Tensor {
  const t = asT(x);
  if (!isFloatType(t.dtype)) return t;
  return run1('Sub', [t, run1('Mod', [t, scalarTensor(1, t.dtype)], { fmod: 1 })]);
}

/** Clamps into [min, max]; either bound may be omitted (null/undefined) or be a tensor. */
export function clamp(x: TensorLike, min?: TensorLike | null, max?: TensorLike | null): Tensor {
  if ((min === undefined || min === null) && (max === undefined || max === null)) {
    throw new TypeError("clamp: at least one of 'min' or 'max' must not be None");
  }
  const bounds = [min, max].filter((v): v is TensorLike => v !== undefined && v !== null);
  const d = resultType(x, ...bounds);
  const t = asTensor(x, d);
  if (bounds.some((b) => b instanceof Tensor)) {
    let y = t;
    if (min !== undefined && min !== null) y = run1('Max', [y, asTensor(min, d)]);
    if (max !== undefined && max !== null) y = run1('Min', [y, asTensor(max, d)]);
    return y;
  }
  const lo = min === undefined || min === null ? undefined : scalarTensor(min as number, d);
  const hi = max === undefined || max === null ? undefined : scalarTensor(max as number, d);
  return run1('Clip', [t, lo, hi]);
}

/** Matrix product with NumPy/PyTorch semantics (1-D operands, batch broadcasting). */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) {
    throw new ShapeError(
      `matmul: both arguments need at least 1 dimension (got ${shapeStr(a.shape)} and ${shapeStr(b.shape)})`,
    );
  }
  return run1('MatMul', promoted([a, b]));
}

/** 2-D matrix product. */
export function mm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 2 || b.ndim !== 2 || a.shape[1] !== b.shape[0]) {
    throw new ShapeError(
      `mm: cannot multiply ${shapeStr(a.shape)} and ${shapeStr(b.shape)} (expected [n, m] and [m, p])`,
    );
  }
  return matmul(a, b);
}

/** Batched 3-D matrix product. */
export function bmm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 3 || b.ndim !== 3 || a.shape[0] !== b.shape[0] || a.shape[2] !== b.shape[1]) {
    throw new ShapeError(
      `bmm: cannot multiply ${shapeStr(a.shape)} and ${shapeStr(b.shape)} (expected [b, n, m] and [b, m, p])`,
    );
  }
  return matmul(a, b);
}

/** Inner product of two 1-D tensors. */
export function dot(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 1 || b.ndim !== 1 || a.shape[0] !== b.shape[0]) {
    throw new ShapeError(
      `dot: expected two 1-D tensors of equal length (got ${shapeStr(a.shape)} and ${shapeStr(b.shape)})`,
    );
  }
  return matmul(a, b);
}
