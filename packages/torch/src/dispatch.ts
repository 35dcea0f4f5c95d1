// The eager host of core's op surface: run the kernel, record the op for autograd when needed.
import {
  AttrReader,
  type Attrs,
  type OpBuilder,
  type Tensor as CoreTensor,
  executeDef,
  getOp,
  infoOf,
  isDifferentiable,
  resolveAttrs,
  withContext,
} from '@tandem/core';
import { isGradEnabled } from './autograd/grad-mode.js';
import { type Edge, FunctionNode, OpNode } from './autograd/node.js';
import { Tensor, isFloat } from './tensor.js';

/** The edge a gradient for `t` flows along, or null when it needs none. */
export function gradEdge(t: Tensor | undefined): Edge | null {
  if (!t || !t._requiresGrad) return null;
  if (t.gradFn) return { node: t.gradFn, index: t._outputIndex };
  return { node: t._gradAccumulator(), index: 0 };
}

/** Runs core op `op` on torch tensors; records a graph node if any input requires grad. */
export function apply(op: string, inputs: readonly (Tensor | undefined)[], attrs?: Attrs): Tensor[] {
  const def = getOp(op);
  let reader: AttrReader;
  try {
    reader = new AttrReader(op, resolveAttrs(def, attrs));
  } catch (e) {
    throw withContext(e, op);
  }
  let values: CoreTensor[];
  try {
    values = executeDef(def, inputs.map((t) => t?._value), reader);
  } catch (e) {
    throw withContext(e, op);
  }
  const outs = values.map((v) => new Tensor(v));
  if (!isGradEnabled() || (!def.grad && !isDifferentiable(def))) return outs;
  const edges = inputs.map((t, i) => (def.inputs[Math.min(i, def.inputs.length - 1)]?.nonDifferentiable ? null : gradEdge(t)));
  if (!edges.some((e) => e)) return outs;
  if (!def.grad) {
    // Differentiable in principle but no formula yet: fail at backward, never silently drop it.
    const node = new FunctionNode(`${def.name}Backward`, outs.length, () => {
      throw new Error(`the derivative of ${def.name} is not implemented`);
    });
    node.next = edges;
    outs.forEach((t, i) => isFloat(t.dtype) && Object.assign(t, { gradFn: node, _outputIndex: i, _requiresGrad: true }));
    return outs;
  }
  // An op without a `saves` declaration keeps everything (variadic ops such as Sum and Max).
  const savesIn = new Set(def.saves ? (def.saves.inputs ?? []) : inputs.keys());
  const savesOut = new Set(def.saves ? (def.saves.outputs ?? []) : outs.keys());
  const node = new OpNode(
    def,
    reader,
    inputs.map((t, i) => (savesIn.has(i) ? t : undefined)),
    outs.map((t, i) => (savesOut.has(i) ? t : undefined)),
    inputs.map((t) => t?._version.n ?? 0),
    outs.length,
    outs.map((t) => t._version.n),
  );
  node.next = edges;
  outs.forEach((t, i) => {
    if (!isFloat(t.dtype)) return;
    t.gradFn = node;
    t._outputIndex = i;
    t._requiresGrad = true;
  });
  return outs;
}

/** apply() for single-output ops. */
export function apply1(op: string, inputs: readonly (Tensor | undefined)[], attrs?: Attrs): Tensor {
  return apply(op, inputs, attrs)[0];
}

/** Gradient formulas run on this host, so higher-order gradients record like any other op. */
export const torchBuilder: OpBuilder<Tensor> = {
  apply: (op, inputs, attrs) => apply(op, inputs, attrs),
  constant: (t) => new Tensor(t),
  info: (t) => infoOf(t._value),
};
