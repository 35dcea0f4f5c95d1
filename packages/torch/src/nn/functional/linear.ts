// F.linear and F.bilinear.
import type { Tensor } from '../../tensor.js';
import { add, matmul, mul, op, reshape, sum, transpose, unsqueeze } from './ops.js';

/**
 * F.linear(x, weight, bias?) = x W^T + b, with x [..., in], weight [out, in], bias [out].
 * @example F.linear(x, w, b)
 */
export function linear(x: Tensor, weight: Tensor, bias?: Tensor | null): Tensor {
  const inF = weight.shape[1];
  if (weight.ndim !== 2 || x.ndim < 1 || x.shape[x.ndim - 1] !== inF) {
    throw new RangeError(
      `linear: input of shape [${x.shape}] does not match weight of shape [${weight.shape}]`,
    );
  }
  if (x.ndim === 2) return op('Gemm', bias ? [x, weight, bias] : [x, weight], { transB: 1 });
  const y = matmul(x, transpose(weight, [1, 0]));
  return bias ? add(y, bias) : y;
}

/**
 * F.bilinear(x1, x2, weight, bias?): y[..., k] = x1 W[k] x2^T + b[k], weight [out, in1, in2].
 */
export function bilinear(x1: Tensor, x2: Tensor, weight: Tensor, bias?: Tensor | null): Tensor {
  const [out, in1, in2] = weight.shape;
  if (weight.ndim !== 3 || x1.shape[x1.ndim - 1] !== in1 || x2.shape[x2.ndim - 1] !== in2) {
    throw new RangeError(
      `bilinear: inputs of shape [${x1.shape}] and [${x2.shape}] do not match weight of shape [${weight.shape}]`,
    );
  }
  const lead = x1.shape.slice(0, -1);
  const a = reshape(x1, [-1, in1]);
  const b = reshape(x2, [-1, in2]);
  // [N, in1] @ [in1, out*in2] -> [N, out, in2], then contract in2 with x2.
  const w = reshape(transpose(weight, [1, 0, 2]), [in1, out * in2]);
  const t = reshape(matmul(a, w), [-1, out, in2]);
  let y = sum(mul(t, unsqueeze(b, [1])), [2]);
  if (bias) y = add(y, bias);
  return reshape(y, [...lead, out]);
}
