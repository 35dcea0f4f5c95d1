import { readFileSync } from 'node:fs';
import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Tensor, apply1, autograd } from '../src/index.js';
import * as optim from '../src/optim/index.js';

interface OptimCase {
  name: string;
  optimizer: 'SGD' | 'Adam' | 'AdamW' | 'RMSprop' | 'Adagrad';
  options: Record<string, unknown>;
  groups: Array<Record<string, unknown> & { params: number[] }> | null;
  shapes: number[][];
  init: number[][];
  grads: number[][][];
  expected: number[][][];
}
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/optim/${name}`, import.meta.url), 'utf8'));
const cases: OptimCase[] = fixture('optimizers.json').cases;

const ctors = {
  SGD: optim.SGD,
  Adam: optim.Adam,
  AdamW: optim.AdamW,
  RMSprop: optim.RMSprop,
  Adagrad: optim.Adagrad,
};
const leaf = (data: number[], shape: number[], dtype: 'float32' | 'float64') => {
  const t = new Tensor(CoreTensor.from(data, dtype, shape));
  t.requiresGrad = true;
  return t;
};

function build(c: OptimCase, dtype: 'float32' | 'float64') {
  const params = c.init.map((d, i) => leaf(d, c.shapes[i], dtype));
  const arg = c.groups
    ? c.groups.map((g) => ({ ...g, params: g.params.map((i) => params[i]) }))
    : params;
  const opt = new ctors[c.optimizer](arg as optim.Params, c.options);
  return { params, opt };
}

function runSteps(
  c: OptimCase,
  params: Tensor[],
  opt: optim.Optimizer,
  from: number,
  to: number,
  dtype: string,
) {
  const got: number[][][] = [];
  for (let s = from; s < to; s++) {
    params.forEach(
      (p, i) =>
        (p.grad = new Tensor(CoreTensor.from(c.grads[s][i], dtype as 'float64', c.shapes[i]))),
    );
    opt.step();
    got.push(params.map((p) => p._value.toNumbers()));
  }
  return got;
}

function expectClose(got: number[], want: number[], rtol: number, atol: number, what: string) {
  expect(got.length, what).toBe(want.length);
  got.forEach((g, i) => {
    if (Math.abs(g - want[i]) > atol + rtol * Math.abs(want[i])) {
      throw new Error(`${what}[${i}]: got ${g}, PyTorch ${want[i]}`);
    }
  });
}

describe('optimizers match PyTorch 1.13 step by step', () => {
  for (const c of cases) {
    it(`${c.name} (float64)`, () => {
      const { params, opt } = build(c, 'float64');
      const got = runSteps(c, params, opt, 0, c.grads.length, 'float64');
      got.forEach((step, s) =>
        step.forEach((p, i) =>
          expectClose(p, c.expected[s][i], 1e-10, 1e-12, `${c.name} step ${s} p${i}`),
        ),
      );
    });
    it(`${c.name} (float32)`, () => {
      const { params, opt } = build(c, 'float32');
      const got = runSteps(c, params, opt, 0, c.grads.length, 'float32');
      got.forEach((step, s) =>
        step.forEach((p, i) =>
          expectClose(p, c.expected[s][i], 1e-5, 1e-6, `${c.name} step ${s} p${i}`),
        ),
      );
    });
  }

  it('state dict round trip mid-run continues identically', () => {
    for (const c of cases) {
      const { params, opt } = build(c, 'float64');
      runSteps(c, params, opt, 0, 4, 'float64');
      const sd = opt.stateDict();
      const fresh = build(c, 'float64');
      fresh.params.forEach(
        (p, i) =>
          (p._value = CoreTensor.from(params[i]._value.toNumbers(), 'float64', c.shapes[i])),
      );
      fresh.opt.loadStateDict(sd);
      // Mutating the original afterwards must not leak into the loaded copy.
      runSteps(c, params, opt, 4, 6, 'float64');
      const got = runSteps(c, fresh.params, fresh.opt, 4, c.grads.length, 'float64');
      got.forEach((step, s) =>
        step.forEach((p, i) =>
          expectClose(p, c.expected[s + 4][i], 1e-10, 1e-12, `${c.name} resumed ${s + 4} p${i}`),
        ),
      );
    }
  });
});

describe('Optimizer API', () => {
  const p = () => leaf([1, 2, 3], [3], 'float32');

  it('stateDict uses PyTorch keys and indices', () => {
    const a = p();
    const b = p();
    const opt = new optim.Adam([{ params: [a] }, { params: [b], lr: 0.1, weightDecay: 0.5 }], {
      lr: 0.01,
    });
    a.grad = new Tensor(CoreTensor.from([1, 1, 1]));
    opt.step();
    const sd = opt.stateDict();
    expect(Object.keys(sd.state)).toEqual(['0']);
    expect(Object.keys(sd.state[0]).sort()).toEqual(['exp_avg', 'exp_avg_sq', 'step']);
    expect(sd.state[0].step).toBe(1);
    expect(sd.param_groups[1]).toMatchObject({
      lr: 0.1,
      weight_decay: 0.5,
      betas: [0.9, 0.999],
      params: [1],
    });
    expect(opt.paramGroups[1].weightDecay).toBe(0.5);
  });

  it('zeroGrad sets to null by default, or zeros in place', () => {
    const a = p();
    const opt = new optim.SGD([a], { lr: 0.1 });
    a.grad = new Tensor(CoreTensor.from([1, 2, 3]));
    opt.zeroGrad({ setToNone: false });
    expect(a.grad!._value.toNumbers()).toEqual([0, 0, 0]);
    opt.zeroGrad();
    expect(a.grad).toBeNull();
  });

  it('updates in place: views and version counters see the step', () => {
    const a = p();
    const before = a._value;
    const v0 = a._version.n;
    const opt = new optim.SGD([a], { lr: 1 });
    a.grad = new Tensor(CoreTensor.from([1, 1, 1]));
    opt.step();
    expect(a._value).toBe(before);
    expect(before.toNumbers()).toEqual([0, 1, 2]);
    expect(a._version.n).toBeGreaterThan(v0);
  });

  it('validates arguments like PyTorch', () => {
    expect(() => new optim.SGD([p()], {})).toThrow(/required optimization parameter lr/);
    expect(() => new optim.SGD([p()], { lr: -1 })).toThrow(/Invalid learning rate/);
    expect(() => new optim.SGD([p()], { lr: 0.1, nesterov: true })).toThrow(/Nesterov/);
    expect(() => new optim.Adam([p()], { betas: [1, 0.9] })).toThrow(/beta parameter at index 0/);
    expect(() => new optim.SGD([], { lr: 0.1 })).toThrow(/empty parameter list/);
    const a = p();
    expect(() => new optim.SGD([{ params: [a] }, { params: [a] }], { lr: 0.1 })).toThrow(
      /more than one parameter group/,
    );
    const nonLeaf = apply1('Mul', [a, a]);
    expect(() => new optim.SGD([nonLeaf], { lr: 0.1 })).toThrow(/non-leaf/);
    const opt = new optim.SGD([p()], { lr: 0.1 });
    expect(() => opt.loadStateDict({ state: {}, param_groups: [] })).toThrow(
      /1 parameter groups|0 parameter groups/,
    );
  });

  it('step(closure) evaluates the loss with grad enabled and returns it', () => {
    const w = leaf([2], [1], 'float32');
    const opt = new optim.SGD([w], { lr: 0.25 });
    const closure = () => {
      opt.zeroGrad();
      const loss = apply1('ReduceSum', [apply1('Mul', [w, w])], { keepdims: 0 });
      autograd.backward(loss);
      return loss;
    };
    const loss = opt.step(closure) as Tensor;
    expect(loss._value.toNumbers()).toEqual([4]);
    expect(w._value.toNumbers()).toEqual([1]);
  });
});
