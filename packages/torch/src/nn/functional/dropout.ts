// F.dropout over core's Dropout op, seeded from nn's seed source.
import { Tensor as CoreTensor } from '@tandem/core';
import { Tensor } from '../../tensor.js';
import { type Generator, nextIntSeed } from '../seed.js';
import { op } from './ops.js';

export interface DropoutOptions {
  training?: boolean;
  generator?: Generator | null;
}

/**
 * F.dropout(x, p = 0.5, {training = true}): zeroes each element with probability p and scales the
 * rest by 1/(1-p) in training mode; the identity otherwise.
 * @example F.dropout(x, 0.1, { training: model.training })
 */
export function dropout(x: Tensor, p = 0.5, opts: DropoutOptions = {}): Tensor {
  if (!(p >= 0 && p <= 1))
    throw new RangeError(`dropout: probability has to be between 0 and 1, but got ${p}`);
  const training = opts.training ?? true;
  if (!training || p === 0) return x;
  const ratio = new Tensor(CoreTensor.scalar(p, 'float32'));
  const train = new Tensor(CoreTensor.scalar(true, 'bool'));
  return op('Dropout', [x, ratio, train], { seed: nextIntSeed(opts.generator) });
}
