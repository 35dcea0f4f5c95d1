// Adagrad with learning-rate decay.
import { Tensor } from '../tensor.js';
import { type ParamGroup, type Params, Optimizer, check } from './optimizer.js';
import { add, addS, addcdiv, addcmul, assign, full, neg, sqrt } from './update-math.js';

export interface AdagradOptions {
  lr?: number;
  lrDecay?: number;
  weightDecay?: number;
  initialAccumulatorValue?: number;
  eps?: number;
  maximize?: boolean;
}

interface AdagradGroup extends ParamGroup {
  lrDecay: number;
  weightDecay: number;
  initialAccumulatorValue: number;
  eps: number;
  maximize: boolean;
}

/**
 * PyTorch's `torch.optim.Adagrad` (1.13's for-loop implementation). State per parameter, made at
 * construction as in PyTorch: `step`, `sum` (filled with `initialAccumulatorValue`).
 *
 * @example
 * const opt = new Adagrad(params, { lr: 0.01, lrDecay: 1e-4 });
 */
export class Adagrad extends Optimizer {
  constructor(params: Params | Tensor, options: AdagradOptions = {}) {
    const o = {
      lr: 1e-2,
      lrDecay: 0,
      weightDecay: 0,
      initialAccumulatorValue: 0,
      eps: 1e-10,
      maximize: false,
    };
    Object.assign(o, options);
    check(o.lr >= 0, 'learning rate', o.lr);
    check(o.lrDecay >= 0, 'lr_decay value', o.lrDecay);
    check(o.weightDecay >= 0, 'weight_decay value', o.weightDecay);
    check(
      o.initialAccumulatorValue >= 0,
      'initial_accumulator_value value',
      o.initialAccumulatorValue,
    );
    check(o.eps >= 0, 'epsilon value', o.eps);
    super(params, o);
    for (const g of this.paramGroups)
      for (const p of g.params) this.initState(p, g as AdagradGroup);
  }

  private initState(p: Tensor, g: AdagradGroup): void {
    const s = this.stateOf(p);
    if (s.step !== undefined) return;
    s.step = 0;
    s.sum = new Tensor(full(p._value, g.initialAccumulatorValue));
  }

  protected updateGroup(group: ParamGroup): void {
    const g = group as AdagradGroup;
    for (const p of g.params) {
      if (!p.grad) continue;
      this.initState(p, g);
      const s = this.stateOf(p);
      const step = (s.step as number) + 1;
      s.step = step;
      let grad = g.maximize ? neg(p.grad._value) : p.grad._value;
      if (g.weightDecay !== 0) grad = add(grad, p._value, g.weightDecay);
      const clr = g.lr / (1 + (step - 1) * g.lrDecay);
      const sum = s.sum as Tensor;
      assign(sum, addcmul(sum._value, grad, grad, 1));
      const std = addS(sqrt(sum._value), g.eps);
      assign(p, addcdiv(p._value, grad, std, -clr));
    }
  }
}
