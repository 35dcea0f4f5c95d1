// Conv and ConvTranspose (1-3 spatial dims, groups, dilations, auto_pad, output_shape), with the
// internal ConvGradInput / ConvGradWeight ops (domain ai.tandem) their gradients emit. Pools are
// in pool.ts. Native kernels are float32 only.
//
// Note [Conv gradients]: ConvTranspose is the adjoint of Conv in its input, so
// Conv's dX is ConvGradInput (a transposed conv) and ConvTranspose's dX is a plain Conv with the
// same (resolved) pads; both weight gradients are ConvGradWeight with the roles of input and
// output-gradient swapped for ConvTranspose. The bias gradient is a ReduceSum over N and space.
import type { DType } from '../dtype.js';
import { DTypeError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import {
  type Geometry,
  autoOutputSizes,
  baseGeometry,
  convTransposeGeometry,
  resolvePads,
} from './conv-geometry.js';
import { type AttrReader, type InferContext, type OpBuilder, defineOp } from './registry.js';
import { intsConst } from './reduce-helpers.js';
import type { AttrSpec, Dim } from './types.js';
import './pool.js';

const CONV_DTYPES: readonly DType[] = ['float32'];

const CONV_ATTRS: Record<string, AttrSpec> = {
  auto_pad: { type: 'string', default: 'NOTSET' },
  dilations: { type: 'ints' },
  group: { type: 'int', default: 1 },
  kernel_shape: { type: 'ints' },
  pads: { type: 'ints' },
  strides: { type: 'ints' },
};

function checkConvInputs(op: string, x: Dim[], w: Dim[], transpose: boolean, group: number): void {
  if (x.length < 3 || x.length > 5 || w.length !== x.length) {
    throw new ShapeError(
      `${op}: X ${shapeStr(x)} and W ${shapeStr(w)} must share a rank of 3 to 5`,
    );
  }
  const c = x[1];
  const wc = transpose ? w[0] : w[1];
  const expect = transpose ? c : typeof c === 'number' ? c / group : null;
  if (typeof wc === 'number' && typeof expect === 'number' && wc !== expect) {
    const want = transpose ? wc : wc * group;
    const msg = `X ${shapeStr(x)} has ${c} channels but W ${shapeStr(w)} expects ${want} (group ${group})`;
    throw new ShapeError(`${op}: ${msg}`);
  }
}

function kernelOf(op: string, w: Dim[]): number[] {
  const k = w.slice(2);
  if (k.some((d) => typeof d !== 'number')) {
    throw new ShapeError(`${op}: the weight's spatial shape ${shapeStr(w)} must be known`);
  }
  return k as number[];
}

/** Explicit-pad kernel attributes for a conv of input sizes `inSizes`. */
function convKernelAttrs(g: Geometry, attrs: AttrReader, inSizes: readonly number[]) {
  return {
    strides: g.strides,
    dilations: g.dilations,
    pads: resolvePads(g, attrs, inSizes),
    group: attrs.int('group'),
  };
}

/** The dtype of input 0 with the shape of input `i` (gradient ops shaped like an operand). */
function shapeOf(ctx: InferContext, i: number) {
  const s = ctx.input(i).shape;
  return { dtype: ctx.input(0).dtype ?? 'float32', shape: s ? [...s] : null };
}

function inferConv(ctx: InferContext, op: string): { dtype: DType; shape: Dim[] | null }[] {
  const x = ctx.input(0);
  const w = ctx.input(1);
  if (x.dtype && w.dtype && x.dtype !== w.dtype) {
    throw new DTypeError(`${op}: X is ${x.dtype} but W is ${w.dtype}`);
  }
  const dtype = x.dtype ?? 'float32';
  if (!x.shape || !w.shape) return [{ dtype, shape: null }];
  checkConvInputs(op, x.shape, w.shape, false, ctx.attrs.int('group'));
  const g = baseGeometry(op, ctx.attrs, kernelOf(op, w.shape));
  return [
    {
      dtype,
      shape: [x.shape[0], w.shape[0], ...autoOutputSizes(op, g, ctx.attrs, x.shape.slice(2))],
    },
  ];
}

defineOp({
  name: 'Conv',
  doc: 'N-d convolution (cross-correlation) with groups, strides, dilations and padding.',
  inputs: [{ name: 'X' }, { name: 'W' }, { name: 'B', optional: true }],
  outputs: [{ name: 'Y' }],
  attrs: CONV_ATTRS,
  dtypes: CONV_DTYPES,
  infer: (ctx) => inferConv(ctx, 'Conv'),
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    const w = ctx.input(1).contiguous();
    const y = ctx.output(0);
    const g = baseGeometry('Conv', ctx.attrs, w.shape.slice(2));
    const ins = ctx.inputs[2] ? [x, w, ctx.inputs[2].contiguous()] : [x, w];
    runKernel('Conv', ins, [y], convKernelAttrs(g, ctx.attrs, x.shape.slice(2)));
    return [y];
  },
  grad: ({ b, inputs: [x, w, bias], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const a = attrs.values;
    return [
      needsGrad(0) ? b.apply('ConvGradInput', [g, w, x], a)[0] : undefined,
      needsGrad(1) ? b.apply('ConvGradWeight', [x, g, w], a)[0] : undefined,
      bias && needsGrad(2) ? biasGrad(b, g) : undefined,
    ];
  },
  saves: { inputs: [0, 1, 2] },
});

function biasGrad<V>(b: OpBuilder<V>, g: V): V {
  const rank = b.info(g).shape?.length;
  if (rank === undefined) throw new ShapeError('Conv gradient: the rank of dY must be known');
  const axes = [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2)];
  return b.apply('ReduceSum', [g, intsConst(b, axes)], { keepdims: 0 })[0];
}

defineOp({
  name: 'ConvGradInput',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: "(dY, W, X) -> dX of Conv with Conv's attributes; X gives only the shape.",
  inputs: [{ name: 'dY' }, { name: 'W' }, { name: 'X' }],
  outputs: [{ name: 'dX' }],
  attrs: CONV_ATTRS,
  dtypes: CONV_DTYPES,
  infer: (ctx) => [shapeOf(ctx, 2)],
  kernel: (ctx) => {
    const w = ctx.input(1).contiguous();
    const dx = ctx.output(0);
    const g = baseGeometry('ConvGradInput', ctx.attrs, w.shape.slice(2));
    const attrs = convKernelAttrs(g, ctx.attrs, dx.shape.slice(2));
    runKernel('ConvGradInput', [ctx.input(0).contiguous(), w], [dx], attrs);
    return [dx];
  },
});

defineOp({
  name: 'ConvGradWeight',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: "(X, dY, W) -> dW of Conv with Conv's attributes; W gives only the shape.",
  inputs: [{ name: 'X' }, { name: 'dY' }, { name: 'W' }],
  outputs: [{ name: 'dW' }],
  attrs: CONV_ATTRS,
  dtypes: CONV_DTYPES,
  infer: (ctx) => [shapeOf(ctx, 2)],
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    const dw = ctx.output(0);
    const g = baseGeometry('ConvGradWeight', ctx.attrs, dw.shape.slice(2));
    const attrs = convKernelAttrs(g, ctx.attrs, x.shape.slice(2));
    runKernel('ConvGradWeight', [x, ctx.input(1).contiguous()], [dw], attrs);
    return [dw];
  },
});

const CONV_T_ATTRS: Record<string, AttrSpec> = {
  ...CONV_ATTRS,
  output_padding: { type: 'ints' },
  output_shape: { type: 'ints' },
};

function convTGeom(
  attrs: AttrReader,
  x: { shape: readonly number[] },
  w: { shape: readonly number[] },
) {
  const g = baseGeometry('ConvTranspose', attrs, w.shape.slice(2));
  return { g, ...convTransposeGeometry('ConvTranspose', g, attrs, x.shape.slice(2)) };
}

defineOp({
  name: 'ConvTranspose',
  doc: 'Transposed convolution (the adjoint of Conv in its input); W is [C, M/group, k...].',
  inputs: [{ name: 'X' }, { name: 'W' }, { name: 'B', optional: true }],
  outputs: [{ name: 'Y' }],
  attrs: CONV_T_ATTRS,
  dtypes: CONV_DTYPES,
  infer: (ctx) => {
    const x = ctx.input(0);
    const w = ctx.input(1);
    const dtype = x.dtype ?? 'float32';
    if (!x.shape || !w.shape) return [{ dtype, shape: null }];
    checkConvInputs('ConvTranspose', x.shape, w.shape, true, ctx.attrs.int('group'));
    const m = typeof w.shape[1] === 'number' ? w.shape[1] * ctx.attrs.int('group') : null;
    const sp = x.shape.slice(2);
    if (sp.some((d) => typeof d !== 'number')) {
      return [{ dtype, shape: [x.shape[0], m, ...sp.map(() => null)] }];
    }
    const { outSizes } = convTGeom(
      ctx.attrs,
      { shape: x.shape as number[] },
      { shape: w.shape as number[] },
    );
    return [{ dtype, shape: [x.shape[0], m, ...outSizes] }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    const w = ctx.input(1).contiguous();
    const y = ctx.output(0);
    const { g, pads, outputPadding } = convTGeom(ctx.attrs, x, w);
    const ins = ctx.inputs[2] ? [x, w, ctx.inputs[2].contiguous()] : [x, w];
    runKernel('ConvTranspose', ins, [y], {
      strides: g.strides,
      dilations: g.dilations,
      pads,
      output_padding: outputPadding,
      group: ctx.attrs.int('group'),
    });
    return [y];
  },
  grad: ({ b, inputs: [x, w, bias], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const xs = b.info(x!).shape;
    const ws = b.info(w!).shape;
    if (!xs || !ws || [...xs, ...ws].some((d) => typeof d !== 'number')) {
      throw new ShapeError('ConvTranspose gradient: X and W shapes must be known');
    }
    const geo = convTGeom(attrs, { shape: xs as number[] }, { shape: ws as number[] });
    const { strides, dilations } = geo.g;
    const convAttrs = { strides, dilations, pads: geo.pads, group: attrs.int('group') };
    return [
      needsGrad(0) ? b.apply('Conv', [g, w], convAttrs)[0] : undefined,
      needsGrad(1) ? b.apply('ConvGradWeight', [g, x, w], convAttrs)[0] : undefined,
      bias && needsGrad(2) ? biasGrad(b, g) : undefined,
    ];
  },
  saves: { inputs: [0, 1, 2] },
});
