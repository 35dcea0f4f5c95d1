// A tiny model trained end to end (DataLoader + autograd + clipping + optimizer + scheduler),
// against PyTorch's per-step losses and final weights. nn-based training tests come from the lead.
import { readFileSync } from 'node:fs';
import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Tensor, apply1, autograd } from '../src/index.js';
import { clipGradNorm_ } from '../src/nn/utils/clip-grad.js';
import * as optim from '../src/optim/index.js';
import { DataLoader, TensorDataset } from '../src/utils/data/index.js';

const fx = JSON.parse(
  readFileSync(new URL('fixtures/optim/training.json', import.meta.url), 'utf8'),
);
const f64 = (data: number[], shape: number[]) =>
  new Tensor(CoreTensor.from(data, 'float64', shape));

function makeSetup(name: string, params: Tensor[], options: Record<string, number>) {
  if (name.startsWith('sgd')) {
    const opt = new optim.SGD(params, options);
    return { opt, sched: new optim.lrScheduler.StepLR(opt, 4, { gamma: 0.5 }) };
  }
  if (name.startsWith('adamw')) {
    const opt = new optim.AdamW(params, options);
    return { opt, sched: new optim.lrScheduler.OneCycleLR(opt, 0.1, { totalSteps: 12 }) };
  }
  const opt = new optim.Adam(params, options);
  return { opt, sched: new optim.lrScheduler.CosineAnnealingLR(opt, 12) };
}

describe('training a linear model matches PyTorch step by step', () => {
  for (const c of fx.cases as Array<{
    name: string;
    options: Record<string, number>;
    clip: number | null;
    losses: number[];
    W: number[];
    b: number[];
  }>) {
    it(c.name, () => {
      const W = f64(fx.W0, [3, 1]);
      const b = f64(fx.b0, [1]);
      W.requiresGrad = true;
      b.requiresGrad = true;
      const { opt, sched } = makeSetup(c.name, [W, b], c.options);
      const loader = new DataLoader(new TensorDataset(f64(fx.x, [32, 3]), f64(fx.y, [32, 1])), {
        batchSize: 8,
      });
      const losses: number[] = [];
      for (let epoch = 0; epoch < 3; epoch++) {
        for (const [xb, yb] of loader as Iterable<Tensor[]>) {
          opt.zeroGrad();
          const diff = apply1('Sub', [apply1('Gemm', [xb, W, b]), yb]);
          const loss = apply1('ReduceMean', [apply1('Mul', [diff, diff])], { keepdims: 0 });
          autograd.backward(loss);
          if (c.clip !== null) clipGradNorm_([W, b], c.clip);
          opt.step();
          sched.step();
          losses.push(loss._value.toNumbers()[0]);
        }
      }
      losses.forEach((l, i) =>
        expect(Math.abs(l - c.losses[i])).toBeLessThan(1e-10 * (1 + Math.abs(c.losses[i]))),
      );
      W._value.toNumbers().forEach((v, i) => expect(Math.abs(v - c.W[i])).toBeLessThan(1e-10));
      b._value.toNumbers().forEach((v, i) => expect(Math.abs(v - c.b[i])).toBeLessThan(1e-10));
    });
  }
});
