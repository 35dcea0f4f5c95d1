// Einsum: contraction, diagonals, ellipsis, implicit output, errors.
import { describe, expect, it } from 'vitest';
import { Tensor, execute } from '../src/index.js';
import '../src/ops/einsum.js';

const t = (v: number[], shape: number[]) => Tensor.from(v, 'float64', shape);
const run = (eq: string, ...xs: Tensor[]) => execute('Einsum', xs, { equation: eq })[0];

describe('Einsum', () => {
  const A = t([1, 2, 3, 4, 5, 6], [2, 3]);
  const B = t([1, 0, 2, 1, 0, 3], [3, 2]);
  it('multiplies matrices and transposes', () => {
    expect(run('ij,jk->ik', A, B).toArray()).toEqual([
      [5, 11],
      [14, 23],
    ]);
    expect(run('ij->ji', A).toArray()).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(run('ij,jk', A, B).toArray()).toEqual([
      [5, 11],
      [14, 23],
    ]); // implicit output: ik
  });
  it('takes diagonals and traces, sums and inner products', () => {
    const M = t([1, 2, 3, 4], [2, 2]);
    expect(run('ii->i', M).toArray()).toEqual([1, 4]);
    expect(run('ii', M).toNumbers()).toEqual([5]);
    expect(run('ij->i', A).toArray()).toEqual([6, 15]);
    expect(run('i,i', t([1, 2, 3], [3]), t([4, 5, 6], [3])).toNumbers()).toEqual([32]);
  });
  it('broadcasts ellipsis dims and batches', () => {
    const X = t([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2]);
    const I = t([1, 0, 0, 1], [2, 2]);
    expect(run('...ij,jk->...ik', X, I).toArray()).toEqual(X.toArray());
    expect(run('bij,bjk->bik', X, X).toArray()).toEqual([
      [
        [7, 10],
        [15, 22],
      ],
      [
        [67, 78],
        [91, 106],
      ],
    ]);
    expect(run('...ii->...i', X).toArray()).toEqual([
      [1, 4],
      [5, 8],
    ]);
  });
  it('names the problem in bad equations', () => {
    expect(() => run('ij,jk->ik', A)).toThrow(/Einsum: equation 'ij,jk->ik' has 2 operands/);
    expect(() => run('ijk->i', A)).toThrow(/Einsum: term 'ijk' does not match input 0 of rank 2/);
    expect(() => run('ij->z', A)).toThrow(/output label 'z'/);
  });
});
