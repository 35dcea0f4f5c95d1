// F.batchNorm, F.layerNorm, F.groupNorm over core's BatchNormalization and LayerNormalization.
import { copyStrided } from '@tandem/core';
import { noGrad } from '../../autograd/grad-mode.js';
import type { Tensor } from '../../tensor.js';
import { add, cast, full, mul, mulScalar, op, opN, reshape } from './ops.js';

export interface BatchNormOptions {
  weight?: Tensor | null;
  bias?: Tensor | null;
  training?: boolean;
  /** Running-average factor; null = cumulative moving average (PyTorch's momentum=None). */
  momentum?: number | null;
  eps?: number;
  /** With momentum null: how many batches the running averages already hold (num_batches_tracked). */
  numBatchesTracked?: number;
}

/** Overwrites `dst`'s storage with `src` (same shape), counting it as an in-place write. */
export function assignInPlace(dst: Tensor, src: Tensor): void {
  copyStrided(
    src._value.dtype === dst.dtype ? src._value : cast(src, dst.dtype)._value,
    dst._value,
  );
  dst._version.n++;
}

/**
 * F.batchNorm(x [N, C, ...], runningMean, runningVar, opts). In training mode it normalizes with
 * the batch statistics and updates the running stats in place, as PyTorch: the running variance
 * uses the unbiased batch variance (core's op reports the biased one; we rescale by n/(n-1)).
 * @example F.batchNorm(x, rm, rv, { training: true, momentum: 0.1 })
 */
export function batchNorm(
  x: Tensor,
  runningMean: Tensor | null,
  runningVar: Tensor | null,
  opts: BatchNormOptions = {},
): Tensor {
  const training = opts.training ?? false;
  const eps = opts.eps ?? 1e-5;
  const c = x.shape[1];
  if (x.ndim < 2)
    throw new RangeError(`batchNorm: expected input with rank >= 2 (N, C, ...), got [${x.shape}]`);
  const scale = opts.weight ?? full([c], 1, x.dtype);
  const bias = opts.bias ?? full([c], 0, x.dtype);
  if (!training) {
    if (!runningMean || !runningVar)
      throw new RangeError('batchNorm: running stats are required in eval mode');
    return op('BatchNormalization', [x, scale, bias, runningMean, runningVar], { epsilon: eps });
  }
  const count = x.numel() / c;
  if (count <= 1) {
    throw new RangeError(
      `batchNorm: expected more than 1 value per channel when training, got input of shape [${x.shape}]`,
    );
  }
  // momentum 0 makes the op's running outputs the batch mean and biased batch variance.
  const zeros = full([c], 0, x.dtype);
  const [y, batchMean, batchVar] = opN('BatchNormalization', [x, scale, bias, zeros, zeros], {
    epsilon: eps,
    momentum: 0,
    training_mode: 1,
  });
  if (runningMean && runningVar) {
    noGrad(() => {
      const m =
        opts.momentum === null ? 1 / ((opts.numBatchesTracked ?? 0) + 1) : (opts.momentum ?? 0.1);
      const unbiased = mulScalar(batchVar.detach(), count / (count - 1));
      assignInPlace(
        runningMean,
        add(mulScalar(runningMean, 1 - m), mulScalar(batchMean.detach(), m)),
      );
      assignInPlace(runningVar, add(mulScalar(runningVar, 1 - m), mulScalar(unbiased, m)));
    });
  }
  return y;
}

/**
 * F.layerNorm(x, normalizedShape, weight?, bias?, eps = 1e-5): normalizes over the trailing dims.
 * @example F.layerNorm(x, [16], w, b)
 */
export function layerNorm(
  x: Tensor,
  normalizedShape: number[],
  weight?: Tensor | null,
  bias?: Tensor | null,
  eps = 1e-5,
): Tensor {
  const k = normalizedShape.length;
  if (x.shape.slice(x.ndim - k).join() !== normalizedShape.join()) {
    throw new RangeError(
      `layerNorm: input of shape [${x.shape}] does not end with normalizedShape [${normalizedShape}]`,
    );
  }
  const scale = weight ?? full(normalizedShape, 1, x.dtype);
  return op('LayerNormalization', bias ? [x, scale, bias] : [x, scale], { axis: -k, epsilon: eps });
}

/**
 * F.groupNorm(x [N, C, ...], numGroups, weight?, bias?, eps = 1e-5): normalizes each group of
 * C/numGroups channels (with their spatial dims) of each sample, then scales per channel.
 */
export function groupNorm(
  x: Tensor,
  numGroups: number,
  weight?: Tensor | null,
  bias?: Tensor | null,
  eps = 1e-5,
): Tensor {
  const [n, c] = x.shape;
  if (x.ndim < 2 || c % numGroups !== 0) {
    throw new RangeError(
      `groupNorm: ${c} channels of input [${x.shape}] are not divisible into ${numGroups} groups`,
    );
  }
  const per = x.numel() / (n * numGroups);
  const grouped = reshape(x, [n, numGroups, per]);
  const normed = op('LayerNormalization', [grouped, full([per], 1, x.dtype)], {
    axis: 2,
    epsilon: eps,
  });
  let y = reshape(normed, x.shape);
  const chan = [c, ...new Array<number>(x.ndim - 2).fill(1)];
  if (weight) y = mul(y, reshape(weight, chan));
  if (bias) y = add(y, reshape(bias, chan));
  return y;
}
