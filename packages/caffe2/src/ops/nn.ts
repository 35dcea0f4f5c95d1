// Caffe2's neural-network layers: Conv, ConvTranspose, pools, FC, LRN, SpatialBN, Dropout, Softmax.
import { type Attrs, Tensor } from '@tandem/core';
import {
  WINDOW_ARGS,
  normAxis,
  order,
  readWindow,
  spatialDims,
  toChannelsLast,
  windowAttrs,
  withOrder,
} from './common.js';
import { type ConvertContext, op } from './types.js';

function convert(ctx: ConvertContext, coreOp: 'Conv' | 'ConvTranspose'): void {
  const x = ctx.input(0);
  const nd = spatialDims(ctx, x);
  const w = readWindow(ctx, nd);
  const attrs: Attrs = { ...windowAttrs(ctx, w, false), group: ctx.args.int('group', 1) };
  if (coreOp === 'ConvTranspose') {
    const a = ctx.args;
    const adj = a.has('adjs')
      ? a.ints('adjs')
      : a.has('adj')
        ? new Array(nd).fill(a.int('adj'))
        : a.has('adj_h') || a.has('adj_w')
          ? [a.int('adj_h', 0), a.int('adj_w', 0)]
          : undefined;
    if (adj) attrs.output_padding = adj;
  }
  withOrder(
    ctx,
    x,
    (xf, toFirst, target) => {
      const ins = [xf, toFirst(ctx.input(1))];
      if (ctx.hasInput(2)) ins.push(ctx.input(2));
      return ctx.emit(coreOp, ins, target, attrs)[0];
    },
    ctx.output(0),
  );
}

function pool(ctx: ConvertContext, kind: 'Max' | 'Average'): void {
  const x = ctx.input(0);
  if (ctx.args.bool('global_pooling')) {
    withOrder(
      ctx,
      x,
      (xf, _t, target) => ctx.emit(`Global${kind}Pool`, [xf], target)[0],
      ctx.output(0),
    );
    return;
  }
  const w = readWindow(ctx, spatialDims(ctx, x));
  if (!w.kernel)
    throw ctx.fail(
      'needs a kernel size (kernel, kernels or kernel_h/kernel_w) or global_pooling=1',
    );
  const attrs = windowAttrs(ctx, w, true);
  if (kind === 'Average') attrs.count_include_pad = ctx.args.bool('count_include_pad') ? 1 : 0;
  withOrder(
    ctx,
    x,
    (xf, _t, target) => ctx.emit(`${kind}Pool`, [xf], target, attrs)[0],
    ctx.output(0),
  );
}

/** Caffe2 coerces Softmax's input to 2-D at `axis`: softmax over all trailing dims together. */
function softmax(ctx: ConvertContext): void {
  const x = ctx.input(0);
  const axis = ctx.args.int('axis', 1);
  const s = ctx.shape(x);
  const out = ctx.output(0);
  if (s && normAxis(ctx, axis, s.length) === s.length - 1) {
    ctx.emit('Softmax', [x], [out], { axis: s.length - 1 });
    return;
  }
  const flat = ctx.emit('Flatten', [x], 1, { axis })[0];
  const y = ctx.emit('Softmax', [flat], 1, { axis: 1 })[0];
  const shape = ctx.emit('Shape', [x], 1)[0];
  ctx.emit('Reshape', [y, shape], [out]);
}

/** LRN's second output: scale = bias + alpha/size * (sum of x^2 over the channel window). */
function lrnScale(
  ctx: ConvertContext,
  xf: string,
  size: number,
  alpha: number,
  bias: number,
): string {
  const sq = ctx.emit('Mul', [xf, xf], 1)[0];
  const r = ctx.rank(xf);
  const lifted = ctx.emit('Unsqueeze', [sq, ctx.int64s([1])], 1)[0];
  const pre = Math.floor((size - 1) / 2);
  const spatial = r - 2;
  const pooled = ctx.emit('AveragePool', [lifted], 1, {
    kernel_shape: [size, ...new Array(spatial).fill(1)],
    pads: [pre, ...new Array(spatial).fill(0), size - 1 - pre, ...new Array(spatial).fill(0)],
    count_include_pad: 1,
  })[0];
  const mean = ctx.emit('Squeeze', [pooled, ctx.int64s([1])], 1)[0];
  const scaled = ctx.emit('Mul', [mean, ctx.scalar(alpha, ctx.dtype(xf))], 1)[0];
  return ctx.emit('Add', [scaled, ctx.scalar(bias, ctx.dtype(xf))], 1)[0];
}

function lrn(ctx: ConvertContext): void {
  const a = ctx.args;
  const size = a.int('size');
  const alpha = a.float('alpha', 0);
  const beta = a.float('beta', 0);
  const bias = a.float('bias', 1);
  if (!(size > 0)) throw ctx.fail(`argument 'size' must be positive, got ${size}`);
  const x = ctx.input(0);
  const nhwc = order(ctx) === 'NHWC';
  withOrder(
    ctx,
    x,
    (xf, _t, target) => ctx.emit('LRN', [xf], target, { size, alpha, beta, bias })[0],
    ctx.output(0),
  );
  if (!ctx.wantOutput(1)) return;
  if (!nhwc) {
    const s = lrnScale(ctx, x, size, alpha, bias);
    ctx.emit('Identity', [s], [ctx.output(1)]);
    return;
  }
  const r = ctx.rank(x);
  const xf = ctx.emit('Transpose', [x], 1, {
    perm: [0, r - 1, ...Array.from({ length: r - 2 }, (_, i) => i + 1)],
  })[0];
  ctx.emit('Transpose', [lrnScale(ctx, xf, size, alpha, bias)], [ctx.output(1)], {
    perm: toChannelsLast(r),
  });
}

function spatialBN(ctx: ConvertContext): void {
  const a = ctx.args;
  const epsilon = a.float('epsilon', 1e-5);
  const momentum = a.float('momentum', 0.9);
  const isTest = a.bool('is_test');
  const x = ctx.input(0);
  const params = [1, 2, 3, 4].map((i) => ctx.input(i));
  if (isTest) {
    withOrder(
      ctx,
      x,
      (xf, _t, target) => ctx.emit('BatchNormalization', [xf, ...params], target, { epsilon })[0],
      ctx.output(0),
    );
    return;
  }
  if (ctx.outputBlobs.length < 5) {
    throw ctx.fail(
      `in training mode (is_test=0) takes 5 outputs (Y, running_mean, running_var, saved_mean, ` +
        `saved_inv_var), got ${ctx.outputBlobs.length}; pass is_test=1 for inference`,
    );
  }
  const nhwc = order(ctx) === 'NHWC';
  const r = ctx.rank(x, `input '${ctx.inputBlobs[0]}'`);
  const xf = nhwc
    ? ctx.emit('Transpose', [x], 1, {
        perm: [0, r - 1, ...Array.from({ length: r - 2 }, (_, i) => i + 1)],
      })[0]
    : x;
  const [y, rm, rv] = ctx.emit(
    'BatchNormalization',
    [xf, ...params],
    nhwc ? 3 : [ctx.output(0), ctx.output(1), ctx.output(2)],
    {
      epsilon,
      momentum,
      training_mode: 1,
    },
  );
  if (nhwc) {
    ctx.emit('Transpose', [y], [ctx.output(0)], { perm: toChannelsLast(r) });
    ctx.emit('Identity', [rm], [ctx.output(1)]);
    ctx.emit('Identity', [rv], [ctx.output(2)]);
  }
  // Saved batch statistics (what Caffe2's gradient reads): mean and 1/sqrt(biased var + eps).
  const axes = ctx.int64s([0, ...Array.from({ length: r - 2 }, (_, i) => i + 2)]);
  const mean = ctx.emit('ReduceMean', [xf, axes], 1, { keepdims: 1 })[0];
  const centered = ctx.emit('Sub', [xf, mean], 1)[0];
  const sq = ctx.emit('Mul', [centered, centered], 1)[0];
  const v = ctx.emit('ReduceMean', [sq, axes], 1, { keepdims: 0 })[0];
  ctx.emit('Reshape', [mean, ctx.int64s([-1])], [ctx.output(3)]);
  const ve = ctx.emit('Add', [v, ctx.scalar(epsilon, ctx.dtype(x))], 1)[0];
  const sd = ctx.emit('Sqrt', [ve], 1)[0];
  ctx.emit('Reciprocal', [sd], [ctx.output(4)]);
}

function dropout(ctx: ConvertContext): void {
  const x = ctx.input(0);
  if (ctx.args.bool('is_test')) {
    // Caffe2 copies X and leaves the mask blob untouched in test mode.
    ctx.emit('Identity', [x], [ctx.output(0)]);
    return;
  }
  const ratio = ctx.args.float('ratio', 0.5);
  if (!(ratio >= 0 && ratio < 1))
    throw ctx.fail(`argument 'ratio' must be in [0, 1), got ${ratio}`);
  const outs =
    ctx.outputBlobs.length > 1 && ctx.wantOutput(1)
      ? [ctx.output(0), ctx.output(1)]
      : [ctx.output(0)];
  const seed = ctx.seed();
  ctx.emit(
    'Dropout',
    [x, ctx.scalar(ratio, ctx.dtype(x)), ctx.constant(Tensor.from([true], 'bool', []))],
    outs,
    seed === undefined ? {} : { seed },
  );
}

/** FC: Y = X' W'^T + b, X' = X flattened to 2-D at `axis`, W' = W flattened at `axis_w`. */
function fc(ctx: ConvertContext, transposed: boolean): void {
  const a = ctx.args;
  const axis = a.int('axis', 1);
  const axisW = a.int('axis_w', 1);
  const [x, w, b] = [ctx.input(0), ctx.input(1), ctx.input(2)];
  const xs = ctx.shape(x);
  const ws = ctx.shape(w);
  const x2 =
    xs?.length === 2 && (axis === 1 || axis === -1) ? x : ctx.emit('Flatten', [x], 1, { axis })[0];
  const w2 =
    ws?.length === 2 && (axisW === 1 || axisW === -1)
      ? w
      : ctx.emit('Flatten', [w], 1, { axis: axisW })[0];
  const attrs = { transB: transposed ? 0 : 1 };
  const flatOut = axis === 1 || (xs !== null && normAxis(ctx, axis, xs.length) === 1);
  if (flatOut) {
    ctx.emit('Gemm', [x2, w2, b], [ctx.output(0)], attrs);
    return;
  }
  const y = ctx.emit('Gemm', [x2, w2, b], 1, attrs)[0];
  const lead = ctx.emit('Shape', [x], 1, { start: 0, end: axis })[0];
  const shape = ctx.emit('Concat', [lead, ctx.int64s([-1])], 1, { axis: 0 })[0];
  ctx.emit('Reshape', [y, shape], [ctx.output(0)]);
}

export const nnOps = {
  Conv: op({
    doc: 'N-D convolution (order NCHW, or NHWC via transposes); W is [M, C/group, k...].',
    args: { ...WINDOW_ARGS, group: 'int' },
    inputs: [2, 3],
    outputs: [1, 1],
    convert: (ctx) => convert(ctx, 'Conv'),
  }),
  ConvTranspose: op({
    doc: 'Transposed convolution; W is [C, M/group, k...]; adj is ONNX output_padding.',
    args: { ...WINDOW_ARGS, group: 'int', adj: 'int', adjs: 'ints', adj_h: 'int', adj_w: 'int' },
    inputs: [2, 3],
    outputs: [1, 1],
    convert: (ctx) => convert(ctx, 'ConvTranspose'),
  }),
  MaxPool: op({
    args: { ...WINDOW_ARGS, global_pooling: 'bool' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => pool(ctx, 'Max'),
  }),
  AveragePool: op({
    args: { ...WINDOW_ARGS, global_pooling: 'bool', count_include_pad: 'bool' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => pool(ctx, 'Average'),
  }),
  FC: op({
    doc: 'Y = X W^T + b with X flattened at axis and W ([N, K]) at axis_w.',
    args: { axis: 'int', axis_w: 'int' },
    inputs: [3, 3],
    outputs: [1, 1],
    convert: (ctx) => fc(ctx, false),
  }),
  FCTransposed: op({
    doc: 'FC with W stored as [K, N].',
    args: { axis: 'int', axis_w: 'int' },
    inputs: [3, 3],
    outputs: [1, 1],
    convert: (ctx) => fc(ctx, true),
  }),
  Softmax: op({
    doc: 'Softmax over the input coerced to 2-D at axis (default 1).',
    args: { axis: 'int' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: softmax,
  }),
  LRN: op({
    doc: 'Local response normalization across channels; the optional second output is the scale.',
    args: { size: 'int', alpha: 'float', beta: 'float', bias: 'float', order: 'string' },
    inputs: [1, 1],
    outputs: [1, 2],
    convert: lrn,
  }),
  SpatialBN: op({
    doc: 'Batch normalization; is_test=0 outputs running stats (in place) and saved mean/inv-var.',
    args: { is_test: 'bool', epsilon: 'float', momentum: 'float', order: 'string' },
    inputs: [5, 5],
    outputs: [1, 5],
    inplace: [
      [3, 1],
      [4, 2],
    ],
    convert: spatialBN,
  }),
  Dropout: op({
    doc: 'Dropout (scaled by 1/(1-ratio) in training); is_test=1 is the identity.',
    args: { ratio: 'float', is_test: 'bool' },
    inputs: [1, 1],
    outputs: [1, 2],
    convert: dropout,
  }),
};
