// Learning-rate schedulers (PyTorch 1.13's torch.optim.lr_scheduler, chainable recursive forms).
import { ArgumentError } from '@tandem/core';
import { type Optimizer, toCamel, toSnake } from './optimizer.js';

// Scheduler state-dict keys that are not plain camelCase ↔ snake_case (Note [State dict keys]).
const SPECIAL_KEYS: Record<string, string> = { tMax: 'T_max' };
const SPECIAL_BACK = Object.fromEntries(Object.entries(SPECIAL_KEYS).map(([a, b]) => [b, a]));

/** Every field but the optimizer, with PyTorch's snake_case names. */
function packState(obj: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'optimizer') continue;
    out[SPECIAL_KEYS[k] ?? toSnake(k)] = Array.isArray(v) ? structuredClone(v) : v;
  }
  return out;
}

function unpackState(obj: object, sd: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(sd)) {
    (obj as Record<string, unknown>)[SPECIAL_BACK[k] ?? toCamel(k)] = Array.isArray(v)
      ? structuredClone(v)
      : v;
  }
}

/**
 * Base of the epoch/step-based schedulers (PyTorch's `_LRScheduler`). Constructing one records each
 * group's `initialLr` and takes the first step (epoch 0); call `step()` after `optimizer.step()`.
 *
 * @example
 * const sched = new StepLR(opt, 30, { gamma: 0.1 });
 * for (let epoch = 0; epoch < 100; epoch++) { train(); sched.step(); }
 */
export abstract class LRScheduler {
  readonly optimizer: Optimizer;
  baseLrs: number[];
  lastEpoch: number;
  _stepCount = 0;
  _lastLr: number[] = [];

  constructor(optimizer: Optimizer, lastEpoch = -1) {
    this.optimizer = optimizer;
    optimizer.paramGroups.forEach((g, i) => {
      if (lastEpoch === -1) g.initialLr ??= g.lr;
      else if (g.initialLr === undefined) {
        throw new ArgumentError(
          `param 'initialLr' is not specified in paramGroups[${i}] when resuming an optimizer`,
        );
      }
    });
    this.baseLrs = optimizer.paramGroups.map((g) => g.initialLr as number);
    this.lastEpoch = lastEpoch;
  }

  /** Subclasses call this at the end of their constructor (PyTorch's `_initial_step`). */
  protected initialStep(): void {
    this._stepCount = 0;
    this.step();
  }

  /** The learning rates for the new `lastEpoch`, from the groups' current ones. */
  protected abstract getLr(): number[];

  /** Advances one epoch (or one batch, for OneCycleLR) and sets every group's `lr`. */
  step(): void {
    this._stepCount++;
    this.lastEpoch++;
    const lrs = this.getLr();
    this.optimizer.paramGroups.forEach((g, i) => (g.lr = lrs[i]));
    this._lastLr = this.optimizer.paramGroups.map((g) => g.lr);
  }

  /** The learning rates the last `step()` set, one per group. */
  getLastLr(): number[] {
    return [...this._lastLr];
  }

  /** Every field but the optimizer, with PyTorch's snake_case keys (`last_epoch`, `base_lrs`...). */
  stateDict(): Record<string, unknown> {
    return packState(this);
  }

  loadStateDict(sd: Record<string, unknown>): void {
    unpackState(this, sd);
  }

  protected get groups() {
    return this.optimizer.paramGroups;
  }
}

/**
 * Multiplies the lr by `gamma` every `stepSize` epochs.
 *
 * @example
 * new StepLR(opt, 30, { gamma: 0.1 });
 */
export class StepLR extends LRScheduler {
  stepSize: number;
  gamma: number;

  constructor(optimizer: Optimizer, stepSize: number, { gamma = 0.1, lastEpoch = -1 } = {}) {
    super(optimizer, lastEpoch);
    this.stepSize = stepSize;
    this.gamma = gamma;
    this.initialStep();
  }

  protected getLr(): number[] {
    if (this.lastEpoch === 0 || this.lastEpoch % this.stepSize !== 0)
      return this.groups.map((g) => g.lr);
    return this.groups.map((g) => g.lr * this.gamma);
  }
}

/**
 * Multiplies the lr by `gamma` at each milestone epoch (a repeated milestone multiplies again).
 *
 * @example
 * new MultiStepLR(opt, [30, 80], { gamma: 0.1 });
 */
export class MultiStepLR extends LRScheduler {
  milestones: number[];
  gamma: number;

  constructor(optimizer: Optimizer, milestones: number[], { gamma = 0.1, lastEpoch = -1 } = {}) {
    super(optimizer, lastEpoch);
    this.milestones = [...milestones].sort((a, b) => a - b);
    this.gamma = gamma;
    this.initialStep();
  }

  protected getLr(): number[] {
    const hits = this.milestones.filter((m) => m === this.lastEpoch).length;
    if (hits === 0) return this.groups.map((g) => g.lr);
    return this.groups.map((g) => g.lr * this.gamma ** hits);
  }
}

/**
 * Multiplies the lr by `gamma` every epoch.
 *
 * @example
 * new ExponentialLR(opt, 0.95);
 */
export class ExponentialLR extends LRScheduler {
  gamma: number;

  constructor(optimizer: Optimizer, gamma: number, { lastEpoch = -1 } = {}) {
    super(optimizer, lastEpoch);
    this.gamma = gamma;
    this.initialStep();
  }

  protected getLr(): number[] {
    if (this.lastEpoch === 0) return this.groups.map((g) => g.lr);
    return this.groups.map((g) => g.lr * this.gamma);
  }
}

/**
 * Cosine annealing from the base lr to `etaMin` over `tMax` epochs (PyTorch's recursive form,
 * which continues as a cosine wave past `tMax`).
 *
 * @example
 * new CosineAnnealingLR(opt, 50, { etaMin: 1e-5 });
 */
export class CosineAnnealingLR extends LRScheduler {
  tMax: number;
  etaMin: number;

  constructor(optimizer: Optimizer, tMax: number, { etaMin = 0, lastEpoch = -1 } = {}) {
    super(optimizer, lastEpoch);
    this.tMax = tMax;
    this.etaMin = etaMin;
    this.initialStep();
  }

  protected getLr(): number[] {
    const { lastEpoch: e, tMax: T, etaMin } = this;
    if (e === 0) return this.groups.map((g) => g.lr);
    if (this._stepCount === 1 && e > 0) {
      return this.baseLrs.map(
        (b) => etaMin + ((b - etaMin) * (1 + Math.cos((e * Math.PI) / T))) / 2,
      );
    }
    if (pyMod(e - 1 - T, 2 * T) === 0) {
      return this.groups.map(
        (g, i) => g.lr + ((this.baseLrs[i] - etaMin) * (1 - Math.cos(Math.PI / T))) / 2,
      );
    }
    return this.groups.map(
      (g) =>
        ((1 + Math.cos((Math.PI * e) / T)) / (1 + Math.cos((Math.PI * (e - 1)) / T))) *
          (g.lr - etaMin) +
        etaMin,
    );
  }
}

/**
 * Scales the lr linearly from `startFactor` to `endFactor` over `totalIters` epochs.
 *
 * @example
 * new LinearLR(opt, { startFactor: 0.1, totalIters: 10 });
 */
export class LinearLR extends LRScheduler {
  startFactor: number;
  endFactor: number;
  totalIters: number;

  constructor(
    optimizer: Optimizer,
    { startFactor = 1 / 3, endFactor = 1.0, totalIters = 5, lastEpoch = -1 } = {},
  ) {
    if (startFactor > 1 || startFactor < 0) {
      throw new ArgumentError('Starting multiplicative factor expected to be between 0 and 1.');
    }
    if (endFactor > 1 || endFactor < 0) {
      throw new ArgumentError('Ending multiplicative factor expected to be between 0 and 1.');
    }
    super(optimizer, lastEpoch);
    this.startFactor = startFactor;
    this.endFactor = endFactor;
    this.totalIters = totalIters;
    this.initialStep();
  }

  protected getLr(): number[] {
    const { startFactor: s, endFactor: f, totalIters: n, lastEpoch: e } = this;
    if (e === 0) return this.groups.map((g) => g.lr * s);
    if (e > n) return this.groups.map((g) => g.lr);
    return this.groups.map((g) => g.lr * (1 + (f - s) / (n * s + (e - 1) * (f - s))));
  }
}

/** Python's `%`: the result takes the sign of the divisor. */
export function pyMod(a: number, m: number): number {
  return ((a % m) + m) % m;
}

export { packState as _packState, unpackState as _unpackState };
