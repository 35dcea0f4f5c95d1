// nn.init: in-place initializers with PyTorch's distributions. Random draws are core's seeded
// RandomUniformLike / RandomNormalLike ops; seeds come from nn's seed source (seed.ts).
import { Tensor as CoreTensor } from '@tandem/core';
import { noGrad } from '../autograd/grad-mode.js';
import { Tensor } from '../tensor.js';
import { assignInPlace } from './functional/normalization.js';
import {
  concat,
  div,
  full,
  matmul,
  mulScalar,
  op,
  reduce,
  reshape,
  scalarLike,
  sub,
  transpose,
} from './functional/ops.js';
import { type Generator, nextSeed } from './seed.js';

function fill(t: Tensor, value: Tensor): Tensor {
  noGrad(() => assignInPlace(t, value));
  return t;
}

/** Fills `t` with U(a, b). @example nn.init.uniform_(w, -0.1, 0.1) */
export function uniform_(t: Tensor, a = 0, b = 1, generator?: Generator | null): Tensor {
  return fill(
    t,
    op('RandomUniformLike', [t.detach()], { low: a, high: b, seed: nextSeed(generator) }),
  );
}

/** Fills `t` with N(mean, std^2). */
export function normal_(t: Tensor, mean = 0, std = 1, generator?: Generator | null): Tensor {
  return fill(
    t,
    op('RandomNormalLike', [t.detach()], { mean, scale: std, seed: nextSeed(generator) }),
  );
}

export function constant_(t: Tensor, value: number): Tensor {
  return fill(t, full(t.shape, value, t.dtype));
}

export const ones_ = (t: Tensor): Tensor => constant_(t, 1);
export const zeros_ = (t: Tensor): Tensor => constant_(t, 0);

/** Fills a 2-d tensor with the identity. */
export function eye_(t: Tensor): Tensor {
  if (t.ndim !== 2)
    throw new RangeError(`eye_: only 2-d tensors are supported, got shape [${t.shape}]`);
  return fill(t, op('EyeLike', [t.detach()]));
}

/**
 * Gain for a nonlinearity, as torch.nn.init.calculate_gain ('leaky_relu' takes the negative slope,
 * default 0.01). Accepts PyTorch's snake_case names and camelCase.
 */
export function calculateGain(nonlinearity: string, param?: number): number {
  const n = nonlinearity.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  if (
    [
      'linear',
      'conv1d',
      'conv2d',
      'conv3d',
      'conv_transpose1d',
      'conv_transpose2d',
      'conv_transpose3d',
      'sigmoid',
    ].includes(n)
  ) {
    return 1;
  }
  if (n === 'tanh') return 5 / 3;
  if (n === 'relu') return Math.SQRT2;
  if (n === 'leaky_relu') {
    const slope = param ?? 0.01;
    return Math.sqrt(2 / (1 + slope * slope));
  }
  if (n === 'selu') return 3 / 4;
  throw new RangeError(`calculateGain: unsupported nonlinearity '${nonlinearity}'`);
}

/** [fanIn, fanOut] of a weight: dims 1 and 0 times the receptive field (dims 2...). */
export function calculateFanInAndFanOut(t: Tensor): [number, number] {
  if (t.ndim < 2) {
    throw new RangeError(
      `fan in and fan out can not be computed for a tensor with fewer than 2 dimensions (shape [${t.shape}])`,
    );
  }
  const receptive = t.shape.slice(2).reduce((a, b) => a * b, 1);
  return [t.shape[1] * receptive, t.shape[0] * receptive];
}

export interface XavierOptions {
  gain?: number;
  generator?: Generator | null;
}

/** U(-a, a) with a = gain * sqrt(6 / (fanIn + fanOut)). */
export function xavierUniform_(t: Tensor, opts: XavierOptions = {}): Tensor {
  const [fi, fo] = calculateFanInAndFanOut(t);
  const a = (opts.gain ?? 1) * Math.sqrt(6 / (fi + fo));
  return uniform_(t, -a, a, opts.generator);
}

/** N(0, std^2) with std = gain * sqrt(2 / (fanIn + fanOut)). */
export function xavierNormal_(t: Tensor, opts: XavierOptions = {}): Tensor {
  const [fi, fo] = calculateFanInAndFanOut(t);
  return normal_(t, 0, (opts.gain ?? 1) * Math.sqrt(2 / (fi + fo)), opts.generator);
}

export interface KaimingOptions {
  /** Negative slope of the rectifier after this layer (leaky_relu only). */
  a?: number;
  mode?: 'fan_in' | 'fan_out' | 'fanIn' | 'fanOut';
  nonlinearity?: string;
  generator?: Generator | null;
}

function kaimingStd(t: Tensor, o: KaimingOptions): number {
  const [fi, fo] = calculateFanInAndFanOut(t);
  const fan = o.mode === 'fan_out' || o.mode === 'fanOut' ? fo : fi;
  return calculateGain(o.nonlinearity ?? 'leaky_relu', o.a ?? 0) / Math.sqrt(fan);
}

/**
 * U(-b, b) with b = gain * sqrt(3 / fan). Linear and Conv weights use a = sqrt(5), as PyTorch.
 * @example nn.init.kaimingUniform_(w, { a: Math.sqrt(5) })
 */
export function kaimingUniform_(t: Tensor, opts: KaimingOptions = {}): Tensor {
  const bound = Math.sqrt(3) * kaimingStd(t, opts);
  return uniform_(t, -bound, bound, opts.generator);
}

/** N(0, std^2) with std = gain / sqrt(fan). */
export function kaimingNormal_(t: Tensor, opts: KaimingOptions = {}): Tensor {
  return normal_(t, 0, kaimingStd(t, opts), opts.generator);
}

/**
 * N(mean, std^2) truncated to [a, b]: out-of-range draws are redrawn (rejection sampling on core's
 * normal op) until none remain.
 */
export function truncNormal_(
  t: Tensor,
  mean = 0,
  std = 1,
  a = -2,
  b = 2,
  generator?: Generator | null,
): Tensor {
  if (!(a < b)) throw new RangeError(`truncNormal_: need a < b, got a=${a}, b=${b}`);
  return noGrad(() => {
    const draw = () =>
      op('RandomNormalLike', [t.detach()], { mean, scale: std, seed: nextSeed(generator) });
    let x = draw();
    for (let i = 0; i < 1000; i++) {
      const bad = op('Or', [
        op('Less', [x, scalarLike(a, x)]),
        op('Greater', [x, scalarLike(b, x)]),
      ]);
      if (!bad._value.toNumbers().some((v) => v)) return fill(t, x);
      x = op('Where', [bad, draw(), x]);
    }
    throw new Error(
      `truncNormal_: could not draw values in [${a}, ${b}] from N(${mean}, ${std}^2)`,
    );
  });
}

/**
 * Fills `t` (flattened to [rows, cols]) with a (semi-)orthogonal matrix times `gain`, from the QR
 * decomposition of a normal draw. Q comes from Gram-Schmidt with re-orthogonalization (two matmul
 * passes per column), which equals QR's Q with R's diagonal made positive, as PyTorch does.
 */
export function orthogonal_(t: Tensor, gain = 1, generator?: Generator | null): Tensor {
  if (t.ndim < 2)
    throw new RangeError(
      `orthogonal_: only tensors with 2 or more dimensions are supported, got [${t.shape}]`,
    );
  return noGrad(() => {
    const rows = t.shape[0];
    const cols = t.numel() / rows;
    const [m, n] = rows < cols ? [cols, rows] : [rows, cols]; // m >= n: orthonormal columns
    const a = op('RandomNormalLike', [new Tensor(new CoreTensor(t.dtype, [m, n]))], {
      seed: nextSeed(generator),
    });
    const columns: Tensor[] = [];
    for (let j = 0; j < n; j++) {
      let v = op('Slice', [a, i64(j), i64(j + 1), i64(1)]); // [m, 1]
      if (columns.length) {
        const q = concat(columns, 1);
        for (let pass = 0; pass < 2; pass++) v = sub(v, matmul(q, matmul(transpose(q, [1, 0]), v)));
      }
      const norm = op('Sqrt', [reduce('ReduceSumSquare', v, undefined, false)]);
      columns.push(div(v, norm));
    }
    let q = concat(columns, 1);
    if (rows < cols) q = transpose(q, [1, 0]);
    return fill(t, mulScalar(reshape(q, t.shape), gain));
  });
}

function i64(v: number): Tensor {
  return full([1], v, 'int64');
}
