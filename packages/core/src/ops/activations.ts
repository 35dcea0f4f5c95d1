// Activations: Relu LeakyRelu PRelu Elu Selu Celu Sigmoid HardSigmoid HardSwish Softplus Softsign
// ThresholdedRelu Shrink, and Clip. Relu/Sigmoid/Tanh backwards are the fused helpers in
// unary-helpers.ts; the rest are a few core ops each.
import { NUMERIC_DTYPES } from '../dtype.js';
import { DTypeError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { expandView } from '../views.js';
import { defineUnary, unbroadcast } from './elementwise-helpers.js';
import { broadcastDims, sameAs } from './infer.js';
import { defineOp } from './registry.js';
import { mathOps } from './unary-helpers.js';

const X = { inputs: [0] };
const Y = { outputs: [0] };
const XY = { inputs: [0], outputs: [0] };
const float = (d: number) => ({ type: 'float' as const, default: d });

defineUnary('Relu', {
  dtypes: ['float32', 'float64', 'float16', 'bfloat16', 'int8', 'int16', 'int32', 'int64'],
  grad: ({ b, outputs: [y], gradOutputs: [g] }) => (g ? [b.apply('ReluGrad', [g, y])[0]] : []),
  saves: Y,
});

defineUnary('Sigmoid', {
  grad: ({ b, outputs: [y], gradOutputs: [g] }) => (g ? [b.apply('SigmoidGrad', [g, y])[0]] : []),
  saves: Y,
});

defineUnary('LeakyRelu', {
  attrs: { alpha: float(0.01) },
  grad: ({ b, inputs: [x], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const m = mathOps(b);
    return [m.ap('Where', m.ap('Less', x!, m.c(0, x!)), m.mul(g, m.c(attrs.float('alpha'), g)), g)];
  },
  saves: X,
});

// Elu: for x < 0, dy/dx = alpha e^x = y + alpha.
defineUnary('Elu', {
  attrs: { alpha: float(1) },
  grad: ({ b, inputs: [x], outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const m = mathOps(b);
    const neg = m.mul(g, m.add(y, m.c(attrs.float('alpha'), y)));
    return [m.ap('Where', m.ap('Less', x!, m.c(0, x!)), neg, g)];
  },
  saves: XY,
});

// Selu: for x <= 0, dy/dx = gamma alpha e^x = y + gamma alpha.
defineUnary('Selu', {
  attrs: { alpha: float(1.67326319217681884765625), gamma: float(1.05070102214813232421875) },
  grad: ({ b, inputs: [x], outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const m = mathOps(b);
    const gamma = attrs.float('gamma');
    const neg = m.mul(g, m.add(y, m.c(gamma * attrs.float('alpha'), y)));
    return [m.ap('Where', m.ap('Greater', x!, m.c(0, x!)), m.mul(g, m.c(gamma, g)), neg)];
  },
  saves: XY,
});

// Celu: for x <= 0, dy/dx = e^(x/alpha) = y / alpha + 1.
defineUnary('Celu', {
  dtypes: ['float32', 'float64'],
  attrs: { alpha: float(1) },
  grad: ({ b, inputs: [x], outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const m = mathOps(b);
    const neg = m.mul(g, m.add(m.div(y, m.c(attrs.float('alpha'), y)), m.c(1, y)));
    return [m.ap('Where', m.ap('Greater', x!, m.c(0, x!)), g, neg)];
  },
  saves: XY,
});

// HardSigmoid is linear (slope alpha) exactly where 0 < y < 1.
defineUnary('HardSigmoid', {
  attrs: { alpha: float(0.2), beta: float(0.5) },
  grad: ({ b, outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const m = mathOps(b);
    const inside = m.ap('And', m.ap('Greater', y, m.c(0, y)), m.ap('Less', y, m.c(1, y)));
    return [m.maskGrad(inside, m.mul(g, m.c(attrs.float('alpha'), g)))];
  },
  saves: Y,
});

// HardSwish: 0 below -3, 1 above 3, (2x + 3) / 6 between.
defineUnary('HardSwish', {
  grad: ({ b, inputs: [x], gradOutputs: [g] }) => {
    if (!g) return [];
    const m = mathOps(b);
    const mid = m.mul(g, m.add(m.div(x!, m.c(3, x!)), m.c(0.5, x!)));
    const upper = m.ap('Where', m.ap('Greater', x!, m.c(3, x!)), g, mid);
    return [m.ap('Where', m.ap('Less', x!, m.c(-3, x!)), m.c(0, g), upper)];
  },
  saves: X,
});

defineUnary('Softplus', {
  grad: ({ b, inputs: [x], gradOutputs: [g] }) =>
    g ? [mathOps(b).mul(g, b.apply('Sigmoid', [x])[0])] : [],
  saves: X,
});

// Softsign: 1 / (1 + |x|)^2.
defineUnary('Softsign', {
  grad: ({ b, inputs: [x], gradOutputs: [g] }) => {
    if (!g) return [];
    const m = mathOps(b);
    const d = m.add(m.c(1, x!), m.ap('Abs', x!));
    return [m.div(g, m.mul(d, d))];
  },
  saves: X,
});

defineUnary('ThresholdedRelu', {
  attrs: { alpha: float(1) },
  grad: ({ b, inputs: [x], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const m = mathOps(b);
    return [m.maskGrad(m.ap('Greater', x!, m.c(attrs.float('alpha'), x!)), g)];
  },
  saves: X,
});

defineUnary('Shrink', {
  dtypes: NUMERIC_DTYPES,
  attrs: { bias: float(0), lambd: float(0.5) },
  grad: ({ b, inputs: [x], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const m = mathOps(b);
    const l = attrs.float('lambd');
    const outside = m.ap('Or', m.ap('Less', x!, m.c(-l, x!)), m.ap('Greater', x!, m.c(l, x!)));
    return [m.maskGrad(outside, g)];
  },
  saves: X,
});

// PRelu: the slope broadcasts to X (unidirectionally); the output has X's shape.
defineOp({
  name: 'PRelu',
  inputs: [{ name: 'X' }, { name: 'slope' }],
  outputs: [{ name: 'Y' }],
  dtypes: ['float32', 'float64', 'float16', 'bfloat16', 'int32', 'int64', 'uint32', 'uint64'],
  traits: ['elementwise'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.input(1);
    if (x.dtype && s.dtype && x.dtype !== s.dtype) {
      throw new DTypeError(`PRelu: X is ${x.dtype} but slope is ${s.dtype}`);
    }
    const shape = broadcastDims('PRelu', [x.shape, s.shape]);
    const xs = x.shape;
    const grows = (d: unknown, i: number) =>
      typeof d === 'number' && typeof xs?.[i] === 'number' && d !== xs[i];
    if (shape && x.shape && (shape.length !== x.shape.length || shape.some(grows))) {
      throw new ShapeError(
        `PRelu: slope ${shapeStr(s.shape)} does not broadcast to X ${shapeStr(x.shape)}`,
      );
    }
    return [sameAs(x)];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const y = ctx.output(0);
    runKernel('PRelu', [x, expandView(ctx.input(1), x.shape)], [y]);
    return [y];
  },
  grad: ({ b, inputs: [x, slope], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    const m = mathOps(b);
    const neg = m.ap('Less', x!, m.c(0, x!));
    return [
      needsGrad(0) ? m.ap('Where', neg, m.mul(g, slope!), g) : undefined,
      needsGrad(1) ? unbroadcast(b, m.maskGrad(neg, m.mul(g, x!)), slope!) : undefined,
    ];
  },
  saves: { inputs: [0, 1] },
});

// Clip(input, min?, max?): min > max clips everything to max (ONNX).
defineOp({
  name: 'Clip',
  inputs: [{ name: 'input' }, { name: 'min', optional: true }, { name: 'max', optional: true }],
  outputs: [{ name: 'output' }],
  dtypes: NUMERIC_DTYPES,
  traits: ['elementwise'],
  infer: (ctx) => {
    const x = ctx.input(0);
    for (const i of [1, 2]) {
      const b = ctx.inputs[i];
      if (!b) continue;
      if (b.dtype && x.dtype && b.dtype !== x.dtype) {
        throw new DTypeError(
          `Clip: ${i === 1 ? 'min' : 'max'} is ${b.dtype} but input is ${x.dtype}`,
        );
      }
      if (b.shape && b.shape.some((d) => typeof d === 'number' && d !== 1)) {
        const which = i === 1 ? 'min' : 'max';
        throw new ShapeError(`Clip: ${which} must be a scalar, got shape ${shapeStr(b.shape)}`);
      }
    }
    return [sameAs(x)];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    const bounds = [ctx.inputs[1], ctx.inputs[2]].filter((t): t is Tensor => t !== undefined);
    runKernel('Clip', [ctx.input(0), ...bounds], [y], {
      has_min: ctx.inputs[1] ? 1 : 0,
      has_max: ctx.inputs[2] ? 1 : 0,
    });
    return [y];
  },
  grad: ({ b, inputs: [x, lo, hi], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    const m = mathOps(b);
    let inside: typeof x;
    if (lo) inside = m.ap('GreaterOrEqual', x!, lo);
    if (hi) {
      const le = m.ap('LessOrEqual', x!, hi);
      inside = inside ? m.ap('And', inside, le) : le;
    }
    // A bound receives the gradient where it is the active value.
    const boundGrad = (bound: typeof g, cmp: string) =>
      unbroadcast(b, m.maskGrad(m.ap(cmp, x!, bound), g), bound);
    return [
      needsGrad(0) ? (inside ? m.maskGrad(inside, g) : g) : undefined,
      lo && needsGrad(1) ? boundGrad(lo, 'Less') : undefined,
      hi && needsGrad(2) ? boundGrad(hi, 'Greater') : undefined,
    ];
  },
  saves: { inputs: [0, 1, 2] },
});
