// Identity, Linear, Bilinear, Flatten.
import type { Tensor } from '../tensor.js';
import { bilinear, linear } from './functional/linear.js';
import { reshape } from './functional/ops.js';
import { kaimingUniform_, uniform_ } from './init.js';
import { Module, type Parameter } from './module.js';
import { type FactoryOptions, emptyParam } from './factory.js';

/** Returns its input. */
export class Identity extends Module {
  override forward(x: Tensor): Tensor {
    return x;
  }
}

export interface LinearOptions extends FactoryOptions {
  bias?: boolean;
}

/**
 * y = x W^T + b, weight [out, in] ~ kaiming_uniform(a=sqrt(5)), bias ~ U(+-1/sqrt(in)) as PyTorch.
 * @example const fc = new nn.Linear(784, 10); const y = fc.call(x);
 */
export class Linear extends Module {
  weight: Parameter;
  bias: Parameter | null;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    opts: LinearOptions = {},
  ) {
    super();
    this.weight = emptyParam([outFeatures, inFeatures], opts);
    this.bias = opts.bias === false ? null : emptyParam([outFeatures], opts);
    this.resetParameters();
  }

  resetParameters(): void {
    kaimingUniform_(this.weight, { a: Math.sqrt(5) });
    if (this.bias) {
      const bound = this.inFeatures > 0 ? 1 / Math.sqrt(this.inFeatures) : 0;
      uniform_(this.bias, -bound, bound);
    }
  }

  override forward(x: Tensor): Tensor {
    return linear(x, this.weight, this.bias);
  }

  override extraRepr(): string {
    return `in_features=${this.inFeatures}, out_features=${this.outFeatures}, bias=${this.bias !== null}`;
  }
}

/** y = x1^T A x2 + b; weight [out, in1, in2] and bias ~ U(+-1/sqrt(in1)). */
export class Bilinear extends Module {
  weight: Parameter;
  bias: Parameter | null;

  constructor(
    readonly in1Features: number,
    readonly in2Features: number,
    readonly outFeatures: number,
    opts: LinearOptions = {},
  ) {
    super();
    this.weight = emptyParam([outFeatures, in1Features, in2Features], opts);
    this.bias = opts.bias === false ? null : emptyParam([outFeatures], opts);
    this.resetParameters();
  }

  resetParameters(): void {
    const bound = 1 / Math.sqrt(this.in1Features);
    uniform_(this.weight, -bound, bound);
    if (this.bias) uniform_(this.bias, -bound, bound);
  }

  override forward(x1: Tensor, x2: Tensor): Tensor {
    return bilinear(x1, x2, this.weight, this.bias);
  }
}

/** Flattens dims startDim..endDim (default 1..-1) into one. */
export class Flatten extends Module {
  constructor(
    readonly startDim = 1,
    readonly endDim = -1,
  ) {
    super();
  }

  override forward(x: Tensor): Tensor {
    const n = x.ndim;
    const s = this.startDim < 0 ? this.startDim + n : this.startDim;
    const e = this.endDim < 0 ? this.endDim + n : this.endDim;
    if (n === 0) return reshape(x, [1]);
    if (s < 0 || e >= n || s > e) {
      throw new RangeError(
        `Flatten: dims ${this.startDim}..${this.endDim} out of range for input of shape [${x.shape}]`,
      );
    }
    const shape = [
      ...x.shape.slice(0, s),
      x.shape.slice(s, e + 1).reduce((a, b) => a * b, 1),
      ...x.shape.slice(e + 1),
    ];
    return reshape(x, shape);
  }
}
