// Pooling functionals over core's MaxPool, AveragePool and ReduceMean.
import type { Tensor } from '../../tensor.js';
import { checkRank, concat, constant, int64, mean, op, opN, sub, tuple } from './ops.js';

export interface MaxPoolOptions {
  /** Defaults to kernelSize. */
  stride?: number | number[] | null;
  padding?: number | number[];
  dilation?: number | number[];
  ceilMode?: boolean;
  returnIndices?: boolean;
}

export interface AvgPoolOptions {
  stride?: number | number[] | null;
  padding?: number | number[];
  ceilMode?: boolean;
  /** Count the zero padding in the divisor (PyTorch's default: true). */
  countIncludePad?: boolean;
}

function poolAttrs(
  fn: string,
  nd: number,
  kernel: number | number[],
  o: MaxPoolOptions | AvgPoolOptions,
) {
  const k = tuple(kernel, nd, `${fn}: kernelSize`);
  const p = tuple(o.padding ?? 0, nd, `${fn}: padding`);
  if (p.some((pp, i) => pp > k[i] / 2)) {
    throw new RangeError(`${fn}: padding [${p}] should be at most half of kernel size [${k}]`);
  }
  return {
    kernel_shape: k,
    strides: o.stride == null ? k : tuple(o.stride, nd, `${fn}: stride`),
    pads: [...p, ...p],
    ceil_mode: o.ceilMode ? 1 : 0,
  };
}

function maxPoolNd(
  fn: string,
  nd: number,
  x: Tensor,
  kernel: number | number[],
  o: MaxPoolOptions,
): Tensor | [Tensor, Tensor] {
  checkRank(fn, x, [nd + 2]);
  const attrs = {
    ...poolAttrs(fn, nd, kernel, o),
    dilations: tuple(o.dilation ?? 1, nd, `${fn}: dilation`),
  };
  if (!o.returnIndices) return op('MaxPool', [x], attrs);
  const [y, flat] = opN('MaxPool', [x], attrs);
  // ONNX indices are flat over the whole tensor; PyTorch's over each (n, c) plane.
  const [n, c] = x.shape;
  const plane = x.shape.slice(2).reduce((a, b) => a * b, 1);
  const offsets = Array.from({ length: n * c }, (_, i) => i * plane);
  return [y, sub(flat, constant(offsets, 'int64', [n, c, ...new Array<number>(nd).fill(1)]))];
}

type WithIndices = MaxPoolOptions & { returnIndices: true };

/** F.maxPool1d(x [N, C, L], kernelSize, opts); with returnIndices, [values, indices]. */
export function maxPool1d(
  x: Tensor,
  kernelSize: number | number[],
  opts: WithIndices,
): [Tensor, Tensor];
export function maxPool1d(x: Tensor, kernelSize: number | number[], opts?: MaxPoolOptions): Tensor;
export function maxPool1d(x: Tensor, kernelSize: number | number[], opts: MaxPoolOptions = {}) {
  return maxPoolNd('maxPool1d', 1, x, kernelSize, opts);
}

/**
 * F.maxPool2d(x [N, C, H, W], kernelSize, {stride, padding, dilation, ceilMode, returnIndices}).
 * @example F.maxPool2d(x, 2)
 */
export function maxPool2d(
  x: Tensor,
  kernelSize: number | number[],
  opts: WithIndices,
): [Tensor, Tensor];
export function maxPool2d(x: Tensor, kernelSize: number | number[], opts?: MaxPoolOptions): Tensor;
export function maxPool2d(x: Tensor, kernelSize: number | number[], opts: MaxPoolOptions = {}) {
  return maxPoolNd('maxPool2d', 2, x, kernelSize, opts);
}

function avgPoolNd(
  fn: string,
  nd: number,
  x: Tensor,
  kernel: number | number[],
  o: AvgPoolOptions,
) {
  checkRank(fn, x, [nd + 2]);
  const attrs = {
    ...poolAttrs(fn, nd, kernel, o),
    count_include_pad: o.countIncludePad === false ? 0 : 1,
  };
  return op('AveragePool', [x], attrs);
}

/** F.avgPool1d(x [N, C, L], kernelSize, {stride, padding, ceilMode, countIncludePad}). */
export const avgPool1d = (
  x: Tensor,
  kernelSize: number | number[],
  opts: AvgPoolOptions = {},
): Tensor => avgPoolNd('avgPool1d', 1, x, kernelSize, opts);

/** F.avgPool2d(x [N, C, H, W], kernelSize, {stride, padding, ceilMode, countIncludePad}). */
export const avgPool2d = (
  x: Tensor,
  kernelSize: number | number[],
  opts: AvgPoolOptions = {},
): Tensor => avgPoolNd('avgPool2d', 2, x, kernelSize, opts);

/** Adaptive mean along one axis: output cell i averages [floor(i*L/o), ceil((i+1)*L/o)). */
function adaptiveAxis(x: Tensor, axis: number, out: number): Tensor {
  const len = x.shape[axis];
  if (out === len) return x;
  const cells: Tensor[] = [];
  for (let i = 0; i < out; i++) {
    const start = Math.floor((i * len) / out);
    const end = Math.ceil(((i + 1) * len) / out);
    cells.push(mean(op('Slice', [x, int64([start]), int64([end]), int64([axis])]), [axis], true));
  }
  return concat(cells, axis);
}

/**
 * F.adaptiveAvgPool2d(x [N, C, H, W] or [C, H, W], outputSize); null keeps that dim's size.
 * A rectangle's mean is the mean of its row means, so the two axes pool separately.
 */
export function adaptiveAvgPool2d(x: Tensor, outputSize: number | (number | null)[]): Tensor {
  checkRank('adaptiveAvgPool2d', x, [3, 4]);
  const sizes = typeof outputSize === 'number' ? [outputSize, outputSize] : outputSize;
  const h = x.ndim - 2;
  const [oh, ow] = [sizes[0] ?? x.shape[h], sizes[1] ?? x.shape[h + 1]];
  if (x.ndim === 4 && oh === 1 && ow === 1) return op('GlobalAveragePool', [x]);
  const [H, W] = [x.shape[h], x.shape[h + 1]];
  if (x.ndim === 4 && H % oh === 0 && W % ow === 0) {
    return op('AveragePool', [x], { kernel_shape: [H / oh, W / ow], strides: [H / oh, W / ow] });
  }
  return adaptiveAxis(adaptiveAxis(x, h, oh), h + 1, ow);
}
