// Shared pieces of the reduction family: axes resolution, shape inference and the gradient
// plumbing that brings a reduced gradient back to the input's shape.
import type { DType } from '../dtype.js';
import { ShapeError } from '../errors.js';
import { normAxis } from '../shape.js';
import { Tensor } from '../tensor.js';
import { constInts } from './infer.js';
import type { AttrReader, InferContext, OpBuilder, OutputInfo } from './registry.js';
import type { Dim } from './types.js';

/** Dtypes the native reduction kernels accept (no 16-bit floats, no bool). */
export const REDUCE_DTYPES: readonly DType[] = [
  'float32',
  'float64',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
];

/**
 * Normalized, sorted, unique axes of a reduction, or 'noop' for the identity. `axes` undefined
 * means the input was omitted; ONNX treats that like an empty list.
 */
export function resolveAxes(
  op: string,
  axes: readonly number[] | undefined,
  rank: number,
  noop: boolean,
): number[] | 'noop' {
  if (!axes || axes.length === 0) return noop ? 'noop' : Array.from({ length: rank }, (_, i) => i);
  const out = axes.map((a) => normAxis(a, rank, op));
  const sorted = [...new Set(out)].sort((a, b) => a - b);
  if (sorted.length !== out.length)
    throw new ShapeError(`${op}: axes [${axes.join(', ')}] repeat an axis`);
  return sorted;
}

/** Output shape of a reduction over known axes. */
export function reducedShape<D extends Dim>(
  shape: readonly D[],
  axes: readonly number[],
  keep: boolean,
) {
  const out: D[] = [];
  shape.forEach((d, i) => {
    if (!axes.includes(i)) out.push(d);
    else if (keep) out.push(1 as D);
  });
  return out;
}

/** Shape inference for Reduce*(data, axes?) with keepdims / noop_with_empty_axes. */
export function inferReduce(ctx: InferContext, dtype?: DType): OutputInfo[] {
  const x = ctx.input(0);
  const out = (shape: Dim[] | null): OutputInfo[] => [
    { dtype: dtype ?? x.dtype ?? 'float32', shape },
  ];
  if (!x.shape) return out(null);
  const keep = ctx.attrs.int('keepdims') !== 0;
  const axesInfo = ctx.inputs[1];
  const axes = axesInfo ? constInts(axesInfo) : undefined;
  if (axesInfo && axes === undefined) {
    // Axes known only at run time: with keepdims the rank survives.
    const n = axesInfo.shape?.[0];
    if (keep) return out(x.shape.map(() => null));
    return out(
      typeof n === 'number' && n > 0 ? new Array<Dim>(x.shape.length - n).fill(null) : null,
    );
  }
  const r = resolveAxes(ctx.op, axes, x.shape.length, ctx.attrs.int('noop_with_empty_axes') !== 0);
  return out(r === 'noop' ? [...x.shape] : reducedShape(x.shape, r, keep));
}

/** A scalar constant of `dtype` in the builder's host. */
export function scalarConst<V>(b: OpBuilder<V>, value: number, like: V): V {
  return b.constant(Tensor.scalar(value, b.info(like).dtype ?? 'float32'));
}

/** An int64 1-D constant. */
export function intsConst<V>(b: OpBuilder<V>, values: readonly number[]): V {
  return b.constant(
    Tensor.from(BigInt64Array.from(values.map((v) => BigInt(v))), 'int64', [values.length]),
  );
}

/**
 * Brings a value with the reduced shape (the gradient, or the output itself) back to the rank of
 * the input by re-inserting the reduced axes when keepdims was 0; broadcasting does the rest.
 */
export function keepDims<V>(b: OpBuilder<V>, v: V, axes: V | undefined, attrs: AttrReader): V {
  if (attrs.int('keepdims') !== 0 || !axes) return v;
  const n = b.info(axes).shape?.[0];
  if (n === 0) return v;
  return b.apply('Unsqueeze', [v, axes])[0];
}

/** Expands the (keepdims-form) gradient to the input's shape. */
export function expandTo<V>(b: OpBuilder<V>, g: V, x: V): V {
  return b.apply('Expand', [g, b.apply('Shape', [x])[0]])[0];
}

/** Number of input elements per output element, as a scalar of x's dtype. */
export function reductionCount<V>(b: OpBuilder<V>, x: V, y: V): V {
  const xs = b.info(x).shape;
  const ys = b.info(y).shape;
  const dtype = b.info(x).dtype ?? 'float32';
  if (
    xs &&
    ys &&
    xs.every((d) => typeof d === 'number') &&
    ys.every((d) => typeof d === 'number')
  ) {
    const nx = (xs as number[]).reduce((a, d) => a * d, 1);
    const ny = (ys as number[]).reduce((a, d) => a * d, 1);
    return b.constant(Tensor.scalar(ny === 0 ? 0 : nx / ny, dtype));
  }
  const ratio = b.apply('Div', [b.apply('Size', [x])[0], b.apply('Size', [y])[0]])[0];
  return b.apply('Cast', [ratio], { to: castCode(dtype) })[0];
}

function castCode(d: DType): number {
  return d === 'float64' ? 11 : 1;
}

/** Axes for the native kernel from the axes input (undefined when omitted). */
export function axesFromInput(t: Tensor | undefined): number[] | undefined {
  return t ? t.toNumbers() : undefined;
}
