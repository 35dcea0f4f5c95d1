// Samplers: the order in which a DataLoader visits dataset indices.
import { ArgumentError } from '@tandem/core';
import {
  type Generator,
  randint as torchRandint,
  randperm as torchRandperm,
} from '../../random.js';

/**
 * Note [Data generators]: shuffling draws from a torch `Generator` (random.ts; the default
 * generator when none is given). Each pass draws one permutation with `torch.randperm`, so a
 * seeded generator gives the same order on every run, and the orders differ from epoch to epoch.
 * Orders are not PyTorch's bit for bit (see random.ts's Note [Random streams]).
 */
export type DataGenerator = Generator;

/** A random permutation of 0..n-1 as numbers. */
export function randperm(n: number, generator?: DataGenerator | null): number[] {
  return torchRandperm(n, { generator: generator ?? undefined })._value.toNumbers();
}

/** `count` integers drawn uniformly from [0, high). */
export function randint(high: number, count: number, generator?: DataGenerator | null): number[] {
  if (count === 0) return [];
  return torchRandint(high, [count], { generator: generator ?? undefined })._value.toNumbers();
}

/** Something that yields dataset indices (PyTorch's `Sampler`). */
export interface Sampler<T = number> extends Iterable<T> {
  readonly length: number;
}

/**
 * Indices 0..n-1 in order.
 *
 * @example
 * [...new SequentialSampler(dataset)]; // [0, 1, 2, ...]
 */
export class SequentialSampler implements Sampler {
  constructor(private readonly source: { readonly length: number }) {}

  get length(): number {
    return this.source.length;
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.source.length; i++) yield i;
  }
}

export interface RandomSamplerOptions {
  /** Draw with replacement (then `numSamples` may exceed the dataset). */
  replacement?: boolean;
  numSamples?: number;
  generator?: DataGenerator | null;
}

/**
 * A random order (a fresh permutation each pass), or draws with replacement.
 *
 * @example
 * const s = new RandomSampler(dataset, { generator: new Generator().manualSeed(0) });
 */
export class RandomSampler implements Sampler {
  readonly replacement: boolean;
  readonly generator: DataGenerator | null;
  private readonly numSamplesOpt: number | undefined;

  constructor(
    private readonly source: { readonly length: number },
    { replacement = false, numSamples, generator = null }: RandomSamplerOptions = {},
  ) {
    if (numSamples !== undefined && (!Number.isInteger(numSamples) || numSamples <= 0)) {
      throw new ArgumentError(
        `numSamples should be a positive integer value, but got numSamples=${numSamples}`,
      );
    }
    this.replacement = replacement;
    this.numSamplesOpt = numSamples;
    this.generator = generator;
  }

  get length(): number {
    return this.numSamplesOpt ?? this.source.length;
  }

  *[Symbol.iterator](): Iterator<number> {
    const n = this.source.length;
    const total = this.length;
    if (this.replacement) {
      yield* randint(n, total, this.generator);
      return;
    }
    for (let done = 0; done < total; done += n) {
      const perm = randperm(n, this.generator);
      yield* perm.slice(0, Math.min(n, total - done));
    }
  }
}

/** Indices from a fixed list, in a random order each pass. */
export class SubsetRandomSampler implements Sampler {
  constructor(
    readonly indices: readonly number[],
    readonly generator: DataGenerator | null = null,
  ) {}

  get length(): number {
    return this.indices.length;
  }

  *[Symbol.iterator](): Iterator<number> {
    for (const i of randperm(this.indices.length, this.generator)) yield this.indices[i];
  }
}

/**
 * Groups another sampler's indices into batches.
 *
 * @example
 * [...new BatchSampler(new SequentialSampler({ length: 5 }), 2, false)]; // [[0,1],[2,3],[4]]
 */
export class BatchSampler implements Sampler<number[]> {
  constructor(
    readonly sampler: Sampler | (Iterable<number> & { readonly length: number }),
    readonly batchSize: number,
    readonly dropLast: boolean,
  ) {
    if (!Number.isInteger(batchSize) || batchSize <= 0) {
      throw new ArgumentError(
        `batchSize should be a positive integer value, but got batchSize=${batchSize}`,
      );
    }
  }

  get length(): number {
    const n = this.sampler.length;
    return this.dropLast ? Math.floor(n / this.batchSize) : Math.ceil(n / this.batchSize);
  }

  *[Symbol.iterator](): Iterator<number[]> {
    let batch: number[] = [];
    for (const i of this.sampler) {
      batch.push(i);
      if (batch.length === this.batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0 && !this.dropLast) yield batch;
  }
}
