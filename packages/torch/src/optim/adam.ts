// Adam and (sharing its update) AdamW.
import { Tensor as CoreTensor } from '@tandem/core';
import { Tensor } from '../tensor.js';
import { type ParamGroup, type Params, Optimizer, check } from './optimizer.js';
import {
  add,
  addS,
  addcdiv,
  addcmul,
  assign,
  canFuse,
  divS,
  fusedUpdate,
  maximum,
  mulS,
  neg,
  sqrt,
} from './update-math.js';

export interface AdamOptions {
  lr?: number;
  /** Coefficients of the running averages of the gradient and its square. */
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
  /** Use the maximum of past squared-gradient averages (AMSGrad). */
  amsgrad?: boolean;
  maximize?: boolean;
}

interface AdamGroup extends ParamGroup {
  betas: [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  maximize: boolean;
}

/** Validates Adam-family options and fills defaults. */
export function adamDefaults(options: AdamOptions, weightDecay: number): Required<AdamOptions> {
  const o: Required<AdamOptions> = {
    lr: 1e-3,
    betas: [0.9, 0.999],
    eps: 1e-8,
    weightDecay,
    amsgrad: false,
    maximize: false,
  };
  Object.assign(o, options);
  check(o.lr >= 0, 'learning rate', o.lr);
  check(o.eps >= 0, 'epsilon value', o.eps);
  check(o.betas[0] >= 0 && o.betas[0] < 1, 'beta parameter at index 0', o.betas[0]);
  check(o.betas[1] >= 0 && o.betas[1] < 1, 'beta parameter at index 1', o.betas[1]);
  check(o.weightDecay >= 0, 'weight_decay value', o.weightDecay);
  o.betas = [o.betas[0], o.betas[1]];
  return o;
}

/**
 * PyTorch's `torch.optim.Adam` (1.13's for-loop implementation). State per parameter: `step`,
 * `exp_avg`, `exp_avg_sq`, and `max_exp_avg_sq` with amsgrad.
 *
 * @example
 * const opt = new Adam(params, { lr: 1e-3, betas: [0.9, 0.999] });
 */
export class Adam extends Optimizer {
  /** Decoupled weight decay (AdamW) instead of L2 added to the gradient. */
  protected readonly decoupled: boolean = false;

  constructor(params: Params | Tensor, options: AdamOptions = {}) {
    super(params, adamDefaults(options, 0));
  }

  protected updateGroup(group: ParamGroup): void {
    const g = group as AdamGroup;
    const [beta1, beta2] = g.betas;
    for (const p of g.params) {
      if (!p.grad) continue;
      let grad = g.maximize ? neg(p.grad._value) : p.grad._value;
      const s = this.stateOf(p);
      if (s.step === undefined) {
        s.step = 0;
        s.exp_avg = new Tensor(new CoreTensor(p.dtype, p.shape));
        s.exp_avg_sq = new Tensor(new CoreTensor(p.dtype, p.shape));
        if (g.amsgrad) s.max_exp_avg_sq = new Tensor(new CoreTensor(p.dtype, p.shape));
      }
      const step = (s.step as number) + 1;
      s.step = step;
      if (canFuse(p, p.grad._value)) {
        const state = [p, s.exp_avg as Tensor, s.exp_avg_sq as Tensor];
        if (g.amsgrad) state.push(s.max_exp_avg_sq as Tensor);
        fusedUpdate('AdamUpdate', state, p.grad._value, {
          lr: g.lr,
          beta1,
          beta2,
          eps: g.eps,
          weight_decay: g.weightDecay,
          step,
          amsgrad: g.amsgrad ? 1 : 0,
          maximize: g.maximize ? 1 : 0,
          decoupled: this.decoupled ? 1 : 0,
        });
        continue;
      }
      if (this.decoupled) {
        if (g.weightDecay !== 0) assign(p, mulS(p._value, 1 - g.lr * g.weightDecay));
      } else if (g.weightDecay !== 0) {
        grad = add(grad, p._value, g.weightDecay);
      }
      const expAvg = s.exp_avg as Tensor;
      const expAvgSq = s.exp_avg_sq as Tensor;
      assign(expAvg, add(mulS(expAvg._value, beta1), grad, 1 - beta1));
      assign(expAvgSq, addcmul(mulS(expAvgSq._value, beta2), grad, grad, 1 - beta2));
      const biasCorrection1 = 1 - beta1 ** step;
      const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** step);
      const stepSize = g.lr / biasCorrection1;
      let second = expAvgSq._value;
      if (g.amsgrad) {
        const maxSq = s.max_exp_avg_sq as Tensor;
        assign(maxSq, maximum(maxSq._value, expAvgSq._value));
        second = maxSq._value;
      }
      const denom = addS(divS(sqrt(second), biasCorrection2Sqrt), g.eps);
      assign(p, addcdiv(p._value, expAvg._value, denom, -stepSize));
    }
  }
}

/**
 * PyTorch's `torch.optim.AdamW`: Adam with decoupled weight decay (default 1e-2),
 * `param *= 1 - lr * weightDecay` before the Adam update.
 *
 * @example
 * const opt = new AdamW(params, { lr: 1e-3, weightDecay: 0.01 });
 */
export class AdamW extends Adam {
  protected override readonly decoupled: boolean = true;

  constructor(params: Params | Tensor, options: AdamOptions = {}) {
    super(params, { weightDecay: 1e-2, ...options });
  }
}
