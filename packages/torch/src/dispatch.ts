// The eager host of core's op surface: run the kernel, record the op for autograd when needed.
import {
  AttrReader,
  type Attrs,
  type OpBuilder,
  type OpDef,
  Tensor as CoreTensor,
  executeDef,
  expandView,
  getOp,
  infoOf,
  isDifferentiable,
  resolveAttrs,
  withContext,
} from '@tandem/core';
import { activeAllocator } from './autograd/arena.js';
import { isGradEnabled } from './autograd/grad-mode.js';
import { type Edge, FunctionNode, OpNode } from './autograd/node.js';
import { Tensor, isFloat } from './tensor.js';

/** The edge a gradient for `t` flows along, or null when it needs none. */
export function gradEdge(t: Tensor | undefined): Edge | null {
  if (!t || !t._requiresGrad) return null;
  if (t.gradFn) return { node: t.gradFn, index: t._outputIndex };
  return { node: t._gradAccumulator(), index: 0 };
}

/** Computes a zero-copy result for ops whose core kernel would copy (Transpose, Expand...). */
export type ViewFn = (inputs: readonly (CoreTensor | undefined)[]) => CoreTensor[];

/**
 * Note [Views and versions]: an output sharing its buffer with input 0 is a view of it: it shares
 * the input's version counter (an in-place write through either is seen by saved-value checks)
 * and records the tensor owning the storage in `_base` (in-place on views, inplace.ts). A `view`
 * function may compute such a view where the core kernel would copy; autograd records the op all
 * the same.
 */
function wrapOutputs(values: CoreTensor[], first: Tensor | undefined): Tensor[] {
  return values.map((v) => {
    if (first && v.buffer === first._value.buffer && v.size > 0) {
      const t = new Tensor(v, first._version);
      t._base = first._base ?? first;
      return t;
    }
    return new Tensor(v);
  });
}

// Shape-only saves (Note [Saved values] in core) keep a storage-free stand-in: the gradient sees
// the right shape and dtype, the real tensor may be freed or written in place.
function standIn(t: Tensor): Tensor {
  return new Tensor(expandView(new CoreTensor(t.dtype, []), t._value.shape));
}

function savedInputs(def: OpDef, inputs: readonly (Tensor | undefined)[]): (Tensor | undefined)[] {
  const saves = def.saves;
  const shapes = saves?.shapes;
  const valueIdx = new Set(saves?.inputs ?? []);
  return inputs.map((t, i) => {
    if (!t) return undefined;
    if (!saves || valueIdx.has(i)) return t; // no declaration keeps everything (variadic ops)
    if (shapes === 'all' || shapes?.includes(i)) return standIn(t);
    return undefined;
  });
}

/** Runs core op `op` on torch tensors; records a graph node if any input requires grad. */
export function apply(
  op: string,
  inputs: readonly (Tensor | undefined)[],
  attrs?: Attrs,
  view?: ViewFn,
): Tensor[] {
  const def = getOp(op);
  let reader: AttrReader;
  let values: CoreTensor[];
  try {
    reader = new AttrReader(op, resolveAttrs(def, attrs));
    // A composite without its own formula differentiates through its decomposition (STYLE.md §2).
    if (!def.grad && def.decompose && isGradEnabled() && inputs.some((t) => t?._requiresGrad)) {
      return def.decompose(torchBuilder, inputs, reader);
    }
    const raw = inputs.map((t) => t?._value);
    values = view ? view(raw) : executeDef(def, raw, reader, activeAllocator());
  } catch (e) {
    throw withContext(e, op);
  }
  const outs = wrapOutputs(values, inputs[0]);
  if (!isGradEnabled() || (!def.grad && !isDifferentiable(def))) return outs;
  const lastSpec = def.inputs.length - 1;
  const edges = inputs.map((t, i) =>
    def.inputs[Math.min(i, lastSpec)]?.nonDifferentiable ? null : gradEdge(t),
  );
  if (!edges.some((e) => e)) return outs;
  let node;
  if (!def.grad) {
    // Differentiable in principle but no formula yet: fail at backward, never silently drop it.
    node = new FunctionNode(`${def.name}Backward`, outs.length, () => {
      throw new Error(`the derivative of ${def.name} is not implemented`);
    });
  } else {
    const saved = savedInputs(def, inputs);
    const savesOut = new Set(def.saves ? (def.saves.outputs ?? []) : outs.keys());
    node = new OpNode(
      def,
      reader,
      saved,
      outs.map((t, i) => (savesOut.has(i) ? t : undefined)),
      saved.map((t) => t?._version.n ?? 0),
      outs.length,
      outs.map((t) => t._version.n),
    );
  }
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
export function apply1(
  op: string,
  inputs: readonly (Tensor | undefined)[],
  attrs?: Attrs,
  view?: ViewFn,
): Tensor {
  return apply(op, inputs, attrs, view)[0];
}

/** Gradient formulas run on this host, so higher-order gradients record like any other op. */
export const torchBuilder: OpBuilder<Tensor> = {
  apply: (op, inputs, attrs) => apply(op, inputs, attrs),
  constant: (t) => new Tensor(t),
  info: (t) => infoOf(t._value),
};
