// BatchNormalization (opset 15: inference and training_mode), InstanceNormalization and
// LayerNormalization (opset 17), with fused backward ops (domain ai.tandem); LRN and Dropout
// live in norm-lrn-dropout.ts.
//
// Note [Normalization gradients]: the backward ops take the saved inputs and recompute or reuse
// the statistics natively in one pass. Gradients flowing into the statistics outputs
// (BatchNormalization's running mean/var, LayerNormalization's Mean/InvStdDev) are not
// propagated: they are bookkeeping, and no framework backpropagates through them.
import type { DType } from '../dtype.js';
import { DTypeError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { normAxis, numel, shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { expandView, reshape } from '../views.js';
import { unbroadcast } from './elementwise-helpers.js';
import { sameAs } from './infer.js';
import { type InferContext, type KernelContext, defineOp } from './registry.js';
import type { Dim } from './types.js';
import './norm-lrn-dropout.js';

const FLOATS: readonly DType[] = ['float32', 'float64'];

function channelInfo(ctx: InferContext, op: string, from: number): Dim[] {
  const x = ctx.input(0);
  if (x.shape && x.shape.length < 2) {
    throw new ShapeError(`${op}: input must have rank >= 2 (N, C, ...), got ${shapeStr(x.shape)}`);
  }
  const c = x.shape ? x.shape[1] : null;
  for (let i = from; i < ctx.inputs.length; i++) {
    const p = ctx.inputs[i];
    if (p?.dtype && x.dtype && p.dtype !== x.dtype) {
      throw new DTypeError(
        `${op}: input ${i} is ${p.dtype} but X is ${x.dtype} (one dtype is supported)`,
      );
    }
    const wrongC = typeof c === 'number' && typeof p?.shape?.[0] === 'number' && p.shape[0] !== c;
    if (p?.shape && (p.shape.length !== 1 || wrongC)) {
      const want = `[${c ?? '?'}] (one value per channel)`;
      throw new ShapeError(`${op}: input ${i} has shape ${shapeStr(p.shape)}, expected ${want}`);
    }
  }
  return [c];
}

const contig = (ctx: KernelContext, i: number) => ctx.input(i).contiguous();

defineOp({
  name: 'BatchNormalization',
  doc: 'Per-channel normalization of [N, C, ...]; training_mode=1 uses batch statistics.',
  inputs: [
    { name: 'X' },
    { name: 'scale' },
    { name: 'B' },
    { name: 'input_mean' },
    { name: 'input_var' },
  ],
  outputs: [
    { name: 'Y' },
    { name: 'running_mean', optional: true },
    { name: 'running_var', optional: true },
  ],
  attrs: {
    epsilon: { type: 'float', default: 1e-5 },
    momentum: { type: 'float', default: 0.9 },
    training_mode: { type: 'int', default: 0 },
  },
  dtypes: FLOATS,
  infer: (ctx) => {
    const c = channelInfo(ctx, 'BatchNormalization', 1);
    const dtype = ctx.input(0).dtype ?? 'float32';
    return [sameAs(ctx.input(0)), { dtype, shape: c }, { dtype, shape: c }];
  },
  kernel: (ctx) => {
    const x = contig(ctx, 0);
    const [scale, bias, mean, variance] = [1, 2, 3, 4].map((i) => contig(ctx, i));
    const y = ctx.output(0);
    const eps = ctx.attrs.float('epsilon');
    if (!ctx.attrs.int('training_mode')) {
      runKernel('BatchNormalization', [x, scale, bias, mean, variance], [y], { epsilon: eps });
      return [y, mean, variance];
    }
    const c = x.shape[1];
    const bm = ctx.alloc(x.dtype, [c]);
    const bv = ctx.alloc(x.dtype, [c]);
    runKernel('BatchNormStats', [x], [bm, bv]);
    runKernel('BatchNormalization', [x, scale, bias, bm, bv], [y], { epsilon: eps });
    // ONNX: running = input * momentum + batch * (1 - momentum), with the biased batch variance.
    const mom = ctx.attrs.float('momentum');
    const blend = (input: Tensor, batch: Tensor) => {
      const out = ctx.alloc(x.dtype, [c]);
      const o = out.data() as Float32Array;
      const a = input.data() as Float32Array;
      const b = batch.data() as Float32Array;
      for (let i = 0; i < c; i++) o[i] = a[i] * mom + b[i] * (1 - mom);
      return out;
    };
    return [y, blend(mean, bm), blend(variance, bv)];
  },
  grad: ({ b, inputs: [x, scale, , mean, variance], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const [dx, ds, db] = b.apply(
      'BatchNormalizationGrad',
      [g, x, scale, mean, variance],
      {
        epsilon: attrs.float('epsilon'),
        training_mode: attrs.int('training_mode'),
      },
      3,
    );
    return [
      needsGrad(0) ? dx : undefined,
      needsGrad(1) ? ds : undefined,
      needsGrad(2) ? db : undefined,
    ];
  },
  saves: { inputs: [0, 1, 3, 4] },
});

defineOp({
  name: 'BatchNormalizationGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: '(dY, X, scale, mean, var) -> (dX, dScale, dB); training_mode=1 recomputes batch statistics.',
  inputs: [{ name: 'dY' }, { name: 'X' }, { name: 'scale' }, { name: 'mean' }, { name: 'var' }],
  outputs: [{ name: 'dX' }, { name: 'dScale' }, { name: 'dB' }],
  attrs: { epsilon: { type: 'float', default: 1e-5 }, training_mode: { type: 'int', default: 0 } },
  dtypes: FLOATS,
  infer: (ctx) => [sameAs(ctx.input(1)), sameAs(ctx.input(2)), sameAs(ctx.input(2))],
  kernel: (ctx) => {
    const [dy, x, scale] = [0, 1, 2].map((i) => contig(ctx, i));
    let mean = contig(ctx, 3);
    let variance = contig(ctx, 4);
    const training = ctx.attrs.int('training_mode');
    if (training) {
      mean = ctx.alloc(x.dtype, [x.shape[1]]);
      variance = ctx.alloc(x.dtype, [x.shape[1]]);
      runKernel('BatchNormStats', [x], [mean, variance]);
    }
    const outs = [ctx.output(0), ctx.output(1), ctx.output(2)];
    runKernel('BatchNormalizationGrad', [dy, x, scale, mean, variance], outs, {
      epsilon: ctx.attrs.float('epsilon'),
      training_mode: training,
    });
    return outs;
  },
});

defineOp({
  name: 'InstanceNormalization',
  doc: 'Normalizes each (n, c) slice of [N, C, ...] over its spatial dims, then scales per channel.',
  inputs: [{ name: 'input' }, { name: 'scale' }, { name: 'B' }],
  outputs: [{ name: 'output' }],
  attrs: { epsilon: { type: 'float', default: 1e-5 } },
  dtypes: FLOATS,
  infer: (ctx) => {
    channelInfo(ctx, 'InstanceNormalization', 1);
    return [sameAs(ctx.input(0))];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    const ins = [0, 1, 2].map((i) => contig(ctx, i));
    runKernel('InstanceNormalization', ins, [y], { epsilon: ctx.attrs.float('epsilon') });
    return [y];
  },
  grad: ({ b, inputs: [x, scale], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const eps = { epsilon: attrs.float('epsilon') };
    const [dx, ds, db] = b.apply('InstanceNormalizationGrad', [g, x, scale], eps, 3);
    return [
      needsGrad(0) ? dx : undefined,
      needsGrad(1) ? ds : undefined,
      needsGrad(2) ? db : undefined,
    ];
  },
  saves: { inputs: [0, 1] },
});

defineOp({
  name: 'InstanceNormalizationGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: '(dY, X, scale) -> (dX, dScale, dB).',
  inputs: [{ name: 'dY' }, { name: 'X' }, { name: 'scale' }],
  outputs: [{ name: 'dX' }, { name: 'dScale' }, { name: 'dB' }],
  attrs: { epsilon: { type: 'float', default: 1e-5 } },
  dtypes: FLOATS,
  infer: (ctx) => [sameAs(ctx.input(1)), sameAs(ctx.input(2)), sameAs(ctx.input(2))],
  kernel: (ctx) => {
    const outs = [ctx.output(0), ctx.output(1), ctx.output(2)];
    runKernel(
      'InstanceNormalizationGrad',
      [0, 1, 2].map((i) => contig(ctx, i)),
      outs,
      {
        epsilon: ctx.attrs.float('epsilon'),
      },
    );
    return outs;
  },
});

/** X viewed as [M, N] around `axis`, and a parameter (Scale/B) as a contiguous [N] vector. */
function layerNormViews(x: Tensor, axis: number, params: (Tensor | undefined)[]) {
  const M = numel(x.shape.slice(0, axis));
  const N = numel(x.shape.slice(axis));
  const inner = x.shape.slice(axis);
  const asRow = (p: Tensor | undefined) => {
    if (!p) return undefined;
    const same = p.rank === inner.length && p.shape.every((d, i) => d === inner[i]);
    const full = same ? p : expandView(p, inner);
    return reshape(full.contiguous(), [N]);
  };
  return { x2: reshape(x, [M, N]), M, N, inner, params: params.map(asRow) };
}

defineOp({
  name: 'LayerNormalization',
  doc: 'Normalizes over the dims from `axis` on, then applies Scale and B (broadcast to those dims).',
  inputs: [{ name: 'X' }, { name: 'Scale' }, { name: 'B', optional: true }],
  outputs: [{ name: 'Y' }, { name: 'Mean', optional: true }, { name: 'InvStdDev', optional: true }],
  attrs: {
    axis: { type: 'int', default: -1 },
    epsilon: { type: 'float', default: 1e-5 },
    stash_type: { type: 'int', default: 1 },
  },
  dtypes: FLOATS,
  infer: (ctx) => {
    const x = ctx.input(0);
    const dtype = x.dtype ?? 'float32';
    if (ctx.attrs.int('stash_type') !== 1) {
      const st = ctx.attrs.int('stash_type');
      throw new DTypeError(`LayerNormalization: stash_type ${st} is not supported (1 = float)`);
    }
    if (!x.shape) return [sameAs(x), { dtype, shape: null }, { dtype, shape: null }];
    const axis = normAxis(ctx.attrs.int('axis'), x.shape.length, 'LayerNormalization');
    const stat = x.shape.map((d, i) => (i < axis ? d : 1));
    return [sameAs(x), { dtype, shape: stat }, { dtype, shape: [...stat] }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const axis = normAxis(ctx.attrs.int('axis'), x.rank, 'LayerNormalization');
    const v = layerNormViews(x, axis, [ctx.input(1), ctx.inputs[2]]);
    const y = ctx.output(0);
    const mean = ctx.output(1);
    const inv = ctx.output(2);
    const ins = v.params[1] ? [v.x2, v.params[0]!, v.params[1]] : [v.x2, v.params[0]!];
    const outs = [reshape(y, [v.M, v.N]), reshape(mean, [v.M]), reshape(inv, [v.M])];
    runKernel('LayerNormalization', ins, outs, { epsilon: ctx.attrs.float('epsilon') });
    return [y, mean, inv];
  },
  grad: ({
    b,
    inputs: [x, scale, bias],
    outputs: [, mean, inv],
    gradOutputs: [g],
    attrs,
    needsGrad,
  }) => {
    if (!g) return [];
    const ins = [g, x, scale, mean, inv];
    const [dx, ds, db] = b.apply('LayerNormalizationGrad', ins, { axis: attrs.int('axis') }, 3);
    return [
      needsGrad(0) ? dx : undefined,
      needsGrad(1) ? unbroadcast(b, ds, scale!) : undefined,
      bias && needsGrad(2) ? unbroadcast(b, db, bias) : undefined,
    ];
  },
  saves: { inputs: [0, 1, 2], outputs: [1, 2] },
});

defineOp({
  name: 'LayerNormalizationGrad',
  domain: 'ai.tandem',
  traits: ['nondifferentiable'], // no double backward yet
  doc: '(dY, X, Scale, Mean, InvStdDev) -> (dX, dScale, dB); dScale and dB have the normalized shape.',
  inputs: [
    { name: 'dY' },
    { name: 'X' },
    { name: 'Scale' },
    { name: 'Mean' },
    { name: 'InvStdDev' },
  ],
  outputs: [{ name: 'dX' }, { name: 'dScale' }, { name: 'dB' }],
  attrs: { axis: { type: 'int', default: -1 } },
  dtypes: FLOATS,
  infer: (ctx) => {
    const x = ctx.input(1);
    const dtype = x.dtype ?? 'float32';
    if (!x.shape) return [sameAs(x), { dtype, shape: null }, { dtype, shape: null }];
    const axis = normAxis(ctx.attrs.int('axis'), x.shape.length, 'LayerNormalizationGrad');
    const inner = x.shape.slice(axis);
    return [sameAs(x), { dtype, shape: inner }, { dtype, shape: [...inner] }];
  },
  kernel: (ctx) => {
    const x = ctx.input(1);
    const axis = normAxis(ctx.attrs.int('axis'), x.rank, 'LayerNormalizationGrad');
    const v = layerNormViews(x, axis, [ctx.input(2)]);
    const dy = reshape(ctx.input(0), [v.M, v.N]);
    const outs = [ctx.output(0), ctx.output(1), ctx.output(2)];
    runKernel(
      'LayerNormalizationGrad',
      [dy, v.x2, v.params[0]!, reshape(ctx.input(3), [v.M]), reshape(ctx.input(4), [v.M])],
      [reshape(outs[0], [v.M, v.N]), reshape(outs[1], [v.N]), reshape(outs[2], [v.N])],
    );
    return outs;
  },
});
