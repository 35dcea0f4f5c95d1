// Shared by the nn tests: decoding PyTorch fixtures and comparing tensors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DType, Tensor as CoreTensor } from '@tandem/core';
import { expect } from 'vitest';
import { Tensor, apply1, autograd } from '../src/index.js';

export interface Enc {
  shape: number[];
  dtype: string;
  data: (number | boolean)[];
}

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', 'nn', `${name}.json`), 'utf8')) as T;
}

export function dec(e: Enc, requiresGrad = false): Tensor {
  const data = e.dtype === 'bool' ? e.data : e.data.map(Number);
  const t = new Tensor(CoreTensor.from(data as number[], e.dtype as DType, e.shape));
  if (requiresGrad && (e.dtype === 'float32' || e.dtype === 'float64')) t.requiresGrad = true;
  return t;
}

/** Decodes {__tensor__} tags inside args/opts (recursively). */
export function untag(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(untag);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('__tensor__' in o) return dec(o.__tensor__ as Enc);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, untag(x)]));
  }
  return v;
}

export interface Tol {
  rtol: number;
  atol: number;
}

export const TOL: Tol = { rtol: 1e-4, atol: 1e-5 };

export function expectClose(
  actual: Tensor | null | undefined,
  expected: Enc | null,
  what: string,
  tol: Tol = TOL,
): void {
  if (expected === null) {
    if (actual) {
      // PyTorch has no gradient here; zeros are an acceptable stand-in.
      expect(
        actual._value.toNumbers().every((v) => v === 0),
        `${what}: expected no value`,
      ).toBe(true);
    }
    return;
  }
  expect(actual, `${what}: missing`).toBeTruthy();
  expect(actual!.shape, `${what}: shape`).toEqual(expected.shape);
  const a = actual!._value.toNumbers();
  const e = expected.data.map(Number);
  let worst = -1;
  let worstExcess = 0;
  for (let i = 0; i < e.length; i++) {
    const ok =
      (Number.isNaN(e[i]) && Number.isNaN(a[i])) ||
      a[i] === e[i] ||
      Math.abs(a[i] - e[i]) <= tol.atol + tol.rtol * Math.abs(e[i]);
    if (!ok) {
      const excess = Math.abs(a[i] - e[i]) - (tol.atol + tol.rtol * Math.abs(e[i]));
      if (!(excess <= worstExcess)) {
        worstExcess = excess;
        worst = i;
      }
    }
  }
  if (worst >= 0)
    expect.fail(
      `${what}: element ${worst} is ${a[worst]}, expected ${e[worst]} (shape [${expected.shape}])`,
    );
}

/** Flattens nested tuples of outputs the way the generator does (null kept). */
export function flattenOut(o: unknown): (Tensor | null)[] {
  if (o instanceof Tensor) return [o];
  if (o === null || o === undefined) return [null];
  if (Array.isArray(o)) return o.flatMap(flattenOut);
  throw new Error(`unexpected output ${String(o)}`);
}

/** backward of sum_i sum(out_i * g_i) over the float outputs that require grad. */
export function backwardWith(outs: (Tensor | null)[], gradOuts: (Enc | null)[]): void {
  let loss: Tensor | null = null;
  outs.forEach((o, i) => {
    const g = gradOuts[i];
    if (!o || !g || !o.requiresGrad) return;
    const term = apply1('ReduceSum', [apply1('Mul', [o, dec(g)])], { keepdims: 0 });
    loss = loss ? apply1('Add', [loss, term]) : term;
  });
  if (loss) autograd.backward(loss);
}
