// Views and joins: reshape, permute, expand, slicing, split/chunk, cat/stack, repeat.
// Every view shares storage with its input (Note [Views and versions] in dispatch.ts).
import {
  ShapeError,
  Tensor as CoreTensor,
  copyStrided,
  expandView,
  shapeStr,
  sliceView,
  transposeView,
} from '@tandem/core';
import type { Tensor } from '../tensor.js';
import { cast, int64s, normDim, promoteTypes } from './promote.js';
import { apply1 as run1 } from '../dispatch.js';

const numel = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

/** A new tensor object over the same storage (PyTorch's alias / view_as(self)). */
export function alias(x: Tensor): Tensor {
  return run1('Identity', [x]);
}

/** Resolves one -1 in a target shape against `x`'s element count. */
function inferShape(op: string, x: Tensor, shape: readonly number[]): number[] {
  const out = [...shape];
  const neg = out.filter((d) => d === -1).length;
  if (neg > 1 || out.some((d) => !Number.isInteger(d) || d < -1)) {
    throw new ShapeError(`${op}: invalid shape ${shapeStr(shape)}`);
  }
  const known = numel(out.filter((d) => d !== -1));
  const n = x.numel();
  if (neg === 1 && known !== 0 && n % known === 0) out[out.indexOf(-1)] = n / known;
  if (out.includes(-1) || numel(out) !== n) {
    throw new ShapeError(
      `${op}: shape ${shapeStr(shape)} is invalid for input of shape ${shapeStr(x.shape)} (${n} elements)`,
    );
  }
  return out;
}

/** A view with a new shape; the input must be contiguous (use reshape otherwise). */
export function view(x: Tensor, shape: readonly number[]): Tensor {
  const s = inferShape('view', x, shape);
  if (!x._value.isContiguous()) {
    throw new ShapeError(
      `view: size ${shapeStr(s)} is not compatible with the input's size ${shapeStr(x.shape)} and strides ` +
        `${shapeStr(x._value.strides)}; use reshape() instead`,
    );
  }
  return run1('Reshape', [x, int64s(s)]);
}

/** A view when the layout allows it, else a copy. @example x.reshape(2, -1) */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  return run1('Reshape', [x, int64s(inferShape('reshape', x, shape))]);
}

/** Merges dims startDim..endDim into one. */
export function flatten(x: Tensor, startDim = 0, endDim = -1): Tensor {
  if (x.ndim === 0) return reshape(x, [1]);
  const s = normDim(startDim, x.ndim, 'flatten');
  const e = normDim(endDim, x.ndim, 'flatten');
  if (s > e) throw new RangeError('flatten: startDim cannot come after endDim');
  const shape = x.shape;
  return reshape(x, [...shape.slice(0, s), numel(shape.slice(s, e + 1)), ...shape.slice(e + 1)]);
}

/** Splits dim `dim` into `sizes` (one may be -1). */
export function unflatten(x: Tensor, dim: number, sizes: readonly number[]): Tensor {
  const d = normDim(dim, x.ndim, 'unflatten');
  const shape = x.shape;
  const part = [...sizes];
  const known = numel(part.filter((v) => v !== -1));
  if (part.includes(-1)) part[part.indexOf(-1)] = shape[d] / known;
  if (numel(part) !== shape[d] || !part.every(Number.isInteger)) {
    throw new ShapeError(
      `unflatten: sizes ${shapeStr(sizes)} do not multiply to ${shape[d]} (dim ${dim} of ${shapeStr(shape)})`,
    );
  }
  return reshape(x, [...shape.slice(0, d), ...part, ...shape.slice(d + 1)]);
}

/** Removes size-1 dims (all of them, or those among `dim` — other dims are left alone). */
export function squeeze(x: Tensor, dim?: number | readonly number[]): Tensor {
  const dims =
    dim === undefined
      ? x.shape.map((_, i) => i)
      : (typeof dim === 'number' ? [dim] : dim).map((d) => normDim(d, x.ndim, 'squeeze'));
  const axes = dims.filter((d) => x.shape[d] === 1);
  if (axes.length === 0) return alias(x);
  const keep = (_: number, i: number) => !axes.includes(i);
  return run1('Squeeze', [x, int64s(axes)], undefined, ([v]) => [
    v!.view(v!.shape.filter(keep), v!.strides.filter(keep), v!.offset),
  ]);
}

/** Inserts a size-1 dim at `dim` (in [-ndim-1, ndim]). */
export function unsqueeze(x: Tensor, dim: number): Tensor {
  const d = normDim(dim, x.ndim + 1, 'unsqueeze');
  return run1('Unsqueeze', [x, int64s([d])], undefined, ([v]) => {
    const shape = [...v!.shape];
    const strides = [...v!.strides];
    shape.splice(d, 0, 1);
    strides.splice(d, 0, d < v!.rank ? v!.shape[d] * v!.strides[d] : 1);
    return [v!.view(shape, strides, v!.offset)];
  });
}

/** Reorders dims (a view). @example x.permute(0, 2, 1) */
export function permute(x: Tensor, dims: readonly number[]): Tensor {
  if (dims.length !== x.ndim) {
    throw new ShapeError(
      `permute: number of dims ${dims.length} doesn't match the tensor's ${x.ndim} (${shapeStr(x.shape)})`,
    );
  }
  const perm = dims.map((d) => normDim(d, x.ndim, 'permute'));
  if (new Set(perm).size !== perm.length)
    throw new ShapeError(`permute: repeated dim in ${shapeStr(dims)}`);
  return run1('Transpose', [x], { perm }, ([v]) => [transposeView(v!, perm)]);
}

/** Swaps two dims (a view). */
export function transpose(x: Tensor, dim0: number, dim1: number): Tensor {
  if (x.ndim === 0) return alias(x);
  const perm = x.shape.map((_, i) => i);
  const a = normDim(dim0, x.ndim, 'transpose');
  const b = normDim(dim1, x.ndim, 'transpose');
  [perm[a], perm[b]] = [perm[b], perm[a]];
  return permute(x, perm);
}

/** Transpose of a matrix; 0-d and 1-d tensors are returned as they are (as views). */
export function t(x: Tensor): Tensor {
  if (x.ndim > 2)
    throw new ShapeError(
      `t: expects a tensor with <= 2 dimensions, but got ${x.ndim}-d ${shapeStr(x.shape)}`,
    );
  return x.ndim < 2 ? alias(x) : transpose(x, 0, 1);
}

/** Broadcasts to `sizes` without copying (-1 keeps a dim). @example x.expand(4, -1) */
export function expand(x: Tensor, sizes: readonly number[]): Tensor {
  if (sizes.length < x.ndim) {
    throw new ShapeError(
      `expand: the number of sizes ${shapeStr(sizes)} must be >= ` +
        `the tensor's ${x.ndim} dims (${shapeStr(x.shape)})`,
    );
  }
  const lead = sizes.length - x.ndim;
  const target = sizes.map((s, i) => {
    if (s !== -1) return s;
    if (i < lead)
      throw new ShapeError(
        `expand: -1 is not allowed in a leading, non-existing dimension (${shapeStr(sizes)})`,
      );
    return x.shape[i - lead];
  });
  return run1('Expand', [x, int64s(target)], undefined, ([v]) => [expandView(v!, target)]);
}

export function expandAs(x: Tensor, other: Tensor): Tensor {
  return expand(x, other.shape);
}

/** Elements start..start+length-1 along `dim` (a view). */
export function narrow(x: Tensor, dim: number, start: number, length: number): Tensor {
  const d = normDim(dim, x.ndim, 'narrow');
  const n = x.shape[d];
  const s = start < 0 ? start + n : start;
  if (s < 0 || length < 0 || s + length > n) {
    throw new RangeError(
      `narrow: start ${start} + length ${length} exceeds dimension size ${n} ` +
        `(dim ${dim} of ${shapeStr(x.shape)})`,
    );
  }
  return stridedSlice(x, d, s, length, 1);
}

function stridedSlice(x: Tensor, d: number, start: number, length: number, step: number): Tensor {
  const inputs = [x, int64s([start]), int64s([start + length * step]), int64s([d]), int64s([step])];
  return run1('Slice', inputs, undefined, ([v]) => [sliceView(v!, [d], [start], [length], [step])]);
}

/**
 * Python's `x[..., start:end:step, ...]` on dim `dim` (a view); indices clamp as in Python.
 * @example x.slice(1, 0, -1) // x[:, :-1]
 */
export function slice(x: Tensor, dim: number, start = 0, end?: number, step = 1): Tensor {
  if (!Number.isInteger(step) || step <= 0)
    throw new RangeError(`slice: step must be a positive integer (got ${step})`);
  const d = normDim(dim, x.ndim, 'slice');
  const n = x.shape[d];
  const clampIdx = (i: number) => Math.min(Math.max(i < 0 ? i + n : i, 0), n);
  const s = clampIdx(start);
  const e = clampIdx(end ?? n);
  const length = e > s ? Math.ceil((e - s) / step) : 0;
  return stridedSlice(x, d, s, length, step);
}

/** x[..., index, ...] on dim `dim`, removing that dim (a view). */
export function select(x: Tensor, dim: number, index: number): Tensor {
  const d = normDim(dim, x.ndim, 'select');
  const n = x.shape[d];
  if (!Number.isInteger(index) || index < -n || index >= n) {
    throw new RangeError(
      `select: index ${index} out of range for dim ${dim} of size ${n} (${shapeStr(x.shape)})`,
    );
  }
  return squeeze(stridedSlice(x, d, index < 0 ? index + n : index, 1, 1), d);
}

/** Pieces of `splitSize` along dim (the last may be smaller), or of the given sizes (views). */
export function split(x: Tensor, splitSize: number | readonly number[], dim = 0): Tensor[] {
  const d = normDim(dim, x.ndim, 'split');
  const n = x.shape[d];
  let sizes: number[];
  if (typeof splitSize === 'number') {
    if (!(splitSize > 0))
      throw new RangeError(`split: split size must be positive (got ${splitSize})`);
    sizes = Array.from({ length: Math.max(1, Math.ceil(n / splitSize)) }, (_, i) =>
      Math.min(splitSize, n - i * splitSize),
    );
  } else {
    sizes = [...splitSize];
    if (sizes.reduce((a, b) => a + b, 0) !== n) {
      throw new ShapeError(
        `split: sizes ${shapeStr(sizes)} must sum to ${n} (dim ${dim} of ${shapeStr(x.shape)})`,
      );
    }
  }
  let at = 0;
  return sizes.map((len) => {
    const piece = narrow(x, d, at, len);
    at += len;
    return piece;
  });
}

/** `chunks` pieces of equal size (the last may be smaller), as PyTorch's chunk. */
export function chunk(x: Tensor, chunks: number, dim = 0): Tensor[] {
  const n = x.shape[normDim(dim, x.ndim, 'chunk')];
  return split(x, Math.max(1, Math.ceil(n / chunks)), dim);
}

/** All slices along `dim`, with that dim removed. */
export function unbind(x: Tensor, dim = 0): Tensor[] {
  const d = normDim(dim, x.ndim, 'unbind');
  return Array.from({ length: x.shape[d] }, (_, i) => select(x, d, i));
}

/** Tiles the tensor (PyTorch's repeat, NumPy's tile). @example x.repeat(2, 1) */
export function repeat(x: Tensor, sizes: readonly number[]): Tensor {
  if (sizes.length < x.ndim) {
    throw new ShapeError(
      `repeat: number of repeat dims ${sizes.length} can not be smaller than the tensor's ${x.ndim}`,
    );
  }
  const padded =
    x.ndim < sizes.length
      ? reshape(x, [...new Array(sizes.length - x.ndim).fill(1), ...x.shape])
      : x;
  return run1('Tile', [padded, int64s(sizes)]);
}

/** Reverses the order of elements along `dims` (a copy, as PyTorch). */
export function flip(x: Tensor, dims: readonly number[]): Tensor {
  const axes = dims.map((d) => normDim(d, x.ndim, 'flip'));
  const big = Number.MAX_SAFE_INTEGER;
  const inputs = [
    x,
    int64s(axes.map(() => -1)),
    int64s(axes.map(() => -big)),
    int64s(axes),
    int64s(axes.map(() => -1)),
  ];
  return run1('Slice', inputs);
}

function commonDType(op: string, tensors: readonly Tensor[]) {
  if (tensors.length === 0) throw new RangeError(`${op}: expected a non-empty list of tensors`);
  return tensors.map((x) => x.dtype).reduce(promoteTypes);
}

/** Joins tensors along an existing dim. @example torch.cat([a, b], 1) */
export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  const dtype = commonDType('cat', tensors);
  const d = normDim(dim, tensors[0].ndim, 'cat');
  return run1(
    'Concat',
    tensors.map((x) => cast(x, dtype)),
    { axis: d },
  );
}

/** Joins equally shaped tensors along a new dim. */
export function stack(tensors: readonly Tensor[], dim = 0): Tensor {
  commonDType('stack', tensors);
  const s0 = tensors[0].shape;
  tensors.forEach((x, i) => {
    if (x.shape.join() !== s0.join()) {
      throw new ShapeError(
        `stack expects each tensor to be equal size, but got ${shapeStr(s0)} at entry 0 ` +
          `and ${shapeStr(x.shape)} at entry ${i}`,
      );
    }
  });
  const d = normDim(dim, s0.length + 1, 'stack');
  return cat(
    tensors.map((x) => unsqueeze(x, d)),
    d,
  );
}

/** The tensor itself when contiguous, else a contiguous copy (recorded, gradient flows). */
export function contiguous(x: Tensor): Tensor {
  if (x._value.isContiguous()) return x;
  return run1('Identity', [x], undefined, ([v]) => [v!.contiguous()]);
}

/** A copy with its own storage, recorded for autograd (PyTorch's clone). */
export function clone(x: Tensor): Tensor {
  return run1('Identity', [x], undefined, ([v]) => {
    const out = new CoreTensor(v!.dtype, v!.shape);
    if (out.size > 0) copyStrided(v!, out);
    return [out];
  });
}
