// Generators: Constant ConstantOfShape Range EyeLike, and the seeded random family (random.ts).
import { type DType, dtypeFromCode } from '../dtype.js';
import { ArgumentError, DTypeError, ShapeError, UnsupportedOperatorError } from '../errors.js';
import { shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { constInts } from './infer.js';
import { type AttrReader, defineOp } from './registry.js';
import { checkShapeTensor, fillTensor } from './shape-util.js';
import type { Dim } from './types.js';
import './random.js';

/** Constant's value from whichever one of its attributes is set. */
function constantValue(attrs: AttrReader): Tensor {
  const set = [
    'value',
    'value_float',
    'value_floats',
    'value_int',
    'value_ints',
    'value_string',
    'value_strings',
    'sparse_value',
  ].filter((k) => attrs.has(k));
  if (set.length !== 1) {
    throw new ArgumentError(
      `Constant: exactly one value attribute must be set, got ${set.length ? set.join(', ') : 'none'}`,
    );
  }
  switch (set[0]) {
    case 'value':
      return attrs.tensor('value');
    case 'value_float':
      return Tensor.from([attrs.float('value_float')], 'float32', []);
    case 'value_floats':
      return Tensor.from(attrs.floats('value_floats'), 'float32');
    case 'value_int':
      return Tensor.from([attrs.int('value_int')], 'int64', []);
    case 'value_ints': {
      const v = attrs.ints('value_ints');
      return Tensor.from(v, 'int64', [v.length]);
    }
    default:
      throw new UnsupportedOperatorError(
        `Constant: attribute '${set[0]}' is not supported (string and sparse tensors are not implemented; ` +
          'supported: value, value_float(s), value_int(s))',
      );
  }
}

defineOp({
  name: 'Constant',
  inputs: [],
  outputs: [{ name: 'output' }],
  attrs: {
    value: { type: 'tensor' },
    value_float: { type: 'float' },
    value_floats: { type: 'floats' },
    value_int: { type: 'int' },
    value_ints: { type: 'ints' },
    value_string: { type: 'string' },
    value_strings: { type: 'strings' },
    sparse_value: { type: 'tensor' },
  },
  infer: (ctx) => {
    const v = constantValue(ctx.attrs);
    return [{ dtype: v.dtype, shape: [...v.shape] }];
  },
  kernel: (ctx) => [constantValue(ctx.attrs)],
});

defineOp({
  name: 'ConstantOfShape',
  inputs: [{ name: 'input', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: { value: { type: 'tensor' } },
  infer: (ctx) => {
    const v = ctx.attrs.has('value') ? ctx.attrs.tensor('value') : undefined;
    if (v && v.size !== 1)
      throw new ShapeError(
        `ConstantOfShape: value must have one element, got ${shapeStr(v.shape)}`,
      );
    const dtype = v?.dtype ?? 'float32';
    const shape = constInts(ctx.input(0));
    if (shape) {
      if (shape.some((d) => !Number.isInteger(d) || d < 0))
        throw new ShapeError(`ConstantOfShape: invalid shape ${shapeStr(shape)}`);
      return [{ dtype, shape }];
    }
    const n = ctx.input(0).shape?.[0];
    return [{ dtype, shape: typeof n === 'number' ? new Array<Dim>(n).fill(null) : null }];
  },
  kernel: (ctx) => {
    checkShapeTensor('ConstantOfShape', ctx.input(0), 'input');
    const y = ctx.output(0);
    const v = ctx.attrs.has('value') ? ctx.attrs.tensor('value').data()[0] : 0;
    if (y.dtype === 'float16' || y.dtype === 'bfloat16') {
      // The value is stored as raw 16-bit bits already.
      (y.data() as Uint16Array).fill(Number(v));
      return [y];
    }
    return [fillTensor(y, v)];
  },
});

const RANGE_DTYPES: readonly DType[] = ['float32', 'float64', 'int16', 'int32', 'int64'];

function rangeCount(start: number, limit: number, delta: number): number {
  if (delta === 0) throw new ArgumentError('Range: delta must be non-zero');
  const n = Math.max(Math.ceil((limit - start) / delta), 0);
  if (!Number.isFinite(n))
    throw new ArgumentError(
      `Range: start ${start}, limit ${limit}, delta ${delta} give no finite length`,
    );
  return n;
}

defineOp({
  name: 'Range',
  inputs: [
    { name: 'start', nonDifferentiable: true },
    { name: 'limit', nonDifferentiable: true },
    { name: 'delta', nonDifferentiable: true },
  ],
  outputs: [{ name: 'output' }],
  dtypes: RANGE_DTYPES,
  infer: (ctx) => {
    const dtype = ctx.input(0).dtype ?? 'float32';
    for (let i = 1; i < 3; i++) {
      const d = ctx.input(i).dtype;
      if (d && d !== dtype) throw new DTypeError(`Range: inputs mix dtypes ${dtype} and ${d}`);
    }
    const vals = [0, 1, 2].map((i) => ctx.input(i).value);
    if (vals.every((v) => v)) {
      const [s, l, d] = vals.map((v) => Number(v!.data()[0]));
      return [{ dtype, shape: [rangeCount(s, l, d)] }];
    }
    return [{ dtype, shape: [null] }];
  },
  kernel: (ctx) => {
    for (let i = 0; i < 3; i++) {
      if (ctx.input(i).size !== 1)
        throw new ShapeError(
          `Range: input ${i} must be a scalar, got ${shapeStr(ctx.input(i).shape)}`,
        );
    }
    const y = ctx.output(0);
    const d = y.data();
    if (d instanceof BigInt64Array) {
      const [s, , dl] = [0, 1, 2].map((i) => ctx.input(i).data()[0] as bigint);
      for (let i = 0; i < d.length; i++) d[i] = s + BigInt(i) * dl;
    } else {
      // ONNX computes start + i * delta, so float error does not accumulate.
      const [s, , dl] = [0, 1, 2].map((i) => Number(ctx.input(i).data()[0]));
      for (let i = 0; i < d.length; i++) d[i] = s + i * dl;
    }
    return [y];
  },
});

/** An optional ONNX dtype code attribute, checked. */
export function dtypeAttr(op: string, attrs: AttrReader, name = 'dtype'): DType | undefined {
  if (!attrs.has(name)) return undefined;
  const code = attrs.int(name);
  const d = dtypeFromCode(code);
  if (!d) throw new DTypeError(`${op}: unsupported ${name} code ${code}`);
  return d;
}

defineOp({
  name: 'EyeLike',
  inputs: [{ name: 'input', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: { dtype: { type: 'int' }, k: { type: 'int', default: 0 } },
  infer: (ctx) => {
    const x = ctx.input(0);
    if (x.shape && x.shape.length !== 2)
      throw new ShapeError(`EyeLike: input must be 2-D, got ${shapeStr(x.shape)}`);
    return [
      {
        dtype: dtypeAttr('EyeLike', ctx.attrs) ?? x.dtype ?? 'float32',
        shape: x.shape ? [...x.shape] : [null, null],
      },
    ];
  },
  kernel: (ctx) => {
    const y = fillTensor(ctx.output(0), 0);
    const [rows, cols] = y.shape;
    const k = ctx.attrs.int('k');
    const one = Tensor.from([1], y.dtype, [1]).data()[0];
    const d = y.data();
    for (let i = Math.max(0, -k); i < rows && i + k < cols; i++) d[i * cols + i + k] = one;
    return [y];
  },
});
