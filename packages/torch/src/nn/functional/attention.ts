// F.multiHeadAttentionForward: PyTorch's multi_head_attention_forward on core ops
// (packed in-projection, scaled dot product, masks, optional dropout on the weights).
import type { Tensor } from '../../tensor.js';
import type { Generator } from '../seed.js';
import { softmax } from './activation.js';
import { dropout } from './dropout.js';
import { linear } from './linear.js';
import {
  add,
  chunk,
  constant,
  full,
  matmul,
  mean,
  mulScalar,
  op,
  reshape,
  swapDims,
} from './ops.js';

export interface MultiHeadAttentionOptions {
  numHeads: number;
  inProjWeight: Tensor;
  inProjBias?: Tensor | null;
  outProjWeight: Tensor;
  outProjBias?: Tensor | null;
  /** [L, S] or [N * numHeads, L, S]; bool (true = masked out) or float (added to the scores). */
  attnMask?: Tensor | null;
  /** [N, S]; bool (true = ignore that key) or float (added). */
  keyPaddingMask?: Tensor | null;
  needWeights?: boolean;
  averageAttnWeights?: boolean;
  dropoutP?: number;
  training?: boolean;
  generator?: Generator | null;
}

/** A float mask to add to the scores: bool true -> -inf, float as is. */
function additive(mask: Tensor, like: Tensor): Tensor {
  if (mask.dtype !== 'bool') return mask;
  return op('Where', [mask, constant(-Infinity, like.dtype, []), full([], 0, like.dtype)]);
}

/**
 * Inputs are sequence-first: query [L, N, E], key/value [S, N, E] (or unbatched [L, E] / [S, E]).
 * Returns [output [L, N, E], weights [N, L, S] (averaged) or [N, H, L, S], or null].
 */
export function multiHeadAttentionForward(
  query: Tensor,
  key: Tensor,
  value: Tensor,
  o: MultiHeadAttentionOptions,
): [Tensor, Tensor | null] {
  const unbatched = query.ndim === 2;
  if (unbatched) {
    [query, key, value] = [query, key, value].map((t) =>
      op('Unsqueeze', [t, constant([1], 'int64')]),
    );
  }
  const [L, N, E] = query.shape;
  const S = key.shape[0];
  const H = o.numHeads;
  const hd = E / H;
  if (key.shape[1] !== N || value.shape[1] !== N || key.shape[2] !== E || value.shape[0] !== S) {
    throw new RangeError(
      `multiHeadAttention: query [${query.shape}], key [${key.shape}] and value [${value.shape}] do not agree`,
    );
  }
  const w = o.inProjWeight;
  const b = o.inProjBias;
  let q: Tensor;
  let k: Tensor;
  let v: Tensor;
  if (query === key && key === value) {
    [q, k, v] = chunk(linear(query, w, b), 3, 2);
  } else {
    const [wq, wk, wv] = chunk(w, 3, 0);
    const [bq, bk, bv] = b ? chunk(b, 3, 0) : [null, null, null];
    [q, k, v] = [linear(query, wq, bq), linear(key, wk, bk), linear(value, wv, bv)];
  }
  // [T, N, E] -> [N * H, T, hd]
  const heads = (t: Tensor, T: number) => swapDims(reshape(t, [T, N * H, hd]), 0, 1);
  q = mulScalar(heads(q, L), 1 / Math.sqrt(hd));
  k = heads(k, S);
  v = heads(v, S);
  let scores = matmul(q, swapDims(k, 1, 2)); // [N*H, L, S]
  if (o.attnMask) {
    const m = additive(o.attnMask, scores);
    if (m.ndim === 3 && m.shape[0] !== N * H) {
      throw new RangeError(
        `multiHeadAttention: 3-d attnMask must be [${N * H}, ${L}, ${S}], got [${m.shape}]`,
      );
    }
    scores = add(scores, m);
  }
  if (o.keyPaddingMask) {
    const kpm = o.keyPaddingMask;
    const shaped = reshape(kpm, [N, 1, 1, S]);
    scores = reshape(add(reshape(scores, [N, H, L, S]), additive(shaped, scores)), [N * H, L, S]);
  }
  let attn = softmax(scores, -1);
  if (o.training && (o.dropoutP ?? 0) > 0)
    attn = dropout(attn, o.dropoutP, { generator: o.generator });
  let out = matmul(attn, v); // [N*H, L, hd]
  out = reshape(swapDims(out, 0, 1), [L * N, E]);
  out = reshape(linear(out, o.outProjWeight, o.outProjBias), [L, N, E]);
  let weights: Tensor | null = null;
  if (o.needWeights ?? true) {
    weights = reshape(attn, [N, H, L, S]);
    if (o.averageAttnWeights ?? true) weights = mean(weights, [1]);
  }
  if (unbatched) {
    out = reshape(out, [L, E]);
    if (weights) weights = reshape(weights, weights.shape.slice(1));
  }
  return [out, weights];
}
