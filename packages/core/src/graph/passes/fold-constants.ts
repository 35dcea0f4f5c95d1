// Constant folding: runs, once, every node whose inputs are all constants, and stores its outputs
// as initializers.
import { executeDef, makeInferContext } from '../../eager.js';
import { withContext } from '../../errors.js';
import { AttrReader, getOp, resolveAttrs } from '../../ops/registry.js';
import type { Graph } from '../ir.js';
import { nodeLabel, topoSort } from '../ir.js';
import { cloneGraph, isConstant, subgraphsOf } from './util.js';

export interface FoldOptions {
  /** Largest output (in elements) a folded node may produce; bigger ones stay nodes. Default 2^22. */
  maxElements?: number;
}

/**
 * Returns a copy of `graph` where nodes computable from initializers alone (shape math, weight
 * transposes, Constant nodes) are replaced by initializers. Random ops and control flow are never
 * folded, nor are initializers that double as graph inputs (the caller may override them).
 *
 * @example
 * const g2 = foldConstants(g, { maxElements: 1 << 20 });
 */
export function foldConstants(graph: Graph, opts: FoldOptions = {}): Graph {
  const limit = opts.maxElements ?? 2 ** 22;
  const g = cloneGraph(graph);
  const constant = (name: string) => isConstant(g, name);
  const kept = [];
  for (const node of topoSort(g)) {
    const def = getOp(node.op);
    const foldable =
      !def.traits.includes('random') &&
      subgraphsOf(node).length === 0 &&
      node.inputs.every((n) => !n || constant(n)) &&
      node.outputs.every((o) => !o || !g.initializers.has(o));
    if (!foldable) {
      kept.push(node);
      continue;
    }
    try {
      const attrs = new AttrReader(node.op, resolveAttrs(def, node.attrs));
      const ins = node.inputs.map((n) => (n ? g.initializers.get(n) : undefined));
      const infos = ins.map((t) =>
        t ? { dtype: t.dtype, shape: [...t.shape], value: t } : undefined,
      );
      const outs = def.infer(makeInferContext(def, infos, attrs));
      const small = outs.every(
        (o) =>
          o.shape &&
          o.shape.every((d) => typeof d === 'number') &&
          (o.shape as number[]).reduce((a, d) => a * d, 1) <= limit,
      );
      if (!small) {
        kept.push(node);
        continue;
      }
      const values = executeDef(def, ins, attrs);
      node.outputs.forEach((o, i) => values[i] && g.initializers.set(o, values[i]));
    } catch (e) {
      throw withContext(e, nodeLabel(node));
    }
  }
  g.nodes = kept;
  return g;
}
