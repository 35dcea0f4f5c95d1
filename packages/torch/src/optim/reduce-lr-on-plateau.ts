// ReduceLROnPlateau: cut the lr when a metric stops improving.
import { ArgumentError } from '@tandem/core';
import { _packState, _unpackState } from './lr-scheduler.js';
import type { Optimizer } from './optimizer.js';

export interface ReduceLROnPlateauOptions {
  /** 'min': the metric should decrease; 'max': increase. */
  mode?: 'min' | 'max';
  /** new lr = lr * factor (< 1). */
  factor?: number;
  /** Epochs without improvement tolerated before reducing. */
  patience?: number;
  threshold?: number;
  thresholdMode?: 'rel' | 'abs';
  /** Epochs to wait after a reduction before counting bad epochs again. */
  cooldown?: number;
  minLr?: number | number[];
  /** Reductions smaller than eps are skipped. */
  eps?: number;
}

/**
 * PyTorch's `ReduceLROnPlateau`: `step(metric)` once per epoch.
 *
 * @example
 * const sched = new ReduceLROnPlateau(opt, { mode: 'min', patience: 5 });
 * sched.step(validationLoss);
 */
export class ReduceLROnPlateau {
  readonly optimizer: Optimizer;
  factor: number;
  minLrs: number[];
  patience: number;
  cooldown: number;
  cooldownCounter = 0;
  mode: 'min' | 'max';
  threshold: number;
  thresholdMode: 'rel' | 'abs';
  best: number;
  numBadEpochs = 0;
  modeWorse: number;
  eps: number;
  lastEpoch = 0;
  _lastLr: number[];

  constructor(optimizer: Optimizer, options: ReduceLROnPlateauOptions = {}) {
    const {
      mode = 'min',
      factor = 0.1,
      patience = 10,
      threshold = 1e-4,
      thresholdMode = 'rel',
    } = options;
    const { cooldown = 0, minLr = 0, eps = 1e-8 } = options;
    if (factor >= 1.0) throw new ArgumentError('Factor should be < 1.0.');
    if (mode !== 'min' && mode !== 'max')
      throw new ArgumentError(`mode ${String(mode)} is unknown!`);
    if (thresholdMode !== 'rel' && thresholdMode !== 'abs') {
      throw new ArgumentError(`threshold mode ${String(thresholdMode)} is unknown!`);
    }
    const n = optimizer.paramGroups.length;
    if (Array.isArray(minLr) && minLr.length !== n)
      throw new ArgumentError(`expected ${n} min_lrs, got ${minLr.length}`);
    this.optimizer = optimizer;
    this.factor = factor;
    this.minLrs = Array.isArray(minLr) ? [...minLr] : new Array<number>(n).fill(minLr);
    this.patience = patience;
    this.cooldown = cooldown;
    this.mode = mode;
    this.threshold = threshold;
    this.thresholdMode = thresholdMode;
    this.modeWorse = mode === 'min' ? Infinity : -Infinity;
    this.best = this.modeWorse;
    this.eps = eps;
    this._lastLr = optimizer.paramGroups.map((g) => g.lr);
  }

  /** Records this epoch's metric; reduces the lr after `patience` epochs without improvement. */
  step(metric: number | { item(): number }): void {
    const current = typeof metric === 'number' ? metric : Number(metric.item());
    this.lastEpoch += 1;
    if (this.isBetter(current, this.best)) {
      this.best = current;
      this.numBadEpochs = 0;
    } else {
      this.numBadEpochs += 1;
    }
    if (this.cooldownCounter > 0) {
      this.cooldownCounter -= 1;
      this.numBadEpochs = 0;
    }
    if (this.numBadEpochs > this.patience) {
      this.optimizer.paramGroups.forEach((g, i) => {
        const newLr = Math.max(g.lr * this.factor, this.minLrs[i]);
        if (g.lr - newLr > this.eps) g.lr = newLr;
      });
      this.cooldownCounter = this.cooldown;
      this.numBadEpochs = 0;
    }
    this._lastLr = this.optimizer.paramGroups.map((g) => g.lr);
  }

  get inCooldown(): boolean {
    return this.cooldownCounter > 0;
  }

  isBetter(a: number, best: number): boolean {
    if (this.mode === 'min')
      return this.thresholdMode === 'rel'
        ? a < best * (1 - this.threshold)
        : a < best - this.threshold;
    return this.thresholdMode === 'rel'
      ? a > best * (this.threshold + 1)
      : a > best + this.threshold;
  }

  getLastLr(): number[] {
    return [...this._lastLr];
  }

  /** Every field but the optimizer, with PyTorch's snake_case keys. */
  stateDict(): Record<string, unknown> {
    return _packState(this);
  }

  loadStateDict(sd: Record<string, unknown>): void {
    _unpackState(this, sd);
  }
}
