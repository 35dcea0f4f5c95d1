// Convolutions and F.pad: mappings onto core's Conv, ConvTranspose and Pad.
import type { Tensor } from '../../tensor.js';
import { checkRank, concat, constant, int64, op, tuple } from './ops.js';

export type PaddingMode = 'zeros' | 'reflect' | 'replicate' | 'circular';

export interface ConvOptions {
  stride?: number | number[];
  /** An int, one int per spatial dim, or 'same' / 'valid'. */
  padding?: number | number[] | 'same' | 'valid';
  dilation?: number | number[];
  groups?: number;
}

/** Pads of a PyTorch conv as ONNX [begin..., end...]; 'same' puts the odd pixel at the end. */
function convPads(
  fn: string,
  padding: ConvOptions['padding'],
  k: number[],
  dil: number[],
  stride: number[],
): number[] {
  const n = k.length;
  if (padding === 'valid') return new Array<number>(2 * n).fill(0);
  if (padding === 'same') {
    if (stride.some((s) => s !== 1))
      throw new RangeError(`${fn}: padding='same' is not supported for strided convolutions`);
    const total = k.map((kk, i) => dil[i] * (kk - 1));
    return [...total.map((t) => Math.floor(t / 2)), ...total.map((t) => t - Math.floor(t / 2))];
  }
  const p = tuple(padding ?? 0, n, `${fn}: padding`);
  return [...p, ...p];
}

function convNd(
  fn: string,
  nd: number,
  x: Tensor,
  weight: Tensor,
  bias: Tensor | null | undefined,
  o: ConvOptions,
) {
  checkRank(fn, x, [nd + 2]);
  checkRank(fn, weight, [nd + 2], 'weight');
  const groups = o.groups ?? 1;
  const inC = x.shape[1];
  if (weight.shape[1] * groups !== inC) {
    throw new RangeError(
      `${fn}: input of shape [${x.shape}] has ${inC} channels but weight of shape [${weight.shape}] ` +
        `with groups=${groups} expects ${weight.shape[1] * groups}`,
    );
  }
  const k = weight.shape.slice(2);
  const strides = tuple(o.stride ?? 1, nd, `${fn}: stride`);
  const dilations = tuple(o.dilation ?? 1, nd, `${fn}: dilation`);
  const pads = convPads(fn, o.padding, k, dilations, strides);
  const attrs = { strides, dilations, pads, group: groups, kernel_shape: k };
  return op('Conv', bias ? [x, weight, bias] : [x, weight], attrs);
}

/** F.conv1d(x [N, C, L], weight [O, C/groups, k], bias?, {stride, padding, dilation, groups}). */
export const conv1d = (
  x: Tensor,
  weight: Tensor,
  bias?: Tensor | null,
  opts: ConvOptions = {},
): Tensor => convNd('conv1d', 1, x, weight, bias, opts);

/**
 * F.conv2d(x [N, C, H, W], weight [O, C/groups, kh, kw], bias?, {stride, padding, dilation, groups}).
 * @example F.conv2d(x, w, b, { stride: 2, padding: 1 })
 */
export const conv2d = (
  x: Tensor,
  weight: Tensor,
  bias?: Tensor | null,
  opts: ConvOptions = {},
): Tensor => convNd('conv2d', 2, x, weight, bias, opts);

export interface ConvTransposeOptions {
  stride?: number | number[];
  padding?: number | number[];
  outputPadding?: number | number[];
  groups?: number;
  dilation?: number | number[];
}

/** F.convTranspose2d(x [N, C, H, W], weight [C, O/groups, kh, kw], bias?, opts). */
export function convTranspose2d(
  x: Tensor,
  weight: Tensor,
  bias?: Tensor | null,
  o: ConvTransposeOptions = {},
): Tensor {
  checkRank('convTranspose2d', x, [4]);
  checkRank('convTranspose2d', weight, [4], 'weight');
  if (weight.shape[0] !== x.shape[1]) {
    throw new RangeError(
      `convTranspose2d: input of shape [${x.shape}] does not match weight of shape [${weight.shape}] (channels)`,
    );
  }
  const p = tuple(o.padding ?? 0, 2, 'convTranspose2d: padding');
  const attrs = {
    strides: tuple(o.stride ?? 1, 2, 'convTranspose2d: stride'),
    dilations: tuple(o.dilation ?? 1, 2, 'convTranspose2d: dilation'),
    pads: [...p, ...p],
    output_padding: tuple(o.outputPadding ?? 0, 2, 'convTranspose2d: outputPadding'),
    group: o.groups ?? 1,
    kernel_shape: weight.shape.slice(2),
  };
  return op('ConvTranspose', bias ? [x, weight, bias] : [x, weight], attrs);
}

const PAD_MODES: Record<string, string> = {
  constant: 'constant',
  reflect: 'reflect',
  replicate: 'edge',
  circular: 'wrap',
};

/**
 * F.pad(x, pad, mode = 'constant', value = 0). `pad` lists (before, after) pairs starting from the
 * LAST dim, as PyTorch: pad=[1, 2] pads the last dim by 1 before and 2 after.
 * @example F.pad(x, [1, 1, 2, 2], 'reflect')
 */
export function pad(
  x: Tensor,
  pads: number[],
  mode: 'constant' | 'reflect' | 'replicate' | 'circular' = 'constant',
  value = 0,
): Tensor {
  if (pads.length % 2 !== 0 || pads.length / 2 > x.ndim) {
    throw new RangeError(
      `pad: padding length ${pads.length} must be even and at most 2 * ${x.ndim} for input [${x.shape}]`,
    );
  }
  const onnxMode = PAD_MODES[mode];
  if (!onnxMode)
    throw new RangeError(`pad: unknown mode '${mode}' (constant, reflect, replicate, circular)`);
  const begins = new Array<number>(x.ndim).fill(0);
  const ends = new Array<number>(x.ndim).fill(0);
  for (let i = 0; i < pads.length / 2; i++) {
    begins[x.ndim - 1 - i] = pads[2 * i];
    ends[x.ndim - 1 - i] = pads[2 * i + 1];
  }
  if (onnxMode !== 'constant' && x.requiresGrad) return padBySlices(x, begins, ends, mode);
  const inputs = [x, int64([...begins, ...ends])];
  if (onnxMode === 'constant') inputs.push(constant(value, x.dtype, []));
  return op('Pad', inputs, { mode: onnxMode });
}

const slice = (x: Tensor, axis: number, start: number, end: number, step = 1) =>
  op('Slice', [x, int64([start]), int64([end]), int64([axis]), int64([step])]);

/**
 * Reflect/replicate/circular padding as slices + Concat, which are differentiable (core's Pad
 * has a gradient for constant mode only).
 */
function padBySlices(x: Tensor, begins: number[], ends: number[], mode: string): Tensor {
  let y = x;
  for (let d = 0; d < x.ndim; d++) {
    const [b, a] = [begins[d], ends[d]];
    if (!b && !a) continue;
    const n = y.shape[d];
    if (mode === 'reflect' && (b >= n || a >= n)) {
      throw new RangeError(
        `pad: reflect padding (${b}, ${a}) must be less than the dim size ${n} of input [${x.shape}]`,
      );
    }
    const parts: Tensor[] = [];
    if (b) {
      if (mode === 'reflect') parts.push(slice(y, d, b, 0, -1));
      else if (mode === 'circular') parts.push(slice(y, d, n - b, n));
      else parts.push(concat(new Array<Tensor>(b).fill(slice(y, d, 0, 1)), d));
    }
    parts.push(y);
    if (a) {
      if (mode === 'reflect') parts.push(slice(y, d, n - 2, n - 2 - a, -1));
      else if (mode === 'circular') parts.push(slice(y, d, 0, a));
      else parts.push(concat(new Array<Tensor>(a).fill(slice(y, d, n - 1, n)), d));
    }
    y = concat(parts, d);
  }
  return y;
}

/** Pads the spatial dims of [N, C, ...] for a non-'zeros' padding mode (used by Conv modules). */
export function padSpatial(x: Tensor, p: number[], mode: PaddingMode): Tensor {
  const pairs: number[] = [];
  for (let i = p.length - 1; i >= 0; i--) pairs.push(p[i], p[i]);
  return pad(x, pairs, mode === 'zeros' ? 'constant' : mode);
}
