// TopK NonZero Trilu OneHot: native kernels; shapes that depend on data are sized in TS first.
import { NUMERIC_DTYPES } from '../dtype.js';
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { contig } from './index-gather.js';
import { constInts } from './infer.js';
import { defineOp } from './registry.js';
import { normAxes, zerosLike } from './shape-util.js';
import type { Dim } from './types.js';

function scalarInt(op: string, t: Tensor, what: string): number {
  if (t.size !== 1)
    throw new ShapeError(`${op}: ${what} must have one element, got shape ${shapeStr(t.shape)}`);
  return Number(t.data()[0]);
}

defineOp({
  name: 'TopK',
  inputs: [{ name: 'X' }, { name: 'K', nonDifferentiable: true }],
  outputs: [{ name: 'Values' }, { name: 'Indices' }],
  attrs: {
    axis: { type: 'int', default: -1 },
    largest: { type: 'int', default: 1 },
    sorted: { type: 'int', default: 1 },
  },
  dtypes: NUMERIC_DTYPES.filter((d) => d !== 'float16' && d !== 'bfloat16'),
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    const k = constInts(ctx.input(1));
    let shape: Dim[] | null = null;
    if (x.shape) {
      const axis = normAxes([ctx.attrs.int('axis')], x.shape.length, 'TopK')[0];
      shape = [...x.shape];
      if (k && k.length !== 1)
        throw new ShapeError(`TopK: K must have one element, got ${k.length}`);
      const dim = x.shape[axis];
      if (k && typeof dim === 'number' && (k[0] < 0 || k[0] > dim)) {
        throw new ShapeError(
          `TopK: k = ${k[0]} is out of range for axis ${axis} of shape ${shapeStr(x.shape)}`,
        );
      }
      shape[axis] = k ? k[0] : null;
    }
    return [
      { dtype, shape },
      { dtype: 'int64', shape: shape ? [...shape] : null },
    ];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const k = scalarInt('TopK', ctx.input(1), 'K');
    const [v, i] = [ctx.output(0), ctx.output(1)];
    runKernel('TopK', [contig(ctx, x)], [v, i], {
      k,
      axis: ctx.attrs.int('axis'),
      largest: ctx.attrs.int('largest'),
      sorted: ctx.attrs.int('sorted'),
    });
    return [v, i];
  },
  grad: ({ b, inputs: [x], outputs: [, ind], gradOutputs: [g], attrs }) => [
    g
      ? b.apply('ScatterElements', [zerosLike(b, x!), ind, g], {
          axis: attrs.int('axis'),
          reduction: 'add',
        })[0]
      : undefined,
  ],
  saves: { inputs: [0], outputs: [1] },
});

defineOp({
  name: 'NonZero',
  inputs: [{ name: 'X', nonDifferentiable: true }],
  outputs: [{ name: 'Y' }],
  infer: (ctx) => {
    const s = ctx.input(0).shape;
    return [{ dtype: 'int64', shape: [s ? Math.max(s.length, 1) : null, null] }];
  },
  kernel: (ctx) => {
    const x = contig(ctx, ctx.input(0));
    const count = new Tensor('int64', []);
    runKernel('CountNonZero', [x], [count]);
    const y = ctx.alloc('int64', [Math.max(x.rank, 1), Number(count.data()[0])]);
    runKernel('NonZero', [x], [y]);
    return [y];
  },
});

defineOp({
  name: 'Trilu',
  inputs: [{ name: 'input' }, { name: 'k', optional: true, nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: { upper: { type: 'int', default: 1 } },
  infer: (ctx) => {
    const x = ctx.input(0);
    if (x.shape && x.shape.length < 2)
      throw new ShapeError(`Trilu: input must have rank >= 2, got ${shapeStr(x.shape)}`);
    return [{ dtype: x.dtype ?? 'float32', shape: x.shape ? [...x.shape] : null }];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    const k = ctx.inputs[1] ? scalarInt('Trilu', ctx.input(1), 'k') : 0;
    runKernel('Trilu', [contig(ctx, ctx.input(0))], [y], { upper: ctx.attrs.int('upper'), k });
    return [y];
  },
  grad: ({ b, inputs: [, k], gradOutputs: [g], attrs }) => [
    g ? b.apply('Trilu', [g, k], { upper: attrs.int('upper') })[0] : undefined,
  ],
  saves: { inputs: [1] },
});

defineOp({
  name: 'OneHot',
  inputs: [
    { name: 'indices', nonDifferentiable: true },
    { name: 'depth', nonDifferentiable: true },
    { name: 'values', nonDifferentiable: true },
  ],
  outputs: [{ name: 'output' }],
  attrs: { axis: { type: 'int', default: -1 } },
  infer: (ctx) => {
    const ind = ctx.input(0);
    const dtype = ctx.input(2).dtype ?? 'float32';
    const depthInfo = ctx.input(1);
    const depth = depthInfo.value ? Math.trunc(Number(depthInfo.value.data()[0])) : null;
    if (!ind.shape) return [{ dtype, shape: null }];
    const r = ind.shape.length;
    let axis = ctx.attrs.int('axis');
    if (axis < -(r + 1) || axis > r)
      throw new ShapeError(`OneHot: axis ${axis} is out of range for rank ${r + 1}`);
    if (axis < 0) axis += r + 1;
    return [{ dtype, shape: [...ind.shape.slice(0, axis), depth, ...ind.shape.slice(axis)] }];
  },
  kernel: (ctx) => {
    const depth = Math.trunc(scalarInt('OneHot', ctx.input(1), 'depth'));
    if (!(depth >= 1)) throw new ShapeError(`OneHot: depth must be >= 1, got ${depth}`);
    const values = ctx.input(2);
    if (values.size !== 2)
      throw new ShapeError(
        `OneHot: values must have 2 elements, got shape ${shapeStr(values.shape)}`,
      );
    const y = ctx.output(0);
    runKernel('OneHot', [contig(ctx, ctx.input(0)), contig(ctx, values)], [y], {
      depth,
      axis: ctx.attrs.int('axis'),
    });
    return [y];
  },
});
