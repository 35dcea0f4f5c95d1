// Helpers shared by the operator families: Caffe2's window arguments, NHWC handling, dtype codes.
import type { Attrs, DType } from '@tandem/core';
import { dtypeInfo } from '@tandem/core';
import type { ConvertContext } from './types.js';

/** Caffe2's legacy_pad enum (caffe2_legacy.proto). */
export const LEGACY_PAD = { NOTSET: 0, VALID: 1, SAME: 2, CAFFE_LEGACY_POOLING: 3 } as const;

/** The argument kinds every windowed op (Conv, ConvTranspose, pools) accepts. */
export const WINDOW_ARGS = {
  kernel: 'int',
  kernels: 'ints',
  kernel_h: 'int',
  kernel_w: 'int',
  stride: 'int',
  strides: 'ints',
  stride_h: 'int',
  stride_w: 'int',
  pad: 'int',
  pads: 'ints',
  pad_t: 'int',
  pad_l: 'int',
  pad_b: 'int',
  pad_r: 'int',
  dilation: 'int',
  dilations: 'ints',
  dilation_h: 'int',
  dilation_w: 'int',
  order: 'string',
  legacy_pad: 'int|string',
} as const;

export interface Window {
  kernel?: number[];
  strides: number[];
  pads: number[];
  dilations: number[];
  legacy: number;
}

function perDim(
  ctx: ConvertContext,
  one: string,
  list: string,
  h: string,
  w: string,
  nd: number,
  def: number,
): number[] {
  const a = ctx.args;
  if (a.has(list)) {
    const v = a.ints(list);
    if (v.length !== nd)
      throw ctx.fail(`argument '${list}' has ${v.length} values, expected ${nd}`);
    return v;
  }
  if (a.has(one)) return new Array(nd).fill(a.int(one));
  if (a.has(h) || a.has(w)) {
    if (nd !== 2)
      throw ctx.fail(`arguments '${h}'/'${w}' are for 2-D windows, this one is ${nd}-D`);
    return [a.int(h, def), a.int(w, def)];
  }
  return new Array(nd).fill(def);
}

function legacyPad(ctx: ConvertContext): number {
  if (!ctx.args.has('legacy_pad')) return 0;
  const v = ctx.args.intOrString('legacy_pad');
  if (typeof v === 'number') {
    if (v < 0 || v > 3)
      throw ctx.fail(`argument 'legacy_pad' = ${v} is not a LegacyPadding value (0-3)`);
    return v;
  }
  const code = (LEGACY_PAD as Record<string, number>)[v.toUpperCase()];
  if (code === undefined)
    throw ctx.fail(
      `argument 'legacy_pad' = '${v}' (expected NOTSET, VALID, SAME or CAFFE_LEGACY_POOLING)`,
    );
  return code;
}

/** Reads kernel/stride/pad/dilation in every Caffe2 spelling. `nd` spatial dims. */
export function readWindow(ctx: ConvertContext, nd: number): Window {
  const a = ctx.args;
  let kernel: number[] | undefined;
  if (a.has('kernels') || a.has('kernel') || a.has('kernel_h') || a.has('kernel_w')) {
    kernel = perDim(ctx, 'kernel', 'kernels', 'kernel_h', 'kernel_w', nd, 0);
    if (kernel.some((k) => !(k > 0)))
      throw ctx.fail(`kernel sizes must be positive, got [${kernel.join(', ')}]`);
  }
  const strides = perDim(ctx, 'stride', 'strides', 'stride_h', 'stride_w', nd, 1);
  if (strides.some((s) => !(s > 0)))
    throw ctx.fail(`strides must be positive, got [${strides.join(', ')}]`);
  const dilations = perDim(ctx, 'dilation', 'dilations', 'dilation_h', 'dilation_w', nd, 1);
  let pads: number[];
  if (a.has('pads')) {
    pads = a.ints('pads');
    if (pads.length !== 2 * nd)
      throw ctx.fail(`argument 'pads' has ${pads.length} values, expected ${2 * nd}`);
  } else if (a.has('pad')) pads = new Array(2 * nd).fill(a.int('pad'));
  else if (['pad_t', 'pad_l', 'pad_b', 'pad_r'].some((k) => a.has(k))) {
    if (nd !== 2) throw ctx.fail('arguments pad_t/pad_l/pad_b/pad_r are for 2-D windows');
    pads = [a.int('pad_t', 0), a.int('pad_l', 0), a.int('pad_b', 0), a.int('pad_r', 0)];
  } else pads = new Array(2 * nd).fill(0);
  if (pads.some((p) => p < 0))
    throw ctx.fail(`pads must be non-negative, got [${pads.join(', ')}]`);
  const legacy = legacyPad(ctx);
  return { kernel, strides, pads, dilations, legacy };
}

/** Number of spatial dims: from `kernels`, else the input's rank, else 2. */
export function spatialDims(ctx: ConvertContext, x: string): number {
  if (ctx.args.has('kernels')) return ctx.args.ints('kernels').length;
  const s = ctx.shape(x);
  return s ? Math.max(1, s.length - 2) : 2;
}

/** Window attributes for a core Conv/ConvTranspose/pool node, with legacy_pad applied. */
export function windowAttrs(ctx: ConvertContext, w: Window, pool: boolean): Attrs {
  const attrs: Attrs = { strides: w.strides };
  if (w.kernel) attrs.kernel_shape = w.kernel;
  if (!pool || w.dilations.some((d) => d !== 1)) attrs.dilations = w.dilations;
  switch (w.legacy) {
    case LEGACY_PAD.VALID:
      attrs.pads = w.pads.map(() => 0);
      break;
    case LEGACY_PAD.SAME:
      // Caffe2's SAME puts the odd pixel at the end, like ONNX's SAME_UPPER.
      attrs.auto_pad = 'SAME_UPPER';
      break;
    case LEGACY_PAD.CAFFE_LEGACY_POOLING:
      if (!pool)
        throw ctx.fail('legacy_pad CAFFE_LEGACY_POOLING applies to pooling operators only');
      // Caffe (and Caffe2's legacy mode) rounds the output size up and drops a last window that
      // would start in the padding: core's ceil_mode does exactly that.
      attrs.pads = w.pads;
      attrs.ceil_mode = 1;
      break;
    default:
      attrs.pads = w.pads;
  }
  return attrs;
}

/** 'NCHW' (default) or 'NHWC'; anything else is an error naming the operator. */
export function order(ctx: ConvertContext): 'NCHW' | 'NHWC' {
  const o = ctx.args.string('order', 'NCHW').toUpperCase();
  if (o !== 'NCHW' && o !== 'NHWC')
    throw ctx.fail(`argument 'order' must be NCHW or NHWC, got '${o}'`);
  return o;
}

/** Permutations between channels-last and channels-first for a rank-`r` tensor. */
export function toChannelsFirst(r: number): number[] {
  return [0, r - 1, ...Array.from({ length: r - 2 }, (_, i) => i + 1)];
}
export function toChannelsLast(r: number): number[] {
  return [0, ...Array.from({ length: r - 2 }, (_, i) => i + 2), 1];
}

/**
 * Runs `body` on channels-first values: for order NHWC, transposes `x` (and the listed weight-like
 * inputs, stored channels-last too) in and the result back out.
 */
export function withOrder(
  ctx: ConvertContext,
  x: string,
  body: (xFirst: string, toFirst: (v: string) => string, target: string[] | 1) => string,
  out: string,
): void {
  if (order(ctx) === 'NCHW') {
    body(x, (v) => v, [out]);
    return;
  }
  const r = ctx.rank(x, `input '${ctx.inputBlobs[0]}' (order NHWC)`);
  const toFirst = (v: string) =>
    ctx.emit('Transpose', [v], 1, { perm: toChannelsFirst(ctx.rank(v)) })[0];
  const y = body(toFirst(x), toFirst, 1);
  ctx.emit('Transpose', [y], [out], { perm: toChannelsLast(r) });
}

/** Caffe2's TensorProto.DataType codes (they differ from ONNX's). */
const CAFFE2_DTYPES: Record<number, DType | 'string'> = {
  1: 'float32',
  2: 'int32',
  3: 'uint8',
  4: 'string',
  5: 'bool',
  6: 'uint8',
  7: 'int8',
  8: 'uint16',
  9: 'int16',
  10: 'int64',
  12: 'float16',
  13: 'float64',
};
const NAMES: Record<string, number> = {
  FLOAT: 1,
  INT32: 2,
  BYTE: 3,
  STRING: 4,
  BOOL: 5,
  UINT8: 6,
  INT8: 7,
  UINT16: 8,
  INT16: 9,
  INT64: 10,
  FLOAT16: 12,
  DOUBLE: 13,
};

/** A Caffe2 DataType given as enum number or name ('FLOAT', 'float', 'INT64', ...). */
export function caffe2DType(ctx: ConvertContext, v: number | string, arg: string): DType {
  const code = typeof v === 'number' ? v : NAMES[v.toUpperCase()];
  const d = code === undefined ? undefined : CAFFE2_DTYPES[code];
  if (!d || d === 'string') {
    const known = Object.keys(NAMES)
      .filter((n) => n !== 'STRING')
      .join(', ');
    throw ctx.fail(
      `argument '${arg}' = ${JSON.stringify(v)} is not a supported data type (supported: ${known})`,
      'unsupported',
    );
  }
  return d;
}

/** The Caffe2 DataType code of a dtype (for writing TensorProtos and ConstantFill args). */
export function caffe2DTypeCode(d: DType): number {
  if (d === 'uint8') return 6; // BYTE (3) reads back as uint8 too
  for (const [code, v] of Object.entries(CAFFE2_DTYPES)) if (v === d) return Number(code);
  throw new Error(`dtype ${d} has no Caffe2 DataType`);
}

export function onnxCode(d: DType): number {
  return dtypeInfo(d).code;
}

/** `axis` normalized against a known rank. */
export function normAxis(ctx: ConvertContext, axis: number, rank: number, arg = 'axis'): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank)
    throw ctx.fail(`argument '${arg}' = ${axis} is out of range for rank ${rank}`, 'shape');
  return a;
}
