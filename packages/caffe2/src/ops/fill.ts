// Fill operators: ConstantFill, GivenTensor*Fill, and the seeded random fills of init nets.
import { type DType, ResourceLimitError, Tensor, dtypeInfo, getLimits } from '@tandem/core';
import { caffe2DType, onnxCode } from './common.js';
import { type ArgSpecs, type ConvertContext, op } from './types.js';

const FILL_ARGS = { shape: 'ints', extra_shape: 'ints', input_as_shape: 'bool' } as const;

/** Refuses a fill over core's tensor-size limit before anything is allocated. */
function checkSize(ctx: ConvertContext, shape: readonly number[], dtype: DType): void {
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw ctx.fail(`shape [${shape.join(', ')}] has a negative or non-integer dim`, 'shape');
  }
  const bytes = shape.reduce((a, b) => a * b, 1) * dtypeInfo(dtype).itemSize;
  const limit = getLimits().maxTensorBytes;
  if (!(bytes <= limit)) {
    throw new ResourceLimitError(
      `${ctx.fail('').message.replace(/: $/, '')}: output '${ctx.outputBlobs[0]}' of shape [${shape.join(', ')}] ` +
        `needs ${bytes} bytes, over the limit of ${limit} (raise it with setLimits({ maxTensorBytes }))`,
    );
  }
}

/**
 * The output shape of a FillerOp: the `shape` argument without inputs; with an input, the input's
 * shape (or its values with input_as_shape=1) followed by `extra_shape`. Returns a static shape
 * when it is known at conversion, otherwise an int64 shape value.
 */
function fillShape(ctx: ConvertContext): { static?: number[]; value?: string } {
  const a = ctx.args;
  if (!ctx.hasInput(0)) {
    if (a.bool('input_as_shape')) throw ctx.fail('input_as_shape=1 needs an input');
    return { static: a.ints('shape', []) };
  }
  if (a.has('shape'))
    throw ctx.fail("takes the shape from its input or from argument 'shape', not both");
  const x = ctx.input(0);
  const extra = a.ints('extra_shape', []);
  const info = ctx.info(x);
  if (a.bool('input_as_shape')) {
    if (info?.value) return { static: [...info.value.toNumbers(), ...extra] };
    const v = ctx.emit('Cast', [x], 1, { to: onnxCode('int64') })[0];
    return {
      value: extra.length ? ctx.emit('Concat', [v, ctx.int64s(extra)], 1, { axis: 0 })[0] : v,
    };
  }
  if (info?.shape && info.shape.every((d) => typeof d === 'number'))
    return { static: [...(info.shape as number[]), ...extra] };
  const s = ctx.emit('Shape', [x], 1)[0];
  return {
    value: extra.length ? ctx.emit('Concat', [s, ctx.int64s(extra)], 1, { axis: 0 })[0] : s,
  };
}

function constantFill(ctx: ConvertContext): void {
  const a = ctx.args;
  const dtype = a.has('dtype') ? caffe2DType(ctx, a.intOrString('dtype'), 'dtype') : 'float32';
  const raw = a.float('value', 0);
  const value =
    dtype === 'int64'
      ? Tensor.from([BigInt(Math.trunc(raw))], 'int64', [1])
      : Tensor.from([raw], dtype, [1]);
  const shape = fillShape(ctx);
  if (shape.static) checkSize(ctx, shape.static, dtype);
  const s = shape.value ?? ctx.int64s(shape.static!, 'shape');
  ctx.emit('ConstantOfShape', [s], [ctx.output(0)], { value });
}

function givenTensorFill<const S extends ArgSpecs>(dtype: DType, args: S) {
  return op({
    doc: `A ${dtype} tensor with the given shape and values (how init nets carry weights).`,
    args,
    inputs: [0, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      const shape = fillShape(ctx).static;
      if (!shape)
        throw ctx.fail('needs a static shape (argument shape, or an input of known shape)');
      checkSize(ctx, shape, dtype);
      const n = shape.reduce((a, b) => a * b, 1);
      const a = ctx.args;
      let t: Tensor;
      if (dtype === 'int64') {
        const v = a.bigints('values');
        if (v.length !== n)
          throw ctx.fail(
            `has ${v.length} values for shape [${shape.join(', ')}] (${n} elements)`,
            'shape',
          );
        t = Tensor.from(BigInt64Array.from(v), 'int64', shape);
      } else {
        const v =
          dtype === 'float32' || dtype === 'float64' ? a.floats('values') : a.ints('values');
        if (v.length !== n)
          throw ctx.fail(
            `has ${v.length} values for shape [${shape.join(', ')}] (${n} elements)`,
            'shape',
          );
        t = Tensor.from(
          dtype === 'float32' && v instanceof Float32Array ? v : Array.from(v, Number),
          dtype,
          shape,
        );
      }
      ctx.setConstant(0, t);
    },
  });
}

type RandomKind = 'xavier' | 'msra' | 'gaussian' | 'uniform';

/**
 * Random fills, following Caffe2's filler_op.h: XavierFill ~ U(-sqrt(3/fan_in), +) with
 * fan_in = size / shape[0]; MSRAFill ~ N(0, sqrt(2/fan_out)) with fan_out = size / shape[1];
 * GaussianFill ~ N(mean, std); UniformFill ~ U(min, max). Seeded from DeviceOption.random_seed.
 */
function randomFill<const S extends ArgSpecs>(kind: RandomKind, args: S) {
  return op({
    args,
    inputs: [0, 1],
    outputs: [1, 1],
    convert: (ctx) => {
      const shape = fillShape(ctx).static;
      if (!shape)
        throw ctx.fail('needs a static shape (argument shape, or an input of known shape)');
      checkSize(ctx, shape, 'float32');
      const size = shape.reduce((a, b) => a * b, 1);
      const a = ctx.args;
      const seed = ctx.seed();
      const base = { shape, dtype: onnxCode('float32'), ...(seed === undefined ? {} : { seed }) };
      const out = [ctx.output(0)];
      if (kind === 'xavier' || kind === 'uniform') {
        let low = a.float('min', 0);
        let high = a.float('max', 1);
        if (kind === 'xavier') {
          const fanIn = shape.length ? size / shape[0] : 1;
          high = Math.sqrt(3 / Math.max(fanIn, 1));
          low = -high;
        }
        if (!(high >= low)) throw ctx.fail(`max (${high}) is below min (${low})`);
        ctx.emit('RandomUniform', [], out, { ...base, low, high });
      } else {
        let mean = a.float('mean', 0);
        let scale = a.float('std', 1);
        if (kind === 'msra') {
          const fanOut = shape.length > 1 ? size / shape[1] : size;
          scale = Math.sqrt(2 / Math.max(fanOut, 1));
          mean = 0;
        }
        ctx.emit('RandomNormal', [], out, { ...base, mean, scale });
      }
    },
  });
}

export const fillOps = {
  ConstantFill: op({
    doc: 'A tensor filled with `value` (dtype a Caffe2 DataType); shape from args or the input.',
    args: { ...FILL_ARGS, value: 'number', dtype: 'int|string' },
    inputs: [0, 1],
    outputs: [1, 1],
    convert: constantFill,
  }),
  GivenTensorFill: givenTensorFill('float32', { ...FILL_ARGS, values: 'floats' }),
  GivenTensorDoubleFill: givenTensorFill('float64', { ...FILL_ARGS, values: 'floats' }),
  GivenTensorIntFill: givenTensorFill('int32', { ...FILL_ARGS, values: 'ints' }),
  GivenTensorInt64Fill: givenTensorFill('int64', { ...FILL_ARGS, values: 'int64s' }),
  GivenTensorBoolFill: givenTensorFill('bool', { ...FILL_ARGS, values: 'ints' }),
  XavierFill: randomFill('xavier', FILL_ARGS),
  MSRAFill: randomFill('msra', FILL_ARGS),
  GaussianFill: randomFill('gaussian', { ...FILL_ARGS, mean: 'float', std: 'float' }),
  UniformFill: randomFill('uniform', { ...FILL_ARGS, min: 'float', max: 'float' }),
};
