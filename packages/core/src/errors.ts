/**
 * One error hierarchy for every package. Messages name what failed: the op type, the node, the
 * blob, and the shapes or dtypes seen and expected.
 */
export class TandemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Incompatible or invalid shapes. */
export class ShapeError extends TandemError {}

/** A dtype an op or API does not accept. */
export class DTypeError extends TandemError {}

/** An operator (or an attribute value, or an opset) that Tandem does not implement. */
export class UnsupportedOperatorError extends TandemError {}

/** A model file or message that is malformed, truncated or inconsistent. */
export class MalformedModelError extends TandemError {}

/** A request over a configured resource limit (tensor bytes, model size), refused before allocating. */
export class ResourceLimitError extends TandemError {}

/** A bad argument to a public API. */
export class ArgumentError extends TandemError {}

/** Wraps an error with the node or op it happened in, keeping the original as `cause`. */
export function withContext(err: unknown, context: string): Error {
  if (err instanceof Error) {
    if (err.message.startsWith(context)) return err;
    const Ctor = (err instanceof TandemError ? err.constructor : TandemError) as new (
      m: string,
    ) => Error;
    const wrapped = new Ctor(`${context}: ${err.message}`);
    (wrapped as Error & { cause?: unknown }).cause = err;
    return wrapped;
  }
  return new TandemError(`${context}: ${String(err)}`);
}
