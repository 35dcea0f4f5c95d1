import { afterAll, describe, expect, it } from 'vitest';
import * as native from '../index.js';

type T = native.NativeTensor & { view: Float32Array | Float64Array };

function contiguous(shape: number[]): number[] {
  const strides: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

const f32 = (shape: number[], data?: Float32Array): T => {
  const view = data ?? new Float32Array(shape.reduce((a, b) => a * b, 1));
  return { dtype: 1, shape, strides: contiguous(shape), offset: 0, buffer: view, view };
};

let seed = 12345;
function rand(n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    a[i] = (seed / 2 ** 32) * 2 - 1;
  }
  return a;
}

// A rows x cols matrix inside a larger buffer (leading dimension `pad` past the minimum),
// optionally exposed as a column-major view.
function matrix(rows: number, cols: number, pad: number, colMajor = false) {
  const ld = (colMajor ? rows : cols) + pad;
  const buf = rand(ld * (colMajor ? cols : rows) + 5);
  const get = (i: number, j: number) => (colMajor ? buf[j * ld + i + 5] : buf[i * ld + j + 5]);
  const t: T = {
    dtype: 1,
    shape: [rows, cols],
    strides: colMajor ? [1, ld] : [ld, 1],
    offset: 5,
    buffer: buf,
    view: buf,
  };
  return { t, get };
}

function refGemm(
  M: number,
  N: number,
  K: number,
  a: (i: number, k: number) => number,
  b: (k: number, j: number) => number,
  alpha: number,
  beta: number,
  c?: (i: number, j: number) => number,
): Float64Array {
  const y = new Float64Array(M * N);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += a(i, k) * b(k, j);
      y[i * N + j] = alpha * s + (c ? beta * c(i, j) : 0);
    }
  return y;
}

function expectClose(got: ArrayLike<number>, want: ArrayLike<number>, tol = 1e-4) {
  expect(got.length).toBe(want.length);
  let worst = 0;
  for (let i = 0; i < want.length; i++) {
    const err = Math.abs(got[i] - want[i]) / (1 + Math.abs(want[i]));
    if (!(err <= tol)) worst = Math.max(worst, Number.isNaN(err) ? Infinity : err);
  }
  expect(worst).toBe(0);
}

const isas = (['scalar', 'avx2', 'avx512'] as const).filter((isa) => {
  const info = native.cpuInfo();
  return isa === 'scalar' || (isa === 'avx2' ? info.avx2 && info.fma : info.avx512f);
});
const initialThreads = native.getNumThreads();
afterAll(() => {
  native.setIsa('avx512');
  native.setNumThreads(initialThreads);
});

const sizes = [1, 3, 17, 31, 64, 129];

describe.each(isas)('Gemm on %s', (isa) => {
  it('matches the reference for odd shapes, transposes, alpha/beta and leading dims', () => {
    native.setIsa(isa);
    let n = 0;
    for (const M of sizes)
      for (const N of sizes)
        for (const K of sizes) {
          n++;
          const transA = n % 2,
            transB = (n >> 1) % 2;
          const alpha = n % 3 === 0 ? 1 : 0.5,
            beta = n % 5 === 0 ? 0 : 2;
          const colMajorA = n % 7 === 0,
            withC = n % 3 !== 1;
          native.setNumThreads(n % 2 ? 1 : 2);
          const A = transA ? matrix(K, M, 3, colMajorA) : matrix(M, K, 2, colMajorA);
          const B = transB ? matrix(N, K, 1) : matrix(K, N, 4);
          const C = matrix(M, N, 0);
          const y = f32([M, N]);
          const inputs = [A.t, B.t];
          // C broadcast along rows (stride 0) half the time, as TS passes a [N] bias.
          const cRow = n % 2 === 0;
          if (withC) inputs.push(cRow ? { ...C.t, strides: [0, 1] } : C.t);
          native.run('Gemm', inputs, [y], { transA, transB, alpha, beta });
          const want = refGemm(
            M,
            N,
            K,
            (i, k) => (transA ? A.get(k, i) : A.get(i, k)),
            (k, j) => (transB ? B.get(j, k) : B.get(k, j)),
            alpha,
            beta,
            withC ? (i, j) => C.get(cRow ? 0 : i, j) : undefined,
          );
          expectClose(y.view, want);
        }
  });

  it('MatMul uses the same GEMM on larger, threaded and swapped shapes', () => {
    native.setIsa(isa);
    native.setNumThreads(2);
    for (const [M, N, K] of [
      [300, 257, 520],
      [512, 49, 64],
      [5, 700, 300],
      [64, 1, 40],
    ]) {
      const a = f32([M, K], rand(M * K));
      const b = f32([K, N], rand(K * N));
      const y = f32([M, N]);
      native.run('MatMul', [a, b], [y]);
      expectClose(
        y.view,
        refGemm(
          M,
          N,
          K,
          (i, k) => a.view[i * K + k],
          (k, j) => b.view[k * N + j],
          1,
          0,
        ),
      );
    }
  });

  it('splits training-step shapes across threads (forward, dX, dW of small layers)', () => {
    native.setIsa(isa);
    for (const threads of [1, 2]) {
      native.setNumThreads(threads);
      for (const [M, N, K, transA, transB] of [
        [64, 128, 784, 0, 1],
        [64, 784, 128, 0, 0],
        [128, 784, 64, 1, 0],
        [64, 10, 512, 0, 1],
        [120, 400, 64, 1, 1],
        [30, 250, 333, 0, 1],
      ]) {
        const A = transA ? matrix(K, M, 0) : matrix(M, K, 0);
        const B = transB ? matrix(N, K, 0) : matrix(K, N, 0);
        const y = f32([M, N]);
        native.run('Gemm', [A.t, B.t], [y], { transA, transB });
        expectClose(
          y.view,
          refGemm(
            M,
            N,
            K,
            (i, k) => (transA ? A.get(k, i) : A.get(i, k)),
            (k, j) => (transB ? B.get(j, k) : B.get(k, j)),
            1,
            0,
          ),
        );
      }
    }
  });

  it('propagates NaN and Inf (no zero skipping)', () => {
    native.setIsa(isa);
    const a = f32([2, 3], new Float32Array([NaN, 0, 0, 0, Infinity, 0]));
    const b = f32([3, 2], new Float32Array(6));
    const y = f32([2, 2]);
    native.run('Gemm', [a, b], [y]);
    expect(Array.from(y.view).every(Number.isNaN)).toBe(true);
    // beta * C follows IEEE too: 0 * NaN is NaN.
    const c = f32([2, 2], new Float32Array([NaN, 1, 1, 1]));
    native.run('Gemm', [f32([2, 3], rand(6)), f32([3, 2], rand(6)), c], [y], { beta: 0 });
    expect(Number.isNaN(y.view[0])).toBe(true);
    expect(Number.isNaN(y.view[1])).toBe(false);
  });

  it('handles empty dimensions', () => {
    native.setIsa(isa);
    const y = f32([2, 3], new Float32Array(6).fill(7));
    native.run('Gemm', [f32([2, 0]), f32([0, 3])], [y]);
    expect(Array.from(y.view)).toEqual([0, 0, 0, 0, 0, 0]);
    native.run('Gemm', [f32([0, 4]), f32([4, 3])], [f32([0, 3])]);
    native.run('Gemm', [f32([2, 4], rand(8)), f32([4, 0])], [f32([2, 0])]);
  });

  it('runs a pre-packed B, packed under any ISA', () => {
    for (const [M, N, K, transB] of [
      [33, 70, 300, 0],
      [1, 31, 17, 1],
      [129, 64, 513, 1],
    ]) {
      native.setIsa('avx512');
      const size = { dtype: 7, shape: [1], strides: [1], offset: 0, buffer: new BigInt64Array(1) };
      native.run('GemmPackedBSize', [], [size], { K, N });
      const count = Number((size.buffer as BigInt64Array)[0]);
      expect(count).toBeGreaterThanOrEqual(K * N);
      const B = transB ? matrix(N, K, 0) : matrix(K, N, 0);
      const packed = f32([count]);
      native.run('GemmPackB', [B.t], [packed], { transB });
      native.setIsa(isa);
      const A = matrix(M, K, 0);
      const C = matrix(M, N, 0);
      const y = f32([M, N]);
      native.run('GemmPacked', [A.t, packed, C.t], [y], { alpha: 0.5, beta: -1 });
      expectClose(
        y.view,
        refGemm(M, N, K, A.get, (k, j) => (transB ? B.get(j, k) : B.get(k, j)), 0.5, -1, C.get),
      );
    }
  });
});

describe('Gemm float64', () => {
  it('matches the reference', () => {
    const M = 5,
      N = 7,
      K = 9;
    const a = new Float64Array(Array.from(rand(K * M)));
    const b = new Float64Array(Array.from(rand(K * N)));
    const c = new Float64Array(Array.from(rand(N)));
    const y = new Float64Array(M * N);
    const t = (shape: number[], buffer: Float64Array, strides = contiguous(shape)) => ({
      dtype: 11,
      shape,
      strides,
      offset: 0,
      buffer,
    });
    native.run('Gemm', [t([K, M], a), t([K, N], b), t([M, N], c, [0, 1])], [t([M, N], y)], {
      transA: 1,
      alpha: 2,
      beta: 3,
    });
    const want = refGemm(
      M,
      N,
      K,
      (i, k) => a[k * M + i],
      (k, j) => b[k * N + j],
      2,
      3,
      (_, j) => c[j],
    );
    for (let i = 0; i < want.length; i++) expect(y[i]).toBeCloseTo(want[i], 10);
  });
});

describe('Gemm rejects malformed arguments', () => {
  const a = () => f32([2, 3], rand(6));
  const b = () => f32([3, 4], rand(12));
  const y = () => f32([2, 4]);
  const packed = () => {
    const size = { dtype: 7, shape: [1], strides: [1], offset: 0, buffer: new BigInt64Array(1) };
    native.run('GemmPackedBSize', [], [size], { K: 3, N: 4 });
    const p = f32([Number((size.buffer as BigInt64Array)[0])]);
    native.run('GemmPackB', [b()], [p]);
    return p;
  };
  const cases: Array<[string, () => void]> = [
    ['too few inputs', () => native.run('Gemm', [a()], [y()])],
    ['too many inputs', () => native.run('Gemm', [a(), b(), y(), y()], [y()])],
    ['no output', () => native.run('Gemm', [a(), b()], [])],
    [
      'int32 inputs',
      () =>
        native.run(
          'Gemm',
          [
            { ...a(), dtype: 6 },
            { ...b(), dtype: 6 },
          ],
          [{ ...y(), dtype: 6 }],
        ),
    ],
    [
      'mixed dtypes',
      () => native.run('Gemm', [a(), { ...b(), dtype: 11, buffer: new Float64Array(12) }], [y()]),
    ],
    ['K mismatch', () => native.run('Gemm', [a(), f32([4, 4])], [y()])],
    ['wrong output shape', () => native.run('Gemm', [a(), b()], [f32([4, 2])])],
    ['1-D A', () => native.run('Gemm', [f32([6]), b()], [y()])],
    ['C not broadcast', () => native.run('Gemm', [a(), b(), f32([4])], [y()])],
    ['transA = 2', () => native.run('Gemm', [a(), b()], [y()], { transA: 2 })],
    ['transB not a number', () => native.run('Gemm', [a(), b()], [y()], { transB: 'yes' })],
    [
      'strided output',
      () => native.run('Gemm', [a(), b()], [{ ...f32([2, 8]), shape: [2, 4], strides: [8, 2] }]),
    ],
    [
      'packed size without N',
      () =>
        native.run(
          'GemmPackedBSize',
          [],
          [{ dtype: 7, shape: [1], strides: [1], offset: 0, buffer: new BigInt64Array(1) }],
          { K: 3 },
        ),
    ],
    [
      'packed size negative',
      () =>
        native.run(
          'GemmPackedBSize',
          [],
          [{ dtype: 7, shape: [1], strides: [1], offset: 0, buffer: new BigInt64Array(1) }],
          { K: -3, N: 4 },
        ),
    ],
    [
      'packed size float output',
      () => native.run('GemmPackedBSize', [], [f32([1])], { K: 3, N: 4 }),
    ],
    ['pack into a short buffer', () => native.run('GemmPackB', [b()], [f32([20])])],
    [
      'pack float64',
      () =>
        native.run(
          'GemmPackB',
          [{ ...b(), dtype: 11, buffer: new Float64Array(12) }],
          [f32([400])],
        ),
    ],
    [
      'packed with garbage header',
      () =>
        native.run('GemmPacked', [a(), f32([packed().shape[0]], rand(packed().shape[0]))], [y()]),
    ],
    [
      'packed truncated',
      () => {
        const p = packed();
        native.run('GemmPacked', [a(), { ...p, shape: [p.shape[0] - 1] }], [y()]);
      },
    ],
    ['packed K mismatch', () => native.run('GemmPacked', [f32([2, 5]), packed()], [y()])],
    ['packed with transB', () => native.run('GemmPacked', [a(), packed()], [y()], { transB: 1 })],
    ['packed wrong output', () => native.run('GemmPacked', [a(), packed()], [f32([2, 5])])],
  ];
  for (const [what, call] of cases) {
    it(`rejects ${what}`, () => {
      expect(call).toThrow(Error);
    });
  }
});
