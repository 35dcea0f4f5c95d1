// Reductions (sum, mean, max/min with indices, var/std, norms, logical all/any) and sorting.
import { type DType, DTypeError } from '@tandem/core';
import type { Tensor } from '../tensor.js';
import { abs, div, pow, sqrt } from './arith.js';
import { cast, int64s, isFloatType, normDim, scalarTensor } from './promote.js';
import { apply as run, apply1 as run1 } from '../dispatch.js';
import { squeeze } from './view.js';

export type Dims = number | readonly number[];

export interface ReduceOptions {
  /** The dim(s) to reduce; all when omitted. */
  dim?: Dims;
  keepdim?: boolean;
  /** Cast the input to this dtype first (sum, prod, mean, cumsum). */
  dtype?: DType;
}

export interface VarOptions extends ReduceOptions {
  /** Subtracted from the element count in the divisor; 1 by default (Bessel's correction). */
  correction?: number;
  /** Older spelling: unbiased=false is correction=0. */
  unbiased?: boolean;
}

/** A (values, indices) pair: destructure as `const { values, indices } = ...` or `[v, i]`. */
export type ValuesIndices = [Tensor, Tensor] & { values: Tensor; indices: Tensor };

function valuesIndices(values: Tensor, indices: Tensor): ValuesIndices {
  return Object.assign([values, indices] as [Tensor, Tensor], { values, indices });
}

/** Method-style arguments `(dim?, keepdim?)` or `(options)` to one options object. */
export function reduceArgs<O extends ReduceOptions>(
  dimOrOpts?: Dims | O | null,
  keepdim?: boolean,
): O {
  if (dimOrOpts === undefined || dimOrOpts === null) return { keepdim } as O;
  if (typeof dimOrOpts === 'number' || Array.isArray(dimOrOpts))
    return { dim: dimOrOpts as Dims, keepdim } as O;
  return { ...(dimOrOpts as O), keepdim: (dimOrOpts as O).keepdim ?? keepdim };
}

function axesOf(x: Tensor, dim: Dims | undefined, op: string): number[] {
  if (dim === undefined) return x.shape.map((_, i) => i);
  const list = typeof dim === 'number' ? [dim] : [...dim];
  const axes = list.map((d) => normDim(d, x.ndim, op));
  if (new Set(axes).size !== axes.length)
    throw new RangeError(`${op}: dim ${list} appears multiple times in the list of dims`);
  return x.ndim === 0 ? [] : axes;
}

function reduce(op: string, x: Tensor, o: ReduceOptions, name: string): Tensor {
  const axes = axesOf(x, o.dim, name);
  if (axes.length === 0 && x.ndim > 0) return x;
  return run1(op, [x, axes.length ? int64s(axes) : undefined], { keepdims: o.keepdim ? 1 : 0 });
}

/** Integer and bool inputs accumulate in int64, as PyTorch. */
function accumType(x: Tensor, dtype?: DType): Tensor {
  if (dtype) return cast(x, dtype);
  return isFloatType(x.dtype) ? x : cast(x, 'int64');
}

/** Sum over `dim` (all dims by default). @example x.sum(1, true); torch.sum(x, {dim: [0, 1]}) */
export function sum(x: Tensor, dim?: Dims | ReduceOptions | null, keepdim = false): Tensor {
  const o = reduceArgs(dim, keepdim);
  return reduce('ReduceSum', accumType(x, o.dtype), o, 'sum');
}

export function prod(x: Tensor, dim?: Dims | ReduceOptions | null, keepdim = false): Tensor {
  const o = reduceArgs(dim, keepdim);
  return reduce('ReduceProd', accumType(x, o.dtype), o, 'prod');
}

function requireFloat(x: Tensor, op: string): void {
  if (!isFloatType(x.dtype)) {
    throw new DTypeError(
      `${op}(): could not infer output dtype. Input dtype must be a floating point dtype. Got: ${x.dtype}`,
    );
  }
}

export function mean(x: Tensor, dim?: Dims | ReduceOptions | null, keepdim = false): Tensor {
  const o = reduceArgs(dim, keepdim);
  const t = o.dtype ? cast(x, o.dtype) : x;
  requireFloat(t, 'mean');
  return reduce('ReduceMean', t, o, 'mean');
}

/** Maximum over dims (no indices). */
export function amax(x: Tensor, dim?: Dims | ReduceOptions | null, keepdim = false): Tensor {
  return reduce('ReduceMax', x, reduceArgs(dim, keepdim), 'amax');
}

export function amin(x: Tensor, dim?: Dims | ReduceOptions | null, keepdim = false): Tensor {
  return reduce('ReduceMin', x, reduceArgs(dim, keepdim), 'amin');
}

function extremum(largest: boolean, x: Tensor, dim: number, keepdim: boolean): ValuesIndices {
  const op = largest ? 'max' : 'min';
  if (x.ndim === 0) return valuesIndices(x, scalarTensor(0, 'int64'));
  const d = normDim(dim, x.ndim, op);
  const idx = run1(largest ? 'ArgMax' : 'ArgMin', [x], { axis: d, keepdims: 1 });
  // Values through GatherElements: the gradient goes to the chosen index only, as PyTorch.
  const values = run1('GatherElements', [x, idx], { axis: d });
  return keepdim ? valuesIndices(values, idx) : valuesIndices(squeeze(values, d), squeeze(idx, d));
}

/** The maximum of all elements, or `{values, indices}` along `dim`. @example const {values} = x.max(1) */
export function max(x: Tensor): Tensor;
export function max(x: Tensor, dim: number, keepdim?: boolean): ValuesIndices;
export function max(x: Tensor, dim?: number, keepdim = false): Tensor | ValuesIndices {
  return dim === undefined ? reduce('ReduceMax', x, {}, 'max') : extremum(true, x, dim, keepdim);
}

export function min(x: Tensor): Tensor;
export function min(x: Tensor, dim: number, keepdim?: boolean): ValuesIndices;
export function min(x: Tensor, dim?: number, keepdim = false): Tensor | ValuesIndices {
  return dim === undefined ? reduce('ReduceMin', x, {}, 'min') : extremum(false, x, dim, keepdim);
}

function argExtremum(
  op: 'ArgMax' | 'ArgMin',
  x: Tensor,
  dim: number | undefined,
  keepdim: boolean,
): Tensor {
  if (dim === undefined) {
    const flat = run1('Reshape', [x, int64s([-1])]);
    return run1(op, [flat], { axis: 0, keepdims: 0 });
  }
  return run1(op, [x], { axis: normDim(dim, x.ndim, op.toLowerCase()), keepdims: keepdim ? 1 : 0 });
}

/** Index of the maximum (of the flattened tensor when `dim` is omitted). */
export function argmax(x: Tensor, dim?: number, keepdim = false): Tensor {
  return argExtremum('ArgMax', x, dim, keepdim);
}

export function argmin(x: Tensor, dim?: number, keepdim = false): Tensor {
  return argExtremum('ArgMin', x, dim, keepdim);
}

function varArgs(
  dim?: Dims | VarOptions | null,
  opts: VarOptions = {},
): VarOptions & { corr: number } {
  const isOpts = typeof dim === 'object' && dim !== null && !Array.isArray(dim);
  const o: VarOptions = isOpts
    ? { ...(dim as VarOptions), ...opts }
    : { ...opts, dim: (dim as Dims) ?? opts.dim };
  const corr = o.correction ?? (o.unbiased === false ? 0 : 1);
  return { ...o, corr };
}

/**
 * Variance over dims with `correction` (default 1, unbiased). @example x.var(1, {keepdim: true})
 */
export function variance(x: Tensor, dim?: Dims | VarOptions | null, opts: VarOptions = {}): Tensor {
  const o = varArgs(dim, opts);
  requireFloat(x, 'var');
  const axes = axesOf(x, o.dim, 'var');
  const n = axes.reduce((a, d) => a * x.shape[d], 1);
  const ax = axes.length ? int64s(axes) : undefined;
  const mu = run1('ReduceMean', [x, ax], { keepdims: 1 });
  const dev = run1('Sub', [x, mu]);
  const ss = run1('ReduceSum', [run1('Mul', [dev, dev]), ax], { keepdims: o.keepdim ? 1 : 0 });
  return div(ss, Math.max(n - o.corr, 0));
}

export function std(x: Tensor, dim?: Dims | VarOptions | null, opts: VarOptions = {}): Tensor {
  return sqrt(variance(x, dim, opts));
}

/** log(sum(exp(x))) over dims, computed stably. */
export function logsumexp(x: Tensor, dim: Dims, keepdim = false): Tensor {
  requireFloat(x, 'logsumexp');
  return reduce('ReduceLogSumExp', x, { dim, keepdim }, 'logsumexp');
}

/** p-norm over dims (p = 2 by default; 'fro', 1, Infinity, -Infinity, 0, any real p). */
export function norm(x: Tensor, p: number | 'fro' = 2, dim?: Dims | null, keepdim = false): Tensor {
  requireFloat(x, 'norm');
  const o = { dim: dim ?? undefined, keepdim };
  if (p === 'fro' || p === 2) return reduce('ReduceL2', x, o, 'norm');
  if (p === 1) return reduce('ReduceL1', x, o, 'norm');
  if (p === Infinity) return reduce('ReduceMax', abs(x), o, 'norm');
  if (p === -Infinity) return reduce('ReduceMin', abs(x), o, 'norm');
  if (p === 0)
    return reduce(
      'ReduceSum',
      cast(run1('Not', [run1('Equal', [x, scalarTensor(0, x.dtype)])]), x.dtype),
      o,
      'norm',
    );
  return pow(reduce('ReduceSum', pow(abs(x), p), o, 'norm'), 1 / p);
}

function countTrue(x: Tensor, negate: boolean, o: ReduceOptions, name: string): Tensor {
  let b = cast(x, 'bool');
  if (negate) b = run1('Not', [b]);
  return reduce('ReduceSum', cast(b, 'int64'), o, name);
}

/** True where every element (along dims) is non-zero. */
export function all(x: Tensor, dim?: Dims | ReduceOptions | null, keepdim = false): Tensor {
  const n = countTrue(x, true, reduceArgs(dim, keepdim), 'all');
  return run1('Equal', [n, scalarTensor(0, 'int64')]);
}

export function any(x: Tensor, dim?: Dims | ReduceOptions | null, keepdim = false): Tensor {
  const n = countTrue(x, false, reduceArgs(dim, keepdim), 'any');
  return run1('Greater', [n, scalarTensor(0, 'int64')]);
}

/** Running sum along `dim`. */
export function cumsum(x: Tensor, dim: number, opts: { dtype?: DType } = {}): Tensor {
  const t = accumType(x, opts.dtype);
  return run1('CumSum', [t, scalarTensor(normDim(dim, t.ndim, 'cumsum'), 'int64')]);
}

/** The k largest (or smallest) elements along `dim` with their indices. */
export function topk(x: Tensor, k: number, dim = -1, largest = true, sorted = true): ValuesIndices {
  const d = normDim(dim, x.ndim, 'topk');
  if (!Number.isInteger(k) || k < 0 || k > (x.shape[d] ?? 1)) {
    throw new RangeError(`topk: k (${k}) out of range for dimension ${dim} of size ${x.shape[d]}`);
  }
  const [v, i] = run('TopK', [x, int64s([k])], {
    axis: d,
    largest: largest ? 1 : 0,
    sorted: sorted ? 1 : 0,
  });
  return valuesIndices(v, i);
}

/** Sorts along `dim` (ascending unless `descending`). */
export function sort(x: Tensor, dim = -1, descending = false): ValuesIndices {
  const d = normDim(dim, x.ndim, 'sort');
  return topk(x, x.shape[d] ?? 1, d, descending, true);
}

export function argsort(x: Tensor, dim = -1, descending = false): Tensor {
  return sort(x, dim, descending).indices;
}
