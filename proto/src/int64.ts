// Helpers for 64-bit integer fields.
//
// Note [Int64 representation]
// protobufjs decodes int64/uint64/sint64/fixed64 fields as `Long` objects (from the `long`
// package, a dependency of protobufjs and of this package), so no value is ever rounded. When
// building a message, such a field also accepts a plain `number` (exact up to 2^53) or a Long;
// use `toLong` to pass a bigint. These helpers turn either form into a number (throwing when
// that would lose precision) or a bigint.
import type Long from 'long';
import protobuf from 'protobufjs/minimal.js';

/** What an int64 field may hold: a Long after decoding, a number or Long when building. */
export type Int64 = number | Long;

/** The `long` implementation protobufjs itself uses (so `Long.isLong` checks agree). */
const LongImpl = protobuf.util.Long as unknown as typeof Long;

const MAX_U64 = (1n << 64n) - 1n;
const MIN_I64 = -(1n << 63n);

function isLongLike(value: unknown): value is Long {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Long).low === 'number' &&
    typeof (value as Long).high === 'number'
  );
}

/**
 * An int64 value as a bigint, exactly.
 *
 * @example int64ToBigInt(model.irVersion) // 8n
 */
export function int64ToBigInt(value: Int64 | bigint | string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RangeError(`int64 value ${value} is not an integer`);
    return BigInt(value);
  }
  if (typeof value === 'string') return BigInt(value);
  if (isLongLike(value)) {
    const low = BigInt(value.low >>> 0);
    const high = BigInt(value.unsigned ? value.high >>> 0 : value.high);
    return (high << 32n) + low;
  }
  throw new TypeError(`expected an int64 value (number, Long or bigint), got ${typeof value}`);
}

/**
 * An int64 value as a number; throws a RangeError if it is outside ±(2^53 - 1), where a number
 * would silently round. `what` names the value in that error.
 *
 * @example int64ToNumber(tensor.dims[0], 'TensorProto.dims[0]') // 64
 */
export function int64ToNumber(value: Int64 | bigint | string, what = 'int64 value'): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  const big = int64ToBigInt(value);
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} ${big} does not fit in a JavaScript number exactly`);
  }
  return Number(big);
}

/** A repeated int64 field as numbers (see `int64ToNumber`), e.g. a tensor's dims. */
export function int64ArrayToNumbers(
  values: readonly (Int64 | bigint)[],
  what = 'int64 value',
): number[] {
  return values.map((v, i) => int64ToNumber(v, `${what}[${i}]`));
}

/** A repeated int64 field as a BigInt64Array, e.g. TensorProto.int64_data. */
export function int64ArrayToBigInt64Array(values: readonly (Int64 | bigint)[]): BigInt64Array {
  const out = new BigInt64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = BigInt.asIntN(64, int64ToBigInt(values[i]));
  return out;
}

/** A repeated uint64 field as a BigUint64Array, e.g. onnx.TensorProto.uint64_data. */
export function int64ArrayToBigUint64Array(values: readonly (Int64 | bigint)[]): BigUint64Array {
  const out = new BigUint64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = BigInt.asUintN(64, int64ToBigInt(values[i]));
  return out;
}

/**
 * A Long for an int64 (or, with `unsigned`, uint64) field, from a bigint, number, decimal string
 * or Long. Throws a RangeError for values that do not fit in 64 bits.
 *
 * @example caffe2.Argument.create({ name: 'seed', i: toLong(2n ** 60n) })
 */
export function toLong(value: Int64 | bigint | string, unsigned = false): Long {
  const big = int64ToBigInt(value);
  const [min, max] = unsigned ? [0n, MAX_U64] : [MIN_I64, MAX_U64 >> 1n];
  if (big < min || big > max) {
    throw new RangeError(`${big} is out of range for ${unsigned ? 'uint64' : 'int64'}`);
  }
  return LongImpl.fromString(big.toString(), unsigned, 10);
}
