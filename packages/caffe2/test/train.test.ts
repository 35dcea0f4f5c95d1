// Training in a Workspace: models built with brew, gradient operators from core's formulas and
// Caffe2's optimizer ops, against the same models trained by PyTorch (tools/gen/caffe2_train.py)
// from the same initial weights on the same batches.
//
// Note [Momentum SGD equivalence]: Caffe2's MomentumSGDUpdate keeps m = lr g + mu m and steps
// p -= m; PyTorch's SGD (dampening 0) keeps b = mu b + g and steps p -= lr b. With a fixed lr,
// m = lr b exactly in real arithmetic, so both runs take the same steps; in float32 they differ
// only by rounding (where lr multiplies), which the training loop then carries along. The
// tolerance below (1e-4 relative + 1e-5 absolute on each loss) covers that drift over 30-40 steps.
import { describe, expect, it } from 'vitest';
import { ITER, ModelHelper, Workspace, brew, buildAdam, buildSgd } from '../src/index.js';
import { batch, cnnModel, loadFixture, mlpModel } from './fixtures/train/load.js';

type Build = (m: ModelHelper, lr: number, mu: number) => void;

function train(model: ModelHelper, name: 'mlp' | 'cnn', build: Build) {
  const f = loadFixture(name);
  const ws = new Workspace();
  ws.runNetOnce(model.paramInitNet);
  for (const [k, t] of Object.entries(f.init)) ws.feedBlob(k, t);
  const first = batch(f, 0);
  ws.feedBlob('data', first.x);
  ws.feedBlob('label', first.y);
  model.addGradientOperators('loss', { workspace: ws });
  build(model, f.lr, f.momentum);
  // The optimizer added fills (ITER, momentum blobs) to paramInitNet: run it again, reload weights.
  ws.runNetOnce(model.paramInitNet);
  for (const [k, t] of Object.entries(f.init)) ws.feedBlob(k, t);
  ws.createNet(model.net);
  const losses: number[] = [];
  for (let step = 0; step < f.steps; step++) {
    const { x, y } = batch(f, step);
    ws.feedBlob('data', x);
    ws.feedBlob('label', y);
    ws.runNet(model.net.name);
    losses.push(ws.fetchBlob('loss').toNumbers()[0]);
  }
  return { f, ws, losses };
}

describe('training with buildSgd (momentum) matches PyTorch SGD', () => {
  for (const [name, make] of [
    ['mlp', mlpModel],
    ['cnn', cnnModel],
  ] as const) {
    it(`${name}: per-step losses`, () => {
      const { f, ws, losses } = train(make(), name, (m, lr, mu) =>
        buildSgd(m, lr, { momentum: mu }),
      );
      expect(losses.at(-1)!).toBeLessThan(losses[0] * 0.5);
      losses.forEach((l, i) => {
        const what = `step ${i}: ${l} vs ${f.losses[i]}`;
        expect(Math.abs(l - f.losses[i]), what).toBeLessThan(1e-5 + 1e-4 * f.losses[i]);
      });
      expect(ws.fetchBlob(ITER).toNumbers()).toEqual([f.steps]);
    });
  }
});

describe('optimizer builders', () => {
  it('buildSgd without momentum: WeightedSum with a negative learning rate', () => {
    const model = mlpModel();
    const { losses } = train(model, 'mlp', (m, lr) => buildSgd(m, lr));
    expect(model.net.ops.filter((o) => o.type === 'WeightedSum')).toHaveLength(4);
    const lrOp = model.net.ops.find((o) => o.type === 'LearningRate')!;
    expect(lrOp.arg.find((a) => a.name === 'base_lr')!.f).toBeCloseTo(-0.1, 6);
    expect(model.paramInitNet.ops.some((o) => o.output[0] === 'ONE_1_0')).toBe(true);
    expect(losses.at(-1)!).toBeLessThan(losses[0] * 0.7);
  });

  it('buildSgd with momentum: positive lr, zero momentum blobs, MomentumSGDUpdate in place', () => {
    const model = mlpModel();
    model.addGradientOperators('loss', {
      shapes: { data: [8, 6], label: { dtype: 'int32', shape: [8] } },
    });
    buildSgd(model, 0.1, { momentum: 0.9, nesterov: true, weightDecay: 1e-4 });
    const upd = model.net.ops.filter((o) => o.type === 'MomentumSGDUpdate');
    expect(upd.map((o) => o.output)).toEqual(
      model.getParams().map((p) => [`${p}_grad`, `${p}_momentum`, p]),
    );
    const lrOp = model.net.ops.find((o) => o.type === 'LearningRate')!;
    expect(lrOp.arg.find((a) => a.name === 'base_lr')!.f).toBeCloseTo(0.1, 6);
    // Weight decay touches the weights only (fc1_w, fc2_w), before the update.
    const decayed = model.net.ops.filter((o) => o.type === 'WeightedSum').map((o) => o.output[0]);
    expect(decayed).toEqual(['fc1_w_grad', 'fc2_w_grad']);
    expect(model.paramInitNet.ops.filter((o) => o.output[0] === ITER)).toHaveLength(1);
  });

  it('buildAdam: moments in paramInitNet, Adam ops, the loss falls', () => {
    const model = mlpModel();
    const { losses } = train(model, 'mlp', (m) => buildAdam(m, 0.01));
    const adam = model.net.ops.filter((o) => o.type === 'Adam');
    expect(adam).toHaveLength(4);
    expect(adam[0].input).toEqual([
      'fc1_w',
      'fc1_w_first_moment',
      'fc1_w_second_moment',
      'fc1_w_grad',
      'AdamOptimizer_lr',
      ITER,
    ]);
    expect(losses.at(-1)!).toBeLessThan(losses[0] * 0.6);
  });

  it('a parameter without gradient is a clear error', () => {
    const model = new ModelHelper({ name: 'm' });
    brew.fc(model, 'data', 'fc', 2, 2);
    model.net.AveragedLoss('data', 'loss');
    model.net.Relu('fc', 'r');
    expect(() => model.addGradientOperators('loss', { shapes: { data: [1, 2] } })).not.toThrow();
    expect(model.paramToGrad).toEqual({});
    expect(() => buildSgd(model, 0.1)).toThrow(/no parameter has a gradient/);
  });
});
