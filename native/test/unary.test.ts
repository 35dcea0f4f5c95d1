// Every ISA path of the float32 elementwise kernels against the scalar (std::) path, plus checks of
// the scalar path against JavaScript's Math, special values, tails, threads and strided operands.
import { afterAll, describe, expect, it } from 'vitest';
import * as native from '../index.js';

const contiguous = (shape: number[]) => {
  const strides: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
};
const f32 = (data: Float32Array, shape = [data.length]) => ({
  dtype: 1,
  shape,
  strides: contiguous(shape),
  offset: 0,
  buffer: data.buffer as ArrayBuffer,
  view: data,
});

const bits = new Int32Array(1);
const fbuf = new Float32Array(bits.buffer);
const ordered = (x: number) => {
  fbuf[0] = x;
  return bits[0] < 0 ? -0x80000000 - bits[0] : bits[0];
};
/** Distance in float32 ulps (NaN matches only NaN; infinities must be equal). */
function ulps(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b ? 0 : Infinity;
  return Math.abs(ordered(a) - ordered(b));
}

// Inputs: specials, subnormals, a log-spaced sweep of both signs, and random values; the length is
// not a multiple of 16 (vector tails) and above the parallel grain (several threads).
function sweep(n = 100_003, lo = -120, hi = 120): Float32Array {
  const specials = [
    0,
    -0,
    Infinity,
    -Infinity,
    NaN,
    1e-40,
    -1e-40,
    1.17549435e-38,
    88.72,
    88.73,
    -87.3,
    -103.9,
    -104.5,
    0.625,
    -0.625,
    1,
    -1,
    4,
    -4,
    9,
    -9,
    0.5,
    3.92,
    20,
    -20,
  ];
  const out = new Float32Array(n);
  out.set(specials);
  let s = 12345;
  for (let i = specials.length; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const u = s / 2 ** 32;
    out[i] =
      i % 2 ? lo + (hi - lo) * u : Math.sign(u - 0.5) * 10 ** (-8 + 10 * ((i * 0.618034) % 1));
  }
  return out;
}

function runUnary(op: string, x: Float32Array, attrs?: native.NativeAttrs): Float32Array {
  const y = new Float32Array(x.length);
  native.run(op, [f32(x)], [f32(y)], attrs);
  return y;
}
function runBinary(op: string, a: Float32Array, b: Float32Array, scalarB = false): Float32Array {
  const y = new Float32Array(a.length);
  const B = scalarB ? { ...f32(b), shape: [a.length], strides: [0] } : f32(b);
  native.run(op, [f32(a), B], [f32(y)]);
  return y;
}

const isas = (['scalar', 'avx2', 'avx512'] as const).filter((isa) => {
  const info = native.cpuInfo();
  return (
    isa === 'scalar' || (isa === 'avx2' ? info.avx2 && info.fma : info.avx512f && info.avx512dq)
  );
});
const initialIsa = native.cpuInfo().isa;
afterAll(() => native.setIsa(initialIsa));

function worst(got: Float32Array, want: Float32Array, x: Float32Array) {
  let w = 0;
  let at = 0;
  for (let i = 0; i < got.length; i++) {
    const u = ulps(got[i], want[i]);
    if (u > w) [w, at] = [u, i];
  }
  return { ulps: w, x: x[at], got: got[at], want: want[at] };
}

const unaryOps: Array<[string, number, ((x: number) => number) | null, native.NativeAttrs?]> = [
  ['Exp', 1, Math.exp],
  ['Log', 1, Math.log],
  ['Tanh', 2, Math.tanh],
  ['Sigmoid', 3, (x) => (x < 0 ? Math.exp(x) / (1 + Math.exp(x)) : 1 / (1 + Math.exp(-x)))],
  ['Erf', 2, null],
  ['Relu', 0, (x) => (x < 0 ? 0 : x)],
  ['Abs', 0, Math.abs],
  ['Neg', 0, (x) => -x],
  ['Sqrt', 0, Math.sqrt],
  ['Reciprocal', 0, (x) => 1 / x],
  ['LeakyRelu', 0, (x) => (x < 0 ? Math.fround(0.1) * x : x), { alpha: 0.1 }],
];

describe('float32 unary kernels on every ISA', () => {
  for (const [op, tol, ref, attrs] of unaryOps) {
    it(`${op} matches std:: within ${tol} ulp`, () => {
      const x = sweep();
      native.setIsa('scalar');
      const std = runUnary(op, x, attrs);
      if (ref) {
        const js = Float32Array.from(x, (v) => ref(v));
        // glibc's float functions are themselves within 2 ulp.
        expect(worst(std, js, x).ulps).toBeLessThanOrEqual(Math.max(2, tol));
      }
      for (const isa of isas) {
        native.setIsa(isa);
        const got = runUnary(op, x, attrs);
        const w = worst(got, std, x);
        expect(w.ulps, `${op} on ${isa}: x=${w.x} got ${w.got} want ${w.want}`).toBeLessThanOrEqual(
          tol,
        );
      }
    });
  }

  it('erf on the scalar path agrees with a float64 series', () => {
    const erf = (x: number) => {
      // Maclaurin series; exact enough for |x| <= 3.
      let term = x;
      let sum = x;
      for (let n = 1; n < 200; n++) {
        term *= (-x * x) / n;
        sum += term / (2 * n + 1);
      }
      return (2 / Math.sqrt(Math.PI)) * sum;
    };
    native.setIsa('scalar');
    const x = Float32Array.from({ length: 601 }, (_, i) => -3 + i / 100);
    const y = runUnary('Erf', x);
    expect(worst(y, Float32Array.from(x, erf), x).ulps).toBeLessThanOrEqual(1);
  });

  it('keeps NaN and infinities right on every path', () => {
    const x = new Float32Array([NaN, Infinity, -Infinity, 0, -0]);
    for (const isa of isas) {
      native.setIsa(isa);
      expect(Array.from(runUnary('Exp', x)), isa).toEqual([NaN, Infinity, 0, 1, 1]);
      expect(Array.from(runUnary('Log', x)), isa).toEqual([
        NaN,
        Infinity,
        NaN,
        -Infinity,
        -Infinity,
      ]);
      expect(Array.from(runUnary('Tanh', x)), isa).toEqual([NaN, 1, -1, 0, -0]);
      expect(Array.from(runUnary('Sigmoid', x)), isa).toEqual([NaN, 1, 0, 0.5, 0.5]);
      expect(Array.from(runUnary('Erf', x)), isa).toEqual([NaN, 1, -1, 0, -0]);
      expect(Array.from(runUnary('Relu', x)), isa).toEqual([NaN, Infinity, 0, 0, -0]);
    }
  });

  it('takes the strided fallback for non-contiguous views', () => {
    const base = sweep(4001);
    const x = { ...f32(base), shape: [2000], strides: [2], offset: 1 };
    for (const isa of isas) {
      native.setIsa(isa);
      const y = new Float32Array(2000);
      native.run('Tanh', [x], [f32(y)]);
      for (let i = 0; i < 2000; i++)
        expect(ulps(y[i], Math.tanh(base[2 * i + 1]))).toBeLessThanOrEqual(2);
    }
  });
});

// [op, reference, error bound in units of float32 epsilon times the bound's scale].
const binaryOps: Array<
  [string, (a: number, b: number) => number, (a: number, b: number) => number]
> = [
  ['Add', (a, b) => a + b, () => 0],
  ['Sub', (a, b) => a - b, () => 0],
  ['Mul', (a, b) => a * b, () => 0],
  ['Div', (a, b) => a / b, () => 0],
  ['Max', (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b)), () => 0],
  ['Min', (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b)), () => 0],
  ['PRelu', (a, b) => (a < 0 ? a * b : a), () => 0],
  ['ReluGrad', (g, y) => (y > 0 ? g : 0), () => 0],
  // 1 - y and 1 - y^2 cancel near |y| = 1, so their bound scales with the uncancelled terms.
  ['SigmoidGrad', (g, y) => g * y * (1 - y), (g, y) => 4 * Math.abs(g * y) * (1 + Math.abs(y))],
  ['TanhGrad', (g, y) => g * (1 - y * y), (g, y) => 4 * Math.abs(g) * (1 + y * y)],
];

describe('float32 binary kernels on every ISA', () => {
  const a = sweep(50_001, -5, 5);
  const b = sweep(50_001, -1, 1).reverse();
  const eps = 2 ** -23;
  for (const [op, ref, bound] of binaryOps) {
    it(`${op}: contiguous and scalar-broadcast operands`, () => {
      for (const isa of isas) {
        native.setIsa(isa);
        for (const scalarB of [false, true]) {
          const got = runBinary(op, a, b, scalarB);
          for (let i = 0; i < a.length; i++) {
            const bi = scalarB ? b[0] : b[i];
            const want = Math.fround(ref(a[i], bi));
            const ok = ulps(got[i], want) <= 1 || Math.abs(got[i] - want) <= eps * bound(a[i], bi);
            if (!ok) expect(got[i], `${op} on ${isa} at a=${a[i]} b=${bi}`).toBe(want);
          }
        }
      }
    });
  }
});
