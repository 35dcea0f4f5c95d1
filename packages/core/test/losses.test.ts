import { describe, expect, it } from 'vitest';
import { Graph, Tensor, execute, gradcheck, inferShapes, randomTensor } from '../src/index.js';

const labels = (v: number[], shape = [v.length]) =>
  Tensor.from(BigInt64Array.from(v.map(BigInt)), 'int64', shape);
const close = (a: number[], b: number[], tol = 1e-10) =>
  a.forEach((v, i) => expect(Math.abs(v - b[i]), `at ${i}`).toBeLessThan(tol));

function logSoftmaxRows(x: number[], c: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < x.length / c; r++) {
    const row = x.slice(r * c, (r + 1) * c);
    const m = Math.max(...row);
    const lse = m + Math.log(row.reduce((a, v) => a + Math.exp(v - m), 0));
    out.push(...row.map((v) => v - lse));
  }
  return out;
}

describe('NegativeLogLikelihoodLoss', () => {
  const x = Tensor.from(Float64Array.from([-1, -2, -3, -0.5, -1.5, -2.5]), 'float64', [2, 3]);

  it('picks -input[n, target] and reduces with weights and ignore_index', () => {
    const t = labels([2, 0]);
    expect(
      execute('NegativeLogLikelihoodLoss', [x, t], { reduction: 'none' })[0].toNumbers(),
    ).toEqual([3, 0.5]);
    expect(
      execute('NegativeLogLikelihoodLoss', [x, t], { reduction: 'sum' })[0].toNumbers(),
    ).toEqual([3.5]);
    expect(execute('NegativeLogLikelihoodLoss', [x, t])[0].toNumbers()).toEqual([1.75]);
    const w = Tensor.from(Float64Array.from([1, 1, 3]), 'float64', [3]);
    expect(execute('NegativeLogLikelihoodLoss', [x, t, w])[0].toNumbers()).toEqual([(9 + 0.5) / 4]);
    expect(
      execute('NegativeLogLikelihoodLoss', [x, t, w], { ignore_index: 2 })[0].toNumbers(),
    ).toEqual([0.5]);
  });

  it('rejects out-of-range targets and mismatched shapes', () => {
    expect(() => execute('NegativeLogLikelihoodLoss', [x, labels([3, 0])])).toThrow(
      /NegativeLogLikelihoodLoss.*target value 3.*\[0, 3\)/,
    );
    expect(() => execute('NegativeLogLikelihoodLoss', [x, labels([0, 0, 0])])).toThrow(
      /NegativeLogLikelihoodLoss: target \[3\] does not match input \[2, 3\]/,
    );
    expect(() =>
      execute('NegativeLogLikelihoodLoss', [x, labels([0, 0])], { reduction: 'avg' }),
    ).toThrow(/reduction must be/);
  });

  it('gradchecks every reduction with weights and ignore_index (float64)', () => {
    const xi = randomTensor([3, 4, 2], 3);
    const t = labels([0, 3, 1, 1, 2, 0], [3, 2]);
    const w = randomTensor([4], 4, 0.5, 2);
    for (const reduction of ['none', 'sum', 'mean']) {
      expect(
        gradcheck('NegativeLogLikelihoodLoss', [xi, t, w], {
          attrs: { reduction, ignore_index: 1 },
          wrt: [0],
        }).message,
      ).toBe('ok');
    }
  });
});

describe('SoftmaxCrossEntropyLoss', () => {
  it('equals NLL of log-softmax and returns log_prob', () => {
    const s = randomTensor([3, 5], 2);
    const t = labels([1, 4, 0]);
    const [loss, lp] = execute('SoftmaxCrossEntropyLoss', [s, t]);
    const ref = logSoftmaxRows(s.toNumbers(), 5);
    close(lp.toNumbers(), ref);
    close(loss.toNumbers(), [-(ref[1] + ref[9] + ref[10]) / 3]);
  });

  it('infers the loss shape from the reduction', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 's', dtype: 'float32', shape: ['N', 10, 'D'] });
    g.inputs.push({ name: 't', dtype: 'int64', shape: ['N', 'D'] });
    g.addNode('SoftmaxCrossEntropyLoss', ['s', 't'], ['l', 'lp'], { reduction: 'none' });
    g.addNode('SoftmaxCrossEntropyLoss', ['s', 't'], ['m']);
    g.outputs.push({ name: 'l', dtype: null, shape: null });
    const info = inferShapes(g);
    expect(info.get('l')!.shape).toEqual(['N', 'D']);
    expect(info.get('lp')!.shape).toEqual(['N', 10, 'D']);
    expect(info.get('m')!.shape).toEqual([]);
  });

  it('gradchecks loss and log_prob outputs (float64)', () => {
    const s = randomTensor([2, 4, 3], 5);
    const t = labels([0, 3, -1, 1, 2, -1], [2, 3]);
    const w = randomTensor([4], 6, 0.5, 2);
    for (const reduction of ['none', 'sum', 'mean']) {
      const attrs = { reduction, ignore_index: -1 };
      expect(gradcheck('SoftmaxCrossEntropyLoss', [s, t, w], { attrs, wrt: [0] }).message).toBe(
        'ok',
      );
      expect(
        gradcheck('SoftmaxCrossEntropyLoss', [s, t], { attrs, wrt: [0], outputs: [0] }).message,
      ).toBe('ok');
    }
  });
});
