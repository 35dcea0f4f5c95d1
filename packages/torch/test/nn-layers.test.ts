// Every layer and loss against PyTorch 1.13: load PyTorch's state_dict, run forward and backward,
// compare outputs, input gradients and parameter gradients (fixtures from tools/gen/torch_nn.py).
import { describe, expect, it } from 'vitest';
import type { Tensor } from '../src/index.js';
import * as nn from '../src/nn/index.js';
import {
  type Enc,
  type Tol,
  TOL,
  backwardWith,
  dec,
  expectClose,
  flattenOut,
  loadFixture,
  untag,
} from './nn-helpers.js';

interface Case {
  name: string;
  cls: string;
  args: unknown[];
  opts: Record<string, unknown>;
  train: boolean;
  state: Record<string, Enc>;
  keys: string[];
  inputs: unknown[];
  call: Record<string, unknown>;
  outputs: (Enc | null)[];
  gradOutputs: (Enc | null)[];
  inputGrads: (Enc | null)[];
  paramGrads: Record<string, Enc | null>;
  tol?: Tol;
}

type Ctor = new (...args: unknown[]) => nn.Module;

function build(c: Case): nn.Module {
  const args = untag(c.args) as unknown[];
  const opts = untag(c.opts) as Record<string, unknown>;
  if (c.cls === 'TransformerEncoder') {
    const { dModel, nhead, ...rest } = opts.layer as Record<string, unknown>;
    const layer = new nn.TransformerEncoderLayer(dModel as number, nhead as number, rest);
    return new nn.TransformerEncoder(layer, opts.numLayers as number);
  }
  const cls = (nn as unknown as Record<string, Ctor>)[c.cls];
  if (!cls) throw new Error(`no nn.${c.cls}`);
  return Object.keys(opts).length ? new cls(...args, opts) : new cls(...args);
}

/** Decodes (nested) inputs; those PyTorch has a gradient for require grad. */
function decodeInputs(v: unknown[], grads: (Enc | null)[], at = { i: 0 }): unknown[] {
  return v.map((x) =>
    Array.isArray(x)
      ? decodeInputs(x, grads, at)
      : dec((x as { __tensor__: Enc }).__tensor__, grads[at.i++] !== null),
  );
}

function flatInputs(v: unknown[]): Tensor[] {
  return v.flatMap((x) => (Array.isArray(x) ? flatInputs(x) : [x as Tensor]));
}

function runCase(c: Case): void {
  const m = build(c);
  m.train(c.train);
  expect(Object.keys(m.stateDict()), 'stateDict keys (names and order)').toEqual(c.keys);
  m.loadStateDict(Object.fromEntries(Object.entries(c.state).map(([k, e]) => [k, dec(e)])));
  const inputs = decodeInputs(c.inputs, c.inputGrads);
  const callOpts = untag(c.call) as Record<string, unknown>;
  const args = Object.keys(callOpts).length ? [...inputs, callOpts] : inputs;
  const outs = flattenOut((m.call as (...a: unknown[]) => unknown)(...args));
  const tol = c.tol ?? TOL;
  expect(outs.length).toBe(c.outputs.length);
  outs.forEach((o, i) => expectClose(o, c.outputs[i], `output ${i}`, tol));
  backwardWith(outs, c.gradOutputs);
  flatInputs(inputs).forEach((t, i) => {
    if (t.requiresGrad) expectClose(t.grad, c.inputGrads[i], `input ${i} grad`, tol);
  });
  const params = new Map(m.namedParameters());
  for (const [k, g] of Object.entries(c.paramGrads))
    expectClose(params.get(k)?.grad, g, `${k}.grad`, tol);
}

for (const group of [
  'linear',
  'conv',
  'pooling',
  'normalization',
  'activation',
  'rnn',
  'transformer',
  'loss',
]) {
  describe(`nn ${group} vs PyTorch`, () => {
    for (const c of loadFixture<Case[]>(group)) it(c.name, () => runCase(c));
  });
}
