// Reduce* (canonical opset-18 form: axes as an optional int64 input, keepdims and
// noop_with_empty_axes attributes), ArgMax/ArgMin and CumSum.
//
// Note [Reduction gradients]: every gradient first restores the reduced axes (Unsqueeze with the
// same axes input when keepdims=0), then broadcasts with Expand. ReduceMax/ReduceMin send the
// gradient to every position equal to the result, split evenly among ties (as PyTorch's amax).
// ReduceProd's gradient is exact with zeros in the input (see prodGrad); ReduceL2's is
// g * x / y, and 0 where the norm is 0.
import { runKernel } from '../native.js';
import { type AttrReader, type GradFn, type OpBuilder, type Saves, defineOp } from './registry.js';
import { constInts, sameAs } from './infer.js';
import {
  REDUCE_DTYPES,
  axesFromInput,
  expandTo,
  inferReduce,
  keepDims,
  reductionCount,
  resolveAxes,
  scalarConst,
} from './reduce-helpers.js';
import { normAxis } from '../shape.js';
import { copyStrided } from '../tensor.js';
import { ShapeError } from '../errors.js';
import './reduce-arg.js';

interface ReduceOptions {
  doc: string;
  grad?: GradFn;
  saves?: Saves;
}

function defineReduce(name: string, opts: ReduceOptions): void {
  defineOp({
    name,
    doc: opts.doc,
    inputs: [{ name: 'data' }, { name: 'axes', optional: true, nonDifferentiable: true }],
    outputs: [{ name: 'reduced' }],
    attrs: {
      keepdims: { type: 'int', default: 1 },
      noop_with_empty_axes: { type: 'int', default: 0 },
    },
    dtypes: REDUCE_DTYPES,
    traits: ['reduction'],
    infer: (ctx) => inferReduce(ctx),
    kernel: (ctx) => {
      const x = ctx.input(0);
      const y = ctx.output(0);
      const noop = ctx.attrs.int('noop_with_empty_axes') !== 0;
      const axes = resolveAxes(name, axesFromInput(ctx.inputs[1]), x.rank, noop);
      if (axes === 'noop') copyStrided(x, y);
      else runKernel(name, [x], [y], { axes, keepdims: ctx.attrs.int('keepdims') });
      return [y];
    },
    grad: opts.grad,
    saves: opts.saves,
  });
}

/** The reduced gradient g broadcast back to x's shape. */
function spread<V>(b: OpBuilder<V>, g: V, x: V, axes: V | undefined, attrs: AttrReader): V {
  return expandTo(b, keepDims(b, g, axes, attrs), x);
}

defineReduce('ReduceSum', {
  doc: 'Sum over axes.',
  grad: ({ b, inputs: [x, axes], gradOutputs: [g], attrs }) => [
    g ? spread(b, g, x!, axes, attrs) : undefined,
  ],
  saves: { inputs: [1], shapes: [0] },
});

defineReduce('ReduceMean', {
  doc: 'Mean over axes.',
  grad: ({ b, inputs: [x, axes], outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const scaled = b.apply('Div', [g, reductionCount(b, x!, y)])[0];
    return [spread(b, scaled, x!, axes, attrs)];
  },
  saves: { inputs: [0, 1], outputs: [0] },
});

defineReduce('ReduceSumSquare', {
  doc: 'Sum of squares over axes.',
  grad: ({ b, inputs: [x, axes], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const twoX = b.apply('Mul', [x!, scalarConst(b, 2, x!)])[0];
    return [b.apply('Mul', [twoX, keepDims(b, g, axes, attrs)])[0]];
  },
  saves: { inputs: [0, 1] },
});

defineReduce('ReduceL1', {
  doc: 'Sum of absolute values over axes.',
  grad: ({ b, inputs: [x, axes], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    return [b.apply('Mul', [b.apply('Sign', [x!])[0], keepDims(b, g, axes, attrs)])[0]];
  },
  saves: { inputs: [0, 1] },
});

defineReduce('ReduceL2', {
  doc: 'Euclidean norm over axes.',
  grad: ({ b, inputs: [x, axes], outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    // g * x / y, with 0 where the norm is 0 (PyTorch's subgradient choice).
    const yk = keepDims(b, y, axes, attrs);
    const zero = scalarConst(b, 0, y);
    const gy = b.apply('Div', [keepDims(b, g, axes, attrs), yk])[0];
    const safe = b.apply('Where', [b.apply('Equal', [yk, zero])[0], zero, gy])[0];
    return [b.apply('Mul', [x!, safe])[0]];
  },
  saves: { inputs: [0, 1], outputs: [0] },
});

defineReduce('ReduceLogSum', {
  doc: 'log(sum(x)) over axes.',
  grad: ({ b, inputs: [x, axes], outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const sum = b.apply('Exp', [keepDims(b, y, axes, attrs)])[0];
    return [expandTo(b, b.apply('Div', [keepDims(b, g, axes, attrs), sum])[0], x!)];
  },
  saves: { inputs: [0, 1], outputs: [0] },
});

defineReduce('ReduceLogSumExp', {
  doc: 'log(sum(exp(x))) over axes, computed stably.',
  grad: ({ b, inputs: [x, axes], outputs: [y], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const p = b.apply('Exp', [b.apply('Sub', [x!, keepDims(b, y, axes, attrs)])[0]])[0];
    return [b.apply('Mul', [p, keepDims(b, g, axes, attrs)])[0]];
  },
  saves: { inputs: [0, 1], outputs: [0] },
});

defineReduce('ReduceProd', {
  doc: 'Product over axes.',
  grad: ({ b, inputs: [x, axes], gradOutputs: [g], attrs }) =>
    g ? [prodGrad(b, x!, axes, g, attrs)] : [],
  saves: { inputs: [0, 1] },
});

// d prod / d x_i is the product of the other elements: p / x_i without zeros in the slice, the
// product of the non-zeros at the only zero, and 0 everywhere once two elements are zero.
function prodGrad<V>(b: OpBuilder<V>, x: V, axes: V | undefined, g: V, attrs: AttrReader): V {
  const keep = { keepdims: 1, noop_with_empty_axes: attrs.int('noop_with_empty_axes') };
  const zero = scalarConst(b, 0, x);
  const one = scalarConst(b, 1, x);
  const isZero = b.apply('Equal', [x, zero])[0];
  const to = b.info(x).dtype === 'float64' ? 11 : 1;
  const zeros = b.apply('ReduceSum', [b.apply('Cast', [isZero], { to })[0], axes], keep)[0];
  const nonZero = b.apply('Where', [isZero, one, x])[0];
  const p = b.apply('ReduceProd', [nonZero, axes], keep)[0];
  const atZero = b.apply('Where', [b.apply('Equal', [zeros, one])[0], p, zero])[0];
  const others = b.apply('Div', [p, nonZero])[0];
  const elsewhere = b.apply('Where', [b.apply('Equal', [zeros, zero])[0], others, zero])[0];
  const d = b.apply('Where', [isZero, atZero, elsewhere])[0];
  return b.apply('Mul', [d, keepDims(b, g, axes, attrs)])[0];
}

// Max/Min: the gradient goes to the positions equal to the result, split among ties.
const extremumGrad: GradFn = ({ b, inputs: [x, axes], outputs: [y], gradOutputs: [g], attrs }) => {
  if (!g) return [];
  const dtype = b.info(x!).dtype === 'float64' ? 11 : 1;
  const hit = b.apply('Cast', [b.apply('Equal', [x!, keepDims(b, y, axes, attrs)])[0]], {
    to: dtype,
  })[0];
  const noop = attrs.int('noop_with_empty_axes');
  const ties = b.apply('ReduceSum', [hit, axes], { keepdims: 1, noop_with_empty_axes: noop })[0];
  const share = b.apply('Div', [keepDims(b, g, axes, attrs), ties])[0];
  return [b.apply('Mul', [hit, share])[0]];
};

const extremumSaves = { inputs: [0, 1], outputs: [0] };
const extremum = { grad: extremumGrad, saves: extremumSaves };
defineReduce('ReduceMax', { doc: 'Maximum over axes (NaN propagates).', ...extremum });
defineReduce('ReduceMin', { doc: 'Minimum over axes (NaN propagates).', ...extremum });

defineOp({
  name: 'CumSum',
  doc: 'Cumulative sum along `axis` (a scalar input); exclusive and reverse as in ONNX.',
  inputs: [{ name: 'x' }, { name: 'axis', nonDifferentiable: true }],
  outputs: [{ name: 'y' }],
  attrs: { exclusive: { type: 'int', default: 0 }, reverse: { type: 'int', default: 0 } },
  dtypes: REDUCE_DTYPES,
  infer: (ctx) => {
    const x = ctx.input(0);
    const axis = constInts(ctx.input(1));
    if (axis && x.shape) {
      if (axis.length !== 1)
        throw new ShapeError(`CumSum: axis must be a scalar, got ${axis.length} values`);
      normAxis(axis[0], x.shape.length, 'CumSum');
    }
    return [sameAs(x)];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const axisVals = ctx.input(1).toNumbers();
    if (axisVals.length !== 1) {
      throw new ShapeError(`CumSum: axis must be a scalar, got ${axisVals.length} values`);
    }
    const y = ctx.output(0);
    runKernel('CumSum', [x], [y], {
      axis: normAxis(axisVals[0], x.rank, 'CumSum'),
      exclusive: ctx.attrs.int('exclusive'),
      reverse: ctx.attrs.int('reverse'),
    });
    return [y];
  },
  grad: ({ b, inputs: [, axis], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const reverse = attrs.int('reverse') ? 0 : 1;
    return [b.apply('CumSum', [g, axis], { exclusive: attrs.int('exclusive'), reverse })[0]];
  },
  saves: { inputs: [1] },
});
