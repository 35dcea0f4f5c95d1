// Linear quantization (ONNX): QuantizeLinear, DequantizeLinear, DynamicQuantizeLinear and the
// integer / quantized MatMul and Conv ops. All are compositions of core ops (STYLE.md §2):
// integer products run through the int32 MatMul kernel, and integer convolutions through the
// float32 Conv kernel on exactly representable values (sums stay below 2^24 for int8 operands).
import type { DType } from '../dtype.js';
import { DTypeError, ShapeError } from '../errors.js';
import { dtypeInfo } from '../dtype.js';
import { normAxis, shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { getOp, type AttrReader, type OpBuilder, defineOp } from './registry.js';
import { intsConst } from './reduce-helpers.js';

const QUANT_DTYPES: readonly DType[] = ['uint8', 'int8'];
const RANGE: Record<string, [number, number]> = { uint8: [0, 255], int8: [-128, 127] };

const code = (d: DType) => dtypeInfo(d).code;

type B<V> = OpBuilder<V>;

function cast<V>(b: B<V>, v: V, to: DType): V {
  return b.info(v).dtype === to ? v : b.apply('Cast', [v], { to: code(to) })[0];
}

/** A per-axis 1-D parameter reshaped to broadcast along `axis` of a rank-`rank` tensor. */
function alongAxis<V>(b: B<V>, p: V, axis: number, rank: number, op: string): V {
  const shape = b.info(p).shape;
  if (!shape || shape.length === 0 || (shape.length === 1 && shape[0] === 1)) return p;
  if (shape.length !== 1)
    throw new ShapeError(`${op}: scale/zero point must be a scalar or 1-D, got ${shapeStr(shape)}`);
  const a = normAxis(axis, rank, op);
  const trailing = rank - 1 - a;
  return trailing > 0
    ? b.apply('Unsqueeze', [
        p,
        intsConst(
          b,
          Array.from({ length: trailing }, (_, i) => i + 1),
        ),
      ])[0]
    : p;
}

function rankOf<V>(b: B<V>, v: V, op: string): number {
  const s = b.info(v).shape;
  if (!s) throw new ShapeError(`${op}: the input's rank must be known`);
  return s.length;
}

/** saturate(round_half_even(x / scale) + zero_point), as `to`. */
function quantize<V>(b: B<V>, x: V, scale: V, zp: V | undefined, to: DType): V {
  const fdt = b.info(x).dtype ?? 'float32';
  let q = b.apply('Round', [b.apply('Div', [x, cast(b, scale, fdt)])[0]])[0];
  if (zp) q = b.apply('Add', [q, cast(b, zp, fdt)])[0];
  const [lo, hi] = RANGE[to];
  q = b.apply('Clip', [
    q,
    b.constant(Tensor.scalar(lo, fdt)),
    b.constant(Tensor.scalar(hi, fdt)),
  ])[0];
  return cast(b, q, to);
}

function outDType(op: string, zp: { dtype: DType | null } | undefined): DType {
  const d = zp?.dtype ?? 'uint8';
  if (!QUANT_DTYPES.includes(d))
    throw new DTypeError(`${op}: zero point dtype ${d} is not supported (uint8 or int8)`);
  return d;
}

defineOp({
  name: 'QuantizeLinear',
  doc: 'y = saturate(round(x / y_scale) + y_zero_point); per-tensor or per-axis (1-D scale).',
  inputs: [{ name: 'x' }, { name: 'y_scale' }, { name: 'y_zero_point', optional: true }],
  outputs: [{ name: 'y' }],
  attrs: { axis: { type: 'int', default: 1 } },
  dtypes: ['float32', 'float64', 'int32'],
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const x = ctx.input(0);
    return [
      { dtype: outDType('QuantizeLinear', ctx.inputs[2]), shape: x.shape ? [...x.shape] : null },
    ];
  },
  decompose: <V>(b: B<V>, [x, s, zp]: readonly (V | undefined)[], attrs: AttrReader) => {
    const to = outDType('QuantizeLinear', zp ? b.info(zp) : undefined);
    const rank = rankOf(b, x!, 'QuantizeLinear');
    const axis = attrs.int('axis');
    const xf = b.info(x!).dtype === 'int32' ? cast(b, x!, 'float32') : x!;
    const s2 = alongAxis(b, s!, axis, rank, 'QuantizeLinear');
    const z2 = zp ? alongAxis(b, zp, axis, rank, 'QuantizeLinear') : undefined;
    return [quantize(b, xf, s2, z2, to)];
  },
});

defineOp({
  name: 'DequantizeLinear',
  doc: 'y = (x - x_zero_point) * x_scale; per-tensor or per-axis (1-D scale).',
  inputs: [{ name: 'x' }, { name: 'x_scale' }, { name: 'x_zero_point', optional: true }],
  outputs: [{ name: 'y' }],
  attrs: { axis: { type: 'int', default: 1 } },
  dtypes: ['uint8', 'int8', 'int32'],
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const x = ctx.input(0);
    return [{ dtype: ctx.input(1).dtype ?? 'float32', shape: x.shape ? [...x.shape] : null }];
  },
  decompose: <V>(b: B<V>, [x, s, zp]: readonly (V | undefined)[], attrs: AttrReader) => {
    const fdt = b.info(s!).dtype ?? 'float32';
    const rank = rankOf(b, x!, 'DequantizeLinear');
    const axis = attrs.int('axis');
    let v = cast(b, x!, fdt);
    if (zp)
      v = b.apply('Sub', [v, cast(b, alongAxis(b, zp, axis, rank, 'DequantizeLinear'), fdt)])[0];
    return b.apply('Mul', [v, alongAxis(b, s!, axis, rank, 'DequantizeLinear')]);
  },
});

defineOp({
  name: 'DynamicQuantizeLinear',
  doc: 'uint8 quantization with scale and zero point from the data range (which always includes 0).',
  inputs: [{ name: 'x' }],
  outputs: [{ name: 'y' }, { name: 'y_scale' }, { name: 'y_zero_point' }],
  dtypes: ['float32'],
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const x = ctx.input(0);
    return [
      { dtype: 'uint8', shape: x.shape ? [...x.shape] : null },
      { dtype: 'float32', shape: [] },
      { dtype: 'uint8', shape: [] },
    ];
  },
  // ONNX's own function body for the op.
  decompose: <V>(b: B<V>, [x]: readonly (V | undefined)[]) => {
    const qmin = b.constant(Tensor.scalar(0, 'float32'));
    const qmax = b.constant(Tensor.scalar(255, 'float32'));
    const lo = b.apply('Min', [b.apply('ReduceMin', [x], { keepdims: 0 })[0], qmin])[0];
    const hi = b.apply('Max', [b.apply('ReduceMax', [x], { keepdims: 0 })[0], qmin])[0];
    const scale = b.apply('Div', [b.apply('Sub', [hi, lo])[0], qmax])[0];
    const zpf = b.apply('Sub', [qmin, b.apply('Div', [lo, scale])[0]])[0];
    const zp = cast(b, b.apply('Round', [b.apply('Clip', [zpf, qmin, qmax])[0]])[0], 'uint8');
    return [quantize(b, x!, scale, zp, 'uint8'), scale, zp];
  },
});

/** (v - zero_point) as int32, with a per-row zero point of A ([M]) lined up along rows. */
function centered<V>(b: B<V>, v: V, zp: V | undefined, perRow: boolean): V {
  const iv = cast(b, v, 'int32');
  if (!zp) return iv;
  let z = cast(b, zp, 'int32');
  const zs = b.info(zp).shape;
  if (perRow && zs && zs.length === 1 && zs[0] !== 1)
    z = b.apply('Unsqueeze', [z, intsConst(b, [-1])])[0];
  return b.apply('Sub', [iv, z])[0];
}

defineOp({
  name: 'MatMulInteger',
  doc: '(A - a_zero_point) x (B - b_zero_point) accumulated in int32.',
  inputs: [
    { name: 'A' },
    { name: 'B' },
    { name: 'a_zero_point', optional: true },
    { name: 'b_zero_point', optional: true },
  ],
  outputs: [{ name: 'Y' }],
  dtypes: QUANT_DTYPES,
  traits: ['nondifferentiable'],
  infer: (ctx) => [{ dtype: 'int32', shape: getOp('MatMul').infer(ctx)[0].shape }],
  decompose: <V>(b: B<V>, [a, w, za, zb]: readonly (V | undefined)[]) =>
    b.apply('MatMul', [centered(b, a!, za, true), centered(b, w!, zb, false)]),
});

defineOp({
  name: 'QLinearMatMul',
  doc: 'Quantized MatMul: quantize((a - za)(b - zb) * a_scale * b_scale, y_scale, y_zero_point).',
  inputs: [
    'a',
    'a_scale',
    'a_zero_point',
    'b',
    'b_scale',
    'b_zero_point',
    'y_scale',
    'y_zero_point',
  ].map((name) => ({ name })),
  outputs: [{ name: 'y' }],
  dtypes: QUANT_DTYPES,
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const shape = getOp('MatMul').infer({
      ...ctx,
      inputs: [ctx.inputs[0], ctx.inputs[3]],
      input: (i) => ctx.input(i * 3),
    })[0].shape;
    return [{ dtype: outDType('QLinearMatMul', ctx.inputs[7]), shape }];
  },
  decompose: <V>(b: B<V>, [a, sa, za, w, sw, zw, sy, zy]: readonly (V | undefined)[]) => {
    const acc = b.apply('MatMul', [centered(b, a!, za, true), centered(b, w!, zw, false)])[0];
    let sA: V = sa!;
    const sas = b.info(sa!).shape;
    if (sas && sas.length === 1 && sas[0] !== 1)
      sA = b.apply('Unsqueeze', [sa!, intsConst(b, [-1])])[0];
    const f = b.apply('Mul', [b.apply('Mul', [cast(b, acc, 'float32'), sA])[0], sw!])[0];
    return [quantize(b, f, sy!, zy, outDType('QLinearMatMul', b.info(zy!)))];
  },
});

const CONV_ATTRS = () => ({ ...getOp('Conv').attrs });

/** (x - zx) conv (w - zw) in float32 (exact for 8-bit operands); w's zero point is per output channel. */
function intConv<V>(
  b: B<V>,
  x: V,
  zx: V | undefined,
  w: V,
  zw: V | undefined,
  attrs: AttrReader,
): V {
  let xf = cast(b, x, 'float32');
  if (zx) xf = b.apply('Sub', [xf, cast(b, zx, 'float32')])[0];
  let wf = cast(b, w, 'float32');
  if (zw) {
    let z = cast(b, zw, 'float32');
    const zs = b.info(zw).shape;
    if (zs && zs.length === 1 && zs[0] !== 1)
      z = b.apply('Unsqueeze', [
        z,
        intsConst(b, [1, 2, 3].slice(0, rankOf(b, w, 'ConvInteger') - 1)),
      ])[0];
    wf = b.apply('Sub', [wf, z])[0];
  }
  return b.apply('Conv', [xf, wf], attrs.values)[0];
}

defineOp({
  name: 'ConvInteger',
  doc: '(x - x_zero_point) conv (w - w_zero_point) accumulated in int32.',
  inputs: [
    { name: 'x' },
    { name: 'w' },
    { name: 'x_zero_point', optional: true },
    { name: 'w_zero_point', optional: true },
  ],
  outputs: [{ name: 'y' }],
  attrs: CONV_ATTRS(),
  dtypes: QUANT_DTYPES,
  traits: ['nondifferentiable'],
  infer: (ctx) => [
    {
      dtype: 'int32',
      shape: getOp('Conv').infer({ ...ctx, inputs: ctx.inputs.slice(0, 2) })[0].shape,
    },
  ],
  decompose: <V>(b: B<V>, [x, w, zx, zw]: readonly (V | undefined)[], attrs: AttrReader) => [
    cast(b, intConv(b, x!, zx, w!, zw, attrs), 'int32'),
  ],
});

defineOp({
  name: 'QLinearConv',
  doc: 'Quantized Conv: quantize(((x - zx) conv (w - zw) + B) * x_scale * w_scale, y_scale, y_zero_point).',
  inputs: [
    ...[
      'x',
      'x_scale',
      'x_zero_point',
      'w',
      'w_scale',
      'w_zero_point',
      'y_scale',
      'y_zero_point',
    ].map((name) => ({ name })),
    { name: 'B', optional: true },
  ],
  outputs: [{ name: 'y' }],
  attrs: CONV_ATTRS(),
  dtypes: QUANT_DTYPES,
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const shape = getOp('Conv').infer({
      ...ctx,
      inputs: [ctx.inputs[0], ctx.inputs[3]],
      input: (i) => ctx.input(i * 3),
    })[0].shape;
    return [{ dtype: outDType('QLinearConv', ctx.inputs[7]), shape }];
  },
  decompose: <V>(
    b: B<V>,
    [x, sx, zx, w, sw, zw, sy, zy, bias]: readonly (V | undefined)[],
    attrs: AttrReader,
  ) => {
    let acc = intConv(b, x!, zx, w!, zw, attrs);
    const rank = rankOf(b, x!, 'QLinearConv');
    const perChannel = (v: V) => alongAxis(b, v, 1, rank, 'QLinearConv');
    if (bias) acc = b.apply('Add', [acc, perChannel(cast(b, bias, 'float32'))])[0];
    const f = b.apply('Mul', [b.apply('Mul', [acc, sx!])[0], perChannel(sw!)])[0];
    return [quantize(b, f, sy!, zy, outDType('QLinearConv', b.info(zy!)))];
  },
});
