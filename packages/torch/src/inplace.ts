// In-place ops (add_, mul_, zero_, copy_, uniform_, ...) with PyTorch's autograd rules.
//
// Note [In-place ops]: `x.op_(...)` computes the out-of-place result r = op(x, ...) (recorded as
// usual), writes it into x's storage with core's Copy kernel (so views of x, and the base x views,
// see the change), bumps the version counter shared by x and its views (the engine compares it to
// the versions of saved tensors), and rebases x's autograd history onto r's node. When the op's
// gradient reads the old x, r is computed from a copy of it, so the saved value stays right.
// A write into a view of a base that requires grad makes the base's gradFn a CopySlices node:
// the gradient for the base passes through outside the view and flows to r inside it.
// Rules as PyTorch: an in-place op on a leaf that requires grad (or a view of one) is refused
// while grad mode is on; the result must keep x's shape and must be castable to x's dtype.
import {
  DTypeError,
  Tensor as CoreTensor,
  ShapeError,
  copyStrided,
  dtypeInfo,
  execute,
  expandView,
  runKernel,
  shapeStr,
} from '@tandem/core';
import { isGradEnabled } from './autograd/grad-mode.js';
import { FunctionNode, OpNode } from './autograd/node.js';
import { gradEdge } from './dispatch.js';
import * as A from './ops/arith.js';
import type { AlphaOptions, DivOptions } from './ops/arith.js';
import { maskedFill, scatter, type ScatterOptions } from './ops/index-ops.js';
import { type TensorLike, asTensor, cast, isFloatType, sameShape } from './ops/promote.js';
import { expand } from './ops/view.js';
import { Generator, defaultGenerator } from './random.js';
import { Tensor } from './tensor.js';

function checkLeaf(self: Tensor, name: string): void {
  if (!isGradEnabled()) return;
  if (self.isLeaf && self.requiresGrad) {
    throw new Error(
      `${name}: a leaf Variable that requires grad is being used in an in-place operation`,
    );
  }
  const base = self._base;
  if (base && base.isLeaf && base.requiresGrad) {
    throw new Error(
      `${name}: a view of a leaf Variable that requires grad is being used in an in-place operation`,
    );
  }
}

/** A copy of self's value that keeps self's place in the graph (the "original self" PyTorch saves). */
function snapshot(self: Tensor): Tensor {
  const v = new CoreTensor(self.dtype, self.shape);
  if (v.size > 0) copyStrided(self._value, v);
  const t = new Tensor(v);
  t.gradFn = self.gradFn;
  t._outputIndex = self._outputIndex;
  t._requiresGrad = self._requiresGrad;
  return t;
}

function canCast(from: string, to: string): boolean {
  const f = dtypeInfo(from as never);
  const t = dtypeInfo(to as never);
  if (f.isFloat && !t.isFloat) return false;
  if (from !== 'bool' && to === 'bool') return false;
  return true;
}

/**
 * Runs `compute` (the out-of-place op on `self`'s current value) and writes the result into
 * `self` (Note [In-place ops]). `readsSelf`: whether the op's gradient reads self's value.
 */
export function inplace(
  self: Tensor,
  name: string,
  others: readonly unknown[],
  compute: (selfIn: Tensor) => Tensor,
  { readsSelf = true, castAny = false } = {},
): Tensor {
  checkLeaf(self, name);
  const recording =
    isGradEnabled() &&
    (self.requiresGrad || others.some((o) => o instanceof Tensor && o.requiresGrad));
  let r = compute(recording && readsSelf ? snapshot(self) : self);
  if (!sameShape(r.shape, self.shape)) {
    throw new ShapeError(
      `${name}: output with shape ${shapeStr(self.shape)} doesn't match ` +
        `the broadcast shape ${shapeStr(r.shape)}`,
    );
  }
  if (r.dtype !== self.dtype) {
    if (!castAny && !canCast(r.dtype, self.dtype)) {
      throw new DTypeError(
        `${name}: result type ${r.dtype} can't be cast to the desired output type ${self.dtype}`,
      );
    }
    r = cast(r, self.dtype);
  }
  keepSavedOutput(self);
  if (r._value !== self._value && r.numel() > 0) runKernel('Copy', [r._value], [self._value]);
  self._version.n++;
  if (recording) rebase(self, r);
  return self;
}

/**
 * The engine checks the versions of saved inputs only; an op that saved its output (Exp, Sigmoid,
 * Relu...) would read the overwritten value. When self is that saved output, the node keeps a copy
 * of the old value instead (PyTorch raises at backward here; we compute the right gradient).
 * Writes through other views of a saved output are not caught (see the report to the lead).
 */
function keepSavedOutput(self: Tensor): void {
  const node = self.gradFn;
  if (!(node instanceof OpNode)) return;
  node.savedOutputs = node.savedOutputs.map((t) =>
    t && t._version === self._version ? snapshot(t) : t,
  );
}

/** Points self (and, for a view, its base) at r's history (Note [In-place ops]). */
function rebase(self: Tensor, r: Tensor): void {
  const base = self._base;
  if (base && (base.requiresGrad || r.requiresGrad)) {
    const edges = [gradEdge(base), gradEdge(r)];
    base.gradFn = copySlices(base, self, edges);
    base._outputIndex = 0;
    base._requiresGrad = true;
  }
  if (r.requiresGrad) {
    self.gradFn = r.gradFn;
    self._outputIndex = r._outputIndex;
    self._requiresGrad = true;
  } else if (self.requiresGrad) {
    // Overwritten by a constant: no gradient reaches the old history (PyTorch's FillBackward).
    const cut = new FunctionNode('FillBackward', 1, () => []);
    self.gradFn = cut;
    self._outputIndex = 0;
  }
}

function copySlices(
  base: Tensor,
  view: Tensor,
  edges: ReturnType<typeof gradEdge>[],
): FunctionNode {
  const b = base._value;
  const v = view._value;
  if (!b.isContiguous()) {
    throw new Error(
      'in-place write into a view of a non-contiguous base tensor is not supported with autograd',
    );
  }
  const shape = [...v.shape];
  const strides = [...v.strides];
  const offset = v.offset - b.offset;
  const node = new FunctionNode('CopySlices', 1, ([g]) => {
    if (!g) return [];
    const whole = new CoreTensor(g.dtype, g.shape);
    copyStrided(g._value, whole);
    const region = whole.view(shape, strides, offset);
    const inside = new CoreTensor(g.dtype, shape);
    if (inside.size > 0) {
      copyStrided(region, inside);
      runKernel('Copy', [expandView(new CoreTensor(g.dtype, []), shape)], [region]);
    }
    return [new Tensor(whole), new Tensor(inside)];
  });
  node.next = edges;
  return node;
}

type Self = Tensor;

export function add_(self: Self, other: TensorLike, opts: AlphaOptions = {}): Self {
  return inplace(self, 'add_', [other], (x) => A.add(x, other, opts), { readsSelf: false });
}

export function sub_(self: Self, other: TensorLike, opts: AlphaOptions = {}): Self {
  return inplace(self, 'sub_', [other], (x) => A.sub(x, other, opts), { readsSelf: false });
}

export function mul_(self: Self, other: TensorLike): Self {
  return inplace(self, 'mul_', [other], (x) => A.mul(x, other));
}

export function div_(self: Self, other: TensorLike, opts: DivOptions = {}): Self {
  return inplace(self, 'div_', [other], (x) => A.div(x, other, opts));
}

export function pow_(self: Self, other: TensorLike): Self {
  return inplace(self, 'pow_', [other], (x) => A.pow(x, other));
}

export function clamp_(self: Self, min?: TensorLike | null, max?: TensorLike | null): Self {
  return inplace(self, 'clamp_', [min, max], (x) => A.clamp(x, min, max));
}

const unaryNames = [
  'neg',
  'abs',
  'sign',
  'relu',
  'floor',
  'ceil',
  'round',
  'trunc',
  'exp',
  'log',
  'sqrt',
  'rsqrt',
  'sin',
  'cos',
  'tanh',
  'sigmoid',
  'reciprocal',
  'square',
] as const;
export type UnaryInplace = `${(typeof unaryNames)[number]}_`;

/** neg_, abs_, exp_, sigmoid_, relu_, ... : the unary ops of arith.ts, in place. */
export const unaryInplace = Object.fromEntries(
  unaryNames.map((n) => [
    `${n}_`,
    (self: Self) => inplace(self, `${n}_`, [], (x) => (A[n] as (t: Tensor) => Tensor)(x)),
  ]),
) as Record<UnaryInplace, (self: Self) => Self>;

/** Fills with a number or a 0-d tensor. */
export function fill_(self: Self, value: TensorLike): Self {
  if (value instanceof Tensor && value.ndim !== 0) {
    throw new ShapeError(
      `fill_: only supports a 0-dimensional value tensor (got ${shapeStr(value.shape)})`,
    );
  }
  return inplace(self, 'fill_', [value], () => expand(asTensor(value, self.dtype), self.shape), {
    readsSelf: false,
  });
}

export function zero_(self: Self): Self {
  return fill_(self, 0);
}

/** Copies src (broadcast to self's shape, cast to self's dtype) into self. */
export function copy_(self: Self, src: TensorLike): Self {
  return inplace(self, 'copy_', [src], () => expand(asTensor(src, self.dtype), self.shape), {
    readsSelf: false,
    castAny: true,
  });
}

export function maskedFill_(self: Self, mask: Tensor, value: TensorLike): Self {
  return inplace(self, 'maskedFill_', [value], (x) => maskedFill(x, mask, value), {
    readsSelf: false,
  });
}

export function scatter_(
  self: Self,
  dim: number,
  index: Tensor,
  src: TensorLike,
  opts: ScatterOptions = {},
): Self {
  return inplace(self, 'scatter_', [src], (x) => scatter(x, dim, index, src, opts), {
    readsSelf: false,
  });
}

export function scatterAdd_(self: Self, dim: number, index: Tensor, src: Tensor): Self {
  return scatter_(self, dim, index, src, { reduce: 'add' });
}

function randomFill(
  self: Self,
  name: string,
  op: 'RandomUniformLike' | 'RandomNormalLike',
  attrs: object,
  g?: Generator,
): Self {
  if (!isFloatType(self.dtype))
    throw new DTypeError(`${name}: expected a floating point tensor (got ${self.dtype})`);
  const seed = (g ?? defaultGenerator)._nextSeed();
  const v = execute(op, [self._value], { ...attrs, seed })[0];
  return inplace(self, name, [], () => new Tensor(v), { readsSelf: false });
}

/** Fills with uniform samples in [from, to). */
export function uniform_(self: Self, from = 0, to = 1, opts: { generator?: Generator } = {}): Self {
  return randomFill(self, 'uniform_', 'RandomUniformLike', { low: from, high: to }, opts.generator);
}

/** Fills with normal samples. */
export function normal_(self: Self, mean = 0, std = 1, opts: { generator?: Generator } = {}): Self {
  return randomFill(self, 'normal_', 'RandomNormalLike', { mean, scale: std }, opts.generator);
}
