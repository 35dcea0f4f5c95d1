import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../src/index.js';
import { Generator } from '../src/random.js';
import {
  BatchSampler,
  DataLoader,
  Dataset,
  RandomSampler,
  SequentialSampler,
  Subset,
  TensorDataset,
  defaultCollate,
  randomSplit,
  randperm,
} from '../src/utils/data/index.js';

const tensor = (data: number[], shape: number[], dtype: 'float32' | 'int64' = 'float32') =>
  new Tensor(
    dtype === 'int64'
      ? CoreTensor.from(data.map(BigInt), 'int64', shape)
      : CoreTensor.from(data, dtype, shape),
  );
const seeded = (seed: number) => new Generator().manualSeed(seed);
const vals = (t: unknown) => (t as Tensor)._value.toNumbers();

// x[i] = [2i, 2i+1], y[i] = i
const N = 10;
const x = tensor(
  Array.from({ length: 2 * N }, (_, i) => i),
  [N, 2],
);
const y = tensor(
  Array.from({ length: N }, (_, i) => i),
  [N],
  'int64',
);

class Squares extends Dataset<{ i: number; sq: number; name: string; pair: [number, Tensor] }> {
  get length() {
    return 5;
  }
  getItem(i: number) {
    return {
      i,
      sq: i * i + 0.5,
      name: `n${i}`,
      pair: [i, tensor([i, -i], [2])] as [number, Tensor],
    };
  }
}

describe('datasets and samplers', () => {
  it('TensorDataset indexes dim 0 and checks lengths', () => {
    const ds = new TensorDataset(x, y);
    expect(ds.length).toBe(N);
    const [xi, yi] = ds.getItem(3);
    expect(vals(xi)).toEqual([6, 7]);
    expect(yi.shape).toEqual([]);
    expect(vals(yi)).toEqual([3]);
    expect(() => new TensorDataset(x, tensor([1, 2], [2]))).toThrow(
      /Size mismatch.*\[10, 2\].*\[2\]/,
    );
  });

  it('BatchSampler groups and drops the last batch on request', () => {
    const seq = new SequentialSampler({ length: 5 });
    expect([...new BatchSampler(seq, 2, false)]).toEqual([[0, 1], [2, 3], [4]]);
    expect([...new BatchSampler(seq, 2, true)]).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(new BatchSampler(seq, 2, true).length).toBe(2);
    expect(() => new BatchSampler(seq, 0, false)).toThrow(/batchSize/);
  });

  it('randperm and RandomSampler are permutations, reproducible from a seed', () => {
    const p = randperm(100, seeded(7));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(randperm(100, seeded(7))).toEqual(p);
    expect(randperm(100, seeded(8))).not.toEqual(p);
    const s = new RandomSampler({ length: 10 }, { generator: seeded(1) });
    const a = [...s];
    const b = [...s];
    expect(a).not.toEqual(b); // the generator advances between epochs
    expect([...new RandomSampler({ length: 10 }, { generator: seeded(1) })]).toEqual(a);
    const r = [
      ...new RandomSampler(
        { length: 4 },
        { replacement: true, numSamples: 50, generator: seeded(2) },
      ),
    ];
    expect(r.length).toBe(50);
    expect(r.every((v) => Number.isInteger(v) && v >= 0 && v < 4)).toBe(true);
    expect(
      [...new RandomSampler({ length: 4 }, { numSamples: 10, generator: seeded(3) })].length,
    ).toBe(10);
  });
});

describe('DataLoader', () => {
  it('batches a TensorDataset in order and iterates with for..of', () => {
    const loader = new DataLoader(new TensorDataset(x, y), { batchSize: 4 });
    expect(loader.length).toBe(3);
    const batches = [...loader] as Tensor[][];
    expect(batches.map(([xb]) => xb.shape)).toEqual([
      [4, 2],
      [4, 2],
      [2, 2],
    ]);
    expect(vals(batches[0][0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(vals(batches[2][1])).toEqual([8, 9]);
    expect(batches[0][1].dtype).toBe('int64');
    const dropped = new DataLoader(new TensorDataset(x, y), { batchSize: 4, dropLast: true });
    expect(dropped.length).toBe(2);
    expect([...dropped].length).toBe(2);
  });

  it('shuffles reproducibly with a seeded generator; x and y stay paired', () => {
    const run = (seed: number) => {
      const loader = new DataLoader(new TensorDataset(x, y), {
        batchSize: 3,
        shuffle: true,
        generator: seeded(seed),
      });
      const epochs: number[][] = [];
      for (let e = 0; e < 2; e++) {
        const order: number[] = [];
        for (const [xb, yb] of loader as Iterable<Tensor[]>) {
          const xs = vals(xb);
          vals(yb).forEach((yi, k) => {
            expect([xs[2 * k], xs[2 * k + 1]]).toEqual([2 * yi, 2 * yi + 1]);
            order.push(yi);
          });
        }
        epochs.push(order);
      }
      return epochs;
    };
    const a = run(123);
    expect([...a[0]].sort((p, q) => p - q)).toEqual(Array.from({ length: N }, (_, i) => i));
    expect(a[0]).not.toEqual(Array.from({ length: N }, (_, i) => i));
    expect(a[0]).not.toEqual(a[1]);
    expect(run(123)).toEqual(a);
  });

  it('the TensorDataset fast path equals the generic collate path', () => {
    const ds = new TensorDataset(x, y);
    const fast = [...new DataLoader(ds, { batchSize: 4 })] as Tensor[][];
    const slow = [
      ...new DataLoader(ds, { batchSize: 4, collateFn: (s) => defaultCollate(s) as Tensor[] }),
    ];
    fast.forEach((b, i) =>
      b.forEach((t, j) => {
        expect(t.shape).toEqual(slow[i][j].shape);
        expect(t.dtype).toEqual(slow[i][j].dtype);
        expect(vals(t)).toEqual(vals(slow[i][j]));
      }),
    );
  });

  it('default collate handles objects, numbers, strings and nested arrays', () => {
    const loader = new DataLoader(new Squares(), { batchSize: 2 });
    const [first] = loader;
    const b = first as { i: Tensor; sq: Tensor; name: string[]; pair: [Tensor, Tensor] };
    expect(b.i.dtype).toBe('int64');
    expect(vals(b.i)).toEqual([0, 1]);
    expect(b.sq.dtype).toBe('float64');
    expect(vals(b.sq)).toEqual([0.5, 1.5]);
    expect(b.name).toEqual(['n0', 'n1']);
    expect(vals(b.pair[0])).toEqual([0, 1]);
    expect(b.pair[1].shape).toEqual([2, 2]);
    expect(vals(b.pair[1])).toEqual([0, -0, 1, -1]);
    expect(() => defaultCollate([null])).toThrow(/found null/);
    expect(() => defaultCollate([[1, 2], [3]])).toThrow(/same length/);
    expect(defaultCollate([true, false])).toBeInstanceOf(Tensor);
  });

  it('custom collateFn, sampler, batchSampler and batchSize null', () => {
    const ds = new Squares();
    const names = new DataLoader(ds, {
      batchSize: 2,
      collateFn: (s) => s.map((e) => e.name).join('+'),
    });
    expect([...names]).toEqual(['n0+n1', 'n2+n3', 'n4']);
    const rev = {
      length: 5,
      *[Symbol.iterator]() {
        for (let i = 4; i >= 0; i--) yield i;
      },
    };
    const bySampler = new DataLoader(ds, {
      batchSize: 5,
      sampler: rev,
      collateFn: (s) => s.map((e) => e.i),
    });
    expect([...bySampler]).toEqual([[4, 3, 2, 1, 0]]);
    const bs = {
      length: 2,
      *[Symbol.iterator]() {
        yield [0, 4];
        yield [2];
      },
    };
    expect([
      ...new DataLoader(ds, { batchSampler: bs, collateFn: (s) => s.map((e) => e.i) }),
    ]).toEqual([[0, 4], [2]]);
    expect([...new DataLoader(ds, { batchSize: null })].map((s) => (s as { i: number }).i)).toEqual(
      [0, 1, 2, 3, 4],
    );
    expect(() => new DataLoader(ds, { batchSampler: bs, batchSize: 3 })).toThrow(
      /mutually exclusive/,
    );
    expect(() => new DataLoader(ds, { sampler: rev, shuffle: true })).toThrow(
      /mutually exclusive with shuffle/,
    );
  });
});

describe('randomSplit and Subset', () => {
  it('splits by lengths and by fractions (remainder round-robin like PyTorch)', () => {
    const ds = new TensorDataset(x, y);
    const parts = randomSplit(ds, [3, 7], seeded(0));
    expect(parts.map((p) => p.length)).toEqual([3, 7]);
    const all = parts.flatMap((p) => [...p.indices]).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: N }, (_, i) => i));
    expect(randomSplit(ds, [0.33, 0.33, 0.34], seeded(0)).map((p) => p.length)).toEqual([4, 3, 3]);
    const [a] = randomSplit(ds, [3, 7], seeded(0));
    expect(a.indices).toEqual(parts[0].indices);
    expect(vals(a.getItem(0)[1])).toEqual([a.indices[0]]);
    expect(() => randomSplit(ds, [3, 3])).toThrow(/does not equal the length/);
    expect(() => new Subset(ds, [1]).getItem(1)).toThrow(/out of range/);
  });
});
