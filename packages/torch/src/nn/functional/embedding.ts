// F.embedding and F.oneHot.
import { Tensor as CoreTensor } from '@tandem/core';
import { Tensor } from '../../tensor.js';
import { constant, op, reshape } from './ops.js';

/**
 * F.embedding(indices, weight [V, D], paddingIdx?): rows of weight; the paddingIdx row gets no
 * gradient (its value is returned unchanged).
 * @example F.embedding(torchIndices, emb.weight)
 */
export function embedding(indices: Tensor, weight: Tensor, paddingIdx?: number | null): Tensor {
  if (indices.dtype !== 'int64' && indices.dtype !== 'int32') {
    throw new TypeError(`embedding: indices must be int64 or int32, got ${indices.dtype}`);
  }
  const v = weight.shape[0];
  let w = weight;
  if (paddingIdx != null && weight.requiresGrad) {
    const pad = paddingIdx < 0 ? paddingIdx + v : paddingIdx;
    const keep = Array.from({ length: v }, (_, i) => i !== pad);
    const mask = new Tensor(CoreTensor.from(keep, 'bool', [v, 1]));
    // Same values; Where sends no gradient to the padding row.
    w = op('Where', [mask, weight, weight.detach()]);
  }
  return op('Gather', [w, indices], { axis: 0 });
}

/** F.oneHot(indices, numClasses = -1): int64 [..., numClasses]; -1 means max(indices) + 1. */
export function oneHot(indices: Tensor, numClasses = -1): Tensor {
  if (indices.dtype !== 'int64')
    throw new TypeError(`oneHot: indices must be int64, got ${indices.dtype}`);
  let depth = numClasses;
  if (depth < 0) depth = indices.numel() === 0 ? 0 : Math.max(...indices._value.toNumbers()) + 1;
  const vals = indices._value.toNumbers();
  if (vals.some((i) => i < 0 || i >= depth))
    throw new RangeError(`oneHot: class values must be in [0, ${depth})`);
  const out = op('OneHot', [indices, constant([depth], 'int64', []), constant([0, 1], 'int64')], {
    axis: -1,
  });
  return indices.ndim === 0 ? reshape(out, [depth]) : out;
}
