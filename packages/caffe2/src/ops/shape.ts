// Shape and indexing operators: Concat, Split, Reshape, Flatten, Transpose, Squeeze, Slice, ...
import { Tensor } from '@tandem/core';
import { caffe2DType, normAxis, onnxCode } from './common.js';
import { type ConvertContext, op } from './types.js';

/** Concat/Split's axis: `axis`, else the channel dim of `order` (1 for NCHW, last for NHWC). */
function channelAxis(ctx: ConvertContext, x: string): number {
  if (ctx.args.has('axis')) return ctx.args.int('axis');
  const o = ctx.args.string('order', 'NCHW').toUpperCase();
  return o === 'NHWC' ? ctx.rank(x, `input '${ctx.inputBlobs[0]}' (order NHWC)`) - 1 : 1;
}

function concat(ctx: ConvertContext): void {
  const ins = ctx.inputBlobs.map((_, i) => ctx.input(i));
  const addAxis = ctx.args.bool('add_axis');
  let axis = channelAxis(ctx, ins[0]);
  const parts = addAxis
    ? ins.map((v) => {
        if (axis < 0) axis = normAxis(ctx, axis, ctx.rank(v) + 1);
        return ctx.emit('Unsqueeze', [v, ctx.int64s([axis])], 1)[0];
      })
    : ins;
  ctx.emit('Concat', parts, [ctx.output(0)], { axis });
  if (ctx.outputBlobs.length < 2 || !ctx.wantOutput(1)) return;
  // split_info: each input's size along axis, int32 (all 1 with add_axis).
  if (addAxis) {
    ctx.setConstant(1, Tensor.from(new Int32Array(ins.length).fill(1), 'int32', [ins.length]));
    return;
  }
  const sizes = ins.map((v) => {
    const s = ctx.shape(v);
    const d = s ? s[normAxis(ctx, axis, s.length)] : null;
    return typeof d === 'number' ? d : null;
  });
  if (sizes.every((d) => d !== null)) {
    ctx.setConstant(1, Tensor.from(Int32Array.from(sizes as number[]), 'int32', [sizes.length]));
    return;
  }
  const dims = ins.map((v) => {
    const a = axis < 0 ? normAxis(ctx, axis, ctx.rank(v)) : axis;
    return ctx.emit('Shape', [v], 1, { start: a, end: a + 1 })[0];
  });
  const all = ctx.emit('Concat', dims, 1, { axis: 0 })[0];
  ctx.emit('Cast', [all], [ctx.output(1)], { to: onnxCode('int32') });
}

function split(ctx: ConvertContext): void {
  const x = ctx.input(0);
  const axis = channelAxis(ctx, x);
  const outs = ctx.outputBlobs.map((_, i) => ctx.output(i));
  if (ctx.hasInput(1) && ctx.args.has('split'))
    throw ctx.fail('takes the split sizes as an argument or an input, not both');
  let sizes = '';
  if (ctx.hasInput(1)) sizes = ctx.emit('Cast', [ctx.input(1)], 1, { to: onnxCode('int64') })[0];
  else if (ctx.args.has('split')) {
    const s = ctx.args.ints('split');
    if (s.length !== outs.length)
      throw ctx.fail(`argument 'split' has ${s.length} sizes for ${outs.length} outputs`);
    sizes = ctx.int64s(s, 'split');
  }
  ctx.emit('Split', [x, sizes], outs, sizes ? { axis } : { axis, num_outputs: outs.length });
}

function reshape(ctx: ConvertContext): void {
  const x = ctx.input(0);
  let shape: string;
  if (ctx.hasInput(1)) {
    if (ctx.args.has('shape'))
      throw ctx.fail('takes the new shape as an argument or an input, not both');
    shape = ctx.emit('Cast', [ctx.input(1)], 1, { to: onnxCode('int64') })[0];
  } else if (ctx.args.has('shape')) shape = ctx.int64s(ctx.args.ints('shape'), 'shape');
  else throw ctx.fail("needs the new shape: argument 'shape' or a second input");
  ctx.emit('Reshape', [x, shape], [ctx.output(0)]);
  if (ctx.outputBlobs.length > 1 && ctx.wantOutput(1)) ctx.emit('Shape', [x], [ctx.output(1)]);
}

const INT64_MAX = 2n ** 63n - 1n;

/**
 * Caffe2's Slice: starts/ends per dim from 0; a negative index i means dim + 1 + i, so end = -1
 * is "to the end". As ONNX indices: -1 -> INT64_MAX, other negatives i -> i + 1.
 */
function slice(ctx: ConvertContext): void {
  const x = ctx.input(0);
  const a = ctx.args;
  let starts: string;
  let ends: string;
  const fromArgs = (name: string) => {
    const v = a.ints(name).map((i) => (i === -1 ? INT64_MAX : i < 0 ? BigInt(i + 1) : BigInt(i)));
    return ctx.constant(Tensor.from(v, 'int64', [v.length]), name);
  };
  const fromInput = (i: number) => {
    const raw = ctx.emit('Cast', [ctx.input(i)], 1, { to: onnxCode('int64') })[0];
    const zero = ctx.constant(Tensor.from([0n], 'int64', []));
    const one = ctx.constant(Tensor.from([1n], 'int64', []));
    const neg = ctx.emit('Less', [raw, zero], 1)[0];
    const plus = ctx.emit('Add', [raw, one], 1)[0];
    const shifted = ctx.emit('Where', [neg, plus, raw], 1)[0];
    const isEnd = ctx.emit('Equal', [raw, ctx.constant(Tensor.from([-1n], 'int64', []))], 1)[0];
    return ctx.emit(
      'Where',
      [isEnd, ctx.constant(Tensor.from([INT64_MAX], 'int64', [])), shifted],
      1,
    )[0];
  };
  if (ctx.hasInput(1) || ctx.hasInput(2)) {
    if (!ctx.hasInput(1) || !ctx.hasInput(2))
      throw ctx.fail('takes both starts and ends as inputs, or neither');
    starts = fromInput(1);
    ends = fromInput(2);
  } else {
    starts = fromArgs('starts');
    ends = fromArgs('ends');
    if (a.ints('starts').length !== a.ints('ends').length)
      throw ctx.fail("arguments 'starts' and 'ends' differ in length");
  }
  const n = ctx.info(starts)?.shape?.[0];
  const axes =
    typeof n === 'number'
      ? ctx.int64s(
          Array.from({ length: n }, (_, i) => i),
          'axes',
        )
      : '';
  ctx.emit('Slice', axes ? [x, starts, ends, axes] : [x, starts, ends], [ctx.output(0)]);
}

function reduce(coreOp: string) {
  return op({
    args: { axes: 'ints', keepdims: 'bool' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      const axes = ctx.args.has('axes') ? ctx.int64s(ctx.args.ints('axes'), 'axes') : '';
      ctx.emit(coreOp, axes ? [ctx.input(0), axes] : [ctx.input(0)], [ctx.output(0)], {
        keepdims: ctx.args.bool('keepdims', true) ? 1 : 0,
      });
    },
  });
}

export const shapeOps = {
  Concat: op({
    doc: 'Concatenates along axis (or a new axis with add_axis=1); the second output is split_info.',
    args: { axis: 'int', add_axis: 'bool', order: 'string' },
    inputs: [1, Infinity],
    outputs: [1, 2],
    convert: concat,
  }),
  Split: op({
    args: { axis: 'int', split: 'ints', order: 'string' },
    inputs: [1, 2],
    outputs: [1, Infinity],
    convert: split,
  }),
  Reshape: op({
    doc: 'Reshape (0 copies a dim, -1 infers one); the second output is the old shape (int64).',
    args: { shape: 'ints' },
    inputs: [1, 2],
    outputs: [1, 2],
    convert: reshape,
  }),
  Flatten: op({
    args: { axis: 'int' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit('Flatten', [ctx.input(0)], [ctx.output(0)], { axis: ctx.args.int('axis', 1) });
    },
  }),
  FlattenToVec: op({
    args: {},
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit('Reshape', [ctx.input(0), ctx.int64s([-1])], [ctx.output(0)]);
    },
  }),
  Transpose: op({
    args: { axes: 'ints' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit(
        'Transpose',
        [ctx.input(0)],
        [ctx.output(0)],
        ctx.args.has('axes') ? { perm: ctx.args.ints('axes') } : {},
      );
    },
  }),
  Squeeze: op({
    args: { dims: 'ints' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      const dims = ctx.args.ints('dims', []);
      ctx.emit('Squeeze', dims.length ? [ctx.input(0), ctx.int64s(dims, 'dims')] : [ctx.input(0)], [
        ctx.output(0),
      ]);
    },
  }),
  ExpandDims: op({
    args: { dims: 'ints' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit(
        'Unsqueeze',
        [ctx.input(0), ctx.int64s(ctx.args.ints('dims'), 'dims')],
        [ctx.output(0)],
      );
    },
  }),
  Slice: op({
    doc: 'Slice with per-dim starts/ends (arguments or inputs); end -1 means to the end.',
    args: { starts: 'ints', ends: 'ints' },
    inputs: [1, 3],
    outputs: [1, 1],
    convert: slice,
  }),
  Gather: op({
    args: { axis: 'int' },
    inputs: [2, 2],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit('Gather', [ctx.input(0), ctx.input(1)], [ctx.output(0)], {
        axis: ctx.args.int('axis', 0),
      });
    },
  }),
  Cast: op({
    doc: "Cast to a Caffe2 DataType given by number or name ('FLOAT', 'INT32', ...).",
    args: { to: 'int|string' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      const d = caffe2DType(ctx, ctx.args.intOrString('to'), 'to');
      ctx.emit('Cast', [ctx.input(0)], [ctx.output(0)], { to: onnxCode(d) });
    },
  }),
  Shape: op({
    args: {},
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit('Shape', [ctx.input(0)], [ctx.output(0)]);
    },
  }),
  ReduceMean: reduce('ReduceMean'),
  ReduceSum: reduce('ReduceSum'),
  ReduceMax: reduce('ReduceMax'),
};
