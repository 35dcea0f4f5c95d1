import { readFileSync } from 'node:fs';
import { Tensor as CoreTensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../src/index.js';
import { clipGradNorm_, clipGradValue_ } from '../src/nn/utils/clip-grad.js';

interface ClipCase {
  kind: 'norm' | 'value';
  normType?: number | 'inf';
  maxNorm?: number;
  clipValue?: number;
  shapes: number[][];
  grads: number[][];
  total?: number;
  clipped: number[][];
}
const cases: ClipCase[] = JSON.parse(
  readFileSync(new URL('fixtures/optim/clip_grad.json', import.meta.url), 'utf8'),
).cases;

const withGrads = (c: ClipCase, dtype: 'float32' | 'float64') =>
  c.shapes.map((s, i) => {
    const p = new Tensor(new CoreTensor(dtype, s));
    p.requiresGrad = true;
    p.grad = new Tensor(CoreTensor.from(c.grads[i], dtype, s));
    return p;
  });

const close = (got: number[], want: number[], tol: number) =>
  got.forEach((g, i) =>
    expect(Math.abs(g - want[i])).toBeLessThanOrEqual(tol * (1 + Math.abs(want[i]))),
  );

describe('clipGradNorm_ / clipGradValue_ match PyTorch', () => {
  for (const c of cases) {
    for (const dtype of ['float64', 'float32'] as const) {
      const tol = dtype === 'float64' ? 1e-12 : 1e-5;
      it(`${c.kind} ${c.normType ?? c.clipValue} max ${c.maxNorm ?? ''} ${dtype}`, () => {
        const ps = withGrads(c, dtype);
        if (c.kind === 'norm') {
          const total = clipGradNorm_(ps, c.maxNorm!, c.normType!);
          close(total._value.toNumbers(), [c.total!], tol);
        } else {
          clipGradValue_(ps, c.clipValue!);
        }
        ps.forEach((p, i) => close(p.grad!._value.toNumbers(), c.clipped[i], tol));
      });
    }
  }

  it('skips parameters without gradients and errors on non-finite norms when asked', () => {
    const a = new Tensor(CoreTensor.from([1, 2]));
    expect(clipGradNorm_([a], 1)._value.toNumbers()).toEqual([0]);
    a.requiresGrad = true;
    a.grad = new Tensor(CoreTensor.from([Infinity, 1]));
    expect(() => clipGradNorm_([a], 1, 2, true)).toThrow(/non-finite/);
  });
});
