// MaxPool (with Indices), AveragePool, GlobalAveragePool, GlobalMaxPool and the internal
// MaxPoolGrad / AveragePoolGrad ops (domain ai.tandem).
//
// Kernel contract (the native pools are written by the kernel engineer): X contiguous
// [N, C, *in]; Y allocated with the output shape computed here (auto_pad and ceil_mode folded
// in); attrs kernel_shape, strides, pads [begins..., ends...], dilations (MaxPool),
// storage_order (MaxPool Indices), count_include_pad (AveragePool). MaxPoolGrad(dY, Indices)
// scatters through row-major Indices; AveragePoolGrad(dY) -> dX takes dX's shape from its output.
import type { DType } from '../dtype.js';
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { type Geometry, autoOutputSizes, baseGeometry, resolvePads } from './conv-geometry.js';
import { type AttrReader, type InferContext, defineOp } from './registry.js';
import { intsConst, reductionCount } from './reduce-helpers.js';
import { sameAs } from './infer.js';
import type { AttrSpec, Dim } from './types.js';

const POOL_DTYPES: readonly DType[] = ['float32', 'float64', 'int8', 'uint8'];

const COMMON: Record<string, AttrSpec> = {
  auto_pad: { type: 'string', default: 'NOTSET' },
  ceil_mode: { type: 'int', default: 0 },
  kernel_shape: { type: 'ints', required: true },
  pads: { type: 'ints' },
  strides: { type: 'ints' },
};
const MAX_ATTRS: Record<string, AttrSpec> = {
  ...COMMON,
  dilations: { type: 'ints' },
  storage_order: { type: 'int', default: 0 },
};
const AVG_ATTRS: Record<string, AttrSpec> = {
  ...COMMON,
  count_include_pad: { type: 'int', default: 0 },
};

function spatial(op: string, x: Dim[] | null, attrs: AttrReader): Geometry {
  const k = attrs.ints('kernel_shape');
  if (x && x.length !== k.length + 2) {
    const msg = `kernel_shape [${k.join(', ')}] needs an input of rank ${k.length + 2}, got ${shapeStr(x)}`;
    throw new ShapeError(`${op}: ${msg}`);
  }
  return baseGeometry(op, attrs, k);
}

function inferPool(ctx: InferContext, op: string): Dim[] | null {
  const x = ctx.input(0);
  const g = spatial(op, x.shape, ctx.attrs);
  if (!x.shape) return null;
  const ceil = ctx.attrs.int('ceil_mode') !== 0;
  return [x.shape[0], x.shape[1], ...autoOutputSizes(op, g, ctx.attrs, x.shape.slice(2), ceil)];
}

/** Explicit-pad native attributes for a pool over X. */
function poolAttrs(op: string, x: Tensor, attrs: AttrReader, max: boolean) {
  const g = spatial(op, [...x.shape], attrs);
  const base = {
    kernel_shape: g.kernel,
    strides: g.strides,
    pads: resolvePads(g, attrs, x.shape.slice(2)),
  };
  return max
    ? { ...base, dilations: g.dilations, storage_order: attrs.int('storage_order') }
    : { ...base, count_include_pad: attrs.int('count_include_pad') };
}

defineOp({
  name: 'MaxPool',
  doc: 'Max over sliding windows; the optional Indices output holds flat int64 positions in X.',
  inputs: [{ name: 'X' }],
  outputs: [{ name: 'Y' }, { name: 'Indices', optional: true }],
  attrs: MAX_ATTRS,
  dtypes: POOL_DTYPES,
  infer: (ctx) => {
    const shape = inferPool(ctx, 'MaxPool');
    const dtype = ctx.input(0).dtype ?? 'float32';
    return [
      { dtype, shape },
      { dtype: 'int64', shape: shape && [...shape] },
    ];
  },
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    const y = ctx.output(0);
    const ind = ctx.output(1);
    runKernel('MaxPool', [x], [y, ind], poolAttrs('MaxPool', x, ctx.attrs, true));
    return [y, ind];
  },
  grad: ({ b, inputs: [x], outputs: [, indices], gradOutputs: [g], attrs }) =>
    g ? [b.apply('MaxPoolGrad', [g, indices, x], attrs.values)[0]] : [],
  saves: { inputs: [0], outputs: [1] },
});

defineOp({
  name: 'MaxPoolGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc:
    "(dY, Indices, X) -> dX of MaxPool with MaxPool's attributes: dX[Indices] += dY. X gives the " +
    'shape, and the row-major indices when MaxPool ran with storage_order 1.',
  inputs: [{ name: 'dY' }, { name: 'Indices' }, { name: 'X' }],
  outputs: [{ name: 'dX' }],
  attrs: MAX_ATTRS,
  dtypes: POOL_DTYPES,
  infer: (ctx) => [sameAs(ctx.input(2), ctx.input(0).dtype ?? undefined)],
  kernel: (ctx) => {
    const dy = ctx.input(0).contiguous();
    const dx = ctx.output(0);
    let ind = ctx.input(1).contiguous();
    if (ctx.attrs.int('storage_order') !== 0) {
      const x = ctx.input(2).contiguous();
      ind = ctx.alloc('int64', dy.shape);
      const attrs = { ...poolAttrs('MaxPool', x, ctx.attrs, true), storage_order: 0 };
      runKernel('MaxPool', [x], [ctx.alloc(x.dtype, dy.shape), ind], attrs);
    }
    runKernel('MaxPoolGrad', [dy, ind], [dx], { storage_order: 0 });
    return [dx];
  },
});

defineOp({
  name: 'AveragePool',
  doc: 'Mean over sliding windows; count_include_pad counts padding in the divisor.',
  inputs: [{ name: 'X' }],
  outputs: [{ name: 'Y' }],
  attrs: AVG_ATTRS,
  dtypes: POOL_DTYPES,
  infer: (ctx) => [
    { dtype: ctx.input(0).dtype ?? 'float32', shape: inferPool(ctx, 'AveragePool') },
  ],
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    const y = ctx.output(0);
    runKernel('AveragePool', [x], [y], poolAttrs('AveragePool', x, ctx.attrs, false));
    return [y];
  },
  grad: ({ b, inputs: [x], gradOutputs: [g], attrs }) =>
    g ? [b.apply('AveragePoolGrad', [g, x], attrs.values)[0]] : [],
  saves: { inputs: [0] },
});

defineOp({
  name: 'AveragePoolGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: "(dY, X) -> dX of AveragePool with AveragePool's attributes; X gives only the shape.",
  inputs: [{ name: 'dY' }, { name: 'X' }],
  outputs: [{ name: 'dX' }],
  attrs: AVG_ATTRS,
  dtypes: POOL_DTYPES,
  infer: (ctx) => [sameAs(ctx.input(1))],
  kernel: (ctx) => {
    const dx = ctx.output(0);
    const attrs = poolAttrs('AveragePoolGrad', ctx.input(1), ctx.attrs, false);
    runKernel('AveragePoolGrad', [ctx.input(0).contiguous()], [dx], attrs);
    return [dx];
  },
});

function inferGlobal(ctx: InferContext, op: string) {
  const x = ctx.input(0);
  if (x.shape && x.shape.length < 3) {
    throw new ShapeError(`${op}: input must have rank >= 3 (N, C, ...), got ${shapeStr(x.shape)}`);
  }
  return [
    { dtype: x.dtype ?? 'float32', shape: x.shape ? x.shape.map((d, i) => (i < 2 ? d : 1)) : null },
  ];
}

const spatialAxes = (rank: number) => Array.from({ length: rank - 2 }, (_, i) => i + 2);

defineOp({
  name: 'GlobalAveragePool',
  doc: 'Mean over all spatial dims: [N, C, ...] -> [N, C, 1, ...].',
  inputs: [{ name: 'X' }],
  outputs: [{ name: 'Y' }],
  dtypes: POOL_DTYPES,
  infer: (ctx) => inferGlobal(ctx, 'GlobalAveragePool'),
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel('GlobalAveragePool', [ctx.input(0).contiguous()], [y]);
    return [y];
  },
  grad: ({ b, inputs: [x], outputs: [y], gradOutputs: [g] }) => {
    if (!g) return [];
    const scaled = b.apply('Div', [g, reductionCount(b, x!, y)])[0];
    return [b.apply('Expand', [scaled, b.apply('Shape', [x!])[0]])[0]];
  },
  saves: { inputs: [0], outputs: [0] },
});

defineOp({
  name: 'GlobalMaxPool',
  doc: 'Max over all spatial dims: [N, C, ...] -> [N, C, 1, ...].',
  inputs: [{ name: 'X' }],
  outputs: [{ name: 'Y' }],
  dtypes: POOL_DTYPES,
  infer: (ctx) => inferGlobal(ctx, 'GlobalMaxPool'),
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel('GlobalMaxPool', [ctx.input(0).contiguous()], [y]);
    return [y];
  },
  // Same rule as ReduceMax: the gradient is split among the positions equal to the maximum.
  grad: ({ b, inputs: [x], outputs: [y], gradOutputs: [g] }) => {
    if (!g) return [];
    const rank = b.info(x!).shape?.length;
    if (rank === undefined)
      throw new ShapeError('GlobalMaxPool gradient: the rank of X must be known');
    const to = b.info(x!).dtype === 'float64' ? 11 : 1;
    const hit = b.apply('Cast', [b.apply('Equal', [x!, y])[0]], { to })[0];
    const ties = b.apply('ReduceSum', [hit, intsConst(b, spatialAxes(rank))], { keepdims: 1 })[0];
    return [b.apply('Mul', [hit, b.apply('Div', [g, ties])[0]])[0]];
  },
  saves: { inputs: [0], outputs: [0] },
});
