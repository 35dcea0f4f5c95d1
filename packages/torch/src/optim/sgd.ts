// Stochastic gradient descent with momentum, dampening, Nesterov and weight decay.
import { Tensor } from '../tensor.js';
import { type ParamGroup, type Params, Optimizer, REQUIRED, check } from './optimizer.js';
import { Tensor as CoreTensor } from '@tandem/core';
import { add, assign, canFuse, clone, fusedUpdate, mulS, neg } from './update-math.js';

export interface SGDOptions {
  /** Learning rate (required, as in PyTorch). */
  lr?: number;
  momentum?: number;
  dampening?: number;
  weightDecay?: number;
  nesterov?: boolean;
  /** Maximize the objective instead of minimizing it. */
  maximize?: boolean;
}

interface SGDGroup extends ParamGroup {
  momentum: number;
  dampening: number;
  weightDecay: number;
  nesterov: boolean;
  maximize: boolean;
}

/**
 * PyTorch's `torch.optim.SGD` (the for-loop implementation of 1.13). State per parameter:
 * `momentum_buffer` (null while momentum is 0).
 *
 * @example
 * const opt = new SGD(params, { lr: 0.1, momentum: 0.9, nesterov: true });
 */
export class SGD extends Optimizer {
  constructor(params: Params | Tensor, options: SGDOptions = {}) {
    const o = {
      lr: REQUIRED as unknown,
      momentum: 0,
      dampening: 0,
      weightDecay: 0,
      nesterov: false,
      maximize: false,
    };
    Object.assign(o, options);
    if (typeof o.lr === 'number') check(o.lr >= 0, 'learning rate', o.lr);
    check(o.momentum >= 0, 'momentum value', o.momentum);
    check(o.weightDecay >= 0, 'weight_decay value', o.weightDecay);
    if (o.nesterov && (o.momentum <= 0 || o.dampening !== 0)) {
      check(false, 'SGD options', 'Nesterov momentum requires a momentum and zero dampening');
    }
    super(params, o);
  }

  protected updateGroup(group: ParamGroup): void {
    const g = group as SGDGroup;
    for (const p of g.params) {
      if (!p.grad) continue;
      if (canFuse(p, p.grad._value)) {
        this.fusedStep(p, g);
        continue;
      }
      let d = g.maximize ? neg(p.grad._value) : p.grad._value;
      if (g.weightDecay !== 0) d = add(d, p._value, g.weightDecay);
      const state = this.stateOf(p);
      if (g.momentum !== 0) {
        const buf = state.momentum_buffer;
        let b: Tensor;
        if (!(buf instanceof Tensor)) {
          b = new Tensor(clone(d));
          state.momentum_buffer = b;
        } else {
          b = buf;
          assign(b, add(mulS(b._value, g.momentum), d, 1 - g.dampening));
        }
        d = g.nesterov ? add(d, b._value, g.momentum) : b._value;
      } else {
        state.momentum_buffer ??= null;
      }
      assign(p, add(p._value, d, -g.lr));
    }
  }

  private fusedStep(p: Tensor, g: SGDGroup): void {
    const state = this.stateOf(p);
    const attrs = {
      lr: g.lr,
      momentum: g.momentum,
      dampening: g.dampening,
      weight_decay: g.weightDecay,
      nesterov: g.nesterov ? 1 : 0,
      maximize: g.maximize ? 1 : 0,
      init: 0,
    };
    if (g.momentum === 0) {
      state.momentum_buffer ??= null;
      fusedUpdate('SgdUpdate', [p], p.grad!._value, attrs);
      return;
    }
    let buf = state.momentum_buffer;
    if (!(buf instanceof Tensor)) {
      buf = new Tensor(new CoreTensor(p.dtype, p.shape));
      state.momentum_buffer = buf;
      attrs.init = 1;
    }
    fusedUpdate('SgdUpdate', [p, buf], p.grad!._value, attrs);
  }
}
