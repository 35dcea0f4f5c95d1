// The shape of one entry of the Caffe2 operator table: the arguments it reads (with their kinds,
// which also type the Net builder's per-operator methods) and how it becomes core graph nodes.
import type { Attrs, DType, Dim, Tensor, ValueInfo } from '@tandem/core';
import type { ArgReader } from './args.js';

/**
 * How an argument is stored in a caffe2.Argument and typed in TypeScript:
 * 'int' (i), 'float' (f), 'bool' (i as 0/1), 'string' (s), 'ints', 'floats', 'strings',
 * 'number' (f or i), 'int|string' (i or s: Cast's `to`), 'int64s' (ints beyond 2^53 as bigint).
 */
export type ArgKind =
  | 'int'
  | 'float'
  | 'bool'
  | 'string'
  | 'ints'
  | 'floats'
  | 'strings'
  | 'number'
  | 'int|string'
  | 'int64s';

export type ArgSpecs = Readonly<Record<string, ArgKind>>;

type ArgTs<K extends ArgKind> = K extends 'int' | 'float' | 'number'
  ? number
  : K extends 'bool'
    ? boolean | number
    : K extends 'string'
      ? string
      : K extends 'ints'
        ? readonly number[]
        : K extends 'floats'
          ? readonly number[] | Float32Array
          : K extends 'strings'
            ? readonly string[]
            : K extends 'int|string'
              ? number | string
              : readonly (number | bigint)[] | BigInt64Array;

/** The TypeScript interface of an operator's arguments, derived from its table entry. */
export type ArgsOf<S extends ArgSpecs> = { -readonly [K in keyof S]?: ArgTs<S[K]> };

/** What a converter sees and does: reads the OperatorDef, emits core nodes and constants. */
export interface ConvertContext {
  /** Operator index in the net and its type, for messages. */
  readonly index: number;
  readonly type: string;
  readonly args: ArgReader;
  /** Blob names as written in the OperatorDef. */
  readonly inputBlobs: readonly string[];
  readonly outputBlobs: readonly string[];
  /** The graph value currently holding input i's blob; throws naming the blob if it is missing. */
  input(i: number): string;
  /** The current value of any blob (Iter reads its output blob); it becomes an input if unwritten. */
  blob(name: string): string;
  /** Whether input i is given (non-empty). */
  hasInput(i: number): boolean;
  /** A fresh graph value name that will hold output i's blob (an SSA version of the blob). */
  output(i: number): string;
  /** Whether output i exists in the OperatorDef and its value is read later or kept. */
  wantOutput(i: number): boolean;
  /** Emits a core node; returns its output value names (fresh ones when `outputs` is a count). */
  emit(
    op: string,
    inputs: readonly string[],
    outputs: readonly string[] | number,
    attrs?: Attrs,
  ): string[];
  /** A constant value (a graph initializer). */
  constant(t: Tensor, hint?: string): string;
  /** An int64 1-D constant. */
  int64s(values: readonly number[], hint?: string): string;
  /** A scalar constant of `dtype` (shape [] unless `shape` is given). */
  scalar(v: number, dtype?: DType, shape?: number[]): string;
  /** Writes output i as a constant (fill ops with static contents). */
  setConstant(i: number, t: Tensor): void;
  /** What is known about a value (dtype, shape, constant contents) at this point. */
  info(value: string): ValueInfo | undefined;
  /** The rank of a value; throws a clear error naming `what` when it is unknown. */
  rank(value: string, what?: string): number;
  /** Known shape or null. */
  shape(value: string): Dim[] | null;
  /** The dtype of a value, `fallback` when unknown. */
  dtype(value: string, fallback?: DType): DType;
  /** An error naming the operator: "operator #3 (Conv): ...". */
  fail(message: string, kind?: 'argument' | 'shape' | 'unsupported'): Error;
  /** A seed for random fills: the op's (or net's) DeviceOption.random_seed mixed with the op index. */
  seed(): number | undefined;
}

export interface Caffe2OpEntry<S extends ArgSpecs = ArgSpecs> {
  /** Arguments the operator reads (others are ignored, as Caffe2 does). */
  args: S;
  /** One line for the docs. */
  doc?: string;
  /** Input/output counts Caffe2 allows (max Infinity for variadic). */
  inputs: readonly [number, number];
  outputs: readonly [number, number];
  /**
   * Input indices that the op updates in place when an output names the same blob (SSA renames
   * them); informational, used by docs and the gradient builder.
   */
  inplace?: readonly (readonly [number, number])[];
  convert(ctx: ConvertContext): void;
}

/** Declares a table entry, keeping the literal argument kinds for typing. */
export function op<const S extends ArgSpecs>(entry: Caffe2OpEntry<S>): Caffe2OpEntry<S> {
  return entry;
}
