import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';

describe('backward through Tensor methods', () => {
  it('accumulates across backward calls and honours retainGraph', () => {
    const x = torch.tensor([1, 2, 3], { requiresGrad: true });
    const y = x.mul(x).sum();
    y.backward(undefined, { retainGraph: true });
    y.backward();
    expect(x.grad!.tolist()).toEqual([4, 8, 12]);
    expect(() => y.backward()).toThrow(/second time/);
  });

  it('requires a gradient for non-scalar outputs', () => {
    const x = torch.tensor([1, 2], { requiresGrad: true });
    expect(() => x.mul(2).backward()).toThrow(
      /grad can be implicitly created only for scalar outputs \(got shape \[2\]\)/,
    );
    x.mul(2).backward(torch.tensor([1, 0.5]));
    expect(x.grad!.tolist()).toEqual([2, 1]);
    expect(() => torch.tensor([1]).backward()).toThrow(/does not require grad/);
  });

  it('stops at detach and noGrad', () => {
    const x = torch.tensor([2], { requiresGrad: true });
    const y = x.detach().mul(x);
    y.backward();
    expect(x.grad!.tolist()).toEqual([2]);
    expect(torch.noGrad(() => x.mul(2)).requiresGrad).toBe(false);
  });

  it('keeps resident memory flat over 10,000 steps without dispose', () => {
    const x = torch.randn(64);
    const w = torch.randn(64, { requiresGrad: true });
    const step = () => {
      const y = x.mul(w).sum();
      y.backward();
      torch.noGrad(() => w.sub_(w.grad!, { alpha: 1e-4 }));
      w.grad!.zero_();
    };
    for (let i = 0; i < 1000; i++) step();
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().rss;
    const t0 = Date.now();
    for (let i = 0; i < 10000; i++) step();
    (globalThis as { gc?: () => void }).gc?.();
    const grown = (process.memoryUsage().rss - before) / 2 ** 20;
    expect(grown).toBeLessThan(50);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});
