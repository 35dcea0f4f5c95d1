// addGradientOperators: gradient nets built from core's gradient formulas, run in a Workspace,
// against PyTorch's gradients (fixtures from tools/gen/caffe2_train.py) and finite differences.
import { Tensor, type ValueInfo } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import {
  ModelHelper,
  Net,
  Workspace,
  addGradientOperators,
  brew,
  netDefToText,
  netToGraph,
  parseNetDefText,
} from '../src/index.js';
import { batch, cnnModel, loadFixture, mlpModel } from './fixtures/train/load.js';

function expectClose(got: Tensor, want: Tensor, atol: number, rtol: number, what: string): void {
  expect(got.shape, what).toEqual(want.shape);
  const a = got.data() as Float32Array;
  const b = want.data() as Float32Array;
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    worst = Math.max(worst, Math.abs(a[i] - b[i]) - rtol * Math.abs(b[i]));
  expect(worst, `${what}: max excess error`).toBeLessThanOrEqual(atol);
}

/** Runs the init net, loads the fixture's weights and first batch. */
function setup(model: ModelHelper, name: 'mlp' | 'cnn') {
  const f = loadFixture(name);
  const ws = new Workspace();
  ws.runNetOnce(model.paramInitNet);
  for (const [k, t] of Object.entries(f.init)) ws.feedBlob(k, t);
  const { x, y } = batch(f, 0);
  ws.feedBlob('data', x);
  ws.feedBlob('label', y);
  return { f, ws };
}

describe('addGradientOperators matches PyTorch', () => {
  for (const [name, make] of [
    ['mlp', mlpModel],
    ['cnn', cnnModel],
  ] as const) {
    it(`${name}: every parameter gradient of the first batch`, () => {
      const model = make();
      const { f, ws } = setup(model, name);
      const grads = model.addGradientOperators('loss', { workspace: ws });
      expect(Object.keys(grads).sort()).toEqual(Object.keys(f.grads0).sort());
      ws.createNet(model.net);
      ws.runNet(model.net.name);
      expect(ws.fetchBlob('loss').toNumbers()[0]).toBeCloseTo(f.losses[0], 5);
      for (const [p, g] of Object.entries(grads)) {
        expect(g).toBe(`${p}_grad`);
        expectClose(ws.fetchBlob(g), f.grads0[p], 2e-6, 1e-4, p);
      }
      // Data inputs get no gradient in a ModelHelper (they are not parameters).
      expect(ws.hasBlob('data_grad')).toBe(false);
    });
  }
});

describe('gradient nets', () => {
  it('mark core-semantics ops with domain tandem and survive a .pbtxt round trip', () => {
    const model = mlpModel();
    const { ws } = setup(model, 'mlp');
    const grads = model.addGradientOperators('loss', { workspace: ws });
    const gradOps = model.net.ops.filter((o) => o.isGradientOp);
    expect(gradOps.length).toBeGreaterThan(5);
    for (const o of gradOps) {
      const caffe2Fill = /Fill$/.test(o.type);
      expect(o.domain === 'tandem' || caffe2Fill, `${o.type}`).toBe(true);
    }
    const text = netDefToText(model.net.proto());
    const again = parseNetDefText(text);
    const ws2 = new Workspace();
    for (const b of ws.blobs()) ws2.feedBlob(b, ws.fetchBlob(b));
    ws.runNetOnce(model.net);
    ws2.runNetOnce(again);
    for (const g of Object.values(grads)) expectClose(ws2.fetchBlob(g), ws.fetchBlob(g), 0, 0, g);
  });

  it('sums the gradients of a blob read twice, and StopGradient blocks the flow', () => {
    const net = new Net('twice');
    net.FC(['x', 'w', 'b'], 'h');
    net.Mul(['h', 'h'], 'sq'); // d(sum h^2)/dh = 2h: two contributions to h's gradient
    net.StopGradient('x', 'xs');
    net.FC(['xs', 'w2', 'b2'], 'k');
    net.Add(['sq', 'k'], 'y');
    net.AveragedLoss('y', 'loss');
    const ws = new Workspace();
    const x = Tensor.from([
      [1, 2],
      [3, -1],
    ]);
    ws.feedBlob('x', x);
    ws.feedBlob(
      'w',
      Tensor.from([
        [0.5, -1],
        [2, 0.25],
      ]),
    );
    ws.feedBlob('b', Tensor.from([0.1, -0.2]));
    ws.feedBlob(
      'w2',
      Tensor.from([
        [1, 1],
        [1, 1],
      ]),
    );
    ws.feedBlob('b2', Tensor.from([0, 0]));
    const grads = addGradientOperators(net, ['loss'], { workspace: ws, noGradient: ['w2'] });
    expect(net.ops.some((o) => o.isGradientOp && o.type === 'Sum')).toBe(true);
    expect(grads.w2).toBeUndefined();
    expect(grads.b2).toBe('b2_grad');
    // x gets a gradient only through the first FC (the StopGradient branch contributes nothing).
    ws.runNetOnce(net);
    const h = [
      [1 * 0.5 + 2 * -1 + 0.1, 1 * 2 + 2 * 0.25 - 0.2],
      [3 * 0.5 - 1 * -1 + 0.1, 3 * 2 - 0.25 - 0.2],
    ];
    const dh = h.map((r) => r.map((v) => (2 * v) / 4)); // mean over 4 elements
    const w = [
      [0.5, -1],
      [2, 0.25],
    ];
    const dx = dh.map((r) => [r[0] * w[0][0] + r[1] * w[1][0], r[0] * w[0][1] + r[1] * w[1][1]]);
    const got = ws.fetchBlob(grads.x).toArray() as number[][];
    dx.forEach((r, i) => r.forEach((v, j) => expect(got[i][j]).toBeCloseTo(v, 5)));
    expect(ws.fetchBlob(grads.b2).toNumbers()).toEqual([0.5, 0.5]);
  });

  it('match finite differences: Tanh, Sigmoid, Concat, AveragePool, ConvTranspose, SquaredL2Distance', () => {
    const model = new ModelHelper({ name: 'mixed' });
    const a = brew.conv(model, 'data', 'c1', 1, 2, 3, {
      pad: 1,
      weightInit: ['GaussianFill', { std: 0.5 }],
    });
    brew.tanh(model, a, a);
    const t = brew.convTranspose(model, 'data', 'ct', 1, 2, 2, {
      stride: 1,
      biasInit: ['ConstantFill', { value: 0.1 }],
    });
    const tp = brew.averagePool(model, t, 'ctp', { kernel: 2, stride: 1 });
    const s = brew.sigmoid(model, tp, 'sg');
    const cat = brew.concat(model, [a, s], 'cat', { axis: 1 });
    const p = brew.averagePool(model, cat, 'pool', { kernel: 2, stride: 2 });
    const y = brew.fc(model, p, 'out', 4 * 2 * 2, 2);
    model.net.SquaredL2Distance([y, 'target'], ['dist']);
    model.net.AveragedLoss(['dist'], ['loss']);
    const ws = new Workspace();
    ws.runNetOnce(model.paramInitNet);
    const data = Float32Array.from({ length: 2 * 16 }, (_, i) => Math.sin(i * 1.3));
    ws.feedBlob('data', Tensor.from(data, 'float32', [2, 1, 4, 4]));
    ws.feedBlob(
      'target',
      Tensor.from([
        [0.5, -0.5],
        [1, 0],
      ]),
    );
    const forward = model.net.clone('forward');
    const grads = model.addGradientOperators('loss', { workspace: ws });
    ws.runNetOnce(model.net);
    const lossAt = (param: string, i: number, delta: number) => {
      const w = ws.fetchBlob(param);
      const d = Float32Array.from(w.data() as Float32Array);
      d[i] += delta;
      const w2 = new Workspace();
      for (const b of ws.blobs()) w2.feedBlob(b, ws.fetchBlob(b));
      w2.feedBlob(param, Tensor.from(d, 'float32', w.shape));
      w2.runNetOnce(forward);
      return w2.fetchBlob('loss').toNumbers()[0];
    };
    for (const param of model.getParams()) {
      const g = ws.fetchBlob(grads[param]).data() as Float32Array;
      for (const i of [0, Math.floor(g.length / 2), g.length - 1]) {
        const eps = 1e-2;
        const fd = (lossAt(param, i, eps) - lossAt(param, i, -eps)) / (2 * eps);
        const what = `${param}[${i}]: ${g[i]} vs ${fd}`;
        expect(Math.abs(g[i] - fd), what).toBeLessThan(2e-3 + 2e-2 * Math.abs(fd));
      }
    }
  });

  it('errors clearly when shapes are unknown or the loss is not in the net', () => {
    const net = new Net('n');
    net.FC(['x', 'w', 'b'], 'y');
    net.AveragedLoss('y', 'loss');
    expect(() => addGradientOperators(net, ['nope'])).toThrow(/loss blob 'nope' is not in the net/);
    const ws = new Workspace();
    ws.feedBlob('x', Tensor.from([[1, 2]]));
    ws.feedBlob('w', Tensor.from([[1, 2]]));
    ws.feedBlob('b', Tensor.from([0]));
    const grads = addGradientOperators(net, ['loss'], { workspace: ws });
    expect(grads).toEqual({ x: 'x_grad', w: 'w_grad', b: 'b_grad' });
  });
});

describe("netToGraph honours domain 'tandem'", () => {
  it('core Reshape (shape input) vs Caffe2 Reshape (shape argument, old_shape output)', () => {
    const net = new Net('r');
    net.addOp({ type: 'Reshape', domain: 'tandem', input: ['x', 's'], output: ['y'] });
    net.Reshape(['x'], ['z', 'old'], { shape: [3, 2] });
    const ws = new Workspace();
    ws.feedBlob(
      'x',
      Tensor.from([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    );
    ws.feedBlob('s', Tensor.from([6n], 'int64', [1]));
    ws.runNetOnce(net);
    expect(ws.fetchBlob('y').shape).toEqual([6]);
    expect(ws.fetchBlob('z').shape).toEqual([3, 2]);
    const inputs: Record<string, ValueInfo> = {
      x: { dtype: 'float32', shape: [2, 3] },
      s: { dtype: 'int64', shape: [1] },
    };
    const { graph } = netToGraph(net.proto(), { inputs });
    expect(graph.nodes[0].op).toBe('Reshape');
    const bad = { op: [{ type: 'Nope', domain: 'tandem', input: ['x'], output: ['y'] }] };
    expect(() => netToGraph(bad)).toThrow(/not a core operator/);
  });
});
