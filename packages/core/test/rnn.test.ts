// RNN / GRU / LSTM: values against hand-computed cells, layouts, directions, sequence_lens.
import { describe, expect, it } from 'vitest';
import { AttrReader, type ValueInfo, Tensor, execute, getOp, resolveAttrs } from '../src/index.js';
import '../src/ops/rnn.js';

const f64 = (v: number[], shape: number[]) => Tensor.from(v, 'float64', shape);
const close = (a: Tensor, b: number[]) =>
  (a.toNumbers() as number[]).forEach((v, i) => expect(v).toBeCloseTo(b[i], 9));

describe('RNN', () => {
  // 1-unit cell: h_t = tanh(w x_t + r h_{t-1} + wb + rb)
  const X = f64([1, 2, 3], [3, 1, 1]);
  const W = f64([0.5], [1, 1, 1]);
  const R = f64([-0.25], [1, 1, 1]);
  const B = f64([0.1, 0.2], [1, 2]);
  const ref = (xs: number[]) => {
    let h = 0;
    return xs.map((x) => (h = Math.tanh(0.5 * x - 0.25 * h + 0.3)));
  };

  it('runs the forward recurrence', () => {
    const [y, yh] = execute('RNN', [X, W, R, B], { hidden_size: 1 });
    expect(y.shape).toEqual([3, 1, 1, 1]);
    close(y, ref([1, 2, 3]));
    close(yh, ref([1, 2, 3]).slice(-1));
  });

  it('runs reverse and bidirectional, batch-first layout', () => {
    const [y] = execute('RNN', [X, W, R, B], { direction: 'reverse' });
    close(y, ref([3, 2, 1]).reverse());
    const W2 = f64([0.5, 0.5], [2, 1, 1]);
    const R2 = f64([-0.25, -0.25], [2, 1, 1]);
    const B2 = f64([0.1, 0.2, 0.1, 0.2], [2, 2]);
    const [yb, yhb] = execute('RNN', [f64([1, 2, 3], [1, 3, 1]), W2, R2, B2], {
      direction: 'bidirectional',
      layout: 1,
    });
    expect(yb.shape).toEqual([1, 3, 2, 1]);
    const fw = ref([1, 2, 3]);
    const bw = ref([3, 2, 1]).reverse();
    close(yb, [fw[0], bw[0], fw[1], bw[1], fw[2], bw[2]]);
    close(yhb, [fw[2], bw[0]]);
  });

  it('stops each batch row at its sequence length and zero-fills Y', () => {
    const X2 = f64([1, 5, 2, 6, 3, 7], [3, 2, 1]);
    const lens = Tensor.from([2, 3], 'int32', [2]);
    const [y, yh] = execute('RNN', [X2, W, R, B, lens]);
    const a = ref([1, 2]);
    const b = ref([5, 6, 7]);
    close(y, [a[0], b[0], a[1], b[1], 0, b[2]]);
    close(yh, [a[1], b[2]]);
  });

  it('infers symbolic shapes and rejects a bad W', () => {
    const infos: ValueInfo[] = [
      { dtype: 'float32', shape: ['S', 'N', 4] },
      { dtype: 'float32', shape: [1, 12, 4] },
      { dtype: 'float32', shape: [1, 12, 3] },
    ];
    const def = getOp('LSTM');
    const attrs = new AttrReader('LSTM', resolveAttrs(def, { hidden_size: 3 }));
    const out = def.infer({ op: 'LSTM', inputs: infos, attrs, input: (i: number) => infos[i] });
    expect(out.map((o) => o.shape)).toEqual([
      ['S', 1, 'N', 3],
      [1, 'N', 3],
      [1, 'N', 3],
    ]);
    expect(() => execute('GRU', [X, f64([1, 2], [1, 2, 1]), R])).toThrow(/GRU: W must be/);
  });
});

describe('GRU and LSTM', () => {
  const sig = (v: number) => 1 / (1 + Math.exp(-v));
  it('matches a hand-computed GRU step (both linear_before_reset forms)', () => {
    // hidden 1, weights z, r, h = 1, 2, 3; recurrence 0.5 each; h0 = 0.4
    const X = f64([0.7], [1, 1, 1]);
    const W = f64([1, 2, 3], [1, 3, 1]);
    const R = f64([0.5, 0.5, 0.5], [1, 3, 1]);
    const h0 = f64([0.4], [1, 1, 1]);
    const z = sig(0.7 + 0.2);
    const r = sig(1.4 + 0.2);
    for (const lbr of [0, 1]) {
      const hh = Math.tanh(2.1 + (lbr ? r * 0.2 : 0.5 * r * 0.4));
      const [, yh] = execute('GRU', [X, W, R, undefined, undefined, h0], {
        linear_before_reset: lbr,
      });
      close(yh, [(1 - z) * hh + z * 0.4]);
    }
  });

  it('matches a hand-computed LSTM step with peepholes and returns Y_c', () => {
    const X = f64([0.3], [1, 1, 1]);
    const W = f64([1, 2, 3, 4], [1, 4, 1]); // i o f c
    const R = f64([0, 0, 0, 0], [1, 4, 1]);
    const c0 = f64([0.5], [1, 1, 1]);
    const P = f64([0.1, 0.2, 0.3], [1, 3]); // i o f
    const i = sig(0.3 + 0.05);
    const f = sig(0.9 + 0.15);
    const c = f * 0.5 + i * Math.tanh(1.2);
    const o = sig(0.6 + 0.2 * c);
    const [y, yh, yc] = execute('LSTM', [X, W, R, undefined, undefined, undefined, c0, P]);
    close(yc, [c]);
    close(yh, [o * Math.tanh(c)]);
    close(y, [o * Math.tanh(c)]);
  });
});
