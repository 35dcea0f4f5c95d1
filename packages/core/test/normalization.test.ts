import { describe, expect, it } from 'vitest';
import { Graph, Tensor, execute, gradcheck, inferShapes, randomTensor } from '../src/index.js';

const f64 = (a: number[], shape: number[]) => Tensor.from(Float64Array.from(a), 'float64', shape);
const close = (a: number[], b: number[], tol = 1e-5) =>
  a.forEach((v, i) => expect(Math.abs(v - b[i]), `at ${i}: ${v} vs ${b[i]}`).toBeLessThan(tol));

/** Normalizes groups of `x` (flat) given by `key(i)`; returns xhat. */
function normalizeBy(x: number[], key: (i: number) => number, eps: number): number[] {
  const sum = new Map<number, number[]>();
  x.forEach((v, i) => sum.set(key(i), [...(sum.get(key(i)) ?? []), v]));
  const stats = new Map(
    [...sum].map(([k, vs]) => {
      const m = vs.reduce((a, b) => a + b, 0) / vs.length;
      const v = vs.reduce((a, b) => a + (b - m) ** 2, 0) / vs.length;
      return [k, [m, 1 / Math.sqrt(v + eps)]];
    }),
  );
  return x.map((v, i) => (v - stats.get(key(i))![0]) * stats.get(key(i))![1]);
}

describe('BatchNormalization', () => {
  const x = randomTensor([2, 3, 2, 2], 1);
  const scale = f64([1, 2, 0.5], [3]);
  const bias = f64([0, 1, -1], [3]);
  const mean = f64([0.1, -0.2, 0.3], [3]);
  const variance = f64([1, 0.5, 2], [3]);
  const ch = (i: number) => Math.floor(i / 4) % 3;

  it('normalizes with the given statistics in inference mode', () => {
    const [y] = execute('BatchNormalization', [x, scale, bias, mean, variance], { epsilon: 1e-3 });
    const xs = x.toNumbers();
    const ref = xs.map((v, i) => {
      const c = ch(i);
      return (
        ((v - [0.1, -0.2, 0.3][c]) / Math.sqrt([1, 0.5, 2][c] + 1e-3)) * [1, 2, 0.5][c] +
        [0, 1, -1][c]
      );
    });
    close(y.toNumbers(), ref, 1e-12);
  });

  it('uses batch statistics and blends running statistics in training mode', () => {
    const attrs = { training_mode: 1, momentum: 0.8 };
    const [y, rm, rv] = execute('BatchNormalization', [x, scale, bias, mean, variance], attrs);
    const xs = x.toNumbers();
    const xhat = normalizeBy(xs, ch, 1e-5);
    close(
      y.toNumbers(),
      xhat.map((v, i) => v * [1, 2, 0.5][ch(i)] + [0, 1, -1][ch(i)]),
      1e-10,
    );
    const bm = [0, 1, 2].map(
      (c) => xs.filter((_, i) => ch(i) === c).reduce((a, b) => a + b, 0) / 8,
    );
    close(
      rm.toNumbers(),
      bm.map((m, c) => 0.8 * [0.1, -0.2, 0.3][c] + 0.2 * m),
      1e-12,
    );
    expect(rv.shape).toEqual([3]);
  });

  it('infers shapes and rejects mismatched channels', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['N', 3, 'H', 'W'] });
    for (const n of ['s', 'b', 'm', 'v']) g.initializers.set(n, Tensor.from([1, 1, 1]));
    g.addNode('BatchNormalization', ['x', 's', 'b', 'm', 'v'], ['y']);
    g.outputs.push({ name: 'y', dtype: null, shape: null });
    expect(inferShapes(g).get('y')!.shape).toEqual(['N', 3, 'H', 'W']);
    const bad = Tensor.from([1, 1]);
    expect(() =>
      execute('BatchNormalization', [Tensor.zeros([1, 3, 2]), bad, bad, bad, bad]),
    ).toThrow(/BatchNormalization: input 1 has shape \[2\], expected \[3\]/);
  });

  it('gradchecks inference and training modes (float64)', () => {
    const ins = [x, scale, bias, mean, variance];
    expect(gradcheck('BatchNormalization', ins, { wrt: [0, 1, 2] }).message).toBe('ok');
    expect(
      gradcheck('BatchNormalization', ins, {
        attrs: { training_mode: 1 },
        wrt: [0, 1, 2],
        outputs: [0],
      }).message,
    ).toBe('ok');
  });
});

describe('InstanceNormalization', () => {
  const x = randomTensor([2, 3, 5], 4);
  const scale = f64([1, 2, 0.5], [3]);
  const bias = f64([0, 1, -1], [3]);

  it('normalizes each (n, c) row', () => {
    const [y] = execute('InstanceNormalization', [x, scale, bias], { epsilon: 1e-2 });
    const xhat = normalizeBy(x.toNumbers(), (i) => Math.floor(i / 5), 1e-2);
    const c = (i: number) => Math.floor(i / 5) % 3;
    close(
      y.toNumbers(),
      xhat.map((v, i) => v * [1, 2, 0.5][c(i)] + [0, 1, -1][c(i)]),
      1e-12,
    );
  });

  it('gradchecks (float64)', () => {
    expect(gradcheck('InstanceNormalization', [x, scale, bias]).message).toBe('ok');
  });
});

describe('LayerNormalization', () => {
  const x = randomTensor([2, 3, 4], 5);

  it('normalizes over the trailing dims and returns Mean / InvStdDev', () => {
    const scale = randomTensor([3, 4], 6);
    const bias = randomTensor([3, 4], 7);
    const [y, mean, inv] = execute('LayerNormalization', [x, scale, bias], { axis: 1 });
    const xhat = normalizeBy(x.toNumbers(), (i) => Math.floor(i / 12), 1e-5);
    const s = scale.toNumbers();
    const bb = bias.toNumbers();
    close(
      y.toNumbers(),
      xhat.map((v, i) => v * s[i % 12] + bb[i % 12]),
      1e-12,
    );
    expect(mean.shape).toEqual([2, 1, 1]);
    expect(inv.shape).toEqual([2, 1, 1]);
  });

  it('broadcasts Scale over the normalized dims', () => {
    const [y] = execute('LayerNormalization', [x, f64([2], [1])], { axis: 1 });
    const xhat = normalizeBy(x.toNumbers(), (i) => Math.floor(i / 12), 1e-5);
    close(
      y.toNumbers(),
      xhat.map((v) => 2 * v),
      1e-12,
    );
  });

  it('infers symbolic shapes', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['B', 'T', 8] });
    g.inputs.push({ name: 's', dtype: 'float32', shape: [8] });
    g.addNode('LayerNormalization', ['x', 's'], ['y', 'm', 'i']);
    g.outputs.push({ name: 'y', dtype: null, shape: null });
    const info = inferShapes(g);
    expect(info.get('y')!.shape).toEqual(['B', 'T', 8]);
    expect(info.get('m')!.shape).toEqual(['B', 'T', 1]);
  });

  it('gradchecks with full and broadcast Scale / B (float64)', () => {
    const cases: Array<[number, number[]]> = [
      [-1, [4]],
      [1, [3, 4]],
      [1, [1, 4]],
      [0, [2, 3, 4]],
    ];
    for (const [axis, ss] of cases) {
      const ins = [x, randomTensor(ss, 8), randomTensor(ss, 9)];
      expect(
        gradcheck('LayerNormalization', ins, { attrs: { axis }, outputs: [0] }).message,
        `axis ${axis}`,
      ).toBe('ok');
    }
    expect(
      gradcheck('LayerNormalization', [x, randomTensor([4], 8)], { outputs: [0] }).message,
    ).toBe('ok');
  });
});

describe('LRN', () => {
  it('matches the ONNX formula', () => {
    const x = randomTensor([1, 5, 2], 3);
    const [y] = execute('LRN', [x], { size: 3, alpha: 0.02, beta: 0.75, bias: 2 });
    const xs = x.toNumbers();
    const ref = xs.map((v, i) => {
      const c = Math.floor(i / 2);
      const k = i % 2;
      let sq = 0;
      for (let j = Math.max(0, c - 1); j <= Math.min(4, c + 1); j++) sq += xs[j * 2 + k] ** 2;
      return v / (2 + (0.02 / 3) * sq) ** 0.75;
    });
    close(y.toNumbers(), ref, 1e-12);
  });

  it('gradchecks even and odd sizes (float64)', () => {
    const x = randomTensor([2, 6, 3], 4, -2, 2);
    for (const size of [2, 3, 5]) {
      expect(
        gradcheck('LRN', [x], { attrs: { size, alpha: 0.5, beta: 0.75, bias: 1 } }).message,
      ).toBe('ok');
    }
  });
});

describe('Dropout', () => {
  const x = randomTensor([1000], 2);
  const on = Tensor.from([true], 'bool', []);
  const ratio = Tensor.from(Float64Array.from([0.25]), 'float64', []);

  it('is the identity with an all-true mask outside training', () => {
    const [y, mask] = execute('Dropout', [x]);
    expect(y.toNumbers()).toEqual(x.toNumbers());
    expect(mask.toNumbers().every((v) => v === 1)).toBe(true);
  });

  it('drops about `ratio` of the elements and scales the rest; seeded runs repeat', () => {
    const [y, mask] = execute('Dropout', [x, ratio, on], { seed: 3 });
    const m = mask.toNumbers();
    const kept = m.filter((v) => v === 1).length;
    expect(kept).toBeGreaterThan(650);
    expect(kept).toBeLessThan(850);
    const xs = x.toNumbers();
    y.toNumbers().forEach((v, i) => expect(v).toBeCloseTo(m[i] ? xs[i] / 0.75 : 0, 12));
    expect(execute('Dropout', [x, ratio, on], { seed: 3 })[1].toNumbers()).toEqual(m);
  });

  it('routes the gradient through the mask', () => {
    const [, mask] = execute('Dropout', [x, ratio, on], { seed: 5 });
    const g = Tensor.from(new Float64Array(1000).fill(1), 'float64', [1000]);
    const [dx] = execute('DropoutGrad', [g, mask, ratio, on]);
    dx.toNumbers().forEach((v, i) => expect(v).toBeCloseTo(mask.toNumbers()[i] ? 1 / 0.75 : 0, 12));
    expect(gradcheck('Dropout', [x], { wrt: [0], outputs: [0] }).message).toBe('ok');
  });

  it('rejects a ratio outside [0, 1]', () => {
    expect(() => execute('Dropout', [x, f64([1.5], []), on])).toThrow(
      /Dropout: ratio must be in \[0, 1\], got 1.5/,
    );
  });
});
