// Pad: constant mode is a fill plus a Copy into the interior view (negative pads crop the input
// first); reflect/edge/wrap run the native Pad kernel.
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import { sliceView } from '../views.js';
import { contig } from './index-gather.js';
import { constInts } from './infer.js';
import { defineOp } from './registry.js';
import { checkShapeTensor, constInt64s, fillTensor, normAxes } from './shape-util.js';
import type { Dim } from './types.js';

const MODES = ['constant', 'reflect', 'edge', 'wrap'];

/** Full [begins..., ends...] pads over every axis from pads over `axes` (all axes by default). */
function fullPads(rank: number, pads: number[], axesIn: number[] | undefined): number[] {
  const axes = normAxes(axesIn ?? Array.from({ length: rank }, (_, i) => i), rank, 'Pad');
  if (pads.length !== 2 * axes.length) {
    throw new ShapeError(
      `Pad: pads must have ${2 * axes.length} values (2 per axis), got ${pads.length}`,
    );
  }
  const out = new Array<number>(2 * rank).fill(0);
  axes.forEach((a, i) => {
    out[a] = pads[i];
    out[a + rank] = pads[i + axes.length];
  });
  return out;
}

function paddedShape(shape: readonly Dim[], pads: number[]): Dim[] {
  const r = shape.length;
  return shape.map((d, i) => {
    if (typeof d !== 'number') return pads[i] === 0 && pads[i + r] === 0 ? d : null;
    const n = d + pads[i] + pads[i + r];
    if (n < 0)
      throw new ShapeError(
        `Pad: pads [${pads.join(', ')}] crop ${shapeStr(shape)} below zero on axis ${i}`,
      );
    return n;
  });
}

defineOp({
  name: 'Pad',
  inputs: [
    { name: 'data' },
    { name: 'pads', nonDifferentiable: true },
    { name: 'constant_value', optional: true, nonDifferentiable: true },
    { name: 'axes', optional: true, nonDifferentiable: true },
  ],
  outputs: [{ name: 'output' }],
  attrs: { mode: { type: 'string', default: 'constant' } },
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    const mode = ctx.attrs.string('mode');
    if (!MODES.includes(mode))
      throw new ShapeError(`Pad: unknown mode '${mode}' (supported: ${MODES.join(', ')})`);
    const pads = constInts(ctx.input(1));
    const axesKnown = !ctx.inputs[3] || constInts(ctx.inputs[3]);
    if (!x.shape) return [{ dtype, shape: null }];
    if (!pads || !axesKnown) return [{ dtype, shape: x.shape.map(() => null) }];
    const axes = ctx.inputs[3] ? constInts(ctx.inputs[3]) : undefined;
    return [{ dtype, shape: paddedShape(x.shape, fullPads(x.shape.length, pads, axes)) }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const r = x.rank;
    const axes = ctx.inputs[3] ? checkShapeTensor('Pad', ctx.input(3), 'axes') : undefined;
    const pads = fullPads(r, checkShapeTensor('Pad', ctx.input(1), 'pads'), axes);
    const y = ctx.output(0);
    const mode = ctx.attrs.string('mode');
    if (mode !== 'constant') {
      runKernel('Pad', [contig(ctx, x)], [y], { mode, pads });
      return [y];
    }
    const cv = ctx.inputs[2];
    if (cv && cv.size > 1)
      throw new ShapeError(`Pad: constant_value must be a scalar, got ${shapeStr(cv.shape)}`);
    if (cv && cv.size === 1 && cv.dtype !== x.dtype) {
      throw new ShapeError(
        `Pad: constant_value dtype ${cv.dtype} differs from data dtype ${x.dtype}`,
      );
    }
    const value = cv && cv.size === 1 ? cv.data()[0] : 0;
    if (y.dtype === 'float16' || y.dtype === 'bfloat16')
      (y.data() as Uint16Array).fill(Number(value));
    else fillTensor(y, value);
    const axesAll = Array.from({ length: r }, (_, i) => i);
    const srcStart = axesAll.map((i) => Math.max(0, -pads[i]));
    const len = axesAll.map((i) => y.shape[i] - Math.max(0, pads[i]) - Math.max(0, pads[i + r]));
    if (len.every((n) => n > 0) && y.size > 0) {
      const src = sliceView(
        x,
        axesAll,
        srcStart,
        len,
        len.map(() => 1),
      );
      const dst = sliceView(
        y,
        axesAll,
        axesAll.map((i) => Math.max(0, pads[i])),
        len,
        len.map(() => 1),
      );
      runKernel('Copy', [src], [dst]);
    }
    return [y];
  },
  grad: ({ b, inputs: [, pads, , axes], gradOutputs: [g], attrs }) => {
    if (!g) return [undefined];
    if (attrs.string('mode') !== 'constant') {
      throw new ShapeError(
        `Pad: gradient is implemented for mode 'constant' only, got '${attrs.string('mode')}'`,
      );
    }
    // Padding by -pads crops the padding back off (and re-pads what a negative pad cropped).
    const known = b.info(pads!).value;
    const neg = known
      ? constInt64s(
          b,
          known.toNumbers().map((p) => -p),
        )
      : b.apply('Neg', [pads])[0];
    return [b.apply('Pad', [g, neg, undefined, axes])[0]];
  },
  saves: { inputs: [1, 3] },
});
