// RMSprop (optionally centered, with momentum).
import { Tensor as CoreTensor } from '@tandem/core';
import { Tensor } from '../tensor.js';
import { type ParamGroup, type Params, Optimizer, check } from './optimizer.js';
import { add, addS, addcdiv, addcmul, assign, mulS, neg, sqrt } from './update-math.js';

export interface RMSpropOptions {
  lr?: number;
  /** Smoothing constant of the squared-gradient average. */
  alpha?: number;
  eps?: number;
  weightDecay?: number;
  momentum?: number;
  /** Normalize by the variance estimate (subtract the squared mean gradient). */
  centered?: boolean;
  maximize?: boolean;
}

interface RMSpropGroup extends ParamGroup {
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
  maximize: boolean;
}

/**
 * PyTorch's `torch.optim.RMSprop` (1.13's for-loop implementation). State per parameter: `step`,
 * `square_avg`, `momentum_buffer` (momentum > 0), `grad_avg` (centered).
 *
 * @example
 * const opt = new RMSprop(params, { lr: 0.01, alpha: 0.99, centered: true });
 */
export class RMSprop extends Optimizer {
  constructor(params: Params | Tensor, options: RMSpropOptions = {}) {
    const o = {
      lr: 1e-2,
      alpha: 0.99,
      eps: 1e-8,
      weightDecay: 0,
      momentum: 0,
      centered: false,
      maximize: false,
    };
    Object.assign(o, options);
    check(o.lr >= 0, 'learning rate', o.lr);
    check(o.eps >= 0, 'epsilon value', o.eps);
    check(o.momentum >= 0, 'momentum value', o.momentum);
    check(o.weightDecay >= 0, 'weight_decay value', o.weightDecay);
    check(o.alpha >= 0, 'alpha value', o.alpha);
    super(params, o);
  }

  protected updateGroup(group: ParamGroup): void {
    const g = group as RMSpropGroup;
    for (const p of g.params) {
      if (!p.grad) continue;
      let grad = g.maximize ? neg(p.grad._value) : p.grad._value;
      const s = this.stateOf(p);
      const zeros = () => new Tensor(new CoreTensor(p.dtype, p.shape));
      if (s.step === undefined) {
        s.step = 0;
        s.square_avg = zeros();
        if (g.momentum > 0) s.momentum_buffer = zeros();
        if (g.centered) s.grad_avg = zeros();
      }
      s.step = (s.step as number) + 1;
      if (g.weightDecay !== 0) grad = add(grad, p._value, g.weightDecay);
      const squareAvg = s.square_avg as Tensor;
      assign(squareAvg, addcmul(mulS(squareAvg._value, g.alpha), grad, grad, 1 - g.alpha));
      let avg: CoreTensor;
      if (g.centered) {
        const gradAvg = s.grad_avg as Tensor;
        assign(gradAvg, add(mulS(gradAvg._value, g.alpha), grad, 1 - g.alpha));
        avg = sqrt(addcmul(squareAvg._value, gradAvg._value, gradAvg._value, -1));
      } else {
        avg = sqrt(squareAvg._value);
      }
      avg = addS(avg, g.eps);
      if (g.momentum > 0) {
        const buf = s.momentum_buffer as Tensor;
        assign(buf, addcdiv(mulS(buf._value, g.momentum), grad, avg));
        assign(p, add(p._value, buf._value, -g.lr));
      } else {
        assign(p, addcdiv(p._value, grad, avg, -g.lr));
      }
    }
  }
}
