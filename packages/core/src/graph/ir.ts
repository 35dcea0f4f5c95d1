// The graph IR every frontend converts into and out of (DESIGN.md "One graph IR").
import type { DType } from '../dtype.js';
import { MalformedModelError } from '../errors.js';
import type { Attrs, Dim, SubgraphLike } from '../ops/types.js';
import type { Tensor } from '../tensor.js';

/** A named value's declared type: dtype and (possibly symbolic or unknown) shape. */
export interface ValueDecl {
  name: string;
  dtype: DType | null;
  shape: Dim[] | null;
}

export interface Node {
  /** Unique within the graph when given; errors name it. */
  name: string;
  /** Core op name (ONNX's name for ONNX ops). */
  op: string;
  /** Input value names; '' marks an omitted optional input. */
  inputs: string[];
  outputs: string[];
  attrs: Attrs;
}

export class Graph implements SubgraphLike {
  readonly kind = 'graph' as const;
  name: string;
  inputs: ValueDecl[] = [];
  outputs: ValueDecl[] = [];
  /** Constant values by name (weights). A name may also appear in `inputs` (overridable). */
  initializers = new Map<string, Tensor>();
  nodes: Node[] = [];
  /** Declared types of intermediate values (from a model file or from inference). */
  valueInfo = new Map<string, ValueDecl>();

  constructor(name = 'graph') {
    this.name = name;
  }

  addNode(op: string, inputs: string[], outputs: string[], attrs: Attrs = {}, name?: string): Node {
    const node: Node = { name: name ?? `${op}_${this.nodes.length}`, op, inputs, outputs, attrs };
    this.nodes.push(node);
    return node;
  }

  /** Every value a node or the caller can read without computing it: inputs and initializers. */
  sourceNames(): Set<string> {
    return new Set([...this.inputs.map((i) => i.name), ...this.initializers.keys()]);
  }
}

export function nodeLabel(node: Node): string {
  return `node '${node.name}' (${node.op})`;
}

/**
 * Orders nodes so every value is produced before use. Values from `outer` (an enclosing graph's
 * scope, for subgraphs) count as available. Throws on cycles and on undefined inputs.
 */
export function topoSort(graph: Graph, outer: ReadonlySet<string> = new Set()): Node[] {
  const available = new Set<string>([...graph.sourceNames(), ...outer]);
  const producers = new Map<string, Node>();
  for (const n of graph.nodes) {
    for (const o of n.outputs) {
      if (!o) continue;
      if (producers.has(o) || graph.initializers.has(o)) {
        throw new MalformedModelError(`${nodeLabel(n)}: value '${o}' is produced more than once`);
      }
      producers.set(o, n);
    }
  }
  const order: Node[] = [];
  const state = new Map<Node, 1 | 2>();
  const visit = (n: Node, path: Node[]) => {
    const s = state.get(n);
    if (s === 2) return;
    if (s === 1) {
      throw new MalformedModelError(
        `graph '${graph.name}' has a cycle through ${[...path, n].map(nodeLabel).join(' -> ')}`,
      );
    }
    state.set(n, 1);
    for (const inp of n.inputs) {
      if (!inp || available.has(inp)) continue;
      const p = producers.get(inp);
      if (!p) {
        throw new MalformedModelError(
          `${nodeLabel(n)}: input '${inp}' is not a graph input, initializer or node output`,
        );
      }
      visit(p, [...path, n]);
    }
    state.set(n, 2);
    order.push(n);
  };
  // Iterative over roots keeps the file's order where it is already valid.
  for (const n of graph.nodes) visit(n, []);
  return order;
}
