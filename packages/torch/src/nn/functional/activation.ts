// Activation functionals (torch.nn.functional.relu, gelu, softmax, ...), each a mapping onto core ops.
import type { Tensor } from '../../tensor.js';
import { add, addScalar, mul, mulScalar, op, unary } from './ops.js';

/** F.relu(x) = max(x, 0). @example F.relu(x) */
export const relu = (x: Tensor): Tensor => unary('Relu', x);

/** F.leakyRelu(x, negativeSlope = 0.01). */
export const leakyRelu = (x: Tensor, negativeSlope = 0.01): Tensor =>
  unary('LeakyRelu', x, { alpha: negativeSlope });

/** F.elu(x, alpha = 1). */
export const elu = (x: Tensor, alpha = 1): Tensor => unary('Elu', x, { alpha });

export const sigmoid = (x: Tensor): Tensor => unary('Sigmoid', x);
export const tanh = (x: Tensor): Tensor => unary('Tanh', x);

/** F.silu(x) = x * sigmoid(x). */
export const silu = (x: Tensor): Tensor => mul(x, sigmoid(x));

/**
 * F.gelu(x, {approximate}): 'none' is the exact x * Phi(x) with erf; 'tanh' is PyTorch's tanh
 * approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
 * @example F.gelu(x, { approximate: 'tanh' })
 */
export function gelu(x: Tensor, opts: { approximate?: 'none' | 'tanh' } = {}): Tensor {
  const approximate = opts.approximate ?? 'none';
  let inner: Tensor;
  if (approximate === 'none') {
    inner = unary('Erf', mulScalar(x, Math.SQRT1_2));
  } else if (approximate === 'tanh') {
    const cube = mul(mul(x, x), x);
    inner = tanh(mulScalar(add(x, mulScalar(cube, 0.044715)), Math.sqrt(2 / Math.PI)));
  } else {
    throw new RangeError(
      `gelu: approximate must be 'none' or 'tanh', got '${String(approximate)}'`,
    );
  }
  return mul(mulScalar(x, 0.5), addScalar(inner, 1));
}

function normDim(fn: string, x: Tensor, dim: number | undefined): number {
  if (dim === undefined) {
    // PyTorch's legacy implicit dim: 0 for 0-, 1- and 3-d inputs, else 1. We require it instead.
    throw new RangeError(`${fn}: pass dim explicitly (input of shape [${x.shape}])`);
  }
  const n = Math.max(x.ndim, 1);
  if (dim < -n || dim >= n)
    throw new RangeError(`${fn}: dim ${dim} out of range for input of shape [${x.shape}]`);
  return dim < 0 ? dim + n : dim;
}

/** F.softmax(x, dim). @example F.softmax(logits, -1) */
export const softmax = (x: Tensor, dim: number): Tensor =>
  op('Softmax', [x], { axis: normDim('softmax', x, dim) });

/** F.logSoftmax(x, dim). */
export const logSoftmax = (x: Tensor, dim: number): Tensor =>
  op('LogSoftmax', [x], { axis: normDim('logSoftmax', x, dim) });
