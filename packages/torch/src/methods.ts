// Tensor methods: PyTorch's method surface, attached to the Tensor class of tensor.ts (declaration
// merging + prototype assignment). Each method is a one-line mapping onto the functions in ops/.
import { ArgumentError, type DType, type TypedArray } from '@tandem/core';
import { backward as runBackward } from './autograd/api.js';
import type { BackwardOptions } from './autograd/engine.js';
import { type TensorOptions, full, zeros } from './creation.js';
import * as I from './inplace.js';
import * as A from './ops/arith.js';
import * as C from './ops/compare.js';
import * as X from './ops/index-ops.js';
import { type TensorLike, cast } from './ops/promote.js';
import * as R from './ops/reduce.js';
import { apply1 as run1 } from './dispatch.js';
import * as V from './ops/view.js';
import type { Generator } from './random.js';
import { Tensor } from './tensor.js';

type Size = number[] | [readonly number[]];
type Dims = R.Dims;
type Unary = () => Tensor;
type Binary = (other: TensorLike) => Tensor;

/** The methods below, documented where they are implemented (ops/*.ts). */
export interface TensorMethods {
  /** The value of a one-element tensor as a JS number (boolean for bool; int64 loses bits > 2^53). */
  item(): number | boolean;
  /** Nested arrays of numbers (booleans for bool tensors). */
  tolist(): unknown;
  /** A copy of the elements, row-major, in the dtype's typed array (BigInt64Array for int64). */
  toTypedArray(): TypedArray;
  /** Backpropagates from this tensor (a scalar unless `gradient` is given). */
  backward(gradient?: Tensor, opts?: BackwardOptions): void;
  to(dtype: DType): Tensor;
  float(): Tensor;
  double(): Tensor;
  half(): Tensor;
  long(): Tensor;
  int(): Tensor;
  bool(): Tensor;
  clone(): Tensor;
  contiguous(): Tensor;
  isContiguous(): boolean;
  newZeros(size: readonly number[], opts?: TensorOptions): Tensor;
  newOnes(size: readonly number[], opts?: TensorOptions): Tensor;
  newFull(size: readonly number[], value: number | bigint | boolean, opts?: TensorOptions): Tensor;

  add(other: TensorLike, opts?: A.AlphaOptions): Tensor;
  sub(other: TensorLike, opts?: A.AlphaOptions): Tensor;
  mul: Binary;
  div(other: TensorLike, opts?: A.DivOptions): Tensor;
  pow: Binary;
  remainder: Binary;
  fmod: Binary;
  maximum: Binary;
  minimum: Binary;
  neg: Unary;
  abs: Unary;
  sign: Unary;
  relu: Unary;
  floor: Unary;
  ceil: Unary;
  round: Unary;
  trunc: Unary;
  exp: Unary;
  expm1: Unary;
  log: Unary;
  log2: Unary;
  log10: Unary;
  log1p: Unary;
  sqrt: Unary;
  rsqrt: Unary;
  square: Unary;
  sin: Unary;
  cos: Unary;
  tan: Unary;
  asin: Unary;
  acos: Unary;
  atan: Unary;
  sinh: Unary;
  cosh: Unary;
  tanh: Unary;
  sigmoid: Unary;
  reciprocal: Unary;
  erf: Unary;
  clamp(min?: TensorLike | null, max?: TensorLike | null): Tensor;
  clip(min?: TensorLike | null, max?: TensorLike | null): Tensor;
  matmul(other: Tensor): Tensor;
  mm(other: Tensor): Tensor;
  bmm(other: Tensor): Tensor;
  dot(other: Tensor): Tensor;
  softmax(dim: number): Tensor;
  logSoftmax(dim: number): Tensor;

  sum(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean): Tensor;
  mean(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean): Tensor;
  prod(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean): Tensor;
  amax(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean): Tensor;
  amin(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean): Tensor;
  max(): Tensor;
  max(dim: number, keepdim?: boolean): R.ValuesIndices;
  max(other: Tensor): Tensor;
  min(): Tensor;
  min(dim: number, keepdim?: boolean): R.ValuesIndices;
  min(other: Tensor): Tensor;
  argmax(dim?: number, keepdim?: boolean): Tensor;
  argmin(dim?: number, keepdim?: boolean): Tensor;
  var(dim?: Dims | R.VarOptions | null, opts?: R.VarOptions): Tensor;
  std(dim?: Dims | R.VarOptions | null, opts?: R.VarOptions): Tensor;
  logsumexp(dim: Dims, keepdim?: boolean): Tensor;
  norm(p?: number | 'fro', dim?: Dims | null, keepdim?: boolean): Tensor;
  all(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean): Tensor;
  any(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean): Tensor;
  cumsum(dim: number, opts?: { dtype?: DType }): Tensor;
  topk(k: number, dim?: number, largest?: boolean, sorted?: boolean): R.ValuesIndices;
  sort(dim?: number, descending?: boolean): R.ValuesIndices;
  argsort(dim?: number, descending?: boolean): Tensor;

  view(...shape: Size): Tensor;
  viewAs(other: Tensor): Tensor;
  reshape(...shape: Size): Tensor;
  reshapeAs(other: Tensor): Tensor;
  flatten(startDim?: number, endDim?: number): Tensor;
  unflatten(dim: number, sizes: readonly number[]): Tensor;
  squeeze(dim?: number | readonly number[]): Tensor;
  unsqueeze(dim: number): Tensor;
  permute(...dims: Size): Tensor;
  transpose(dim0: number, dim1: number): Tensor;
  t(): Tensor;
  expand(...sizes: Size): Tensor;
  expandAs(other: Tensor): Tensor;
  narrow(dim: number, start: number, length: number): Tensor;
  slice(dim: number, start?: number, end?: number, step?: number): Tensor;
  select(dim: number, index: number): Tensor;
  split(splitSize: number | readonly number[], dim?: number): Tensor[];
  chunk(chunks: number, dim?: number): Tensor[];
  unbind(dim?: number): Tensor[];
  repeat(...sizes: Size): Tensor;
  flip(...dims: Size): Tensor;

  gather(dim: number, index: Tensor): Tensor;
  scatter(dim: number, index: Tensor, src: TensorLike, opts?: X.ScatterOptions): Tensor;
  scatterAdd(dim: number, index: Tensor, src: Tensor): Tensor;
  indexSelect(dim: number, index: Tensor): Tensor;
  maskedFill(mask: Tensor, value: TensorLike): Tensor;
  /** PyTorch's x.where(cond, y): x where cond, else y. */
  where(cond: Tensor, other: TensorLike): Tensor;
  tril(k?: number): Tensor;
  triu(k?: number): Tensor;
  nonzero(): Tensor;

  eq: Binary;
  ne: Binary;
  lt: Binary;
  le: Binary;
  gt: Binary;
  ge: Binary;
  isnan: Unary;
  isinf: Unary;
  isfinite: Unary;
  logicalNot: Unary;
  logicalAnd: Binary;
  logicalOr: Binary;
  logicalXor: Binary;
  equal(other: Tensor): boolean;
  allclose(other: Tensor, opts?: C.CloseOptions): boolean;
  isclose(other: TensorLike, opts?: C.CloseOptions): Tensor;

  add_(other: TensorLike, opts?: A.AlphaOptions): Tensor;
  sub_(other: TensorLike, opts?: A.AlphaOptions): Tensor;
  mul_(other: TensorLike): Tensor;
  div_(other: TensorLike, opts?: A.DivOptions): Tensor;
  pow_(other: TensorLike): Tensor;
  clamp_(min?: TensorLike | null, max?: TensorLike | null): Tensor;
  fill_(value: TensorLike): Tensor;
  zero_(): Tensor;
  copy_(src: TensorLike): Tensor;
  maskedFill_(mask: Tensor, value: TensorLike): Tensor;
  scatter_(dim: number, index: Tensor, src: TensorLike, opts?: X.ScatterOptions): Tensor;
  scatterAdd_(dim: number, index: Tensor, src: Tensor): Tensor;
  uniform_(from?: number, to?: number, opts?: { generator?: Generator }): Tensor;
  normal_(mean?: number, std?: number, opts?: { generator?: Generator }): Tensor;
  neg_: Unary;
  abs_: Unary;
  sign_: Unary;
  relu_: Unary;
  floor_: Unary;
  ceil_: Unary;
  round_: Unary;
  trunc_: Unary;
  exp_: Unary;
  log_: Unary;
  sqrt_: Unary;
  rsqrt_: Unary;
  sin_: Unary;
  cos_: Unary;
  tanh_: Unary;
  sigmoid_: Unary;
  reciprocal_: Unary;
  square_: Unary;
}

declare module './tensor.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Tensor extends TensorMethods {}
}

/** `(2, 3)` or `([2, 3])` to `[2, 3]`. */
function sizeArg(args: Size): number[] {
  return args.length === 1 && Array.isArray(args[0])
    ? [...(args[0] as readonly number[])]
    : (args as number[]);
}

function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  return typeof v === 'bigint' ? Number(v) : v;
}

function softmaxOp(op: string, x: Tensor, dim: number): Tensor {
  if (dim === undefined) throw new ArgumentError(`${op}: pass the dim to normalise over`);
  const t = A.toFloat(x);
  return run1(op, [t], { axis: dim });
}

const methods: {
  [K in keyof TensorMethods]: (this: Tensor, ...args: never[]) => unknown;
} & ThisType<Tensor> = {
  item() {
    const n = this.numel();
    if (n !== 1)
      throw new ArgumentError(`a Tensor with ${n} elements cannot be converted to Scalar`);
    const v = this._value.data()[0];
    return this.dtype === 'bool' ? v !== 0 : Number(v);
  },
  tolist() {
    const a = this._value.toArray();
    return plain(a);
  },
  toTypedArray() {
    return this._value.data().slice();
  },
  backward(gradient?: Tensor, opts?: BackwardOptions) {
    runBackward(this, gradient, opts);
  },
  to(dtype: DType) {
    return cast(this, dtype);
  },
  float() {
    return cast(this, 'float32');
  },
  double() {
    return cast(this, 'float64');
  },
  half() {
    return cast(this, 'float16');
  },
  long() {
    return cast(this, 'int64');
  },
  int() {
    return cast(this, 'int32');
  },
  bool() {
    return cast(this, 'bool');
  },
  clone() {
    return V.clone(this);
  },
  contiguous() {
    return V.contiguous(this);
  },
  isContiguous() {
    return this._value.isContiguous();
  },
  newZeros(size: readonly number[], opts?: TensorOptions) {
    return zeros(size, { dtype: this.dtype, ...opts });
  },
  newOnes(size: readonly number[], opts?: TensorOptions) {
    return full(size, 1, { dtype: this.dtype, ...opts });
  },
  newFull(size: readonly number[], value: number | bigint | boolean, opts?: TensorOptions) {
    return full(size, value, { dtype: this.dtype, ...opts });
  },

  add(o: TensorLike, opts?: A.AlphaOptions) {
    return A.add(this, o, opts);
  },
  sub(o: TensorLike, opts?: A.AlphaOptions) {
    return A.sub(this, o, opts);
  },
  mul(o: TensorLike) {
    return A.mul(this, o);
  },
  div(o: TensorLike, opts?: A.DivOptions) {
    return A.div(this, o, opts);
  },
  pow(o: TensorLike) {
    return A.pow(this, o);
  },
  remainder(o: TensorLike) {
    return A.remainder(this, o);
  },
  fmod(o: TensorLike) {
    return A.fmod(this, o);
  },
  maximum(o: TensorLike) {
    return A.maximum(this, o);
  },
  minimum(o: TensorLike) {
    return A.minimum(this, o);
  },
  ...unaryMethods(),
  clamp(min?: TensorLike | null, max?: TensorLike | null) {
    return A.clamp(this, min, max);
  },
  clip(min?: TensorLike | null, max?: TensorLike | null) {
    return A.clamp(this, min, max);
  },
  matmul(o: Tensor) {
    return A.matmul(this, o);
  },
  mm(o: Tensor) {
    return A.mm(this, o);
  },
  bmm(o: Tensor) {
    return A.bmm(this, o);
  },
  dot(o: Tensor) {
    return A.dot(this, o);
  },
  softmax(dim: number) {
    return softmaxOp('Softmax', this, dim);
  },
  logSoftmax(dim: number) {
    return softmaxOp('LogSoftmax', this, dim);
  },

  sum(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean) {
    return R.sum(this, dim, keepdim);
  },
  mean(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean) {
    return R.mean(this, dim, keepdim);
  },
  prod(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean) {
    return R.prod(this, dim, keepdim);
  },
  amax(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean) {
    return R.amax(this, dim, keepdim);
  },
  amin(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean) {
    return R.amin(this, dim, keepdim);
  },
  max(dim?: number | Tensor, keepdim?: boolean) {
    if (dim instanceof Tensor) return A.maximum(this, dim);
    return dim === undefined ? R.max(this) : R.max(this, dim, keepdim);
  },
  min(dim?: number | Tensor, keepdim?: boolean) {
    if (dim instanceof Tensor) return A.minimum(this, dim);
    return dim === undefined ? R.min(this) : R.min(this, dim, keepdim);
  },
  argmax(dim?: number, keepdim?: boolean) {
    return R.argmax(this, dim, keepdim);
  },
  argmin(dim?: number, keepdim?: boolean) {
    return R.argmin(this, dim, keepdim);
  },
  var(dim?: Dims | R.VarOptions | null, opts?: R.VarOptions) {
    return R.variance(this, dim, opts);
  },
  std(dim?: Dims | R.VarOptions | null, opts?: R.VarOptions) {
    return R.std(this, dim, opts);
  },
  logsumexp(dim: Dims, keepdim?: boolean) {
    return R.logsumexp(this, dim, keepdim);
  },
  norm(p?: number | 'fro', dim?: Dims | null, keepdim?: boolean) {
    return R.norm(this, p, dim, keepdim);
  },
  all(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean) {
    return R.all(this, dim, keepdim);
  },
  any(dim?: Dims | R.ReduceOptions | null, keepdim?: boolean) {
    return R.any(this, dim, keepdim);
  },
  cumsum(dim: number, opts?: { dtype?: DType }) {
    return R.cumsum(this, dim, opts);
  },
  topk(k: number, dim?: number, largest?: boolean, sorted?: boolean) {
    return R.topk(this, k, dim, largest, sorted);
  },
  sort(dim?: number, descending?: boolean) {
    return R.sort(this, dim, descending);
  },
  argsort(dim?: number, descending?: boolean) {
    return R.argsort(this, dim, descending);
  },

  view(...shape: Size) {
    return V.view(this, sizeArg(shape));
  },
  viewAs(o: Tensor) {
    return V.view(this, o.shape);
  },
  reshape(...shape: Size) {
    return V.reshape(this, sizeArg(shape));
  },
  reshapeAs(o: Tensor) {
    return V.reshape(this, o.shape);
  },
  flatten(startDim?: number, endDim?: number) {
    return V.flatten(this, startDim, endDim);
  },
  unflatten(dim: number, sizes: readonly number[]) {
    return V.unflatten(this, dim, sizes);
  },
  squeeze(dim?: number | readonly number[]) {
    return V.squeeze(this, dim);
  },
  unsqueeze(dim: number) {
    return V.unsqueeze(this, dim);
  },
  permute(...dims: Size) {
    return V.permute(this, sizeArg(dims));
  },
  transpose(a: number, b: number) {
    return V.transpose(this, a, b);
  },
  t() {
    return V.t(this);
  },
  expand(...sizes: Size) {
    return V.expand(this, sizeArg(sizes));
  },
  expandAs(o: Tensor) {
    return V.expandAs(this, o);
  },
  narrow(dim: number, start: number, length: number) {
    return V.narrow(this, dim, start, length);
  },
  slice(dim: number, start?: number, end?: number, step?: number) {
    return V.slice(this, dim, start, end, step);
  },
  select(dim: number, index: number) {
    return V.select(this, dim, index);
  },
  split(size: number | readonly number[], dim?: number) {
    return V.split(this, size, dim);
  },
  chunk(chunks: number, dim?: number) {
    return V.chunk(this, chunks, dim);
  },
  unbind(dim?: number) {
    return V.unbind(this, dim);
  },
  repeat(...sizes: Size) {
    return V.repeat(this, sizeArg(sizes));
  },
  flip(...dims: Size) {
    return V.flip(this, sizeArg(dims));
  },

  gather(dim: number, index: Tensor) {
    return X.gather(this, dim, index);
  },
  scatter(dim: number, index: Tensor, src: TensorLike, opts?: X.ScatterOptions) {
    return X.scatter(this, dim, index, src, opts);
  },
  scatterAdd(dim: number, index: Tensor, src: Tensor) {
    return X.scatterAdd(this, dim, index, src);
  },
  indexSelect(dim: number, index: Tensor) {
    return X.indexSelect(this, dim, index);
  },
  maskedFill(mask: Tensor, value: TensorLike) {
    return X.maskedFill(this, mask, value);
  },
  where(cond: Tensor, other: TensorLike) {
    return X.where(cond, this, other);
  },
  tril(k?: number) {
    return X.tril(this, k);
  },
  triu(k?: number) {
    return X.triu(this, k);
  },
  nonzero() {
    return X.nonzero(this);
  },

  eq(o: TensorLike) {
    return C.eq(this, o);
  },
  ne(o: TensorLike) {
    return C.ne(this, o);
  },
  lt(o: TensorLike) {
    return C.lt(this, o);
  },
  le(o: TensorLike) {
    return C.le(this, o);
  },
  gt(o: TensorLike) {
    return C.gt(this, o);
  },
  ge(o: TensorLike) {
    return C.ge(this, o);
  },
  isnan() {
    return C.isnan(this);
  },
  isinf() {
    return C.isinf(this);
  },
  isfinite() {
    return C.isfinite(this);
  },
  logicalNot() {
    return C.logicalNot(this);
  },
  logicalAnd(o: TensorLike) {
    return C.logicalAnd(this, o);
  },
  logicalOr(o: TensorLike) {
    return C.logicalOr(this, o);
  },
  logicalXor(o: TensorLike) {
    return C.logicalXor(this, o);
  },
  equal(o: Tensor) {
    return C.equal(this, o);
  },
  allclose(o: Tensor, opts?: C.CloseOptions) {
    return C.allclose(this, o, opts);
  },
  isclose(o: TensorLike, opts?: C.CloseOptions) {
    return C.isclose(this, o, opts);
  },

  add_(o: TensorLike, opts?: A.AlphaOptions) {
    return I.add_(this, o, opts);
  },
  sub_(o: TensorLike, opts?: A.AlphaOptions) {
    return I.sub_(this, o, opts);
  },
  mul_(o: TensorLike) {
    return I.mul_(this, o);
  },
  div_(o: TensorLike, opts?: A.DivOptions) {
    return I.div_(this, o, opts);
  },
  pow_(o: TensorLike) {
    return I.pow_(this, o);
  },
  clamp_(min?: TensorLike | null, max?: TensorLike | null) {
    return I.clamp_(this, min, max);
  },
  fill_(v: TensorLike) {
    return I.fill_(this, v);
  },
  zero_() {
    return I.zero_(this);
  },
  copy_(src: TensorLike) {
    return I.copy_(this, src);
  },
  maskedFill_(mask: Tensor, v: TensorLike) {
    return I.maskedFill_(this, mask, v);
  },
  scatter_(dim: number, index: Tensor, src: TensorLike, opts?: X.ScatterOptions) {
    return I.scatter_(this, dim, index, src, opts);
  },
  scatterAdd_(dim: number, index: Tensor, src: Tensor) {
    return I.scatterAdd_(this, dim, index, src);
  },
  uniform_(from?: number, to?: number, opts?: { generator?: Generator }) {
    return I.uniform_(this, from, to, opts);
  },
  normal_(mean?: number, std?: number, opts?: { generator?: Generator }) {
    return I.normal_(this, mean, std, opts);
  },
  ...unaryInplaceMethods(),
};

function unaryMethods() {
  const names = [
    'neg',
    'abs',
    'sign',
    'relu',
    'floor',
    'ceil',
    'round',
    'trunc',
    'exp',
    'expm1',
    'log',
    'log2',
    'log10',
    'log1p',
    'sqrt',
    'rsqrt',
    'square',
    'sin',
    'cos',
    'tan',
    'asin',
    'acos',
    'atan',
    'sinh',
    'cosh',
    'tanh',
    'sigmoid',
    'reciprocal',
    'erf',
  ] as const;
  return Object.fromEntries(
    names.map((n) => [
      n,
      function (this: Tensor) {
        return (A[n] as (x: Tensor) => Tensor)(this);
      },
    ]),
  ) as Record<(typeof names)[number], (this: Tensor) => Tensor>;
}

function unaryInplaceMethods() {
  return Object.fromEntries(
    Object.entries(I.unaryInplace).map(([n, f]) => [
      n,
      function (this: Tensor) {
        return f(this);
      },
    ]),
  ) as Record<I.UnaryInplace, (this: Tensor) => Tensor>;
}

for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(Tensor.prototype, name, { value: fn, writable: true, configurable: true });
}
