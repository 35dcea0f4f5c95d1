// Random tensors: a seeded Generator (manualSeed) feeding core's random ops.
//
// Note [Random streams]: a Generator is a splitmix64 counter. Each random call draws one 53-bit
// seed from it and hands it to core's RandomUniform/RandomNormal/Bernoulli (xoshiro128** inside,
// see core's Note [Random seeds]); so a given seed gives the same stream of tensors on every
// run. The values are not PyTorch's (bit-exactness with PyTorch's mt19937/Philox is no goal);
// the distributions are the same.
import { type DType, Tensor as CoreTensor, dtypeInfo, execute } from '@tandem/core';
import { type SizeArgs, type TensorOptions, finish, parseSize } from './creation.js';
import { Tensor } from './tensor.js';

const MASK64 = (1n << 64n) - 1n;
/** PyTorch's default seed (torch.initial_seed() in a fresh process). */
const DEFAULT_SEED = 67280421310721n;

/** A random number generator state, as torch.Generator. @example new torch.Generator().manualSeed(0) */
export class Generator {
  private state = 0n;
  private initial = 0n;

  constructor() {
    this.manualSeed(DEFAULT_SEED);
  }

  /** Resets the stream to the one `seed` defines. */
  manualSeed(seed: number | bigint): this {
    if (typeof seed === 'number' && !Number.isInteger(seed))
      throw new TypeError(`manualSeed: seed must be an integer (got ${seed})`);
    this.initial = BigInt.asUintN(64, BigInt(seed));
    this.state = this.initial;
    return this;
  }

  /** The seed last set. */
  initialSeed(): bigint {
    return this.initial;
  }

  /** Seeds from a non-deterministic source and returns the seed. */
  seed(): bigint {
    const hi = BigInt(Math.floor(Math.random() * 2 ** 32));
    const lo = BigInt((Date.now() ^ Math.floor(Math.random() * 2 ** 32)) >>> 0);
    this.manualSeed((hi << 32n) | lo);
    return this.initial;
  }

  /** The state as a uint8 tensor (16 bytes), for setState. */
  getState(): Tensor {
    const words = new BigUint64Array([this.state, this.initial]);
    return new Tensor(CoreTensor.from(new Uint8Array(words.buffer), 'uint8', [16]));
  }

  setState(s: Tensor): this {
    const bytes = s._value.data();
    if (s.dtype !== 'uint8' || bytes.length !== 16)
      throw new TypeError('setState: expected a uint8 tensor of 16 bytes from getState()');
    const words = new BigUint64Array(new Uint8Array(bytes as Uint8Array).buffer);
    this.state = words[0];
    this.initial = words[1];
    return this;
  }

  /** The next seed for a core random op: splitmix64, as a float in [0, 1) with 53 bits. */
  _nextSeed(): number {
    this.state = (this.state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    z ^= z >> 31n;
    return Number(z >> 11n) / 2 ** 53;
  }
}

/** The generator random functions use when no `generator` option is given. */
export const defaultGenerator = new Generator();

/** Seeds the default generator (torch.manual_seed). Returns it. */
export function manualSeed(seed: number | bigint): Generator {
  return defaultGenerator.manualSeed(seed);
}

export function initialSeed(): bigint {
  return defaultGenerator.initialSeed();
}

/** Reseeds the default generator non-deterministically; returns the seed. */
export function seed(): bigint {
  return defaultGenerator.seed();
}

export function getRngState(): Tensor {
  return defaultGenerator.getState();
}

export function setRngState(state: Tensor): void {
  defaultGenerator.setState(state);
}

export interface RandomOptions extends TensorOptions {
  generator?: Generator;
}

const nextSeed = (o: RandomOptions) => (o.generator ?? defaultGenerator)._nextSeed();

function floatDType(op: string, d: DType | undefined): DType {
  const dtype = d ?? 'float32';
  if (!dtypeInfo(dtype).isFloat)
    throw new TypeError(`${op}: expected a floating point dtype (got ${dtype})`);
  return dtype;
}

function sample(
  op: 'RandomUniform' | 'RandomNormal',
  shape: number[],
  dtype: DType,
  o: RandomOptions,
  a: number,
  b: number,
) {
  const params = op === 'RandomUniform' ? { low: a, high: b } : { mean: a, scale: b };
  return execute(op, [], { shape, dtype: dtypeInfo(dtype).code, seed: nextSeed(o), ...params })[0];
}

/** Uniform samples in [0, 1). @example torch.rand(2, 3, { generator: g }) */
export function rand(...args: SizeArgs<RandomOptions>): Tensor {
  const [shape, o] = parseSize<RandomOptions>(args, 'rand');
  return finish(sample('RandomUniform', shape, floatDType('rand', o.dtype), o, 0, 1), o);
}

/** Standard normal samples. */
export function randn(...args: SizeArgs<RandomOptions>): Tensor {
  const [shape, o] = parseSize<RandomOptions>(args, 'randn');
  return finish(sample('RandomNormal', shape, floatDType('randn', o.dtype), o, 0, 1), o);
}

/**
 * Integers uniform in [low, high): `randint(high, size)` or `randint(low, high, size)`; int64.
 * @example torch.randint(0, 10, [3])
 */
export function randint(high: number, size: readonly number[], opts?: RandomOptions): Tensor;
export function randint(
  low: number,
  high: number,
  size: readonly number[],
  opts?: RandomOptions,
): Tensor;
export function randint(
  a: number,
  b: number | readonly number[],
  c?: readonly number[] | RandomOptions,
  d?: RandomOptions,
): Tensor {
  const [low, high, size, o] =
    typeof b === 'number' ? [a, b, c as number[], d ?? {}] : [0, a, b, (c ?? {}) as RandomOptions];
  if (!(high > low))
    throw new RangeError(`randint: expects 'from' (${low}) to be less than 'to' (${high})`);
  const [shape] = parseSize([size], 'randint');
  const u = sample('RandomUniform', shape, 'float64', o, low, high);
  const ints = execute('Cast', [execute('Floor', [u])[0]], { to: dtypeInfo('int64').code })[0];
  // Rounding at the top of a huge range could reach `high`: clamp into range.
  const clipped = execute('Clip', [
    ints,
    CoreTensor.from([BigInt(low)], 'int64', []),
    CoreTensor.from([BigInt(high - 1)], 'int64', []),
  ])[0];
  const dtype = o.dtype ?? 'int64';
  const out =
    dtype === 'int64' ? clipped : execute('Cast', [clipped], { to: dtypeInfo(dtype).code })[0];
  return finish(out, o);
}

/** A random permutation of 0..n-1 (int64). */
export function randperm(n: number, opts: RandomOptions = {}): Tensor {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`randperm: n must be a non-negative integer (got ${n})`);
  const keys = sample('RandomUniform', [n], 'float64', opts, 0, 1);
  const k = CoreTensor.from([BigInt(n)], 'int64', [1]);
  let idx = execute('TopK', [keys, k], { axis: 0, largest: 1, sorted: 1 })[1];
  if (opts.dtype && opts.dtype !== 'int64')
    idx = execute('Cast', [idx], { to: dtypeInfo(opts.dtype).code })[0];
  return finish(idx, opts);
}

/**
 * Normal samples with the given mean and std: numbers with a size, or tensors (broadcast).
 * @example torch.normal(0, 0.02, [64, 32])
 */
export function normal(
  mean: number | Tensor,
  std: number | Tensor,
  size?: readonly number[],
  opts: RandomOptions = {},
): Tensor {
  if (typeof mean === 'number' && typeof std === 'number') {
    if (!size) throw new TypeError('normal: a size is needed when mean and std are numbers');
    if (std < 0) throw new RangeError(`normal: expects std >= 0.0 (got ${std})`);
    const [shape] = parseSize([size], 'normal');
    return finish(
      sample('RandomNormal', shape, floatDType('normal', opts.dtype), opts, mean, std),
      opts,
    );
  }
  const m = mean instanceof Tensor ? mean._value : CoreTensor.from([mean], 'float32', []);
  const s = std instanceof Tensor ? std._value : CoreTensor.from([std], 'float32', []);
  const z = execute('RandomNormalLike', [execute('Add', [m, s])[0]], {
    seed: nextSeed(opts),
    mean: 0,
    scale: 1,
  })[0];
  return new Tensor(execute('Add', [execute('Mul', [z, s])[0], m])[0]);
}

/** Samples 0/1 with probabilities `p` (same shape and dtype as p). */
export function bernoulli(p: Tensor, opts: RandomOptions = {}): Tensor {
  return new Tensor(execute('Bernoulli', [p._value], { seed: nextSeed(opts) })[0]);
}

export function randLike(x: Tensor, opts: RandomOptions = {}): Tensor {
  return rand(x.shape, { dtype: x.dtype, ...opts });
}

export function randnLike(x: Tensor, opts: RandomOptions = {}): Tensor {
  return randn(x.shape, { dtype: x.dtype, ...opts });
}

export function randintLike(
  x: Tensor,
  low: number,
  high: number,
  opts: RandomOptions = {},
): Tensor {
  return randint(low, high, x.shape, { dtype: x.dtype, ...opts });
}
