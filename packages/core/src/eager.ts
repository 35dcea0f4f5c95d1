// Eager execution of one core op on concrete tensors: resolve attrs, infer, run the kernel.
import type { DType } from './dtype.js';
import { ArgumentError, withContext } from './errors.js';
import {
  AttrReader,
  type KernelContext,
  type OpBuilder,
  type OpDef,
  type OutputInfo,
  checkDType,
  getOp,
  resolveAttrs,
  setDecompositionRunner,
} from './ops/registry.js';
import type { Attrs, ValueInfo } from './ops/types.js';
import { Tensor } from './tensor.js';

export type Allocator = (dtype: DType, shape: readonly number[]) => Tensor;
const defaultAlloc: Allocator = (dtype, shape) => new Tensor(dtype, shape);

export function infoOf(t: Tensor): ValueInfo {
  return { dtype: t.dtype, shape: [...t.shape], value: t };
}

/** Checks the input count against the op's declared inputs. */
export function checkArity(def: OpDef, count: number, present: (i: number) => boolean): void {
  const variadic = def.inputs.length > 0 && def.inputs[def.inputs.length - 1].variadic;
  const max = variadic ? Infinity : def.inputs.length;
  if (count > max) {
    throw new ArgumentError(`${def.name}: takes at most ${def.inputs.length} inputs, got ${count}`);
  }
  def.inputs.forEach((spec, i) => {
    if (!spec.optional && !spec.variadic && !present(i)) {
      throw new ArgumentError(`${def.name}: required input ${i} ('${spec.name}') is missing`);
    }
  });
}

export function makeInferContext(
  def: OpDef,
  inputs: readonly (ValueInfo | undefined)[],
  attrs: AttrReader,
) {
  return {
    op: def.name,
    inputs,
    attrs,
    input(i: number): ValueInfo {
      const v = inputs[i];
      if (!v)
        throw new ArgumentError(
          `${def.name}: input ${i} ('${def.inputs[Math.min(i, def.inputs.length - 1)]?.name}') is missing`,
        );
      return v;
    },
  };
}

/** Runs op `name` on tensors. `alloc` lets an executor recycle buffers. */
export function execute(
  name: string,
  inputs: readonly (Tensor | undefined)[],
  attrs?: Attrs,
  alloc: Allocator = defaultAlloc,
): Tensor[] {
  const def = getOp(name);
  try {
    return executeDef(def, inputs, new AttrReader(name, resolveAttrs(def, attrs)), alloc);
  } catch (e) {
    throw withContext(e, name);
  }
}

export function executeDef(
  def: OpDef,
  inputs: readonly (Tensor | undefined)[],
  attrs: AttrReader,
  alloc: Allocator = defaultAlloc,
): Tensor[] {
  checkArity(def, inputs.length, (i) => inputs[i] !== undefined);
  checkDType(def, inputs[0]?.dtype ?? null);
  const infos = inputs.map((t) => (t ? infoOf(t) : undefined));
  const outputs: OutputInfo[] = def.infer(makeInferContext(def, infos, attrs));
  const ctx: KernelContext = {
    op: def.name,
    inputs,
    attrs,
    outputs,
    input(i) {
      const t = inputs[i];
      if (!t) throw new ArgumentError(`${def.name}: input ${i} is missing`);
      return t;
    },
    output(i) {
      const o = outputs[i];
      if (!o || !o.shape || o.shape.some((d) => typeof d !== 'number')) {
        throw new Error(`${def.name}: output ${i} has no concrete inferred shape`);
      }
      return alloc(o.dtype, o.shape as number[]);
    },
    alloc,
  };
  return def.kernel(ctx);
}

/** The eager host of the op surface: plain core tensors, no tape. */
export const eagerBuilder: OpBuilder<Tensor> = {
  apply: (op, inputs, attrs) => execute(op, inputs, attrs),
  constant: (t) => t,
  info: infoOf,
};

setDecompositionRunner((def, ctx) => {
  if (!def.decompose) throw new Error(`${def.name}: no decomposition`);
  return def.decompose(eagerBuilder, ctx.inputs, ctx.attrs);
});
