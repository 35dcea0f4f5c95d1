// LRN (across channels) and Dropout (opset 13: ratio and training_mode inputs, seed attribute,
// bool mask output), with their backward ops (domain ai.tandem).
import type { DType } from '../dtype.js';
import { ArgumentError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import { copyStrided } from '../tensor.js';
import type { Tensor } from '../tensor.js';
import { sameAs } from './infer.js';
import { type AttrReader, defineOp } from './registry.js';

const FLOATS: readonly DType[] = ['float32', 'float64'];

function lrnAttrs(a: AttrReader) {
  return {
    alpha: a.float('alpha'),
    beta: a.float('beta'),
    bias: a.float('bias'),
    size: a.int('size'),
  };
}

defineOp({
  name: 'LRN',
  doc: 'Local response normalization across channels of [N, C, ...].',
  inputs: [{ name: 'X' }],
  outputs: [{ name: 'Y' }],
  attrs: {
    alpha: { type: 'float', default: 1e-4 },
    beta: { type: 'float', default: 0.75 },
    bias: { type: 'float', default: 1 },
    size: { type: 'int', required: true },
  },
  dtypes: FLOATS,
  infer: (ctx) => {
    const x = ctx.input(0);
    if (x.shape && x.shape.length < 2) {
      throw new ShapeError(`LRN: input must have rank >= 2 (N, C, ...), got ${shapeStr(x.shape)}`);
    }
    const size = ctx.attrs.int('size');
    if (size < 1) throw new ArgumentError(`LRN: size must be >= 1, got ${size}`);
    return [sameAs(x)];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel('LRN', [ctx.input(0).contiguous()], [y], lrnAttrs(ctx.attrs));
    return [y];
  },
  grad: ({ b, inputs: [x], gradOutputs: [g], attrs }) =>
    g ? [b.apply('LRNGrad', [g, x], lrnAttrs(attrs))[0]] : [],
  saves: { inputs: [0] },
});

defineOp({
  name: 'LRNGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: '(dY, X) -> dX of LRN.',
  inputs: [{ name: 'dY' }, { name: 'X' }],
  outputs: [{ name: 'dX' }],
  attrs: {
    alpha: { type: 'float', default: 1e-4 },
    beta: { type: 'float', default: 0.75 },
    bias: { type: 'float', default: 1 },
    size: { type: 'int', required: true },
  },
  dtypes: FLOATS,
  infer: (ctx) => [sameAs(ctx.input(1))],
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel(
      'LRNGrad',
      [ctx.input(0).contiguous(), ctx.input(1).contiguous()],
      [y],
      lrnAttrs(ctx.attrs),
    );
    return [y];
  },
});

/** (ratio, training) of a Dropout call from its optional inputs. */
function dropoutMode(ratio?: Tensor, training?: Tensor): { ratio: number; training: boolean } {
  const r = ratio ? ratio.toNumbers()[0] : 0.5;
  if (!(r >= 0 && r <= 1)) throw new ArgumentError(`Dropout: ratio must be in [0, 1], got ${r}`);
  return { ratio: r, training: training ? training.toNumbers()[0] !== 0 : false };
}

defineOp({
  name: 'Dropout',
  doc: 'Training: zeroes elements with probability `ratio`, scales the rest by 1/(1-ratio). Else identity.',
  inputs: [
    { name: 'data' },
    { name: 'ratio', optional: true, nonDifferentiable: true },
    { name: 'training_mode', optional: true, nonDifferentiable: true },
  ],
  outputs: [{ name: 'output' }, { name: 'mask', optional: true }],
  attrs: { seed: { type: 'int' } },
  dtypes: FLOATS,
  traits: ['random'],
  infer: (ctx) => [sameAs(ctx.input(0)), sameAs(ctx.input(0), 'bool')],
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    const y = ctx.output(0);
    const mask = ctx.output(1);
    const mode = dropoutMode(ctx.inputs[1], ctx.inputs[2]);
    if (!mode.training || mode.ratio === 0) {
      copyStrided(x, y);
      (mask.data() as Uint8Array).fill(1);
      return [y, mask];
    }
    const seed = ctx.attrs.has('seed')
      ? ctx.attrs.int('seed')
      : Math.floor(Math.random() * 2 ** 31);
    runKernel('Dropout', [x], [y, mask], { ratio: mode.ratio, seed });
    return [y, mask];
  },
  grad: ({ b, inputs: [, ratio, training], outputs: [, mask], gradOutputs: [g] }) =>
    g ? [b.apply('DropoutGrad', [g, mask, ratio, training])[0]] : [],
  saves: { inputs: [1, 2], outputs: [1] },
});

defineOp({
  name: 'DropoutGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: '(dY, mask, ratio?, training_mode?) -> dX = dY * mask / (1 - ratio) in training mode, dY otherwise.',
  inputs: [
    { name: 'dY' },
    { name: 'mask', nonDifferentiable: true },
    { name: 'ratio', optional: true, nonDifferentiable: true },
    { name: 'training_mode', optional: true, nonDifferentiable: true },
  ],
  outputs: [{ name: 'dX' }],
  dtypes: FLOATS,
  infer: (ctx) => [sameAs(ctx.input(0))],
  kernel: (ctx) => {
    const dx = ctx.output(0);
    const mode = dropoutMode(ctx.inputs[2], ctx.inputs[3]);
    const scale = mode.training && mode.ratio < 1 ? 1 / (1 - mode.ratio) : mode.training ? 0 : 1;
    runKernel('DropoutGrad', [ctx.input(0).contiguous(), ctx.input(1).contiguous()], [dx], {
      scale,
    });
    return [dx];
  },
});
