// Activation fusion: Conv / Gemm / 2-D MatMul followed by Relu, Sigmoid or Tanh becomes one
// FusedConv / FusedGemm node (ops/fused.ts) that applies the activation in place.
import { FUSABLE_ACTIVATIONS } from '../../ops/fused.js';
import type { ValueInfo } from '../../ops/types.js';
import { inferShapes } from '../infer.js';
import type { Graph, Node } from '../ir.js';
import { cloneGraph, consumers, outputNames, producers } from './util.js';

function shapesOrNull(g: Graph): Map<string, ValueInfo> | null {
  try {
    return inferShapes(g, { fold: false });
  } catch {
    return null;
  }
}

/** The fused op replacing `prod`, with its inputs and attributes, or null. */
function fusedForm(
  prod: Node,
  infos: () => Map<string, ValueInfo> | null,
): Omit<Node, 'name' | 'outputs'> | null {
  if (prod.op === 'Conv') return { op: 'FusedConv', inputs: prod.inputs, attrs: { ...prod.attrs } };
  if (prod.op === 'Gemm') return { op: 'FusedGemm', inputs: prod.inputs, attrs: { ...prod.attrs } };
  if (prod.op !== 'MatMul') return null;
  // MatMul of two matrices is Gemm without C; batched or 1-D operands are left alone.
  const info = infos();
  const ranks = prod.inputs.map((n) => info?.get(n)?.shape?.length);
  const dtypes = prod.inputs.map((n) => info?.get(n)?.dtype);
  if (ranks.some((r) => r !== 2) || dtypes.some((d) => d !== 'float32' && d !== 'float64'))
    return null;
  return { op: 'FusedGemm', inputs: prod.inputs.slice(0, 2), attrs: {} };
}

/**
 * Returns a copy of `graph` where an activation whose input comes from a Conv, Gemm or 2-D MatMul
 * (read by nothing else and not a graph output) is fused into that node.
 *
 * @example
 * const g2 = fuseActivations(g); // Conv -> Relu becomes FusedConv{activation: 'Relu'}
 */
export function fuseActivations(graph: Graph): Graph {
  const g = cloneGraph(graph);
  const outs = outputNames(g);
  let infoCache: Map<string, ValueInfo> | null | undefined;
  const infos = () => (infoCache === undefined ? (infoCache = shapesOrNull(graph)) : infoCache);
  const dropped = new Set<Node>();
  for (const act of g.nodes) {
    if (
      !(act.op in FUSABLE_ACTIVATIONS) ||
      Object.keys(act.attrs).some((k) => act.attrs[k] !== undefined)
    )
      continue;
    const x = act.inputs[0];
    const prod = producers(g).get(x);
    if (!prod || dropped.has(prod) || outs.has(x) || consumers(g).get(x)?.length !== 1) continue;
    const fused = fusedForm(prod, infos);
    if (!fused) continue;
    prod.op = fused.op;
    prod.inputs = fused.inputs;
    prod.attrs = { ...fused.attrs, activation: act.op };
    prod.outputs = [act.outputs[0]];
    dropped.add(act);
  }
  g.nodes = g.nodes.filter((n) => !dropped.has(n));
  return g;
}
