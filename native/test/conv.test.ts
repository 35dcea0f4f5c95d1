import { afterAll, describe, expect, it } from 'vitest';
import * as native from '../index.js';

type T = native.NativeTensor & { view: Float32Array };
const numel = (s: number[]) => s.reduce((a, b) => a * b, 1);
function f32(shape: number[], data?: Float32Array): T {
  const view = data ?? new Float32Array(numel(shape));
  const strides: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return { dtype: 1, shape, strides, offset: 0, buffer: view, view };
}
let seed = 7;
function rand(n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    a[i] = (seed / 2 ** 32) * 2 - 1;
  }
  return a;
}
function expectClose(got: ArrayLike<number>, want: ArrayLike<number>, tol = 1e-4) {
  expect(got.length).toBe(want.length);
  let worst = 0;
  for (let i = 0; i < want.length; i++)
    worst = Math.max(worst, Math.abs(got[i] - want[i]) / (1 + Math.abs(want[i])));
  expect(worst).toBeLessThan(tol);
}

interface Case {
  x: number[]; // [N, C, *in]
  m: number;
  k: number[];
  s?: number[];
  d?: number[];
  p?: number[];
  group?: number;
  bias?: boolean;
}

// Visits every (n, m, out position, c, tap) product of a forward conv: fn(yIdx, xIdx, wIdx).
function forEachProduct(c: Case, fn: (yi: number, xi: number, wi: number) => void): number[] {
  const nsp = c.k.length;
  const [N, C] = c.x;
  const inS = c.x.slice(2);
  const s = c.s ?? c.k.map(() => 1),
    d = c.d ?? c.k.map(() => 1);
  const p = c.p ?? [...c.k, ...c.k].map(() => 0);
  const g = c.group ?? 1;
  const outS = inS.map(
    (n, i) => Math.floor((n + p[i] + p[nsp + i] - ((c.k[i] - 1) * d[i] + 1)) / s[i]) + 1,
  );
  const Cg = C / g,
    Mg = c.m / g;
  const kn = numel(c.k),
    inN = numel(inS),
    outN = numel(outS);
  const unflat = (i: number, dims: number[]) => {
    const r: number[] = [];
    for (let j = dims.length - 1; j >= 0; j--) {
      r[j] = i % dims[j];
      i = Math.floor(i / dims[j]);
    }
    return r;
  };
  for (let n = 0; n < N; n++)
    for (let m = 0; m < c.m; m++) {
      const gi = Math.floor(m / Mg);
      for (let o = 0; o < outN; o++) {
        const oc = unflat(o, outS);
        for (let cc = 0; cc < Cg; cc++)
          for (let t = 0; t < kn; t++) {
            const kc = unflat(t, c.k);
            let xi = 0,
              ok = true;
            for (let j = 0; j < nsp; j++) {
              const ix = oc[j] * s[j] - p[j] + kc[j] * d[j];
              if (ix < 0 || ix >= inS[j]) ok = false;
              xi = xi * inS[j] + ix;
            }
            if (!ok) continue;
            fn((n * c.m + m) * outN + o, (n * C + gi * Cg + cc) * inN + xi, (m * Cg + cc) * kn + t);
          }
      }
    }
  return outS;
}

function attrsOf(c: Case) {
  const nsp = c.k.length;
  return {
    strides: c.s ?? c.k.map(() => 1),
    dilations: c.d ?? c.k.map(() => 1),
    pads: c.p ?? new Array(2 * nsp).fill(0),
    group: c.group ?? 1,
  };
}

const cases: Case[] = [
  { x: [1, 3, 7, 9], m: 4, k: [3, 3], p: [1, 1, 1, 1], bias: true },
  { x: [2, 4, 9, 8], m: 6, k: [3, 2], s: [2, 3], p: [0, 1, 2, 0], group: 2, bias: true },
  { x: [1, 6, 10, 10], m: 6, k: [3, 3], d: [2, 2], p: [2, 1, 2, 1], group: 6, bias: true },
  { x: [2, 5, 11, 7], m: 5, k: [3, 3], s: [2, 1], p: [1, 1, 1, 1], group: 5 },
  { x: [1, 16, 5, 5], m: 24, k: [1, 1], bias: true },
  { x: [1, 8, 6, 6], m: 16, k: [1, 1], s: [2, 2] },
  { x: [2, 3, 20], m: 5, k: [4], s: [3], d: [2], p: [2, 1], bias: true },
  { x: [1, 4, 5, 6, 7], m: 6, k: [2, 3, 2], s: [1, 2, 1], p: [1, 0, 1, 0, 1, 1], group: 2 },
  { x: [1, 32, 21, 19], m: 40, k: [3, 3], p: [1, 1, 1, 1], bias: true },
  { x: [1, 64, 9, 9], m: 128, k: [3, 3], s: [2, 2], p: [1, 1, 1, 1] },
  // LeNet-sized batches: more images than threads, so each image is one task and the weight
  // gradient is summed from per-thread partials (Note [Conv backward threading]); output rows
  // of <= 16, <= 32 and > 32 columns take the different masked paths of the AVX-512 im2col.
  { x: [5, 6, 14, 14], m: 16, k: [5, 5], bias: true },
  { x: [3, 2, 9, 40], m: 3, k: [3, 3], p: [1, 0, 1, 2] },
  { x: [5, 1, 28, 28], m: 6, k: [5, 5], p: [2, 2, 2, 2], bias: true },
  { x: [3, 2, 7, 18], m: 4, k: [2, 3], d: [1, 2], p: [0, 3, 1, 0], group: 2 },
];

// W packed by ConvPackW under the widest ISA (the layout does not depend on it).
function packW(w: T, group: number): T {
  const size = { dtype: 7, shape: [1], strides: [1], offset: 0, buffer: new BigInt64Array(1) };
  native.run('ConvPackedWSize', [w], [size], { group });
  const packed = f32([Number((size.buffer as BigInt64Array)[0])]);
  const isa = native.cpuInfo().isa;
  native.setIsa('avx512');
  native.run('ConvPackW', [w], [packed], { group });
  native.setIsa(isa);
  return packed;
}

const isas = (['scalar', 'avx2', 'avx512'] as const).filter((isa) => {
  const info = native.cpuInfo();
  return isa === 'scalar' || (isa === 'avx2' ? info.avx2 && info.fma : info.avx512f);
});
const threads0 = native.getNumThreads();
afterAll(() => {
  native.setIsa('avx512');
  native.setNumThreads(threads0);
});

describe.each(isas)('Conv family on %s', (isa) => {
  for (const [ci, c] of cases.entries()) {
    const label = `x ${JSON.stringify(c.x)} m ${c.m} k ${JSON.stringify(c.k)} g ${c.group ?? 1}`;
    it(`Conv, ConvGradInput, ConvGradWeight, ConvTranspose: ${label}`, () => {
      native.setIsa(isa);
      native.setNumThreads(ci % 2 ? 1 : 2);
      const g = c.group ?? 1;
      const wShape = [c.m, c.x[1] / g, ...c.k];
      const x = f32(c.x, rand(numel(c.x)));
      const w = f32(wShape, rand(numel(wShape)));
      const b = f32([c.m], rand(c.m));
      // Forward.
      const outS = forEachProduct(c, () => {});
      const yShape = [c.x[0], c.m, ...outS];
      const want = new Float64Array(numel(yShape));
      if (c.bias)
        for (let i = 0; i < want.length; i++) want[i] = b.view[Math.floor(i / numel(outS)) % c.m];
      forEachProduct(c, (yi, xi, wi) => (want[yi] += x.view[xi] * w.view[wi]));
      const y = f32(yShape);
      native.run('Conv', c.bias ? [x, w, b] : [x, w], [y], attrsOf(c));
      expectClose(y.view, want);
      // The same with pre-packed weights, packed under another ISA than the one that runs them.
      const packed = packW(w, g);
      const yp = f32(yShape);
      native.run('ConvPacked', c.bias ? [x, packed, b] : [x, packed], [yp], attrsOf(c));
      expectClose(yp.view, want);
      // Gradients.
      const dy = f32(yShape, rand(numel(yShape)));
      const dxWant = new Float64Array(numel(c.x));
      const dwWant = new Float64Array(numel(wShape));
      forEachProduct(c, (yi, xi, wi) => {
        dxWant[xi] += dy.view[yi] * w.view[wi];
        dwWant[wi] += dy.view[yi] * x.view[xi];
      });
      const dx = f32(c.x);
      native.run('ConvGradInput', [dy, w], [dx], attrsOf(c));
      expectClose(dx.view, dxWant);
      const dw = f32(wShape);
      native.run('ConvGradWeight', [x, dy], [dw], attrsOf(c));
      expectClose(dw.view, dwWant, 1e-3);
      // ConvTranspose of dY with W viewed as [M, C/g, *k] = [C_in, C_out/g, *k] is the data gradient
      // (plus a bias), with output_padding covering the rows the conv never reached.
      const nsp = c.k.length;
      const a = attrsOf(c);
      const outputPadding = c.x
        .slice(2)
        .map(
          (n, i) =>
            n -
            (a.strides[i] * (outS[i] - 1) +
              (c.k[i] - 1) * a.dilations[i] +
              1 -
              a.pads[i] -
              a.pads[nsp + i]),
        );
      const okPadding = outputPadding.every((p, i) => p < Math.max(a.strides[i], a.dilations[i]));
      if (okPadding && c.m % g === 0) {
        const bt = f32([c.x[1]], rand(c.x[1]));
        const yt = f32(c.x);
        native.run('ConvTranspose', [dy, w, bt], [yt], { ...a, output_padding: outputPadding });
        const tWant = dxWant.map(
          (v, i) => v + bt.view[Math.floor(i / numel(c.x.slice(2))) % c.x[1]],
        );
        expectClose(yt.view, tWant);
      }
    });
  }
});

describe.each(isas)('Conv gradients with Inf inputs on %s', (isa) => {
  // The wide-row gradients (Note [Wide rows]) multiply throw-away columns by zero; an Inf must
  // still only reach the entries whose real products involve it.
  it('keeps Inf out of the entries that never touch it', () => {
    native.setIsa(isa);
    const c: Case = { x: [3, 2, 6, 7], m: 4, k: [3, 3] };
    const wShape = [4, 2, 3, 3];
    const x = f32(c.x, rand(numel(c.x)));
    const w = f32(wShape, rand(numel(wShape)));
    x.view[0] = Infinity; // a corner pixel: only tap (0, 0) of one output reads it
    w.view[0] = -Infinity;
    const outS = forEachProduct(c, () => {});
    const dy = f32([3, 4, ...outS], rand(3 * 4 * numel(outS)));
    const dxWant = new Float64Array(numel(c.x));
    const dwWant = new Float64Array(numel(wShape));
    forEachProduct(c, (yi, xi, wi) => {
      dxWant[xi] += dy.view[yi] * w.view[wi];
      dwWant[wi] += dy.view[yi] * x.view[xi];
    });
    const dx = f32(c.x);
    const dw = f32(wShape);
    native.run('ConvGradInput', [dy, w], [dx], attrsOf(c));
    native.run('ConvGradWeight', [x, dy], [dw], attrsOf(c));
    for (const [got, want] of [
      [dx.view, dxWant],
      [dw.view, dwWant],
    ] as const)
      for (let i = 0; i < want.length; i++) {
        if (Number.isFinite(want[i])) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-3);
        else expect(Number.isFinite(got[i])).toBe(false);
      }
  });
});

describe('Conv rejects malformed arguments', () => {
  const x = () => f32([1, 4, 6, 6], rand(144));
  const w = () => f32([8, 4, 3, 3], rand(288));
  const y = () => f32([1, 8, 4, 4]);
  const bad: Array<[string, () => void]> = [
    ['wrong arity', () => native.run('Conv', [x()], [y()])],
    ['no output', () => native.run('Conv', [x(), w()], [])],
    [
      'float64',
      () => native.run('Conv', [{ ...x(), dtype: 11, buffer: new Float64Array(144) }, w()], [y()]),
    ],
    ['wrong output shape', () => native.run('Conv', [x(), w()], [f32([1, 8, 5, 5])])],
    ['channel mismatch', () => native.run('Conv', [x(), f32([8, 3, 3, 3])], [y()])],
    ['group not dividing', () => native.run('Conv', [x(), f32([8, 4, 3, 3])], [y()], { group: 3 })],
    ['zero stride', () => native.run('Conv', [x(), w()], [y()], { strides: [0, 1] })],
    ['negative pad', () => native.run('Conv', [x(), w()], [y()], { pads: [-1, 0, 0, 0] })],
    ['zero dilation', () => native.run('Conv', [x(), w()], [y()], { dilations: [1, 0] })],
    ['pads of wrong length', () => native.run('Conv', [x(), w()], [y()], { pads: [1, 1] })],
    ['huge dilation', () => native.run('Conv', [x(), w()], [y()], { dilations: [2 ** 40, 1] })],
    ['kernel larger than input', () => native.run('Conv', [x(), f32([8, 4, 7, 7])], [y()])],
    [
      'kernel_shape mismatch',
      () => native.run('Conv', [x(), w()], [y()], { kernel_shape: [2, 2] }),
    ],
    ['auto_pad', () => native.run('Conv', [x(), w()], [y()], { auto_pad: 'SAME_UPPER' })],
    ['bias shape', () => native.run('Conv', [x(), w(), f32([7])], [y()])],
    [
      'rank 6',
      () =>
        native.run(
          'Conv',
          [f32([1, 1, 2, 2, 2, 2]), f32([1, 1, 1, 1, 1, 1])],
          [f32([1, 1, 2, 2, 2, 2])],
        ),
    ],
    ['grad input wrong dX', () => native.run('ConvGradInput', [y(), w()], [f32([1, 4, 9, 9])])],
    ['grad input arity', () => native.run('ConvGradInput', [y()], [x()])],
    ['grad weight wrong dW', () => native.run('ConvGradWeight', [x(), y()], [f32([8, 4, 2, 2])])],
    [
      'grad weight zero stride',
      () => native.run('ConvGradWeight', [x(), y()], [w()], { strides: [0, 0] }),
    ],
    [
      'transpose wrong output',
      () => native.run('ConvTranspose', [y(), f32([8, 4, 3, 3])], [f32([1, 4, 7, 7])]),
    ],
    [
      'transpose negative output_padding',
      () =>
        native.run('ConvTranspose', [y(), f32([8, 4, 3, 3])], [x()], { output_padding: [-1, 0] }),
    ],
    [
      'transpose group',
      () => native.run('ConvTranspose', [y(), f32([8, 4, 3, 3])], [x()], { group: 3 }),
    ],
    ['packed size float output', () => native.run('ConvPackedWSize', [w()], [f32([1])])],
    [
      'packed size group not dividing M',
      () =>
        native.run(
          'ConvPackedWSize',
          [w()],
          [{ dtype: 7, shape: [1], strides: [1], offset: 0, buffer: new BigInt64Array(1) }],
          { group: 3 },
        ),
    ],
    ['pack 2-D W', () => native.run('ConvPackW', [f32([8, 36])], [f32([1000])])],
    ['pack into a short buffer', () => native.run('ConvPackW', [w()], [f32([100])])],
    [
      'pack float64 W',
      () =>
        native.run(
          'ConvPackW',
          [{ ...w(), dtype: 11, buffer: new Float64Array(288) }],
          [f32([1000])],
        ),
    ],
    [
      'packed garbage',
      () =>
        native.run(
          'ConvPacked',
          [x(), f32([packW(w(), 1).shape[0]], rand(packW(w(), 1).shape[0]))],
          [y()],
        ),
    ],
    [
      'packed truncated',
      () => {
        const p = packW(w(), 1);
        native.run('ConvPacked', [x(), { ...p, shape: [p.shape[0] - 1] }], [y()]);
      },
    ],
    ['packed shorter than its header', () => native.run('ConvPacked', [x(), f32([4])], [y()])],
    [
      'packed corrupt header',
      () => {
        const p = packW(w(), 1);
        new BigInt64Array(p.view.buffer, 8, 7)[1] = 2n ** 40n; // M
        native.run('ConvPacked', [x(), p], [y()]);
      },
    ],
    [
      'packed group mismatch',
      () => native.run('ConvPacked', [f32([1, 8, 6, 6]), packW(w(), 1)], [y()], { group: 2 }),
    ],
    [
      'packed channel mismatch',
      () => native.run('ConvPacked', [f32([1, 3, 6, 6]), packW(w(), 1)], [y()]),
    ],
    [
      'packed kernel_shape mismatch',
      () => native.run('ConvPacked', [x(), packW(w(), 1)], [y()], { kernel_shape: [2, 2] }),
    ],
    [
      'packed wrong output',
      () => native.run('ConvPacked', [x(), packW(w(), 1)], [f32([1, 8, 5, 5])]),
    ],
    ['packed 2-D', () => native.run('ConvPacked', [x(), { ...f32([2, 500]) }], [y()])],
    ['packed arity', () => native.run('ConvPacked', [x()], [y()])],
  ];
  for (const [what, call] of bad) it(`rejects ${what}`, () => expect(call).toThrow(Error));
});
