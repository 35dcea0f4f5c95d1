// Shape and dtype inference over a graph, folding small constant subcomputations (shape math)
// so that ops like Reshape see the values they need.
import { withContext } from '../errors.js';
import { executeDef, makeInferContext, checkArity } from '../eager.js';
import { AttrReader, checkDType, getOp, resolveAttrs } from '../ops/registry.js';
import type { ValueInfo } from '../ops/types.js';
import type { Tensor } from '../tensor.js';
import { type Graph, type Node, nodeLabel, topoSort } from './ir.js';

/** Constant values up to this many elements are folded during inference. */
const FOLD_LIMIT = 4096;

export interface InferOptions {
  /** Known info of graph inputs, overriding their declarations (e.g. concrete batch size). */
  inputs?: Record<string, ValueInfo>;
  /** Values visible from an enclosing graph. */
  outer?: ReadonlyMap<string, ValueInfo>;
  /** Fold constants (default true). */
  fold?: boolean;
}

/** Infers every value's dtype and shape; returns the info map. Errors name the node. */
export function inferShapes(graph: Graph, opts: InferOptions = {}): Map<string, ValueInfo> {
  const infos = new Map<string, ValueInfo>(opts.outer ?? []);
  for (const [name, t] of graph.initializers)
    infos.set(name, { dtype: t.dtype, shape: [...t.shape], value: t });
  for (const inp of graph.inputs) {
    const given = opts.inputs?.[inp.name];
    if (given) infos.set(inp.name, given);
    else if (!graph.initializers.has(inp.name))
      infos.set(inp.name, { dtype: inp.dtype, shape: inp.shape });
  }
  for (const node of topoSort(graph, new Set(opts.outer?.keys() ?? []))) {
    inferNode(node, infos, opts.fold !== false);
  }
  return infos;
}

function inferNode(node: Node, infos: Map<string, ValueInfo>, fold: boolean): void {
  try {
    const def = getOp(node.op);
    const attrs = new AttrReader(node.op, resolveAttrs(def, node.attrs));
    const inputs = node.inputs.map((n) => (n ? infos.get(n) : undefined));
    checkArity(def, inputs.length, (i) => inputs[i] !== undefined);
    checkDType(def, inputs[0]?.dtype ?? null);
    const outs = def.infer(makeInferContext(def, inputs, attrs));
    let values: Tensor[] | undefined;
    const foldable =
      fold &&
      !def.traits.includes('random') &&
      inputs.every((i) => !i || (i.value && i.value.size <= FOLD_LIMIT)) &&
      outs.every(
        (o) =>
          o.shape &&
          o.shape.every((d) => typeof d === 'number') &&
          o.shape.reduce<number>((a, d) => a * (d as number), 1) <= FOLD_LIMIT,
      );
    if (foldable) {
      values = executeDef(
        def,
        inputs.map((i) => i?.value),
        attrs,
      );
    }
    node.outputs.forEach((name, i) => {
      if (!name) return;
      const o = outs[i] ?? { dtype: null, shape: null };
      const v = values?.[i] ?? o.value;
      infos.set(
        name,
        v ? { dtype: v.dtype, shape: [...v.shape], value: v } : { dtype: o.dtype, shape: o.shape },
      );
    });
  } catch (e) {
    throw withContext(e, nodeLabel(node));
  }
}
