import { describe, expect, it } from 'vitest';
import { Graph, Tensor, execute, gradcheck, inferShapes, randomTensor } from '../src/index.js';

const close = (a: number[], b: number[], tol = 1e-6) =>
  a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThan(tol));

function softmaxRef(x: number[]): number[] {
  const m = Math.max(...x);
  const e = x.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

describe('Softmax / LogSoftmax / Hardmax', () => {
  it('normalizes the last axis by default and any axis on request', () => {
    const x = Tensor.from([
      [1, 2, 3],
      [1, 1, 1],
    ]);
    close(execute('Softmax', [x])[0].toNumbers(), [...softmaxRef([1, 2, 3]), 1 / 3, 1 / 3, 1 / 3]);
    const s0 = execute('Softmax', [x], { axis: 0 })[0].toNumbers();
    const sig = (d: number) => 1 / (1 + Math.exp(-d));
    close(s0, [0.5, sig(1), sig(2), 0.5, sig(-1), sig(-2)]);
    close(
      execute('LogSoftmax', [x])[0].toNumbers().slice(0, 3),
      softmaxRef([1, 2, 3]).map(Math.log),
    );
  });

  it('is stable for large inputs and handles strided views', () => {
    const x = Tensor.from([10000, 10001, 10002]);
    close(execute('Softmax', [x])[0].toNumbers(), softmaxRef([0, 1, 2]));
    close(execute('LogSoftmax', [x])[0].toNumbers(), softmaxRef([0, 1, 2]).map(Math.log), 1e-5);
    const t = Tensor.from([
      [1, 4],
      [2, 5],
      [3, 6],
    ]).view([2, 3], [1, 2]); // transposed view
    close(execute('Softmax', [t])[0].toNumbers(), [
      ...softmaxRef([1, 2, 3]),
      ...softmaxRef([4, 5, 6]),
    ]);
  });

  it('softmaxes a middle axis of a 3-D tensor', () => {
    const x = randomTensor([2, 3, 4], 2);
    const y = execute('Softmax', [x], { axis: 1 })[0].toNumbers();
    const xs = x.toNumbers();
    for (let n = 0; n < 2; n++)
      for (let j = 0; j < 4; j++) {
        const ref = softmaxRef([0, 1, 2].map((c) => xs[n * 12 + c * 4 + j]));
        close(
          [0, 1, 2].map((c) => y[n * 12 + c * 4 + j]),
          ref,
          1e-12,
        );
      }
  });

  it('hardmaxes the first maximum', () => {
    const x = Tensor.from([
      [3, 1, 3],
      [0, 2, 1],
    ]);
    expect(execute('Hardmax', [x])[0].toArray()).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(execute('Hardmax', [x], { axis: 0 })[0].toArray()).toEqual([
      [1, 0, 1],
      [0, 1, 0],
    ]);
  });

  it('infers shapes and rejects bad axes', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['N', 10] });
    g.addNode('LogSoftmax', ['x'], ['y'], { axis: 1 });
    g.outputs.push({ name: 'y', dtype: null, shape: null });
    expect(inferShapes(g).get('y')).toEqual({ dtype: 'float32', shape: ['N', 10] });
    expect(() => execute('Softmax', [Tensor.from([[1, 2]])], { axis: 2 })).toThrow(
      /Softmax: axis 2 is out of range for rank 2/,
    );
    expect(() => execute('Softmax', [Tensor.from(Int32Array.from([1, 2]))])).toThrow(
      /Softmax: dtype int32 is not supported/,
    );
  });

  it('gradchecks along every axis (float64)', () => {
    const x = randomTensor([2, 3, 4], 9);
    for (const op of ['Softmax', 'LogSoftmax']) {
      for (const axis of [0, 1, -1]) {
        expect(gradcheck(op, [x], { attrs: { axis } }).message, `${op} axis ${axis}`).toBe('ok');
      }
    }
  });
});
