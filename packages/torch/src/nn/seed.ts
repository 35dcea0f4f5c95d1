// Seeds for nn's random ops (init, dropout), drawn from torch's Generator (random.ts): core's
// random ops are deterministic given a `seed` attribute (core's Note [Random seeds]), so
// torch.manualSeed(s) makes initialization and dropout reproducible.
import { type Generator, defaultGenerator } from '../random.js';

export type { Generator };

/** The next seed (a float in [0, 1), as core's random ops take it) from `generator` or the default. */
export function nextSeed(generator?: Generator | null): number {
  return (generator ?? defaultGenerator)._nextSeed();
}

/** The next seed as a 31-bit integer, for ops whose seed attribute is an int (Dropout). */
export function nextIntSeed(generator?: Generator | null): number {
  return Math.floor(nextSeed(generator) * 2 ** 31);
}
