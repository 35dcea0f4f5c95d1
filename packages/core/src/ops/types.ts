import type { DType } from '../dtype.js';
import type { Tensor } from '../tensor.js';

/** A dimension: a number when known, a name when symbolic (ONNX dim_param), null when unknown. */
export type Dim = number | string | null;

/** What is known about a value before running: dtype, shape, and its contents if constant. */
export interface ValueInfo {
  dtype: DType | null;
  shape: Dim[] | null;
  /** The value itself, when it is a constant (initializer, folded shape computation, eager input). */
  value?: Tensor;
}

export type AttrType =
  'int' | 'float' | 'string' | 'ints' | 'floats' | 'strings' | 'tensor' | 'graph' | 'graphs';

/** A subgraph attribute (If/Loop/Scan bodies); the graph IR's Graph satisfies it. */
export interface SubgraphLike {
  readonly kind: 'graph';
}

export type AttrValue =
  number | string | number[] | string[] | Tensor | SubgraphLike | SubgraphLike[];
export type Attrs = Record<string, AttrValue | undefined>;

export interface AttrSpec {
  type: AttrType;
  default?: AttrValue;
  required?: boolean;
}

export interface IOSpec {
  name: string;
  optional?: boolean;
  /** The last input/output may be variadic (Concat's inputs, Split's outputs). */
  variadic?: boolean;
  /** Inputs that carry no gradient (shapes, indices, axes). */
  nonDifferentiable?: boolean;
}

/**
 * 'nondifferentiable': outputs carry no gradient by nature (comparisons, indices, counts).
 * 'shape' ops compute shapes/metadata; 'random' ops are never constant-folded.
 */
export type Trait =
  'elementwise' | 'reduction' | 'shape' | 'random' | 'inplace-safe' | 'nondifferentiable';
