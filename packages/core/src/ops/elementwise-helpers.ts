// Factories for the elementwise families, so each op is one short table entry.
import type { DType } from '../dtype.js';
import { FLOAT_DTYPES, NUMERIC_DTYPES } from '../dtype.js';
import { DTypeError } from '../errors.js';
import { runKernel } from '../native.js';
import { expandView } from '../views.js';
import type { Tensor } from '../tensor.js';
import { type GradFn, type KernelContext, type OpDef, type Saves, defineOp } from './registry.js';
import type { AttrSpec, Trait } from './types.js';
import { broadcastDims, sameAs } from './infer.js';

export interface UnaryOptions {
  doc?: string;
  dtypes?: readonly DType[];
  attrs?: Record<string, AttrSpec>;
  /** Output dtype when it differs from the input's (IsNaN -> bool). */
  outDType?: DType;
  grad?: GradFn;
  saves?: Saves;
  /** Native kernel name, when it differs from the op name. */
  kernelName?: string;
  traits?: readonly Trait[];
}

/** One input, one output of the same shape; attrs are passed to the native kernel as is. */
export function defineUnary(name: string, opts: UnaryOptions = {}): OpDef {
  const kernel = opts.kernelName ?? name;
  return defineOp({
    name,
    doc: opts.doc,
    inputs: [{ name: 'X' }],
    outputs: [{ name: 'Y' }],
    attrs: opts.attrs,
    dtypes: opts.dtypes ?? FLOAT_DTYPES,
    traits: [
      'elementwise',
      ...(opts.outDType === 'bool' ? (['nondifferentiable'] as const) : []),
      ...(opts.traits ?? []),
    ],
    infer: (ctx) => [sameAs(ctx.input(0), opts.outDType)],
    kernel: (ctx: KernelContext) => {
      const y = ctx.output(0);
      runKernel(kernel, [ctx.input(0)], [y], ctx.attrs.values as Record<string, number>);
      return [y];
    },
    grad: opts.grad,
    saves: opts.saves,
  });
}

export interface BinaryOptions {
  doc?: string;
  dtypes?: readonly DType[];
  outDType?: DType;
  grad?: GradFn;
  saves?: Saves;
  kernelName?: string;
  attrs?: Record<string, AttrSpec>;
  /** Both inputs must share a dtype (true for arithmetic; PRelu's slope too). */
  sameDType?: boolean;
}

/** Two inputs broadcast together (NumPy rules), one output. */
export function defineBinary(name: string, opts: BinaryOptions = {}): OpDef {
  const kernel = opts.kernelName ?? name;
  return defineOp({
    name,
    doc: opts.doc,
    inputs: [{ name: 'A' }, { name: 'B' }],
    outputs: [{ name: 'C' }],
    attrs: opts.attrs,
    dtypes: opts.dtypes ?? NUMERIC_DTYPES,
    traits: opts.outDType === 'bool' ? ['elementwise', 'nondifferentiable'] : ['elementwise'],
    infer: (ctx) => {
      const a = ctx.input(0);
      const b = ctx.input(1);
      if (opts.sameDType !== false && a.dtype && b.dtype && a.dtype !== b.dtype) {
        throw new DTypeError(`${name}: inputs have different dtypes (${a.dtype} and ${b.dtype})`);
      }
      return [
        {
          dtype: opts.outDType ?? a.dtype ?? 'float32',
          shape: broadcastDims(name, [a.shape, b.shape]),
        },
      ];
    },
    kernel: (ctx) => {
      const y = ctx.output(0);
      runKernel(
        kernel,
        [expandView(ctx.input(0), y.shape), expandView(ctx.input(1), y.shape)],
        [y],
        ctx.attrs.values as Record<string, number>,
      );
      return [y];
    },
    grad: opts.grad,
    saves: opts.saves,
  });
}

/** Reduces a broadcast gradient back to the shape of the input it came from. */
export function unbroadcast<V>(b: import('./registry.js').OpBuilder<V>, grad: V, like: V): V {
  const gs = b.info(grad).shape;
  const ls = b.info(like).shape;
  if (
    gs &&
    ls &&
    gs.length === ls.length &&
    gs.every((d, i) => d === ls[i] && typeof d === 'number')
  )
    return grad;
  return b.apply('SumToShape', [grad, b.apply('Shape', [like])[0]])[0];
}

export type { Tensor };
