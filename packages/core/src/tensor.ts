import { type DType, type TypedArray, dtypeInfo, isDType } from './dtype.js';
import { ArgumentError, DTypeError, ShapeError } from './errors.js';
import { checkTensorBytes, getLimits } from './limits.js';
import { floatToBf16, floatToHalf } from './half.js';
import { runKernel } from './native.js';
import { type Shape, checkShape, contiguousStrides, numel, shapeStr } from './shape.js';

/** Anything a tensor can be built from: a typed array, nested numbers/booleans/bigints. */
export type TensorData = TypedArray | readonly unknown[] | number | bigint | boolean;

/**
 * Note [Tensor storage]: a tensor is dtype + shape + strides + offset over an ArrayBuffer.
 * The buffer is owned by V8 (garbage-collected, no finalizers); native kernels get it zero-copy.
 * Views (reshape, transpose, slice, expand) share the buffer; strides and offset are in elements.
 */
export class Tensor {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
  /** An ArrayBuffer, or a SharedArrayBuffer for tensors shared with worker threads. */
  readonly buffer: ArrayBuffer | SharedArrayBuffer;

  constructor(
    dtype: DType,
    shape: Shape,
    buffer?: ArrayBuffer | SharedArrayBuffer,
    strides?: readonly number[],
    offset = 0,
  ) {
    if (!isDType(dtype)) throw new DTypeError(`unknown dtype '${String(dtype)}'`);
    checkShape(shape, 'Tensor');
    if (shape.length > getLimits().maxRank) {
      throw new ShapeError(`Tensor: rank ${shape.length} exceeds the limit ${getLimits().maxRank}`);
    }
    const n = numel(shape);
    const item = dtypeInfo(dtype).itemSize;
    if (!buffer) {
      checkTensorBytes(n * item, `a ${dtype} tensor of shape ${shapeStr(shape)}`);
      buffer = new ArrayBuffer(n * item);
    }
    this.dtype = dtype;
    this.shape = Object.freeze([...shape]);
    this.strides = Object.freeze(strides ? [...strides] : contiguousStrides(shape));
    this.offset = offset;
    this.buffer = buffer;
    if (this.strides.length !== shape.length) {
      throw new ShapeError(
        `Tensor: strides ${shapeStr(this.strides)} do not match shape ${shapeStr(shape)}`,
      );
    }
    if (n > 0) {
      let maxIndex = offset;
      let minIndex = offset;
      for (let i = 0; i < shape.length; i++) {
        const reach = (shape[i] - 1) * this.strides[i];
        if (reach < 0) minIndex += reach;
        else maxIndex += reach;
      }
      if (minIndex < 0 || (maxIndex + 1) * item > buffer.byteLength) {
        throw new ShapeError(
          `Tensor: shape ${shapeStr(shape)} with strides ${shapeStr(this.strides)} at offset ${offset} ` +
            `reaches outside a buffer of ${buffer.byteLength} bytes`,
        );
      }
    }
  }

  /** Builds a tensor from a typed array (copied) or nested arrays. */
  static from(data: TensorData, dtype?: DType, shape?: Shape): Tensor {
    if (ArrayBuffer.isView(data)) {
      const d = dtype ?? dtypeOfArray(data as TypedArray);
      const s = shape ?? [(data as TypedArray).length];
      if (numel(s) !== (data as TypedArray).length) {
        throw new ShapeError(
          `Tensor.from: ${(data as TypedArray).length} values do not fill shape ${shapeStr(s)}`,
        );
      }
      const t = new Tensor(d, s);
      fillFrom(t.data(), data as TypedArray, d);
      return t;
    }
    const inferred: number[] = [];
    const flat: unknown[] = [];
    flatten(data, 0, inferred, flat);
    const s = shape ?? inferred;
    if (numel(s) !== flat.length) {
      throw new ShapeError(`Tensor.from: ${flat.length} values do not fill shape ${shapeStr(s)}`);
    }
    const d = dtype ?? inferDType(flat);
    const t = new Tensor(d, s);
    fillFrom(t.data(), flat, d);
    return t;
  }

  static scalar(value: number | bigint | boolean, dtype: DType = 'float32'): Tensor {
    return Tensor.from([value], dtype, []);
  }

  static zeros(shape: Shape, dtype: DType = 'float32'): Tensor {
    return new Tensor(dtype, shape);
  }

  get rank(): number {
    return this.shape.length;
  }

  get size(): number {
    return numel(this.shape);
  }

  get itemSize(): number {
    return dtypeInfo(this.dtype).itemSize;
  }

  isContiguous(): boolean {
    let expected = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      if (this.shape[i] !== 1 && this.strides[i] !== expected) return false;
      expected *= this.shape[i];
    }
    return true;
  }

  /**
   * The elements as a typed array in row-major order. Zero-copy for a contiguous tensor (writes go
   * to the tensor); a strided view is gathered into a fresh array first.
   */
  data(): TypedArray {
    const t = this.isContiguous() ? this : this.contiguous();
    const Arr = dtypeInfo(t.dtype).array;
    return new Arr(t.buffer, t.offset * t.itemSize, t.size);
  }

  /** A contiguous tensor with the same values (this tensor itself when already contiguous). */
  contiguous(): Tensor {
    if (this.isContiguous()) return this;
    const out = new Tensor(this.dtype, this.shape);
    copyStrided(this, out);
    return out;
  }

  /** Values as JS numbers (int64/uint64 converted; precision beyond 2^53 is lost). */
  toNumbers(): number[] {
    const d = this.data();
    const out = new Array<number>(d.length);
    for (let i = 0; i < d.length; i++) out[i] = Number(d[i]);
    return out;
  }

  /** Nested arrays in the tensor's shape (bool as booleans, int64 as bigint). */
  toArray(): unknown {
    const d = this.data();
    const isBool = this.dtype === 'bool';
    const flat = Array.from(d as ArrayLike<number | bigint>, (v) => (isBool ? v !== 0 : v));
    if (this.shape.length === 0) return flat[0];
    const build = (dim: number, start: number): unknown[] => {
      const n = this.shape[dim];
      if (dim === this.shape.length - 1) return flat.slice(start, start + n);
      const step = numel(this.shape.slice(dim + 1));
      return Array.from({ length: n }, (_, i) => build(dim + 1, start + i * step));
    };
    return build(0, 0);
  }

  /** A view with new shape/strides/offset over the same buffer. */
  view(shape: Shape, strides: readonly number[], offset = this.offset): Tensor {
    return new Tensor(this.dtype, shape, this.buffer, strides, offset);
  }

  toString(): string {
    return `Tensor(${this.dtype}, ${shapeStr(this.shape)})`;
  }
}

// Copies any strided tensor into a contiguous one with the native Copy kernel.
export function copyStrided(src: Tensor, dst: Tensor): void {
  runKernel('Copy', [src], [dst]);
}

function dtypeOfArray(a: TypedArray): DType {
  if (a instanceof Float32Array) return 'float32';
  if (a instanceof Float64Array) return 'float64';
  if (a instanceof Int32Array) return 'int32';
  if (a instanceof BigInt64Array) return 'int64';
  if (a instanceof Uint8Array) return 'uint8';
  if (a instanceof Int8Array) return 'int8';
  if (a instanceof Int16Array) return 'int16';
  if (a instanceof Uint16Array) return 'uint16';
  if (a instanceof Uint32Array) return 'uint32';
  if (a instanceof BigUint64Array) return 'uint64';
  throw new DTypeError('Tensor.from: unsupported typed array');
}

function flatten(x: unknown, depth: number, shape: number[], out: unknown[]): void {
  if (Array.isArray(x)) {
    if (depth === shape.length) shape.push(x.length);
    else if (shape[depth] !== x.length) {
      throw new ShapeError(
        `Tensor.from: ragged nested array (length ${x.length} vs ${shape[depth]} at depth ${depth})`,
      );
    }
    for (const e of x) flatten(e, depth + 1, shape, out);
    return;
  }
  if (depth < shape.length) throw new ShapeError('Tensor.from: ragged nested array');
  if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') {
    throw new ArgumentError(`Tensor.from: cannot store ${typeof x} value ${String(x)}`);
  }
  out.push(x);
}

function inferDType(flat: unknown[]): DType {
  if (flat.length > 0 && flat.every((v) => typeof v === 'boolean')) return 'bool';
  if (flat.length > 0 && flat.every((v) => typeof v === 'bigint')) return 'int64';
  return 'float32';
}

/** Writes values into a typed array of dtype `d`, converting numbers/bigints/booleans. */
export function fillFrom(dst: TypedArray, src: ArrayLike<unknown>, d: DType): void {
  const info = dtypeInfo(d);
  if (info.isBigInt) {
    const out = dst as BigInt64Array;
    for (let i = 0; i < src.length; i++) {
      const v = src[i];
      out[i] = typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
    }
  } else if (d === 'float16' || d === 'bfloat16') {
    const conv = d === 'float16' ? floatToHalf : floatToBf16;
    const srcIsBits = src instanceof Uint16Array;
    for (let i = 0; i < src.length; i++)
      dst[i] = srcIsBits ? (src[i] as number) : conv(Number(src[i]));
  } else if (d === 'bool') {
    for (let i = 0; i < src.length; i++) dst[i] = src[i] ? 1 : 0;
  } else {
    for (let i = 0; i < src.length; i++) dst[i] = Number(src[i]);
  }
}
