// Comparisons, logic and selection: Equal Less LessOrEqual Greater GreaterOrEqual (-> bool),
// And Or Xor Not (bool), IsNaN IsInf (float -> bool), Where.
import { FLOAT_DTYPES, NUMERIC_DTYPES } from '../dtype.js';
import { DTypeError } from '../errors.js';
import { runKernel } from '../native.js';
import { expandView } from '../views.js';
import { defineBinary, defineUnary, unbroadcast } from './elementwise-helpers.js';
import { broadcastDims } from './infer.js';
import { defineOp } from './registry.js';
import { mathOps } from './unary-helpers.js';

// Comparisons and logic are not differentiable: no grad, and autograd stops at them.
for (const name of ['Less', 'LessOrEqual', 'Greater', 'GreaterOrEqual']) {
  defineBinary(name, { dtypes: NUMERIC_DTYPES, outDType: 'bool' });
}
defineBinary('Equal', { dtypes: [...NUMERIC_DTYPES, 'bool'], outDType: 'bool' });
for (const name of ['And', 'Or', 'Xor']) defineBinary(name, { dtypes: ['bool'], outDType: 'bool' });
defineUnary('Not', { dtypes: ['bool'] });

defineUnary('IsNaN', { dtypes: FLOAT_DTYPES, outDType: 'bool' });
defineUnary('IsInf', {
  dtypes: FLOAT_DTYPES,
  outDType: 'bool',
  attrs: {
    detect_negative: { type: 'int', default: 1 },
    detect_positive: { type: 'int', default: 1 },
  },
});

// Where(condition, X, Y): three-way broadcast; X and Y share any dtype.
defineOp({
  name: 'Where',
  inputs: [{ name: 'condition', nonDifferentiable: true }, { name: 'X' }, { name: 'Y' }],
  outputs: [{ name: 'output' }],
  dtypes: ['bool'],
  traits: ['elementwise'],
  infer: (ctx) => {
    const [c, x, y] = [ctx.input(0), ctx.input(1), ctx.input(2)];
    if (x.dtype && y.dtype && x.dtype !== y.dtype) {
      throw new DTypeError(`Where: X is ${x.dtype} but Y is ${y.dtype}`);
    }
    const shape = broadcastDims('Where', [c.shape, x.shape, y.shape]);
    return [{ dtype: x.dtype ?? y.dtype ?? 'float32', shape }];
  },
  kernel: (ctx) => {
    const out = ctx.output(0);
    const ins = [0, 1, 2].map((i) => expandView(ctx.input(i), out.shape));
    runKernel('Where', ins, [out]);
    return [out];
  },
  grad: ({ b, inputs: [c, x, y], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    const m = mathOps(b);
    const zero = m.c(0, g);
    return [
      undefined,
      needsGrad(1) ? unbroadcast(b, m.ap('Where', c!, g, zero), x!) : undefined,
      needsGrad(2) ? unbroadcast(b, m.ap('Where', c!, zero, g), y!) : undefined,
    ];
  },
  saves: { inputs: [0, 1, 2] },
});
