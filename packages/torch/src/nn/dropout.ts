// Dropout.
import type { Tensor } from '../tensor.js';
import { dropout } from './functional/dropout.js';
import { Module } from './module.js';
import type { Generator } from './seed.js';

/**
 * Zeroes elements with probability p in training mode (scaling the rest by 1/(1-p)); identity in
 * eval mode. Draws come from the default seed source, or `generator`.
 * @example const drop = new nn.Dropout(0.1); model.eval(); // now a no-op
 */
export class Dropout extends Module {
  constructor(
    readonly p = 0.5,
    readonly opts: { generator?: Generator | null } = {},
  ) {
    super();
    if (!(p >= 0 && p <= 1))
      throw new RangeError(`Dropout: probability has to be between 0 and 1, but got ${p}`);
  }

  override forward(x: Tensor): Tensor {
    return dropout(x, this.p, { training: this.training, generator: this.opts.generator });
  }
}
