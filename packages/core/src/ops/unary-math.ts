// Unary math: Abs Neg Sign (numeric), Exp Log Sqrt Reciprocal Floor Ceil Round, trig and
// hyperbolic, Tanh Erf (float). Cast/CastLike live in cast.ts.
import { FLOAT_DTYPES, NUMERIC_DTYPES } from '../dtype.js';
import { defineUnary } from './elementwise-helpers.js';
import type { GradContext, Saves } from './registry.js';
import { mathOps } from './unary-helpers.js';
import './cast.js';

type Formula = <V>(m: ReturnType<typeof mathOps<V>>, x: V, y: V, g: V) => V;

/** A float unary op whose input gradient is `formula(x, y, dY)`. */
function unary(name: string, formula: Formula, saves: Saves, doc?: string) {
  defineUnary(name, {
    doc,
    dtypes: FLOAT_DTYPES,
    grad: <V>({ b, inputs: [x], outputs: [y], gradOutputs: [g] }: GradContext<V>) =>
      g ? [formula(mathOps(b), x!, y, g)] : [],
    saves,
  });
}

const X = { inputs: [0] };
const Y = { outputs: [0] };

unary('Exp', (m, x, y, g) => m.mul(g, y), Y);
unary('Log', (m, x, y, g) => m.div(g, x), X);
unary('Sqrt', (m, x, y, g) => m.div(g, m.mul(y, m.c(2, y))), Y);
unary('Reciprocal', (m, x, y, g) => m.neg(m.mul(g, m.mul(y, y))), Y);
unary('Tanh', (m, x, y, g) => m.ap('TanhGrad', g, y), Y);
// d erf(x) = 2/sqrt(pi) exp(-x^2)
unary(
  'Erf',
  (m, x, y, g) => {
    const gauss = m.ap('Exp', m.neg(m.mul(x, x)));
    return m.mul(g, m.mul(m.c(2 / Math.sqrt(Math.PI), x), gauss));
  },
  X,
);
unary('Sin', (m, x, y, g) => m.mul(g, m.ap('Cos', x)), X);
unary('Cos', (m, x, y, g) => m.neg(m.mul(g, m.ap('Sin', x))), X);
unary('Tan', (m, x, y, g) => m.mul(g, m.add(m.c(1, y), m.mul(y, y))), Y);
unary('Asin', (m, x, y, g) => m.div(g, m.ap('Sqrt', m.sub(m.c(1, x), m.mul(x, x)))), X);
unary('Acos', (m, x, y, g) => m.neg(m.div(g, m.ap('Sqrt', m.sub(m.c(1, x), m.mul(x, x))))), X);
unary('Atan', (m, x, y, g) => m.div(g, m.add(m.c(1, x), m.mul(x, x))), X);
unary('Sinh', (m, x, y, g) => m.mul(g, m.ap('Cosh', x)), X);
unary('Cosh', (m, x, y, g) => m.mul(g, m.ap('Sinh', x)), X);
unary('Asinh', (m, x, y, g) => m.div(g, m.ap('Sqrt', m.add(m.mul(x, x), m.c(1, x)))), X);
unary('Acosh', (m, x, y, g) => m.div(g, m.ap('Sqrt', m.sub(m.mul(x, x), m.c(1, x)))), X);
unary('Atanh', (m, x, y, g) => m.div(g, m.sub(m.c(1, x), m.mul(x, x))), X);
// Piecewise constant: the gradient is zero everywhere it exists.
unary('Floor', (m, x) => m.zerosLike(x), X);
unary('Ceil', (m, x) => m.zerosLike(x), X);
unary('Round', (m, x) => m.zerosLike(x), X, 'Rounds halves to even.');

defineUnary('Abs', {
  dtypes: NUMERIC_DTYPES,
  grad: ({ b, inputs: [x], gradOutputs: [g] }) => {
    const m = mathOps(b);
    return g ? [m.mul(g, m.ap('Sign', x!))] : [];
  },
  saves: X,
});

defineUnary('Neg', {
  dtypes: ['float32', 'float64', 'float16', 'bfloat16', 'int8', 'int16', 'int32', 'int64'],
  grad: ({ b, gradOutputs: [g] }) => (g ? [b.apply('Neg', [g])[0]] : []),
});

defineUnary('Sign', {
  dtypes: NUMERIC_DTYPES,
  grad: ({ b, inputs: [x], gradOutputs: [g] }) => (g ? [mathOps(b).zerosLike(x!)] : []),
  saves: X,
});
