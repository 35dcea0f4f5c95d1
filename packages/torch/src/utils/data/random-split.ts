// randomSplit: disjoint random subsets of a dataset.
import { ArgumentError } from '@tandem/core';
import { type Dataset, Subset } from './dataset.js';
import { type DataGenerator, randperm } from './sampler.js';

/**
 * Splits `dataset` into non-overlapping random subsets of the given lengths, or of the given
 * fractions (summing to 1; the remainder goes round-robin to the first subsets, as in PyTorch).
 *
 * @example
 * const [train, val] = randomSplit(ds, [0.8, 0.2], new Generator().manualSeed(42));
 */
export function randomSplit<T>(
  dataset: Dataset<T>,
  lengths: readonly number[],
  generator?: DataGenerator | null,
): Subset<T>[] {
  const n = dataset.length;
  let sizes = [...lengths];
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) <= 1e-9 && sum <= 1 && sizes.some((x) => !Number.isInteger(x))) {
    sizes.forEach((f, i) => {
      if (f < 0 || f > 1) throw new ArgumentError(`Fraction at index ${i} is not between 0 and 1`);
    });
    sizes = sizes.map((f) => Math.floor(n * f));
    const remainder = n - sizes.reduce((a, b) => a + b, 0);
    for (let i = 0; i < remainder; i++) sizes[i % sizes.length] += 1;
  }
  if (sizes.some((x) => !Number.isInteger(x) || x < 0)) {
    throw new ArgumentError(
      `randomSplit: lengths must be non-negative integers or fractions, got [${lengths.join(', ')}]`,
    );
  }
  if (sizes.reduce((a, b) => a + b, 0) !== n) {
    throw new ArgumentError(
      `Sum of input lengths (${sizes.reduce(
        (a, b) => a + b,
        0,
      )}) does not equal the length of the input dataset (${n})!`,
    );
  }
  const perm = randperm(n, generator);
  let offset = 0;
  return sizes.map((len) => new Subset(dataset, perm.slice(offset, (offset += len))));
}
