// Losses and metrics: LabelCrossEntropy, CrossEntropy, SoftmaxWithLoss, SquaredL2Distance,
// AveragedLoss, Accuracy. Formulas follow Caffe2's cross_entropy_op / softmax_with_loss_op.
import { Tensor } from '@tandem/core';
import { onnxCode } from './common.js';
import { type ConvertContext, op } from './types.js';

/** Caffe2 clamps probabilities at kLOG_THRESHOLD before taking logs. */
const LOG_THRESHOLD = 1e-20;

/** Labels [N] or [N, 1] (int32/int64) as int64 [N, 1], for GatherElements on axis 1. */
function labelColumn(ctx: ConvertContext, label: string): string {
  const l = ctx.emit('Cast', [label], 1, { to: onnxCode('int64') })[0];
  return ctx.emit('Reshape', [l, ctx.int64s([-1, 1])], 1)[0];
}

function safeLog(ctx: ConvertContext, x: string): string {
  const clamped = ctx.emit('Max', [x, ctx.scalar(LOG_THRESHOLD, ctx.dtype(x))], 1)[0];
  return ctx.emit('Log', [clamped], 1)[0];
}

function labelCrossEntropy(ctx: ConvertContext): void {
  const x = ctx.input(0);
  const picked = ctx.emit('GatherElements', [x, labelColumn(ctx, ctx.input(1))], 1, { axis: 1 })[0];
  const flat = ctx.emit('Reshape', [picked, ctx.int64s([-1])], 1)[0];
  ctx.emit('Neg', [safeLog(ctx, flat)], [ctx.output(0)]);
}

function crossEntropy(ctx: ConvertContext): void {
  const [x, label] = [ctx.input(0), ctx.input(1)];
  const prod = ctx.emit('Mul', [label, safeLog(ctx, x)], 1)[0];
  const sum = ctx.emit('ReduceSum', [prod, ctx.int64s([-1])], 1, { keepdims: 0 })[0];
  ctx.emit('Neg', [sum], [ctx.output(0)]);
}

/**
 * SoftmaxWithLoss: P = softmax(X) over the input coerced to 2-D at `axis`; loss = mean over rows
 * of -log P[label] (weighted: sum(w * l) / sum(w)); label_prob=1 takes a distribution as label.
 * `scale` multiplies the loss.
 */
function softmaxWithLoss(ctx: ConvertContext): void {
  const a = ctx.args;
  if (a.bool('spatial'))
    throw ctx.fail('spatial=1 is not supported (only the [N, D] form)', 'unsupported');
  const x = ctx.input(0);
  const axis = a.int('axis', 1);
  const x2 =
    ctx.shape(x)?.length === 2 && axis === 1 ? x : ctx.emit('Flatten', [x], 1, { axis })[0];
  const logp = ctx.emit('LogSoftmax', [x2], 1, { axis: 1 })[0];
  ctx.emit('Exp', [logp], [ctx.output(0)]);
  let perRow: string;
  if (a.bool('label_prob')) {
    const label = ctx.emit('Reshape', [ctx.input(1), ctx.emit('Shape', [logp], 1)[0]], 1)[0];
    const prod = ctx.emit('Mul', [label, logp], 1)[0];
    perRow = ctx.emit('ReduceSum', [prod, ctx.int64s([1])], 1, { keepdims: 0 })[0];
  } else {
    const picked = ctx.emit('GatherElements', [logp, labelColumn(ctx, ctx.input(1))], 1, {
      axis: 1,
    })[0];
    perRow = ctx.emit('Reshape', [picked, ctx.int64s([-1])], 1)[0];
  }
  const nll = ctx.emit('Neg', [perRow], 1)[0];
  let loss: string;
  if (ctx.hasInput(2)) {
    const w = ctx.emit('Reshape', [ctx.input(2), ctx.int64s([-1])], 1)[0];
    const num = ctx.emit('ReduceSum', [ctx.emit('Mul', [nll, w], 1)[0]], 1, { keepdims: 0 })[0];
    const den = ctx.emit('ReduceSum', [w], 1, { keepdims: 0 })[0];
    loss = ctx.emit('Div', [num, den], 1)[0];
  } else {
    loss = ctx.emit('ReduceMean', [nll], 1, { keepdims: 0 })[0];
  }
  const scale = a.float('scale', 1);
  if (scale === 1) ctx.emit('Identity', [loss], [ctx.output(1)]);
  else ctx.emit('Mul', [loss, ctx.scalar(scale, ctx.dtype(x))], [ctx.output(1)]);
}

/** Y[i] = 0.5 * sum over non-batch dims of (X - Y)^2. */
function squaredL2(ctx: ConvertContext): void {
  const d = ctx.emit('Sub', [ctx.input(0), ctx.input(1)], 1)[0];
  const sq = ctx.emit('Mul', [d, d], 1)[0];
  const flat = ctx.emit('Flatten', [sq], 1, { axis: 1 })[0];
  const sum = ctx.emit('ReduceSum', [flat, ctx.int64s([1])], 1, { keepdims: 0 })[0];
  ctx.emit('Mul', [sum, ctx.scalar(0.5, ctx.dtype(ctx.input(0)))], [ctx.output(0)]);
}

/**
 * Accuracy: the fraction of rows whose label is among the top_k predictions. Like Caffe2, a
 * prediction ranks above the label's if it is larger, or equal with a smaller class index.
 */
function accuracy(ctx: ConvertContext): void {
  const k = ctx.args.int('top_k', 1);
  if (!(k >= 1)) throw ctx.fail(`argument 'top_k' must be at least 1, got ${k}`);
  const x = ctx.input(0);
  const label = labelColumn(ctx, ctx.input(1));
  const score = ctx.emit('GatherElements', [x, label], 1, { axis: 1 })[0];
  const greater = ctx.emit('Greater', [x, score], 1)[0];
  const equal = ctx.emit('Equal', [x, score], 1)[0];
  const classes = ctx.emit('Shape', [x], 1, { start: 1, end: 2 })[0];
  const classCount = ctx.emit('Squeeze', [classes, ctx.int64s([0])], 1)[0];
  const zero = ctx.constant(Tensor.from([0n], 'int64', []));
  const one = ctx.constant(Tensor.from([1n], 'int64', []));
  const idx = ctx.emit('Range', [zero, classCount, one], 1)[0];
  const before = ctx.emit('Less', [idx, label], 1)[0];
  const tie = ctx.emit('And', [equal, before], 1)[0];
  const ahead = ctx.emit('Or', [greater, tie], 1)[0];
  const count = ctx.emit(
    'ReduceSum',
    [ctx.emit('Cast', [ahead], 1, { to: onnxCode('int64') })[0], ctx.int64s([1])],
    1,
    { keepdims: 0 },
  )[0];
  const hit = ctx.emit('Less', [count, ctx.constant(Tensor.from([BigInt(k)], 'int64', []))], 1)[0];
  const hitF = ctx.emit('Cast', [hit], 1, { to: onnxCode('float32') })[0];
  ctx.emit('ReduceMean', [hitF], [ctx.output(0)], { keepdims: 0 });
}

export const lossOps = {
  LabelCrossEntropy: op({
    doc: 'Y[i] = -log(X[i, label[i]]) for probabilities X [N, D].',
    args: {},
    inputs: [2, 2],
    outputs: [1, 1],
    convert: labelCrossEntropy,
  }),
  CrossEntropy: op({
    doc: 'Y[i] = -sum_j label[i, j] log(X[i, j]) for a label distribution.',
    args: {},
    inputs: [2, 2],
    outputs: [1, 1],
    convert: crossEntropy,
  }),
  SoftmaxWithLoss: op({
    doc: 'Outputs [softmax, loss]; optional third input weights the rows.',
    args: { label_prob: 'bool', axis: 'int', scale: 'float', spatial: 'bool', order: 'string' },
    inputs: [2, 3],
    outputs: [2, 2],
    convert: softmaxWithLoss,
  }),
  SquaredL2Distance: op({ args: {}, inputs: [2, 2], outputs: [1, 1], convert: squaredL2 }),
  AveragedLoss: op({
    doc: 'The mean of all elements, as a scalar.',
    args: {},
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit('ReduceMean', [ctx.input(0)], [ctx.output(0)], { keepdims: 0 });
    },
  }),
  Accuracy: op({ args: { top_k: 'int' }, inputs: [2, 2], outputs: [1, 1], convert: accuracy }),
};
