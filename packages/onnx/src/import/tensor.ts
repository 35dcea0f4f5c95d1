// TensorProto -> core Tensor: every dtype, raw and typed data, external data inside the model folder.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  type DType,
  MalformedModelError,
  Tensor,
  UnsupportedOperatorError,
  checkTensorBytes,
  dtypeFromCode,
  dtypeInfo,
  numel,
  shapeStr,
} from '@tandem/core';
import { type Int64Like, toBigInt, toNumber } from './int64.js';

/** The fields of onnx.TensorProto this reader uses (as protobufjs decodes them). */
export interface TensorProtoLike {
  name?: string | null;
  dims?: Int64Like[] | null;
  dataType?: number | null;
  floatData?: number[] | null;
  int32Data?: number[] | null;
  stringData?: Uint8Array[] | null;
  int64Data?: Int64Like[] | null;
  doubleData?: number[] | null;
  uint64Data?: Int64Like[] | null;
  rawData?: Uint8Array | null;
  externalData?: Array<{ key?: string | null; value?: string | null }> | null;
  dataLocation?: number | null;
  segment?: unknown;
}

const DATA_TYPE_NAMES: Record<number, string> = {
  8: 'string',
  14: 'complex64',
  15: 'complex128',
  17: 'float8e4m3fn',
  18: 'float8e4m3fnuz',
  19: 'float8e5m2',
  20: 'float8e5m2fnuz',
};

export interface TensorReadOptions {
  /** Folder that external data paths are resolved in (and must stay inside). */
  baseDir?: string;
  /** What to call the tensor in errors, if it has no name. */
  what?: string;
}

export function dtypeOfCode(code: number, what: string): DType {
  const d = dtypeFromCode(code);
  if (!d) {
    const name = DATA_TYPE_NAMES[code] ?? `code ${code}`;
    throw new UnsupportedOperatorError(`${what}: tensor data type ${name} is not supported`);
  }
  return d;
}

export function tensorFromProto(p: TensorProtoLike, opts: TensorReadOptions = {}): Tensor {
  const what = p.name ? `tensor '${p.name}'` : (opts.what ?? 'tensor');
  if (p.segment) throw new UnsupportedOperatorError(`${what}: segmented tensors are not supported`);
  const dtype = dtypeOfCode(p.dataType ?? 0, what);
  const shape = (p.dims ?? []).map((d) => toNumber(d));
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new MalformedModelError(`${what}: invalid dims ${shapeStr(shape)}`);
  }
  const n = numel(shape);
  const info = dtypeInfo(dtype);
  checkTensorBytes(n * info.itemSize, `${what} (${dtype} ${shapeStr(shape)})`);
  const t = new Tensor(dtype, shape);
  const out = new Uint8Array(t.buffer);

  if (p.dataLocation === 1) {
    const bytes = readExternal(p, opts.baseDir, what, n * info.itemSize);
    out.set(bytes);
    return t; // raw data is little-endian, as on every platform we build for
  }
  if (p.rawData && p.rawData.length > 0) {
    if (p.rawData.length !== n * info.itemSize) {
      throw new MalformedModelError(
        `${what}: raw_data has ${p.rawData.length} bytes but ${dtype} ${shapeStr(shape)} needs ${n * info.itemSize}`,
      );
    }
    out.set(p.rawData);
    return t; // raw data is little-endian, as on every platform we build for
  }
  const typed = typedField(p, dtype);
  if (typed.length !== n) {
    if (n === 0 && typed.length === 0) return t;
    throw new MalformedModelError(
      `${what}: has ${typed.length} values but ${dtype} ${shapeStr(shape)} needs ${n}`,
    );
  }
  const dst = t.data();
  switch (dtype) {
    case 'int64':
    case 'uint64':
      for (let i = 0; i < n; i++)
        (dst as BigInt64Array)[i] =
          dtype === 'int64'
            ? toBigInt(typed[i] as Int64Like)
            : BigInt.asUintN(64, toBigInt(typed[i] as Int64Like));
      break;
    case 'float16':
    case 'bfloat16':
      // int32_data holds the 16-bit patterns.
      for (let i = 0; i < n; i++) dst[i] = (typed[i] as number) & 0xffff;
      break;
    case 'uint32':
      for (let i = 0; i < n; i++) dst[i] = Number(toBigInt(typed[i] as Int64Like) & 0xffffffffn);
      break;
    default:
      for (let i = 0; i < n; i++) dst[i] = Number(typed[i]);
  }
  return t;
}

function typedField(p: TensorProtoLike, dtype: DType): unknown[] {
  switch (dtype) {
    case 'float32':
      return p.floatData ?? [];
    case 'float64':
      return p.doubleData ?? [];
    case 'int64':
      return p.int64Data ?? [];
    case 'uint64':
    case 'uint32':
      return p.uint64Data ?? [];
    default:
      // int8/uint8/int16/uint16/int32/bool/float16/bfloat16 all live in int32_data.
      return p.int32Data ?? [];
  }
}

function readExternal(
  p: TensorProtoLike,
  baseDir: string | undefined,
  what: string,
  expected: number,
): Uint8Array {
  const entries = new Map((p.externalData ?? []).map((e) => [e.key ?? '', e.value ?? '']));
  const location = entries.get('location');
  if (!location) throw new MalformedModelError(`${what}: external data without a 'location'`);
  if (!baseDir)
    throw new MalformedModelError(
      `${what}: external data '${location}' needs the model's folder (load from a path)`,
    );
  const offset = Number(entries.get('offset') ?? 0);
  const length = entries.has('length') ? Number(entries.get('length')) : expected;
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new MalformedModelError(`${what}: invalid external data offset/length`);
  }
  if (length !== expected) {
    throw new MalformedModelError(
      `${what}: external data length ${length} does not match the ${expected} bytes its shape needs`,
    );
  }
  const file = resolveInside(baseDir, location, what);
  const size = statSync(file).size;
  if (offset + length > size) {
    throw new MalformedModelError(
      `${what}: external data '${location}' has ${size} bytes, needs ${offset + length}`,
    );
  }
  const buf = readFileSync(file);
  return new Uint8Array(buf.buffer, buf.byteOffset + offset, length);
}

/** Resolves `location` inside `baseDir`, refusing paths (or symlinks) that escape it. */
export function resolveInside(baseDir: string, location: string, what: string): string {
  if (isAbsolute(location))
    throw new MalformedModelError(
      `${what}: external data path '${location}' is absolute; it must be inside the model's folder`,
    );
  const base = realpathSync(baseDir);
  const candidate = resolve(base, location);
  const escapes = (p: string) => {
    const rel = relative(base, p);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..');
  };
  if (escapes(candidate))
    throw new MalformedModelError(
      `${what}: external data path '${location}' is outside the model's folder`,
    );
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    throw new MalformedModelError(
      `${what}: external data file '${location}' not found in the model's folder`,
    );
  }
  if (escapes(real))
    throw new MalformedModelError(
      `${what}: external data path '${location}' resolves outside the model's folder`,
    );
  return real;
}

/** Core Tensor -> TensorProto fields (raw_data), for writers. */
export function tensorToProto(t: Tensor, name: string): TensorProtoLike {
  const c = t.contiguous();
  const bytes = new Uint8Array(c.buffer, c.offset * c.itemSize, c.size * c.itemSize).slice();
  return { name, dims: [...t.shape], dataType: dtypeInfo(t.dtype).code, rawData: bytes };
}
