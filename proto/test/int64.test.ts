import Long from 'long';
import { describe, expect, it } from 'vitest';
import {
  caffe2,
  int64ArrayToBigInt64Array,
  int64ArrayToBigUint64Array,
  int64ArrayToNumbers,
  int64ToBigInt,
  int64ToNumber,
  onnx,
  toLong,
} from '../src/index.js';

describe('int64 fields', () => {
  it('decode as Long objects, exactly', () => {
    const bytes = onnx.TensorProto.encode({
      dims: [2, toLong(2n ** 53n + 1n)],
      int64Data: [toLong(-(2n ** 63n)), -1, 7],
      uint64Data: [toLong(2n ** 64n - 1n, true)],
    }).finish();
    const tensor = onnx.TensorProto.decode(bytes);
    expect(Long.isLong(tensor.dims[0])).toBe(true);
    expect(int64ToNumber(tensor.dims[0])).toBe(2);
    expect(int64ToBigInt(tensor.dims[1])).toBe(2n ** 53n + 1n);
    expect([...int64ArrayToBigInt64Array(tensor.int64Data)]).toEqual([-(2n ** 63n), -1n, 7n]);
    expect([...int64ArrayToBigUint64Array(tensor.uint64Data)]).toEqual([2n ** 64n - 1n]);
  });

  it('int64ToNumber refuses values a number cannot hold exactly', () => {
    expect(() => int64ToNumber(toLong(2n ** 53n), 'dims[1]')).toThrow(
      'dims[1] 9007199254740992 does not fit in a JavaScript number exactly',
    );
    expect(int64ToNumber(toLong(-(2n ** 53n) + 1n))).toBe(-(2 ** 53) + 1);
    expect(int64ArrayToNumbers([1, toLong(5n)])).toEqual([1, 5]);
    expect(() => int64ToNumber(1.5)).toThrow(RangeError);
  });

  it('toLong accepts bigint, number, string and Long, and checks the range', () => {
    expect(toLong(5).toString()).toBe('5');
    expect(toLong('-12').toString()).toBe('-12');
    expect(toLong(Long.fromNumber(3)).toString()).toBe('3');
    expect(toLong(2n ** 64n - 1n, true).toString()).toBe('18446744073709551615');
    expect(() => toLong(2n ** 63n)).toThrow('9223372036854775808 is out of range for int64');
    expect(() => toLong(-1n, true)).toThrow(RangeError);
  });

  it('plain numbers work when building messages', () => {
    const arg = caffe2.Argument.decode(
      caffe2.Argument.encode({ name: 'k', i: 11, ints: [1, 2] }).finish(),
    );
    expect(int64ToNumber(arg.i)).toBe(11);
    expect(int64ArrayToNumbers(arg.ints)).toEqual([1, 2]);
  });
});
