// tensor.backward() and torch.autograd.grad().
import { ArgumentError, Tensor as CoreTensor } from '@tandem/core';
import { Tensor } from '../tensor.js';
import { type BackwardOptions, runBackward } from './engine.js';
import type { GraphNode } from './node.js';

function onesLike(t: Tensor): Tensor {
  const v = new CoreTensor(t.dtype, t.shape);
  v.data().fill(1 as never);
  return new Tensor(v);
}

function checkGradient(t: Tensor, g: Tensor | undefined, what: string): Tensor {
  if (!g) {
    if (t.numel() !== 1) {
      throw new ArgumentError(
        `${what}: grad can be implicitly created only for scalar outputs (got shape [${t.shape}]); pass a gradient`,
      );
    }
    return onesLike(t);
  }
  if (g.shape.join() !== t.shape.join()) {
    throw new ArgumentError(
      `${what}: gradient has shape [${g.shape}] but the output has shape [${t.shape}]`,
    );
  }
  return g;
}

export function backward(t: Tensor, gradient?: Tensor, opts: BackwardOptions = {}): void {
  if (!t._requiresGrad) {
    throw new Error('element 0 of tensors does not require grad and does not have a gradFn');
  }
  runBackward([{ tensor: t, grad: checkGradient(t, gradient, 'backward') }], opts);
}

export interface GradOptions extends BackwardOptions {
  gradOutputs?: (Tensor | undefined)[];
  /** Return undefined (instead of throwing) for inputs the outputs do not depend on. */
  allowUnused?: boolean;
}

/** torch.autograd.grad: gradients of `outputs` w.r.t. `inputs`, without touching `.grad`. */
export function grad(
  outputs: Tensor | Tensor[],
  inputs: Tensor | Tensor[],
  opts: GradOptions = {},
): (Tensor | undefined)[] {
  const outs = Array.isArray(outputs) ? outputs : [outputs];
  const ins = Array.isArray(inputs) ? inputs : [inputs];
  for (const [i, t] of ins.entries()) {
    if (!t._requiresGrad)
      throw new ArgumentError(`autograd.grad: input ${i} does not require grad`);
  }
  const captures = ins.map((t) => ({
    node: (t.gradFn ?? t._gradAccumulator()) as GraphNode,
    index: t.gradFn ? t._outputIndex : 0,
    grad: undefined as Tensor | undefined,
  }));
  const roots = outs.map((t, i) => {
    if (!t._requiresGrad)
      throw new ArgumentError(`autograd.grad: output ${i} does not require grad`);
    return { tensor: t, grad: checkGradient(t, opts.gradOutputs?.[i], 'autograd.grad') };
  });
  runBackward(roots, opts, captures);
  return captures.map((c, i) => {
    if (!c.grad && !opts.allowUnused) {
      throw new ArgumentError(
        `autograd.grad: input ${i} was not used to compute the outputs (pass allowUnused: true)`,
      );
    }
    return c.grad;
  });
}
