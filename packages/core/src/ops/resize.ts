// Resize (opset 13 form: X, roi, scales, sizes) and its internal gradient ResizeGrad. Both run the
// native separable Resize kernel; the gradient is the same interpolation, transposed.
import { FLOAT_DTYPES } from '../dtype.js';
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { contig } from './index-gather.js';
import { constInts } from './infer.js';
import { type AttrReader, type KernelContext, defineOp } from './registry.js';
import type { AttrSpec, Dim, ValueInfo } from './types.js';

const resizeAttrs: Record<string, AttrSpec> = {
  coordinate_transformation_mode: { type: 'string', default: 'half_pixel' },
  cubic_coeff_a: { type: 'float', default: -0.75 },
  exclude_outside: { type: 'int', default: 0 },
  extrapolation_value: { type: 'float', default: 0 },
  mode: { type: 'string', default: 'nearest' },
  nearest_mode: { type: 'string', default: 'round_prefer_floor' },
};

/** A present, non-empty optional input (ONNX passes empty tensors for "not given"). */
function given(v: ValueInfo | Tensor | undefined): boolean {
  return !!v && !(v.shape && v.shape.length === 1 && v.shape[0] === 0);
}

function floats(v: ValueInfo | undefined): number[] | undefined {
  return v?.value ? v.value.toNumbers() : undefined;
}

/** Output dims and per-axis scales from `scales` or `sizes` (exactly one must be given). */
function plan(
  op: string,
  inShape: readonly Dim[],
  scales: number[] | undefined,
  sizes: number[] | undefined,
): { shape: Dim[]; scales: (number | null)[] } {
  const r = inShape.length;
  if (scales) {
    if (scales.length !== r)
      throw new ShapeError(`${op}: scales has ${scales.length} values for rank ${r}`);
    if (scales.some((s) => !(s > 0)))
      throw new ShapeError(`${op}: scales must be positive, got [${scales.join(', ')}]`);
    const shape = inShape.map((d, i) =>
      typeof d === 'number' ? Math.floor(d * scales[i]) : scales[i] === 1 ? d : null,
    );
    return { shape, scales };
  }
  if (sizes) {
    if (sizes.length !== r)
      throw new ShapeError(`${op}: sizes has ${sizes.length} values for rank ${r}`);
    if (sizes.some((s) => !Number.isInteger(s) || s < 0))
      throw new ShapeError(`${op}: invalid sizes ${shapeStr(sizes)}`);
    return {
      shape: sizes,
      scales: sizes.map((s, i) =>
        typeof inShape[i] === 'number' ? s / (inShape[i] as number) : null,
      ),
    };
  }
  throw new ShapeError(`${op}: one of scales or sizes must be given`);
}

function checkModes(op: string, attrs: AttrReader): void {
  const mode = attrs.string('mode');
  if (!['nearest', 'linear', 'cubic'].includes(mode)) {
    throw new ShapeError(`${op}: mode must be nearest, linear or cubic, got '${mode}'`);
  }
  const ctm = attrs.string('coordinate_transformation_mode');
  // tf_half_pixel_for_nn exists only in opset 11; kept so such models still import.
  const ctms = [
    'half_pixel',
    'pytorch_half_pixel',
    'align_corners',
    'asymmetric',
    'tf_crop_and_resize',
    'tf_half_pixel_for_nn',
  ];
  if (!ctms.includes(ctm)) {
    throw new ShapeError(
      `${op}: coordinate_transformation_mode '${ctm}' is not supported (supported: ${ctms.join(', ')})`,
    );
  }
}

function kernelAttrs(
  ctx: KernelContext,
  scales: number[],
  roiIndex: number,
  rank: number,
  adjoint: boolean,
) {
  const a = ctx.attrs;
  const roiT = ctx.inputs[roiIndex];
  const roi = roiT && given(roiT) ? roiT.toNumbers() : [];
  if (
    a.string('coordinate_transformation_mode') === 'tf_crop_and_resize' &&
    roi.length !== 2 * rank
  ) {
    throw new ShapeError(
      `${ctx.op}: tf_crop_and_resize needs an roi of ${2 * rank} values, got ${roi.length}`,
    );
  }
  return {
    scales,
    roi,
    mode: a.string('mode'),
    coordinate_transformation_mode: a.string('coordinate_transformation_mode'),
    nearest_mode: a.string('nearest_mode'),
    cubic_coeff_a: a.float('cubic_coeff_a'),
    exclude_outside: a.int('exclude_outside'),
    extrapolation_value: a.float('extrapolation_value'),
    adjoint: adjoint ? 1 : 0,
  };
}

/** scales/sizes of a concrete run: inputs `first` (scales) and `first + 1` (sizes). */
function runPlan(ctx: KernelContext, inShape: readonly number[], first: number) {
  const s = ctx.inputs[first];
  const z = ctx.inputs[first + 1];
  const p = plan(
    ctx.op,
    inShape,
    s && given(s) ? s.toNumbers() : undefined,
    z && given(z) ? z.toNumbers() : undefined,
  );
  return { shape: p.shape as number[], scales: p.scales as number[] };
}

defineOp({
  name: 'Resize',
  inputs: [
    { name: 'X' },
    { name: 'roi', optional: true, nonDifferentiable: true },
    { name: 'scales', optional: true, nonDifferentiable: true },
    { name: 'sizes', optional: true, nonDifferentiable: true },
  ],
  outputs: [{ name: 'Y' }],
  attrs: resizeAttrs,
  dtypes: FLOAT_DTYPES.filter((d) => d === 'float32' || d === 'float64'),
  infer: (ctx) => {
    checkModes('Resize', ctx.attrs);
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    if (!x.shape) return [{ dtype, shape: null }];
    const s = ctx.inputs[2];
    const z = ctx.inputs[3];
    const scales = s && given(s) ? floats(s) : undefined;
    const sizes = z && given(z) ? constInts(z) : undefined;
    if ((s && given(s) && !scales) || (z && given(z) && !sizes))
      return [{ dtype, shape: x.shape.map(() => null) }];
    if (scales && sizes) throw new ShapeError('Resize: only one of scales and sizes may be given');
    return [{ dtype, shape: plan('Resize', x.shape, scales, sizes).shape }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const p = runPlan(ctx, x.shape, 2);
    const y = ctx.alloc(x.dtype, p.shape);
    runKernel('Resize', [contig(ctx, x)], [y], kernelAttrs(ctx, p.scales, 1, x.rank, false));
    return [y];
  },
  grad: ({ b, inputs: [x, roi, scales, sizes], gradOutputs: [g], attrs }) => {
    if (!g) return [undefined];
    return [
      b.apply('ResizeGrad', [g, b.apply('Shape', [x!])[0], roi, scales, sizes], attrs.values)[0],
    ];
  },
  saves: { inputs: [0, 1, 2, 3] },
});

/** ResizeGrad(dY, shape(X), roi, scales, sizes): the adjoint of Resize with the same attributes. */
defineOp({
  name: 'ResizeGrad',
  domain: 'ai.tandem',
  inputs: [
    { name: 'dY' },
    { name: 'shape', nonDifferentiable: true },
    { name: 'roi', optional: true, nonDifferentiable: true },
    { name: 'scales', optional: true, nonDifferentiable: true },
    { name: 'sizes', optional: true, nonDifferentiable: true },
  ],
  outputs: [{ name: 'dX' }],
  attrs: resizeAttrs,
  infer: (ctx) => {
    const shape = constInts(ctx.input(1));
    return [{ dtype: ctx.input(0).dtype ?? 'float32', shape: shape ?? null }];
  },
  kernel: (ctx) => {
    const g = ctx.input(0);
    const inShape = ctx.input(1).toNumbers();
    const p = runPlan(ctx, inShape, 3);
    if (p.shape.join() !== g.shape.join()) {
      throw new ShapeError(
        `ResizeGrad: gradient ${shapeStr(g.shape)} does not match the resized shape ${shapeStr(p.shape)}`,
      );
    }
    const y = ctx.alloc(g.dtype, inShape);
    runKernel('Resize', [contig(ctx, g)], [y], kernelAttrs(ctx, p.scales, 2, g.rank, true));
    return [y];
  },
  grad: ({ b, inputs: [, , roi, scales, sizes], gradOutputs: [g], attrs }) => [
    g ? b.apply('Resize', [g, roi, scales, sizes], attrs.values)[0] : undefined,
  ],
  saves: { inputs: [2, 3, 4] },
});
