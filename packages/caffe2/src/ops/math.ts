// Element-wise math, activations and matrix products.
import { Tensor } from '@tandem/core';
import { normAxis } from './common.js';
import { type ConvertContext, op } from './types.js';

function unary(
  coreOp: string,
  attrs: (ctx: ConvertContext) => Record<string, number> = () => ({}),
) {
  return op({
    args: {},
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit(coreOp, [ctx.input(0)], [ctx.output(0)], attrs(ctx));
    },
  });
}

/**
 * Note [Legacy broadcast]: with broadcast=1 Caffe2 broadcasts B onto A only, aligning B's dims
 * with A's starting at `axis` (default: B's dims are A's trailing dims). `axis_str` names the axis
 * by letter with `order` (axis_str "C" is 1 in NCHW, the last dim in NHWC). Without broadcast=1,
 * modern Caffe2 uses NumPy broadcasting, which is core's.
 */
function binary(coreOp: string) {
  return op({
    args: { broadcast: 'bool', axis: 'int', axis_str: 'string', order: 'string' },
    inputs: [2, 2],
    outputs: [1, 1],
    inplace: [[0, 0]],
    convert: (ctx) => {
      const [a, b] = [ctx.input(0), ctx.input(1)];
      const args = ctx.args;
      if (!args.bool('broadcast') || (!args.has('axis') && !args.has('axis_str'))) {
        ctx.emit(coreOp, [a, b], [ctx.output(0)]);
        return;
      }
      const ra = ctx.rank(a, `input '${ctx.inputBlobs[0]}' (legacy broadcast with axis)`);
      const rb = ctx.rank(b, `input '${ctx.inputBlobs[1]}' (legacy broadcast with axis)`);
      let axis: number;
      if (args.has('axis_str')) {
        const s = args.string('axis_str').toUpperCase();
        const o = args.string('order', 'NCHW').toUpperCase();
        axis = o.indexOf(s);
        if (s.length !== 1 || axis < 0)
          throw ctx.fail(`argument 'axis_str' = '${s}' is not a dim of order '${o}'`);
      } else axis = args.int('axis');
      axis = axis === -1 ? ra - rb : normAxis(ctx, axis, ra);
      if (axis + rb > ra) {
        throw ctx.fail(
          `cannot broadcast B (rank ${rb}) onto A (rank ${ra}) at axis ${axis}`,
          'shape',
        );
      }
      const trailing = ra - axis - rb;
      const bb =
        trailing > 0
          ? ctx.emit(
              'Unsqueeze',
              [b, ctx.int64s(Array.from({ length: trailing }, (_, i) => rb + i))],
              1,
            )[0]
          : b;
      ctx.emit(coreOp, [a, bb], [ctx.output(0)]);
    },
  });
}

/** MatMul: A and B coerced to 2-D at axis_a / axis_b, optionally transposed. */
function matmul(ctx: ConvertContext): void {
  const a = ctx.args;
  const [x, y] = [ctx.input(0), ctx.input(1)];
  const flat = (v: string, axis: number) =>
    ctx.shape(v)?.length === 2 && axis === 1 ? v : ctx.emit('Flatten', [v], 1, { axis })[0];
  const x2 = flat(x, a.int('axis_a', 1));
  const y2 = flat(y, a.int('axis_b', 1));
  ctx.emit('Gemm', [x2, y2], [ctx.output(0)], {
    transA: a.bool('trans_a') ? 1 : 0,
    transB: a.bool('trans_b') ? 1 : 0,
  });
}

/** BatchMatMul: batched products over leading dims (NumPy-broadcast with broadcast=1). */
function batchMatMul(ctx: ConvertContext): void {
  const a = ctx.args;
  const [x, y] = [ctx.input(0), ctx.input(1)];
  const xs = ctx.shape(x);
  const ys = ctx.shape(y);
  if (!a.bool('broadcast') && xs && ys && xs.length > 2 && ys.length > 2) {
    const bx = xs.slice(0, -2);
    const by = ys.slice(0, -2);
    const same =
      bx.length === by.length && bx.every((d, i) => d === null || by[i] === null || d === by[i]);
    if (!same) {
      throw ctx.fail(
        `batch dims [${bx.join(', ')}] and [${by.join(', ')}] differ; pass broadcast=1 to broadcast them`,
        'shape',
      );
    }
  }
  ctx.emit('FusedMatMul', [x, y], [ctx.output(0)], {
    transA: a.bool('trans_a') ? 1 : 0,
    transB: a.bool('trans_b') ? 1 : 0,
  });
}

function clip(ctx: ConvertContext): void {
  const x = ctx.input(0);
  const d = ctx.dtype(x);
  const bound = (name: string) =>
    ctx.args.has(name) ? ctx.constant(Tensor.from([ctx.args.float(name)], d, []), name) : '';
  ctx.emit('Clip', [x, bound('min'), bound('max')], [ctx.output(0)]);
}

export const mathOps = {
  Relu: unary('Relu'),
  LeakyRelu: op({
    args: { alpha: 'float' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      ctx.emit('LeakyRelu', [ctx.input(0)], [ctx.output(0)], {
        alpha: ctx.args.float('alpha', 0.01),
      });
    },
  }),
  Sigmoid: unary('Sigmoid'),
  Tanh: unary('Tanh'),
  Exp: unary('Exp'),
  Log: unary('Log'),
  Sqrt: unary('Sqrt'),
  Abs: unary('Abs'),
  Negative: unary('Neg'),
  Copy: unary('Identity'),
  StopGradient: unary('Identity'),
  Add: binary('Add'),
  Sub: binary('Sub'),
  Mul: binary('Mul'),
  Div: binary('Div'),
  Sum: op({
    doc: 'Element-wise sum of all inputs (same shapes).',
    args: {},
    inputs: [1, Infinity],
    outputs: [1, 1],
    convert: (ctx) => {
      const ins = ctx.inputBlobs.map((_, i) => ctx.input(i));
      if (ins.length === 1) ctx.emit('Identity', ins, [ctx.output(0)]);
      else if (ctx.dtype(ins[0]).startsWith('float')) ctx.emit('Sum', ins, [ctx.output(0)]);
      else {
        let acc = ins[0];
        ins.slice(1).forEach((v, i) => {
          acc = ctx.emit('Add', [acc, v], i === ins.length - 2 ? [ctx.output(0)] : 1)[0];
        });
      }
    },
  }),
  Clip: op({
    args: { min: 'float', max: 'float' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: clip,
  }),
  MatMul: op({
    args: { axis_a: 'int', axis_b: 'int', trans_a: 'bool', trans_b: 'bool' },
    inputs: [2, 2],
    outputs: [1, 1],
    convert: matmul,
  }),
  BatchMatMul: op({
    args: { trans_a: 'bool', trans_b: 'bool', broadcast: 'bool' },
    inputs: [2, 2],
    outputs: [1, 1],
    convert: batchMatMul,
  }),
};
