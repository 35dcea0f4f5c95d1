import { describe, expect, it } from 'vitest';
import { Graph, Tensor, execute, inferShapes } from '../src/index.js';
import { inferOp } from './fixtures/infer.js';
import { caseNames, runCase } from './fixtures/onnx-cases.js';

const i64 = (v: number[]) => Tensor.from(v, 'int64', [v.length]);
const scalar = (v: number, d: 'int64' | 'int32' | 'float32' | 'float64') => Tensor.from([v], d, []);

describe('ONNX backend cases (generators)', () => {
  for (const op of ['Constant', 'ConstantOfShape', 'EyeLike', 'Range']) {
    for (const name of caseNames(op)) it(name, () => runCase(name));
  }
});

describe('Constant', () => {
  it('reads each value attribute', () => {
    expect(execute('Constant', [], { value_float: 2.5 })[0].toArray()).toBe(2.5);
    expect(execute('Constant', [], { value_ints: [1, 2] })[0].toArray()).toEqual([1n, 2n]);
    expect(execute('Constant', [], { value_int: 7 })[0].dtype).toBe('int64');
    expect(execute('Constant', [], { value_floats: [1, 2] })[0].shape).toEqual([2]);
  });
  it('refuses strings and missing values clearly', () => {
    expect(() => execute('Constant', [], { value_string: 'a' })).toThrow(
      /Constant: attribute 'value_string' is not supported/,
    );
    expect(() => execute('Constant', [])).toThrow(
      /Constant: exactly one value attribute must be set, got none/,
    );
  });
});

describe('ConstantOfShape / EyeLike / Range', () => {
  it('fills with the value dtype', () => {
    const [y] = execute('ConstantOfShape', [i64([2, 1])], {
      value: Tensor.from([5], 'int32', [1]),
    });
    expect(y.dtype).toBe('int32');
    expect(y.toNumbers()).toEqual([5, 5]);
    expect(inferOp('ConstantOfShape', [{ dtype: 'int64', shape: [3] }])[0].shape).toEqual([
      null,
      null,
      null,
    ]);
  });
  it('places the k-th diagonal', () => {
    const [y] = execute('EyeLike', [new Tensor('int32', [3, 2])], { k: -1, dtype: 11 });
    expect(y.dtype).toBe('float64');
    expect(y.toArray()).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
  });
  it('ranges over ints and floats; zero delta is an error', () => {
    expect(
      execute('Range', [
        scalar(5, 'int32'),
        scalar(0, 'int32'),
        scalar(-2, 'int32'),
      ])[0].toNumbers(),
    ).toEqual([5, 3, 1]);
    expect(
      execute('Range', [
        scalar(0, 'float32'),
        scalar(1, 'float32'),
        scalar(0.25, 'float32'),
      ])[0].toNumbers(),
    ).toEqual([0, 0.25, 0.5, 0.75]);
    expect(() =>
      execute('Range', [scalar(0, 'int64'), scalar(1, 'int64'), scalar(0, 'int64')]),
    ).toThrow(/Range: delta must be non-zero/);
    expect(() =>
      execute('Range', [scalar(0, 'int64'), scalar(1, 'int32'), scalar(1, 'int64')]),
    ).toThrow(/Range: inputs mix dtypes/);
  });
});

describe('random generators', () => {
  it('are deterministic given a seed, and differ without one', () => {
    const a = execute('RandomNormal', [], { shape: [1000], seed: 3 })[0].toNumbers();
    const b = execute('RandomNormal', [], { shape: [1000], seed: 3 })[0].toNumbers();
    const c = execute('RandomNormal', [], { shape: [1000] })[0].toNumbers();
    const d = execute('RandomNormal', [], { shape: [1000] })[0].toNumbers();
    expect(a).toEqual(b);
    expect(c).not.toEqual(d);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const sd = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.abs(sd - 1)).toBeLessThan(0.1);
  });
  it('respect dtype, range and the Like shape', () => {
    const [u] = execute('RandomUniform', [], {
      shape: [2, 500],
      low: 2,
      high: 3,
      dtype: 11,
      seed: 1,
    });
    expect(u.dtype).toBe('float64');
    expect(u.toNumbers().every((v) => v >= 2 && v < 3)).toBe(true);
    const [l] = execute('RandomNormalLike', [new Tensor('float64', [3, 4])], {
      mean: 10,
      scale: 0.01,
      seed: 2,
    });
    expect(l.shape).toEqual([3, 4]);
    expect(l.dtype).toBe('float64');
    expect(l.toNumbers().every((v) => Math.abs(v - 10) < 1)).toBe(true);
    expect(
      execute('RandomUniformLike', [new Tensor('float32', [5])], { dtype: 1 })[0].shape,
    ).toEqual([5]);
    expect(() => execute('RandomNormal', [], { shape: [2], dtype: 7 })).toThrow(
      /RandomNormal: output dtype int64 is not supported/,
    );
  });
  it('Bernoulli draws 0/1 with the given probabilities', () => {
    const p = Tensor.from(Float32Array.from({ length: 2000 }, (_, i) => (i < 1000 ? 0 : 1)));
    const [y] = execute('Bernoulli', [p], { seed: 5 });
    const v = y.toNumbers();
    expect(v.slice(0, 1000).every((x) => x === 0)).toBe(true);
    expect(v.slice(1000).every((x) => x === 1)).toBe(true);
    const [h] = execute('Bernoulli', [Tensor.from(new Float64Array(4000).fill(0.5))], {
      seed: 1,
      dtype: 9,
    });
    expect(h.dtype).toBe('bool');
    const ones = h.toNumbers().filter((x) => x === 1).length;
    expect(Math.abs(ones / 4000 - 0.5)).toBeLessThan(0.05);
  });
  it('are never constant-folded by graph inference', () => {
    const g = new Graph('g');
    g.addNode('RandomUniform', [], ['r'], { shape: [2] });
    g.outputs.push({ name: 'r', dtype: 'float32', shape: null });
    expect(inferShapes(g).get('r')).toEqual({ dtype: 'float32', shape: [2] });
  });
});

describe('random generators on 16-bit floats', () => {
  it('Bernoulli reads float16 probabilities', () => {
    const p = Tensor.from([0, 1, 1, 0], 'float16');
    expect(execute('Bernoulli', [p], { seed: 1 })[0].toNumbers().map(Number)).toEqual([
      0, 15360, 15360, 0,
    ]);
  });
});
