import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';

describe('creation', () => {
  it('infers dtypes from JS data (Note [Default dtypes])', () => {
    expect(
      torch.tensor([
        [1, 2],
        [3, 4],
      ]).dtype,
    ).toBe('float32');
    expect(
      torch.tensor([
        [1, 2],
        [3, 4],
      ]).shape,
    ).toEqual([2, 2]);
    expect(torch.tensor([1n, 2n]).dtype).toBe('int64');
    expect(torch.tensor([true, false]).dtype).toBe('bool');
    expect(torch.tensor(new Int32Array([1, 2])).dtype).toBe('int32');
    expect(torch.tensor(new Float64Array([1, 2])).dtype).toBe('float64');
    expect(torch.tensor([1, 2], { dtype: 'int64' }).tolist()).toEqual([1, 2]);
    const s = torch.tensor(3.5, { requiresGrad: true });
    expect(s.shape).toEqual([]);
    expect(s.item()).toBe(3.5);
    expect(s.requiresGrad && s.isLeaf).toBe(true);
  });

  it('copies another tensor', () => {
    const a = torch.tensor([1, 2]);
    const b = torch.tensor(a);
    b.add_(1);
    expect(a.tolist()).toEqual([1, 2]);
  });

  it('refuses ragged data and gradients on integers', () => {
    expect(() => torch.tensor([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => torch.tensor([1n], { requiresGrad: true })).toThrow(/floating point/);
  });

  it('makes filled tensors with sizes as varargs or an array', () => {
    expect(torch.zeros(2, 3).shape).toEqual([2, 3]);
    expect(torch.ones([2], { dtype: 'int64' }).tolist()).toEqual([1, 1]);
    expect(torch.full([2, 2], 7).tolist()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(torch.full([1], true).dtype).toBe('bool');
    expect(torch.empty(3).shape).toEqual([3]);
    expect(torch.eye(2, 3).tolist()).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(torch.zeros(2, { requiresGrad: true }).requiresGrad).toBe(true);
    expect(() => torch.zeros(2, -1)).toThrow(/non-negative integers/);
  });

  it('makes ranges', () => {
    expect(torch.arange(5).tolist()).toEqual([0, 1, 2, 3, 4]);
    expect(torch.arange(5).dtype).toBe('int64');
    expect(torch.arange(1, 2, 0.25).tolist()).toEqual([1, 1.25, 1.5, 1.75]);
    expect(torch.arange(1, 2, 0.25).dtype).toBe('float32');
    expect(torch.arange(5, 0, -2).tolist()).toEqual([5, 3, 1]);
    expect(torch.arange(3, { dtype: 'float64' }).dtype).toBe('float64');
    expect(torch.linspace(0, 1, 5).tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(torch.linspace(2, 2, 1).tolist()).toEqual([2]);
    expect(() => torch.arange(0, 5, -1)).toThrow(/step sign/);
  });

  it('makes *Like tensors with the same shape and dtype', () => {
    const x = torch.tensor([[1n, 2n]]);
    const z = torch.zerosLike(x);
    expect([z.shape, z.dtype]).toEqual([[1, 2], 'int64']);
    expect(torch.onesLike(x, { dtype: 'float32' }).tolist()).toEqual([[1, 1]]);
    expect(torch.fullLike(x, 4n).tolist()).toEqual([[4, 4]]);
    expect(torch.emptyLike(x).shape).toEqual([1, 2]);
    expect(x.newZeros([3]).dtype).toBe('int64');
  });
});
