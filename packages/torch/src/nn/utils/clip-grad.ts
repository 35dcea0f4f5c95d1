// Gradient clipping: nn.utils.clipGradNorm_ and clipGradValue_ (in place, under noGrad).
import { ArgumentError, Tensor as CoreTensor, dtypeInfo, execute } from '@tandem/core';
import { noGrad } from '../../autograd/grad-mode.js';
import { Tensor } from '../../tensor.js';
import { assign } from '../../optim/update-math.js';

type ParamsArg = Tensor | Iterable<Tensor>;
const run = (op: string, inputs: CoreTensor[], attrs?: Record<string, number>) =>
  execute(op, inputs, attrs)[0];
const all = (x: CoreTensor) => run('Reshape', [x, CoreTensor.from([BigInt(-1)], 'int64', [1])]);

function gradsOf(params: ParamsArg): Tensor[] {
  const list = params instanceof Tensor ? [params] : [...params];
  return list.filter((p) => p.grad).map((p) => p.grad!);
}

// The p-norm of all elements of x, as a 0-d tensor (core reductions; inf/-inf use max/min of |x|).
function norm(x: CoreTensor, p: number): CoreTensor {
  const flat = all(x);
  const reduce = (op: string, t: CoreTensor) => run(op, [t], { keepdims: 0 });
  if (p === Infinity) return reduce('ReduceMax', run('Abs', [flat]));
  if (p === -Infinity) return reduce('ReduceMin', run('Abs', [flat]));
  if (p === 2) return reduce('ReduceL2', flat);
  if (p === 1) return reduce('ReduceL1', flat);
  if (p === 0) {
    const nz = run('Not', [run('Equal', [flat, CoreTensor.scalar(0, x.dtype)])]);
    return reduce('ReduceSum', run('Cast', [nz], { to: dtypeInfo(x.dtype).code }));
  }
  const pw = (t: CoreTensor, e: number) => run('Pow', [t, CoreTensor.scalar(e, t.dtype)]);
  return pw(reduce('ReduceSum', pw(run('Abs', [flat]), p)), 1 / p);
}

/**
 * Scales all gradients in place so that their joint `normType`-norm is at most `maxNorm`; returns
 * the total norm before clipping (a 0-d tensor), as PyTorch's `clip_grad_norm_`.
 *
 * @example
 * loss.backward();
 * const total = nn.utils.clipGradNorm_(model.parameters(), 1.0);
 * opt.step();
 */
export function clipGradNorm_(
  parameters: ParamsArg,
  maxNorm: number,
  normType: number | 'inf' = 2,
  errorIfNonfinite = false,
): Tensor {
  const p = normType === 'inf' ? Infinity : normType;
  const grads = gradsOf(parameters);
  if (grads.length === 0) return new Tensor(CoreTensor.scalar(0));
  return noGrad(() => {
    const norms = grads.map((g) => all(norm(g._value, p)));
    const stacked = norms.length === 1 ? norms[0] : run('Concat', norms, { axis: 0 });
    const total = norm(stacked, p);
    const t = total.toNumbers()[0];
    if (errorIfNonfinite && !Number.isFinite(t)) {
      throw new ArgumentError(
        `clipGradNorm_: the total norm of order ${normType} for gradients from \`parameters\` ` +
          'is non-finite, ' +
          'so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm ' +
          'anyway, set `errorIfNonfinite=false`',
      );
    }
    // clip_coef = maxNorm / (total + 1e-6), clamped at 1, computed in the gradients' dtype.
    const eps = CoreTensor.scalar(1e-6, total.dtype);
    const coef = run('Div', [CoreTensor.scalar(maxNorm, total.dtype), run('Add', [total, eps])]);
    const clamped = run('Min', [coef, CoreTensor.scalar(1, total.dtype)]);
    for (const g of grads)
      assign(g, run('Mul', [g._value, run('Cast', [clamped], { to: dtypeInfo(g.dtype).code })]));
    return new Tensor(total);
  });
}

/**
 * Clamps every gradient in place to [-clipValue, clipValue], as PyTorch's `clip_grad_value_`.
 *
 * @example
 * nn.utils.clipGradValue_(model.parameters(), 0.5);
 */
export function clipGradValue_(parameters: ParamsArg, clipValue: number): void {
  noGrad(() => {
    for (const g of gradsOf(parameters)) {
      const lo = CoreTensor.scalar(-clipValue, g.dtype);
      const hi = CoreTensor.scalar(clipValue, g.dtype);
      assign(g, run('Clip', [g._value, lo, hi]));
    }
  });
}
