// Conv1d, Conv2d, ConvTranspose2d.
import type { Tensor } from '../tensor.js';
import {
  type ConvOptions,
  type PaddingMode,
  conv1d,
  conv2d,
  convTranspose2d,
  pad,
} from './functional/conv.js';
import { tuple } from './functional/ops.js';
import { calculateFanInAndFanOut, kaimingUniform_, uniform_ } from './init.js';
import { Module, type Parameter } from './module.js';
import { type FactoryOptions, emptyParam } from './factory.js';

export interface ConvModuleOptions extends ConvOptions, FactoryOptions {
  bias?: boolean;
  paddingMode?: PaddingMode;
}

abstract class ConvNd extends Module {
  weight: Parameter;
  bias: Parameter | null;
  readonly kernelSize: number[];
  readonly stride: number[];
  readonly padding: number[] | 'same' | 'valid';
  readonly dilation: number[];
  readonly groups: number;
  readonly paddingMode: PaddingMode;

  constructor(
    nd: number,
    readonly inChannels: number,
    readonly outChannels: number,
    kernelSize: number | number[],
    opts: ConvModuleOptions,
    transposed = false,
  ) {
    super();
    const name = this.constructor.name;
    this.groups = opts.groups ?? 1;
    if (inChannels % this.groups || outChannels % this.groups) {
      throw new RangeError(
        `${name}: inChannels ${inChannels} and outChannels ${outChannels} must be divisible by groups ${this.groups}`,
      );
    }
    this.kernelSize = tuple(kernelSize, nd, `${name}: kernelSize`);
    this.stride = tuple(opts.stride ?? 1, nd, `${name}: stride`);
    this.dilation = tuple(opts.dilation ?? 1, nd, `${name}: dilation`);
    const p = opts.padding ?? 0;
    this.padding = typeof p === 'string' ? p : tuple(p, nd, `${name}: padding`);
    if (p === 'same' && this.stride.some((s) => s !== 1)) {
      throw new RangeError(`${name}: padding='same' is not supported for strided convolutions`);
    }
    this.paddingMode = opts.paddingMode ?? 'zeros';
    const wShape = transposed
      ? [inChannels, outChannels / this.groups, ...this.kernelSize]
      : [outChannels, inChannels / this.groups, ...this.kernelSize];
    this.weight = emptyParam(wShape, opts);
    this.bias = opts.bias === false ? null : emptyParam([outChannels], opts);
    this.resetParameters();
  }

  resetParameters(): void {
    kaimingUniform_(this.weight, { a: Math.sqrt(5) });
    if (this.bias) {
      const [fanIn] = calculateFanInAndFanOut(this.weight);
      const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
      uniform_(this.bias, -bound, bound);
    }
  }

  /** For a non-'zeros' paddingMode: pad explicitly, then convolve without padding. */
  protected padInput(x: Tensor): [Tensor, ConvOptions['padding']] {
    if (this.paddingMode === 'zeros') return [x, this.padding];
    const pairs: number[] = [];
    for (let i = this.kernelSize.length - 1; i >= 0; i--) {
      if (this.padding === 'valid') pairs.push(0, 0);
      else if (this.padding === 'same') {
        const total = this.dilation[i] * (this.kernelSize[i] - 1);
        pairs.push(Math.floor(total / 2), total - Math.floor(total / 2));
      } else pairs.push(this.padding[i], this.padding[i]);
    }
    return [pad(x, pairs, this.paddingMode), 0];
  }

  override extraRepr(): string {
    return `${this.inChannels}, ${this.outChannels}, kernel_size=(${this.kernelSize}), stride=(${this.stride})`;
  }
}

/**
 * 1-d convolution over [N, C, L].
 * @example new nn.Conv1d(3, 8, 3, { padding: 'same' })
 */
export class Conv1d extends ConvNd {
  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: number | number[],
    opts: ConvModuleOptions = {},
  ) {
    super(1, inChannels, outChannels, kernelSize, opts);
  }

  override forward(x: Tensor): Tensor {
    const [xp, padding] = this.padInput(x);
    const o = { stride: this.stride, padding, dilation: this.dilation, groups: this.groups };
    return conv1d(xp, this.weight, this.bias, o);
  }
}

/**
 * 2-d convolution over [N, C, H, W].
 * @example new nn.Conv2d(1, 6, 5, { stride: 1, padding: 2 })
 */
export class Conv2d extends ConvNd {
  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: number | number[],
    opts: ConvModuleOptions = {},
  ) {
    super(2, inChannels, outChannels, kernelSize, opts);
  }

  override forward(x: Tensor): Tensor {
    const [xp, padding] = this.padInput(x);
    const o = { stride: this.stride, padding, dilation: this.dilation, groups: this.groups };
    return conv2d(xp, this.weight, this.bias, o);
  }
}

export interface ConvTransposeModuleOptions extends FactoryOptions {
  stride?: number | number[];
  padding?: number | number[];
  outputPadding?: number | number[];
  groups?: number;
  bias?: boolean;
  dilation?: number | number[];
}

/** 2-d transposed convolution; weight [in, out/groups, kh, kw]. */
export class ConvTranspose2d extends ConvNd {
  readonly outputPadding: number[];

  constructor(
    inChannels: number,
    outChannels: number,
    kernelSize: number | number[],
    opts: ConvTransposeModuleOptions = {},
  ) {
    super(2, inChannels, outChannels, kernelSize, opts, true);
    this.outputPadding = tuple(opts.outputPadding ?? 0, 2, 'ConvTranspose2d: outputPadding');
  }

  override forward(x: Tensor): Tensor {
    return convTranspose2d(x, this.weight, this.bias, {
      stride: this.stride,
      padding: this.padding as number[],
      outputPadding: this.outputPadding,
      groups: this.groups,
      dilation: this.dilation,
    });
  }
}
