// Fills, losses and training updates against Caffe2's documented formulas (float64 references).
import { Tensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Net, Workspace } from '../src/index.js';
import { close, f32, i32, runOp } from './helpers/run-op.js';

const i64 = (v: number) => Tensor.from([BigInt(v)], 'int64', [1]);

describe('fills', () => {
  it('ConstantFill: shape, value, dtype, input shape + extra_shape, input_as_shape', () => {
    const ws = new Workspace();
    ws.feedBlob('like', f32([0, 0], [2, 1]));
    ws.feedBlob('shape', i32([3, 2]));
    const net = new Net('init');
    net.ConstantFill([], 'a', { shape: [2, 2], value: 1.5 });
    net.ConstantFill([], 'b', { shape: [3], value: 7, dtype: 10 });
    net.ConstantFill('like', 'c', { extra_shape: [3], value: 2 });
    net.ConstantFill('shape', 'd', { input_as_shape: 1 });
    ws.runNetOnce(net);
    expect(ws.fetchBlob('a').toNumbers()).toEqual([1.5, 1.5, 1.5, 1.5]);
    expect(ws.fetchBlob('b').dtype).toBe('int64');
    expect(ws.fetchBlob('b').toArray()).toEqual([7n, 7n, 7n]);
    expect(ws.fetchBlob('c').shape).toEqual([2, 1, 3]);
    expect(ws.fetchBlob('d').shape).toEqual([3, 2]);
  });

  it('GivenTensor*Fill checks the value count', () => {
    const ws = new Workspace();
    const net = new Net('init');
    net.GivenTensorFill([], 'w', { shape: [2], values: [0.5, 1.5] });
    net.GivenTensorIntFill([], 'i', { shape: [2], values: [3, 4] });
    net.GivenTensorInt64Fill([], 'l', { shape: [1], values: [2n ** 60n] });
    ws.runNetOnce(net);
    expect(ws.fetchBlob('w').toNumbers()).toEqual([0.5, 1.5]);
    expect(ws.fetchBlob('i').dtype).toBe('int32');
    expect(ws.fetchBlob('l').toArray()).toEqual([2n ** 60n]);
    const bad = new Net('bad');
    bad.GivenTensorFill([], 'w', { shape: [3], values: [1] });
    expect(() => ws.runNetOnce(bad)).toThrow(
      /operator #0 \(GivenTensorFill\): has 1 values for shape \[3\]/,
    );
  });

  it('random fills follow Caffe2 scales and are reproducible with a seed', () => {
    const seeded = { deviceOption: { randomSeed: 42 } };
    const run = () => {
      const ws = new Workspace();
      const net = new Net('init');
      net.XavierFill([], 'x', { shape: [64, 100] }, seeded);
      net.MSRAFill([], 'm', { shape: [10, 50, 4] }, seeded);
      net.GaussianFill([], 'g', { shape: [4000], mean: 3, std: 2 }, seeded);
      net.UniformFill([], 'u', { shape: [4000], min: -1, max: 5 }, seeded);
      ws.runNetOnce(net);
      return ws;
    };
    const a = run();
    const b = run();
    expect(a.fetchBlob('x').toNumbers()).toEqual(b.fetchBlob('x').toNumbers());
    const x = a.fetchBlob('x').toNumbers();
    const bound = Math.sqrt(3 / 100);
    expect(Math.max(...x.map(Math.abs))).toBeLessThanOrEqual(bound);
    expect(Math.max(...x.map(Math.abs))).toBeGreaterThan(0.9 * bound);
    const m = a.fetchBlob('m').toNumbers();
    const std = Math.sqrt(m.reduce((s, v) => s + v * v, 0) / m.length);
    expect(std).toBeCloseTo(Math.sqrt(2 / (2000 / 50)), 1);
    const g = a.fetchBlob('g').toNumbers();
    expect(g.reduce((s, v) => s + v, 0) / g.length).toBeCloseTo(3, 0);
    const u = a.fetchBlob('u').toNumbers();
    expect(Math.min(...u)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...u)).toBeLessThan(5);
  });
});

describe('losses', () => {
  const probs = f32([0.1, 0.7, 0.2, 0.5, 0.25, 0.25], [2, 3]);

  it('LabelCrossEntropy and CrossEntropy', () => {
    const [y] = runOp('LabelCrossEntropy', { p: probs, l: i32([1, 0]) }, ['y']);
    close(y, [-Math.log(0.7), -Math.log(0.5)]);
    const [z] = runOp('CrossEntropy', { p: probs, l: f32([0, 0.5, 0.5, 1, 0, 0], [2, 3]) }, ['y']);
    close(z, [-(0.5 * Math.log(0.7) + 0.5 * Math.log(0.2)), -Math.log(0.5)]);
  });

  it('SoftmaxWithLoss: mean NLL, weighted rows, label_prob', () => {
    const logits = f32([1, 2, 3, 1, 1, 1], [2, 3]);
    const sm = (r: number[]) => r.map((v) => Math.exp(v) / r.reduce((s, w) => s + Math.exp(w), 0));
    const p = [...sm([1, 2, 3]), ...sm([1, 1, 1])];
    const [s, loss] = runOp('SoftmaxWithLoss', { x: logits, l: i32([2, 0]) }, ['s', 'loss']);
    close(s, p);
    expect(loss.shape).toEqual([]);
    close(loss, [(-Math.log(p[2]) - Math.log(p[3])) / 2]);
    const [, wl] = runOp('SoftmaxWithLoss', { x: logits, l: i32([2, 0]), w: f32([3, 1], [2]) }, [
      's',
      'loss',
    ]);
    close(wl, [(-3 * Math.log(p[2]) - Math.log(p[3])) / 4]);
    const [, pl] = runOp(
      'SoftmaxWithLoss',
      { x: logits, l: f32([0, 0, 1, 0.5, 0.5, 0], [2, 3]) },
      ['s', 'loss'],
      { label_prob: 1 },
    );
    close(pl, [(-Math.log(p[2]) - 0.5 * Math.log(p[3]) - 0.5 * Math.log(p[4])) / 2]);
  });

  it('SquaredL2Distance, AveragedLoss, Accuracy (top_k, ties go to the lower index)', () => {
    close(
      runOp('SquaredL2Distance', { a: f32([1, 2, 3, 4], [2, 2]), b: f32([0, 0, 3, 2], [2, 2]) }, [
        'y',
      ])[0],
      [2.5, 2],
    );
    close(runOp('AveragedLoss', { a: f32([1, 2, 3, 6], [2, 2]) }, ['y'])[0], [3]);
    const pred = f32([0.2, 0.5, 0.3, 0.4, 0.4, 0.2, 0.1, 0.1, 0.8], [3, 3]);
    close(runOp('Accuracy', { p: pred, l: i32([1, 1, 2]) }, ['y'])[0], [2 / 3]);
    close(runOp('Accuracy', { p: pred, l: i32([2, 1, 0]) }, ['y'], { top_k: 2 })[0], [1]);
    close(runOp('Accuracy', { p: pred, l: i32([0, 2, 0]) }, ['y'], { top_k: 2 })[0], [1 / 3]);
  });
});

describe('training updates', () => {
  it('LearningRate policies', () => {
    const lr = (iter: number, args: Record<string, number | string | number[]>) =>
      runOp('LearningRate', { it: i64(iter) }, ['lr'], args as never)[0].toNumbers()[0];
    expect(lr(7, { base_lr: -0.1, policy: 'fixed' })).toBeCloseTo(-0.1, 7);
    expect(lr(7, { base_lr: 0.1, policy: 'step', stepsize: 3, gamma: 0.5 })).toBeCloseTo(
      0.1 * 0.25,
      7,
    );
    expect(lr(4, { base_lr: 0.1, policy: 'exp', gamma: 0.9 })).toBeCloseTo(0.1 * 0.9 ** 4, 7);
    expect(lr(10, { base_lr: 0.1, policy: 'inv', gamma: 0.1, power: 0.75 })).toBeCloseTo(
      0.1 * 2 ** -0.75,
      7,
    );
    expect(
      lr(5, { base_lr: 1, policy: 'multistep', stepsizes: [2, 5, 9], gamma: 0.1 }),
    ).toBeCloseTo(0.01, 7);
    expect(() => lr(1, { base_lr: 1, policy: 'cosine' })).toThrow(
      /policy 'cosine' is not supported/,
    );
  });

  it('WeightedSum and MomentumSGDUpdate (plain and nesterov)', () => {
    close(
      runOp(
        'WeightedSum',
        { a: f32([1, 2], [2]), wa: f32([2], [1]), b: f32([3, 4], [2]), wb: f32([-1], [1]) },
        ['y'],
      )[0],
      [-1, 0],
    );
    const g = [0.5, -1];
    const m = [0.1, 0.2];
    const p = [1, 2];
    const lr = 0.1;
    const mu = 0.9;
    const inputs = () => ({ g: f32(g, [2]), m: f32(m, [2]), lr: f32([lr], [1]), p: f32(p, [2]) });
    const [go, mo, po] = runOp('MomentumSGDUpdate', inputs(), ['g', 'm', 'p'], { momentum: mu });
    const adj = g.map((v, i) => lr * v + mu * m[i]);
    close(go, adj);
    close(mo, adj);
    close(
      po,
      p.map((v, i) => v - adj[i]),
    );
    const [gn, mn, pn] = runOp('MomentumSGDUpdate', inputs(), ['g', 'm', 'p'], {
      momentum: mu,
      nesterov: 1,
    });
    const mNew = g.map((v, i) => mu * m[i] + lr * v);
    const gNew = mNew.map((v, i) => (1 + mu) * v - mu * m[i]);
    close(mn, mNew);
    close(gn, gNew);
    close(
      pn,
      p.map((v, i) => v - gNew[i]),
    );
  });

  it('Adam and Adagrad', () => {
    const [b1, b2, eps, lr, iter] = [0.9, 0.999, 1e-5, -0.01, 3];
    const g = [0.5, -2];
    const m1 = [0.1, 0.1];
    const m2 = [0.01, 0.2];
    const p = [1, 2];
    const [po, m1o, m2o] = runOp(
      'Adam',
      {
        p: f32(p, [2]),
        m1: f32(m1, [2]),
        m2: f32(m2, [2]),
        g: f32(g, [2]),
        lr: f32([lr], [1]),
        it: i64(iter),
      },
      ['p', 'm1', 'm2'],
    );
    const t = iter + 1;
    const corr = Math.sqrt(1 - b2 ** t) / (1 - b1 ** t);
    const nm1 = g.map((v, i) => b1 * m1[i] + (1 - b1) * v);
    const nm2 = g.map((v, i) => b2 * m2[i] + (1 - b2) * v * v);
    close(m1o, nm1);
    close(m2o, nm2);
    close(
      po,
      p.map((v, i) => v + (lr * corr * nm1[i]) / (Math.sqrt(nm2[i]) + eps)),
    );

    const h = [0.5, 1];
    const [pa, ha] = runOp(
      'Adagrad',
      { p: f32(p, [2]), h: f32(h, [2]), g: f32(g, [2]), lr: f32([lr], [1]) },
      ['p', 'h'],
      {
        epsilon: 1e-4,
        decay: 0.9,
      },
    );
    const nh = g.map((v, i) => 0.9 * h[i] + v * v);
    close(ha, nh);
    close(
      pa,
      p.map((v, i) => v + (lr * g[i]) / (Math.sqrt(nh[i]) + 1e-4)),
    );
  });
});
