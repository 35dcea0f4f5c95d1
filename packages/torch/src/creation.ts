// Tensor factories: torch.tensor, zeros/ones/full/empty, arange/linspace/eye, and *Like variants.
import {
  type DType,
  Tensor as CoreTensor,
  type TensorData,
  TypedArray,
  dtypeInfo,
  execute,
} from '@tandem/core';
import { Tensor } from './tensor.js';

export interface TensorOptions {
  /** Element type; see each factory for its default. */
  dtype?: DType;
  /** Make the new tensor a leaf that requires grad (floating dtypes only). */
  requiresGrad?: boolean;
}

/** A size as PyTorch accepts it: `zeros(2, 3)`, `zeros([2, 3])`, each optionally ending in options. */
export type SizeArgs<O = TensorOptions> = Array<number | readonly number[] | O>;

/** Splits `(...size, options?)` into the shape and the options. */
export function parseSize<O extends object = TensorOptions>(
  args: SizeArgs<O>,
  op: string,
): [number[], O] {
  let opts = {} as O;
  const rest = [...args];
  const last = rest[rest.length - 1];
  if (last !== undefined && typeof last === 'object' && !Array.isArray(last))
    opts = rest.pop() as O;
  const shape =
    rest.length === 1 && Array.isArray(rest[0]) ? [...(rest[0] as number[])] : (rest as number[]);
  for (const d of shape) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) {
      throw new TypeError(
        `${op}: sizes must be non-negative integers (got ${JSON.stringify(args)})`,
      );
    }
  }
  return [shape, opts];
}

export function finish(v: CoreTensor, opts: TensorOptions): Tensor {
  const t = new Tensor(v);
  if (opts.requiresGrad) t.requiresGrad_(true);
  return t;
}

/**
 * A new tensor from nested arrays, a typed array, a scalar or another tensor (copied).
 *
 * Note [Default dtypes]: JS has one number type, so data of numbers give float32 (PyTorch's
 * default float dtype) unless `dtype` says otherwise; bigints give int64, booleans give bool, and a
 * typed array keeps its own type (Int32Array -> int32, BigInt64Array -> int64, ...).
 * Index-like factories differ: arange with integer arguments, randint and randperm give int64.
 *
 * @example
 * torch.tensor([[1, 2], [3, 4]]);                 // float32 [2, 2]
 * torch.tensor([0n, 2n]);                          // int64
 * torch.tensor([1, 2], { dtype: 'int64' });
 * torch.tensor(3.5, { requiresGrad: true });      // 0-d leaf
 */
export function tensor(data: TensorData | Tensor, opts: TensorOptions = {}): Tensor {
  if (data instanceof Tensor) {
    const v = data._value;
    const copy = CoreTensor.from(v.data(), opts.dtype ?? v.dtype, v.shape);
    return finish(copy, opts);
  }
  if (ArrayBuffer.isView(data)) {
    const arr = data as TypedArray;
    return finish(CoreTensor.from(arr, opts.dtype, [arr.length]), opts);
  }
  return finish(CoreTensor.from(data, opts.dtype), opts);
}

/** A tensor of `shape` filled with `value` (a recorded-free constant). */
export function filled(
  shape: readonly number[],
  value: number | bigint | boolean,
  dtype: DType,
): CoreTensor {
  const v = CoreTensor.from([value as number], dtype, [1]);
  const s = CoreTensor.from(shape, 'int64', [shape.length]);
  return execute('ConstantOfShape', [s], { value: v })[0];
}

/** Zeros. @example torch.zeros(2, 3); torch.zeros([2, 3], { dtype: 'int64' }) */
export function zeros(...args: SizeArgs): Tensor {
  const [shape, opts] = parseSize(args, 'zeros');
  return finish(new CoreTensor(opts.dtype ?? 'float32', shape), opts);
}

export function ones(...args: SizeArgs): Tensor {
  const [shape, opts] = parseSize(args, 'ones');
  return finish(filled(shape, 1, opts.dtype ?? 'float32'), opts);
}

/** Uninitialised in PyTorch; here zero-filled (fresh ArrayBuffers are zeroed). */
export function empty(...args: SizeArgs): Tensor {
  const [shape, opts] = parseSize(args, 'empty');
  return finish(new CoreTensor(opts.dtype ?? 'float32', shape), opts);
}

function fillDType(value: number | bigint | boolean): DType {
  return typeof value === 'boolean' ? 'bool' : typeof value === 'bigint' ? 'int64' : 'float32';
}

/** A tensor filled with `value` (dtype from the value: boolean -> bool, bigint -> int64, else float32). */
export function full(
  size: readonly number[],
  value: number | bigint | boolean,
  opts: TensorOptions = {},
): Tensor {
  const [shape] = parseSize([size], 'full');
  return finish(filled(shape, value, opts.dtype ?? fillDType(value)), opts);
}

/**
 * Values start, start+step, ... below end. `arange(end)` or `arange(start, end, step?)`.
 * int64 when every argument is an integer (as PyTorch with Python ints), else float32.
 * @example torch.arange(5); torch.arange(0, 1, 0.25)
 */
export function arange(end: number, opts?: TensorOptions): Tensor;
export function arange(start: number, end: number, step?: number, opts?: TensorOptions): Tensor;
export function arange(
  a: number,
  b?: number | TensorOptions,
  c?: number | TensorOptions,
  d?: TensorOptions,
): Tensor {
  let start = 0;
  let end = a;
  let step = 1;
  let opts: TensorOptions = {};
  if (typeof b === 'number') {
    start = a;
    end = b;
    if (typeof c === 'number') step = c;
    else if (c) opts = c;
    if (d) opts = d;
  } else if (b) opts = b;
  if (step === 0) throw new RangeError('arange: step must be nonzero');
  if ((end - start) / step < 0) {
    throw new RangeError(
      `arange: upper bound and larger bound inconsistent with step sign (${start}, ${end}, ${step})`,
    );
  }
  const allInt = [start, end, step].every(Number.isInteger);
  const dtype = opts.dtype ?? (allInt ? 'int64' : 'float32');
  // Range computes in the output dtype; float32 ranges are built in float64 then cast (exact ends).
  const work: DType = dtypeInfo(dtype).isFloat
    ? 'float64'
    : dtype === 'int64'
      ? 'int64'
      : 'float64';
  const sc = (v: number) => CoreTensor.from([v], work, []);
  let v = execute('Range', [sc(start), sc(end), sc(step)])[0];
  if (v.dtype !== dtype) v = execute('Cast', [v], { to: dtypeInfo(dtype).code })[0];
  return finish(v, opts);
}

/** `steps` evenly spaced values from start to end inclusive. */
export function linspace(
  start: number,
  end: number,
  steps: number,
  opts: TensorOptions = {},
): Tensor {
  if (!Number.isInteger(steps) || steps < 0)
    throw new RangeError(`linspace: number of steps must be non-negative (got ${steps})`);
  const dtype = opts.dtype ?? 'float32';
  const f64 = (v: number) => CoreTensor.from([v], 'float64', []);
  let v = execute('Range', [f64(0), f64(steps), f64(1)])[0];
  const step = steps > 1 ? (end - start) / (steps - 1) : 0;
  v = execute('Add', [execute('Mul', [v, f64(step)])[0], f64(start)])[0];
  if (dtype !== 'float64') v = execute('Cast', [v], { to: dtypeInfo(dtype).code })[0];
  return finish(v, opts);
}

/** An n x m identity matrix (m = n by default). */
export function eye(n: number, m?: number | TensorOptions, opts: TensorOptions = {}): Tensor {
  const cols = typeof m === 'number' ? m : n;
  const o = typeof m === 'object' ? m : opts;
  const dtype = o.dtype ?? 'float32';
  return finish(execute('EyeLike', [new CoreTensor(dtype, [n, cols])])[0], o);
}

const like = (x: Tensor, opts: TensorOptions) => [x.shape, { dtype: x.dtype, ...opts }] as const;

export function zerosLike(x: Tensor, opts: TensorOptions = {}): Tensor {
  const [s, o] = like(x, opts);
  return zeros(s, o);
}

export function onesLike(x: Tensor, opts: TensorOptions = {}): Tensor {
  const [s, o] = like(x, opts);
  return ones(s, o);
}

export function emptyLike(x: Tensor, opts: TensorOptions = {}): Tensor {
  const [s, o] = like(x, opts);
  return empty(s, o);
}

export function fullLike(
  x: Tensor,
  value: number | bigint | boolean,
  opts: TensorOptions = {},
): Tensor {
  const [s, o] = like(x, opts);
  return full(s, value, o);
}
