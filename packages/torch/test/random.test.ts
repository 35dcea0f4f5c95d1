import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';

const stats = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, std: Math.sqrt(v), min: Math.min(...xs), max: Math.max(...xs) };
};
const N = 20000;

describe('random', () => {
  it('gives the same stream for the same seed, and different streams otherwise', () => {
    torch.manualSeed(42);
    const a = [torch.rand(5).tolist(), torch.randn(3).tolist()];
    torch.manualSeed(42);
    const b = [torch.rand(5).tolist(), torch.randn(3).tolist()];
    expect(a).toEqual(b);
    torch.manualSeed(43);
    expect(torch.rand(5).tolist()).not.toEqual(a[0]);
    expect(torch.initialSeed()).toBe(43n);
  });

  it('draws from a Generator without touching the default stream', () => {
    const g1 = new torch.Generator().manualSeed(7);
    const g2 = new torch.Generator().manualSeed(7);
    torch.manualSeed(1);
    const x = torch.rand(4, { generator: g1 }).tolist();
    const d1 = torch.rand(4).tolist();
    expect(torch.rand(4, { generator: g2 }).tolist()).toEqual(x);
    torch.manualSeed(1);
    expect(torch.rand(4).tolist()).toEqual(d1);
    const state = g1.getState();
    const next = torch.randn(3, { generator: g1 }).tolist();
    g1.setState(state);
    expect(torch.randn(3, { generator: g1 }).tolist()).toEqual(next);
  });

  it('rand is uniform on [0, 1)', () => {
    torch.manualSeed(0);
    const s = stats(torch.rand(N).tolist() as number[]);
    expect(s.min).toBeGreaterThanOrEqual(0);
    expect(s.max).toBeLessThan(1);
    expect(Math.abs(s.mean - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(s.std - Math.sqrt(1 / 12))).toBeLessThan(0.01);
  });

  it('randn and normal have the right mean and std', () => {
    torch.manualSeed(0);
    const s = stats(torch.randn(N).tolist() as number[]);
    expect(Math.abs(s.mean)).toBeLessThan(0.03);
    expect(Math.abs(s.std - 1)).toBeLessThan(0.03);
    const n = stats(torch.normal(3, 0.5, [N]).tolist() as number[]);
    expect(Math.abs(n.mean - 3)).toBeLessThan(0.02);
    expect(Math.abs(n.std - 0.5)).toBeLessThan(0.02);
    const t = torch.normal(torch.full([N], -2), torch.full([N], 2));
    const ts = stats(t.tolist() as number[]);
    expect(Math.abs(ts.mean + 2)).toBeLessThan(0.06);
    expect(Math.abs(ts.std - 2)).toBeLessThan(0.06);
  });

  it('randint covers [low, high) evenly', () => {
    torch.manualSeed(0);
    const r = torch.randint(-3, 4, [N]);
    expect(r.dtype).toBe('int64');
    const xs = r.tolist() as number[];
    const counts = new Map<number, number>();
    for (const v of xs) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    for (const c of counts.values()) expect(Math.abs(c / N - 1 / 7)).toBeLessThan(0.015);
    expect(torch.randint(5, [3]).shape).toEqual([3]);
  });

  it('randperm is a permutation', () => {
    torch.manualSeed(0);
    const p = torch.randperm(50).tolist() as number[];
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(p).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('fills in place and makes *Like samples', () => {
    torch.manualSeed(0);
    const w = torch.empty(N);
    w.uniform_(-2, 2);
    const s = stats(w.tolist() as number[]);
    expect(s.min).toBeGreaterThanOrEqual(-2);
    expect(Math.abs(s.mean)).toBeLessThan(0.05);
    w.normal_(1, 3);
    const n = stats(w.tolist() as number[]);
    expect(Math.abs(n.mean - 1)).toBeLessThan(0.1);
    expect(Math.abs(n.std - 3)).toBeLessThan(0.1);
    const x = torch.zeros(2, 3, { dtype: 'float64' });
    expect(torch.randLike(x).dtype).toBe('float64');
    expect(torch.randnLike(x).shape).toEqual([2, 3]);
    const b = torch.bernoulli(torch.full([N], 0.3));
    expect(Math.abs(stats(b.tolist() as number[]).mean - 0.3)).toBeLessThan(0.02);
  });
});
