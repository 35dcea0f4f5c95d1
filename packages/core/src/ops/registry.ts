import type { DType } from '../dtype.js';
import { ArgumentError, DTypeError, UnsupportedOperatorError } from '../errors.js';
import type { Tensor } from '../tensor.js';
import type { AttrSpec, AttrValue, Attrs, Dim, IOSpec, Trait, ValueInfo } from './types.js';

/** Reads an op's attributes with their declared defaults, naming the op on misuse. */
export class AttrReader {
  constructor(
    readonly op: string,
    readonly values: Readonly<Attrs>,
  ) {}

  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  int(name: string): number {
    const v = this.values[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ArgumentError(
        `${this.op}: attribute '${name}' must be an integer, got ${describe(v)}`,
      );
    }
    return Math.trunc(v);
  }

  float(name: string): number {
    const v = this.values[name];
    if (typeof v !== 'number')
      throw new ArgumentError(
        `${this.op}: attribute '${name}' must be a number, got ${describe(v)}`,
      );
    return v;
  }

  string(name: string): string {
    const v = this.values[name];
    if (typeof v !== 'string')
      throw new ArgumentError(
        `${this.op}: attribute '${name}' must be a string, got ${describe(v)}`,
      );
    return v;
  }

  ints(name: string): number[] {
    const v = this.values[name];
    if (typeof v === 'number') return [v];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'number')) {
      throw new ArgumentError(
        `${this.op}: attribute '${name}' must be a list of integers, got ${describe(v)}`,
      );
    }
    return v as number[];
  }

  /** `ints` when present, otherwise undefined (attributes whose absence means "derive it"). */
  intsOr(name: string): number[] | undefined {
    return this.has(name) ? this.ints(name) : undefined;
  }

  floats(name: string): number[] {
    const v = this.values[name];
    if (typeof v === 'number') return [v];
    if (!Array.isArray(v))
      throw new ArgumentError(
        `${this.op}: attribute '${name}' must be a list of numbers, got ${describe(v)}`,
      );
    return v as number[];
  }

  strings(name: string): string[] {
    const v = this.values[name];
    if (!Array.isArray(v))
      throw new ArgumentError(
        `${this.op}: attribute '${name}' must be a list of strings, got ${describe(v)}`,
      );
    return v as string[];
  }

  tensor(name: string): Tensor {
    const v = this.values[name];
    if (!v || typeof v !== 'object' || Array.isArray(v) || !('dtype' in v)) {
      throw new ArgumentError(
        `${this.op}: attribute '${name}' must be a tensor, got ${describe(v)}`,
      );
    }
    return v as Tensor;
  }

  raw(name: string): AttrValue | undefined {
    return this.values[name];
  }
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (the attribute is required)';
  if (Array.isArray(v)) return `[${v.slice(0, 8).join(', ')}${v.length > 8 ? ', ...' : ''}]`;
  return typeof v === 'object' ? String(v) : JSON.stringify(v);
}

/** Shape/dtype inference context: what is known about each input, plus attributes. */
export interface InferContext {
  readonly op: string;
  readonly inputs: readonly (ValueInfo | undefined)[];
  readonly attrs: AttrReader;
  /** The i-th input's info, throwing a clear error if a required input is missing. */
  input(i: number): ValueInfo;
}

export interface OutputInfo {
  dtype: DType;
  shape: Dim[] | null;
  /**
   * Note [Inferred values]: an output whose value follows from input metadata alone (Shape and
   * Size of a known shape) reports it here, so graph inference can fold shape computations.
   */
  value?: Tensor;
}

/** Eager execution context: concrete input tensors, inferred outputs, and an allocator. */
export interface KernelContext {
  readonly op: string;
  readonly inputs: readonly (Tensor | undefined)[];
  readonly attrs: AttrReader;
  /** Output infos from `infer` on these inputs (shapes concrete unless data-dependent). */
  readonly outputs: readonly OutputInfo[];
  input(i: number): Tensor;
  /** Allocates output i with its inferred dtype and shape. */
  output(i: number): Tensor;
  /** Allocates a tensor (the executor recycles buffers through this). */
  alloc(dtype: DType, shape: readonly number[]): Tensor;
}

/**
 * The one op surface with two hosts (STYLE.md §3): eager tensors run kernels, graph builders emit
 * nodes. Gradient formulas are written against this interface only.
 */
export interface OpBuilder<V> {
  apply(op: string, inputs: readonly (V | undefined)[], attrs?: Attrs, numOutputs?: number): V[];
  /** A constant value. */
  constant(t: Tensor): V;
  /** Static info when the host knows it (always in eager mode). */
  info(v: V): ValueInfo;
}

export interface GradContext<V> {
  readonly b: OpBuilder<V>;
  readonly inputs: readonly (V | undefined)[];
  readonly outputs: readonly V[];
  /** Gradient of each output; undefined where the output did not influence the loss. */
  readonly gradOutputs: readonly (V | undefined)[];
  readonly attrs: AttrReader;
  /** Whether input i needs a gradient (skip work for the others). */
  needsGrad(i: number): boolean;
}

/**
 * Note [Saved values]: `saves` declares which inputs and outputs the gradient reads, so the eager
 * tape keeps only those alive and the gradient-net builder only wires those blobs. An op with a
 * gradient and no `saves` keeps every input and output (variadic ops). Inputs listed in `shapes`
 * are read for their shape only: a host may keep a storage-free stand-in of the same shape.
 */
export interface Saves {
  inputs?: readonly number[];
  outputs?: readonly number[];
  /** Inputs whose shape and dtype (not values) the gradient reads; 'all' for variadic ones. */
  shapes?: readonly number[] | 'all';
}

export type GradFn = <V>(g: GradContext<V>) => (V | undefined)[];

export interface OpDef {
  name: string;
  /** '' for ONNX's default domain; 'ai.tandem' for internal helper ops. */
  domain: string;
  doc?: string;
  inputs: readonly IOSpec[];
  outputs: readonly IOSpec[];
  attrs: Readonly<Record<string, AttrSpec>>;
  /** Allowed dtypes of the first input (type constraint T); undefined = any. */
  dtypes?: readonly DType[];
  traits: readonly Trait[];
  infer(ctx: InferContext): OutputInfo[];
  kernel(ctx: KernelContext): Tensor[];
  grad?: GradFn;
  saves?: Saves;
  /** A composite written in core ops (STYLE.md §2); run by hosts that have no kernel override. */
  decompose?: <V>(b: OpBuilder<V>, inputs: readonly (V | undefined)[], attrs: AttrReader) => V[];
}

export type OpDefInput = Omit<OpDef, 'domain' | 'attrs' | 'traits' | 'kernel'> & {
  domain?: string;
  attrs?: Record<string, AttrSpec>;
  traits?: readonly Trait[];
  kernel?: OpDef['kernel'];
};

const table = new Map<string, OpDef>();

/** Declares an operator once. Registering a name twice throws. */
export function defineOp(def: OpDefInput): OpDef {
  if (table.has(def.name)) throw new Error(`operator '${def.name}' is defined twice`);
  if (!def.kernel && !def.decompose)
    throw new Error(`operator '${def.name}' needs a kernel or a decomposition`);
  const full: OpDef = {
    ...def,
    domain: def.domain ?? '',
    attrs: def.attrs ?? {},
    traits: def.traits ?? [],
    kernel: def.kernel ?? decomposedKernel(def.name),
  };
  table.set(def.name, Object.freeze(full));
  return full;
}

// Set by eager.ts to run decompositions eagerly without a circular import.
let runDecomposition: ((op: OpDef, ctx: KernelContext) => Tensor[]) | undefined;
export function setDecompositionRunner(fn: (op: OpDef, ctx: KernelContext) => Tensor[]): void {
  runDecomposition = fn;
}
function decomposedKernel(name: string) {
  return (ctx: KernelContext): Tensor[] => {
    if (!runDecomposition) throw new Error(`${name}: no decomposition runner registered`);
    return runDecomposition(getOp(name), ctx);
  };
}

export function getOp(name: string): OpDef {
  const def = table.get(name);
  if (!def) {
    throw new UnsupportedOperatorError(
      `unknown operator '${name}'${suggest(name, [...table.keys()])}`,
    );
  }
  return def;
}

export function hasOp(name: string): boolean {
  return table.has(name);
}

export function listOps(): OpDef[] {
  return [...table.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** ' (did you mean X, Y?)' from the closest names by edit distance. */
export function suggest(name: string, candidates: readonly string[]): string {
  const scored = candidates
    .map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  return scored.length ? ` (did you mean ${scored.map((x) => x.c).join(', ')}?)` : '';
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Applies declared defaults and checks attribute names and types. */
export function resolveAttrs(def: OpDef, attrs: Attrs | undefined): Attrs {
  const out: Attrs = {};
  for (const [k, spec] of Object.entries(def.attrs)) {
    const v = attrs?.[k];
    if (v !== undefined) out[k] = v;
    else if (spec.default !== undefined) out[k] = spec.default;
    else if (spec.required)
      throw new ArgumentError(`${def.name}: required attribute '${k}' is missing`);
  }
  if (attrs) {
    for (const k of Object.keys(attrs)) {
      if (!(k in def.attrs) && attrs[k] !== undefined) {
        const known = Object.keys(def.attrs);
        throw new ArgumentError(
          `${def.name}: unknown attribute '${k}' (${known.length ? `known: ${known.join(', ')}` : 'it takes none'})`,
        );
      }
    }
  }
  return out;
}

/** Checks the first input's dtype against the op's constraint. */
export function checkDType(def: OpDef, dtype: DType | null): void {
  if (dtype && def.dtypes && !def.dtypes.includes(dtype)) {
    throw new DTypeError(
      `${def.name}: dtype ${dtype} is not supported (supported: ${def.dtypes.join(', ')})`,
    );
  }
}
