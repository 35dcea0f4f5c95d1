// Zero-copy views: the movement ops compute a view, then (if needed) one strided Copy.
import { ShapeError } from './errors.js';
import { type Shape, contiguousStrides, normAxis, numel, shapeStr } from './shape.js';
import { Tensor } from './tensor.js';

/** Broadcasts `t` to `shape` with stride 0 on the expanded dims (NumPy rules). */
export function expandView(t: Tensor, shape: Shape): Tensor {
  const rank = shape.length;
  if (t.rank > rank)
    throw new ShapeError(`expand: cannot expand ${shapeStr(t.shape)} to ${shapeStr(shape)}`);
  const strides = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const j = i - (rank - t.rank);
    if (j < 0) strides[i] = 0;
    else if (t.shape[j] === shape[i]) strides[i] = t.strides[j];
    else if (t.shape[j] === 1) strides[i] = 0;
    else throw new ShapeError(`expand: cannot expand ${shapeStr(t.shape)} to ${shapeStr(shape)}`);
  }
  return t.view(shape, strides);
}

export function transposeView(t: Tensor, perm: readonly number[]): Tensor {
  if (
    perm.length !== t.rank ||
    new Set(perm).size !== perm.length ||
    perm.some((p) => p < 0 || p >= t.rank)
  ) {
    throw new ShapeError(
      `Transpose: perm [${perm.join(', ')}] is not a permutation of ${t.rank} axes`,
    );
  }
  return t.view(
    perm.map((p) => t.shape[p]),
    perm.map((p) => t.strides[p]),
  );
}

/** A reshaped view when the memory layout allows it, else a reshaped contiguous copy. */
export function reshape(t: Tensor, shape: Shape): Tensor {
  if (numel(shape) !== t.size) {
    throw new ShapeError(
      `Reshape: cannot reshape ${shapeStr(t.shape)} (${t.size} elements) to ${shapeStr(shape)}`,
    );
  }
  const base = t.isContiguous() ? t : t.contiguous();
  return base.view(shape, contiguousStrides(shape), base.offset);
}

/** A strided slice view; ends/starts already clamped, steps non-zero (negative allowed). */
export function sliceView(
  t: Tensor,
  axes: readonly number[],
  starts: readonly number[],
  lengths: readonly number[],
  steps: readonly number[],
): Tensor {
  const shape = [...t.shape];
  const strides = [...t.strides];
  let offset = t.offset;
  axes.forEach((a, i) => {
    const ax = normAxis(a, t.rank, 'Slice');
    offset += starts[i] * t.strides[ax];
    shape[ax] = lengths[i];
    strides[ax] = t.strides[ax] * steps[i];
  });
  if (shape.some((d) => d === 0)) return new Tensor(t.dtype, shape);
  return t.view(shape, strides, offset);
}
