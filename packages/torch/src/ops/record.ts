// run(): the op runner every Tensor method goes through. It is dispatch.ts's apply() plus three
// things the frontend needs on top of it (Note [Views and versions], Note [Shape-only saves]).
import {
  AttrReader,
  type Attrs,
  Tensor as CoreTensor,
  executeDef,
  expandView,
  getOp,
  resolveAttrs,
  withContext,
} from '@tandem/core';
import { isGradEnabled } from '../autograd/grad-mode.js';
import { OpNode } from '../autograd/node.js';
import { gradEdge } from '../dispatch.js';
import { Tensor, isFloat } from '../tensor.js';

declare module '../tensor.js' {
  interface Tensor {
    /** The tensor owning the storage this one views (unset for non-views), as PyTorch's `_base`. */
    _base?: Tensor;
  }
}

/**
 * Note [Views and versions]: an output that shares its buffer with input 0 is a view of it: it
 * shares the input's version counter (so an in-place write through either is seen by saved-value
 * checks) and records the root tensor owning the storage in `_base` (for in-place on views, see
 * inplace.ts). Ops whose core kernel copies (Transpose, Expand, strided Slice) can be given a
 * `view` function computing a zero-copy view instead; autograd still records the core op.
 *
 * Note [Shape-only saves]: some core gradients save an input only to read its shape or dtype
 * (Add/Sub to unbroadcast, Reshape, Expand, Slice, Concat, Cast, ReduceSum...). Saving the tensor
 * itself would keep its storage alive and make a later in-place write on it fail the version
 * check, which PyTorch does not do. We save a zero-storage stand-in (a stride-0 expansion of one
 * element) instead.
 */
const SHAPE_ONLY: Readonly<Record<string, readonly number[] | 'all'>> = {
  Add: [0, 1],
  Sub: [0, 1],
  Reshape: [0],
  Flatten: [0],
  Squeeze: [0],
  Unsqueeze: [0],
  Expand: [0],
  Slice: [0],
  Split: 'all',
  Concat: 'all',
  Cast: [0],
  CastLike: [0],
  Tile: [0],
  Gather: [0],
  GatherElements: [0],
  ReduceSum: [0],
  ReduceMean: [0],
  Transpose: 'all',
};

function standIn(t: Tensor): Tensor {
  const one = new CoreTensor(t.dtype, []);
  return new Tensor(expandView(one, t._value.shape));
}

export type ViewFn = (inputs: readonly (CoreTensor | undefined)[]) => CoreTensor[];

/** Runs core op `op` eagerly and records it for autograd (see the Notes above). */
export function run(
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
    const raw = inputs.map((t) => t?._value);
    values = view ? view(raw) : executeDef(def, raw, reader);
  } catch (e) {
    throw withContext(e, op);
  }
  const first = inputs[0];
  const outs = values.map((v) => {
    if (first && v.buffer === first._value.buffer && v.size > 0) {
      const t = new Tensor(v, first._version);
      t._base = first._base ?? first;
      return t;
    }
    return new Tensor(v);
  });
  if (!isGradEnabled() || !def.grad) return outs;
  const lastSpec = def.inputs.length - 1;
  const edges = inputs.map((t, i) =>
    def.inputs[Math.min(i, lastSpec)]?.nonDifferentiable ? null : gradEdge(t),
  );
  if (!edges.some((e) => e)) return outs;
  const shapeOnly = SHAPE_ONLY[op];
  const isShapeOnly = (i: number) => shapeOnly === 'all' || (shapeOnly?.includes(i) ?? false);
  const savesAll = !def.saves;
  const savesIn = new Set(def.saves?.inputs ?? []);
  const savesOut = new Set(def.saves?.outputs ?? []);
  const saved = inputs.map((t, i) => {
    if (!t || !(savesAll || savesIn.has(i))) return undefined;
    return isShapeOnly(i) ? standIn(t) : t;
  });
  const node = new OpNode(
    def,
    reader,
    saved,
    outs.map((t, i) => (savesAll || savesOut.has(i) ? t : undefined)),
    saved.map((t) => t?._version.n ?? 0),
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

/** run() for single-output ops. */
export function run1(
  op: string,
  inputs: readonly (Tensor | undefined)[],
  attrs?: Attrs,
  view?: ViewFn,
): Tensor {
  return run(op, inputs, attrs, view)[0];
}
