// Finite-difference gradient check for core ops: the analytic gradient (the op's `grad`, run with
// the eager builder) must match central differences of sum(output * weights) in float64.
import { eagerBuilder, execute } from '../eager.js';
import { AttrReader, getOp, resolveAttrs } from '../ops/registry.js';
import type { Attrs } from '../ops/types.js';
import { Tensor } from '../tensor.js';

export interface GradcheckOptions {
  attrs?: Attrs;
  /** Inputs to check (default: every float input). */
  wrt?: number[];
  eps?: number;
  atol?: number;
  rtol?: number;
  /** Which outputs feed the objective (default: all float outputs). */
  outputs?: number[];
  seed?: number;
}

export interface GradcheckResult {
  ok: boolean;
  maxError: number;
  message: string;
}

function lcg(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Runs the check; throws nothing, returns a result naming the worst element. */
export function gradcheck(
  op: string,
  inputs: (Tensor | undefined)[],
  opts: GradcheckOptions = {},
): GradcheckResult {
  const def = getOp(op);
  if (!def.grad) return { ok: false, maxError: Infinity, message: `${op} has no gradient` };
  const eps = opts.eps ?? 1e-6;
  const atol = opts.atol ?? 1e-5;
  const rtol = opts.rtol ?? 1e-3;
  const rand = lcg(opts.seed ?? 7);
  const outs = execute(op, inputs, opts.attrs);
  const used = opts.outputs ?? outs.map((_, i) => i).filter((i) => outs[i].dtype === 'float64');
  const weights = outs.map((o, i) =>
    used.includes(i)
      ? Tensor.from(
          Float64Array.from({ length: o.size }, () => rand() * 2 - 1),
          'float64',
          o.shape,
        )
      : undefined,
  );
  const objective = (ins: (Tensor | undefined)[]) => {
    const ys = execute(op, ins, opts.attrs);
    let s = 0;
    for (const i of used) {
      const y = ys[i].data() as Float64Array;
      const w = weights[i]!.data() as Float64Array;
      for (let k = 0; k < y.length; k++) s += y[k] * w[k];
    }
    return s;
  };
  const wrt =
    opts.wrt ?? inputs.map((t, i) => (t && t.dtype === 'float64' ? i : -1)).filter((i) => i >= 0);
  const attrs = new AttrReader(op, resolveAttrs(def, opts.attrs));
  const analytic = def.grad({
    b: eagerBuilder,
    inputs,
    outputs: outs,
    gradOutputs: weights,
    attrs,
    needsGrad: (i) => wrt.includes(i),
  });
  let maxError = 0;
  let message = 'ok';
  for (const i of wrt) {
    const x = inputs[i]!;
    const g = analytic[i];
    if (!g)
      return {
        ok: false,
        maxError: Infinity,
        message: `${op}: no gradient returned for input ${i}`,
      };
    if (g.shape.join() !== x.shape.join()) {
      return {
        ok: false,
        maxError: Infinity,
        message: `${op}: gradient of input ${i} has shape [${g.shape}] but input has [${x.shape}]`,
      };
    }
    const gd = g.data();
    const base = x.contiguous();
    for (let k = 0; k < x.size; k++) {
      const plus = Tensor.from(base.data() as Float64Array, 'float64', x.shape);
      const minus = Tensor.from(base.data() as Float64Array, 'float64', x.shape);
      (plus.data() as Float64Array)[k] += eps;
      (minus.data() as Float64Array)[k] -= eps;
      const pi = [...inputs];
      pi[i] = plus;
      const mi = [...inputs];
      mi[i] = minus;
      const num = (objective(pi) - objective(mi)) / (2 * eps);
      const an = Number(gd[k]);
      const err = Math.abs(num - an);
      const tol = atol + rtol * Math.abs(num);
      if (err > maxError) maxError = err;
      if (!(err <= tol)) {
        return {
          ok: false,
          maxError: err,
          message: `${op}: d/d input ${i}[${k}] analytic ${an} vs numeric ${num}`,
        };
      }
    }
  }
  return { ok: true, maxError, message };
}

/** Random float64 tensor in [lo, hi) for gradchecks. */
export function randomTensor(shape: number[], seed = 1, lo = -1, hi = 1): Tensor {
  const rand = lcg(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return Tensor.from(
    Float64Array.from({ length: n }, () => lo + (hi - lo) * rand()),
    'float64',
    shape,
  );
}
