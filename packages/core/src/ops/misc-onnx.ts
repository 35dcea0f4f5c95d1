// Single ONNX operators with no family elsewhere: BitShift, the window generators, Compress,
// ReverseSequence, MaxUnpool, MeanVarianceNormalization, Det. Data-dependent ones (Unique,
// NonMaxSuppression) are in detection.ts.
import { type DType, dtypeFromCode } from '../dtype.js';
import { ArgumentError, DTypeError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { contiguousStrides, normAxis, shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { defineBinary } from './elementwise-helpers.js';
import { constInts } from './infer.js';
import { intsConst } from './reduce-helpers.js';
import { type AttrReader, type OpBuilder, defineOp } from './registry.js';
import type { Dim } from './types.js';
import './detection.js';

defineBinary('BitShift', {
  doc: 'Elementwise unsigned shift: direction LEFT or RIGHT; shifts >= the bit width give 0.',
  dtypes: ['uint8', 'uint16', 'uint32', 'uint64'],
  attrs: { direction: { type: 'string', required: true } },
});

// Note [Window functions]: generalized cosine windows w[n] = sum_k (-1)^k a_k cos(2 pi k n / N) with
// N = size when periodic (for spectral analysis), size - 1 when symmetric.
const WINDOWS: Record<string, number[]> = {
  HannWindow: [0.5, 0.5],
  HammingWindow: [25 / 46, 21 / 46],
  BlackmanWindow: [0.42, 0.5, 0.08],
};
for (const [name, coeffs] of Object.entries(WINDOWS)) {
  defineOp({
    name,
    doc: `${name} of a scalar size (periodic=1 by default); output_datatype is an ONNX dtype code.`,
    inputs: [{ name: 'size', nonDifferentiable: true }],
    outputs: [{ name: 'output' }],
    attrs: { output_datatype: { type: 'int', default: 1 }, periodic: { type: 'int', default: 1 } },
    dtypes: ['int32', 'int64'],
    traits: ['nondifferentiable'],
    infer: (ctx) => {
      const n = constInts(ctx.input(0));
      return [
        { dtype: windowDType(name, ctx.attrs.int('output_datatype')), shape: [n ? n[0] : null] },
      ];
    },
    kernel: (ctx) => {
      const size = ctx.input(0).toNumbers()[0];
      if (!(size >= 0)) throw new ArgumentError(`${name}: size must be >= 0, got ${size}`);
      const N = ctx.attrs.int('periodic') ? size : size - 1;
      const vals = Array.from({ length: size }, (_, n) =>
        coeffs.reduce((s, a, k) => s + (k % 2 ? -a : a) * Math.cos((2 * Math.PI * k * n) / N), 0),
      );
      const dtype = windowDType(name, ctx.attrs.int('output_datatype'));
      return [
        Tensor.from(
          dtype.startsWith('int') || dtype.startsWith('uint') ? vals.map(Math.trunc) : vals,
          dtype,
          [size],
        ),
      ];
    },
  });
}

function windowDType(op: string, code: number): DType {
  const d = dtypeFromCode(code);
  if (!d || d === 'bool' || d === 'float16' || d === 'bfloat16') {
    throw new DTypeError(
      `${op}: output_datatype ${code} is not supported (a float or integer type expected)`,
    );
  }
  return d;
}

/** Positions of the true entries of a bool condition. */
function truePositions(cond: Tensor): number[] {
  const c = cond.data();
  const out: number[] = [];
  for (let i = 0; i < c.length; i++) if (c[i]) out.push(i);
  return out;
}

defineOp({
  name: 'Compress',
  doc: 'Selects slices along axis (or elements of the flattened input) where condition is true.',
  inputs: [{ name: 'input' }, { name: 'condition', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: { axis: { type: 'int' } },
  infer: (ctx) => {
    const x = ctx.input(0);
    const c = ctx.input(1);
    if (c.dtype && c.dtype !== 'bool')
      throw new DTypeError(`Compress: condition must be bool, got ${c.dtype}`);
    const n = c.value ? truePositions(c.value).length : null;
    if (!ctx.attrs.has('axis')) return [{ dtype: x.dtype ?? 'float32', shape: [n] }];
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: null }];
    const axis = normAxis(ctx.attrs.int('axis'), x.shape.length, 'Compress');
    const shape = [...x.shape];
    shape[axis] = n;
    return [{ dtype: x.dtype ?? 'float32', shape }];
  },
  kernel: (ctx) => {
    let x = ctx.input(0);
    const cond = ctx.input(1);
    if (cond.rank !== 1)
      throw new ShapeError(`Compress: condition must be 1-D, got ${shapeStr(cond.shape)}`);
    let axis = 0;
    if (ctx.attrs.has('axis')) axis = normAxis(ctx.attrs.int('axis'), x.rank, 'Compress');
    else x = x.contiguous().view([x.size], [1]);
    if (cond.size > x.shape[axis]) {
      throw new ShapeError(
        `Compress: condition has ${cond.size} entries, axis ${axis} of ${shapeStr(x.shape)} is shorter`,
      );
    }
    const idx = truePositions(cond);
    const shape = [...x.shape];
    shape[axis] = idx.length;
    const y = ctx.alloc(x.dtype, shape);
    if (y.size > 0)
      runKernel('Gather', [x, Tensor.from(idx, 'int64', [idx.length])], [y], { axis });
    return [y];
  },
  // Compress is a Gather at the true positions: scatter the gradient back there.
  grad: ({ b, inputs: [x, cond], gradOutputs: [g], attrs }) => {
    if (!g) return [];
    const idx = b.apply('Reshape', [b.apply('NonZero', [cond])[0], intsConst(b, [-1])])[0];
    const shape = b.apply('Shape', [x])[0];
    if (attrs.has('axis'))
      return [b.apply('GatherGrad', [g, idx, shape], { axis: attrs.int('axis') })[0]];
    const size = b.apply('Reshape', [b.apply('Size', [x])[0], intsConst(b, [1])])[0];
    const flat = b.apply('GatherGrad', [g, idx, size], { axis: 0 })[0];
    return [b.apply('Reshape', [flat, shape])[0]];
  },
  saves: { inputs: [1], shapes: [0] },
});

defineOp({
  name: 'ReverseSequence',
  doc: 'Reverses the first sequence_lens[b] entries along time_axis for each batch entry b.',
  inputs: [{ name: 'input' }, { name: 'sequence_lens', nonDifferentiable: true }],
  outputs: [{ name: 'Y' }],
  attrs: { batch_axis: { type: 'int', default: 1 }, time_axis: { type: 'int', default: 0 } },
  infer: (ctx) => {
    const x = ctx.input(0);
    return [{ dtype: x.dtype ?? 'float32', shape: x.shape ? [...x.shape] : null }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const lens = ctx.input(1).toNumbers();
    const bAx = ctx.attrs.int('batch_axis');
    const tAx = ctx.attrs.int('time_axis');
    if (x.rank < 2 || ![0, 1].includes(bAx) || ![0, 1].includes(tAx) || bAx === tAx) {
      throw new ArgumentError(
        `ReverseSequence: batch_axis/time_axis must be 0 and 1 (in some order) of a rank >= 2 input`,
      );
    }
    if (lens.length !== x.shape[bAx] || lens.some((l) => l < 0 || l > x.shape[tAx])) {
      throw new ShapeError(
        `ReverseSequence: sequence_lens [${lens}] does not fit input ${shapeStr(x.shape)}`,
      );
    }
    const y = ctx.alloc(x.dtype, x.shape);
    const src = x.contiguous().data();
    const dst = y.data();
    const st = contiguousStrides(x.shape);
    const inner = st[1];
    for (let i = 0; i < x.shape[0]; i++) {
      for (let j = 0; j < x.shape[1]; j++) {
        const [b, t] = bAx === 0 ? [i, j] : [j, i];
        const tSrc = t < lens[b] ? lens[b] - 1 - t : t;
        const from = bAx === 0 ? b * st[0] + tSrc * st[1] : tSrc * st[0] + b * st[1];
        const to = i * st[0] + j * st[1];
        for (let k = 0; k < inner; k++) dst[to + k] = src[from + k];
      }
    }
    return [y];
  },
  grad: ({ b, inputs, gradOutputs: [g], attrs }) => [
    g ? b.apply('ReverseSequence', [g, inputs[1]], attrs.values)[0] : undefined,
  ],
  saves: { inputs: [1] },
});

defineOp({
  name: 'MaxUnpool',
  doc: 'Scatters X into zeros at the flat indices I produced by MaxPool.',
  inputs: [
    { name: 'X' },
    { name: 'I', nonDifferentiable: true },
    { name: 'output_shape', optional: true, nonDifferentiable: true },
  ],
  outputs: [{ name: 'output' }],
  attrs: {
    kernel_shape: { type: 'ints', required: true },
    pads: { type: 'ints' },
    strides: { type: 'ints' },
  },
  dtypes: ['float32', 'float64'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const given = constInts(ctx.inputs[2]);
    if (given) return [{ dtype: x.dtype ?? 'float32', shape: given }];
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: null }];
    return [{ dtype: x.dtype ?? 'float32', shape: unpoolShape(x.shape, ctx.attrs) }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const ind = ctx.input(1);
    if (ind.shape.join() !== x.shape.join()) {
      throw new ShapeError(`MaxUnpool: I ${shapeStr(ind.shape)} must match X ${shapeStr(x.shape)}`);
    }
    // Indices address the default unpooled shape; a larger output_shape pads at the end of each dim.
    const def = unpoolShape(x.shape, ctx.attrs) as number[];
    const shape = ctx.inputs[2] ? ctx.inputs[2].toNumbers() : def;
    if (shape.length !== def.length || shape.some((d, i) => d < def[i])) {
      throw new ShapeError(
        `MaxUnpool: output_shape ${shapeStr(shape)} is smaller than ${shapeStr(def)}`,
      );
    }
    const y = ctx.alloc(x.dtype, shape);
    const out = y.data();
    const v = x.contiguous().data();
    const idx = ind.toNumbers();
    const total = def.reduce((a, b) => a * b, 1);
    const outStrides = contiguousStrides(shape);
    for (let k = 0; k < idx.length; k++) {
      if (!(idx[k] >= 0 && idx[k] < total))
        throw new ShapeError(`MaxUnpool: index ${idx[k]} is out of range`);
      let rem = idx[k];
      let at = 0;
      for (let d = def.length - 1; d >= 0; d--) {
        at += (rem % def[d]) * outStrides[d];
        rem = Math.floor(rem / def[d]);
      }
      out[at] = v[k];
    }
    return [y];
  },
  grad: ({ b, inputs: [x, i], gradOutputs: [g] }) => {
    if (!g) return [];
    const flat = b.apply('Reshape', [g, intsConst(b, [-1])])[0];
    const picked = b.apply('Gather', [flat, i])[0];
    return [picked];
  },
  saves: { inputs: [1] },
});

function unpoolShape(x: readonly Dim[], attrs: AttrReader): Dim[] {
  const k = attrs.ints('kernel_shape');
  const n = k.length;
  const strides = attrs.intsOr('strides') ?? k.map(() => 1);
  const pads = attrs.intsOr('pads') ?? new Array(2 * n).fill(0);
  return x.map((d, i) => {
    if (i < 2) return d;
    const s = i - 2;
    return typeof d === 'number' ? (d - 1) * strides[s] + k[s] - pads[s] - pads[s + n] : null;
  });
}

defineOp({
  name: 'MeanVarianceNormalization',
  doc: '(X - mean) / (sqrt(var) + 1e-9) over axes (default [0, 2, 3]), as ONNX defines it.',
  inputs: [{ name: 'X' }],
  outputs: [{ name: 'Y' }],
  attrs: { axes: { type: 'ints', default: [0, 2, 3] } },
  dtypes: ['float32', 'float64'],
  infer: (ctx) => {
    const x = ctx.input(0);
    return [{ dtype: x.dtype ?? 'float32', shape: x.shape ? [...x.shape] : null }];
  },
  decompose: <V>(b: OpBuilder<V>, [x]: readonly (V | undefined)[], attrs: AttrReader) => {
    const axes = intsConst(b, attrs.ints('axes'));
    const dtype = b.info(x!).dtype ?? 'float32';
    const mean = b.apply('ReduceMean', [x, axes])[0];
    const sq = b.apply('Mul', [x, x])[0];
    const meanSq = b.apply('ReduceMean', [sq, axes])[0];
    const variance = b.apply('Sub', [meanSq, b.apply('Mul', [mean, mean])[0]])[0];
    const std = b.apply('Add', [
      b.apply('Sqrt', [variance])[0],
      b.constant(Tensor.scalar(1e-9, dtype)),
    ])[0];
    return b.apply('Div', [b.apply('Sub', [x, mean])[0], std]);
  },
});

defineOp({
  name: 'Det',
  doc: 'Determinant of square matrices [..., M, M] by LU with partial pivoting.',
  inputs: [{ name: 'X' }],
  outputs: [{ name: 'Y' }],
  dtypes: ['float32', 'float64'],
  infer: (ctx) => {
    const x = ctx.input(0);
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: null }];
    if (x.shape.length < 2)
      throw new ShapeError(`Det: input must have rank >= 2, got ${shapeStr(x.shape)}`);
    return [{ dtype: x.dtype ?? 'float32', shape: x.shape.slice(0, -2) }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const m = x.shape[x.rank - 1];
    if (x.rank < 2 || x.shape[x.rank - 2] !== m)
      throw new ShapeError(`Det: matrices must be square, got ${shapeStr(x.shape)}`);
    const y = ctx.alloc(x.dtype, x.shape.slice(0, -2));
    const src = x.contiguous().data() as Float32Array | Float64Array;
    const out = y.data() as Float32Array | Float64Array;
    const a = new Float64Array(m * m);
    for (let k = 0; k < y.size; k++) {
      for (let i = 0; i < m * m; i++) a[i] = src[k * m * m + i];
      out[k] = luDet(a, m);
    }
    return [y];
  },
});

function luDet(a: Float64Array, m: number): number {
  let det = 1;
  for (let c = 0; c < m; c++) {
    let p = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r * m + c]) > Math.abs(a[p * m + c])) p = r;
    if (a[p * m + c] === 0) return 0;
    if (p !== c) {
      for (let j = 0; j < m; j++) [a[p * m + j], a[c * m + j]] = [a[c * m + j], a[p * m + j]];
      det = -det;
    }
    const piv = a[c * m + c];
    det *= piv;
    for (let r = c + 1; r < m; r++) {
      const f = a[r * m + c] / piv;
      for (let j = c + 1; j < m; j++) a[r * m + j] -= f * a[c * m + j];
    }
  }
  return det;
}

defineOp({
  name: 'GridSample',
  doc: 'Samples X [N, C, H, W] at normalized grid points [N, Ho, Wo, 2] (native/src/gridsample.cc).',
  inputs: [{ name: 'X' }, { name: 'grid' }],
  outputs: [{ name: 'Y' }],
  attrs: {
    align_corners: { type: 'int', default: 0 },
    mode: { type: 'string', default: 'bilinear' },
    padding_mode: { type: 'string', default: 'zeros' },
  },
  dtypes: ['float32', 'float64'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const g = ctx.input(1);
    if (x.shape && x.shape.length !== 4)
      throw new ShapeError(`GridSample: X must be 4-D, got ${shapeStr(x.shape)}`);
    const n = x.shape?.[0] ?? g.shape?.[0] ?? null;
    return [
      {
        dtype: x.dtype ?? 'float32',
        shape: [n, x.shape?.[1] ?? null, g.shape?.[1] ?? null, g.shape?.[2] ?? null],
      },
    ];
  },
  kernel: (ctx) => {
    const y = ctx.output(0);
    runKernel(
      'GridSample',
      [ctx.input(0).contiguous(), ctx.input(1).contiguous()],
      [y],
      ctx.attrs.values as Record<string, string | number>,
    );
    return [y];
  },
});
