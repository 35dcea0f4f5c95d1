import { readFileSync } from 'node:fs';
import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../src/index.js';
import * as optim from '../src/optim/index.js';

interface SchedCase {
  name: string;
  optimizer: 'sgd' | 'adam';
  scheduler: keyof typeof optim.lrScheduler;
  args: unknown[];
  epochs: number;
  metrics: number[] | null;
  lrs: number[][];
  momentums: number[][];
}
const cases: SchedCase[] = JSON.parse(
  readFileSync(new URL('fixtures/optim/schedulers.json', import.meta.url), 'utf8'),
).cases;

const param = () => {
  const t = new Tensor(new CoreTensor('float32', [2]));
  t.requiresGrad = true;
  return t;
};

function makeOptimizer(c: SchedCase): optim.Optimizer {
  if (c.optimizer === 'adam') return new optim.Adam([param()], { lr: 0.01 });
  // Groups as in the generator: two groups when the fixture has two lrs per epoch.
  if (c.lrs[0].length === 2) {
    return new optim.SGD([{ params: [param()] }, { params: [param()], lr: 0.01 }], {
      lr: 0.1,
      momentum: 0.9,
    });
  }
  return new optim.SGD([param()], { lr: 0.1, momentum: 0.9 });
}

type AnyScheduler = { step(m?: number): void; getLastLr(): number[] } & {
  stateDict(): Record<string, unknown>;
  loadStateDict(sd: Record<string, unknown>): void;
};
function makeScheduler(c: SchedCase, opt: optim.Optimizer): AnyScheduler {
  const Ctor = optim.lrScheduler[c.scheduler] as unknown as new (
    o: optim.Optimizer,
    ...a: unknown[]
  ) => AnyScheduler;
  return new Ctor(opt, ...c.args);
}

const momentumOf = (c: SchedCase, opt: optim.Optimizer) =>
  opt.paramGroups.map((g) =>
    c.optimizer === 'adam' ? (g.betas as number[])[0] : (g.momentum as number),
  );

const close = (got: number[], want: number[], what: string) =>
  got.forEach((g, i) => {
    if (Math.abs(g - want[i]) > 1e-12 + 1e-12 * Math.abs(want[i]))
      throw new Error(`${what}: got ${g}, PyTorch ${want[i]}`);
  });

describe('lr schedulers match PyTorch 1.13 over 30 epochs', () => {
  for (const c of cases) {
    it(c.name, () => {
      const opt = makeOptimizer(c);
      const sched = makeScheduler(c, opt);
      close(
        opt.paramGroups.map((g) => g.lr),
        c.lrs[0],
        `${c.name} epoch 0`,
      );
      for (let e = 0; e < c.epochs; e++) {
        opt.step();
        sched.step(c.metrics?.[e]);
        close(sched.getLastLr(), c.lrs[e + 1], `${c.name} epoch ${e + 1} lr`);
        close(momentumOf(c, opt), c.momentums[e + 1], `${c.name} epoch ${e + 1} momentum`);
      }
    });

    it(`${c.name}: stateDict round trip mid-run`, () => {
      const opt = makeOptimizer(c);
      const sched = makeScheduler(c, opt);
      const half = Math.floor(c.epochs / 2);
      for (let e = 0; e < half; e++) sched.step(c.metrics?.[e]);
      const sd = JSON.parse(
        JSON.stringify(sched.stateDict(), (_k, v) => (v === Infinity ? 'Infinity' : v)),
        (_k, v) => (v === 'Infinity' ? Infinity : v),
      );
      const osd = opt.stateDict();
      const opt2 = makeOptimizer(c);
      const sched2 = makeScheduler(c, opt2);
      opt2.loadStateDict(osd);
      sched2.loadStateDict(sd);
      for (let e = half; e < c.epochs; e++) {
        sched2.step(c.metrics?.[e]);
        close(sched2.getLastLr(), c.lrs[e + 1], `${c.name} resumed epoch ${e + 1}`);
      }
    });
  }

  it('keeps PyTorch key names in state dicts and validates arguments', () => {
    const opt = new optim.SGD([param()], { lr: 0.1 });
    const sched = new optim.lrScheduler.CosineAnnealingLR(opt, 10);
    expect(sched.stateDict()).toMatchObject({
      T_max: 10,
      eta_min: 0,
      last_epoch: 0,
      base_lrs: [0.1],
      _step_count: 1,
    });
    expect(opt.stateDict().param_groups[0]).toHaveProperty('initial_lr', 0.1);
    expect(() => new optim.lrScheduler.LinearLR(opt, { startFactor: 2 })).toThrow(
      /between 0 and 1/,
    );
    expect(() => new optim.lrScheduler.OneCycleLR(opt, 1)).toThrow(/totalSteps/);
    expect(() => new optim.lrScheduler.ReduceLROnPlateau(opt, { factor: 1 })).toThrow(/Factor/);
    const oc = new optim.lrScheduler.OneCycleLR(opt, 1, { totalSteps: 2 });
    oc.step();
    oc.step();
    expect(() => oc.step()).toThrow(/Tried to step 4 times/);
    expect(
      () => new optim.lrScheduler.StepLR(new optim.SGD([param()], { lr: 1 }), 1, { lastEpoch: 3 }),
    ).toThrow(/initialLr/);
  });
});
