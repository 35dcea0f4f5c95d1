// nn.Module bookkeeping: registration, PyTorch's state-dict keys and order, strict loading errors,
// hooks, train/eval, zeroGrad, containers, deepCopy.
import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Tensor, apply1, autograd } from '../src/index.js';
import * as nn from '../src/nn/index.js';
import { loadFixture } from './nn-helpers.js';

const t = (data: number[], shape?: number[]) =>
  new Tensor(CoreTensor.from(data, 'float32', shape ?? [data.length]));
const vals = (x: Tensor | null | undefined) => x!._value.toNumbers();
const sumOf = (x: Tensor) => apply1('ReduceSum', [x], { keepdims: 0 });

class Net extends nn.Module {
  conv = new nn.Conv2d(1, 2, 3);
  bn = new nn.BatchNorm2d(2);
  head = new nn.Sequential(new nn.Linear(8, 4), new nn.ReLU(), new nn.Linear(4, 2));
  emb = new nn.ModuleDict({ b: new nn.Embedding(3, 2), a: new nn.Linear(2, 2) });
  blocks = new nn.ModuleList([new nn.Linear(2, 2), new nn.GRU(2, 2, { numLayers: 2 })]);
  gain = new nn.Parameter(t([1, 1]));
  declare scale: Tensor;

  constructor() {
    super();
    this.registerBuffer('scale', t([1]));
    this.registerBuffer('tmp', t([0]), { persistent: false });
  }
}

interface Keys {
  stateDict: [string, string, number[]][];
  namedParameters: string[];
  namedBuffers: string[];
  namedModules: string[];
}

describe('nn.Module registration and names', () => {
  const want = loadFixture<Keys>('model-keys');

  it('orders state-dict keys, dtypes and shapes as PyTorch', () => {
    const sd = new Net().stateDict();
    expect(Object.entries(sd).map(([k, v]) => [k, v.dtype, v.shape])).toEqual(want.stateDict);
  });

  it('names parameters, buffers and modules as PyTorch', () => {
    const m = new Net();
    expect([...m.namedParameters()].map(([k]) => k)).toEqual(want.namedParameters);
    expect([...m.namedBuffers()].map(([k]) => k)).toEqual(want.namedBuffers);
    expect([...m.namedModules()].map(([k]) => k)).toEqual(want.namedModules);
    expect([...m.children()].length).toBe(5);
    expect([...m.parameters()].every((p) => p.requiresGrad)).toBe(true);
  });

  it('registers through the explicit methods and validates names', () => {
    const m = new nn.Module();
    m.registerParameter('w', new nn.Parameter(t([1, 2])));
    m.addModule('sub', new nn.Linear(2, 1));
    m.registerBuffer('b', null);
    expect(Object.keys(m.stateDict())).toEqual(['w', 'sub.weight', 'sub.bias']);
    expect(() => m.registerParameter('a.b', null)).toThrow(/can't be empty or contain "."/);
    expect(() => m.registerParameter('x', t([1]) as nn.Parameter)).toThrow(
      /nn.Parameter or null required/,
    );
    expect(() => new nn.Module().forward()).toThrow(/missing the required "forward"/);
  });

  it('shares a parameter used twice once', () => {
    const m = new nn.Sequential(new nn.Linear(2, 2));
    (m as unknown as { tied: nn.Parameter }).tied = (m.get(0) as nn.Linear).weight;
    expect([...m.parameters()].length).toBe(2);
  });
});

describe('loadStateDict', () => {
  it('copies values in place and round-trips', () => {
    const a = new Net();
    const b = new Net();
    const w = b.conv.weight;
    const r = b.loadStateDict(a.stateDict());
    expect(r).toEqual({ missingKeys: [], unexpectedKeys: [] });
    expect(b.conv.weight).toBe(w);
    expect(vals(b.conv.weight)).toEqual(vals(a.conv.weight));
    expect(b.bn.num_batches_tracked!.dtype).toBe('int64');
  });

  it('lists missing and unexpected keys; strict mode throws naming them', () => {
    const m = new nn.Linear(2, 3);
    const sd = { weight: t(new Array(6).fill(0.5), [3, 2]), extra: t([1]) };
    expect(() => m.loadStateDict(sd)).toThrow(
      /Missing key\(s\) in state_dict: "bias"\.[\s\S]*Unexpected key\(s\) in state_dict: "extra"/,
    );
    const r = m.loadStateDict(sd, { strict: false });
    expect(r).toEqual({ missingKeys: ['bias'], unexpectedKeys: ['extra'] });
    expect(vals(m.weight)).toEqual(new Array(6).fill(0.5));
  });

  it('rejects a shape mismatch naming the key and both shapes, even when not strict', () => {
    const m = new nn.Sequential(new nn.Linear(2, 3));
    const sd = { '0.weight': t(new Array(4).fill(0), [2, 2]), '0.bias': t([0, 0, 0]) };
    const msg =
      /size mismatch for 0.weight: copying a param with shape \[2,2\] from checkpoint, the shape in current model is \[3,2\]/;
    expect(() => m.loadStateDict(sd)).toThrow(msg);
    expect(() => m.loadStateDict(sd, { strict: false })).toThrow(msg);
  });

  it('casts dtypes like copy_ and accepts a Map', () => {
    const m = new nn.Linear(1, 1);
    const w = new Tensor(CoreTensor.from([2], 'float64', [1, 1]));
    m.loadStateDict(
      new Map([
        ['weight', w],
        ['bias', new Tensor(CoreTensor.from([3], 'float64', [1]))],
      ]),
    );
    expect(m.weight.dtype).toBe('float32');
    expect(vals(m.weight)).toEqual([2]);
  });
});

describe('calling, hooks, modes', () => {
  it('runs forward pre-hooks and hooks around forward; handles remove them', () => {
    const m = new nn.Identity();
    const seen: string[] = [];
    const h1 = m.registerForwardPreHook((_m, args) => {
      seen.push('pre');
      return [apply1('Mul', [args[0] as Tensor, t([2])])];
    });
    const h2 = m.registerForwardHook((_m, _args, out) => {
      seen.push('post');
      return apply1('Add', [out as Tensor, t([1])]);
    });
    expect(vals(m.call(t([1, 2])))).toEqual([3, 5]);
    expect(seen).toEqual(['pre', 'post']);
    h1.remove();
    h2.remove();
    expect(vals(m.call(t([1, 2])))).toEqual([1, 2]);
    expect(vals(m.forward(t([4])))).toEqual([4]);
  });

  it('train/eval reach every submodule; Dropout is the identity in eval', () => {
    const m = new nn.Sequential(new nn.Linear(3, 3), new nn.Dropout(0.9));
    m.eval();
    expect([...m.modules()].every((x) => !x.training)).toBe(true);
    const x = t([1, 2, 3], [1, 3]);
    expect(vals(m.call(x))).toEqual(vals((m.get(0) as nn.Linear).call(x)));
    m.train();
    expect([...m.modules()].every((x) => x.training)).toBe(true);
  });

  it('zeroGrad sets grads to null by default, or zeroes them in place', () => {
    const m = new nn.Linear(2, 1);
    autograd.backward(sumOf(m.call(t([1, 2], [1, 2]))));
    const g = m.weight.grad!;
    m.zeroGrad({ setToNone: false });
    expect(m.weight.grad).toBe(g);
    expect(vals(g)).toEqual([0, 0]);
    m.zeroGrad();
    expect(m.weight.grad).toBeNull();
  });

  it('apply visits children first, then the module', () => {
    const m = new nn.Sequential(new nn.Linear(2, 2), new nn.Sequential(new nn.ReLU()));
    const order: string[] = [];
    m.apply((x) => order.push(x.constructor.name));
    expect(order).toEqual(['Linear', 'ReLU', 'Sequential', 'Sequential']);
  });

  it('prints a PyTorch-like repr', () => {
    expect(String(new nn.Sequential(new nn.Linear(2, 3)))).toBe(
      'Sequential(\n  (0): Linear(in_features=2, out_features=3, bias=true)\n)',
    );
  });
});

describe('containers and copies', () => {
  it('Sequential indexing and append; ModuleList iteration; ModuleDict access', () => {
    const s = new nn.Sequential(new nn.Linear(2, 2)).append(new nn.ReLU());
    expect(s.length).toBe(2);
    expect(s.get(-1)).toBeInstanceOf(nn.ReLU);
    expect(() => s.get(5)).toThrow(/out of range/);
    const l = new nn.ModuleList().extend([new nn.Linear(1, 1), new nn.Linear(1, 1)]);
    expect([...l].length).toBe(2);
    expect(Object.keys(l.stateDict())).toEqual(['0.weight', '0.bias', '1.weight', '1.bias']);
    const d = new nn.ModuleDict({ z: new nn.ReLU() });
    d.set('a', new nn.Linear(1, 1));
    expect([...d.keys()]).toEqual(['z', 'a']);
    expect(Object.keys(d.stateDict())).toEqual(['a.weight', 'a.bias']);
  });

  it('deepCopy makes independent parameters', () => {
    const a = new nn.Linear(2, 2);
    const b = nn.deepCopy(a);
    expect(b).toBeInstanceOf(nn.Linear);
    expect(b.weight).not.toBe(a.weight);
    expect(vals(b.weight)).toEqual(vals(a.weight));
    b.weight._value.data().fill(0 as never);
    expect(vals(a.weight).some((v) => v !== 0)).toBe(true);
  });
});

describe('bad input names the op and the shapes', () => {
  const z = (...shape: number[]) => new Tensor(new CoreTensor('float32', shape));
  it('layers and losses', () => {
    expect(() => new nn.Linear(3, 2).call(z(4, 5))).toThrow(
      /linear: input of shape \[4,5\] does not match weight of shape \[2,3\]/,
    );
    expect(() => new nn.Conv2d(3, 4, 3).call(z(1, 2, 5, 5))).toThrow(
      /conv2d: input of shape \[1,2,5,5\] has 2 channels/,
    );
    expect(() => new nn.BatchNorm2d(3).call(z(2, 3, 4))).toThrow(
      /BatchNorm2d: expected 4D input \(got 3D input of shape \[2,3,4\]\)/,
    );
    const labels = new Tensor(CoreTensor.from([0, 1, 2], 'int64', [3]));
    expect(() => new nn.CrossEntropyLoss().call(z(2, 4), labels)).toThrow(
      /target of shape \[3\] does not match input of shape \[2,4\]/,
    );
    expect(() => new nn.MSELoss().call(z(2, 3), z(3, 2))).toThrow(
      /mseLoss: target of shape \[3,2\] must match input of shape \[2,3\]/,
    );
    expect(() => new nn.LSTM(3, 4).call(z(5, 2, 2))).toThrow(
      /LSTM: input of shape \[5,2,2\] must have inputSize 3/,
    );
  });
});
