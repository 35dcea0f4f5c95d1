import { describe, expect, it } from 'vitest';
import * as native from '../index.js';

const f32 = (shape: number[], data: number[] | Float32Array) => {
  const buf = data instanceof Float32Array ? data : new Float32Array(data);
  const strides: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return { dtype: 1, shape, strides, offset: 0, buffer: buf.buffer as ArrayBuffer, view: buf };
};

describe('native binding', () => {
  it('runs a kernel with broadcast strides', () => {
    const a = f32([2, 2], [1, 2, 3, 4]);
    const b = { ...f32([2], [10, 20]), shape: [2, 2], strides: [0, 1] };
    const y = f32([2, 2], new Float32Array(4));
    native.run('Add', [a, b], [y]);
    expect(Array.from(y.view)).toEqual([11, 22, 13, 24]);
  });

  it('lists its kernels without duplicates', () => {
    const names = native.kernels();
    expect(names).toContain('Copy');
    expect(names.filter((n) => n.startsWith('!duplicate:'))).toEqual([]);
  });

  it('reports CPU features and thread count', () => {
    const info = native.cpuInfo();
    expect(['avx512', 'avx2', 'scalar']).toContain(info.isa);
    const n = native.getNumThreads();
    native.setNumThreads(1);
    expect(native.getNumThreads()).toBe(1);
    native.setNumThreads(n);
    expect(native.getNumThreads()).toBe(n);
  });

  it('runs asynchronously', async () => {
    const a = f32([3], [1, 2, 3]);
    const y = f32([3], new Float32Array(3));
    await native.runAsync('Mul', [a, a], [y]);
    expect(Array.from(y.view)).toEqual([1, 4, 9]);
  });

  it('accepts a reversed view within the buffer', () => {
    const x = { ...f32([3], [1, 2, 3]), strides: [-1], offset: 2 };
    const y = f32([3], new Float32Array(3));
    native.run('Copy', [x], [y]);
    expect(Array.from(y.view)).toEqual([3, 2, 1]);
  });

  // Every entry point fed malformed arguments throws a JS error and never crashes the process.
  const good = () => f32([2], [1, 2]);
  const malformed: Array<[string, () => void]> = [
    ['unknown kernel', () => native.run('NoSuchKernel', [], [])],
    ['kernel name not a string', () => native.run(42 as never, [], [])],
    ['too few arguments', () => (native.run as (...a: unknown[]) => void)('Add')],
    ['inputs not an array', () => native.run('Add', {} as never, [])],
    ['tensor not an object', () => native.run('Copy', [5 as never], [good()])],
    ['unknown dtype', () => native.run('Copy', [{ ...good(), dtype: 99 }], [good()])],
    ['fractional shape', () => native.run('Copy', [{ ...good(), shape: [1.5] }], [good()])],
    ['negative dim', () => native.run('Copy', [{ ...good(), shape: [-2] }], [good()])],
    ['strides rank mismatch', () => native.run('Copy', [{ ...good(), strides: [1, 1] }], [good()])],
    [
      'negative stride before start',
      () => native.run('Copy', [{ ...good(), strides: [-1] }], [good()]),
    ],
    ['negative offset', () => native.run('Copy', [{ ...good(), offset: -1 }], [good()])],
    ['buffer too small', () => native.run('Copy', [{ ...good(), shape: [3] }], [good()])],
    ['offset past end', () => native.run('Copy', [{ ...good(), offset: 1 }], [good()])],
    [
      'huge shape',
      () =>
        native.run('Copy', [{ ...good(), shape: [2 ** 40, 2 ** 40], strides: [1, 1] }], [good()]),
    ],
    [
      'buffer not a buffer',
      () => native.run('Copy', [{ ...good(), buffer: 'x' as never }], [good()]),
    ],
    ['wrong arity', () => native.run('Copy', [good(), good()], [good()])],
    ['shape mismatch', () => native.run('Add', [good(), good()], [f32([3], [0, 0, 0])])],
    ['dtype mismatch', () => native.run('Add', [good(), { ...good(), dtype: 11 }], [good()])],
    ['bad attr type', () => native.run('Copy', [good()], [good()], { x: {} as never })],
    ['setNumThreads 0', () => native.setNumThreads(0)],
    ['setNumThreads NaN', () => native.setNumThreads(NaN)],
    ['setIsa bogus', () => native.setIsa('sse' as never)],
  ];
  for (const [what, call] of malformed) {
    it(`rejects ${what}`, () => {
      expect(call).toThrow(Error);
    });
  }
});

describe('Copy', () => {
  it('transposes through the tiled path and the generic one alike', () => {
    for (const [r, c] of [
      [70, 45],
      [33, 16],
      [5, 7],
    ]) {
      const x = f32(
        [r, c],
        Float32Array.from({ length: r * c }, (_, i) => i),
      );
      const xt = { ...x, shape: [c, r], strides: [1, c] };
      const y = f32([c, r], new Float32Array(r * c));
      native.run('Copy', [xt], [y]);
      for (let i = 0; i < c; i++)
        for (let j = 0; j < r; j++) expect(y.view[i * r + j]).toBe(x.view[j * c + i]);
    }
  });

  it('transposes batched matrices', () => {
    const [b, r, c] = [3, 40, 20];
    const x = f32(
      [b, r, c],
      Float32Array.from({ length: b * r * c }, (_, i) => i),
    );
    const xt = { ...x, shape: [b, c, r], strides: [r * c, 1, c] };
    const y = f32([b, c, r], new Float32Array(b * r * c));
    native.run('Copy', [xt], [y]);
    for (let k = 0; k < b; k++)
      for (let i = 0; i < c; i++)
        for (let j = 0; j < r; j++)
          expect(y.view[k * r * c + i * r + j]).toBe(x.view[k * r * c + j * c + i]);
  });
});

describe('shared memory', () => {
  it('runs kernels on SharedArrayBuffer-backed typed arrays', () => {
    const sab = new SharedArrayBuffer(12);
    const x = new Float32Array(sab);
    x.set([1, 2, 3]);
    const y = new Float32Array(3);
    native.run(
      'Add',
      [
        { dtype: 1, shape: [3], strides: [1], offset: 0, buffer: x },
        { dtype: 1, shape: [3], strides: [1], offset: 0, buffer: x },
      ],
      [{ dtype: 1, shape: [3], strides: [1], offset: 0, buffer: y }],
    );
    expect(Array.from(y)).toEqual([2, 4, 6]);
    const view = new Float32Array(sab, 4, 2);
    expect(() =>
      native.run(
        'Copy',
        [{ dtype: 1, shape: [3], strides: [1], offset: 0, buffer: view }],
        [{ dtype: 1, shape: [3], strides: [1], offset: 0, buffer: y }],
      ),
    ).toThrow(/buffer holds 2/);
  });
});
