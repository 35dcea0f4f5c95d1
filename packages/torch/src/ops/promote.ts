// Scalars, constants and PyTorch's type promotion (Note [Type promotion]).
import { type DType, Tensor as CoreTensor, dtypeInfo, shapeStr } from '@tandem/core';
import { Tensor } from '../tensor.js';
import { apply1 as run1 } from '../dispatch.js';

/** A tensor or a JS scalar standing for a 0-d tensor. */
export type TensorLike = Tensor | number | bigint | boolean;

/**
 * Note [Type promotion]: PyTorch's rules, with JS scalars. Categories bool < integer < float;
 * the highest category present wins. Within it, tensors with dimensions outrank 0-d tensors, which
 * outrank scalars; among those of the winning rank class the wider dtype wins. A scalar of a
 * higher category than every tensor gives the default dtype of its category (float32, int64).
 * JS numbers: an integer value counts as a Python int (so `intTensor.add(2)` stays integer and
 * `intTensor.add(2.5)` is float32); bigint is an int; boolean is a bool.
 */
type Category = 0 | 1 | 2;

function category(d: DType): Category {
  if (d === 'bool') return 0;
  return dtypeInfo(d).isFloat ? 2 : 1;
}

function scalarCategory(x: number | bigint | boolean): Category {
  if (typeof x === 'boolean') return 0;
  if (typeof x === 'bigint') return 1;
  return Number.isInteger(x) ? 1 : 2;
}

const FLOAT_ORDER: DType[] = ['float16', 'bfloat16', 'float32', 'float64'];
const INT_ORDER: DType[] = ['uint8', 'int8', 'int16', 'int32', 'int64'];

/** The wider of two dtypes of one category (float16 with bfloat16 gives float32, as PyTorch). */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  const ca = category(a);
  const cb = category(b);
  if (ca !== cb) return ca > cb ? a : b;
  if (ca === 2) {
    if ((a === 'float16' && b === 'bfloat16') || (a === 'bfloat16' && b === 'float16'))
      return 'float32';
    return FLOAT_ORDER.indexOf(a) > FLOAT_ORDER.indexOf(b) ? a : b;
  }
  if ((a === 'uint8' && b === 'int8') || (a === 'int8' && b === 'uint8')) return 'int16';
  const ia = INT_ORDER.indexOf(a);
  const ib = INT_ORDER.indexOf(b);
  if (ia < 0 || ib < 0) return 'int64';
  return ia > ib ? a : b;
}

/** torch.resultType: the dtype an elementwise op on these operands computes in. */
export function resultType(...xs: TensorLike[]): DType {
  const dimmed = xs.filter((x): x is Tensor => x instanceof Tensor && x.ndim > 0);
  const zeroDim = xs.filter((x): x is Tensor => x instanceof Tensor && x.ndim === 0);
  const scalars = xs.filter((x): x is number | bigint | boolean => !(x instanceof Tensor));
  const cats = [
    ...dimmed.map((t) => category(t.dtype)),
    ...zeroDim.map((t) => category(t.dtype)),
    ...scalars.map(scalarCategory),
  ];
  const top = Math.max(...cats) as Category;
  for (const group of [dimmed, zeroDim]) {
    const inTop = group.filter((t) => category(t.dtype) === top);
    if (inTop.length) return inTop.map((t) => t.dtype).reduce(promoteTypes);
  }
  return top === 2 ? 'float32' : top === 1 ? 'int64' : 'bool';
}

/** A constant 0-d tensor (no gradient). */
export function scalarTensor(x: number | bigint | boolean, dtype: DType): Tensor {
  return new Tensor(CoreTensor.from([x as number], dtype, []));
}

/** A constant int64 vector, for core's axes/shape/starts inputs. */
export function int64s(values: readonly number[]): Tensor {
  return new Tensor(CoreTensor.from(values, 'int64', [values.length]));
}

/** `t` cast to `dtype` (recorded, so gradients flow back through float casts). */
export function cast(t: Tensor, dtype: DType): Tensor {
  if (t.dtype === dtype) return t;
  return run1('Cast', [t], { to: dtypeInfo(dtype).code });
}

/** Operand `x` as a tensor of `dtype`. */
export function asTensor(x: TensorLike, dtype: DType): Tensor {
  return x instanceof Tensor ? cast(x, dtype) : scalarTensor(x, dtype);
}

/** All operands as tensors of their result type (or `floatOnly`: at least float32). */
export function promoted(xs: TensorLike[], floatOnly = false): Tensor[] {
  let d = resultType(...xs);
  if (floatOnly && !isFloatType(d)) d = 'float32';
  return xs.map((x) => asTensor(x, d));
}

export function isFloatType(d: DType): boolean {
  return dtypeInfo(d).isFloat;
}

/** Normalises dim `d` for a rank-`rank` tensor; `op` names the function in the error. */
export function normDim(d: number, rank: number, op: string): number {
  const r = Math.max(rank, 1);
  if (!Number.isInteger(d) || d < -r || d >= r) {
    throw new RangeError(
      `${op}: dimension ${d} out of range (expected to be in range of [${-r}, ${r - 1}])`,
    );
  }
  return d < 0 ? d + r : d;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export { shapeStr };
