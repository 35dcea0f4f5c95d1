// defaultCollate: merges a list of samples into a batch, like PyTorch's default_collate.
import { ArgumentError, Tensor as CoreTensor } from '@tandem/core';
import { stack } from '../../ops/view.js';
import { Tensor } from '../../tensor.js';

/**
 * Merges samples into a batch, recursively, with PyTorch's rules: tensors are stacked along a new
 * dim 0; numbers become a 1-d tensor (int64 when all are integers — JS has no int/float split, so
 * `3` collates like Python's `3` — else float64); bigints int64; booleans bool; strings stay a
 * list; arrays are collated position-wise (all samples must have equal length); plain objects and
 * Maps key-wise.
 *
 * @example
 * defaultCollate([{ x: t1, y: 0 }, { x: t2, y: 1 }]); // { x: stack([t1, t2]), y: tensor([0, 1]) }
 */
export function defaultCollate(batch: readonly unknown[]): unknown {
  if (batch.length === 0) throw new ArgumentError('defaultCollate: empty batch');
  const elem = batch[0];
  const same = (ok: (x: unknown) => boolean, what: string) => {
    const bad = batch.findIndex((x) => !ok(x));
    if (bad >= 0)
      throw new ArgumentError(`defaultCollate: element ${bad} is not a ${what} like element 0`);
  };
  if (elem instanceof Tensor) {
    same((x) => x instanceof Tensor, 'Tensor');
    return stack(batch as Tensor[], 0);
  }
  if (typeof elem === 'number') {
    same((x) => typeof x === 'number', 'number');
    const nums = batch as number[];
    if (nums.every(Number.isInteger))
      return new Tensor(CoreTensor.from(nums.map(BigInt), 'int64', [nums.length]));
    return new Tensor(CoreTensor.from(nums, 'float64', [nums.length]));
  }
  if (typeof elem === 'bigint') {
    same((x) => typeof x === 'bigint', 'bigint');
    return new Tensor(CoreTensor.from(batch as bigint[], 'int64', [batch.length]));
  }
  if (typeof elem === 'boolean') {
    same((x) => typeof x === 'boolean', 'boolean');
    return new Tensor(CoreTensor.from(batch as boolean[], 'bool', [batch.length]));
  }
  if (typeof elem === 'string') return [...batch];
  if (Array.isArray(elem)) {
    same((x) => Array.isArray(x) && x.length === elem.length, 'array of the same length');
    return elem.map((_, i) => defaultCollate(batch.map((x) => (x as unknown[])[i])));
  }
  if (elem instanceof Map) {
    return new Map(
      [...elem.keys()].map((k) => [
        k,
        defaultCollate(batch.map((x) => (x as Map<unknown, unknown>).get(k))),
      ]),
    );
  }
  if (
    elem !== null &&
    typeof elem === 'object' &&
    Object.getPrototypeOf(elem) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(elem))
      out[k] = defaultCollate(batch.map((x) => (x as Record<string, unknown>)[k]));
    return out;
  }
  throw new ArgumentError(
    'defaultCollate: batch must contain tensors, numbers, booleans, strings, arrays, Maps or ' +
      'plain objects; ' +
      `found ${
        elem === null
          ? 'null'
          : typeof elem === 'object'
            ? (elem.constructor?.name ?? 'object')
            : typeof elem
      }`,
  );
}
