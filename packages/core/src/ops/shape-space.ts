// DepthToSpace and SpaceToDepth: a 6-D reshape, a transpose view and one Copy.
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { contiguousStrides, shapeStr } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { transposeView } from '../views.js';
import { type KernelContext, type OpBuilder, defineOp } from './registry.js';
import { constInt64s, reshapeOut } from './shape-util.js';
import type { Dim } from './types.js';

function blocksize(op: string, b: number): number {
  if (!Number.isInteger(b) || b < 1)
    throw new ShapeError(`${op}: blocksize must be a positive integer, got ${b}`);
  return b;
}

function check4d(op: string, shape: readonly Dim[] | null): void {
  if (shape && shape.length !== 4)
    throw new ShapeError(`${op}: input must be 4-D [N, C, H, W], got ${shapeStr(shape)}`);
}

/** Copies `x` viewed as `inShape`, permuted by `perm`, into a fresh tensor of `outShape`. */
function permuteCopy(
  ctx: KernelContext,
  x: Tensor,
  inShape: number[],
  perm: number[],
  outShape: number[],
): Tensor {
  const v = transposeView(reshapeOut(ctx, x, inShape), perm);
  const y = ctx.alloc(x.dtype, outShape);
  if (y.size > 0) runKernel('Copy', [v], [y.view(v.shape, contiguousStrides(v.shape))]);
  return y;
}

const DCR = {
  split: (n: number, c: number, b: number, h: number, w: number) => [n, b, b, c, h, w],
  perm: [0, 3, 4, 1, 5, 2],
};
const CRD = {
  split: (n: number, c: number, b: number, h: number, w: number) => [n, c, b, b, h, w],
  perm: [0, 1, 4, 2, 5, 3],
};

/** DepthToSpace through core ops, for gradients of the CRD mode (needs a known input shape). */
function depthToSpaceBack<V>(b: OpBuilder<V>, g: V, xShape: Dim[] | null, bs: number): V {
  if (!xShape || xShape.some((d) => typeof d !== 'number')) {
    throw new ShapeError('DepthToSpace: the CRD-mode gradient needs a known input shape');
  }
  const [n, c, h, w] = xShape as number[];
  // dY [n, c/bb, h*b, w*b] -> [n, c/bb, h, b, w, b] -> [n, c/bb, b, b, h, w] -> dX.
  const six = b.apply('Reshape', [g, constInt64s(b, [n, c / (bs * bs), h, bs, w, bs])])[0];
  const t = b.apply('Transpose', [six], { perm: [0, 1, 3, 5, 2, 4] })[0];
  return b.apply('Reshape', [t, constInt64s(b, [n, c, h, w])])[0];
}

defineOp({
  name: 'DepthToSpace',
  inputs: [{ name: 'input' }],
  outputs: [{ name: 'output' }],
  attrs: { blocksize: { type: 'int', required: true }, mode: { type: 'string', default: 'DCR' } },
  infer: (ctx) => {
    const x = ctx.input(0);
    check4d('DepthToSpace', x.shape);
    const b = blocksize('DepthToSpace', ctx.attrs.int('blocksize'));
    const mode = ctx.attrs.string('mode');
    if (mode !== 'DCR' && mode !== 'CRD')
      throw new ShapeError(`DepthToSpace: mode must be DCR or CRD, got '${mode}'`);
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: [null, null, null, null] }];
    const [n, c, h, w] = x.shape;
    if (typeof c === 'number' && c % (b * b) !== 0) {
      throw new ShapeError(
        `DepthToSpace: channels ${c} are not divisible by blocksize^2 = ${b * b}`,
      );
    }
    const mul = (d: Dim) => (typeof d === 'number' ? d * b : null);
    return [
      {
        dtype: x.dtype ?? 'float32',
        shape: [n, typeof c === 'number' ? c / (b * b) : null, mul(h), mul(w)],
      },
    ];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const b = ctx.attrs.int('blocksize');
    const [n, c, h, w] = x.shape;
    const m = ctx.attrs.string('mode') === 'DCR' ? DCR : CRD;
    return [
      permuteCopy(ctx, x, m.split(n, c / (b * b), b, h, w), m.perm, [n, c / (b * b), h * b, w * b]),
    ];
  },
  grad: ({ b, inputs: [x], gradOutputs: [g], attrs }) => {
    if (!g) return [undefined];
    const bs = attrs.int('blocksize');
    if (attrs.string('mode') === 'DCR') return [b.apply('SpaceToDepth', [g], { blocksize: bs })[0]];
    return [depthToSpaceBack(b, g, b.info(x!).shape, bs)];
  },
  saves: { inputs: [0] },
});

defineOp({
  name: 'SpaceToDepth',
  inputs: [{ name: 'input' }],
  outputs: [{ name: 'output' }],
  attrs: { blocksize: { type: 'int', required: true } },
  infer: (ctx) => {
    const x = ctx.input(0);
    check4d('SpaceToDepth', x.shape);
    const b = blocksize('SpaceToDepth', ctx.attrs.int('blocksize'));
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: [null, null, null, null] }];
    const [n, c, h, w] = x.shape;
    const div = (d: Dim, what: string) => {
      if (typeof d !== 'number') return null;
      if (d % b !== 0)
        throw new ShapeError(`SpaceToDepth: ${what} ${d} is not divisible by blocksize ${b}`);
      return d / b;
    };
    return [
      {
        dtype: x.dtype ?? 'float32',
        shape: [n, typeof c === 'number' ? c * b * b : null, div(h, 'height'), div(w, 'width')],
      },
    ];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const b = ctx.attrs.int('blocksize');
    const [n, c, h, w] = x.shape;
    return [
      permuteCopy(
        ctx,
        x,
        [n, c, h / b, b, w / b, b],
        [0, 3, 5, 1, 2, 4],
        [n, c * b * b, h / b, w / b],
      ),
    ];
  },
  grad: ({ b, gradOutputs: [g], attrs }) => [
    g
      ? b.apply('DepthToSpace', [g], { blocksize: attrs.int('blocksize'), mode: 'DCR' })[0]
      : undefined,
  ],
});
