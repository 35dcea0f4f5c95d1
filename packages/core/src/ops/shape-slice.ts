// Concat Split Slice Tile (+ the internal SliceGrad): copies into and out of slice views.
import { DTypeError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { contiguousStrides, shapeStr } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { sliceView } from '../views.js';
import { constInts } from './infer.js';
import { type KernelContext, defineOp } from './registry.js';
import {
  checkShapeTensor,
  constInt64s,
  copyOut,
  dimSum,
  fillTensor,
  normAxes,
  zerosLike,
} from './shape-util.js';
import type { Dim, ValueInfo } from './types.js';

function concatAxis(axis: number, rank: number): number {
  if (axis < -rank || axis >= rank)
    throw new ShapeError(`Concat: axis ${axis} is out of range for rank ${rank}`);
  return axis < 0 ? axis + rank : axis;
}

defineOp({
  name: 'Concat',
  inputs: [{ name: 'inputs', variadic: true }],
  outputs: [{ name: 'concat_result' }],
  attrs: { axis: { type: 'int', required: true } },
  infer: (ctx) => {
    if (ctx.inputs.length === 0) throw new ShapeError('Concat: needs at least one input');
    const infos = ctx.inputs.map((_, i) => ctx.input(i));
    const dtype = infos.find((i) => i.dtype)?.dtype ?? 'float32';
    for (const i of infos) {
      if (i.dtype && i.dtype !== dtype)
        throw new DTypeError(`Concat: inputs mix dtypes ${dtype} and ${i.dtype}`);
    }
    const known = infos.filter((i) => i.shape) as (ValueInfo & { shape: Dim[] })[];
    if (known.length === 0) return [{ dtype, shape: null }];
    const rank = known[0].shape.length;
    const axis = concatAxis(ctx.attrs.int('axis'), rank);
    const out: Dim[] = [...known[0].shape];
    for (const i of known) {
      if (i.shape.length !== rank) {
        throw new ShapeError(
          `Concat: inputs have different ranks (${known.map((k) => shapeStr(k.shape)).join(', ')})`,
        );
      }
      i.shape.forEach((d, k) => {
        if (k === axis) return;
        if (typeof d === 'number' && typeof out[k] === 'number' && d !== out[k]) {
          throw new ShapeError(
            `Concat: shapes ${known.map((s) => shapeStr(s.shape)).join(', ')} differ outside axis ${axis}`,
          );
        }
        if (typeof out[k] !== 'number' && typeof d === 'number') out[k] = d;
      });
    }
    out[axis] = known.length === infos.length ? dimSum(known.map((i) => i.shape[axis])) : null;
    return [{ dtype, shape: out }];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    const axis = concatAxis(ctx.attrs.int('axis'), y.rank);
    let start = 0;
    for (let i = 0; i < ctx.inputs.length; i++) {
      const x = ctx.input(i);
      const n = x.shape[axis];
      if (n > 0 && x.size > 0) runKernel('Copy', [x], [sliceView(y, [axis], [start], [n], [1])]);
      start += n;
    }
    return [y];
  },
  grad: ({ b, inputs, gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const axis = attrs.int('axis');
    // Split sizes from the inputs' shapes: constants when known, Shape slices otherwise.
    const dims = inputs.map((x) => b.info(x!).shape?.at(axis));
    const split = dims.every((d) => typeof d === 'number')
      ? constInt64s(b, dims as number[])
      : b.apply(
          'Concat',
          inputs.map(
            (x) =>
              b.apply('Shape', [x], { start: axis, end: axis === -1 ? undefined : axis + 1 })[0],
          ),
          { axis: 0 },
        )[0];
    const parts = b.apply('Split', [g, split], { axis, num_outputs: inputs.length }, inputs.length);
    return parts.map((p, i) => (needsGrad(i) ? p : undefined));
  },
  // The formula reads only the (variadic) inputs' shapes.
  saves: { shapes: 'all' },
});

/** Split sizes: the `split` input, else num_outputs chunks of ceil(dim / n) (opset 18 rule). */
function splitSizes(
  op: string,
  dim: Dim,
  split: number[] | undefined,
  numOutputs: number | undefined,
): Dim[] {
  if (split) {
    if (split.some((s) => !Number.isInteger(s) || s < 0))
      throw new ShapeError(`${op}: invalid split ${shapeStr(split)}`);
    const total = split.reduce((a, s) => a + s, 0);
    if (typeof dim === 'number' && total !== dim) {
      throw new ShapeError(
        `${op}: split ${shapeStr(split)} sums to ${total}, but the axis has size ${dim}`,
      );
    }
    return split;
  }
  if (numOutputs === undefined) {
    throw new ShapeError(
      `${op}: without a 'split' input the attribute num_outputs is required ` +
        "(the ONNX importer sets it from the node's output count)",
    );
  }
  if (!Number.isInteger(numOutputs) || numOutputs < 1)
    throw new ShapeError(`${op}: num_outputs must be >= 1`);
  if (typeof dim !== 'number') return new Array<Dim>(numOutputs).fill(null);
  const chunk = Math.ceil(dim / numOutputs);
  return Array.from({ length: numOutputs }, (_, i) =>
    Math.max(0, Math.min(chunk, dim - i * chunk)),
  );
}

defineOp({
  name: 'Split',
  inputs: [{ name: 'input' }, { name: 'split', optional: true, nonDifferentiable: true }],
  outputs: [{ name: 'outputs', variadic: true }],
  attrs: { axis: { type: 'int', default: 0 }, num_outputs: { type: 'int' } },
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    // An empty split tensor means "not given".
    const splitInfo = ctx.inputs[1]?.shape?.[0] === 0 ? undefined : ctx.inputs[1];
    const split = constInts(splitInfo);
    const n = ctx.attrs.has('num_outputs') ? ctx.attrs.int('num_outputs') : undefined;
    if (splitInfo && !split) {
      const len = splitInfo.shape?.[0];
      const count = typeof len === 'number' ? len : n;
      if (count === undefined) throw new ShapeError('Split: the number of outputs is unknown');
      return Array.from({ length: count }, () => ({ dtype, shape: null }));
    }
    if (!x.shape) {
      const count = split?.length ?? n;
      if (count === undefined) throw new ShapeError('Split: the number of outputs is unknown');
      return Array.from({ length: count }, () => ({ dtype, shape: null }));
    }
    const axis = normAxes([ctx.attrs.int('axis')], x.shape.length, 'Split')[0];
    return splitSizes('Split', x.shape[axis], split, n).map((d) => {
      const s = [...x.shape!];
      s[axis] = d;
      return { dtype, shape: s };
    });
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const axis = normAxes([ctx.attrs.int('axis')], x.rank, 'Split')[0];
    const given = ctx.inputs[1] ? checkShapeTensor('Split', ctx.input(1), 'split') : undefined;
    const split = given?.length === 0 ? undefined : given;
    const n = ctx.attrs.has('num_outputs') ? ctx.attrs.int('num_outputs') : undefined;
    const sizes = splitSizes('Split', x.shape[axis], split, n) as number[];
    let start = 0;
    return sizes.map((len) => {
      const v = sliceView(x, [axis], [start], [len], [1]);
      const part = v.isContiguous() && v.buffer === x.buffer ? v : copyOut(ctx, v);
      start += len;
      return part;
    });
  },
  grad: ({ b, inputs: [x], outputs, gradOutputs, attrs }) => {
    if (gradOutputs.every((g) => !g)) return [];
    const parts = outputs.map(
      (o, i) => gradOutputs[i] ?? zerosLike(b, o, b.info(x!).dtype ?? undefined),
    );
    return [b.apply('Concat', parts, { axis: attrs.int('axis') })[0]];
  },
  // No `saves`: missing output gradients become zeros shaped like those (variadic) outputs.
});

interface SliceParams {
  axes: number[];
  starts: number[];
  lengths: number[];
  steps: number[];
}

/** ONNX Slice clamping (starts/ends may be INT64_MAX/MIN); returns per-axis start/length/step. */
export function sliceParams(
  op: string,
  shape: readonly Dim[],
  starts: number[],
  ends: number[],
  axesIn: number[] | undefined,
  stepsIn: number[] | undefined,
): SliceParams & { unknown: boolean[] } {
  const n = starts.length;
  if (ends.length !== n)
    throw new ShapeError(`${op}: starts has ${n} values but ends has ${ends.length}`);
  const axes = normAxes(axesIn ?? Array.from({ length: n }, (_, i) => i), shape.length, op);
  const steps = stepsIn ?? new Array<number>(n).fill(1);
  if (axes.length !== n || steps.length !== n) {
    throw new ShapeError(`${op}: starts, ends, axes and steps must have the same length`);
  }
  const out = {
    axes,
    starts: [] as number[],
    lengths: [] as number[],
    steps,
    unknown: [] as boolean[],
  };
  for (let i = 0; i < n; i++) {
    const dim = shape[axes[i]];
    const step = steps[i];
    if (step === 0 || !Number.isFinite(step))
      throw new ShapeError(`${op}: step on axis ${axes[i]} must be non-zero`);
    if (typeof dim !== 'number') {
      out.starts.push(0);
      out.lengths.push(0);
      out.unknown.push(true);
      continue;
    }
    let s = starts[i] < 0 ? starts[i] + dim : starts[i];
    let e = ends[i] < 0 ? ends[i] + dim : ends[i];
    if (step > 0) {
      s = Math.min(Math.max(s, 0), dim);
      e = Math.min(Math.max(e, 0), dim);
    } else {
      s = Math.min(Math.max(s, 0), dim - 1);
      e = Math.min(Math.max(e, -1), dim - 1);
    }
    const len = step > 0 ? Math.ceil((e - s) / step) : Math.ceil((s - e) / -step);
    out.starts.push(s);
    out.lengths.push(Math.max(0, len));
    out.unknown.push(false);
  }
  return out;
}

function sliceInputs(ctx: { inputs: readonly (ValueInfo | undefined)[] }, first: number) {
  const starts = constInts(ctx.inputs[first]);
  const ends = constInts(ctx.inputs[first + 1]);
  const axes = ctx.inputs[first + 2] ? constInts(ctx.inputs[first + 2]) : undefined;
  const steps = ctx.inputs[first + 3] ? constInts(ctx.inputs[first + 3]) : undefined;
  const complete =
    !!starts && !!ends && (!ctx.inputs[first + 2] || !!axes) && (!ctx.inputs[first + 3] || !!steps);
  return { starts, ends, axes, steps, complete };
}

function sliceTensor(ctx: KernelContext, x: Tensor, first: number): Tensor {
  const p = sliceInputs(
    {
      inputs: ctx.inputs.map((t) =>
        t ? { dtype: t.dtype, shape: [...t.shape], value: t } : undefined,
      ),
    },
    first,
  );
  const sp = sliceParams('Slice', x.shape, p.starts!, p.ends!, p.axes, p.steps);
  return sliceView(x, sp.axes, sp.starts, sp.lengths, sp.steps);
}

const sliceIO = [
  { name: 'starts', nonDifferentiable: true },
  { name: 'ends', nonDifferentiable: true },
  { name: 'axes', optional: true, nonDifferentiable: true },
  { name: 'steps', optional: true, nonDifferentiable: true },
];

defineOp({
  name: 'Slice',
  inputs: [{ name: 'data' }, ...sliceIO],
  outputs: [{ name: 'output' }],
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    if (!x.shape) return [{ dtype, shape: null }];
    const p = sliceInputs(ctx, 1);
    if (!p.complete) return [{ dtype, shape: x.shape.map(() => null) }];
    const sp = sliceParams('Slice', x.shape, p.starts!, p.ends!, p.axes, p.steps);
    const shape = [...x.shape];
    sp.axes.forEach((a, i) => (shape[a] = sp.unknown[i] ? null : sp.lengths[i]));
    return [{ dtype, shape }];
  },
  kernel: (ctx) => {
    const v = sliceTensor(ctx, ctx.input(0), 1);
    // A contiguous slice (e.g. rows of a matrix) is returned as a zero-copy view.
    return [v.isContiguous() && v.buffer === ctx.input(0).buffer ? v : copyOut(ctx, v)];
  },
  grad: ({ b, inputs: [x, starts, ends, axes, steps], gradOutputs: [g] }) => [
    g
      ? b.apply('SliceGrad', [g, b.apply('Shape', [x!])[0], starts, ends, axes, steps])[0]
      : undefined,
  ],
  saves: { inputs: [1, 2, 3, 4], shapes: [0] },
});

/** SliceGrad(dY, shape, starts, ends[, axes, steps]): zeros of `shape` with the slice set to dY. */
defineOp({
  name: 'SliceGrad',
  domain: 'ai.tandem',
  inputs: [{ name: 'dY' }, { name: 'shape', nonDifferentiable: true }, ...sliceIO],
  outputs: [{ name: 'dX' }],
  infer: (ctx) => {
    const shape = constInts(ctx.input(1));
    const n = ctx.input(1).shape?.[0];
    return [
      {
        dtype: ctx.input(0).dtype ?? 'float32',
        shape: shape ?? (typeof n === 'number' ? new Array<Dim>(n).fill(null) : null),
      },
    ];
  },
  kernel: (ctx) => {
    const g = ctx.input(0);
    const y = fillTensor(ctx.output(0), 0);
    const v = sliceTensor(ctx, y, 2);
    if (v.shape.join() !== g.shape.join()) {
      throw new ShapeError(
        `SliceGrad: gradient ${shapeStr(g.shape)} does not match the slice ${shapeStr(v.shape)}`,
      );
    }
    if (v.size > 0) runKernel('Copy', [g], [v]);
    return [y];
  },
  grad: ({ b, inputs: [, , starts, ends, axes, steps], gradOutputs: [g] }) => [
    g ? b.apply('Slice', [g, starts, ends, axes, steps])[0] : undefined,
  ],
  saves: { inputs: [2, 3, 4, 5] },
});

defineOp({
  name: 'Tile',
  inputs: [{ name: 'input' }, { name: 'repeats', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    const reps = constInts(ctx.input(1));
    if (!x.shape) return [{ dtype, shape: null }];
    if (!reps) return [{ dtype, shape: x.shape.map(() => null) }];
    if (reps.length !== x.shape.length) {
      throw new ShapeError(
        `Tile: repeats has ${reps.length} values but the input has rank ${x.shape.length}`,
      );
    }
    if (reps.some((r) => !Number.isInteger(r) || r < 0))
      throw new ShapeError(`Tile: invalid repeats ${shapeStr(reps)}`);
    return [
      {
        dtype,
        shape: x.shape.map((d, i) =>
          typeof d === 'number' ? d * reps[i] : reps[i] === 1 ? d : null,
        ),
      },
    ];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    checkShapeTensor('Tile', ctx.input(1), 'repeats');
    const reps = ctx.input(1).toNumbers();
    const y = ctx.output(0);
    if (y.size === 0) return [y];
    // View x as [1, d0, 1, d1, ...] broadcast to [r0, d0, r1, d1, ...] and copy into y.
    const shape = reps.flatMap((r, i) => [r, x.shape[i]]);
    const src = x.view(
      shape,
      x.strides.flatMap((s) => [0, s]),
    );
    runKernel('Copy', [src], [y.view(shape, contiguousStrides(shape))]);
    return [y];
  },
  grad: ({ b, inputs: [x, repeats], gradOutputs: [g] }) => {
    if (!g) return [undefined];
    const xs = b.info(x!).shape;
    const rank = xs?.length ?? b.info(repeats!).shape?.[0];
    if (typeof rank !== 'number') throw new ShapeError('Tile: gradient needs the input rank');
    // Reshape dY to [r0, d0, r1, d1, ...] and sum over the repeat axes.
    const col = (v: typeof x) => b.apply('Unsqueeze', [v, constInt64s(b, [1])])[0];
    const pairs = b.apply('Concat', [col(repeats!), col(b.apply('Shape', [x!])[0])], {
      axis: 1,
    })[0];
    const split = b.apply('Reshape', [g, b.apply('Reshape', [pairs, constInt64s(b, [-1])])[0]])[0];
    const axes = Array.from({ length: rank }, (_, i) => 2 * i);
    return [b.apply('ReduceSum', [split, constInt64s(b, axes)], { keepdims: 0 })[0]];
  },
  saves: { inputs: [1], shapes: [0] },
});
