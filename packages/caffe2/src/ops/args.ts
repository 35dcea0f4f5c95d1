// caffe2.Argument <-> plain values, and a reader that checks argument types naming the operator.
import { ArgumentError } from '@tandem/core';
import { caffe2, int64ToBigInt, int64ToNumber } from '@tandem/proto';
import type { ArgKind } from './types.js';

/** One decoded argument: which field was set, and its value. */
export type ArgValue =
  | { kind: 'f'; value: number }
  | { kind: 'i'; value: number; big: bigint }
  | { kind: 's'; value: string }
  | { kind: 'floats'; value: Float32Array }
  | { kind: 'ints'; value: number[]; big: bigint[] }
  | { kind: 'strings'; value: string[] }
  | { kind: 'other'; what: string }
  | { kind: 'empty' };

const utf8 = new TextDecoder();
const utf8Enc = new TextEncoder();
const has = (m: object, k: string) => Object.prototype.hasOwnProperty.call(m, k);

function safeNumber(v: unknown, what: string): number {
  try {
    return int64ToNumber(v as number, what);
  } catch {
    return Number(int64ToBigInt(v as number)); // beyond 2^53: the bigint form stays exact
  }
}

/** Decodes a caffe2.Argument by the field that is present (proto2 presence). */
export function decodeArg(a: caffe2.IArgument): ArgValue {
  const name = a.name ?? '';
  if (has(a, 'f') && a.f !== null && a.f !== undefined) return { kind: 'f', value: a.f };
  if (has(a, 'i') && a.i !== null && a.i !== undefined) {
    return { kind: 'i', value: safeNumber(a.i, name), big: int64ToBigInt(a.i) };
  }
  if (has(a, 's') && a.s !== null && a.s !== undefined)
    return { kind: 's', value: utf8.decode(a.s) };
  if (a.floats?.length) {
    // A Float32Array set by the builder is kept as is (init nets carry large weights).
    return {
      kind: 'floats',
      value: a.floats instanceof Float32Array ? a.floats : Float32Array.from(a.floats),
    };
  }
  if (a.ints?.length) {
    return {
      kind: 'ints',
      value: a.ints.map((v) => safeNumber(v, name)),
      big: a.ints.map((v) => int64ToBigInt(v)),
    };
  }
  if (a.strings?.length) return { kind: 'strings', value: a.strings.map((s) => utf8.decode(s)) };
  if (a.t || a.tensors?.length) return { kind: 'other', what: 'a tensor' };
  if (a.n || a.nets?.length) return { kind: 'other', what: 'a net' };
  if (a.qtensors?.length) return { kind: 'other', what: 'a quantized tensor' };
  return { kind: 'empty' };
}

/** A JS value as passed to the Net builder. */
export type ArgInput =
  | number
  | bigint
  | boolean
  | string
  | readonly number[]
  | readonly bigint[]
  | readonly string[]
  | Float32Array
  | Float64Array
  | Int32Array
  | BigInt64Array;

/**
 * Encodes a builder argument. The declared kind decides f vs i for numbers (a JS number does not
 * say whether `1` is a float); without one, integers become `i` and lists of integers `ints`.
 */
export function encodeArg(name: string, v: ArgInput, kind?: ArgKind): caffe2.Argument {
  const a = caffe2.Argument.create({ name });
  const isList = Array.isArray(v) || ArrayBuffer.isView(v);
  if (!isList) {
    if (typeof v === 'string') a.s = utf8Enc.encode(v);
    else if (typeof v === 'boolean') a.i = v ? 1 : 0;
    else if (typeof v === 'bigint') a.i = Number(v);
    else if (kind === 'float' || kind === 'number' || kind === 'floats' || !Number.isInteger(v))
      a.f = v as number;
    else if (
      kind === 'int' ||
      kind === 'bool' ||
      kind === 'ints' ||
      kind === 'int|string' ||
      Number.isInteger(v)
    ) {
      a.i = v as number;
    } else a.f = v as number;
    return a;
  }
  if (v instanceof Float32Array) {
    // protobufjs encodes any array-like; keeping the typed array avoids a boxed copy of weights.
    a.floats = v as unknown as number[];
    return a;
  }
  const list = Array.from(v as ArrayLike<number | bigint | string>);
  if (list.some((x) => typeof x === 'string'))
    a.strings = list.map((x) => utf8Enc.encode(String(x)));
  else if (v instanceof Float32Array || v instanceof Float64Array || kind === 'floats')
    a.floats = list.map(Number);
  else if (list.every((x) => typeof x === 'bigint' || Number.isInteger(x))) {
    a.ints = list.map((x) => (typeof x === 'bigint' ? Number(x) : (x as number)));
  } else a.floats = list.map(Number);
  return a;
}

function describe(v: ArgValue | undefined): string {
  if (!v) return 'nothing';
  switch (v.kind) {
    case 'f':
      return `float ${v.value}`;
    case 'i':
      return `int ${v.value}`;
    case 's':
      return `string ${JSON.stringify(v.value)}`;
    case 'floats':
      return `floats [${Array.from(v.value.slice(0, 6)).join(', ')}${v.value.length > 6 ? ', ...' : ''}]`;
    case 'ints':
      return `ints [${v.value.slice(0, 6).join(', ')}${v.value.length > 6 ? ', ...' : ''}]`;
    case 'strings':
      return `strings [${v.value
        .slice(0, 6)
        .map((s) => JSON.stringify(s))
        .join(', ')}]`;
    case 'other':
      return v.what;
    case 'empty':
      return 'an empty argument';
  }
}

/** Reads an operator's arguments; wrong kinds throw ArgumentError naming operator and argument. */
export class ArgReader {
  constructor(
    private readonly values: ReadonlyMap<string, ArgValue>,
    private readonly label: string,
  ) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  private bad(name: string, want: string): never {
    throw new ArgumentError(
      `${this.label}: argument '${name}' must be ${want}, got ${describe(this.values.get(name))}`,
    );
  }

  int(name: string, fallback?: number): number {
    const v = this.values.get(name);
    if (!v) return fallback ?? this.bad(name, 'an integer (it is required)');
    if (v.kind === 'i') return v.value;
    if (v.kind === 'f' && Number.isInteger(v.value)) return v.value;
    return this.bad(name, 'an integer');
  }

  bool(name: string, fallback = false): boolean {
    return this.int(name, fallback ? 1 : 0) !== 0;
  }

  float(name: string, fallback?: number): number {
    const v = this.values.get(name);
    if (!v) return fallback ?? this.bad(name, 'a number (it is required)');
    if (v.kind === 'f' || v.kind === 'i') return v.value;
    return this.bad(name, 'a number');
  }

  string(name: string, fallback?: string): string {
    const v = this.values.get(name);
    if (!v) return fallback ?? this.bad(name, 'a string (it is required)');
    if (v.kind === 's') return v.value;
    return this.bad(name, 'a string');
  }

  /** A list of integers; a single `i` counts as a one-element list, an empty argument as []. */
  ints(name: string, fallback?: number[]): number[] {
    const v = this.values.get(name);
    if (!v) return fallback ?? this.bad(name, 'a list of integers (it is required)');
    if (v.kind === 'ints') return [...v.value];
    if (v.kind === 'i') return [v.value];
    if (v.kind === 'empty') return [];
    if (v.kind === 'floats' && v.value.every((x) => Number.isInteger(x)))
      return Array.from(v.value);
    return this.bad(name, 'a list of integers');
  }

  bigints(name: string, fallback?: bigint[]): bigint[] {
    const v = this.values.get(name);
    if (!v) return fallback ?? this.bad(name, 'a list of integers (it is required)');
    if (v.kind === 'ints') return [...v.big];
    if (v.kind === 'i') return [v.big];
    if (v.kind === 'empty') return [];
    return this.bad(name, 'a list of integers');
  }

  floats(name: string, fallback?: number[]): Float32Array {
    const v = this.values.get(name);
    if (!v)
      return fallback
        ? Float32Array.from(fallback)
        : this.bad(name, 'a list of numbers (it is required)');
    if (v.kind === 'floats') return v.value;
    if (v.kind === 'ints') return Float32Array.from(v.value);
    if (v.kind === 'f' || v.kind === 'i') return Float32Array.of(v.value);
    if (v.kind === 'empty') return new Float32Array(0);
    return this.bad(name, 'a list of numbers');
  }

  strings(name: string, fallback?: string[]): string[] {
    const v = this.values.get(name);
    if (!v) return fallback ?? this.bad(name, 'a list of strings (it is required)');
    if (v.kind === 'strings') return [...v.value];
    if (v.kind === 's') return [v.value];
    if (v.kind === 'empty') return [];
    return this.bad(name, 'a list of strings');
  }

  /** An int or a string (Cast's `to`). */
  intOrString(name: string): number | string {
    const v = this.values.get(name);
    if (v?.kind === 'i' || v?.kind === 's') return v.value;
    return this.bad(name, 'an integer or a string');
  }

  /** A number or a list (args like `stride` that Caffe2 accepts as `stride` or `strides`). */
  raw(name: string): ArgValue | undefined {
    return this.values.get(name);
  }
}
