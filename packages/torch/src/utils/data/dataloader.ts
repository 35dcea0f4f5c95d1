// DataLoader: batches of samples from a dataset, in sampler order.
import { ArgumentError, Tensor as CoreTensor } from '@tandem/core';
import { indexSelect } from '../../ops/index-ops.js';
import { Tensor } from '../../tensor.js';
import { defaultCollate } from './collate.js';
import { type Dataset, TensorDataset } from './dataset.js';
import {
  BatchSampler,
  type DataGenerator,
  RandomSampler,
  type Sampler,
  SequentialSampler,
} from './sampler.js';

export interface DataLoaderOptions<T, B> {
  /** Samples per batch (default 1); null yields single samples without collating. */
  batchSize?: number | null;
  /** Visit the samples in a fresh random order each epoch. */
  shuffle?: boolean;
  /** Custom index order (excludes `shuffle`). */
  sampler?: Sampler;
  /** Custom batches of indices (excludes batchSize, shuffle, sampler, dropLast). */
  batchSampler?: Sampler<number[]>;
  /** Merges a list of samples into a batch (default: `defaultCollate`). */
  collateFn?: (samples: T[]) => B;
  /** Drop the last incomplete batch. */
  dropLast?: boolean;
  /** Randomness for shuffling (Note [Data generators]); same seed, same order. */
  generator?: DataGenerator | null;
}

/**
 * Iterates over a dataset in batches (PyTorch's `DataLoader`, single-process).
 *
 * @example
 * const loader = new DataLoader(new TensorDataset(x, y), { batchSize: 64, shuffle: true,
 *   generator: new Generator().manualSeed(0) });
 * for (const [xb, yb] of loader) { ... }
 */
export class DataLoader<T = unknown, B = unknown> implements Iterable<B> {
  readonly dataset: Dataset<T>;
  readonly batchSize: number | null;
  readonly dropLast: boolean;
  readonly sampler: Sampler;
  readonly batchSampler: Sampler<number[]> | null;
  readonly collateFn: (samples: T[]) => B;
  readonly generator: DataGenerator | null;
  private readonly defaultCollate: boolean;

  constructor(dataset: Dataset<T>, options: DataLoaderOptions<T, B> = {}) {
    const {
      batchSize = 1,
      shuffle = false,
      sampler,
      batchSampler,
      collateFn,
      dropLast = false,
    } = options;
    this.generator = options.generator ?? null;
    if (sampler && shuffle)
      throw new ArgumentError('DataLoader: sampler option is mutually exclusive with shuffle');
    if (batchSampler) {
      if (batchSize !== 1 || shuffle || sampler || dropLast) {
        throw new ArgumentError(
          'DataLoader: batchSampler option is mutually exclusive with ' +
            'batchSize, shuffle, sampler, and dropLast',
        );
      }
    } else if (batchSize === null && dropLast) {
      throw new ArgumentError(
        'DataLoader: batchSize=null option disables auto-batching and is mutually exclusive with dropLast',
      );
    }
    this.dataset = dataset;
    this.dropLast = dropLast;
    this.sampler =
      sampler ??
      (shuffle
        ? new RandomSampler(dataset, { generator: this.generator })
        : new SequentialSampler(dataset));
    this.batchSize = batchSampler ? null : batchSize;
    this.batchSampler =
      batchSampler ??
      (batchSize === null ? null : new BatchSampler(this.sampler, batchSize, dropLast));
    this.defaultCollate = !collateFn;
    this.collateFn = collateFn ?? (defaultCollate as (s: T[]) => B);
  }

  /** Number of batches per epoch (samples, when batchSize is null). */
  get length(): number {
    return this.batchSampler ? this.batchSampler.length : this.sampler.length;
  }

  *[Symbol.iterator](): Iterator<B> {
    if (!this.batchSampler) {
      for (const i of this.sampler) yield this.dataset.getItem(i) as unknown as B;
      return;
    }
    for (const indices of this.batchSampler) yield this.fetch(indices);
  }

  private fetch(indices: number[]): B {
    // A TensorDataset with the default collate batches with one gather per tensor; same values as
    // stacking the samples (PyTorch 2's __getitems__ idea).
    if (this.defaultCollate && this.dataset instanceof TensorDataset) {
      const idx = new Tensor(CoreTensor.from(indices.map(BigInt), 'int64', [indices.length]));
      return this.dataset.tensors.map((t) => indexSelect(t, 0, idx)) as B;
    }
    return this.collateFn(indices.map((i) => this.dataset.getItem(i)));
  }
}
