// Clear errors for bytes that do not decode.
//
// Note [Decode errors]
// protobufjs reports bad input with terse messages ("index out of range: 10 + 4 > 12",
// "invalid wire type 7 at offset 3"). `installDecodeErrors` wraps the `decode` of every generated
// class so that a failure anywhere in a message tree surfaces once, at the outermost call, as a
// ProtoDecodeError that names the message type being decoded, the chain of nested types it was
// inside, the byte offset and the input length. Nested decode calls go through the same wrapped
// functions, which only record their type on the way out.
import protobuf from 'protobufjs/minimal.js';
import { forEachStaticClass, type StaticMessageClass } from './reflection.js';

/** Thrown when bytes cannot be decoded as the requested message type. */
export class ProtoDecodeError extends Error {
  override name = 'ProtoDecodeError';
  /** Fully-qualified type that was being decoded (the outermost one). */
  readonly typeName: string;
  /** The nested message types being decoded when the error happened, outermost first. */
  readonly path: string[];
  /** Offset in the input where decoding stopped, if known. */
  readonly offset: number | undefined;
  /** protobufjs's own description of the problem. */
  readonly reason: string;

  constructor(
    typeName: string,
    path: string[],
    reason: string,
    offset?: number,
    length?: number,
    source?: string,
    options?: { cause?: unknown },
  ) {
    const where = offset === undefined ? '' : ` at byte ${offset} of ${length}`;
    const shown =
      path.length > 6
        ? [...path.slice(0, 3), `... ${path.length - 5} more ...`, ...path.slice(-2)]
        : path;
    const inside = path.length > 1 ? ` (inside ${shown.join(' > ')})` : '';
    const from = source ? ` from ${source}` : '';
    super(
      `cannot decode ${typeName}${from}: ${reason}${where}${inside}; the input is truncated, ` +
        `corrupt, or not a serialized ${typeName}`,
      options,
    );
    this.typeName = typeName;
    this.path = path;
    this.offset = offset;
    this.reason = reason;
  }
}

// An error on its way out of nested decode calls, collecting the types it passed through.
class PendingDecodeError {
  readonly path: string[] = [];
  constructor(
    readonly cause: unknown,
    readonly offset: number,
  ) {}
}

type DecodeFn = (
  reader: protobuf.Reader | Uint8Array,
  length?: number,
  ...rest: unknown[]
) => object;

const installed = new WeakSet<object>();

/**
 * Wraps `decode` of every generated class under `namespace` (see Note [Decode errors]).
 * Idempotent.
 */
export function installDecodeErrors(namespace: object): void {
  forEachStaticClass(namespace, (name, cls) => {
    const target = cls as unknown as { decode: DecodeFn };
    if (installed.has(target)) return;
    installed.add(target);
    const original = target.decode;
    target.decode = function decode(this: unknown, input, length, ...rest) {
      // Generated code passes (reader, length, endTag, depth, target) to nested decoders; only
      // a call from outside has no depth.
      const outermost = rest[1] === undefined;
      let reader: protobuf.Reader;
      try {
        reader = input instanceof protobuf.Reader ? input : protobuf.Reader.create(input);
      } catch (err) {
        throw new ProtoDecodeError(
          name,
          [name],
          `expected a Uint8Array (${String(err)})`,
          undefined,
          undefined,
          undefined,
          { cause: err },
        );
      }
      try {
        return original.call(this, reader, length, ...rest);
      } catch (err) {
        const pending =
          err instanceof PendingDecodeError ? err : new PendingDecodeError(err, reader.pos);
        pending.path.unshift(name);
        if (!outermost) throw pending;
        throw new ProtoDecodeError(
          name,
          pending.path,
          describe(pending.cause),
          pending.offset,
          reader.len,
          undefined,
          { cause: pending.cause },
        );
      }
    };
  });
}

function describe(err: unknown): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return 'messages nested too deeply';
  }
  if (err instanceof Error) {
    if (err.message.startsWith('index out of range')) {
      return `unexpected end of data (${err.message})`;
    }
    return err.message;
  }
  return String(err);
}

/**
 * Decodes `bytes` as `type`, naming `source` (a file name, say) in the error if it fails.
 *
 * @example const model = decodeMessage(onnx.ModelProto, bytes, 'model.onnx');
 */
export function decodeMessage<T>(
  type: StaticMessageClass<T> & { decode(bytes: Uint8Array): T },
  bytes: Uint8Array,
  source?: string,
): T {
  try {
    return type.decode(bytes);
  } catch (err) {
    if (err instanceof ProtoDecodeError && source) {
      throw new ProtoDecodeError(
        err.typeName,
        err.path,
        err.reason,
        err.offset,
        bytes.length,
        source,
        { cause: err.cause },
      );
    }
    throw err;
  }
}
