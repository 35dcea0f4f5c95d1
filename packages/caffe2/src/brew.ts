// brew: Caffe2's layer helpers. Each adds its operator to model.net and its parameter fills to
// model.paramInitNet, with Caffe2's blob names (`<out>_w`, `<out>_b`, `<out>_s`, `<out>_rm`, ...)
// and default initializers (weights XavierFill, biases ConstantFill 0).
import { ArgumentError } from '@tandem/core';
import type { Initializer, ModelHelper } from './model-helper.js';
import type { ArgInput } from './ops/args.js';

type Args = Readonly<Record<string, ArgInput | undefined>>;

export interface ParamInitOptions {
  /** Weight initializer, default `['XavierFill', {}]`. */
  weightInit?: Initializer;
  /** Bias initializer, default `['ConstantFill', {}]` (zeros). */
  biasInit?: Initializer;
}

export interface FcOptions extends ParamInitOptions {
  axis?: number;
}

export interface ConvOptions extends ParamInitOptions {
  stride?: number;
  pad?: number;
  group?: number;
  dilation?: number;
  /** No bias input (Caffe2's `no_bias`). */
  noBias?: boolean;
  order?: 'NCHW' | 'NHWC';
}

export interface ConvTransposeOptions extends ParamInitOptions {
  stride?: number;
  pad?: number;
  adj?: number;
  order?: 'NCHW' | 'NHWC';
}

export interface PoolOptions {
  kernel?: number;
  stride?: number;
  pad?: number;
  order?: 'NCHW' | 'NHWC';
  global_pooling?: boolean;
  legacy_pad?: number;
}

export interface SpatialBNOptions {
  epsilon?: number;
  momentum?: number;
  /** Inference mode: uses the running statistics and has one output. Default false (training). */
  is_test?: boolean;
  order?: 'NCHW' | 'NHWC';
  initScale?: number;
  initBias?: number;
}

const XAVIER: Initializer = ['XavierFill', {}];
const ZEROS: Initializer = ['ConstantFill', {}];

function dim(name: string, what: string, v: number): number {
  if (!Number.isInteger(v) || v <= 0) {
    throw new ArgumentError(`brew.${name}: ${what} must be a positive integer, got ${v}`);
  }
  return v;
}

function order(model: ModelHelper, o?: string): string {
  return String(o ?? model.argScope.order ?? 'NCHW');
}

/**
 * Fully connected layer: Y = X W^T + b with W [dimOut, dimIn].
 *
 * @example
 * brew.fc(model, 'data', 'fc1', 784, 100); // params fc1_w [100, 784], fc1_b [100]
 */
export function fc(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  dimIn: number,
  dimOut: number,
  opts: FcOptions = {},
): string {
  dim('fc', 'dimIn', dimIn);
  dim('fc', 'dimOut', dimOut);
  const w = model.createParam(`${blobOut}_w`, [dimOut, dimIn], opts.weightInit ?? XAVIER, [
    'weight',
  ]);
  const b = model.createParam(`${blobOut}_b`, [dimOut], opts.biasInit ?? ZEROS, ['bias']);
  return model.net.op('FC', [blobIn, w, b], [blobOut], model.scoped('FC', { axis: opts.axis }))[0];
}

/**
 * 2-D convolution with a square kernel; W is [dimOut, dimIn/group, k, k] (NCHW) or
 * [dimOut, k, k, dimIn/group] (NHWC).
 *
 * @example
 * brew.conv(model, 'data', 'conv1', 3, 16, 3, { pad: 1 });
 */
export function conv(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  dimIn: number,
  dimOut: number,
  kernel: number,
  opts: ConvOptions = {},
): string {
  dim('conv', 'dimIn', dimIn);
  dim('conv', 'dimOut', dimOut);
  dim('conv', 'kernel', kernel);
  const group = opts.group ?? 1;
  if (dimIn % group !== 0 || dimOut % group !== 0) {
    throw new ArgumentError(
      `brew.conv: dimIn (${dimIn}) and dimOut (${dimOut}) must be divisible by group (${group})`,
    );
  }
  const ord = order(model, opts.order);
  const perGroup = dimIn / group;
  const shape =
    ord === 'NHWC' ? [dimOut, kernel, kernel, perGroup] : [dimOut, perGroup, kernel, kernel];
  const w = model.createParam(`${blobOut}_w`, shape, opts.weightInit ?? XAVIER, ['weight']);
  const inputs = [blobIn, w];
  if (!opts.noBias) {
    inputs.push(model.createParam(`${blobOut}_b`, [dimOut], opts.biasInit ?? ZEROS, ['bias']));
  }
  const args: Args = {
    kernel,
    stride: opts.stride,
    pad: opts.pad,
    dilation: opts.dilation,
    order: opts.order,
    group: group === 1 ? undefined : group,
  };
  return model.net.op('Conv', inputs, [blobOut], model.scoped('Conv', args))[0];
}

/** Transposed 2-D convolution; W is [dimIn, dimOut, k, k] (NCHW). */
export function convTranspose(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  dimIn: number,
  dimOut: number,
  kernel: number,
  opts: ConvTransposeOptions = {},
): string {
  dim('convTranspose', 'dimIn', dimIn);
  dim('convTranspose', 'dimOut', dimOut);
  dim('convTranspose', 'kernel', kernel);
  const ord = order(model, opts.order);
  const shape = ord === 'NHWC' ? [dimIn, kernel, kernel, dimOut] : [dimIn, dimOut, kernel, kernel];
  const w = model.createParam(`${blobOut}_w`, shape, opts.weightInit ?? XAVIER, ['weight']);
  const b = model.createParam(`${blobOut}_b`, [dimOut], opts.biasInit ?? ZEROS, ['bias']);
  const args: Args = {
    kernel,
    stride: opts.stride,
    pad: opts.pad,
    adj: opts.adj,
    order: opts.order,
  };
  return model.net.op(
    'ConvTranspose',
    [blobIn, w, b],
    [blobOut],
    model.scoped('ConvTranspose', args),
  )[0];
}

function pool(
  type: 'MaxPool' | 'AveragePool',
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  opts: PoolOptions,
): string {
  const args: Args = { ...opts, global_pooling: opts.global_pooling ? 1 : undefined };
  return model.net.op(type, [blobIn], [blobOut], model.scoped(type, args))[0];
}

/** Max pooling: `brew.maxPool(model, 'conv1', 'pool1', { kernel: 2, stride: 2 })`. */
export function maxPool(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  opts: PoolOptions = {},
): string {
  return pool('MaxPool', model, blobIn, blobOut, opts);
}

/** Average pooling (Caffe2 excludes padding from the divisor by default). */
export function averagePool(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  opts: PoolOptions = {},
): string {
  return pool('AveragePool', model, blobIn, blobOut, opts);
}

function unary(
  type: string,
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  args: Args = {},
): string {
  return model.net.op(type, [blobIn], [blobOut], model.scoped(type, args))[0];
}

/** `brew.relu(model, 'fc1', 'fc1')` (in place, as Caffe2 models usually do). */
export function relu(model: ModelHelper, blobIn: string, blobOut: string): string {
  return unary('Relu', model, blobIn, blobOut);
}

export function sigmoid(model: ModelHelper, blobIn: string, blobOut: string): string {
  return unary('Sigmoid', model, blobIn, blobOut);
}

export function tanh(model: ModelHelper, blobIn: string, blobOut: string): string {
  return unary('Tanh', model, blobIn, blobOut);
}

/** Softmax over the input coerced to 2-D at `axis` (default 1). */
export function softmax(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  opts: { axis?: number } = {},
): string {
  return unary('Softmax', model, blobIn, blobOut, opts);
}

/**
 * Spatial batch normalization over dimIn channels: params `<out>_s` (scale, 1), `<out>_b` (bias,
 * 0) and computed `<out>_rm` (running mean, 0), `<out>_riv` (running variance, 1). In training
 * (default) the op also writes the running statistics in place and `<out>_sm`, `<out>_siv`.
 */
export function spatialBN(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  dimIn: number,
  opts: SpatialBNOptions = {},
): string {
  dim('spatialBN', 'dimIn', dimIn);
  const fill = (value: number): Initializer => ['ConstantFill', { value }];
  const s = model.createParam(`${blobOut}_s`, [dimIn], fill(opts.initScale ?? 1), ['weight']);
  const b = model.createParam(`${blobOut}_b`, [dimIn], fill(opts.initBias ?? 0), ['bias']);
  const rm = model.createParam(`${blobOut}_rm`, [dimIn], fill(0), ['computed']);
  const riv = model.createParam(`${blobOut}_riv`, [dimIn], fill(1), ['computed']);
  const outputs = opts.is_test ? [blobOut] : [blobOut, rm, riv, `${blobOut}_sm`, `${blobOut}_siv`];
  const args: Args = {
    epsilon: opts.epsilon,
    momentum: opts.momentum,
    is_test: opts.is_test ? 1 : 0,
    order: opts.order,
  };
  return model.net.op(
    'SpatialBN',
    [blobIn, s, b, rm, riv],
    outputs,
    model.scoped('SpatialBN', args),
  )[0];
}

/** Dropout with its mask kept in `_<out>_mask` (the gradient reads it). */
export function dropout(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  opts: { ratio?: number; is_test?: boolean } = {},
): string {
  const args: Args = { ratio: opts.ratio, is_test: opts.is_test ? 1 : 0 };
  const outs = opts.is_test ? [blobOut] : [blobOut, `_${blobOut}_mask`];
  return model.net.op('Dropout', [blobIn], outs, model.scoped('Dropout', args))[0];
}

/**
 * Concatenation along `axis` (default: the channel axis of the order); split_info goes to
 * `_<out>_concat_dims`.
 */
export function concat(
  model: ModelHelper,
  blobsIn: readonly string[],
  blobOut: string,
  opts: { axis?: number; order?: string } = {},
): string {
  const args: Args = { axis: opts.axis, order: opts.axis === undefined ? opts.order : undefined };
  const outs = [blobOut, `_${blobOut}_concat_dims`];
  return model.net.op('Concat', [...blobsIn], outs, model.scoped('Concat', args))[0];
}

/** Local response normalization across channels; the scale goes to `_<out>_scale`. */
export function lrn(
  model: ModelHelper,
  blobIn: string,
  blobOut: string,
  opts: { size: number; alpha?: number; beta?: number; bias?: number; order?: string },
): string {
  const { size, alpha, beta, bias, order: ord } = opts;
  const args: Args = { size, alpha, beta, bias, order: ord };
  return model.net.op(
    'LRN',
    [blobIn],
    [blobOut, `_${blobOut}_scale`],
    model.scoped('LRN', args),
  )[0];
}
