// Control flow: If, Loop and Scan (opset 9+ form). Subgraph attributes are graph-IR `Graph`s, run
// by a nested Executor. Values a body reads from enclosing scopes arrive as trailing inputs named
// by the `outer_scope` attribute (Note [Outer scope] in @tandem/onnx's importer).
import { ArgumentError, ShapeError } from '../errors.js';
import { Executor } from '../graph/executor.js';
import type { Graph } from '../graph/ir.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { transposeView } from '../views.js';
import {
  type AttrReader,
  type InferContext,
  type KernelContext,
  type OutputInfo,
  defineOp,
} from './registry.js';
import type { Dim, IOSpec } from './types.js';

const OUTER: IOSpec = { name: 'outer', optional: true, variadic: true, nonDifferentiable: true };

function graphAttr(op: string, attrs: AttrReader, name: string): Graph {
  const g = attrs.raw(name) as Graph | undefined;
  if (!g || (g as { kind?: string }).kind !== 'graph')
    throw new ArgumentError(`${op}: attribute '${name}' must be a graph`);
  return g;
}

function outerNames(attrs: AttrReader): string[] {
  return attrs.has('outer_scope') ? attrs.strings('outer_scope') : [];
}

// One plan per (body, outer names); bodies are immutable once imported.
const plans = new WeakMap<Graph, Map<string, Executor>>();
function planFor(g: Graph, outer: string[]): Executor {
  let byOuter = plans.get(g);
  if (!byOuter) plans.set(g, (byOuter = new Map()));
  const key = outer.join('\u0000');
  let ex = byOuter.get(key);
  if (!ex) byOuter.set(key, (ex = new Executor(g, { outer: new Set(outer) })));
  return ex;
}

/** Splits the op's inputs into its own and the outer-scope values (the trailing ones). */
function splitInputs(ctx: KernelContext): {
  own: (Tensor | undefined)[];
  outer: Map<string, Tensor>;
} {
  const names = outerNames(ctx.attrs);
  const n = ctx.inputs.length - names.length;
  if (n < 0)
    throw new ArgumentError(
      `${ctx.op}: ${names.length} outer-scope names but ${ctx.inputs.length} inputs`,
    );
  const outer = new Map<string, Tensor>();
  names.forEach((name, i) => {
    const t = ctx.inputs[n + i];
    if (t) outer.set(name, t);
  });
  return { own: ctx.inputs.slice(0, n), outer };
}

function runBody(g: Graph, feeds: Tensor[], outer: Map<string, Tensor>, names: string[]): Tensor[] {
  const ex = planFor(g, names);
  const inputs = g.inputs;
  if (feeds.length !== inputs.length) {
    throw new ArgumentError(
      `subgraph '${g.name}' takes ${inputs.length} inputs, got ${feeds.length}`,
    );
  }
  const record: Record<string, Tensor> = {};
  inputs.forEach((inp, i) => (record[inp.name] = feeds[i]));
  const res = ex.run(record, outer);
  return g.outputs.map((o) => res[o.name]);
}

function declared(g: Graph, from = 0): OutputInfo[] {
  return g.outputs
    .slice(from)
    .map((o) => ({ dtype: o.dtype ?? 'float32', shape: o.shape ? [...o.shape] : null }));
}

const graphAttrs = { outer_scope: { type: 'strings' as const } };

defineOp({
  name: 'If',
  doc: 'Runs then_branch or else_branch on a scalar bool condition.',
  inputs: [{ name: 'cond', nonDifferentiable: true }, OUTER],
  outputs: [{ name: 'outputs', variadic: true }],
  attrs: {
    then_branch: { type: 'graph', required: true },
    else_branch: { type: 'graph', required: true },
    ...graphAttrs,
  },
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const a = declared(graphAttr('If', ctx.attrs, 'then_branch'));
    const b = declared(graphAttr('If', ctx.attrs, 'else_branch'));
    return a.map((o, i) => ({
      dtype: o.dtype,
      shape:
        o.shape && b[i]?.shape && b[i].shape!.length === o.shape.length
          ? o.shape.map((d, k) => (d === b[i].shape![k] ? d : null))
          : null,
    }));
  },
  kernel: (ctx) => {
    const { own, outer } = splitInputs(ctx);
    const c = own[0];
    if (!c || c.size !== 1)
      throw new ShapeError(`If: cond must have one element, got ${c ? shapeStr(c.shape) : 'none'}`);
    const branch = c.data()[0] ? 'then_branch' : 'else_branch';
    return runBody(graphAttr('If', ctx.attrs, branch), [], outer, outerNames(ctx.attrs));
  },
});

/** Stacks per-iteration values along a new axis (0 for Loop; Scan moves it afterwards). */
function stack(op: string, parts: Tensor[], like?: OutputInfo): Tensor {
  if (!parts.length) {
    const inner = like?.shape?.map((d) => (typeof d === 'number' ? d : 0)) ?? [];
    return new Tensor(like?.dtype ?? 'float32', [0, ...inner]);
  }
  const shape = parts[0].shape;
  for (const p of parts) {
    if (p.shape.join() !== shape.join() || p.dtype !== parts[0].dtype) {
      throw new ShapeError(
        `${op}: scan outputs change shape or dtype across iterations ` +
          `(${shapeStr(shape)} vs ${shapeStr(p.shape)})`,
      );
    }
  }
  const y = new Tensor(parts[0].dtype, [parts.length, ...shape]);
  const n = parts[0].size;
  parts.forEach((p, i) => {
    if (n) runKernel('Copy', [p], [y.view(shape, y.strides.slice(1), i * n)]);
  });
  return y;
}

defineOp({
  name: 'Loop',
  doc: 'Runs body while the trip count (M) and condition allow, carrying values and stacking scan outputs.',
  inputs: [
    { name: 'M', optional: true, nonDifferentiable: true },
    { name: 'cond', optional: true, nonDifferentiable: true },
    { name: 'v_initial', variadic: true, optional: true },
  ],
  outputs: [{ name: 'v_final_and_scan_outputs', variadic: true }],
  attrs: { body: { type: 'graph', required: true }, ...graphAttrs },
  traits: ['nondifferentiable'],
  infer: (ctx: InferContext) => {
    const body = graphAttr('Loop', ctx.attrs, 'body');
    const nCarried = ctx.inputs.length - 2 - outerNames(ctx.attrs).length;
    const outs = declared(body, 1);
    return outs.map((o, i) => {
      if (i < nCarried) {
        const init = ctx.inputs[2 + i];
        return {
          dtype: init?.dtype ?? o.dtype,
          shape: o.shape ?? (init?.shape ? [...init.shape] : null),
        };
      }
      return { dtype: o.dtype, shape: o.shape ? [null as Dim, ...o.shape] : null };
    });
  },
  kernel: (ctx) => {
    const { own, outer } = splitInputs(ctx);
    const body = graphAttr('Loop', ctx.attrs, 'body');
    const names = outerNames(ctx.attrs);
    const tripT = own[0];
    const trip = tripT && tripT.size ? Number(tripT.data()[0]) : Infinity;
    let cond = own[1] && own[1].size ? Boolean(own[1].data()[0]) : true;
    let carried = own.slice(2).map((t, i) => {
      if (!t) throw new ArgumentError(`Loop: loop-carried input ${i} is missing`);
      return t;
    });
    const nScan = body.outputs.length - 1 - carried.length;
    if (nScan < 0)
      throw new ArgumentError(
        `Loop: body has ${body.outputs.length} outputs for ${carried.length} carried values`,
      );
    const scans: Tensor[][] = Array.from({ length: nScan }, () => []);
    if (trip === Infinity && own[1] === undefined)
      throw new ArgumentError('Loop: neither a trip count nor a condition is given');
    for (let i = 0; i < trip && cond; i++) {
      const iter = Tensor.from([BigInt(i)], 'int64', []);
      const outs = runBody(body, [iter, Tensor.from([cond], 'bool', []), ...carried], outer, names);
      cond = Boolean(outs[0].data()[0]);
      carried = outs.slice(1, 1 + carried.length);
      outs.slice(1 + carried.length).forEach((t, k) => scans[k].push(t));
    }
    const like = declared(body, 1 + carried.length);
    return [...carried, ...scans.map((s, k) => stack('Loop', s, like[k]))];
  },
});

defineOp({
  name: 'Scan',
  doc: 'Runs body once per slice of the scan inputs, carrying state and stacking scan outputs.',
  inputs: [{ name: 'initial_state_and_scan_inputs', variadic: true }],
  outputs: [{ name: 'final_state_and_scan_outputs', variadic: true }],
  attrs: {
    body: { type: 'graph', required: true },
    num_scan_inputs: { type: 'int', required: true },
    scan_input_axes: { type: 'ints' },
    scan_input_directions: { type: 'ints' },
    scan_output_axes: { type: 'ints' },
    scan_output_directions: { type: 'ints' },
    ...graphAttrs,
  },
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const body = graphAttr('Scan', ctx.attrs, 'body');
    const nIn = ctx.inputs.length - outerNames(ctx.attrs).length;
    const nState = nIn - ctx.attrs.int('num_scan_inputs');
    return declared(body).map((o, i) =>
      i < nState ? o : { dtype: o.dtype, shape: o.shape ? [null, ...o.shape] : null },
    );
  },
  kernel: (ctx) => {
    const { own, outer } = splitInputs(ctx);
    const body = graphAttr('Scan', ctx.attrs, 'body');
    const names = outerNames(ctx.attrs);
    const m = ctx.attrs.int('num_scan_inputs');
    const nState = own.length - m;
    if (nState < 0)
      throw new ArgumentError(`Scan: num_scan_inputs ${m} exceeds the ${own.length} inputs`);
    const vals = own.map((t, i) => {
      if (!t) throw new ArgumentError(`Scan: input ${i} is missing`);
      return t;
    });
    let state = vals.slice(0, nState);
    const inAxes = ctx.attrs.intsOr('scan_input_axes') ?? new Array(m).fill(0);
    const inDirs = ctx.attrs.intsOr('scan_input_directions') ?? new Array(m).fill(0);
    // Each scan input viewed with its scan axis first.
    const scanIns = vals.slice(nState).map((t, k) => {
      const ax = inAxes[k] < 0 ? inAxes[k] + t.rank : inAxes[k];
      const perm = [ax, ...t.shape.map((_, i) => i).filter((i) => i !== ax)];
      return transposeView(t, perm);
    });
    const T = scanIns.length ? scanIns[0].shape[0] : 0;
    if (scanIns.some((t) => t.shape[0] !== T))
      throw new ShapeError('Scan: scan inputs differ in length along their scan axes');
    const nOut = body.outputs.length - nState;
    const parts: Tensor[][] = Array.from({ length: nOut }, () => []);
    for (let s = 0; s < T; s++) {
      const slices = scanIns.map((t, k) => {
        const i = inDirs[k] ? T - 1 - s : s;
        return t
          .view(t.shape.slice(1), t.strides.slice(1), t.offset + i * t.strides[0])
          .contiguous();
      });
      const outs = runBody(body, [...state, ...slices], outer, names);
      state = outs.slice(0, nState);
      outs.slice(nState).forEach((o, k) => parts[k].push(o));
    }
    const outAxes = ctx.attrs.intsOr('scan_output_axes') ?? new Array(nOut).fill(0);
    const outDirs = ctx.attrs.intsOr('scan_output_directions') ?? new Array(nOut).fill(0);
    const like = declared(body, nState);
    const scanOuts = parts.map((p, k) => {
      const y = stack('Scan', outDirs[k] ? [...p].reverse() : p, like[k]);
      const ax = outAxes[k] < 0 ? outAxes[k] + y.rank : outAxes[k];
      if (ax === 0) return y;
      const perm = y.shape.map((_, i) => i).filter((i) => i !== 0);
      perm.splice(ax, 0, 0);
      return transposeView(y, perm).contiguous();
    });
    return [...state, ...scanOuts];
  },
});
