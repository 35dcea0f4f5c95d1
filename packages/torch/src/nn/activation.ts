// Activation modules: thin wrappers over the functionals.
import type { Tensor } from '../tensor.js';
import * as F from './functional/activation.js';
import { Module } from './module.js';

/** max(x, 0). @example new nn.ReLU() */
export class ReLU extends Module {
  override forward(x: Tensor): Tensor {
    return F.relu(x);
  }
}

/** x for x >= 0, negativeSlope * x otherwise. */
export class LeakyReLU extends Module {
  constructor(readonly negativeSlope = 0.01) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return F.leakyRelu(x, this.negativeSlope);
  }
}

/** GELU, exact ('none') or the 'tanh' approximation. @example new nn.GELU({ approximate: 'tanh' }) */
export class GELU extends Module {
  readonly approximate: 'none' | 'tanh';

  constructor(opts: { approximate?: 'none' | 'tanh' } = {}) {
    super();
    this.approximate = opts.approximate ?? 'none';
  }

  override forward(x: Tensor): Tensor {
    return F.gelu(x, { approximate: this.approximate });
  }
}

/** x * sigmoid(x). */
export class SiLU extends Module {
  override forward(x: Tensor): Tensor {
    return F.silu(x);
  }
}

/** x for x > 0, alpha (e^x - 1) otherwise. */
export class ELU extends Module {
  constructor(readonly alpha = 1) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return F.elu(x, this.alpha);
  }
}

export class Sigmoid extends Module {
  override forward(x: Tensor): Tensor {
    return F.sigmoid(x);
  }
}

export class Tanh extends Module {
  override forward(x: Tensor): Tensor {
    return F.tanh(x);
  }
}

/** Softmax along `dim`. @example new nn.Softmax(1) */
export class Softmax extends Module {
  constructor(readonly dim: number) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return F.softmax(x, this.dim);
  }
}

/** LogSoftmax along `dim`. */
export class LogSoftmax extends Module {
  constructor(readonly dim: number) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return F.logSoftmax(x, this.dim);
  }
}
