/**
 * Element types. Codes are ONNX's `TensorProto.DataType` numbers, shared with the native library.
 * float16 and bfloat16 are storage/IO types (Uint16Array bits); kernels compute in float32.
 */
export type DType =
  | 'float32'
  | 'float64'
  | 'float16'
  | 'bfloat16'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'bool';

export type TypedArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array;

type ArrayCtor = {
  new (buffer: ArrayBufferLike, byteOffset?: number, length?: number): TypedArray;
  BYTES_PER_ELEMENT: number;
};

export interface DTypeInfo {
  readonly name: DType;
  readonly code: number;
  readonly itemSize: number;
  readonly array: ArrayCtor;
  readonly isFloat: boolean;
  readonly isInt: boolean;
  readonly isSigned: boolean;
  readonly isBigInt: boolean;
}

const info = (
  name: DType,
  code: number,
  array: ArrayCtor,
  kind: 'float' | 'int' | 'uint' | 'bool',
): DTypeInfo => ({
  name,
  code,
  itemSize: array.BYTES_PER_ELEMENT,
  array,
  isFloat: kind === 'float',
  isInt: kind === 'int' || kind === 'uint',
  isSigned: kind === 'int' || kind === 'float',
  isBigInt: array === BigInt64Array || array === BigUint64Array,
});

export const DTYPES: Readonly<Record<DType, DTypeInfo>> = {
  float32: info('float32', 1, Float32Array, 'float'),
  uint8: info('uint8', 2, Uint8Array, 'uint'),
  int8: info('int8', 3, Int8Array, 'int'),
  uint16: info('uint16', 4, Uint16Array, 'uint'),
  int16: info('int16', 5, Int16Array, 'int'),
  int32: info('int32', 6, Int32Array, 'int'),
  int64: info('int64', 7, BigInt64Array, 'int'),
  bool: info('bool', 9, Uint8Array, 'bool'),
  float16: info('float16', 10, Uint16Array, 'float'),
  float64: info('float64', 11, Float64Array, 'float'),
  uint32: info('uint32', 12, Uint32Array, 'uint'),
  uint64: info('uint64', 13, BigUint64Array, 'uint'),
  bfloat16: info('bfloat16', 16, Uint16Array, 'float'),
};

const byCode = new Map<number, DTypeInfo>(Object.values(DTYPES).map((d) => [d.code, d]));

export const ALL_DTYPES: readonly DType[] = Object.keys(DTYPES) as DType[];
export const FLOAT_DTYPES: readonly DType[] = ['float32', 'float64', 'float16', 'bfloat16'];
export const INT_DTYPES: readonly DType[] = [
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
];
export const NUMERIC_DTYPES: readonly DType[] = [...FLOAT_DTYPES, ...INT_DTYPES];

export function dtypeInfo(d: DType): DTypeInfo {
  const i = DTYPES[d];
  if (!i) throw new TypeError(`unknown dtype '${String(d)}'`);
  return i;
}

export function isDType(x: unknown): x is DType {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(DTYPES, x);
}

/** The dtype with ONNX TensorProto.DataType `code`, or undefined (strings, complex, float8). */
export function dtypeFromCode(code: number): DType | undefined {
  return byCode.get(code)?.name;
}

export const isFloatDType = (d: DType) => DTYPES[d].isFloat;
export const isIntDType = (d: DType) => DTYPES[d].isInt;
