// Shape Size Reshape Flatten Squeeze Unsqueeze Identity Transpose Expand: metadata and views.
// Reshape-like ops return zero-copy views of a contiguous input; the executor tracks sharing by
// ArrayBuffer (Note [Buffer reuse]), so a view never outlives its storage in the pool.
import { ArgumentError, ShapeError } from '../errors.js';
import { isConcrete } from './infer.js';
import { broadcastShapes, numel, shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { expandView, transposeView } from '../views.js';
import { broadcastDims, constInts } from './infer.js';
import { defineOp } from './registry.js';
import { checkShapeTensor, copyOut, dimProduct, normAxes, reshapeOut } from './shape-util.js';
import type { Dim } from './types.js';

const sameView = (t: Tensor) => t.view(t.shape, t.strides, t.offset);

/** Clamped [start, end) of Shape's slice (opset 15 start/end attributes). */
function shapeRange(rank: number, start: number, end: number | undefined): [number, number] {
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + rank : v, 0), rank);
  const s = clamp(start);
  const e = end === undefined ? rank : clamp(end);
  return [s, Math.max(s, e)];
}

defineOp({
  name: 'Shape',
  doc: 'The input shape as a 1-D int64 tensor, optionally sliced by start/end.',
  inputs: [{ name: 'data', nonDifferentiable: true }],
  outputs: [{ name: 'shape' }],
  attrs: { start: { type: 'int', default: 0 }, end: { type: 'int' } },
  traits: ['shape'],
  infer: (ctx) => {
    const s = ctx.input(0).shape;
    if (!s) return [{ dtype: 'int64', shape: [null] }];
    const [a, e] = shapeRange(
      s.length,
      ctx.attrs.int('start'),
      ctx.attrs.has('end') ? ctx.attrs.int('end') : undefined,
    );
    const dims = s.slice(a, e);
    // A fully known shape is a constant: downstream shape math folds (Note [Inferred values]).
    const value = isConcrete(dims) ? Tensor.from(dims, 'int64', [e - a]) : undefined;
    return [{ dtype: 'int64', shape: [e - a], value }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const [a, e] = shapeRange(
      x.rank,
      ctx.attrs.int('start'),
      ctx.attrs.has('end') ? ctx.attrs.int('end') : undefined,
    );
    return [Tensor.from(x.shape.slice(a, e), 'int64', [e - a])];
  },
});

defineOp({
  name: 'Size',
  inputs: [{ name: 'data', nonDifferentiable: true }],
  outputs: [{ name: 'size' }],
  traits: ['shape'],
  infer: (ctx) => {
    const s = ctx.input(0).shape;
    const value =
      s && isConcrete(s) ? Tensor.from([s.reduce((a, b) => a * b, 1)], 'int64', []) : undefined;
    return [{ dtype: 'int64', shape: [], value }];
  },
  kernel: (ctx) => [Tensor.from([ctx.input(0).size], 'int64', [])],
});

/** Resolves Reshape's target (0 = copy the input dim unless allowzero, -1 = inferred). */
function reshapeDims(
  op: string,
  inShape: readonly Dim[],
  target: readonly number[],
  allowzero: boolean,
): Dim[] {
  const out: Dim[] = target.map((d, i) => {
    if (d === 0 && !allowzero) {
      if (i >= inShape.length)
        throw new ShapeError(`${op}: 0 at index ${i} but the input has rank ${inShape.length}`);
      return inShape[i];
    }
    if (d < -1) throw new ShapeError(`${op}: invalid target dim ${d} in ${shapeStr(target)}`);
    return d;
  });
  const neg = out.filter((d) => d === -1).length;
  if (neg > 1)
    throw new ShapeError(`${op}: at most one -1 allowed in target shape ${shapeStr(target)}`);
  if (neg === 1 && allowzero && target.includes(0)) {
    throw new ShapeError(`${op}: allowzero=1 forbids 0 together with -1 in ${shapeStr(target)}`);
  }
  const total = dimProduct(inShape);
  if (neg === 1) {
    const i = out.indexOf(-1);
    // Symbolic dims that appear on both sides cancel, so [N, 3, 4] -> [0, -1] gives [N, 12].
    const rest = [...inShape];
    const others: Dim[] = [];
    for (const d of out.filter((_, k) => k !== i)) {
      const j = typeof d === 'string' ? rest.indexOf(d) : -1;
      if (j >= 0) rest.splice(j, 1);
      else others.push(d);
    }
    const restTotal = dimProduct(rest);
    const known = dimProduct(others);
    if (restTotal === null || known === null) out[i] = null;
    else if (total === null)
      out[i] = known !== 0 && restTotal % known === 0 ? restTotal / known : null;
    else if (known === 0 || total % known !== 0) {
      throw new ShapeError(`${op}: cannot reshape ${shapeStr(inShape)} to ${shapeStr(target)}`);
    } else out[i] = total / known;
  } else {
    const n = dimProduct(out);
    if (total !== null && n !== null && n !== total) {
      throw new ShapeError(
        `${op}: cannot reshape ${shapeStr(inShape)} (${total} elements) to ${shapeStr(target)}`,
      );
    }
  }
  return out;
}

defineOp({
  name: 'Reshape',
  inputs: [{ name: 'data' }, { name: 'shape', nonDifferentiable: true }],
  outputs: [{ name: 'reshaped' }],
  attrs: { allowzero: { type: 'int', default: 0 } },
  traits: ['shape'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const target = constInts(ctx.input(1));
    if (!target) {
      const n = ctx.input(1).shape?.[0];
      return [
        {
          dtype: x.dtype ?? 'float32',
          shape: typeof n === 'number' ? new Array<Dim>(n).fill(null) : null,
        },
      ];
    }
    if (!x.shape)
      return [{ dtype: x.dtype ?? 'float32', shape: target.map((d) => (d > 0 ? d : null)) }];
    return [
      {
        dtype: x.dtype ?? 'float32',
        shape: reshapeDims('Reshape', x.shape, target, ctx.attrs.int('allowzero') !== 0),
      },
    ];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    checkShapeTensor('Reshape', ctx.input(1), 'shape');
    return [reshapeOut(ctx, x, ctx.outputs[0].shape as number[])];
  },
  grad: ({ b, inputs: [x], gradOutputs: [g] }) => [
    g ? b.apply('Reshape', [g, b.apply('Shape', [x])[0]])[0] : undefined,
  ],
  saves: { shapes: [0] },
});

/** Gradient of every pure reshape: reshape back to the input's shape. */
const reshapeBack = {
  grad: (<V>({ b, inputs: [x], gradOutputs: [g] }: import('./registry.js').GradContext<V>) => [
    g ? b.apply('Reshape', [g, b.apply('Shape', [x!])[0]])[0] : undefined,
  ]) as import('./registry.js').GradFn,
  saves: { shapes: [0] },
};

defineOp({
  name: 'Flatten',
  inputs: [{ name: 'input' }],
  outputs: [{ name: 'output' }],
  attrs: { axis: { type: 'int', default: 1 } },
  traits: ['shape'],
  infer: (ctx) => {
    const x = ctx.input(0);
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: [null, null] }];
    const r = x.shape.length;
    let axis = ctx.attrs.int('axis');
    if (axis < -r || axis > r)
      throw new ShapeError(`Flatten: axis ${axis} is out of range for rank ${r}`);
    if (axis < 0) axis += r;
    const side = (dims: Dim[]) => (dims.length === 1 ? dims[0] : dimProduct(dims));
    return [
      {
        dtype: x.dtype ?? 'float32',
        shape: [side(x.shape.slice(0, axis)), side(x.shape.slice(axis))],
      },
    ];
  },
  kernel: (ctx) => [reshapeOut(ctx, ctx.input(0), ctx.outputs[0].shape as number[])],
  ...reshapeBack,
});

defineOp({
  name: 'Squeeze',
  inputs: [{ name: 'data' }, { name: 'axes', optional: true, nonDifferentiable: true }],
  outputs: [{ name: 'squeezed' }],
  traits: ['shape'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    const axesInfo = ctx.inputs[1];
    const axes = constInts(axesInfo);
    if (!x.shape) return [{ dtype, shape: null }];
    if (axesInfo && !axes) return [{ dtype, shape: null }];
    // An empty axes tensor means "not given", as in onnxruntime.
    if (!axes || axes.length === 0) {
      if (x.shape.some((d) => typeof d !== 'number')) return [{ dtype, shape: null }];
      return [{ dtype, shape: x.shape.filter((d) => d !== 1) }];
    }
    const ax = normAxes(axes, x.shape.length, 'Squeeze');
    for (const a of ax) {
      const d = x.shape[a];
      if (typeof d === 'number' && d !== 1) {
        throw new ShapeError(
          `Squeeze: cannot squeeze axis ${a} of size ${d} (shape ${shapeStr(x.shape)})`,
        );
      }
    }
    return [{ dtype, shape: x.shape.filter((_, i) => !ax.includes(i)) }];
  },
  kernel: (ctx) => [reshapeOut(ctx, ctx.input(0), ctx.outputs[0].shape as number[])],
  ...reshapeBack,
});

defineOp({
  name: 'Unsqueeze',
  inputs: [{ name: 'data' }, { name: 'axes', nonDifferentiable: true }],
  outputs: [{ name: 'expanded' }],
  traits: ['shape'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    const axes = constInts(ctx.input(1));
    if (!x.shape || !axes) return [{ dtype, shape: null }];
    const rank = x.shape.length + axes.length;
    const ax = normAxes(axes, rank, 'Unsqueeze');
    const out: Dim[] = [];
    let j = 0;
    for (let i = 0; i < rank; i++) out.push(ax.includes(i) ? 1 : x.shape[j++]);
    return [{ dtype, shape: out }];
  },
  kernel: (ctx) => [reshapeOut(ctx, ctx.input(0), ctx.outputs[0].shape as number[])],
  ...reshapeBack,
});

defineOp({
  name: 'Identity',
  inputs: [{ name: 'input' }],
  outputs: [{ name: 'output' }],
  infer: (ctx) => [{ dtype: ctx.input(0).dtype ?? 'float32', shape: ctx.input(0).shape }],
  // A new tensor object over the same storage, so hosts that key on tensor identity see two values.
  kernel: (ctx) => [sameView(ctx.input(0))],
  grad: ({ gradOutputs: [g] }) => [g],
});

function transposePerm(op: string, rank: number, perm: number[] | undefined): number[] {
  const p = perm ?? Array.from({ length: rank }, (_, i) => rank - 1 - i);
  if (
    p.length !== rank ||
    new Set(p).size !== rank ||
    p.some((a) => !Number.isInteger(a) || a < 0 || a >= rank)
  ) {
    throw new ShapeError(`${op}: perm [${p.join(', ')}] is not a permutation of ${rank} axes`);
  }
  return p;
}

defineOp({
  name: 'Transpose',
  inputs: [{ name: 'data' }],
  outputs: [{ name: 'transposed' }],
  attrs: { perm: { type: 'ints' } },
  infer: (ctx) => {
    const x = ctx.input(0);
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: null }];
    const p = transposePerm('Transpose', x.shape.length, ctx.attrs.intsOr('perm'));
    return [{ dtype: x.dtype ?? 'float32', shape: p.map((a) => x.shape![a]) }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const v = transposeView(x, transposePerm('Transpose', x.rank, ctx.attrs.intsOr('perm')));
    // Permutations that only move size-1 axes leave the layout contiguous: no copy needed.
    return [v.isContiguous() ? v : copyOut(ctx, v)];
  },
  grad: ({ b, gradOutputs: [g], attrs }) => {
    if (!g) return [undefined];
    const perm = attrs.intsOr('perm');
    if (!perm) return [b.apply('Transpose', [g])[0]];
    const inv = new Array<number>(perm.length);
    perm.forEach((p, i) => (inv[p] = i));
    return [b.apply('Transpose', [g], { perm: inv })[0]];
  },
});

defineOp({
  name: 'Expand',
  inputs: [{ name: 'input' }, { name: 'shape', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  traits: ['shape'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    const shape = constInts(ctx.input(1));
    if (!shape) {
      const n = ctx.input(1).shape?.[0];
      const r = typeof n === 'number' && x.shape ? Math.max(n, x.shape.length) : null;
      return [{ dtype, shape: r === null ? null : new Array<Dim>(r).fill(null) }];
    }
    if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
      throw new ShapeError(`Expand: invalid target shape ${shapeStr(shape)}`);
    }
    return [{ dtype, shape: broadcastDims('Expand', [x.shape, shape]) }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const target = checkShapeTensor('Expand', ctx.input(1), 'shape');
    const shape = broadcastShapes([x.shape, target], 'Expand');
    if (numel(shape) === x.size && x.rank === shape.length) return [sameView(x)];
    return [copyOut(ctx, expandView(x, shape))];
  },
  grad: ({ b, inputs: [x], gradOutputs: [g] }) => [
    g ? b.apply('SumToShape', [g, b.apply('Shape', [x!])[0]])[0] : undefined,
  ],
  saves: { shapes: [0] },
});

export function checkArgs(op: string, cond: boolean, msg: string): void {
  if (!cond) throw new ArgumentError(`${op}: ${msg}`);
}
