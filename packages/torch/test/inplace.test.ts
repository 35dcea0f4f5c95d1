import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';

describe('in-place ops', () => {
  it('refuses a leaf that requires grad (and views of one) unless under noGrad', () => {
    const w = torch.ones(3, { requiresGrad: true });
    expect(() => w.add_(1)).toThrow(
      /leaf Variable that requires grad is being used in an in-place operation/,
    );
    expect(() => w.select(0, 1).mul_(2)).toThrow(/view of a leaf Variable/);
    torch.noGrad(() => w.sub_(torch.tensor([1, 2, 3]), { alpha: 0.5 }));
    expect(w.tolist()).toEqual([0.5, 0, -0.5]);
    expect(w.isLeaf && w.requiresGrad).toBe(true);
  });

  it('bumps the version counter shared with views', () => {
    const x = torch.zeros(2, 2);
    const v = x.select(0, 0);
    expect(x._version.n).toBe(0);
    v.add_(1);
    x.mul_(2);
    expect(x._version.n).toBe(2);
    expect(v._version.n).toBe(2);
    expect(x.tolist()).toEqual([
      [2, 2],
      [0, 0],
    ]);
  });

  it('detects modification of a tensor saved for backward', () => {
    const x = torch.tensor([1, 2], { requiresGrad: true });
    const a = x.mul(2);
    const y = a.mul(a); // Mul saves a
    a.add_(1);
    expect(() => y.sum().backward()).toThrow(/modified by an inplace operation/);
    const b = x.mul(2);
    const z = b.exp(); // Exp saves its output, not b
    b.add_(1);
    z.sum().backward();
    expect((x.grad!.tolist() as number[])[0]).toBeCloseTo(2 * Math.exp(2), 4);
  });

  it('keeps gradients right when a saved output is overwritten', () => {
    const x = torch.tensor([0, 1], { requiresGrad: true });
    const y = x.exp(); // Exp saves y
    y.add_(1);
    y.sum().backward();
    expect((x.grad!.tolist() as number[]).map((v) => +v.toFixed(4))).toEqual([1, 2.7183]);
  });

  it('checks shapes and dtypes of the result', () => {
    const x = torch.zeros(3);
    expect(() => x.add_(torch.zeros(2, 3))).toThrow(
      /add_: output with shape \[3\] doesn't match the broadcast shape \[2, 3\]/,
    );
    const i = torch.zeros(3, { dtype: 'int64' });
    expect(() => i.add_(0.5)).toThrow(
      /result type float32 can't be cast to the desired output type int64/,
    );
    i.add_(2);
    i.copy_(torch.tensor([1.7, 2.2, -3.9]));
    expect(i.tolist()).toEqual([1, 2, -3]);
  });

  it('supports the common in-place methods', () => {
    const x = torch.tensor([-2, -0.5, 0.5, 2]);
    expect(x.clone().clamp_(-1, 1).tolist()).toEqual([-1, -0.5, 0.5, 1]);
    expect(x.clone().relu_().tolist()).toEqual([0, 0, 0.5, 2]);
    expect(x.clone().abs_().neg_().tolist()).toEqual([-2, -0.5, -0.5, -2]);
    expect(x.clone().fill_(3).tolist()).toEqual([3, 3, 3, 3]);
    expect(x.clone().maskedFill_(x.lt(0), 0).tolist()).toEqual([0, 0, 0.5, 2]);
    expect(
      torch
        .zeros(2, 3)
        .scatter_(1, torch.tensor([[2n], [0n]]), 1)
        .tolist(),
    ).toEqual([
      [0, 0, 1],
      [1, 0, 0],
    ]);
    expect(x.clone().div_(2).pow_(2).tolist()).toEqual([1, 0.0625, 0.0625, 1]);
  });

  it('gives the gradient of a constant overwrite as zero', () => {
    const x = torch.tensor([1, 2, 3], { requiresGrad: true });
    const y = x.mul(2);
    y.zero_();
    const z = x.mul(1).add(y);
    z.sum().backward();
    expect(x.grad!.tolist()).toEqual([1, 1, 1]);
  });
});
