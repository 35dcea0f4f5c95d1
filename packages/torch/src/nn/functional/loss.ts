// Loss functionals (PyTorch's F.mse_loss, cross_entropy, ...), each composed of core ops.
import type { Tensor } from '../../tensor.js';
import { logSoftmax } from './activation.js';
import {
  add,
  addScalar,
  cast,
  constant,
  div,
  full,
  mean,
  mul,
  mulScalar,
  op,
  reshape,
  scalarLike,
  sub,
  sum,
  unary,
  unsqueeze,
} from './ops.js';

export type Reduction = 'none' | 'mean' | 'sum';

function reduce(fn: string, loss: Tensor, reduction: Reduction | 'batchmean' = 'mean'): Tensor {
  if (reduction === 'none') return loss;
  if (reduction === 'sum') return sum(loss);
  if (reduction === 'mean') return mean(loss);
  throw new RangeError(
    `${fn}: reduction must be 'none', 'mean' or 'sum', got '${String(reduction)}'`,
  );
}

function sameShape(fn: string, input: Tensor, target: Tensor): void {
  if (input.shape.join() !== target.shape.join()) {
    throw new RangeError(
      `${fn}: target of shape [${target.shape}] must match input of shape [${input.shape}]`,
    );
  }
}

/** F.mseLoss(input, target, {reduction}). @example F.mseLoss(pred, y) */
export function mseLoss(
  input: Tensor,
  target: Tensor,
  opts: { reduction?: Reduction } = {},
): Tensor {
  sameShape('mseLoss', input, target);
  const d = sub(input, target);
  return reduce('mseLoss', mul(d, d), opts.reduction);
}

/** F.l1Loss(input, target, {reduction}). */
export function l1Loss(
  input: Tensor,
  target: Tensor,
  opts: { reduction?: Reduction } = {},
): Tensor {
  sameShape('l1Loss', input, target);
  return reduce('l1Loss', unary('Abs', sub(input, target)), opts.reduction);
}

/** 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (smooth L1); huber = beta * smoothL1. */
function smoothL1(d: Tensor, beta: number): Tensor {
  const a = unary('Abs', d);
  if (beta === 0) return a;
  const quad = mulScalar(mul(d, d), 0.5 / beta);
  const lin = addScalar(a, -0.5 * beta);
  return op('Where', [op('Less', [a, scalarLike(beta, a)]), quad, lin]);
}

/** F.smoothL1Loss(input, target, {reduction, beta = 1}). */
export function smoothL1Loss(
  input: Tensor,
  target: Tensor,
  opts: { reduction?: Reduction; beta?: number } = {},
): Tensor {
  sameShape('smoothL1Loss', input, target);
  const beta = opts.beta ?? 1;
  if (beta < 0) throw new RangeError(`smoothL1Loss: beta must be non-negative, got ${beta}`);
  return reduce('smoothL1Loss', smoothL1(sub(input, target), beta), opts.reduction);
}

/** F.huberLoss(input, target, {reduction, delta = 1}). */
export function huberLoss(
  input: Tensor,
  target: Tensor,
  opts: { reduction?: Reduction; delta?: number } = {},
): Tensor {
  sameShape('huberLoss', input, target);
  const delta = opts.delta ?? 1;
  if (!(delta > 0)) throw new RangeError(`huberLoss: delta must be positive, got ${delta}`);
  return reduce('huberLoss', mulScalar(smoothL1(sub(input, target), delta), delta), opts.reduction);
}

export interface NLLOptions {
  weight?: Tensor | null;
  ignoreIndex?: number;
  reduction?: Reduction;
}

/** Unbatched input [C] / target [] becomes [1, C] / [1]; returns a function undoing it. */
function batched(
  fn: string,
  input: Tensor,
  target: Tensor,
): [Tensor, Tensor, (t: Tensor) => Tensor] {
  if (input.ndim === 0) throw new RangeError(`${fn}: input must have at least 1 dim, got a scalar`);
  if (input.ndim !== 1) return [input, target, (t) => t];
  return [
    unsqueeze(input, [0]),
    unsqueeze(target, [0]),
    (t) => (t.ndim === 0 ? t : reshape(t, [])),
  ];
}

function checkTarget(fn: string, input: Tensor, target: Tensor): void {
  const want = [input.shape[0], ...input.shape.slice(2)];
  if (target.shape.join() !== want.join()) {
    throw new RangeError(
      `${fn}: target of shape [${target.shape}] does not match input of shape [${input.shape}] (expected [${want}])`,
    );
  }
  if (target.dtype !== 'int64' && target.dtype !== 'int32') {
    throw new TypeError(`${fn}: class-index target must be int64, got ${target.dtype}`);
  }
}

/** F.nllLoss(logProbs [N, C, ...], target [N, ...] int64, {weight, ignoreIndex = -100, reduction}). */
export function nllLoss(input: Tensor, target: Tensor, opts: NLLOptions = {}): Tensor {
  const [x, t, unbatch] = batched('nllLoss', input, target);
  checkTarget('nllLoss', x, t);
  const inputs = opts.weight ? [x, t, opts.weight] : [x, t];
  const attrs = { reduction: opts.reduction ?? 'mean', ignore_index: opts.ignoreIndex ?? -100 };
  return unbatch(op('NegativeLogLikelihoodLoss', inputs, attrs));
}

export interface CrossEntropyOptions extends NLLOptions {
  /** In [0, 1]: mixes the target with the uniform distribution. */
  labelSmoothing?: number;
}

/** Per-class weight broadcast along dim 1 of a [N, C, ...] tensor. */
const classWeight = (w: Tensor, ndim: number) =>
  reshape(w, [w.shape[0], ...new Array<number>(ndim - 2).fill(1)]);

/**
 * F.crossEntropy(logits [N, C, ...] or [C], target, opts). The target is either class indices
 * (int64, [N, ...]) or class probabilities (float, the input's shape). Matches PyTorch's weight,
 * ignoreIndex, labelSmoothing and reduction semantics, including the weighted mean.
 * @example F.crossEntropy(logits, labels, { labelSmoothing: 0.1 })
 */
export function crossEntropy(
  input: Tensor,
  target: Tensor,
  opts: CrossEntropyOptions = {},
): Tensor {
  const reduction = opts.reduction ?? 'mean';
  const eps = opts.labelSmoothing ?? 0;
  if (!(eps >= 0 && eps <= 1))
    throw new RangeError(`crossEntropy: labelSmoothing must be in [0, 1], got ${eps}`);
  const probs = target.dtype === input.dtype && target.ndim === input.ndim;
  const [x, t, unbatch] = batched('crossEntropy', input, target);
  const c = x.shape[1];
  if (probs) {
    sameShape('crossEntropy', x, t);
    const logp = logSoftmax(x, 1);
    const tt = eps > 0 ? addScalar(mulScalar(t, 1 - eps), eps / c) : t;
    let prod = mul(logp, tt);
    if (opts.weight) prod = mul(prod, classWeight(opts.weight, x.ndim));
    const loss = op('Neg', [sum(prod, [1])]);
    if (reduction === 'mean') return div(sum(loss), scalarLike(x.numel() / c, loss));
    return unbatch(reduce('crossEntropy', loss, reduction));
  }
  checkTarget('crossEntropy', x, t);
  const ignore = opts.ignoreIndex ?? -100;
  const attrs = { reduction, ignore_index: ignore };
  const w = opts.weight ?? undefined;
  if (eps === 0) return unbatch(op('SoftmaxCrossEntropyLoss', w ? [x, t, w] : [x, t], attrs));
  // PyTorch: (1 - eps) * nll + eps / C * smooth, smooth = -sum_c w_c logp_c with ignored targets zeroed.
  const logp = logSoftmax(x, 1);
  const nll = op('NegativeLogLikelihoodLoss', w ? [logp, t, w] : [logp, t], attrs);
  const ignored = op('Equal', [t, constant(ignore, t.dtype, [])]);
  const weighted = w ? mul(logp, classWeight(w, x.ndim)) : logp;
  const smooth = op('Where', [ignored, full([], 0, x.dtype), op('Neg', [sum(weighted, [1])])]);
  let ret: Tensor;
  if (reduction === 'none') ret = smooth;
  else if (reduction === 'sum') ret = sum(smooth);
  else {
    const kept = cast(op('Not', [ignored]), x.dtype);
    const denom = w
      ? sum(
          mul(
            op('Gather', [w, op('Where', [ignored, constant(0, t.dtype, []), t])], { axis: 0 }),
            kept,
          ),
        )
      : sum(kept);
    ret = div(sum(smooth), denom);
  }
  return unbatch(add(mulScalar(nll, 1 - eps), mulScalar(ret, eps / c)));
}

/** F.binaryCrossEntropy(probs, target, {weight, reduction}); log terms are clamped at -100 as PyTorch. */
export function binaryCrossEntropy(
  input: Tensor,
  target: Tensor,
  opts: { weight?: Tensor | null; reduction?: Reduction } = {},
): Tensor {
  sameShape('binaryCrossEntropy', input, target);
  const clampLog = (v: Tensor) => op('Max', [unary('Log', v), scalarLike(-100, v)]);
  const one = scalarLike(1, input);
  const pos = mul(target, clampLog(input));
  const neg = mul(sub(one, target), clampLog(sub(one, input)));
  let loss = op('Neg', [add(pos, neg)]);
  if (opts.weight) loss = mul(loss, opts.weight);
  return reduce('binaryCrossEntropy', loss, opts.reduction);
}

/**
 * F.binaryCrossEntropyWithLogits(logits, target, {weight, posWeight, reduction}):
 * (1 - t) x + (1 + (posWeight - 1) t) softplus(-x), the stable form PyTorch uses.
 */
export function binaryCrossEntropyWithLogits(
  input: Tensor,
  target: Tensor,
  opts: { weight?: Tensor | null; posWeight?: Tensor | null; reduction?: Reduction } = {},
): Tensor {
  sameShape('binaryCrossEntropyWithLogits', input, target);
  const one = scalarLike(1, input);
  const sp = unary('Softplus', op('Neg', [input]));
  const logWeight = opts.posWeight ? add(mul(sub(opts.posWeight, one), target), one) : undefined;
  let loss = add(mul(sub(one, target), input), logWeight ? mul(logWeight, sp) : sp);
  if (opts.weight) loss = mul(loss, opts.weight);
  return reduce('binaryCrossEntropyWithLogits', loss, opts.reduction);
}

/**
 * F.klDiv(input = log q, target, {reduction = 'mean', logTarget}): target * (log target - input),
 * with 0 where target is 0. 'batchmean' divides the sum by the batch size (PyTorch's advice).
 */
export function klDiv(
  input: Tensor,
  target: Tensor,
  opts: { reduction?: Reduction | 'batchmean'; logTarget?: boolean } = {},
): Tensor {
  let loss: Tensor;
  if (opts.logTarget) {
    loss = mul(unary('Exp', target), sub(target, input));
  } else {
    // xlogy(t, t): log of 1 where t == 0 keeps both value and gradient finite.
    const pos = op('Greater', [target, scalarLike(0, target)]);
    const safe = op('Where', [pos, target, scalarLike(1, target)]);
    loss = sub(mul(target, unary('Log', safe)), mul(target, input));
  }
  const reduction = opts.reduction ?? 'mean';
  if (reduction === 'batchmean') {
    const n = input.ndim === 0 ? 1 : input.shape[0];
    return div(sum(loss), scalarLike(n, loss));
  }
  return reduce('klDiv', loss, reduction);
}
