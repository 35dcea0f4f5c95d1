// Optimizer arithmetic on core tensors: every formula is a few core ops (Note [Optimizer math]).
import { type DType, Tensor as CoreTensor, dtypeInfo, execute, runKernel } from '@tandem/core';
import type { Tensor } from '../tensor.js';

/**
 * Note [Optimizer math]: optimizers run under noGrad on core tensors with core ops (Add, Mul, Div,
 * Sqrt, Max), in the parameter's dtype, with scalars cast to that dtype as PyTorch does for
 * `alpha=`/`value=` arguments. Results are written into the parameter's existing buffer (views of
 * the parameter stay valid) and its version counter is bumped, like PyTorch's in-place `add_`.
 */
const run = (op: string, inputs: CoreTensor[]): CoreTensor => execute(op, inputs)[0];

export const scalar = (like: CoreTensor, v: number): CoreTensor => CoreTensor.scalar(v, like.dtype);

/** a + alpha * b */
export function add(a: CoreTensor, b: CoreTensor, alpha = 1): CoreTensor {
  return run('Add', [a, alpha === 1 ? b : mulS(b, alpha)]);
}

/** a * s for a number s */
export function mulS(a: CoreTensor, s: number): CoreTensor {
  return run('Mul', [a, scalar(a, s)]);
}

/** a / s for a number s */
export function divS(a: CoreTensor, s: number): CoreTensor {
  return run('Div', [a, scalar(a, s)]);
}

/** a + s for a number s */
export function addS(a: CoreTensor, s: number): CoreTensor {
  return run('Add', [a, scalar(a, s)]);
}

export const mul = (a: CoreTensor, b: CoreTensor): CoreTensor => run('Mul', [a, b]);
export const div = (a: CoreTensor, b: CoreTensor): CoreTensor => run('Div', [a, b]);
export const sqrt = (a: CoreTensor): CoreTensor => run('Sqrt', [a]);
export const neg = (a: CoreTensor): CoreTensor => run('Neg', [a]);
export const maximum = (a: CoreTensor, b: CoreTensor): CoreTensor => run('Max', [a, b]);

/** PyTorch's addcmul: x + value * a * b */
export function addcmul(x: CoreTensor, a: CoreTensor, b: CoreTensor, value = 1): CoreTensor {
  return add(x, mul(a, b), value);
}

/** PyTorch's addcdiv: x + value * a / b */
export function addcdiv(x: CoreTensor, a: CoreTensor, b: CoreTensor, value = 1): CoreTensor {
  return add(x, div(a, b), value);
}

/** A fresh tensor of `like`'s dtype and shape filled with `v`. */
export function full(like: CoreTensor, v: number): CoreTensor {
  const z = new CoreTensor(like.dtype, like.shape);
  return v === 0 ? z : addS(z, v);
}

/** A contiguous copy. */
export function clone(x: CoreTensor): CoreTensor {
  const out = new CoreTensor(x.dtype, x.shape);
  runKernel('Copy', [x], [out]);
  return out;
}

/** `x` converted to `dtype` (itself when it already has it). */
export function castTo(x: CoreTensor, dtype: DType): CoreTensor {
  return x.dtype === dtype ? x : execute('Cast', [x], { to: dtypeInfo(dtype).code })[0];
}

/** Writes `src` into `dst`'s buffer (in place, like `dst.copy_(src)`) and bumps its version. */
export function assign(dst: Tensor, src: CoreTensor): void {
  runKernel('Copy', [castTo(src, dst.dtype)], [dst._value]);
  dst._version.n++;
}

/**
 * Whether the fused native update kernels (SgdUpdate, AdamUpdate: one in-place pass per
 * parameter, same formulas as the op chains above) can run: float32/float64, contiguous,
 * matching shapes.
 */
export function canFuse(p: Tensor, grad: CoreTensor): boolean {
  const v = p._value;
  return (
    (v.dtype === 'float32' || v.dtype === 'float64') &&
    grad.dtype === v.dtype &&
    v.isContiguous() &&
    grad.shape.length === v.shape.length &&
    grad.shape.every((d, i) => d === v.shape[i])
  );
}

/** Runs a fused in-place update kernel over `state` tensors and bumps their versions. */
export function fusedUpdate(
  kernel: string,
  state: Tensor[],
  grad: CoreTensor,
  attrs: Record<string, number>,
): void {
  const [param, ...rest] = state;
  const values = state.map((t) => t._value);
  runKernel(kernel, [param._value, grad.contiguous(), ...rest.map((t) => t._value)], values, attrs);
  for (const t of state) t._version.n++;
}
