import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';

describe('tensor basics', () => {
  it('reads values out', () => {
    const x = torch.tensor([
      [1.5, 2],
      [3, 4],
    ]);
    expect(x.tolist()).toEqual([
      [1.5, 2],
      [3, 4],
    ]);
    expect(x.numel()).toBe(4);
    expect(x.shape).toEqual([2, 2]);
    expect(x.sum().item()).toBe(10.5);
    expect(torch.tensor([7n]).item()).toBe(7);
    expect(torch.tensor([true]).item()).toBe(true);
    expect(() => x.item()).toThrow(/4 elements cannot be converted to Scalar/);
    const arr = x.t().toTypedArray();
    expect(arr).toBeInstanceOf(Float32Array);
    expect([...arr]).toEqual([1.5, 3, 2, 4]);
    arr[0] = 99;
    expect(x.tolist()).toEqual([
      [1.5, 2],
      [3, 4],
    ]);
    expect(torch.tensor([1n, 2n]).toTypedArray()).toBeInstanceOf(BigInt64Array);
  });

  it('converts dtypes', () => {
    const x = torch.tensor([1.7, -2.2]);
    expect(x.long().tolist()).toEqual([1, -2]);
    expect(x.int().dtype).toBe('int32');
    expect(x.double().dtype).toBe('float64');
    expect(x.bool().tolist()).toEqual([true, true]);
    expect((x.to('float16').float().tolist() as number[])[0]).toBeCloseTo(1.7, 2);
    const w = torch.tensor([1, 2], { requiresGrad: true });
    w.double().mul(3).sum().backward();
    expect(w.grad!.dtype).toBe('float32');
    expect(w.grad!.tolist()).toEqual([3, 3]);
  });

  it('promotes types as PyTorch (Note [Type promotion])', () => {
    const i = torch.tensor([1, 2, 3], { dtype: 'int64' });
    expect(i.add(2).dtype).toBe('int64');
    expect(i.add(2.5).dtype).toBe('float32');
    expect(i.add(2.5).tolist()).toEqual([3.5, 4.5, 5.5]);
    expect(i.div(2).dtype).toBe('float32');
    expect(i.div(2).tolist()).toEqual([0.5, 1, 1.5]);
    expect(i.div(2, { roundingMode: 'floor' }).tolist()).toEqual([0, 1, 1]);
    expect(torch.tensor([-3n]).div(2, { roundingMode: 'floor' }).tolist()).toEqual([-2]);
    expect(torch.tensor([-3n]).div(2, { roundingMode: 'trunc' }).tolist()).toEqual([-1]);
    expect(i.mul(torch.tensor([0.5])).dtype).toBe('float32');
    const d = torch.tensor([1, 2], { dtype: 'float64' });
    expect(d.add(torch.tensor(1)).dtype).toBe('float64'); // a 0-d float32 does not widen a float64
    expect(
      torch.tensor([1], { dtype: 'float16' }).add(torch.tensor(1, { dtype: 'float64' })).dtype,
    ).toBe('float16');
    expect(torch.resultType(torch.tensor([true]), 1)).toBe('int64');
    expect(i.sum().dtype).toBe('int64');
    expect(torch.tensor([true, true]).sum().item()).toBe(2);
    expect(i.exp().dtype).toBe('float32');
    expect(() => i.mean()).toThrow(/floating point/);
  });

  it('returns (values, indices) pairs that destructure both ways', () => {
    const x = torch.tensor([
      [1, 5, 2],
      [7, 0, 3],
    ]);
    const { values, indices } = x.max(1);
    expect(values.tolist()).toEqual([5, 7]);
    expect(indices.tolist()).toEqual([1, 0]);
    const [v, i] = x.min(0, true);
    expect(v.tolist()).toEqual([[1, 0, 2]]);
    expect(i.tolist()).toEqual([[0, 1, 0]]);
    expect(x.max().item()).toBe(7);
    expect(x.max(torch.tensor([6, 0, 0])).tolist()).toEqual([
      [6, 5, 2],
      [7, 0, 3],
    ]);
    expect(x.argmax().item()).toBe(3);
    expect(x.sort(1, true).indices.tolist()).toEqual([
      [1, 2, 0],
      [0, 2, 1],
    ]);
  });

  it('views share storage with their base', () => {
    const x = torch.arange(6, { dtype: 'float32' });
    const m = x.view(2, 3);
    const t = m.t();
    const row = m.select(0, 1);
    const e = torch.tensor([[1], [2]]).expand(2, 3);
    m.mul_(10);
    expect(x.tolist()).toEqual([0, 10, 20, 30, 40, 50]);
    expect(t.tolist()).toEqual([
      [0, 30],
      [10, 40],
      [20, 50],
    ]);
    expect(row.tolist()).toEqual([30, 40, 50]);
    t.select(0, 0).fill_(-1);
    expect(x.tolist()).toEqual([-1, 10, 20, -1, 40, 50]);
    expect(t.isContiguous()).toBe(false);
    expect(e._value.strides).toEqual([1, 0]);
    expect(x._version).toBe(t._version);
    expect(t.contiguous().isContiguous()).toBe(true);
    const c = x.clone();
    c.zero_();
    expect(x.sum().item()).toBe(118);
  });

  it('splits and joins', () => {
    const x = torch.arange(10).view(5, 2);
    expect(x.split(2).map((p) => p.shape)).toEqual([
      [2, 2],
      [2, 2],
      [1, 2],
    ]);
    expect(x.split([1, 4]).map((p) => p.shape)).toEqual([
      [1, 2],
      [4, 2],
    ]);
    expect(x.chunk(3).map((p) => p.shape[0])).toEqual([2, 2, 1]);
    expect(x.unbind(1).map((p) => p.tolist())).toEqual([
      [0, 2, 4, 6, 8],
      [1, 3, 5, 7, 9],
    ]);
    expect(torch.cat([x, x.float()], 1).dtype).toBe('float32');
    expect(torch.stack([x, x], 1).shape).toEqual([5, 2, 2]);
    expect(x.nonzero().shape).toEqual([9, 2]);
    expect(x.repeat(1, 2).shape).toEqual([5, 4]);
    expect(() => x.repeat(2)).toThrow(/repeat dims 1 can not be smaller/);
  });
});

describe('errors name the op and the shapes', () => {
  const a = torch.zeros(2, 3);
  const b = torch.zeros(4);
  it('broadcasting', () => {
    expect(() => a.add(b)).toThrow(/Add.*\[2, 3\].*\[4\]|Add.*\[4\].*\[2, 3\]/);
  });
  it('matrix products', () => {
    expect(() => torch.mm(a, a)).toThrow(/mm: cannot multiply \[2, 3\] and \[2, 3\]/);
    expect(() => a.matmul(torch.zeros(2, 3))).toThrow(/MatMul.*\[2, 3\]/);
    expect(() => torch.bmm(a, a)).toThrow(/bmm/);
  });
  it('views, joins and dims', () => {
    expect(() => a.view(4, 2)).toThrow(
      /view: shape \[4, 2\] is invalid for input of shape \[2, 3\]/,
    );
    expect(() => a.t().view(6)).toThrow(/use reshape/);
    expect(a.t().reshape(6).shape).toEqual([6]);
    expect(() => a.expand(4, 3)).toThrow(/expand.*\[2, 3\].*\[4, 3\]/);
    expect(() => torch.stack([a, torch.zeros(3, 2)])).toThrow(
      /\[2, 3\] at entry 0 and \[3, 2\] at entry 1/,
    );
    expect(() => torch.cat([a, torch.zeros(3, 2)], 1)).toThrow(/Concat/);
    expect(() => a.sum(2)).toThrow(/sum: dimension 2 out of range/);
    expect(() => a.gather(1, torch.zeros(2, { dtype: 'int64' }))).toThrow(/gather/);
  });
});
