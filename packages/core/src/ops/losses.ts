// SoftmaxCrossEntropyLoss and NegativeLogLikelihoodLoss (opset 13): scores/input [N, C, D...],
// integer targets [N, D...], optional per-class weights, reduction none|sum|mean, ignore_index.
// 'mean' divides by the summed weights of the non-ignored targets, as ONNX and PyTorch do.
import type { DType } from '../dtype.js';
import { ArgumentError, DTypeError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import type { NativeAttrs } from '../native.js';
import { sameAs } from './infer.js';
import { type AttrReader, type InferContext, type OutputInfo, defineOp } from './registry.js';
import type { AttrSpec, Dim } from './types.js';

const FLOATS: readonly DType[] = ['float32', 'float64'];

const LOSS_ATTRS: Record<string, AttrSpec> = {
  ignore_index: { type: 'int' },
  reduction: { type: 'string', default: 'mean' },
};

function lossAttrs(a: AttrReader): NativeAttrs {
  const reduction = a.string('reduction');
  if (!['none', 'sum', 'mean'].includes(reduction)) {
    throw new ArgumentError(`reduction must be 'none', 'sum' or 'mean', got '${reduction}'`);
  }
  const has = a.has('ignore_index');
  return {
    reduction,
    has_ignore_index: has ? 1 : 0,
    ignore_index: has ? a.int('ignore_index') : 0,
  };
}

/** Checks scores [N, C, D...] against target [N, D...] and returns the loss output info. */
function inferLoss(ctx: InferContext, op: string): OutputInfo {
  const x = ctx.input(0);
  const t = ctx.input(1);
  lossAttrs(ctx.attrs);
  if (t.dtype && t.dtype !== 'int64' && t.dtype !== 'int32') {
    throw new DTypeError(`${op}: target must be int32 or int64, got ${t.dtype}`);
  }
  const w = ctx.inputs[2];
  if (w?.dtype && x.dtype && w.dtype !== x.dtype) {
    throw new DTypeError(`${op}: weight is ${w.dtype} but input is ${x.dtype}`);
  }
  if (x.shape) {
    if (x.shape.length < 2) {
      throw new ShapeError(
        `${op}: input must have rank >= 2 (N, C, ...), got ${shapeStr(x.shape)}`,
      );
    }
    const expected: Dim[] = [x.shape[0], ...x.shape.slice(2)];
    const differs = (d: Dim, i: number) =>
      typeof d === 'number' && typeof expected[i] === 'number' && d !== expected[i];
    if (t.shape && (t.shape.length !== expected.length || t.shape.some(differs))) {
      const what = `target ${shapeStr(t.shape)} does not match input ${shapeStr(x.shape)}`;
      throw new ShapeError(`${op}: ${what} (expected ${shapeStr(expected)})`);
    }
  }
  const dtype = x.dtype ?? 'float32';
  if (ctx.attrs.string('reduction') !== 'none') return { dtype, shape: [] };
  return {
    dtype,
    shape: t.shape ? [...t.shape] : x.shape ? [x.shape[0], ...x.shape.slice(2)] : null,
  };
}

defineOp({
  name: 'NegativeLogLikelihoodLoss',
  doc: 'loss[n, d] = -weight[t] * input[n, t, d] with t = target[n, d], then reduced.',
  inputs: [
    { name: 'input' },
    { name: 'target', nonDifferentiable: true },
    { name: 'weight', optional: true },
  ],
  outputs: [{ name: 'loss' }],
  attrs: LOSS_ATTRS,
  dtypes: FLOATS,
  infer: (ctx) => [inferLoss(ctx, 'NegativeLogLikelihoodLoss')],
  kernel: (ctx) => {
    const y = ctx.output(0);
    const ins = [ctx.input(0).contiguous(), ctx.input(1).contiguous()];
    if (ctx.inputs[2]) ins.push(ctx.inputs[2].contiguous());
    runKernel('NegativeLogLikelihoodLoss', ins, [y], lossAttrs(ctx.attrs));
    return [y];
  },
  grad: ({ b, inputs: [x, target, weight], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    return [b.apply('NegativeLogLikelihoodLossGrad', [g, x, target, weight], attrs.values)[0]];
  },
  saves: { inputs: [0, 1, 2] },
});

defineOp({
  name: 'NegativeLogLikelihoodLossGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: '(dLoss, input, target, weight?) -> dInput; only the shape of input is read.',
  inputs: [
    { name: 'dLoss' },
    { name: 'input' },
    { name: 'target' },
    { name: 'weight', optional: true },
  ],
  outputs: [{ name: 'dInput' }],
  attrs: LOSS_ATTRS,
  dtypes: FLOATS,
  infer: (ctx) => [sameAs(ctx.input(1))],
  kernel: (ctx) => {
    const dx = ctx.output(0);
    const ins = [ctx.input(0).contiguous(), ctx.input(2).contiguous()];
    if (ctx.inputs[3]) ins.push(ctx.inputs[3].contiguous());
    runKernel('NegativeLogLikelihoodLossGrad', ins, [dx], lossAttrs(ctx.attrs));
    return [dx];
  },
});

defineOp({
  name: 'SoftmaxCrossEntropyLoss',
  doc: 'NegativeLogLikelihoodLoss of LogSoftmax(scores) over axis 1; log_prob is the second output.',
  inputs: [
    { name: 'scores' },
    { name: 'labels', nonDifferentiable: true },
    { name: 'weights', optional: true },
  ],
  outputs: [{ name: 'output' }, { name: 'log_prob', optional: true }],
  attrs: LOSS_ATTRS,
  dtypes: FLOATS,
  infer: (ctx) => [inferLoss(ctx, 'SoftmaxCrossEntropyLoss'), sameAs(ctx.input(0))],
  kernel: (ctx) => {
    const y = ctx.output(0);
    const lp = ctx.output(1);
    runKernel('LogSoftmax', [ctx.input(0).contiguous()], [lp], { axis: 1 });
    const ins = [lp, ctx.input(1).contiguous()];
    if (ctx.inputs[2]) ins.push(ctx.inputs[2].contiguous());
    runKernel('NegativeLogLikelihoodLoss', ins, [y], lossAttrs(ctx.attrs));
    return [y, lp];
  },
  grad: ({ b, inputs: [, labels, weights], outputs: [, lp], gradOutputs: [g, glp], attrs }) => {
    const parts = [];
    if (g)
      parts.push(b.apply('SoftmaxCrossEntropyLossGrad', [g, lp, labels, weights], attrs.values)[0]);
    if (glp) parts.push(b.apply('LogSoftmaxGrad', [glp, lp], { axis: 1 })[0]);
    if (parts.length === 0) return [];
    return [parts.length === 1 ? parts[0] : b.apply('Add', parts)[0]];
  },
  saves: { inputs: [1, 2], outputs: [1] },
});

defineOp({
  name: 'SoftmaxCrossEntropyLossGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: '(dLoss, log_prob, labels, weights?) -> dScores = coef * (softmax - onehot).',
  inputs: [
    { name: 'dLoss' },
    { name: 'log_prob' },
    { name: 'labels' },
    { name: 'weights', optional: true },
  ],
  outputs: [{ name: 'dScores' }],
  attrs: LOSS_ATTRS,
  dtypes: FLOATS,
  infer: (ctx) => [sameAs(ctx.input(1))],
  kernel: (ctx) => {
    const dx = ctx.output(0);
    const ins = [ctx.input(0).contiguous(), ctx.input(1).contiguous(), ctx.input(2).contiguous()];
    if (ctx.inputs[3]) ins.push(ctx.inputs[3].contiguous());
    runKernel('SoftmaxCrossEntropyLossGrad', ins, [dx], lossAttrs(ctx.attrs));
    return [dx];
  },
});
