// LSTM and GRU: PyTorch's parameter names (weight_ih_l0, ..._reverse) and gate orders, built from
// core ops one time step at a time (the input projection of all steps is one matmul).
import type { Tensor } from '../tensor.js';
import { dropout } from './functional/dropout.js';
import { linear } from './functional/linear.js';
import {
  add,
  chunk,
  concat,
  full,
  mul,
  op,
  reshape,
  squeeze,
  sub,
  swapDims,
  unary,
  unsqueeze,
} from './functional/ops.js';
import { uniform_ } from './init.js';
import { Module, type Parameter } from './module.js';
import { type FactoryOptions, emptyParam } from './factory.js';

export interface RNNOptions extends FactoryOptions {
  numLayers?: number;
  bias?: boolean;
  batchFirst?: boolean;
  dropout?: number;
  bidirectional?: boolean;
}

type Cell = (
  gi: Tensor,
  h: Tensor,
  c: Tensor | null,
  whh: Tensor,
  bhh: Tensor | null,
) => [Tensor, Tensor | null];

abstract class RNNBase extends Module {
  readonly numLayers: number;
  readonly bias: boolean;
  readonly batchFirst: boolean;
  readonly dropout: number;
  readonly bidirectional: boolean;

  constructor(
    gates: number,
    readonly inputSize: number,
    readonly hiddenSize: number,
    opts: RNNOptions,
  ) {
    super();
    this.numLayers = opts.numLayers ?? 1;
    this.bias = opts.bias ?? true;
    this.batchFirst = opts.batchFirst ?? false;
    this.dropout = opts.dropout ?? 0;
    this.bidirectional = opts.bidirectional ?? false;
    const dirs = this.bidirectional ? 2 : 1;
    const self = this as unknown as Record<string, Parameter>;
    for (let l = 0; l < this.numLayers; l++) {
      for (let d = 0; d < dirs; d++) {
        const sfx = `_l${l}${d ? '_reverse' : ''}`;
        const inSize = l === 0 ? inputSize : hiddenSize * dirs;
        self[`weight_ih${sfx}`] = emptyParam([gates * hiddenSize, inSize], opts);
        self[`weight_hh${sfx}`] = emptyParam([gates * hiddenSize, hiddenSize], opts);
        if (this.bias) {
          self[`bias_ih${sfx}`] = emptyParam([gates * hiddenSize], opts);
          self[`bias_hh${sfx}`] = emptyParam([gates * hiddenSize], opts);
        }
      }
    }
    this.resetParameters();
  }

  /** Every weight and bias ~ U(-1/sqrt(hiddenSize), 1/sqrt(hiddenSize)). */
  resetParameters(): void {
    const k = 1 / Math.sqrt(this.hiddenSize);
    for (const p of this.parameters()) uniform_(p, -k, k);
  }

  protected param(name: string): Parameter | null {
    return ((this as unknown as Record<string, Parameter | undefined>)[name] ??
      null) as Parameter | null;
  }

  /**
   * Runs all layers over x [T, N, in] from states h0 (and c0) [L*D, N, H]. Returns the last
   * layer's outputs [T, N, D*H] and the final states.
   */
  protected run(
    x: Tensor,
    h0: Tensor,
    c0: Tensor | null,
    cell: Cell,
  ): [Tensor, Tensor, Tensor | null] {
    const [T, N] = x.shape;
    const H = this.hiddenSize;
    const dirs = this.bidirectional ? 2 : 1;
    const hs: Tensor[] = [];
    const cs: Tensor[] = [];
    const h0s = chunk(h0, this.numLayers * dirs, 0).map((t) => squeeze(t, [0]));
    const c0s = c0 ? chunk(c0, this.numLayers * dirs, 0).map((t) => squeeze(t, [0])) : [];
    let layerIn = x;
    for (let l = 0; l < this.numLayers; l++) {
      const outs: Tensor[] = [];
      for (let d = 0; d < dirs; d++) {
        const sfx = `_l${l}${d ? '_reverse' : ''}`;
        const wih = this.param(`weight_ih${sfx}`)!;
        const whh = this.param(`weight_hh${sfx}`)!;
        // Input projections of every step at once: [T, N, G*H], split into steps.
        const gi = linear(layerIn, wih, this.param(`bias_ih${sfx}`));
        const steps = T === 1 ? [squeeze(gi, [0])] : chunk(gi, T, 0).map((t) => squeeze(t, [0]));
        let h = h0s[l * dirs + d];
        let c: Tensor | null = c0 ? c0s[l * dirs + d] : null;
        const ys: Tensor[] = new Array<Tensor>(T);
        for (let s = 0; s < T; s++) {
          const t = d ? T - 1 - s : s;
          [h, c] = cell(steps[t], h, c, whh, this.param(`bias_hh${sfx}`));
          ys[t] = h;
        }
        outs.push(reshape(concat(ys, 0), [T, N, H]));
        hs.push(h);
        if (c) cs.push(c);
      }
      layerIn = concat(outs, 2);
      if (this.dropout > 0 && this.training && l < this.numLayers - 1)
        layerIn = dropout(layerIn, this.dropout);
    }
    const stack = (ts: Tensor[]) => reshape(concat(ts, 0), [ts.length, N, H]);
    return [layerIn, stack(hs), c0 ? stack(cs) : null];
  }

  /** [T, N, in] (batch-first or unbatched inputs normalized), plus how to undo it on outputs. */
  protected prepare(x: Tensor): [Tensor, boolean] {
    const name = this.constructor.name;
    if (x.ndim !== 2 && x.ndim !== 3)
      throw new RangeError(`${name}: expected input to be 2D or 3D, got ${x.ndim}D [${x.shape}]`);
    if (x.shape[x.ndim - 1] !== this.inputSize) {
      throw new RangeError(
        `${name}: input of shape [${x.shape}] must have inputSize ${this.inputSize} as its last dim`,
      );
    }
    if (x.ndim === 2) return [unsqueeze(x, [1]), false];
    return [this.batchFirst ? swapDims(x, 0, 1) : x, true];
  }

  protected initialState(
    x: Tensor,
    given: Tensor | null | undefined,
    batched: boolean,
    what: string,
  ): Tensor {
    const L = this.numLayers * (this.bidirectional ? 2 : 1);
    const N = x.shape[1];
    if (!given) return full([L, N, this.hiddenSize], 0, x.dtype);
    const want = batched ? [L, N, this.hiddenSize] : [L, this.hiddenSize];
    if (given.shape.join() !== want.join()) {
      throw new RangeError(
        `${this.constructor.name}: expected ${what} of shape [${want}], got [${given.shape}]`,
      );
    }
    return batched ? given : unsqueeze(given, [1]);
  }

  protected finish(y: Tensor, batched: boolean): Tensor {
    if (!batched) return squeeze(y, [1]);
    return this.batchFirst ? swapDims(y, 0, 1) : y;
  }
}

const sigmoid = (x: Tensor) => unary('Sigmoid', x);
const tanh = (x: Tensor) => unary('Tanh', x);

const lstmCell: Cell = (gi, h, c, whh, bhh) => {
  const gates = add(gi, linear(h, whh, bhh));
  const [i, f, g, o] = chunk(gates, 4, 1);
  const c2 = add(mul(sigmoid(f), c!), mul(sigmoid(i), tanh(g)));
  return [mul(sigmoid(o), tanh(c2)), c2];
};

const gruCell: Cell = (gi, h, _c, whh, bhh) => {
  const gh = linear(h, whh, bhh);
  const [ir, iz, inn] = chunk(gi, 3, 1);
  const [hr, hz, hn] = chunk(gh, 3, 1);
  const r = sigmoid(add(ir, hr));
  const z = sigmoid(add(iz, hz));
  const n = tanh(add(inn, mul(r, hn)));
  // h' = (1 - z) n + z h = n + z (h - n)
  return [add(n, mul(z, sub(h, n))), null];
};

/**
 * Multi-layer LSTM (gates i, f, g, o). forward(x, [h0, c0]?) returns [output, [hN, cN]].
 * @example const lstm = new nn.LSTM(10, 20, { numLayers: 2, batchFirst: true });
 * const [out, [h, c]] = lstm.call(x);
 */
export class LSTM extends RNNBase {
  constructor(inputSize: number, hiddenSize: number, opts: RNNOptions = {}) {
    super(4, inputSize, hiddenSize, opts);
  }

  override forward(x: Tensor, state?: [Tensor, Tensor] | null): [Tensor, [Tensor, Tensor]] {
    const [seq, batched] = this.prepare(x);
    const h0 = this.initialState(seq, state?.[0], batched, 'h0');
    const c0 = this.initialState(seq, state?.[1], batched, 'c0');
    const [y, h, c] = this.run(seq, h0, c0, lstmCell);
    const fix = (t: Tensor) => (batched ? t : squeeze(t, [1]));
    return [this.finish(y, batched), [fix(h), fix(c!)]];
  }
}

/**
 * Multi-layer GRU (gates r, z, n). forward(x, h0?) returns [output, hN].
 * @example const gru = new nn.GRU(10, 20, { bidirectional: true });
 */
export class GRU extends RNNBase {
  constructor(inputSize: number, hiddenSize: number, opts: RNNOptions = {}) {
    super(3, inputSize, hiddenSize, opts);
  }

  override forward(x: Tensor, h0?: Tensor | null): [Tensor, Tensor] {
    const [seq, batched] = this.prepare(x);
    const h = this.initialState(seq, h0, batched, 'hx');
    const [y, hN] = this.run(seq, h, null, gruCell);
    return [this.finish(y, batched), batched ? hN : squeeze(hN, [1])];
  }
}
