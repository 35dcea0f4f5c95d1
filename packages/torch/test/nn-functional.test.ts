// nn.functional calls without modules, against PyTorch (fixtures/nn/functional.json), and BatchNorm
// running statistics over several training steps (fixtures/nn/bn-training.json).
import { describe, expect, it } from 'vitest';
import * as nn from '../src/nn/index.js';
import {
  type Enc,
  backwardWith,
  dec,
  expectClose,
  flattenOut,
  loadFixture,
  untag,
} from './nn-helpers.js';

const F = nn.functional;

interface FCase {
  name: string;
  fn: string;
  args: unknown[];
  opts: Record<string, unknown>;
  inputs: Enc[];
  outputs: Enc[];
  gradOutputs: (Enc | null)[];
  inputGrads: (Enc | null)[];
}

// Tensor inputs first, then the fixture's extra positional args and options, as each F.* takes them.
const CALL: Record<
  string,
  (
    t: nn.Parameter[] | ReturnType<typeof dec>[],
    args: unknown[],
    opts: Record<string, unknown>,
  ) => unknown
> = {
  pad: ([x], [pads, mode, value]) =>
    F.pad(x, pads as number[], mode as 'constant', value as number),
  oneHot: ([x], [n]) => F.oneHot(x, n as number | undefined),
  maxPool2d: ([x], [k], o) => F.maxPool2d(x, k as number, { ...o, returnIndices: true }),
  linear: ([x, w, b]) => F.linear(x, w, b),
  conv2d: ([x, w, b], _a, o) => F.conv2d(x, w, b, o),
  batchNorm: ([x, m, v]) => F.batchNorm(x, m, v, { training: false }),
  layerNorm: ([x], [shape]) => F.layerNorm(x, shape as number[]),
  softmax: ([x], [dim]) => F.softmax(x, dim as number),
  gelu: ([x]) => F.gelu(x),
  embedding: ([i, w]) => F.embedding(i, w),
};

describe('nn.functional vs PyTorch', () => {
  for (const c of loadFixture<FCase[]>('functional')) {
    it(c.name, () => {
      const ins = c.inputs.map((e, i) => dec(e, c.inputGrads[i] !== null));
      const outs = flattenOut(
        CALL[c.fn](ins, untag(c.args) as unknown[], untag(c.opts) as Record<string, unknown>),
      );
      outs.forEach((o, i) => expectClose(o, c.outputs[i], `output ${i}`));
      backwardWith(outs, c.gradOutputs);
      ins.forEach((t, i) => {
        if (t.requiresGrad) expectClose(t.grad, c.inputGrads[i], `input ${i} grad`);
      });
    });
  }
});

interface BNCase {
  name: string;
  cls: 'BatchNorm1d' | 'BatchNorm2d';
  args: [number];
  opts: nn.BatchNormOptions;
  batches: Enc[];
  trainOutputs: Enc[];
  stateAfter: Record<string, Enc>;
  evalInput: Enc;
  evalOutput: Enc;
}

describe('BatchNorm running statistics vs PyTorch', () => {
  for (const c of loadFixture<BNCase[]>('bn-training')) {
    it(c.name, () => {
      const m = new nn[c.cls](c.args[0], c.opts);
      m.train();
      c.batches.forEach((b, i) =>
        expectClose(m.call(dec(b)), c.trainOutputs[i], `train output ${i}`),
      );
      const sd = m.stateDict();
      expect(Object.keys(sd)).toEqual(Object.keys(c.stateAfter));
      for (const [k, e] of Object.entries(c.stateAfter)) expectClose(sd[k], e, k);
      expect(sd.num_batches_tracked.dtype).toBe('int64');
      m.eval();
      expectClose(m.call(dec(c.evalInput)), c.evalOutput, 'eval output');
    });
  }
});
