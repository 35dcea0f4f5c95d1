// Small builders for gradient formulas (each call is one core op through the op surface), and the
// fused backward helpers ReluGrad / SigmoidGrad / TanhGrad (domain ai.tandem) that keep the
// hottest activation backwards at one vectorized kernel instead of three or four ops.
import { DTypeError } from '../errors.js';
import { runKernel } from '../native.js';
import { Tensor } from '../tensor.js';
import { expandView } from '../views.js';
import { broadcastDims } from './infer.js';
import { type GradFn, type OpBuilder, defineOp } from './registry.js';

/** One-output op builders over a host `b`, so formulas read like math. */
export function mathOps<V>(b: OpBuilder<V>) {
  const ap = (op: string, ...xs: V[]): V => b.apply(op, xs)[0];
  return {
    ap,
    add: (x: V, y: V) => ap('Add', x, y),
    sub: (x: V, y: V) => ap('Sub', x, y),
    mul: (x: V, y: V) => ap('Mul', x, y),
    div: (x: V, y: V) => ap('Div', x, y),
    neg: (x: V) => ap('Neg', x),
    /** A scalar constant with `like`'s dtype (broadcasts against it). */
    c: (value: number, like: V): V =>
      b.constant(Tensor.scalar(value, b.info(like).dtype ?? 'float32')),
    /** Zeros shaped like `x` (the gradient of piecewise-constant ops). */
    zerosLike: (x: V): V =>
      b.apply('ConstantOfShape', [ap('Shape', x)], {
        value: Tensor.from([0], b.info(x).dtype ?? 'float32', [1]),
      })[0],
    /** `g` where `cond`, else 0. */
    maskGrad: (cond: V, g: V): V =>
      ap('Where', cond, g, b.constant(Tensor.scalar(0, b.info(g).dtype ?? 'float32'))),
  };
}

const FLOAT32_64 = ['float32', 'float64'] as const;

// (dY, Y) -> dX helpers. Their own gradients (double backward) are plain core ops.
function defineGradHelper(name: string, doc: string, grad: GradFn): void {
  defineOp({
    name,
    domain: 'ai.tandem',
    doc,
    inputs: [{ name: 'dY' }, { name: 'Y' }],
    outputs: [{ name: 'dX' }],
    dtypes: FLOAT32_64,
    traits: ['elementwise'],
    infer: (ctx) => {
      const g = ctx.input(0);
      const y = ctx.input(1);
      if (g.dtype && y.dtype && g.dtype !== y.dtype) {
        throw new DTypeError(`${name}: dY is ${g.dtype} but Y is ${y.dtype}`);
      }
      return [
        { dtype: g.dtype ?? y.dtype ?? 'float32', shape: broadcastDims(name, [g.shape, y.shape]) },
      ];
    },
    kernel: (ctx) => {
      const out = ctx.output(0);
      runKernel(
        name,
        [expandView(ctx.input(0), out.shape), expandView(ctx.input(1), out.shape)],
        [out],
      );
      return [out];
    },
    grad,
    saves: { inputs: [0, 1] },
  });
}

const RELU_DOC = 'dY where Y > 0, else 0.';
defineGradHelper('ReluGrad', RELU_DOC, ({ b, inputs: [, y], gradOutputs: [gg], needsGrad }) => {
  if (!gg) return [];
  return [needsGrad(0) ? b.apply('ReluGrad', [gg, y])[0] : undefined, undefined];
});

const SIGMOID_DOC = 'dY * Y * (1 - Y).';
defineGradHelper(
  'SigmoidGrad',
  SIGMOID_DOC,
  ({ b, inputs: [g, y], gradOutputs: [gg], needsGrad }) => {
    if (!gg) return [];
    const m = mathOps(b);
    return [
      needsGrad(0) ? b.apply('SigmoidGrad', [gg, y])[0] : undefined,
      // d/dY = dY * (1 - 2Y)
      needsGrad(1) ? m.mul(m.mul(gg, g!), m.sub(m.c(1, y!), m.mul(m.c(2, y!), y!))) : undefined,
    ];
  },
);

defineGradHelper(
  'TanhGrad',
  'dY * (1 - Y^2).',
  ({ b, inputs: [g, y], gradOutputs: [gg], needsGrad }) => {
    if (!gg) return [];
    const m = mathOps(b);
    return [
      needsGrad(0) ? b.apply('TanhGrad', [gg, y])[0] : undefined,
      needsGrad(1) ? m.mul(m.mul(gg, g!), m.mul(m.c(-2, y!), y!)) : undefined,
    ];
  },
);
