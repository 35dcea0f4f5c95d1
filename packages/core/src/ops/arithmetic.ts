// Add Sub Mul Div Mod Pow, and the variadic Max Min Sum Mean: broadcasting arithmetic whose
// gradients reduce back to each input's shape.
import { type DType, FLOAT_DTYPES, NUMERIC_DTYPES, dtypeInfo, isFloatDType } from '../dtype.js';
import { ArgumentError, DTypeError } from '../errors.js';
import { runKernel } from '../native.js';
import { Tensor } from '../tensor.js';
import { expandView } from '../views.js';
import { defineBinary, unbroadcast } from './elementwise-helpers.js';
import { broadcastDims } from './infer.js';
import { type GradContext, defineOp } from './registry.js';
import { mathOps } from './unary-helpers.js';

defineBinary('Add', {
  grad: ({ b, inputs, gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    return [
      needsGrad(0) ? unbroadcast(b, g, inputs[0]!) : undefined,
      needsGrad(1) ? unbroadcast(b, g, inputs[1]!) : undefined,
    ];
  },
  saves: { shapes: [0, 1] },
});

defineBinary('Sub', {
  grad: ({ b, inputs, gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    return [
      needsGrad(0) ? unbroadcast(b, g, inputs[0]!) : undefined,
      needsGrad(1) ? unbroadcast(b, b.apply('Neg', [g])[0], inputs[1]!) : undefined,
    ];
  },
  saves: { shapes: [0, 1] },
});

defineBinary('Mul', {
  grad: ({ b, inputs: [x, y], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    return [
      needsGrad(0) ? unbroadcast(b, b.apply('Mul', [g, y])[0], x!) : undefined,
      needsGrad(1) ? unbroadcast(b, b.apply('Mul', [g, x])[0], y!) : undefined,
    ];
  },
  saves: { inputs: [0, 1] },
});

defineBinary('Div', {
  grad: ({ b, inputs: [x, y], outputs: [z], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    const gx = b.apply('Div', [g, y])[0];
    return [
      needsGrad(0) ? unbroadcast(b, gx, x!) : undefined,
      // d(x/y)/dy = -z/y
      needsGrad(1)
        ? unbroadcast(b, b.apply('Neg', [b.apply('Mul', [gx, z])[0]])[0], y!)
        : undefined,
    ];
  },
  saves: { inputs: [0, 1], outputs: [0] },
});

// Float Mod is C's fmod: a - trunc(a / b) b, so d/da = 1 and d/db = -trunc(a / b).
defineBinary('Mod', {
  doc: 'fmod=0: remainder with the sign of the divisor (integers only); fmod=1: C fmod.',
  attrs: { fmod: { type: 'int', default: 0 } },
  grad: ({ b, inputs: [x, y], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    const m = mathOps(b);
    const q = m.div(x!, y!);
    const trunc = m.mul(m.ap('Sign', q), m.ap('Floor', m.ap('Abs', q)));
    return [
      needsGrad(0) ? unbroadcast(b, g, x!) : undefined,
      needsGrad(1) ? unbroadcast(b, m.neg(m.mul(g, trunc)), y!) : undefined,
    ];
  },
  saves: { inputs: [0, 1] },
});

// Pow(X, Y): Y may be any numeric dtype; the result has X's. Only float exponents get a gradient.
defineBinary('Pow', {
  dtypes: ['float32', 'float64', 'float16', 'bfloat16', 'int32', 'int64'],
  sameDType: false,
  grad: ({ b, inputs: [x, e], outputs: [y], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    const m = mathOps(b);
    const xd = b.info(x!).dtype;
    const ed = b.info(e!).dtype;
    const eAsX = ed === xd ? e! : b.apply('Cast', [e], { to: dtypeInfo(xd ?? 'float32').code })[0];
    // d/dx = e x^(e-1);  d/de = y log x, taken as 0 at x = 0 (like PyTorch) instead of NaN.
    const dx = () => m.mul(g, m.mul(eAsX, m.ap('Pow', x!, m.sub(eAsX, m.c(1, eAsX)))));
    const de = () => {
      const d = m.mul(g, m.mul(y, m.ap('Log', x!)));
      return m.ap('Where', m.ap('Equal', x!, m.c(0, x!)), m.c(0, d), d);
    };
    return [
      needsGrad(0) ? unbroadcast(b, dx(), x!) : undefined,
      needsGrad(1) && ed && isFloatDType(ed) ? unbroadcast(b, de(), e!) : undefined,
    ];
  },
  saves: { inputs: [0, 1], outputs: [0] },
});

/**
 * Max Min Sum Mean over one or more inputs, broadcast together. The kernel folds pairwise into the
 * output (elementwise kernels may write over an operand they read at the same index).
 */
function defineVariadic(
  name: string,
  kernel: string,
  dtypes: readonly DType[],
  grad: typeof maxGrad,
) {
  defineOp({
    name,
    inputs: [{ name: 'data_0', variadic: true }],
    outputs: [{ name: name.toLowerCase() }],
    dtypes,
    traits: ['elementwise'],
    infer: (ctx) => {
      if (ctx.inputs.length === 0) throw new ArgumentError(`${name}: needs at least one input`);
      const infos = ctx.inputs.map((_, i) => ctx.input(i));
      const dt = infos[0].dtype;
      for (const info of infos) {
        if (info.dtype && dt && info.dtype !== dt) {
          throw new DTypeError(`${name}: inputs have different dtypes (${dt} and ${info.dtype})`);
        }
      }
      return [
        {
          dtype: dt ?? 'float32',
          shape: broadcastDims(
            name,
            infos.map((i) => i.shape),
          ),
        },
      ];
    },
    kernel: (ctx) => {
      const out = ctx.output(0);
      const ins = ctx.inputs.map((_, i) => expandView(ctx.input(i), out.shape));
      if (ins.length === 1) runKernel('Copy', ins, [out]);
      else {
        runKernel(kernel, [ins[0], ins[1]], [out]);
        for (let i = 2; i < ins.length; i++) runKernel(kernel, [out, ins[i]], [out]);
      }
      if (name === 'Mean' && ins.length > 1) {
        runKernel('Div', [out, expandView(Tensor.scalar(ins.length, out.dtype), out.shape)], [out]);
      }
      return [out];
    },
    // No `saves`: the gradient reads every input (their count varies) and, for Max/Min, the output.
    grad,
  });
}

// Max/Min: the gradient goes to the inputs equal to the result, split evenly between ties.
function maxGrad<V>(ctx: GradContext<V>): (V | undefined)[] {
  const {
    b,
    inputs,
    outputs: [y],
    gradOutputs: [g],
    needsGrad,
  } = ctx;
  if (!g) return [];
  const m = mathOps(b);
  const code = dtypeInfo(b.info(y).dtype ?? 'float32').code;
  const masks = inputs.map((x) => b.apply('Cast', [m.ap('Equal', x!, y)], { to: code })[0]);
  const count = masks.length === 1 ? undefined : b.apply('Sum', masks)[0];
  return inputs.map((x, i) => {
    if (!needsGrad(i)) return undefined;
    const share = m.mul(g, masks[i]);
    return unbroadcast(b, count ? m.div(share, count) : share, x!);
  });
}

function sumGrad<V>({ b, inputs, gradOutputs: [g], needsGrad }: GradContext<V>): (V | undefined)[] {
  if (!g) return [];
  return inputs.map((x, i) => (needsGrad(i) ? unbroadcast(b, g, x!) : undefined));
}

function meanGrad<V>(ctx: GradContext<V>): (V | undefined)[] {
  const g = ctx.gradOutputs[0];
  if (!g) return [];
  const m = mathOps(ctx.b);
  const scaled = m.div(g, m.c(ctx.inputs.length, g));
  return sumGrad({ ...ctx, gradOutputs: [scaled] });
}

defineVariadic('Max', 'Max', NUMERIC_DTYPES, maxGrad);
defineVariadic('Min', 'Min', NUMERIC_DTYPES, maxGrad);
defineVariadic('Sum', 'Add', FLOAT_DTYPES, sumGrad);
defineVariadic('Mean', 'Add', FLOAT_DTYPES, meanGrad);
