// Gather GatherElements GatherND ScatterElements ScatterND (+ internal GatherGrad, GatherNDGrad).
// Native kernels check every index (the error names the op, the index and the axis size).
import { DTypeError, ShapeError, UnsupportedOperatorError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { constInts } from './infer.js';
import { type KernelContext, defineOp } from './registry.js';
import { copyOut, fillTensor, normAxes, zerosLike } from './shape-util.js';
import type { Dim, ValueInfo } from './types.js';

const INDEX_DTYPES = ['int32', 'int64'];

/** The tensor itself when contiguous, else a contiguous copy (the native kernels need one). */
export function contig(ctx: KernelContext, t: Tensor): Tensor {
  return t.isContiguous() ? t : copyOut(ctx, t);
}

function checkIndices(op: string, info: ValueInfo, what = 'indices'): void {
  if (info.dtype && !INDEX_DTYPES.includes(info.dtype)) {
    throw new DTypeError(`${op}: ${what} must be int32 or int64, got ${info.dtype}`);
  }
}

function gatherShape(op: string, data: Dim[], ind: Dim[], axisAttr: number): Dim[] {
  const axis = normAxes([axisAttr], data.length, op)[0];
  return [...data.slice(0, axis), ...ind, ...data.slice(axis + 1)];
}

defineOp({
  name: 'Gather',
  inputs: [{ name: 'data' }, { name: 'indices', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: { axis: { type: 'int', default: 0 } },
  infer: (ctx) => {
    const x = ctx.input(0);
    const ind = ctx.input(1);
    checkIndices('Gather', ind);
    const shape =
      x.shape && ind.shape
        ? gatherShape('Gather', x.shape, ind.shape, ctx.attrs.int('axis'))
        : null;
    return [{ dtype: x.dtype ?? 'float32', shape }];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel('Gather', [contig(ctx, ctx.input(0)), contig(ctx, ctx.input(1))], [y], {
      axis: ctx.attrs.int('axis'),
    });
    return [y];
  },
  grad: ({ b, inputs: [x, ind], gradOutputs: [g], attrs }) => [
    g
      ? b.apply('GatherGrad', [g, ind, b.apply('Shape', [x!])[0]], { axis: attrs.int('axis') })[0]
      : undefined,
  ],
  saves: { inputs: [1], shapes: [0] },
});

/** GatherGrad(dY, indices, shape): zeros of `shape` with dY scatter-added at the gathered rows. */
defineOp({
  name: 'GatherGrad',
  domain: 'ai.tandem',
  inputs: [
    { name: 'dY' },
    { name: 'indices', nonDifferentiable: true },
    { name: 'shape', nonDifferentiable: true },
  ],
  outputs: [{ name: 'dX' }],
  attrs: { axis: { type: 'int', default: 0 } },
  infer: (ctx) => {
    const shape = constInts(ctx.input(2));
    const n = ctx.input(2).shape?.[0];
    return [
      {
        dtype: ctx.input(0).dtype ?? 'float32',
        shape: shape ?? (typeof n === 'number' ? new Array<Dim>(n).fill(null) : null),
      },
    ];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    const axis = normAxes([ctx.attrs.int('axis')], y.rank, 'GatherGrad')[0];
    runKernel('GatherGrad', [contig(ctx, ctx.input(0)), contig(ctx, ctx.input(1))], [y], { axis });
    return [y];
  },
  grad: ({ b, inputs: [, ind], gradOutputs: [g], attrs }) => [
    g ? b.apply('Gather', [g, ind], { axis: attrs.int('axis') })[0] : undefined,
  ],
  saves: { inputs: [1] },
});

defineOp({
  name: 'GatherElements',
  inputs: [{ name: 'data' }, { name: 'indices', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: { axis: { type: 'int', default: 0 } },
  infer: (ctx) => {
    const x = ctx.input(0);
    const ind = ctx.input(1);
    checkIndices('GatherElements', ind);
    if (x.shape && ind.shape && x.shape.length !== ind.shape.length) {
      throw new ShapeError(
        `GatherElements: data ${shapeStr(x.shape)} and indices ${shapeStr(ind.shape)} differ in rank`,
      );
    }
    return [{ dtype: x.dtype ?? 'float32', shape: ind.shape ? [...ind.shape] : null }];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel('GatherElements', [contig(ctx, ctx.input(0)), contig(ctx, ctx.input(1))], [y], {
      axis: ctx.attrs.int('axis'),
    });
    return [y];
  },
  grad: ({ b, inputs: [x, ind], gradOutputs: [g], attrs }) => [
    g
      ? b.apply('ScatterElements', [zerosLike(b, x!), ind, g], {
          axis: attrs.int('axis'),
          reduction: 'add',
        })[0]
      : undefined,
  ],
  saves: { inputs: [1], shapes: [0] },
});

function gatherNDShape(data: Dim[], ind: Dim[], b: number): Dim[] | null {
  const k = ind[ind.length - 1];
  if (typeof k !== 'number') return null;
  if (b < 0 || b >= ind.length || b >= data.length || k < 1 || k > data.length - b) {
    throw new ShapeError(
      `GatherND: indices ${shapeStr(ind)} (batch_dims ${b}) cannot index data ${shapeStr(data)}`,
    );
  }
  return [...ind.slice(0, -1), ...data.slice(b + k)];
}

defineOp({
  name: 'GatherND',
  inputs: [{ name: 'data' }, { name: 'indices', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: { batch_dims: { type: 'int', default: 0 } },
  infer: (ctx) => {
    const x = ctx.input(0);
    const ind = ctx.input(1);
    checkIndices('GatherND', ind);
    const shape =
      x.shape && ind.shape ? gatherNDShape(x.shape, ind.shape, ctx.attrs.int('batch_dims')) : null;
    return [{ dtype: x.dtype ?? 'float32', shape }];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel('GatherND', [contig(ctx, ctx.input(0)), contig(ctx, ctx.input(1))], [y], {
      batch_dims: ctx.attrs.int('batch_dims'),
    });
    return [y];
  },
  grad: ({ b, inputs: [x, ind], gradOutputs: [g], attrs }) => [
    g
      ? b.apply('GatherNDGrad', [g, ind, b.apply('Shape', [x!])[0]], {
          batch_dims: attrs.int('batch_dims'),
        })[0]
      : undefined,
  ],
  saves: { inputs: [0, 1] },
});

/** GatherNDGrad(dY, indices, shape): zeros of `shape` with dY scatter-added (batched ScatterND). */
defineOp({
  name: 'GatherNDGrad',
  domain: 'ai.tandem',
  inputs: [
    { name: 'dY' },
    { name: 'indices', nonDifferentiable: true },
    { name: 'shape', nonDifferentiable: true },
  ],
  outputs: [{ name: 'dX' }],
  attrs: { batch_dims: { type: 'int', default: 0 } },
  infer: (ctx) => {
    const shape = constInts(ctx.input(2));
    const n = ctx.input(2).shape?.[0];
    return [
      {
        dtype: ctx.input(0).dtype ?? 'float32',
        shape: shape ?? (typeof n === 'number' ? new Array<Dim>(n).fill(null) : null),
      },
    ];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    const zeros = fillTensor(ctx.alloc(y.dtype, y.shape), 0);
    runKernel('ScatterND', [zeros, contig(ctx, ctx.input(1)), contig(ctx, ctx.input(0))], [y], {
      reduction: 'add',
      batch_dims: ctx.attrs.int('batch_dims'),
    });
    return [y];
  },
  grad: ({ b, inputs: [, ind], gradOutputs: [g], attrs }) => [
    g ? b.apply('GatherND', [g, ind], { batch_dims: attrs.int('batch_dims') })[0] : undefined,
  ],
  saves: { inputs: [1] },
});

const scatterAttrs = { reduction: { type: 'string' as const, default: 'none' } };

function scatterInfer(op: string) {
  return (ctx: { input(i: number): ValueInfo }) => {
    const x = ctx.input(0);
    checkIndices(op, ctx.input(1));
    const u = ctx.input(2);
    if (x.dtype && u.dtype && x.dtype !== u.dtype) {
      throw new DTypeError(`${op}: updates dtype ${u.dtype} differs from data dtype ${x.dtype}`);
    }
    return [{ dtype: x.dtype ?? 'float32', shape: x.shape ? [...x.shape] : null }];
  };
}

function checkReduction(op: string, r: string): void {
  if (!['none', 'add', 'mul', 'max', 'min'].includes(r)) {
    throw new ShapeError(`${op}: unknown reduction '${r}' (supported: none, add, mul, max, min)`);
  }
}

function scatterGradReduction(op: string, r: string): string {
  if (r !== 'none' && r !== 'add') {
    throw new UnsupportedOperatorError(
      `${op}: gradient is implemented for reduction 'none' and 'add', not '${r}'`,
    );
  }
  return r;
}

defineOp({
  name: 'ScatterElements',
  inputs: [{ name: 'data' }, { name: 'indices', nonDifferentiable: true }, { name: 'updates' }],
  outputs: [{ name: 'output' }],
  attrs: { axis: { type: 'int', default: 0 }, ...scatterAttrs },
  infer: scatterInfer('ScatterElements'),
  kernel: (ctx) => {
    const y = ctx.output(0);
    const reduction = ctx.attrs.string('reduction');
    checkReduction('ScatterElements', reduction);
    const [x, ind, u] = [0, 1, 2].map((i) => contig(ctx, ctx.input(i)));
    runKernel('ScatterElements', [x, ind, u], [y], { axis: ctx.attrs.int('axis'), reduction });
    return [y];
  },
  grad: ({ b, inputs: [, ind, u], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const red = scatterGradReduction('ScatterElements', attrs.string('reduction'));
    const axis = attrs.int('axis');
    // 'none' overwrites: the overwritten data elements get no gradient. 'add' passes it through.
    const dData =
      red === 'none' ? b.apply('ScatterElements', [g, ind, zerosLike(b, u!)], { axis })[0] : g;
    return [
      needsGrad(0) ? dData : undefined,
      undefined,
      needsGrad(2) ? b.apply('GatherElements', [g, ind], { axis })[0] : undefined,
    ];
  },
  saves: { inputs: [1, 2] },
});

defineOp({
  name: 'ScatterND',
  inputs: [{ name: 'data' }, { name: 'indices', nonDifferentiable: true }, { name: 'updates' }],
  outputs: [{ name: 'output' }],
  attrs: scatterAttrs,
  infer: scatterInfer('ScatterND'),
  kernel: (ctx) => {
    const y = ctx.output(0);
    const reduction = ctx.attrs.string('reduction');
    checkReduction('ScatterND', reduction);
    const [x, ind, u] = [0, 1, 2].map((i) => contig(ctx, ctx.input(i)));
    runKernel('ScatterND', [x, ind, u], [y], { reduction });
    return [y];
  },
  grad: ({ b, inputs: [, ind, u], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const red = scatterGradReduction('ScatterND', attrs.string('reduction'));
    const dData = red === 'none' ? b.apply('ScatterND', [g, ind, zerosLike(b, u!)])[0] : g;
    return [
      needsGrad(0) ? dData : undefined,
      undefined,
      needsGrad(2) ? b.apply('GatherND', [g, ind])[0] : undefined,
    ];
  },
  saves: { inputs: [1, 2] },
});
