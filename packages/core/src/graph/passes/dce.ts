// Dead-code elimination: drops nodes none of whose outputs reach a graph output, and the
// initializers no remaining node reads.
import type { Graph } from '../ir.js';
import { cloneGraph, outputNames, producers, readsOf } from './util.js';

/**
 * Returns a copy of `graph` without the nodes whose outputs are never needed. Random ops are
 * removed like any other (their draws are unobservable when nothing reads them). Graph inputs are
 * kept (they are the caller's interface); initializers read by nothing are dropped unless they
 * are also graph inputs.
 *
 * @example
 * const g2 = eliminateDeadCode(g); // g itself is unchanged
 */
export function eliminateDeadCode(graph: Graph): Graph {
  const g = cloneGraph(graph);
  const prod = producers(g);
  const live = new Set(outputNames(g));
  const keep = new Set<(typeof g.nodes)[number]>();
  const stack = [...live];
  while (stack.length) {
    const name = stack.pop()!;
    const node = prod.get(name);
    if (!node || keep.has(node)) continue;
    keep.add(node);
    for (const r of readsOf(node)) {
      if (!live.has(r)) {
        live.add(r);
        stack.push(r);
      }
    }
  }
  g.nodes = g.nodes.filter((n) => keep.has(n));
  const read = new Set([...live, ...g.nodes.flatMap(readsOf)]);
  const inputNames = new Set(g.inputs.map((i) => i.name));
  for (const name of [...g.initializers.keys()]) {
    if (!read.has(name) && !inputNames.has(name)) g.initializers.delete(name);
  }
  for (const name of [...g.valueInfo.keys()]) if (!read.has(name)) g.valueInfo.delete(name);
  return g;
}
