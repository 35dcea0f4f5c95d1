// Helpers shared by the movement, indexing and generator families.
import type { DType } from '../dtype.js';
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { contiguousStrides, shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import type { KernelContext, OpBuilder } from './registry.js';
import type { Dim } from './types.js';

/** A 1-D int64 tensor (shapes, axes, pads, split sizes). */
export function int64s(values: readonly number[]): Tensor {
  return Tensor.from(values, 'int64', [values.length]);
}

/** A 1-D int64 constant in a gradient formula. */
export function constInt64s<V>(b: OpBuilder<V>, values: readonly number[]): V {
  return b.constant(int64s(values));
}

/** Copies any strided view into a fresh contiguous tensor from the context's allocator. */
export function copyOut(ctx: KernelContext, view: Tensor): Tensor {
  const y = ctx.alloc(view.dtype, view.shape);
  if (y.size > 0) runKernel('Copy', [view], [y]);
  return y;
}

/** `t` reshaped without copying when it is contiguous, else through one Copy. */
export function reshapeOut(ctx: KernelContext, t: Tensor, shape: readonly number[]): Tensor {
  const base = t.isContiguous() ? t : copyOut(ctx, t);
  return base.view(shape, contiguousStrides(shape), base.offset);
}

/** Writes `value` into every element of a freshly allocated (contiguous) tensor. */
export function fillTensor(t: Tensor, value: number | bigint): Tensor {
  if (t.size === 0) return t;
  const d = t.data();
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) {
    d.fill(typeof value === 'bigint' ? value : BigInt(Math.trunc(value)));
  } else {
    const tmp = Tensor.from([typeof value === 'bigint' ? Number(value) : value], t.dtype, [1]);
    (d as Float32Array).fill(Number(tmp.data()[0]));
  }
  return t;
}

/** Normalises axes against `rank`, rejecting duplicates; `what` names the op. */
export function normAxes(axes: readonly number[], rank: number, op: string): number[] {
  const out = axes.map((a) => {
    if (!Number.isInteger(a) || a < -rank || a >= rank) {
      throw new ShapeError(`${op}: axis ${a} is out of range for rank ${rank}`);
    }
    return a < 0 ? a + rank : a;
  });
  if (new Set(out).size !== out.length)
    throw new ShapeError(`${op}: repeated axis in [${axes.join(', ')}]`);
  return out;
}

/** Product of dims, or null when any is unknown. */
export function dimProduct(dims: readonly Dim[]): number | null {
  let n = 1;
  for (const d of dims) {
    if (typeof d !== 'number') return null;
    n *= d;
  }
  return n;
}

/** Sum of dims, or null when any is unknown. */
export function dimSum(dims: readonly Dim[]): number | null {
  let n = 0;
  for (const d of dims) {
    if (typeof d !== 'number') return null;
    n += d;
  }
  return n;
}

/** zeros shaped like `like`, with dtype `dtype` (gradient formulas: missing output gradients). */
export function zerosLike<V>(b: OpBuilder<V>, like: V, dtype?: DType): V {
  const dt = dtype ?? b.info(like).dtype ?? 'float32';
  return b.apply('ConstantOfShape', [b.apply('Shape', [like])[0]], {
    value: Tensor.from([0], dt, [1]),
  })[0];
}

/** Checks a shape tensor input: 1-D int64 of non-negative (or allowed special) values. */
export function checkShapeTensor(op: string, t: Tensor, what: string): number[] {
  if (t.dtype !== 'int64')
    throw new ShapeError(`${op}: input '${what}' must be int64, got ${t.dtype}`);
  if (t.rank !== 1)
    throw new ShapeError(`${op}: input '${what}' must be 1-D, got shape ${shapeStr(t.shape)}`);
  return t.toNumbers();
}
