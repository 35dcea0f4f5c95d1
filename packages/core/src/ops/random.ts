// RandomNormal RandomUniform RandomNormalLike RandomUniformLike Bernoulli.
// Note [Random seeds]: a `seed` attribute makes the op deterministic (same seed, same values,
// on every host); without one, each run draws a fresh seed. The generator is xoshiro128**
// seeded through splitmix32, written in TS so eager and graph runs agree bit for bit.
import { type DType, FLOAT_DTYPES, NUMERIC_DTYPES, dtypeFromCode } from '../dtype.js';
import { DTypeError, ShapeError } from '../errors.js';
import { bf16ToFloat, halfToFloat } from '../half.js';
import { type Tensor, fillFrom } from '../tensor.js';
import { type AttrReader, type KernelContext, defineOp } from './registry.js';
import type { AttrSpec } from './types.js';

/** xoshiro128**: 32-bit state words, uniform floats in [0, 1) with 53 random bits. */
export class Xoshiro128 {
  private s = new Uint32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      // splitmix32 expands the seed into a non-zero state.
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if (this.s.every((v) => v === 0)) this.s[0] = 1;
  }

  nextU32(): number {
    const s = this.s;
    const r = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return r;
  }

  uniform(): number {
    return ((this.nextU32() >>> 5) * 67108864 + (this.nextU32() >>> 6)) / 9007199254740992;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

let unseeded = (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) >>> 0;

/** The generator for one run: from the seed attribute (its float bits) or a fresh one. */
function generator(attrs: AttrReader): Xoshiro128 {
  if (!attrs.has('seed')) {
    unseeded = (Math.imul(unseeded, 1664525) + 1013904223) >>> 0;
    return new Xoshiro128(unseeded ^ Math.floor(Math.random() * 2 ** 32));
  }
  const f = new Float64Array([attrs.float('seed')]);
  const w = new Uint32Array(f.buffer);
  return new Xoshiro128((w[0] ^ Math.imul(w[1], 0x27d4eb2d)) >>> 0);
}

function outDType(
  op: string,
  attrs: AttrReader,
  fallback: DType,
  allowed: readonly DType[],
): DType {
  let d = fallback;
  if (attrs.has('dtype')) {
    const code = attrs.int('dtype');
    const found = dtypeFromCode(code);
    if (!found) throw new DTypeError(`${op}: unsupported dtype code ${code}`);
    d = found;
  }
  if (!allowed.includes(d))
    throw new DTypeError(
      `${op}: output dtype ${d} is not supported (supported: ${allowed.join(', ')})`,
    );
  return d;
}

function sample(ctx: KernelContext, draw: (rng: Xoshiro128, i: number) => number): Tensor {
  const y = ctx.output(0);
  const rng = generator(ctx.attrs);
  const vals = new Float64Array(y.size);
  for (let i = 0; i < vals.length; i++) vals[i] = draw(rng, i);
  fillFrom(y.data(), vals, y.dtype);
  return y;
}

function normal(rng: Xoshiro128, mean: number, scale: number): number {
  // Box-Muller; 1 - u keeps the log argument in (0, 1].
  const u = 1 - rng.uniform();
  const v = rng.uniform();
  return mean + scale * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const common: Record<string, AttrSpec> = { dtype: { type: 'int' }, seed: { type: 'float' } };
const normalAttrs: Record<string, AttrSpec> = {
  mean: { type: 'float', default: 0 },
  scale: { type: 'float', default: 1 },
};
const uniformAttrs: Record<string, AttrSpec> = {
  low: { type: 'float', default: 0 },
  high: { type: 'float', default: 1 },
};

function shapeAttr(op: string, attrs: AttrReader): number[] {
  const s = attrs.ints('shape');
  if (s.some((d) => !Number.isInteger(d) || d < 0))
    throw new ShapeError(`${op}: invalid shape [${s.join(', ')}]`);
  return s;
}

for (const kind of ['Normal', 'Uniform'] as const) {
  const draw = (attrs: AttrReader) =>
    kind === 'Normal'
      ? (r: Xoshiro128) => normal(r, attrs.float('mean'), attrs.float('scale'))
      : (r: Xoshiro128) =>
          attrs.float('low') + (attrs.float('high') - attrs.float('low')) * r.uniform();
  const extra = kind === 'Normal' ? normalAttrs : uniformAttrs;
  defineOp({
    name: `Random${kind}`,
    inputs: [],
    outputs: [{ name: 'output' }],
    attrs: { ...common, ...extra, shape: { type: 'ints', required: true } },
    traits: ['random'],
    infer: (ctx) => [
      {
        dtype: outDType(`Random${kind}`, ctx.attrs, 'float32', FLOAT_DTYPES),
        shape: shapeAttr(`Random${kind}`, ctx.attrs),
      },
    ],
    kernel: (ctx) => [sample(ctx, draw(ctx.attrs))],
  });
  defineOp({
    name: `Random${kind}Like`,
    inputs: [{ name: 'input', nonDifferentiable: true }],
    outputs: [{ name: 'output' }],
    attrs: { ...common, ...extra },
    traits: ['random'],
    infer: (ctx) => {
      const x = ctx.input(0);
      return [
        {
          dtype: outDType(`Random${kind}Like`, ctx.attrs, x.dtype ?? 'float32', FLOAT_DTYPES),
          shape: x.shape,
        },
      ];
    },
    kernel: (ctx) => [sample(ctx, draw(ctx.attrs))],
  });
}

defineOp({
  name: 'Bernoulli',
  doc: 'Draws 1 with probability input[i], else 0.',
  inputs: [{ name: 'input', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: common,
  dtypes: FLOAT_DTYPES,
  traits: ['random'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const d = outDType('Bernoulli', ctx.attrs, x.dtype ?? 'float32', [...NUMERIC_DTYPES, 'bool']);
    return [{ dtype: d, shape: x.shape }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const p = x.data();
    const toFloat =
      x.dtype === 'float16' ? halfToFloat : x.dtype === 'bfloat16' ? bf16ToFloat : Number;
    return [sample(ctx, (r, i) => (r.uniform() < toFloat(Number(p[i])) ? 1 : 0))];
  },
});
