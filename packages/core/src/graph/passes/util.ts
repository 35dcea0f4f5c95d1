// Shared helpers of the graph passes: copying a graph, finding consumers, renaming values.
//
// Note [Pure passes]: every pass is a function Graph -> Graph that leaves its argument untouched.
// The result has its own node objects, node lists and maps, but shares initializer tensors with
// the input (weights are never copied, so several optimized graphs can share one loaded model).
// A pass that changes a weight (BatchNormalization folding) makes a new tensor under a new name.
import type { SubgraphLike } from '../../ops/types.js';
import { Graph, type Node } from '../ir.js';

/** A copy of `graph` with fresh node objects and maps; tensors are shared. */
export function cloneGraph(graph: Graph): Graph {
  const g = new Graph(graph.name);
  g.inputs = graph.inputs.map((v) => ({ ...v }));
  g.outputs = graph.outputs.map((v) => ({ ...v }));
  g.initializers = new Map(graph.initializers);
  g.valueInfo = new Map(graph.valueInfo);
  g.nodes = graph.nodes.map((n) => ({
    ...n,
    inputs: [...n.inputs],
    outputs: [...n.outputs],
    attrs: { ...n.attrs },
  }));
  return g;
}

function isGraph(v: unknown): v is Graph {
  return (
    typeof v === 'object' && v !== null && (v as SubgraphLike).kind === 'graph' && 'nodes' in v
  );
}

/** Subgraphs held in a node's attributes (If/Loop/Scan bodies). */
export function subgraphsOf(node: Node): Graph[] {
  const out: Graph[] = [];
  for (const v of Object.values(node.attrs)) {
    if (isGraph(v)) out.push(v);
    else if (Array.isArray(v)) for (const x of v) if (isGraph(x)) out.push(x);
  }
  return out;
}

/** Every name a subgraph (recursively) reads; a superset of its free variables, which is safe. */
export function namesReadBySubgraphs(node: Node): Set<string> {
  const names = new Set<string>();
  const walk = (g: Graph) => {
    for (const n of g.nodes) {
      for (const i of n.inputs) if (i) names.add(i);
      for (const s of subgraphsOf(n)) walk(s);
    }
    for (const o of g.outputs) names.add(o.name);
  };
  for (const s of subgraphsOf(node)) walk(s);
  return names;
}

/** Every value read by a node (its inputs plus, for control flow, the names its bodies read). */
export function readsOf(node: Node): string[] {
  const direct = node.inputs.filter((n) => n);
  const sub = namesReadBySubgraphs(node);
  return sub.size ? [...direct, ...sub] : direct;
}

/** value name -> nodes reading it (directly or from a subgraph). */
export function consumers(graph: Graph): Map<string, Node[]> {
  const map = new Map<string, Node[]>();
  for (const n of graph.nodes) {
    for (const name of new Set(readsOf(n))) {
      let list = map.get(name);
      if (!list) map.set(name, (list = []));
      list.push(n);
    }
  }
  return map;
}

/** value name -> the node producing it. */
export function producers(graph: Graph): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const n of graph.nodes) for (const o of n.outputs) if (o) map.set(o, n);
  return map;
}

/** Names that a pass must keep as they are: graph outputs. */
export function outputNames(graph: Graph): Set<string> {
  return new Set(graph.outputs.map((o) => o.name));
}

/**
 * Whether `name` is a constant: an initializer that is not also a graph input (an input with an
 * initializer is only a default, the caller may override it).
 */
export function isConstant(graph: Graph, name: string): boolean {
  return graph.initializers.has(name) && !graph.inputs.some((i) => i.name === name);
}

/** Whether some control-flow body reads `name` (such values are never renamed). */
export function readInSubgraph(graph: Graph, name: string): boolean {
  return graph.nodes.some((n) => subgraphsOf(n).length > 0 && namesReadBySubgraphs(n).has(name));
}

/** Replaces every direct read of `from` by `to` (check `readInSubgraph` first). */
export function replaceUses(graph: Graph, from: string, to: string): void {
  for (const n of graph.nodes) n.inputs = n.inputs.map((x) => (x === from ? to : x));
}

/** A value name not used in the graph yet, derived from `base`. */
export function freshName(graph: Graph, base: string): string {
  const used = new Set<string>([...graph.sourceNames(), ...graph.nodes.flatMap((n) => n.outputs)]);
  if (!used.has(base)) return base;
  for (let i = 1; ; i++) if (!used.has(`${base}_${i}`)) return `${base}_${i}`;
}
