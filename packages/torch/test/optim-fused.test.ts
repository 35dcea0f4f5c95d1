// The fused update kernels and the op-chain fallback (non-contiguous parameters) agree.
import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';

function run(make: (p: torch.Tensor) => torch.optim.Optimizer, contiguous: boolean): number[] {
  torch.manualSeed(3);
  const base = torch.randn(4, 6);
  const p = (contiguous ? base.t().contiguous() : base.t()).detach();
  p.requiresGrad = true;
  const opt = make(p);
  for (let step = 0; step < 5; step++) {
    opt.zeroGrad();
    const loss = p.mul(p).mul(p).sum().add(p.sum());
    loss.backward();
    opt.step();
  }
  return p.contiguous()._value.toNumbers();
}

describe('fused optimizer updates', () => {
  const cases: Array<[string, (p: torch.Tensor) => torch.optim.Optimizer]> = [
    [
      'SGD momentum nesterov wd',
      (p) =>
        new torch.optim.SGD([p], { lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 0.1 }),
    ],
    [
      'SGD dampening maximize',
      (p) => new torch.optim.SGD([p], { lr: 0.05, momentum: 0.5, dampening: 0.3, maximize: true }),
    ],
    ['SGD plain', (p) => new torch.optim.SGD([p], { lr: 0.1 })],
    [
      'Adam amsgrad wd',
      (p) => new torch.optim.Adam([p], { lr: 0.01, amsgrad: true, weightDecay: 0.1 }),
    ],
    ['AdamW', (p) => new torch.optim.AdamW([p], { lr: 0.01 })],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const fused = run(make, true);
      const chain = run(make, false);
      for (let i = 0; i < fused.length; i++) expect(fused[i]).toBeCloseTo(chain[i], 5);
    });
  }
});
