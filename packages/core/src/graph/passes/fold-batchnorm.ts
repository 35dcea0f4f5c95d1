// Folds an inference BatchNormalization into the Conv or Gemm that feeds it.
//
// Note [BatchNormalization folding]: with s = scale / sqrt(var + eps), inference BN computes
// y = s * x + (bias - mean * s) per channel. When x = Conv(X, W, B) and nothing else reads x,
// y = Conv(X, W * s[m], (B - mean) * s + bias), scaling each output channel m of W. For Gemm
// the channel is the output column: op(B)'s column m is scaled and C becomes a per-column bias.
// The folded weights are new tensors under new names; the originals are never modified.
import { AttrReader, getOp, resolveAttrs } from '../../ops/registry.js';
import { Tensor } from '../../tensor.js';
import type { Graph, Node } from '../ir.js';
import { cloneGraph, consumers, freshName, isConstant, outputNames, producers } from './util.js';

const FLOAT = new Set(['float32', 'float64']);

function values(t: Tensor): Float64Array<ArrayBuffer> {
  return Float64Array.from(t.contiguous().data() as Float32Array);
}

function make(like: Tensor, data: Float64Array, shape: readonly number[]): Tensor {
  return Tensor.from(like.dtype === 'float64' ? data : Float32Array.from(data), like.dtype, shape);
}

interface BnParams {
  s: Float64Array;
  shift: Float64Array; // bias - mean * s
  mean: Float64Array;
}

function bnParams(g: Graph, bn: Node): BnParams | null {
  const attrs = new AttrReader(bn.op, resolveAttrs(getOp(bn.op), bn.attrs));
  if (attrs.int('training_mode') !== 0) return null;
  const names = bn.inputs.slice(1, 5);
  if (names.length !== 4 || !names.every((n) => n && isConstant(g, n))) return null;
  const [scale, bias, mean, variance] = names.map((n) => values(g.initializers.get(n)!));
  const eps = attrs.float('epsilon');
  const s = scale.map((v, i) => v / Math.sqrt(variance[i] + eps));
  return { s, shift: bias.map((b, i) => b - mean[i] * s[i]), mean };
}

/** Returns [W', B'] for a Conv whose output channels are scaled by p.s. */
function foldConv(g: Graph, conv: Node, p: BnParams): Tensor[] | null {
  const w = g.initializers.get(conv.inputs[1])!;
  const m = w.shape[0];
  if (m !== p.s.length) return null;
  const wv = values(w);
  const per = wv.length / m;
  for (let i = 0; i < wv.length; i++) wv[i] *= p.s[Math.floor(i / per)];
  const b = conv.inputs[2] ? values(g.initializers.get(conv.inputs[2])!) : new Float64Array(m);
  const bv = b.map((v, i) => v * p.s[i] + p.shift[i]);
  return [make(w, wv, w.shape), make(w, bv, [m])];
}

/** Returns [B', C'] and the new attributes for a Gemm whose output columns are scaled by p.s. */
function foldGemm(
  g: Graph,
  gemm: Node,
  p: BnParams,
): { tensors: Tensor[]; attrs: Node['attrs'] } | null {
  const attrs = new AttrReader('Gemm', resolveAttrs(getOp('Gemm'), gemm.attrs));
  const b = g.initializers.get(gemm.inputs[1])!;
  const transB = attrs.int('transB') !== 0;
  const m = transB ? b.shape[0] : b.shape[1];
  if (b.rank !== 2 || m !== p.s.length) return null;
  const bv = values(b);
  const [rows, cols] = b.shape;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) bv[r * cols + c] *= p.s[transB ? r : c];
  let cv: Float64Array<ArrayBuffer> = new Float64Array(m);
  const cName = gemm.inputs[2];
  if (cName) {
    const c = g.initializers.get(cName)!;
    const flat = values(c);
    if (c.size === 1) cv.fill(flat[0]);
    else if (c.size === m && (c.rank === 1 || (c.rank === 2 && c.shape[0] === 1))) cv = flat;
    else return null;
    const beta = attrs.float('beta');
    cv = cv.map((v) => v * beta);
  }
  const cOut = cv.map((v, i) => v * p.s[i] + p.shift[i]);
  return { tensors: [make(b, bv, b.shape), make(b, cOut, [m])], attrs: { ...gemm.attrs, beta: 1 } };
}

/**
 * Returns a copy of `graph` where every inference BatchNormalization fed by a Conv (or Gemm) with
 * constant weights, and the only reader of that Conv's output, is folded into the Conv.
 *
 * @example
 * const g2 = foldBatchNorm(g); // Conv -> BatchNormalization becomes one Conv
 */
export function foldBatchNorm(graph: Graph): Graph {
  const g = cloneGraph(graph);
  const outs = outputNames(g);
  const dropped = new Set<Node>();
  for (const bn of g.nodes) {
    if (bn.op !== 'BatchNormalization') continue;
    const readers = consumers(g);
    const extra = bn.outputs.slice(1).filter((o) => o);
    if (extra.some((o) => outs.has(o) || readers.get(o)?.length)) continue;
    const x = bn.inputs[0];
    const prod = producers(g).get(x);
    if (!prod || dropped.has(prod) || outs.has(x) || readers.get(x)?.length !== 1) continue;
    if (prod.op !== 'Conv' && prod.op !== 'Gemm') continue;
    const weights = prod.inputs.slice(1).filter((n) => n);
    if (!weights.every((n) => isConstant(g, n))) continue;
    const w = g.initializers.get(prod.inputs[1])!;
    if (!FLOAT.has(w.dtype)) continue;
    const p = bnParams(g, bn);
    if (!p) continue;
    const folded =
      prod.op === 'Conv'
        ? { tensors: foldConv(g, prod, p), attrs: prod.attrs }
        : foldGemm(g, prod, p);
    if (!folded?.tensors) continue;
    const [wNew, bNew] = folded.tensors;
    const wName = freshName(g, `${prod.inputs[1]}_bnfold`);
    g.initializers.set(wName, wNew);
    const bName = freshName(g, `${prod.inputs[2] || `${prod.name}_bias`}_bnfold`);
    g.initializers.set(bName, bNew);
    prod.inputs = [prod.inputs[0], wName, bName];
    prod.attrs = folded.attrs;
    prod.outputs = [bn.outputs[0]];
    dropped.add(bn);
  }
  g.nodes = g.nodes.filter((n) => !dropped.has(n));
  return g;
}
