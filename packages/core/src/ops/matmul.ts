// MatMul (NumPy semantics: 1-D operands, broadcast batch dims), Gemm, and the internal
// FusedMatMul (ai.tandem: batched op(A) x op(B) with transA/transB) that their gradients emit,
// so transposed operands reach the GEMM as strided views instead of copies.
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { broadcastShapes, contiguousStrides, shapeStr } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { expandView } from '../views.js';
import { unbroadcast } from './elementwise-helpers.js';
import { broadcastDims } from './infer.js';
import { type KernelContext, type OpBuilder, defineOp } from './registry.js';
import { intsConst, scalarConst } from './reduce-helpers.js';
import type { Dim } from './types.js';

const MATMUL_DTYPES = ['float32', 'float64', 'int32', 'uint32', 'int64', 'uint64'] as const;

function sameDim(a: Dim, b: Dim): boolean {
  return typeof a !== 'number' || typeof b !== 'number' || a === b;
}

/** Output shape of op(A) x op(B) over symbolic shapes; operands of rank 1 follow NumPy rules. */
function matmulDims(op: string, a: Dim[], b: Dim[], transA = false, transB = false): Dim[] {
  if (a.length === 0 || b.length === 0) throw new ShapeError(`${op}: operands must have rank >= 1`);
  const a2 =
    a.length === 1 ? [1, a[0]] : transA ? [...a.slice(0, -2), a[a.length - 1], a[a.length - 2]] : a;
  const b2 =
    b.length === 1 ? [b[0], 1] : transB ? [...b.slice(0, -2), b[b.length - 1], b[b.length - 2]] : b;
  const k1 = a2[a2.length - 1];
  const k2 = b2[b2.length - 2];
  if (!sameDim(k1, k2)) {
    throw new ShapeError(
      `${op}: shapes ${shapeStr(a)} and ${shapeStr(b)} do not multiply (${k1} vs ${k2})`,
    );
  }
  const batch = broadcastDims(op, [a2.slice(0, -2), b2.slice(0, -2)])!;
  const out = [...batch];
  if (a.length > 1) out.push(a2[a2.length - 2]);
  if (b.length > 1) out.push(b2[b2.length - 1]);
  return out;
}

/** Swaps the last two dims of a view. */
function lastTwoT(t: Tensor): Tensor {
  const r = t.rank;
  const shape = [...t.shape];
  const strides = [...t.strides];
  [shape[r - 2], shape[r - 1]] = [shape[r - 1], shape[r - 2]];
  [strides[r - 2], strides[r - 1]] = [strides[r - 1], strides[r - 2]];
  return t.view(shape, strides);
}

/** Runs the native batched MatMul on op(a) x op(b), writing into y (the op's output shape). */
function runMatMul(
  op: string,
  a: Tensor,
  b: Tensor,
  y: Tensor,
  transA = false,
  transB = false,
): void {
  let a2 = a.rank === 1 ? a.view([1, a.shape[0]], [0, a.strides[0]]) : a;
  let b2 = b.rank === 1 ? b.view([b.shape[0], 1], [b.strides[0], 0]) : b;
  if (transA && a.rank > 1) a2 = lastTwoT(a2);
  if (transB && b.rank > 1) b2 = lastTwoT(b2);
  const M = a2.shape[a2.rank - 2];
  const K = a2.shape[a2.rank - 1];
  const N = b2.shape[b2.rank - 1];
  if (b2.shape[b2.rank - 2] !== K) {
    throw new ShapeError(
      `${op}: shapes ${shapeStr(a.shape)} and ${shapeStr(b.shape)} do not multiply`,
    );
  }
  const batch = broadcastShapes([a2.shape.slice(0, -2), b2.shape.slice(0, -2)], op);
  const yv = y.view([...batch, M, N], contiguousStrides([...batch, M, N]));
  runKernel('MatMul', [expandView(a2, [...batch, M, K]), expandView(b2, [...batch, K, N])], [yv]);
}

function matmulKernel(ctx: KernelContext, transA = false, transB = false): Tensor[] {
  const y = ctx.output(0);
  runMatMul(ctx.op, ctx.input(0), ctx.input(1), y, transA, transB);
  return [y];
}

defineOp({
  name: 'MatMul',
  doc: 'Matrix product with NumPy semantics (1-D operands, broadcast batch dims).',
  inputs: [{ name: 'A' }, { name: 'B' }],
  outputs: [{ name: 'Y' }],
  dtypes: MATMUL_DTYPES,
  infer: (ctx) => {
    const a = ctx.input(0);
    const b = ctx.input(1);
    const shape = a.shape && b.shape ? matmulDims('MatMul', a.shape, b.shape) : null;
    return [{ dtype: a.dtype ?? 'float32', shape }];
  },
  kernel: (ctx) => matmulKernel(ctx),
  grad: ({ b, inputs: [x, w], gradOutputs: [g], needsGrad }) =>
    g ? matmulGrad(b, x!, w!, g, needsGrad) : [],
  saves: { inputs: [0, 1] },
});

defineOp({
  name: 'FusedMatMul',
  domain: 'ai.tandem',
  doc: 'Batched op(A) x op(B) (transA/transB swap the last two dims); MatMul semantics otherwise.',
  inputs: [{ name: 'A' }, { name: 'B' }],
  outputs: [{ name: 'Y' }],
  attrs: { transA: { type: 'int', default: 0 }, transB: { type: 'int', default: 0 } },
  dtypes: MATMUL_DTYPES,
  infer: (ctx) => {
    const a = ctx.input(0);
    const b = ctx.input(1);
    const tA = ctx.attrs.int('transA') !== 0;
    const tB = ctx.attrs.int('transB') !== 0;
    const shape = a.shape && b.shape ? matmulDims('FusedMatMul', a.shape, b.shape, tA, tB) : null;
    return [{ dtype: a.dtype ?? 'float32', shape }];
  },
  kernel: (ctx) => matmulKernel(ctx, ctx.attrs.int('transA') !== 0, ctx.attrs.int('transB') !== 0),
  grad: ({ b, inputs: [x, w], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const tA = attrs.int('transA') !== 0;
    const tB = attrs.int('transB') !== 0;
    // Y = op(A) op(B): dA = g op(B)^T (transposed back when transA), dB likewise.
    const dA = needsGrad(0)
      ? tA
        ? b.apply('FusedMatMul', [w!, g], { transA: tB ? 1 : 0, transB: 1 })[0]
        : b.apply('FusedMatMul', [g, w!], { transB: tB ? 0 : 1 })[0]
      : undefined;
    const dB = needsGrad(1)
      ? tB
        ? b.apply('FusedMatMul', [g, x!], { transA: 1, transB: tA ? 1 : 0 })[0]
        : b.apply('FusedMatMul', [x!, g], { transA: tA ? 0 : 1 })[0]
      : undefined;
    return [dA && unbroadcast(b, dA, x!), dB && unbroadcast(b, dB, w!)];
  },
  saves: { inputs: [0, 1] },
});

function rankOf<V>(b: OpBuilder<V>, v: V, what: string): number {
  const s = b.info(v).shape;
  if (!s) throw new ShapeError(`MatMul gradient: the rank of ${what} must be known`);
  return s.length;
}

// Note [MatMul gradient]: 1-D operands are lifted to matrices (as the forward does), the
// gradients computed with FusedMatMul on the lifted forms, summed over broadcast batch dims and
// reshaped back to the operand's shape.
function matmulGrad<V>(b: OpBuilder<V>, x: V, w: V, g: V, needsGrad: (i: number) => boolean) {
  const ra = rankOf(b, x, 'A');
  const rb = rankOf(b, w, 'B');
  if (ra === 1 && rb === 1) {
    return [
      needsGrad(0) ? b.apply('Mul', [g, w])[0] : undefined,
      needsGrad(1) ? b.apply('Mul', [g, x])[0] : undefined,
    ];
  }
  const a2 = ra === 1 ? b.apply('Unsqueeze', [x, intsConst(b, [0])])[0] : x;
  const b2 = rb === 1 ? b.apply('Unsqueeze', [w, intsConst(b, [1])])[0] : w;
  // The output lost A's row dim (A 1-D) or B's column dim (B 1-D): restore it on g.
  const lost = ra === 1 ? -2 : rb === 1 ? -1 : 0;
  const g2 = lost ? b.apply('Unsqueeze', [g, intsConst(b, [lost])])[0] : g;
  const back = (d: V, lifted: V, orig: V, rank: number) => {
    const summed = unbroadcast(b, d, lifted);
    return rank === 1 ? b.apply('Reshape', [summed, b.apply('Shape', [orig])[0]])[0] : summed;
  };
  return [
    needsGrad(0) ? back(b.apply('FusedMatMul', [g2, b2], { transB: 1 })[0], a2, x, ra) : undefined,
    needsGrad(1) ? back(b.apply('FusedMatMul', [a2, g2], { transA: 1 })[0], b2, w, rb) : undefined,
  ];
}

defineOp({
  name: 'Gemm',
  doc: 'Y = alpha * op(A) op(B) + beta * C, with C unidirectionally broadcast to [M, N].',
  inputs: [{ name: 'A' }, { name: 'B' }, { name: 'C', optional: true }],
  outputs: [{ name: 'Y' }],
  attrs: {
    alpha: { type: 'float', default: 1 },
    beta: { type: 'float', default: 1 },
    transA: { type: 'int', default: 0 },
    transB: { type: 'int', default: 0 },
  },
  dtypes: ['float32', 'float64'],
  infer: (ctx) => {
    const a = ctx.input(0);
    const b = ctx.input(1);
    const tA = ctx.attrs.int('transA') !== 0;
    const tB = ctx.attrs.int('transB') !== 0;
    if (!a.shape || !b.shape) return [{ dtype: a.dtype ?? 'float32', shape: null }];
    if (a.shape.length !== 2 || b.shape.length !== 2) {
      throw new ShapeError(
        `Gemm: A and B must be 2-D, got ${shapeStr(a.shape)} and ${shapeStr(b.shape)}`,
      );
    }
    const [M, Ka] = tA ? [a.shape[1], a.shape[0]] : a.shape;
    const [Kb, N] = tB ? [b.shape[1], b.shape[0]] : b.shape;
    if (!sameDim(Ka, Kb)) {
      const how = `(transA=${+tA}, transB=${+tB})`;
      throw new ShapeError(
        `Gemm: A ${shapeStr(a.shape)} and B ${shapeStr(b.shape)} do not multiply ${how}`,
      );
    }
    const c = ctx.inputs[2];
    if (c?.shape) {
      const bc = broadcastDims('Gemm', [c.shape, [M, N]]);
      if (bc && (bc.length !== 2 || !sameDim(bc[0], M) || !sameDim(bc[1], N))) {
        throw new ShapeError(`Gemm: C ${shapeStr(c.shape)} does not broadcast to [${M}, ${N}]`);
      }
    }
    return [{ dtype: a.dtype ?? 'float32', shape: [M, N] }];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    const c = ctx.inputs[2];
    const ins = [ctx.input(0), ctx.input(1)];
    if (c) ins.push(expandView(c, y.shape));
    const attrs = ctx.attrs;
    runKernel('Gemm', ins, [y], {
      transA: attrs.int('transA'),
      transB: attrs.int('transB'),
      alpha: attrs.float('alpha'),
      beta: attrs.float('beta'),
    });
    return [y];
  },
  grad: ({ b, inputs: [x, w, c], gradOutputs: [g], attrs, needsGrad }) => {
    if (!g) return [];
    const tA = attrs.int('transA');
    const tB = attrs.int('transB');
    const alpha = attrs.float('alpha');
    const beta = attrs.float('beta');
    const gemm = (p: typeof g, q: typeof g, ta: number, tb: number) =>
      b.apply('Gemm', [p, q], { transA: ta, transB: tb, alpha })[0];
    const dA = needsGrad(0) ? (tA ? gemm(w!, g, tB, 1) : gemm(g, w!, 0, tB ? 0 : 1)) : undefined;
    const dB = needsGrad(1) ? (tB ? gemm(g, x!, 1, tA) : gemm(x!, g, tA ? 0 : 1, 0)) : undefined;
    const scaled = () => (beta === 1 ? g : b.apply('Mul', [g, scalarConst(b, beta, g)])[0]);
    const gs = c && needsGrad(2) ? scaled() : undefined;
    return [dA, dB, gs && unbroadcast(b, gs, c!)];
  },
  saves: { inputs: [0, 1, 2] },
});
