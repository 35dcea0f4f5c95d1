// addGradientOperators: the gradient net of a NetDef, built from core's gradient formulas (the
// same ones the eager autograd of @tandem/torch runs; DESIGN.md "One operator set").
//
// Note [Gradient nets]: the forward NetDef is converted to a core Graph exactly as the Workspace
// converts it (netToGraph, outputs 'all'), shapes are inferred, and the graph's nodes are walked in
// reverse. Each node's `grad` runs against an OpBuilder host that appends OperatorDefs to the net:
// core ops are marked domain 'tandem' (Note [Core-semantics operators] in convert.ts) so that
// names shared with Caffe2 types of other semantics (Add, ReduceSum, Reshape...) stay unambiguous.
// A formula may read forward values that no blob holds after the forward pass: helper values inside
// one Caffe2 operator's expansion (SoftmaxWithLoss's log-probabilities), versions of a blob that an
// in-place operator overwrote, or outputs the Caffe2 op never produced (MaxPool's indices). Those are
// recomputed in the gradient net from values that are still available (their producing core node is
// emitted again), as Caffe2's own gradient makers avoid by reading only blobs. Random nodes are never
// recomputed: a value only they produce must be kept in a blob (brew.dropout keeps its mask).
import {
  ArgumentError,
  type AttrValue,
  type Attrs,
  AttrReader,
  type GradContext,
  Graph,
  type Node,
  type OpBuilder,
  type OpDef,
  Tensor,
  type ValueInfo,
  getOp,
  inferShapes,
  isFloatDType,
  resolveAttrs,
  withContext,
} from '@tandem/core';
import { caffe2 } from '@tandem/proto';
import { CORE_DOMAIN, netToGraph } from './convert.js';
import { opLabel } from './errors.js';
import { Net } from './net.js';
import { caffe2DTypeCode } from './ops/common.js';
import type { Workspace } from './workspace.js';

export interface GradientOptions {
  /** Shapes (float32) or full infos of blobs the net reads, for the formulas' shape needs. */
  shapes?: Readonly<Record<string, readonly number[] | ValueInfo>>;
  /** Takes the shapes and dtypes of the blobs the net reads from this workspace. */
  workspace?: Workspace;
  /** An init net whose fills give parameter shapes (a ModelHelper passes its paramInitNet). */
  initNet?: Net | caffe2.INetDef;
  /** Blobs that get no gradient (as if behind StopGradient). */
  noGradient?: readonly string[];
}

/** Blob -> the blob holding its gradient, for every blob the net reads that got one. */
export type GradientMap = Record<string, string>;

const MARK = '__grad_op_';

/** Where a forward value comes from: the node and output index (virtual outputs included). */
interface Producer {
  node: Node;
  index: number;
  opIndex: number;
}

const protoOf = (n: Net | caffe2.INetDef): caffe2.INetDef => (n instanceof Net ? n.protoView() : n);

/** Known infos of the blobs a net reads: explicit shapes, a workspace's blobs, init-net fills. */
function knownInputs(opts: GradientOptions): Map<string, ValueInfo> {
  const known = new Map<string, ValueInfo>();
  if (opts.initNet) {
    const { graph, outputBlobs } = netToGraph(protoOf(opts.initNet), {
      outputs: 'all',
      inputs: {},
    });
    const infos = inferShapes(graph);
    for (const [v, blob] of outputBlobs) {
      const i = infos.get(v);
      if (i) known.set(blob, { dtype: i.dtype, shape: i.shape });
    }
  }
  if (opts.workspace) {
    for (const b of opts.workspace.blobs()) {
      const t = opts.workspace.fetchBlob(b);
      known.set(b, { dtype: t.dtype, shape: [...t.shape] });
    }
  }
  for (const [b, s] of Object.entries(opts.shapes ?? {})) {
    known.set(
      b,
      Array.isArray(s) ? { dtype: 'float32', shape: [...(s as number[])] } : (s as ValueInfo),
    );
  }
  return known;
}

/** Encodes a core attribute as a caffe2.Argument by its declared type. */
function encodeCoreArg(op: string, name: string, v: AttrValue): caffe2.Argument {
  const spec = getOp(op).attrs[name];
  const a = caffe2.Argument.create({ name });
  const type =
    spec?.type ?? (typeof v === 'string' ? 'string' : typeof v === 'number' ? 'float' : 'ints');
  switch (type) {
    case 'int':
      a.i = v as number;
      break;
    case 'float':
      a.f = v as number;
      break;
    case 'string':
      a.s = new TextEncoder().encode(v as string);
      break;
    case 'ints':
      a.ints = [...(typeof v === 'number' ? [v] : (v as number[]))];
      break;
    case 'floats':
      a.floats = [...(typeof v === 'number' ? [v] : (v as number[]))];
      break;
    case 'strings':
      a.strings = (v as string[]).map((s) => new TextEncoder().encode(s));
      break;
    default:
      throw new ArgumentError(
        `${op}: attribute '${name}' of type ${type} cannot be written into a gradient net`,
      );
  }
  return a;
}

/** Infers the outputs of one core node from its inputs' infos (nulls where unknown). */
function inferOne(
  op: string,
  inputs: readonly (ValueInfo | undefined)[],
  attrs: Attrs,
  n: number,
): ValueInfo[] {
  const g = new Graph(op);
  const names = inputs.map((info, i) => (info ? `i${i}` : ''));
  const given: Record<string, ValueInfo> = {};
  inputs.forEach((info, i) => {
    if (!info) return;
    given[names[i]] = info;
    g.inputs.push({ name: names[i], dtype: info.dtype, shape: info.shape });
  });
  const outs = Array.from({ length: n }, (_, i) => `o${i}`);
  g.nodes.push({ name: op, op, inputs: names, outputs: outs, attrs });
  const known = inputs.every((i) => !i || (i.dtype && i.shape));
  try {
    const infos = inferShapes(g, { inputs: given });
    return outs.map((o) => infos.get(o) ?? { dtype: null, shape: null });
  } catch (e) {
    if (known) throw e;
    return outs.map(() => ({ dtype: null, shape: null }));
  }
}

/** Whether input i of an op carries gradients (not an index, shape or other integer input). */
function differentiable(d: OpDef, i: number): boolean {
  return !d.inputs[Math.min(i, d.inputs.length - 1)]?.nonDifferentiable;
}

/** What addGradientOperators needs of a ModelHelper (kept structural: model-helper.ts imports this file). */
interface ModelLike {
  addGradientOperators(losses: readonly string[], opts?: GradientOptions): GradientMap;
}

/**
 * Appends the gradient operators of `net` for `losses` (Caffe2's `net.AddGradientOperators`) and
 * returns, for every blob the net reads that gets a gradient, the blob holding it.
 * Shapes come from `opts` (see GradientOptions); a ModelHelper passes its paramInitNet.
 *
 * @example
 * const grads = addGradientOperators(net, ['loss'], { workspace: ws });
 * grads.fc1_w; // 'fc1_w_grad'
 */
export function addGradientOperators(
  target: Net | ModelLike,
  losses: readonly string[],
  opts: GradientOptions = {},
): GradientMap {
  if (!(target instanceof Net)) return target.addGradientOperators(losses, opts);
  const net = target;
  const def = net.protoView();
  if (!losses.length) {
    throw new ArgumentError(`net '${def.name}': addGradientOperators needs at least one loss blob`);
  }
  const ops = def.op ?? [];
  // Operator index markers as names, so each core node names the Caffe2 operator it came from.
  const markedOps = ops.map((o, i) => ({ ...o, name: `${MARK}${i}` }) as caffe2.OperatorDef);
  const marked = caffe2.NetDef.create({ ...def, op: markedOps });
  const known = knownInputs(opts);
  const readFirst = new Set<string>();
  const written = new Set<string>();
  for (const o of ops) {
    for (const b of o.input ?? []) if (b && !written.has(b)) readFirst.add(b);
    for (const b of o.output ?? []) if (b) written.add(b);
  }
  const inputs: Record<string, ValueInfo> = {};
  for (const b of readFirst) inputs[b] = known.get(b) ?? { dtype: null, shape: null };
  let converted;
  try {
    converted = netToGraph(marked, { inputs, outputs: 'all', exactInputShapes: true });
  } catch (e) {
    const unknown = [...readFirst].filter((b) => !known.get(b)?.shape);
    if (!unknown.length) throw e;
    const hint =
      `addGradientOperators: shapes of [${unknown.join(', ')}] are unknown ` +
      '(pass opts.shapes or opts.workspace holding them)';
    throw withContext(e, hint);
  }
  const { graph, outputBlobs } = converted;
  const builder = new GradientBuilder(net, graph, outputBlobs, new Set([...readFirst, ...written]));
  return builder.build(losses, new Set(opts.noGradient ?? []), inputs);
}

class GradientBuilder {
  private readonly producers = new Map<string, Producer>();
  private infos = new Map<string, ValueInfo>();
  /** Forward value -> the blob holding it after the forward pass (available values only). */
  private readonly available = new Map<string, string>();
  /** Forward value -> its blob (for naming), for every SSA version of a blob. */
  private readonly blobOf = new Map<string, string>();
  /** Forward values recomputed or emitted as constants in the gradient net -> blob. */
  private readonly materialized = new Map<string, string>();
  private readonly taken: Set<string>;
  /** Blobs written by the gradient net (gradient-side values are these names). */
  private readonly emitted = new Set<string>();
  private readonly emittedInfo = new Map<string, ValueInfo>();
  private readonly newOps: caffe2.OperatorDef[] = [];
  private counter = 0;
  private readonly renamed = new Map<string, string>();

  constructor(
    private readonly net: Net,
    private readonly graph: Graph,
    outputBlobs: Map<string, string>,
    blobNames: Set<string>,
  ) {
    this.taken = new Set(blobNames);
    for (const n of graph.nodes)
      for (const v of [...n.inputs, ...n.outputs]) if (v) this.taken.add(v);
    for (const [v, blob] of outputBlobs) this.available.set(v, blob);
    const writtenBlobs = new Set(outputBlobs.values());
    for (const inp of graph.inputs) {
      this.blobOf.set(inp.name, inp.name);
      // A blob read but never written keeps its value through the whole net.
      if (!writtenBlobs.has(inp.name)) this.available.set(inp.name, inp.name);
    }
    for (const [v, blob] of outputBlobs) this.blobOf.set(v, blob);
    for (const n of graph.nodes) {
      const opIndex = Number(n.name.slice(MARK.length).split('/')[0]);
      const count = Math.max(
        n.outputs.length,
        getOp(n.op).outputs.filter((o) => !o.variadic).length,
      );
      for (let i = 0; i < count; i++) {
        // Note: outputs the Caffe2 op did not produce get virtual names, computed on demand.
        if (!n.outputs[i]) n.outputs[i] = `${n.name}:out${i}`;
        this.producers.set(n.outputs[i], { node: n, index: i, opIndex });
        const m = /^(.*)@\d+$/.exec(n.outputs[i]);
        if (m && blobNames.has(m[1])) this.blobOf.set(n.outputs[i], m[1]);
        else if (blobNames.has(n.outputs[i])) this.blobOf.set(n.outputs[i], n.outputs[i]);
      }
    }
  }

  private fresh(hint: string): string {
    let name = hint;
    while (this.taken.has(name)) name = `${hint}_${this.counter++}`;
    this.taken.add(name);
    return name;
  }

  private label(opIndex: number): string {
    return opLabel(opIndex, this.net.ops[opIndex]?.type ?? '?');
  }

  /** Float (or unknown) dtype: the values gradients flow through. */
  private isFloat(v: string): boolean {
    const d = this.infos.get(v)?.dtype ?? null;
    return d === null || isFloatDType(d);
  }

  info(v: string): ValueInfo {
    return this.emittedInfo.get(v) ?? this.infos.get(v) ?? { dtype: null, shape: null };
  }

  private push(o: caffe2.OperatorDef, infos: ValueInfo[]): void {
    o.isGradientOp = true;
    this.newOps.push(o);
    o.output.forEach((b, i) => {
      this.emitted.add(b);
      this.emittedInfo.set(b, infos[i] ?? { dtype: null, shape: null });
    });
  }

  /** Appends a core op (domain 'tandem'); ConstantOfShape becomes Caffe2's ConstantFill. */
  emit(
    op: string,
    inputs: readonly (string | undefined)[],
    attrs: Attrs,
    outs: string[],
  ): string[] {
    const ins = inputs.map((v) => (v === undefined || v === '' ? '' : this.resolve(v)));
    const infos = inferOne(
      op,
      ins.map((v) => (v ? this.info(v) : undefined)),
      attrs,
      outs.length,
    );
    if (op === 'ConstantOfShape') {
      const value = attrs.value instanceof Tensor ? attrs.value : Tensor.from([0], 'float32', [1]);
      const arg = [
        caffe2.Argument.create({ name: 'input_as_shape', i: 1 }),
        caffe2.Argument.create({ name: 'value', f: Number(value.toNumbers()[0]) }),
        caffe2.Argument.create({ name: 'dtype', i: caffe2DTypeCode(value.dtype) }),
      ];
      this.push(
        caffe2.OperatorDef.create({ type: 'ConstantFill', input: ins, output: outs, arg }),
        infos,
      );
      return outs;
    }
    const arg: caffe2.Argument[] = [];
    for (const [k, v] of Object.entries(attrs))
      if (v !== undefined) arg.push(encodeCoreArg(op, k, v));
    const o = caffe2.OperatorDef.create({
      type: op,
      domain: CORE_DOMAIN,
      input: ins,
      output: outs,
      arg,
    });
    this.push(o, infos);
    return outs;
  }

  /** A constant as a GivenTensor*Fill. */
  constant(t: Tensor, hint: string): string {
    const out = this.fresh(hint);
    const shape = caffe2.Argument.create({ name: 'shape', ints: [...t.shape] });
    const data = t.data();
    let type: string;
    const values = caffe2.Argument.create({ name: 'values' });
    if (t.dtype === 'float32' || t.dtype === 'float64') {
      type = t.dtype === 'float32' ? 'GivenTensorFill' : 'GivenTensorDoubleFill';
      values.floats = Array.from(data as Float32Array);
    } else if (t.dtype === 'int64') {
      type = 'GivenTensorInt64Fill';
      values.ints = Array.from(data as BigInt64Array, (x) => Number(x));
    } else if (t.dtype === 'int32') {
      type = 'GivenTensorIntFill';
      values.ints = Array.from(data as Int32Array);
    } else if (t.dtype === 'bool') {
      type = 'GivenTensorBoolFill';
      values.ints = Array.from(data as Uint8Array, Number);
    } else {
      throw new ArgumentError(
        `gradient net: a ${t.dtype} constant cannot be written as a Caffe2 fill`,
      );
    }
    this.push(caffe2.OperatorDef.create({ type, output: [out], arg: [shape, values] }), [
      { dtype: t.dtype, shape: [...t.shape], value: t },
    ]);
    return out;
  }

  /** The blob that holds `v` in the gradient net: emitted, available, a constant, or recomputed. */
  resolve(v: string): string {
    if (this.emitted.has(v)) return v;
    const avail = this.available.get(v);
    if (avail !== undefined) return avail;
    const done = this.materialized.get(v);
    if (done !== undefined) return done;
    const init = this.graph.initializers.get(v);
    if (init) {
      const name = this.constant(init, `${this.blobOf.get(v) ?? 'const'}_c`);
      this.materialized.set(v, name);
      return name;
    }
    const p = this.producers.get(v);
    if (!p) {
      const blob = this.blobOf.get(v) ?? v;
      throw new ArgumentError(
        `gradient net: needs the value blob '${blob}' had when the net started, but an operator of the net ` +
          'overwrites it (in place) and it cannot be recomputed; write the result to another blob',
      );
    }
    const { node, opIndex } = p;
    if (getOp(node.op).traits.includes('random')) {
      throw new ArgumentError(
        `${this.label(opIndex)}: its gradient needs output ${p.index} of random core op ${node.op}, ` +
          'which no blob keeps and which cannot be recomputed (give the operator that output, ' +
          "e.g. Dropout's mask)",
      );
    }
    // Recompute the node (all its outputs, virtual ones included).
    const base = this.baseOf(opIndex);
    const outs = node.outputs.map((o, i) => this.fresh(`${this.blobOf.get(o) ?? base}_fwd${i}`));
    node.outputs.forEach((o, i) => this.materialized.set(o, outs[i]));
    this.emit(node.op, node.inputs, node.attrs, outs);
    // The recomputed values keep the forward infos (inferOne may know less).
    node.outputs.forEach((o, i) =>
      this.emittedInfo.set(outs[i], this.infos.get(o) ?? this.info(outs[i])),
    );
    return this.materialized.get(v)!;
  }

  private baseOf(opIndex: number): string {
    return this.net.ops[opIndex]?.output?.[0] || `op${opIndex}`;
  }

  build(
    losses: readonly string[],
    noGradient: Set<string>,
    inputs: Record<string, ValueInfo>,
  ): GradientMap {
    const graph = this.graph;
    this.infos = inferShapes(graph, { inputs });
    // Which values depend on a float input through differentiable edges.
    const requires = new Set<string>();
    for (const inp of graph.inputs) {
      if (!noGradient.has(inp.name) && this.isFloat(inp.name)) requires.add(inp.name);
    }
    for (const n of graph.nodes) {
      const d = getOp(n.op);
      const stop = this.net.ops[this.producers.get(n.outputs[0])!.opIndex]?.type === 'StopGradient';
      if (stop || (d.traits.includes('random') && !d.grad)) continue;
      if (!n.inputs.some((v, i) => v && requires.has(v) && differentiable(d, i))) continue;
      for (const o of n.outputs) {
        if (this.isFloat(o) && !noGradient.has(this.blobOf.get(o) ?? '')) requires.add(o);
      }
    }

    const contributions = new Map<string, string[]>();
    const add = (v: string, g: string) =>
      contributions.set(v, [...(contributions.get(v) ?? []), g]);
    for (const loss of losses) {
      const v = [...this.available].find(([, b]) => b === loss)?.[0];
      if (v === undefined) {
        throw new ArgumentError(`addGradientOperators: loss blob '${loss}' is not in the net`);
      }
      const out = this.fresh(`${loss}_grad`);
      const arg = [caffe2.Argument.create({ name: 'value', f: 1 })];
      this.push(
        caffe2.OperatorDef.create({ type: 'ConstantFill', input: [loss], output: [out], arg }),
        [{ dtype: this.info(v).dtype, shape: this.info(v).shape }],
      );
      add(v, out);
    }
    const totals = new Map<string, string>();
    const total = (v: string): string | undefined => {
      if (totals.has(v)) return totals.get(v);
      const parts = contributions.get(v);
      if (!parts?.length) return undefined;
      const sum = () =>
        this.emit('Sum', parts, {}, [this.fresh(`${this.blobOf.get(v) ?? 'v'}_grad_sum`)])[0];
      const t = parts.length === 1 ? parts[0] : sum();
      totals.set(v, t);
      return t;
    };

    for (let k = graph.nodes.length - 1; k >= 0; k--) {
      const node = graph.nodes[k];
      const gradOutputs = node.outputs.map((o) => (requires.has(o) ? total(o) : undefined));
      if (!gradOutputs.some((g) => g)) continue;
      const d = getOp(node.op);
      const needs = node.inputs.map((v, i) => !!v && requires.has(v) && differentiable(d, i));
      if (!needs.some((x) => x)) continue;
      const opIndex = this.producers.get(node.outputs[0])!.opIndex;
      const where = `${this.label(opIndex)}, core op ${node.op}`;
      if (!d.grad)
        throw new ArgumentError(`${where}: the gradient of ${node.op} is not implemented in core`);
      const grads = this.runGrad(node, gradOutputs, needs, opIndex, where);
      grads.forEach((g, i) => {
        if (g && needs[i]) add(node.inputs[i], g);
      });
    }

    // Gradients of the blobs the net reads; then readable names for them (Caffe2's `<x>_grad`).
    const result: GradientMap = {};
    for (const inp of graph.inputs) {
      const g = total(inp.name);
      if (g) result[inp.name] = this.rename(g, `${inp.name}_grad`);
    }
    for (const o of this.newOps) this.net.addOp(o);
    return result;
  }

  private runGrad(
    node: Node,
    gradOutputs: (string | undefined)[],
    needs: boolean[],
    opIndex: number,
    where: string,
  ): (string | undefined)[] {
    const d = getOp(node.op);
    const base = this.baseOf(opIndex);
    const self = this;
    const b: OpBuilder<string> = {
      apply(op, inputs, attrs = {}, numOutputs) {
        const n = numOutputs ?? getOp(op).outputs.length;
        const outs = Array.from({ length: n }, () => self.fresh(`${base}_g${self.counter++}`));
        return self.emit(op, inputs, attrs, outs);
      },
      constant: (t) => self.constant(t, `${base}_c`),
      info: (v) => self.info(v),
    };
    const inputs = node.inputs.map((v) => v || undefined);
    // Note [Shape-only saves]: BatchNormalization in training mode saves its running mean and
    // variance inputs but its gradient reads only their shape (it recomputes batch statistics). A
    // SpatialBN overwrites those blobs in place, so the formula gets the updated ones (same shape).
    // Core could declare this with `saves.shapes`; until then it is listed here.
    if (node.op === 'BatchNormalization' && node.attrs.training_mode) {
      inputs[3] = node.outputs[1];
      inputs[4] = node.outputs[2];
    }
    const ctx: GradContext<string> = {
      b,
      inputs,
      outputs: node.outputs,
      gradOutputs,
      attrs: new AttrReader(node.op, resolveAttrs(d, node.attrs)),
      needsGrad: (i) => needs[i] ?? false,
    };
    try {
      return d.grad!(ctx);
    } catch (e) {
      throw withContext(
        e,
        `gradient of ${where} (shapes: opts.shapes, opts.workspace or the init net)`,
      );
    }
  }

  /** Renames an emitted gradient blob (unless it is shared or taken) to a readable name. */
  private rename(from: string, hint: string): string {
    const done = this.renamed.get(from);
    if (done) return done;
    if (!this.emitted.has(from) || from === hint) return from;
    const to = this.fresh(hint);
    this.renamed.set(from, to);
    for (const o of this.newOps) {
      o.input = o.input.map((x) => (x === from ? to : x));
      o.output = o.output.map((x) => (x === from ? to : x));
    }
    this.emitted.add(to);
    this.emittedInfo.set(to, this.info(from));
    return to;
  }
}
