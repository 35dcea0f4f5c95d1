// Loss modules: options are fixed at construction, as PyTorch's.
import type { Tensor } from '../tensor.js';
import * as F from './functional/loss.js';
import { Module } from './module.js';

type Reduction = F.Reduction;

type Weights = { weight?: Tensor | null; posWeight?: Tensor | null };

abstract class Loss<O extends object> extends Module {
  readonly opts: O;

  constructor(opts: O) {
    super();
    // PyTorch registers these as buffers (they appear in the state dict).
    const w = opts as Weights;
    if (w.weight) this.registerBuffer('weight', w.weight);
    if (w.posWeight) this.registerBuffer('pos_weight', w.posWeight);
    this.opts = opts;
  }

  /** The options with the (possibly reloaded) weight buffers. */
  protected current(): O {
    const self = this as unknown as { weight?: Tensor; pos_weight?: Tensor };
    const o = this.opts as Weights;
    return {
      ...this.opts,
      weight: self.weight ?? o.weight,
      posWeight: self.pos_weight ?? o.posWeight,
    };
  }

  abstract override forward(input: Tensor, target: Tensor): Tensor;
}

/** Mean squared error. @example const loss = new nn.MSELoss().call(pred, y) */
export class MSELoss extends Loss<{ reduction?: Reduction }> {
  constructor(opts: { reduction?: Reduction } = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.mseLoss(input, target, this.current());
  }
}

export class L1Loss extends Loss<{ reduction?: Reduction }> {
  constructor(opts: { reduction?: Reduction } = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.l1Loss(input, target, this.current());
  }
}

export class SmoothL1Loss extends Loss<{ reduction?: Reduction; beta?: number }> {
  constructor(opts: { reduction?: Reduction; beta?: number } = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.smoothL1Loss(input, target, this.current());
  }
}

export class HuberLoss extends Loss<{ reduction?: Reduction; delta?: number }> {
  constructor(opts: { reduction?: Reduction; delta?: number } = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.huberLoss(input, target, this.current());
  }
}

/**
 * Cross entropy of logits against class indices or class probabilities.
 * @example new nn.CrossEntropyLoss({ labelSmoothing: 0.1, ignoreIndex: 0 })
 */
export class CrossEntropyLoss extends Loss<F.CrossEntropyOptions> {
  constructor(opts: F.CrossEntropyOptions = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.crossEntropy(input, target, this.current());
  }
}

export class NLLLoss extends Loss<F.NLLOptions> {
  constructor(opts: F.NLLOptions = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.nllLoss(input, target, this.current());
  }
}

type BCEOptions = { weight?: Tensor | null; reduction?: Reduction };

export class BCELoss extends Loss<BCEOptions> {
  constructor(opts: BCEOptions = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.binaryCrossEntropy(input, target, this.current());
  }
}

type BCELogitsOptions = BCEOptions & { posWeight?: Tensor | null };

/** Sigmoid + binary cross entropy in one stable expression; posWeight weighs positives. */
export class BCEWithLogitsLoss extends Loss<BCELogitsOptions> {
  constructor(opts: BCELogitsOptions = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.binaryCrossEntropyWithLogits(input, target, this.current());
  }
}

type KLOptions = { reduction?: Reduction | 'batchmean'; logTarget?: boolean };

/** KL divergence; input holds log-probabilities. Use reduction 'batchmean' for the true KL. */
export class KLDivLoss extends Loss<KLOptions> {
  constructor(opts: KLOptions = {}) {
    super(opts);
  }

  override forward(input: Tensor, target: Tensor): Tensor {
    return F.klDiv(input, target, this.current());
  }
}
