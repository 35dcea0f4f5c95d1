// Softmax, LogSoftmax, Hardmax (opset-13 semantics: one axis, default -1) and the fused backward
// ops SoftmaxGrad / LogSoftmaxGrad (domain ai.tandem) that their gradients emit.
import { FLOAT_DTYPES } from '../dtype.js';
import { runKernel } from '../native.js';
import { normAxis } from '../shape.js';
import { sameAs } from './infer.js';
import { type KernelContext, defineOp } from './registry.js';
import { REDUCE_DTYPES } from './reduce-helpers.js';
import type { Tensor } from '../tensor.js';

const FLOATS = FLOAT_DTYPES.filter((d) => d === 'float32' || d === 'float64');

function checkAxis(op: string, axis: number, rank: number | undefined): void {
  if (rank !== undefined) normAxis(axis, rank, op);
}

/** Runs an axis kernel on contiguous inputs. */
function runAxisKernel(kernel: string, ctx: KernelContext, count: number): Tensor {
  const ins = Array.from({ length: count }, (_, i) => ctx.input(i).contiguous());
  const y = ctx.output(0);
  runKernel(kernel, ins, [y], { axis: normAxis(ctx.attrs.int('axis'), y.rank, kernel) });
  return y;
}

function defineSoftmaxLike(name: 'Softmax' | 'LogSoftmax', gradOp: string, doc: string): void {
  defineOp({
    name,
    doc,
    inputs: [{ name: 'input' }],
    outputs: [{ name: 'output' }],
    attrs: { axis: { type: 'int', default: -1 } },
    dtypes: FLOATS,
    infer: (ctx) => {
      const x = ctx.input(0);
      checkAxis(name, ctx.attrs.int('axis'), x.shape?.length);
      return [sameAs(x)];
    },
    kernel: (ctx) => [runAxisKernel(name, ctx, 1)],
    grad: ({ b, outputs: [y], gradOutputs: [g], attrs }) =>
      g ? [b.apply(gradOp, [g, y], { axis: attrs.int('axis') })[0]] : [],
    saves: { outputs: [0] },
  });
  defineOp({
    name: gradOp,
    domain: 'ai.tandem',
    traits: ['nondifferentiable'], // no double backward yet
    doc: `Backward of ${name}: (dY, Y) -> dX.`,
    inputs: [{ name: 'dY' }, { name: 'Y' }],
    outputs: [{ name: 'dX' }],
    attrs: { axis: { type: 'int', default: -1 } },
    dtypes: FLOATS,
    infer: (ctx) => [sameAs(ctx.input(1))],
    kernel: (ctx) => [runAxisKernel(gradOp, ctx, 2)],
  });
}

defineSoftmaxLike('Softmax', 'SoftmaxGrad', 'exp(x) / sum(exp(x)) along `axis`.');
defineSoftmaxLike('LogSoftmax', 'LogSoftmaxGrad', 'x - log(sum(exp(x))) along `axis`.');

defineOp({
  name: 'Hardmax',
  doc: 'One-hot of the first maximum along `axis`.',
  traits: ['nondifferentiable'],
  inputs: [{ name: 'input' }],
  outputs: [{ name: 'output' }],
  attrs: { axis: { type: 'int', default: -1 } },
  dtypes: REDUCE_DTYPES,
  infer: (ctx) => {
    const x = ctx.input(0);
    checkAxis('Hardmax', ctx.attrs.int('axis'), x.shape?.length);
    return [sameAs(x)];
  },
  kernel: (ctx) => [runAxisKernel('Hardmax', ctx, 1)],
});
