// Training operators: Iter, LearningRate, WeightedSum and the optimizer updates. Each update is
// written in core ops following Caffe2's kernels (momentum_sgd_op.h, adam_op.h, adagrad_op.h).
import { Tensor } from '@tandem/core';
import { onnxCode } from './common.js';
import { type ConvertContext, op } from './types.js';

/** Iter: the int64 counter blob + 1 (Caffe2 creates it as [0] on first use; see Workspace). */
function iter(ctx: ConvertContext): void {
  const cur = ctx.hasInput(0) ? ctx.input(0) : ctx.blob(ctx.outputBlobs[0]);
  ctx.emit('Add', [cur, ctx.constant(Tensor.from([1n], 'int64', [1]))], [ctx.output(0)]);
}

/**
 * LearningRate: lr = base_lr * f(iter), shape [1], with Caffe2's policies:
 * fixed 1; step gamma^floor(iter/stepsize); exp gamma^iter; inv (1 + gamma iter)^-power;
 * poly (1 - iter/max_iter)^power; multistep gamma^(number of stepsizes <= iter).
 */
function learningRate(ctx: ConvertContext): void {
  const a = ctx.args;
  const base = a.float('base_lr');
  const policy = a.string('policy');
  const f = (v: number) => ctx.scalar(v);
  const it = ctx.emit('Cast', [ctx.input(0)], 1, { to: onnxCode('float32') })[0];
  const itVec = ctx.emit('Reshape', [it, ctx.int64s([1])], 1)[0];
  const pow = (b: string, e: string) => ctx.emit('Pow', [b, e], 1)[0];
  let mult: string;
  switch (policy) {
    case 'fixed':
      mult = ctx.emit('Mul', [itVec, f(0)], 1)[0];
      mult = ctx.emit('Add', [mult, f(1)], 1)[0];
      break;
    case 'step': {
      const stepsize = a.int('stepsize');
      if (!(stepsize > 0)) throw ctx.fail(`argument 'stepsize' must be positive, got ${stepsize}`);
      const n = ctx.emit('Floor', [ctx.emit('Div', [itVec, f(stepsize)], 1)[0]], 1)[0];
      mult = pow(ctx.scalar(a.float('gamma'), 'float32', [1]), n);
      break;
    }
    case 'exp':
      mult = pow(ctx.scalar(a.float('gamma'), 'float32', [1]), itVec);
      break;
    case 'inv': {
      const g = ctx.emit('Mul', [itVec, f(a.float('gamma'))], 1)[0];
      mult = pow(ctx.emit('Add', [g, f(1)], 1)[0], f(-a.float('power')));
      break;
    }
    case 'poly': {
      const frac = ctx.emit('Div', [itVec, f(a.float('max_iter'))], 1)[0];
      mult = pow(ctx.emit('Sub', [f(1), frac], 1)[0], f(a.float('power')));
      break;
    }
    case 'multistep': {
      const steps = ctx.constant(
        Tensor.from(Float32Array.from(a.ints('stepsizes')), 'float32'),
        'stepsizes',
      );
      const passed = ctx.emit('GreaterOrEqual', [itVec, steps], 1)[0];
      const count = ctx.emit(
        'ReduceSum',
        [ctx.emit('Cast', [passed], 1, { to: onnxCode('float32') })[0]],
        1,
        { keepdims: 1 },
      )[0];
      mult = pow(ctx.scalar(a.float('gamma'), 'float32', [1]), count);
      break;
    }
    default:
      throw ctx.fail(
        `policy '${policy}' is not supported (supported: fixed, step, exp, inv, poly, multistep)`,
        'unsupported',
      );
  }
  ctx.emit('Mul', [mult, f(base)], [ctx.output(0)]);
}

function weightedSum(ctx: ConvertContext): void {
  const n = ctx.inputBlobs.length;
  if (n % 2 !== 0) throw ctx.fail(`takes pairs (X0, w0, X1, w1, ...), got ${n} inputs`);
  let acc = '';
  for (let i = 0; i < n; i += 2) {
    const term = ctx.emit('Mul', [ctx.input(i), ctx.input(i + 1)], 1)[0];
    acc = acc ? ctx.emit('Add', [acc, term], 1)[0] : term;
  }
  ctx.emit('Identity', [acc], [ctx.output(0)]);
}

/**
 * MomentumSGDUpdate(grad, moment, lr, param) -> (grad', moment', param'):
 * plain: m' = lr g + mu m, g' = m', p' = p - g';
 * nesterov: m' = mu m + lr g, g' = (1 + mu) m' - mu m, p' = p - g'.
 */
function momentumSgd(ctx: ConvertContext): void {
  const mu = ctx.args.float('momentum', 0);
  const nesterov = ctx.args.bool('nesterov');
  const [g, m, lr, p] = [0, 1, 2, 3].map((i) => ctx.input(i));
  const f = (v: number) => ctx.scalar(v, ctx.dtype(g));
  const lrg = ctx.emit('Mul', [lr, g], 1)[0];
  const mum = ctx.emit('Mul', [m, f(mu)], 1)[0];
  const mNew = ctx.emit('Add', [lrg, mum], [ctx.output(1)])[0];
  let gNew: string;
  if (!nesterov) gNew = ctx.emit('Identity', [mNew], [ctx.output(0)])[0];
  else {
    const lead = ctx.emit('Mul', [mNew, f(1 + mu)], 1)[0];
    gNew = ctx.emit('Sub', [lead, mum], [ctx.output(0)])[0];
  }
  if (ctx.outputBlobs.length > 2) ctx.emit('Sub', [p, gNew], [ctx.output(2)]);
}

/**
 * Adam(param, m1, m2, grad, lr, iter) -> (param', m1', m2'[, grad']): with t = iter + 1 and
 * c = sqrt(1 - b2^t) / (1 - b1^t): m1' = b1 m1 + (1-b1) g, m2' = b2 m2 + (1-b2) g^2,
 * grad' = lr c m1' / (sqrt(m2') + eps), param' = param + grad'.
 */
function adam(ctx: ConvertContext): void {
  const a = ctx.args;
  const b1 = a.float('beta1', 0.9);
  const b2 = a.float('beta2', 0.999);
  const eps = a.float('epsilon', 1e-5);
  const [p, m1, m2, g, lr, it] = [0, 1, 2, 3, 4, 5].map((i) => ctx.input(i));
  const f = (v: number) => ctx.scalar(v, ctx.dtype(g));
  const mul = (x: string, y: string) => ctx.emit('Mul', [x, y], 1)[0];
  const add = (x: string, y: string, out?: string) => ctx.emit('Add', [x, y], out ? [out] : 1)[0];
  const m1New = add(mul(m1, f(b1)), mul(g, f(1 - b1)), ctx.output(1));
  const m2New = add(mul(m2, f(b2)), mul(mul(g, g), f(1 - b2)), ctx.output(2));
  const t = ctx.emit(
    'Add',
    [ctx.emit('Cast', [it], 1, { to: onnxCode('float32') })[0], f(1)],
    1,
  )[0];
  const b2t = ctx.emit('Pow', [f(b2), t], 1)[0];
  const b1t = ctx.emit('Pow', [f(b1), t], 1)[0];
  const num = ctx.emit('Sqrt', [ctx.emit('Sub', [f(1), b2t], 1)[0]], 1)[0];
  const corr = ctx.emit('Div', [num, ctx.emit('Sub', [f(1), b1t], 1)[0]], 1)[0];
  const denom = add(ctx.emit('Sqrt', [m2New], 1)[0], f(eps));
  const step = ctx.emit(
    'Div',
    [mul(mul(lr, corr), m1New), denom],
    ctx.outputBlobs.length > 3 ? [ctx.output(3)] : 1,
  )[0];
  add(p, step, ctx.output(0));
}

/**
 * Adagrad(param, moment, grad, lr) -> (param', moment'[, effective_lr, update]):
 * h' = decay h + g^2, update = lr g / (sqrt(h') + eps), param' = param + update.
 */
function adagrad(ctx: ConvertContext): void {
  const eps = ctx.args.float('epsilon', 1e-5);
  const decay = ctx.args.float('decay', 1);
  const [p, h, g, lr] = [0, 1, 2, 3].map((i) => ctx.input(i));
  const f = (v: number) => ctx.scalar(v, ctx.dtype(g));
  const hd = ctx.emit('Mul', [h, f(decay)], 1)[0];
  const hNew = ctx.emit('Add', [hd, ctx.emit('Mul', [g, g], 1)[0]], [ctx.output(1)])[0];
  const denom = ctx.emit('Add', [ctx.emit('Sqrt', [hNew], 1)[0], f(eps)], 1)[0];
  const effLr = ctx.emit('Div', [lr, denom], ctx.outputBlobs.length > 2 ? [ctx.output(2)] : 1)[0];
  const update = ctx.emit('Mul', [effLr, g], ctx.outputBlobs.length > 3 ? [ctx.output(3)] : 1)[0];
  ctx.emit('Add', [p, update], [ctx.output(0)]);
}

export const trainOps = {
  Iter: op({ args: {}, inputs: [0, 1], outputs: [1, 1], inplace: [[0, 0]], convert: iter }),
  LearningRate: op({
    args: {
      base_lr: 'float',
      policy: 'string',
      gamma: 'float',
      stepsize: 'int',
      power: 'float',
      max_iter: 'int',
      stepsizes: 'ints',
    },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: learningRate,
  }),
  WeightedSum: op({
    doc: 'sum_i X_i * w_i over inputs (X0, w0, X1, w1, ...); w_i are [1] tensors.',
    args: {},
    inputs: [2, Infinity],
    outputs: [1, 1],
    inplace: [[0, 0]],
    convert: weightedSum,
  }),
  MomentumSGDUpdate: op({
    args: { momentum: 'float', nesterov: 'bool' },
    inputs: [4, 4],
    outputs: [2, 3],
    inplace: [
      [0, 0],
      [1, 1],
      [3, 2],
    ],
    convert: momentumSgd,
  }),
  Adam: op({
    args: { beta1: 'float', beta2: 'float', epsilon: 'float' },
    inputs: [6, 6],
    outputs: [3, 4],
    inplace: [
      [0, 0],
      [1, 1],
      [2, 2],
    ],
    convert: adam,
  }),
  Adagrad: op({
    args: { epsilon: 'float', decay: 'float' },
    inputs: [4, 4],
    outputs: [2, 4],
    inplace: [
      [0, 0],
      [1, 1],
    ],
    convert: adagrad,
  }),
  Scale: op({
    args: { scale: 'float' },
    inputs: [1, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      const x = ctx.input(0);
      ctx.emit('Mul', [x, ctx.scalar(ctx.args.float('scale', 1), ctx.dtype(x))], [ctx.output(0)]);
    },
  }),
};
