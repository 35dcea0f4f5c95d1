// MultiheadAttention, TransformerEncoderLayer, TransformerEncoder (PyTorch's parameter names).
import type { Tensor } from '../tensor.js';
import { gelu, relu } from './functional/activation.js';
import { multiHeadAttentionForward } from './functional/attention.js';
import { add, swapDims } from './functional/ops.js';
import { ModuleList } from './containers.js';
import { Dropout } from './dropout.js';
import { constant_, xavierUniform_ } from './init.js';
import { Linear } from './linear.js';
import { Module, type Parameter } from './module.js';
import { LayerNorm } from './normalization.js';
import { type FactoryOptions, deepCopy, emptyParam } from './factory.js';

export interface MultiheadAttentionOptions extends FactoryOptions {
  dropout?: number;
  bias?: boolean;
  batchFirst?: boolean;
}

export interface AttentionCallOptions {
  keyPaddingMask?: Tensor | null;
  needWeights?: boolean;
  attnMask?: Tensor | null;
  averageAttnWeights?: boolean;
}

/**
 * Multi-head attention with a packed in-projection (in_proj_weight [3E, E]) and out_proj, as
 * PyTorch's (kdim/vdim different from embedDim, bias_k/bias_v and add_zero_attn are not supported).
 * forward returns [output, weights or null].
 * @example const [y, w] = mha.call(x, x, x, { attnMask: causal });
 */
export class MultiheadAttention extends Module {
  in_proj_weight: Parameter;
  in_proj_bias: Parameter | null;
  out_proj: Linear;
  readonly dropout: number;
  readonly batchFirst: boolean;
  readonly headDim: number;

  constructor(
    readonly embedDim: number,
    readonly numHeads: number,
    opts: MultiheadAttentionOptions = {},
  ) {
    super();
    this.headDim = embedDim / numHeads;
    if (!Number.isInteger(this.headDim))
      throw new RangeError(
        `MultiheadAttention: embedDim ${embedDim} must be divisible by numHeads ${numHeads}`,
      );
    this.dropout = opts.dropout ?? 0;
    this.batchFirst = opts.batchFirst ?? false;
    const bias = opts.bias ?? true;
    this.in_proj_weight = emptyParam([3 * embedDim, embedDim], opts);
    this.in_proj_bias = bias ? emptyParam([3 * embedDim], opts) : null;
    this.out_proj = new Linear(embedDim, embedDim, { bias, dtype: opts.dtype });
    xavierUniform_(this.in_proj_weight);
    if (this.in_proj_bias) constant_(this.in_proj_bias, 0);
    if (this.out_proj.bias) constant_(this.out_proj.bias, 0);
  }

  override forward(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    opts: AttentionCallOptions = {},
  ): [Tensor, Tensor | null] {
    const batched = query.ndim === 3;
    const bf = this.batchFirst && batched;
    if (bf) {
      const same = query === key && key === value;
      query = swapDims(query, 0, 1);
      key = same ? query : swapDims(key, 0, 1);
      value = same ? query : swapDims(value, 0, 1);
    }
    const [out, weights] = multiHeadAttentionForward(query, key, value, {
      numHeads: this.numHeads,
      inProjWeight: this.in_proj_weight,
      inProjBias: this.in_proj_bias,
      outProjWeight: this.out_proj.weight,
      outProjBias: this.out_proj.bias,
      attnMask: opts.attnMask,
      keyPaddingMask: opts.keyPaddingMask,
      needWeights: opts.needWeights,
      averageAttnWeights: opts.averageAttnWeights,
      dropoutP: this.dropout,
      training: this.training,
    });
    return [bf ? swapDims(out, 0, 1) : out, weights];
  }
}

export interface TransformerEncoderLayerOptions extends FactoryOptions {
  dimFeedforward?: number;
  dropout?: number;
  activation?: 'relu' | 'gelu' | ((x: Tensor) => Tensor);
  layerNormEps?: number;
  batchFirst?: boolean;
  normFirst?: boolean;
}

export interface EncoderCallOptions {
  srcMask?: Tensor | null;
  srcKeyPaddingMask?: Tensor | null;
}

/**
 * Self-attention + feed-forward block (post-norm by default, pre-norm with normFirst).
 * @example const layer = new nn.TransformerEncoderLayer(32, 4, { dimFeedforward: 64, batchFirst: true });
 */
export class TransformerEncoderLayer extends Module {
  self_attn: MultiheadAttention;
  linear1: Linear;
  dropout: Dropout;
  linear2: Linear;
  readonly normFirst: boolean;
  norm1: LayerNorm;
  norm2: LayerNorm;
  dropout1: Dropout;
  dropout2: Dropout;
  readonly activation: (x: Tensor) => Tensor;

  constructor(dModel: number, nhead: number, opts: TransformerEncoderLayerOptions = {}) {
    super();
    const p = opts.dropout ?? 0.1;
    const dff = opts.dimFeedforward ?? 2048;
    const f = { dtype: opts.dtype };
    this.self_attn = new MultiheadAttention(dModel, nhead, {
      dropout: p,
      batchFirst: opts.batchFirst,
      ...f,
    });
    this.linear1 = new Linear(dModel, dff, f);
    this.dropout = new Dropout(p);
    this.linear2 = new Linear(dff, dModel, f);
    this.normFirst = opts.normFirst ?? false;
    const eps = opts.layerNormEps ?? 1e-5;
    this.norm1 = new LayerNorm(dModel, { eps, ...f });
    this.norm2 = new LayerNorm(dModel, { eps, ...f });
    this.dropout1 = new Dropout(p);
    this.dropout2 = new Dropout(p);
    const act = opts.activation ?? 'relu';
    if (act === 'relu') this.activation = relu;
    else if (act === 'gelu') this.activation = (x) => gelu(x);
    else if (typeof act === 'function') this.activation = act;
    else
      throw new RangeError(
        `TransformerEncoderLayer: activation should be relu/gelu, not ${String(act)}`,
      );
  }

  private sa(x: Tensor, o: EncoderCallOptions): Tensor {
    const [y] = this.self_attn.call(x, x, x, {
      attnMask: o.srcMask,
      keyPaddingMask: o.srcKeyPaddingMask,
      needWeights: false,
    });
    return this.dropout1.call(y);
  }

  private ff(x: Tensor): Tensor {
    return this.dropout2.call(
      this.linear2.call(this.dropout.call(this.activation(this.linear1.call(x)))),
    );
  }

  override forward(src: Tensor, opts: EncoderCallOptions = {}): Tensor {
    let x = src;
    if (this.normFirst) {
      x = add(x, this.sa(this.norm1.call(x), opts));
      x = add(x, this.ff(this.norm2.call(x)));
    } else {
      x = this.norm1.call(add(x, this.sa(x, opts)));
      x = this.norm2.call(add(x, this.ff(x)));
    }
    return x;
  }
}

/**
 * A stack of `numLayers` copies of `encoderLayer` (names layers.0, layers.1, ...), then `norm`.
 * @example const enc = new nn.TransformerEncoder(layer, 2);
 */
export class TransformerEncoder extends Module {
  layers: ModuleList;
  norm: Module | null;

  constructor(
    encoderLayer: TransformerEncoderLayer,
    readonly numLayers: number,
    opts: { norm?: Module | null } = {},
  ) {
    super();
    this.layers = new ModuleList(Array.from({ length: numLayers }, () => deepCopy(encoderLayer)));
    this.norm = opts.norm ?? null;
  }

  override forward(src: Tensor, opts: EncoderCallOptions & { mask?: Tensor | null } = {}): Tensor {
    let x = src;
    const o = { srcMask: opts.srcMask ?? opts.mask, srcKeyPaddingMask: opts.srcKeyPaddingMask };
    for (const layer of this.layers) x = (layer as TransformerEncoderLayer).call(x, o);
    return this.norm ? this.norm.call(x) : x;
  }
}
