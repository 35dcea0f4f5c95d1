import { describe, expect, it } from 'vitest';
import * as native from '../index.js';

const numel = (s: number[]) => s.reduce((a, b) => a * b, 1);
function contiguous(shape: number[]): number[] {
  const strides: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}
function tensor<A extends Float32Array | Float64Array | BigInt64Array>(
  dtype: number,
  shape: number[],
  view: A,
) {
  return { dtype, shape, strides: contiguous(shape), offset: 0, buffer: view, view };
}
const f32 = (shape: number[], data?: Float32Array) =>
  tensor(1, shape, data ?? new Float32Array(numel(shape)));
let seed = 99;
function rand(n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    a[i] = (seed / 2 ** 32) * 2 - 1;
  }
  return a;
}

interface Case {
  x: number[];
  k: number[];
  s?: number[];
  d?: number[];
  p?: number[];
  ceil?: boolean;
  includePad?: boolean;
}

// Reference pooling: per output, the list of window taps inside the input, and the AveragePool
// divisor (taps inside the padded input when count_include_pad).
function windows(c: Case) {
  const nsp = c.k.length;
  const inS = c.x.slice(2);
  const s = c.s ?? c.k.map(() => 1),
    d = c.d ?? c.k.map(() => 1);
  const p = c.p ?? new Array(2 * nsp).fill(0);
  const outS = inS.map((n, i) => {
    const span = n + p[i] + p[nsp + i] - ((c.k[i] - 1) * d[i] + 1);
    let o = (c.ceil ? Math.ceil(span / s[i]) : Math.floor(span / s[i])) + 1;
    if (c.ceil && (o - 1) * s[i] >= n + p[i]) o--;
    return o;
  });
  const list: Array<{ taps: number[][]; count: number }> = [];
  const rec = (j: number, oc: number[]) => {
    if (j === nsp) {
      let taps: number[][] = [[]];
      let count = 1;
      for (let a = 0; a < nsp; a++) {
        const axis: number[] = [];
        let padded = 0;
        for (let k = 0; k < c.k[a]; k++) {
          const i = oc[a] * s[a] - p[a] + k * d[a];
          if (i >= 0 && i < inS[a]) axis.push(i);
          if (i < inS[a] + p[nsp + a]) padded++;
        }
        taps = taps.flatMap((t) => axis.map((i) => [...t, i]));
        count *= c.includePad ? padded : axis.length;
      }
      list.push({ taps, count });
      return;
    }
    for (let o = 0; o < outS[j]; o++) rec(j + 1, [...oc, o]);
  };
  rec(0, []);
  const flat = (t: number[]) => t.reduce((acc, v, i) => acc * inS[i] + v, 0);
  return { outS, list, flat, attrs: { kernel_shape: c.k, strides: s, dilations: d, pads: p } };
}

const cases: Case[] = [
  { x: [2, 3, 7, 8], k: [3, 3], s: [2, 2], p: [1, 1, 1, 1] },
  { x: [1, 2, 9, 9], k: [3, 3], s: [2, 2], ceil: true },
  {
    x: [1, 2, 10, 7],
    k: [2, 3],
    s: [3, 2],
    d: [2, 1],
    p: [1, 0, 0, 2],
    ceil: true,
    includePad: true,
  },
  { x: [1, 4, 12], k: [4], s: [3], p: [2, 1], includePad: true },
  { x: [1, 2, 5, 6, 7], k: [2, 2, 3], s: [2, 1, 2], p: [1, 0, 1, 0, 1, 1] },
  { x: [1, 1, 4, 4], k: [2, 2], s: [2, 2] },
];

describe('pooling', () => {
  for (const c of cases) {
    it(`MaxPool / AveragePool and their gradients: ${JSON.stringify(c)}`, () => {
      const { outS, list, flat, attrs } = windows(c);
      const planes = c.x[0] * c.x[1],
        inN = numel(c.x.slice(2));
      const x = f32(c.x, rand(numel(c.x)));
      const yShape = [c.x[0], c.x[1], ...outS];
      const y = f32(yShape);
      const idx = tensor(7, yShape, new BigInt64Array(numel(yShape)));
      const yAvg = f32(yShape);
      native.run('MaxPool', [x], [y, idx], attrs);
      native.run('AveragePool', [x], [yAvg], { ...attrs, count_include_pad: c.includePad ? 1 : 0 });
      const dy = f32(yShape, rand(numel(yShape)));
      const dxMaxWant = new Float64Array(numel(c.x));
      const dxAvgWant = new Float64Array(numel(c.x));
      for (let pl = 0; pl < planes; pl++)
        list.forEach(({ taps, count }, o) => {
          const at = pl * list.length + o;
          let best = -Infinity,
            bi = -1,
            sum = 0;
          for (const t of taps) {
            const i = pl * inN + flat(t);
            sum += x.view[i];
            if (x.view[i] > best) [best, bi] = [x.view[i], i];
            dxAvgWant[i] += dy.view[at] / count;
          }
          expect(y.view[at]).toBe(best);
          expect(Number(idx.view[at])).toBe(bi);
          expect(yAvg.view[at]).toBeCloseTo(sum / count, 5);
          dxMaxWant[bi] += dy.view[at];
        });
      const dx = f32(c.x);
      native.run('MaxPoolGrad', [dy, idx], [dx]);
      for (let i = 0; i < dx.view.length; i++) expect(dx.view[i]).toBeCloseTo(dxMaxWant[i], 5);
      native.run('AveragePoolGrad', [dy], [dx], {
        ...attrs,
        count_include_pad: c.includePad ? 1 : 0,
      });
      for (let i = 0; i < dx.view.length; i++) expect(dx.view[i]).toBeCloseTo(dxAvgWant[i], 5);
    });
  }

  it('MaxPool indices in column-major storage order, NaN, and float64', () => {
    const x = f32([1, 1, 2, 3], new Float32Array([1, 9, 2, 3, 4, 8]));
    const y = f32([1, 1, 1, 1]);
    const idx = tensor(7, [1, 1, 1, 1], new BigInt64Array(1));
    native.run('MaxPool', [x], [y, idx], { kernel_shape: [2, 3], storage_order: 1 });
    expect(y.view[0]).toBe(9);
    expect(idx.view[0]).toBe(2n); // h=0, w=1 -> h + w * H = 2
    x.view[4] = NaN;
    native.run('MaxPool', [x], [y], { kernel_shape: [2, 3] });
    expect(Number.isNaN(y.view[0])).toBe(true);
    const xd = tensor(11, [1, 2, 2, 2], new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]));
    const yd = tensor(11, [1, 2, 1, 1], new Float64Array(2));
    native.run('AveragePool', [xd], [yd], { kernel_shape: [2, 2] });
    expect(Array.from(yd.view)).toEqual([2.5, 6.5]);
  });

  it('GlobalAveragePool and GlobalMaxPool', () => {
    const x = f32([2, 3, 4, 5], rand(120));
    const ya = f32([2, 3, 1, 1]);
    const ym = f32([2, 3, 1, 1]);
    native.run('GlobalAveragePool', [x], [ya]);
    native.run('GlobalMaxPool', [x], [ym]);
    for (let p = 0; p < 6; p++) {
      const plane = Array.from(x.view.slice(p * 20, p * 20 + 20));
      expect(ya.view[p]).toBeCloseTo(plane.reduce((a, b) => a + b) / 20, 5);
      expect(ym.view[p]).toBe(Math.max(...plane));
    }
    const x3 = tensor(
      11,
      [1, 2, 2, 2, 2],
      new Float64Array(16).map((_, i) => i),
    );
    const y3 = tensor(11, [1, 2, 1, 1, 1], new Float64Array(2));
    native.run('GlobalMaxPool', [x3], [y3]);
    expect(Array.from(y3.view)).toEqual([7, 15]);
  });
});

describe('pooling rejects malformed arguments', () => {
  const x = () => f32([1, 2, 6, 6], rand(72));
  const y = () => f32([1, 2, 3, 3]);
  const k = { kernel_shape: [2, 2], strides: [2, 2] };
  const idx = (shape = [1, 2, 3, 3], data?: BigInt64Array) =>
    tensor(7, shape, data ?? new BigInt64Array(numel(shape)));
  const bad: Array<[string, () => void]> = [
    ['no kernel_shape', () => native.run('MaxPool', [x()], [y()])],
    ['wrong arity', () => native.run('MaxPool', [x(), x()], [y()], k)],
    [
      'zero stride',
      () => native.run('MaxPool', [x()], [y()], { kernel_shape: [2, 2], strides: [0, 2] }),
    ],
    ['negative pad', () => native.run('AveragePool', [x()], [y()], { ...k, pads: [-1, 0, 0, 0] })],
    [
      'pad >= kernel',
      () =>
        native.run('AveragePool', [x()], [f32([1, 2, 6, 6])], {
          kernel_shape: [2, 2],
          pads: [2, 2, 2, 2],
        }),
    ],
    ['wrong output shape', () => native.run('MaxPool', [x()], [f32([1, 2, 4, 4])], k)],
    ['kernel rank mismatch', () => native.run('MaxPool', [x()], [y()], { kernel_shape: [2] })],
    ['indices not int64', () => native.run('MaxPool', [x()], [y(), y()], k)],
    [
      'int32 input',
      () => native.run('AveragePool', [{ ...x(), dtype: 6 }], [{ ...y(), dtype: 6 }], k),
    ],
    ['bad storage_order', () => native.run('MaxPool', [x()], [y()], { ...k, storage_order: 2 })],
    [
      'bad count_include_pad',
      () => native.run('AveragePool', [x()], [y()], { ...k, count_include_pad: 5 }),
    ],
    ['global wrong output', () => native.run('GlobalAveragePool', [x()], [f32([1, 2, 1])])],
    ['global rank 2', () => native.run('GlobalMaxPool', [f32([2, 3])], [f32([2, 3])])],
    [
      'grad index out of plane',
      () =>
        native.run('MaxPoolGrad', [y(), idx(undefined, new BigInt64Array(18).fill(1000n))], [x()]),
    ],
    [
      'grad index from another plane',
      () =>
        native.run('MaxPoolGrad', [y(), idx(undefined, new BigInt64Array(18).fill(40n))], [x()]),
    ],
    ['grad indices shape', () => native.run('MaxPoolGrad', [y(), idx([1, 2, 9])], [x()])],
    ['avg grad wrong dX', () => native.run('AveragePoolGrad', [y()], [f32([1, 2, 9, 9])], k)],
  ];
  for (const [what, call] of bad) it(`rejects ${what}`, () => expect(call).toThrow(Error));
});
