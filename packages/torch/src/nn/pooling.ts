// MaxPool1d/2d, AvgPool1d/2d, AdaptiveAvgPool2d.
import type { Tensor } from '../tensor.js';
import {
  type AvgPoolOptions,
  type MaxPoolOptions,
  adaptiveAvgPool2d,
  avgPool1d,
  avgPool2d,
  maxPool1d,
  maxPool2d,
} from './functional/pooling.js';
import { Module } from './module.js';

/**
 * Max pooling over [N, C, L]; stride defaults to kernelSize.
 * @example new nn.MaxPool1d(2)
 */
export class MaxPool1d extends Module {
  constructor(
    readonly kernelSize: number | number[],
    readonly opts: MaxPoolOptions = {},
  ) {
    super();
  }

  override forward(x: Tensor): Tensor | [Tensor, Tensor] {
    return maxPool1d(x, this.kernelSize, this.opts);
  }
}

/** Max pooling over [N, C, H, W]. @example new nn.MaxPool2d(2, { stride: 2 }) */
export class MaxPool2d extends Module {
  constructor(
    readonly kernelSize: number | number[],
    readonly opts: MaxPoolOptions = {},
  ) {
    super();
  }

  override forward(x: Tensor): Tensor | [Tensor, Tensor] {
    return maxPool2d(x, this.kernelSize, this.opts);
  }
}

/** Average pooling over [N, C, L] (countIncludePad defaults to true, as PyTorch). */
export class AvgPool1d extends Module {
  constructor(
    readonly kernelSize: number | number[],
    readonly opts: AvgPoolOptions = {},
  ) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return avgPool1d(x, this.kernelSize, this.opts);
  }
}

/** Average pooling over [N, C, H, W]. */
export class AvgPool2d extends Module {
  constructor(
    readonly kernelSize: number | number[],
    readonly opts: AvgPoolOptions = {},
  ) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return avgPool2d(x, this.kernelSize, this.opts);
  }
}

/** Averages [N, C, H, W] down to outputSize (null keeps a dim). @example new nn.AdaptiveAvgPool2d([1, 1]) */
export class AdaptiveAvgPool2d extends Module {
  constructor(readonly outputSize: number | (number | null)[]) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return adaptiveAvgPool2d(x, this.outputSize);
  }
}
