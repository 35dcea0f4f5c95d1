// Note [Opset adapters]: core ops take ONNX's latest (<= 17) form; older forms are rewritten on
// import. Adapters are keyed by (opType, sinceVersion) and resolved to the highest sinceVersion not
// above the model's opset; ops with no entry pass through unchanged.
import { type Node, Tensor } from '@tandem/core';

export interface AdaptContext {
  /** Adds a constant and returns its value name. */
  constant(hint: string, t: Tensor): string;
  /** A fresh value name. */
  fresh(hint: string): string;
}

type Adapter = (node: Node, ctx: AdaptContext) => Node[];
interface Entry {
  since: number;
  adapt?: Adapter;
}

const table = new Map<string, Entry[]>();
function register(op: string, since: number, adapt?: Adapter): void {
  const list = table.get(op) ?? [];
  list.push({ since, adapt });
  list.sort((a, b) => a.since - b.since);
  table.set(op, list);
}

/** Rewrites `node` (from a model at `opset`) into core's canonical form. */
export function adaptNode(node: Node, opset: number, ctx: AdaptContext): Node[] {
  const entries = table.get(node.op);
  if (!entries) return [node];
  let chosen: Entry | undefined;
  for (const e of entries) if (e.since <= opset) chosen = e;
  return chosen?.adapt ? chosen.adapt(node, ctx) : [node];
}

const int64s = (v: number[]) =>
  Tensor.from(
    v.map((x) => BigInt(x)),
    'int64',
    [v.length],
  );

/** Moves attribute `attr` (a list of ints) to input position `index` as an int64 tensor. */
function attrToInput(attr: string, index: number, opts: { drop?: string[] } = {}): Adapter {
  return (node, ctx) => {
    const attrs = { ...node.attrs };
    const inputs = [...node.inputs];
    const v = attrs[attr];
    delete attrs[attr];
    for (const d of opts.drop ?? []) delete attrs[d];
    while (inputs.length < index) inputs.push('');
    if (v !== undefined)
      inputs[index] = ctx.constant(
        `${node.name}_${attr}`,
        int64s(Array.isArray(v) ? (v as number[]) : [v as number]),
      );
    return [{ ...node, inputs, attrs }];
  };
}

const REDUCE_ATTR_AXES = [
  'ReduceMean',
  'ReduceMax',
  'ReduceMin',
  'ReduceProd',
  'ReduceL1',
  'ReduceL2',
  'ReduceLogSum',
  'ReduceLogSumExp',
  'ReduceSumSquare',
];
for (const op of REDUCE_ATTR_AXES) register(op, 1, attrToInput('axes', 1));
register('ReduceSum', 1, attrToInput('axes', 1));
register('ReduceSum', 13);
register('Squeeze', 1, attrToInput('axes', 1));
register('Squeeze', 13);
register('Unsqueeze', 1, attrToInput('axes', 1));
register('Unsqueeze', 13);
// Split before 18 divides equally among the node's outputs when no sizes are given; core's Split
// takes that count as num_outputs (the opset-18 attribute).
function splitCount(node: Node): Node {
  if (node.inputs[1] || node.attrs.num_outputs !== undefined) return node;
  return { ...node, attrs: { ...node.attrs, num_outputs: node.outputs.length } };
}
register('Split', 1, (node, ctx) => attrToInput('split', 1)(node, ctx).map(splitCount));
register('Split', 13, (node) => [splitCount(node)]);
register('TopK', 1, attrToInput('k', 1));
register('TopK', 10);

// Slice-1: starts/ends/axes attributes -> inputs.
register('Slice', 1, (node, ctx) => {
  const { starts, ends, axes, ...rest } = node.attrs;
  const inputs = [
    node.inputs[0],
    ctx.constant(`${node.name}_starts`, int64s(starts as number[])),
    ctx.constant(`${node.name}_ends`, int64s(ends as number[])),
  ];
  if (axes !== undefined) inputs.push(ctx.constant(`${node.name}_axes`, int64s(axes as number[])));
  return [{ ...node, inputs, attrs: rest }];
});
register('Slice', 10);

/** A float attribute becomes a scalar input of X's dtype, through CastLike. */
function scalarLike(
  node: Node,
  ctx: AdaptContext,
  name: string,
  value: number,
): { nodes: Node[]; value: string } {
  const c = ctx.constant(`${node.name}_${name}`, Tensor.from([value], 'float32', []));
  const out = ctx.fresh(`${node.name}_${name}_cast`);
  return {
    nodes: [
      {
        name: `${node.name}_${name}_castlike`,
        op: 'CastLike',
        inputs: [c, node.inputs[0]],
        outputs: [out],
        attrs: {},
      },
    ],
    value: out,
  };
}

// Pad-2: pads/value attributes -> inputs.
register('Pad', 1, (node, ctx) => {
  const { pads, paddings, value, ...rest } = node.attrs;
  const p = (pads ?? paddings) as number[];
  const inputs = [node.inputs[0], ctx.constant(`${node.name}_pads`, int64s(p))];
  const pre: Node[] = [];
  if (value !== undefined && value !== 0) {
    const s = scalarLike(node, ctx, 'value', value as number);
    pre.push(...s.nodes);
    inputs.push(s.value);
  }
  return [...pre, { ...node, inputs, attrs: rest }];
});
register('Pad', 11);

// Clip-6: min/max attributes -> inputs.
register('Clip', 1, (node, ctx) => {
  const { min, max, ...rest } = node.attrs;
  const pre: Node[] = [];
  const inputs = [node.inputs[0], '', ''];
  if (min !== undefined) {
    const s = scalarLike(node, ctx, 'min', min as number);
    pre.push(...s.nodes);
    inputs[1] = s.value;
  }
  if (max !== undefined) {
    const s = scalarLike(node, ctx, 'max', max as number);
    pre.push(...s.nodes);
    inputs[2] = s.value;
  }
  while (inputs.length > 1 && inputs[inputs.length - 1] === '') inputs.pop();
  return [...pre, { ...node, inputs, attrs: rest }];
});
register('Clip', 11);

// Dropout before 12: ratio is an attribute and only matters in training; import for inference.
register('Dropout', 1, (node) => {
  const { ratio: _r, is_test: _t, ...rest } = node.attrs;
  return [{ ...node, attrs: rest }];
});
register('Dropout', 12);

// BatchNormalization before 9 has `spatial` (1 = the only form we support) and before 7 `is_test`.
register('BatchNormalization', 1, (node) => {
  const { spatial, is_test: _t, consumed_inputs: _c, ...rest } = node.attrs;
  if (spatial !== undefined && spatial !== 1) {
    throw new Error(
      `node '${node.name}' (BatchNormalization): spatial=${String(spatial)} is not supported (only spatial=1)`,
    );
  }
  // Pre-14 training outputs (running mean/var, saved stats) are dropped for inference.
  return [{ ...node, attrs: rest, outputs: node.outputs.slice(0, 1) }];
});
register('BatchNormalization', 14);

// Softmax family before 13: coerce to 2-D at `axis` (default 1), normalise each row, restore shape.
function coerced2d(op: string): Adapter {
  return (node, ctx) => {
    const axis = (node.attrs.axis as number | undefined) ?? 1;
    const flat = ctx.fresh(`${node.name}_2d`);
    const y2 = ctx.fresh(`${node.name}_y2d`);
    const shape = ctx.fresh(`${node.name}_shape`);
    return [
      {
        name: `${node.name}_flatten`,
        op: 'Flatten',
        inputs: [node.inputs[0]],
        outputs: [flat],
        attrs: { axis },
      },
      { name: node.name, op, inputs: [flat], outputs: [y2], attrs: { axis: -1 } },
      {
        name: `${node.name}_shapeof`,
        op: 'Shape',
        inputs: [node.inputs[0]],
        outputs: [shape],
        attrs: {},
      },
      {
        name: `${node.name}_reshape`,
        op: 'Reshape',
        inputs: [y2, shape],
        outputs: node.outputs,
        attrs: {},
      },
    ];
  };
}
for (const op of ['Softmax', 'LogSoftmax', 'Hardmax']) {
  register(op, 1, coerced2d(op));
  register(op, 13);
}

// Upsample (7: scales attribute, 9: scales input) and Resize-10 -> Resize with asymmetric coordinates.
function upsampleToResize(scalesFromAttr: boolean): Adapter {
  return (node, ctx) => {
    const mode = (node.attrs.mode as string | undefined) ?? 'nearest';
    const scales = scalesFromAttr
      ? ctx.constant(`${node.name}_scales`, Tensor.from(node.attrs.scales as number[], 'float32'))
      : node.inputs[1];
    return [
      {
        ...node,
        op: 'Resize',
        inputs: [node.inputs[0], '', scales],
        attrs: {
          mode: mode === 'bilinear' ? 'linear' : mode,
          coordinate_transformation_mode: 'asymmetric',
          nearest_mode: 'floor',
        },
      },
    ];
  };
}
register('Upsample', 7, upsampleToResize(true));
register('Upsample', 9, upsampleToResize(false));
register('Resize', 10, upsampleToResize(false));
register('Resize', 11);

// Scatter (9-10) is ScatterElements under its old name.
register('Scatter', 9, (node) => [{ ...node, op: 'ScatterElements' }]);

// Before opset 7, binary ops broadcast only with `broadcast=1`, aligning B at A's `axis` (default:
// suffix alignment, as numpy does). B is reshaped to [...B.shape, 1 x (rank(A) - axis - rank(B))]
// with shape ops, so the rewrite needs no static rank.
function legacyBroadcast(node: Node, ctx: AdaptContext, axis: number | undefined): Node[] {
  const { broadcast: _b, axis: _a, consumed_inputs: _c, ...attrs } = node.attrs;
  if (axis === undefined) return [{ ...node, attrs }];
  const [a, bIn] = node.inputs;
  const v = (hint: string) => ctx.fresh(`${node.name}_${hint}`);
  const names = ['sA', 'rA', 'sB', 'rB', 't', 'n', 'ones', 'shape', 'B'];
  const [sA, rA, sB, rB, t, n, ones, shape, b2] = names.map(v);
  const axisC = ctx.constant(`${node.name}_axis`, int64s([axis]));
  const one = Tensor.from([1n], 'int64', [1]);
  const mk = (op: string, inputs: string[], out: string, at: Node['attrs'] = {}): Node => ({
    name: `${node.name}_${out}`,
    op,
    inputs,
    outputs: [out],
    attrs: at,
  });
  return [
    mk('Shape', [a], sA),
    mk('Shape', [sA], rA),
    mk('Shape', [bIn], sB),
    mk('Shape', [sB], rB),
    mk('Sub', [rA, axisC], t),
    mk('Sub', [t, rB], n),
    mk('ConstantOfShape', [n], ones, { value: one }),
    mk('Concat', [sB, ones], shape, { axis: 0 }),
    mk('Reshape', [bIn, shape], b2),
    { ...node, inputs: [a, b2, ...node.inputs.slice(2)], attrs },
  ];
}
for (const op of [
  'Add',
  'Sub',
  'Mul',
  'Div',
  'Pow',
  'And',
  'Or',
  'Xor',
  'Equal',
  'Greater',
  'Less',
]) {
  register(op, 1, (node, ctx) => {
    const on = node.attrs.broadcast === 1;
    return legacyBroadcast(node, ctx, on ? (node.attrs.axis as number | undefined) : undefined);
  });
  register(op, 7);
}
// PRelu before 7 applies a per-channel slope of shape [C] along axis 1.
register('PRelu', 1, (node, ctx) => legacyBroadcast(node, ctx, 1));
register('PRelu', 7);
// Gemm before 7 marks C's broadcasting with `broadcast`; from 7 on C always broadcasts.
register('Gemm', 1, (node) => {
  const { broadcast: _b, ...attrs } = node.attrs;
  return [{ ...node, attrs }];
});
register('Gemm', 7);
