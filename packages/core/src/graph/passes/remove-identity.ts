// Removes nodes that only forward a value: Identity, and Dropout in inference mode (no
// training_mode input, or a constant false one) whose mask nobody reads.
import type { Graph, Node } from '../ir.js';
import {
  cloneGraph,
  consumers,
  isConstant,
  outputNames,
  producers,
  readInSubgraph,
  replaceUses,
} from './util.js';

function forwarded(g: Graph, node: Node, readers: Map<string, Node[]>, outs: Set<string>): boolean {
  if (node.op === 'Identity') return true;
  if (node.op !== 'Dropout') return false;
  const training = node.inputs[2];
  if (training) {
    if (!isConstant(g, training)) return false;
    if (
      g.initializers
        .get(training)!
        .toNumbers()
        .some((v) => v !== 0)
    )
      return false;
  }
  const mask = node.outputs[1];
  return !mask || (!outs.has(mask) && !(readers.get(mask)?.length ?? 0));
}

/**
 * Returns a copy of `graph` without Identity and inference-mode Dropout nodes: readers of the
 * output read the input instead. When the output is a graph output, the producer of the input is
 * renamed to produce it directly; when that is impossible (the input is a graph input, an
 * initializer or itself a graph output) the node stays.
 *
 * @example
 * const g2 = removeIdentities(g);
 */
export function removeIdentities(graph: Graph): Graph {
  const g = cloneGraph(graph);
  const outs = outputNames(g);
  for (const node of g.nodes) {
    const readers = consumers(g);
    if (!forwarded(g, node, readers, outs)) continue;
    const src = node.inputs[0];
    const dst = node.outputs[0];
    if (!src || !dst) continue;
    if (!outs.has(dst)) {
      if (readInSubgraph(g, dst)) continue;
      replaceUses(g, dst, src);
    } else {
      const prod = producers(g).get(src);
      if (!prod || outs.has(src) || readInSubgraph(g, src) || g.inputs.some((i) => i.name === src))
        continue;
      prod.outputs = prod.outputs.map((o) => (o === src ? dst : o));
      replaceUses(g, src, dst);
    }
    g.nodes = g.nodes.filter((n) => n !== node);
  }
  return g;
}
