// BatchNorm1d/2d, LayerNorm, GroupNorm.
import { noGrad } from '../autograd/grad-mode.js';
import type { Tensor } from '../tensor.js';
import { batchNorm, groupNorm, layerNorm } from './functional/normalization.js';
import { ones_, zeros_ } from './init.js';
import { Module, type Parameter } from './module.js';
import { type FactoryOptions, emptyParam, filledBuffer } from './factory.js';

export interface BatchNormOptions extends FactoryOptions {
  eps?: number;
  /** null: cumulative moving average over all batches seen. */
  momentum?: number | null;
  affine?: boolean;
  trackRunningStats?: boolean;
}

abstract class BatchNormBase extends Module {
  weight: Parameter | null;
  bias: Parameter | null;
  declare running_mean: Tensor | null;
  declare running_var: Tensor | null;
  declare num_batches_tracked: Tensor | null;
  readonly eps: number;
  readonly momentum: number | null;
  readonly affine: boolean;
  readonly trackRunningStats: boolean;

  constructor(
    readonly numFeatures: number,
    opts: BatchNormOptions,
  ) {
    super();
    this.eps = opts.eps ?? 1e-5;
    this.momentum = opts.momentum === undefined ? 0.1 : opts.momentum;
    this.affine = opts.affine ?? true;
    this.trackRunningStats = opts.trackRunningStats ?? true;
    this.weight = this.affine ? (ones_(emptyParam([numFeatures], opts)) as Parameter) : null;
    this.bias = this.affine ? emptyParam([numFeatures], opts) : null;
    const dtype = opts.dtype ?? 'float32';
    const track = this.trackRunningStats;
    this.registerBuffer('running_mean', track ? filledBuffer([numFeatures], 0, dtype) : null);
    this.registerBuffer('running_var', track ? filledBuffer([numFeatures], 1, dtype) : null);
    this.registerBuffer('num_batches_tracked', track ? filledBuffer([], 0, 'int64') : null);
  }

  protected abstract checkInput(x: Tensor): void;

  /** camelCase aliases of the PyTorch-named buffers. */
  get runningMean(): Tensor | null {
    return this.running_mean;
  }

  get runningVar(): Tensor | null {
    return this.running_var;
  }

  get numBatchesTracked(): Tensor | null {
    return this.num_batches_tracked;
  }

  resetRunningStats(): void {
    if (!this.trackRunningStats) return;
    zeros_(this.running_mean!);
    ones_(this.running_var!);
    this.num_batches_tracked!._value.data().fill(0n as never);
  }

  override forward(x: Tensor): Tensor {
    this.checkInput(x);
    // PyTorch: batch statistics in training, or when no running stats are tracked.
    const useBatch = this.training || this.running_mean === null;
    let tracked = 0;
    if (this.training && this.trackRunningStats && this.num_batches_tracked) {
      const n = this.num_batches_tracked;
      tracked = Number((n._value.data() as BigInt64Array)[0]);
      noGrad(() => {
        (n._value.data() as BigInt64Array)[0] = BigInt(tracked + 1);
        n._version.n++;
      });
    }
    const update = this.training && this.trackRunningStats;
    return batchNorm(
      x,
      update || !useBatch ? this.running_mean : null,
      update || !useBatch ? this.running_var : null,
      {
        weight: this.weight,
        bias: this.bias,
        training: useBatch,
        momentum: this.momentum,
        eps: this.eps,
        numBatchesTracked: tracked,
      },
    );
  }

  override extraRepr(): string {
    return `${this.numFeatures}, eps=${this.eps}, momentum=${this.momentum}, affine=${this.affine}, track_running_stats=${this.trackRunningStats}`;
  }
}

/**
 * Batch normalization over [N, C] or [N, C, L].
 * @example const bn = new nn.BatchNorm1d(16); bn.eval();
 */
export class BatchNorm1d extends BatchNormBase {
  constructor(numFeatures: number, opts: BatchNormOptions = {}) {
    super(numFeatures, opts);
  }

  protected checkInput(x: Tensor): void {
    if (x.ndim !== 2 && x.ndim !== 3)
      throw new RangeError(
        `BatchNorm1d: expected 2D or 3D input (got ${x.ndim}D input of shape [${x.shape}])`,
      );
  }
}

/** Batch normalization over [N, C, H, W]. @example new nn.BatchNorm2d(6) */
export class BatchNorm2d extends BatchNormBase {
  constructor(numFeatures: number, opts: BatchNormOptions = {}) {
    super(numFeatures, opts);
  }

  protected checkInput(x: Tensor): void {
    if (x.ndim !== 4)
      throw new RangeError(
        `BatchNorm2d: expected 4D input (got ${x.ndim}D input of shape [${x.shape}])`,
      );
  }
}

export interface LayerNormOptions extends FactoryOptions {
  eps?: number;
  elementwiseAffine?: boolean;
}

/** Normalizes over the trailing normalizedShape dims. @example new nn.LayerNorm(64) */
export class LayerNorm extends Module {
  weight: Parameter | null;
  bias: Parameter | null;
  readonly normalizedShape: number[];
  readonly eps: number;

  constructor(normalizedShape: number | number[], opts: LayerNormOptions = {}) {
    super();
    this.normalizedShape =
      typeof normalizedShape === 'number' ? [normalizedShape] : [...normalizedShape];
    this.eps = opts.eps ?? 1e-5;
    const affine = opts.elementwiseAffine ?? true;
    this.weight = affine ? (ones_(emptyParam(this.normalizedShape, opts)) as Parameter) : null;
    this.bias = affine ? emptyParam(this.normalizedShape, opts) : null;
  }

  override forward(x: Tensor): Tensor {
    return layerNorm(x, this.normalizedShape, this.weight, this.bias, this.eps);
  }
}

export interface GroupNormOptions extends FactoryOptions {
  eps?: number;
  affine?: boolean;
}

/** Normalizes groups of channels of [N, C, ...]. @example new nn.GroupNorm(2, 8) */
export class GroupNorm extends Module {
  weight: Parameter | null;
  bias: Parameter | null;
  readonly eps: number;

  constructor(
    readonly numGroups: number,
    readonly numChannels: number,
    opts: GroupNormOptions = {},
  ) {
    super();
    if (numChannels % numGroups)
      throw new RangeError(
        `GroupNorm: numChannels ${numChannels} must be divisible by numGroups ${numGroups}`,
      );
    this.eps = opts.eps ?? 1e-5;
    const affine = opts.affine ?? true;
    this.weight = affine ? (ones_(emptyParam([numChannels], opts)) as Parameter) : null;
    this.bias = affine ? emptyParam([numChannels], opts) : null;
  }

  override forward(x: Tensor): Tensor {
    return groupNorm(x, this.numGroups, this.weight, this.bias, this.eps);
  }
}
