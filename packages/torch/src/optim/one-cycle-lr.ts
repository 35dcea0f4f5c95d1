// OneCycleLR: the 1cycle policy (warm up to maxLr, anneal far below the start), per batch.
import { ArgumentError } from '@tandem/core';
import { LRScheduler } from './lr-scheduler.js';
import type { Optimizer } from './optimizer.js';

export interface OneCycleLROptions {
  /** Total number of steps; or give `epochs` and `stepsPerEpoch`. */
  totalSteps?: number;
  epochs?: number;
  stepsPerEpoch?: number;
  /** Fraction of the cycle spent increasing the lr. */
  pctStart?: number;
  annealStrategy?: 'cos' | 'linear';
  /** Cycle SGD's momentum (or Adam's beta1) inversely to the lr. */
  cycleMomentum?: boolean;
  baseMomentum?: number | number[];
  maxMomentum?: number | number[];
  /** initialLr = maxLr / divFactor */
  divFactor?: number;
  /** minLr = initialLr / finalDivFactor */
  finalDivFactor?: number;
  /** Three phases (up, down to initialLr, down to minLr) instead of two. */
  threePhase?: boolean;
  lastEpoch?: number;
}

interface Phase {
  endStep: number;
  startLr: string;
  endLr: string;
  startMomentum: string;
  endMomentum: string;
}

/**
 * PyTorch's `OneCycleLR`; step it after every batch. Writes `initialLr`, `maxLr`, `minLr` (and
 * `maxMomentum`, `baseMomentum`) into each parameter group.
 *
 * @example
 * const sched = new OneCycleLR(opt, 0.1, { epochs: 10, stepsPerEpoch: loader.length });
 */
export class OneCycleLR extends LRScheduler {
  totalSteps: number;
  annealStrategy: 'cos' | 'linear';
  cycleMomentum: boolean;
  useBeta1: boolean;
  _schedulePhases: Phase[];

  constructor(optimizer: Optimizer, maxLr: number | number[], options: OneCycleLROptions = {}) {
    const {
      totalSteps,
      epochs,
      stepsPerEpoch,
      pctStart = 0.3,
      annealStrategy = 'cos',
      cycleMomentum = true,
      baseMomentum = 0.85,
      maxMomentum = 0.95,
      divFactor = 25,
      finalDivFactor = 1e4,
      threePhase = false,
      lastEpoch = -1,
    } = options;
    let total: number;
    if (totalSteps !== undefined) {
      if (!Number.isInteger(totalSteps) || totalSteps <= 0) {
        throw new ArgumentError(`Expected positive integer totalSteps, but got ${totalSteps}`);
      }
      total = totalSteps;
    } else if (epochs !== undefined && stepsPerEpoch !== undefined) {
      if (!Number.isInteger(epochs) || epochs <= 0)
        throw new ArgumentError(`Expected positive integer epochs, but got ${epochs}`);
      if (!Number.isInteger(stepsPerEpoch) || stepsPerEpoch <= 0) {
        throw new ArgumentError(
          `Expected positive integer stepsPerEpoch, but got ${stepsPerEpoch}`,
        );
      }
      total = epochs * stepsPerEpoch;
    } else {
      throw new ArgumentError('You must define either totalSteps OR (epochs AND stepsPerEpoch)');
    }
    if (!(pctStart >= 0 && pctStart <= 1))
      throw new ArgumentError(`Expected float between 0 and 1 pctStart, but got ${pctStart}`);
    if (annealStrategy !== 'cos' && annealStrategy !== 'linear') {
      throw new ArgumentError(
        `annealStrategy must be one of 'cos' or 'linear', instead got ${String(annealStrategy)}`,
      );
    }
    const groups = optimizer.paramGroups;
    const perGroup = (name: string, v: number | number[]): number[] => {
      if (!Array.isArray(v)) return groups.map(() => v);
      if (v.length !== groups.length)
        throw new ArgumentError(`expected ${groups.length} values for ${name}, got ${v.length}`);
      return v;
    };
    const maxLrs = perGroup('maxLr', maxLr);
    if (lastEpoch === -1) {
      groups.forEach((g, i) => {
        g.initialLr = maxLrs[i] / divFactor;
        g.maxLr = maxLrs[i];
        g.minLr = (g.initialLr as number) / finalDivFactor;
      });
    }
    const useBeta1 = 'betas' in optimizer.defaults;
    if (cycleMomentum) {
      if (!('momentum' in optimizer.defaults) && !useBeta1) {
        throw new ArgumentError(
          'optimizer must support momentum with `cycleMomentum` option enabled',
        );
      }
      const maxM = perGroup('maxMomentum', maxMomentum);
      const baseM = perGroup('baseMomentum', baseMomentum);
      if (lastEpoch === -1) {
        groups.forEach((g, i) => {
          if (useBeta1) g.betas = [maxM[i], ...(g.betas as number[]).slice(1)];
          else g.momentum = maxM[i];
          g.maxMomentum = maxM[i];
          g.baseMomentum = baseM[i];
        });
      }
    }
    super(optimizer, lastEpoch);
    this.totalSteps = total;
    this.annealStrategy = annealStrategy;
    this.cycleMomentum = cycleMomentum;
    this.useBeta1 = useBeta1;
    const phase = (
      endStep: number,
      startLr: string,
      endLr: string,
      startMomentum: string,
      endMomentum: string,
    ) => ({
      endStep,
      startLr,
      endLr,
      startMomentum,
      endMomentum,
    });
    this._schedulePhases = threePhase
      ? [
          phase(pctStart * total - 1, 'initialLr', 'maxLr', 'maxMomentum', 'baseMomentum'),
          phase(2 * pctStart * total - 2, 'maxLr', 'initialLr', 'baseMomentum', 'maxMomentum'),
          phase(total - 1, 'initialLr', 'minLr', 'maxMomentum', 'maxMomentum'),
        ]
      : [
          phase(pctStart * total - 1, 'initialLr', 'maxLr', 'maxMomentum', 'baseMomentum'),
          phase(total - 1, 'maxLr', 'minLr', 'baseMomentum', 'maxMomentum'),
        ];
    this.initialStep();
  }

  private anneal(start: number, end: number, pct: number): number {
    if (this.annealStrategy === 'linear') return (end - start) * pct + start;
    return end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);
  }

  protected getLr(): number[] {
    const stepNum = this.lastEpoch;
    if (stepNum > this.totalSteps) {
      throw new ArgumentError(
        `Tried to step ${stepNum + 1} times. The specified number of total steps is ${this.totalSteps}`,
      );
    }
    return this.groups.map((g) => {
      let start = 0;
      let lr = 0;
      let momentum = 0;
      const phases = this._schedulePhases;
      for (let i = 0; i < phases.length; i++) {
        const p = phases[i];
        if (stepNum <= p.endStep || i === phases.length - 1) {
          const pct = (stepNum - start) / (p.endStep - start);
          lr = this.anneal(g[p.startLr] as number, g[p.endLr] as number, pct);
          if (this.cycleMomentum)
            momentum = this.anneal(g[p.startMomentum] as number, g[p.endMomentum] as number, pct);
          break;
        }
        start = p.endStep;
      }
      if (this.cycleMomentum) {
        if (this.useBeta1) g.betas = [momentum, ...(g.betas as number[]).slice(1)];
        else g.momentum = momentum;
      }
      return lr;
    });
  }
}
