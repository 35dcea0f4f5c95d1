// Embedding.
import { noGrad } from '../autograd/grad-mode.js';
import type { Tensor } from '../tensor.js';
import { embedding } from './functional/embedding.js';
import { assignInPlace } from './functional/normalization.js';
import { full, op } from './functional/ops.js';
import { normal_ } from './init.js';
import { Module, type Parameter } from './module.js';
import { type FactoryOptions, emptyParam } from './factory.js';

/**
 * A lookup table [numEmbeddings, embeddingDim] ~ N(0, 1); the paddingIdx row starts at zero and
 * gets no gradient.
 * @example const emb = new nn.Embedding(1000, 64, { paddingIdx: 0 }); emb.call(tokens)
 */
export class Embedding extends Module {
  weight: Parameter;
  readonly paddingIdx: number | null;

  constructor(
    readonly numEmbeddings: number,
    readonly embeddingDim: number,
    opts: FactoryOptions & { paddingIdx?: number | null } = {},
  ) {
    super();
    let p = opts.paddingIdx ?? null;
    if (p !== null) {
      if (p >= numEmbeddings || p < -numEmbeddings)
        throw new RangeError(
          `Embedding: paddingIdx ${p} must be within numEmbeddings ${numEmbeddings}`,
        );
      if (p < 0) p += numEmbeddings;
    }
    this.paddingIdx = p;
    this.weight = emptyParam([numEmbeddings, embeddingDim], opts);
    this.resetParameters();
  }

  resetParameters(): void {
    normal_(this.weight);
    if (this.paddingIdx === null) return;
    const p = this.paddingIdx;
    noGrad(() => {
      const keep = full([this.numEmbeddings, 1], 1, this.weight.dtype);
      (keep._value.data() as Float32Array)[p] = 0;
      assignInPlace(this.weight, op('Mul', [this.weight.detach(), keep]));
    });
  }

  override forward(indices: Tensor): Tensor {
    return embedding(indices, this.weight, this.paddingIdx);
  }
}
