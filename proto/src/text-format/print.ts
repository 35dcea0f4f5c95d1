// Message -> protobuf text format, over protobufjs reflection.
import protobuf from 'protobufjs/light.js';
import { int64ToBigInt } from '../int64.js';
import { lookupType, type MessageTypeRef, protoFieldName } from '../reflection.js';

export interface TextFormatOptions {
  /** Spaces per nesting level; default 2. */
  indent?: number;
  /**
   * Print non-ASCII characters of string fields as UTF-8 text instead of octal escapes of their
   * bytes (the default, as protoc and Python's protobuf print them).
   */
  utf8?: boolean;
}

type Message = Record<string, unknown>;

/**
 * Prints `message` (a decoded or built message, or a plain object with the same camelCase
 * properties) in protobuf text format, fields in field-number order, as protoc does. Only fields
 * that are present are printed: non-empty repeated fields and singular fields set on the object
 * itself (not defaults inherited from a generated class's prototype).
 *
 * @example toTextFormat(caffe2.NetDef, net) // 'name: "AlexNet"\nop {\n  input: "data"\n...'
 */
export function toTextFormat(
  type: MessageTypeRef,
  message: object,
  options: TextFormatOptions = {},
): string {
  const printer = new Printer(' '.repeat(options.indent ?? 2), options.utf8 ?? false);
  printer.message(lookupType(type), message as Message, '');
  return printer.lines.length ? `${printer.lines.join('\n')}\n` : '';
}

class Printer {
  readonly lines: string[] = [];

  constructor(
    private readonly step: string,
    private readonly utf8: boolean,
  ) {}

  message(type: protobuf.Type, message: Message, indent: string): void {
    const fields = [...type.fieldsArray].sort((a, b) => a.id - b.id);
    for (const field of fields) {
      const value = message[field.name];
      const name = protoFieldName(field);
      if (field.map) {
        if (value == null || typeof value !== 'object') continue;
        const keyType = (field as unknown as protobuf.MapField).keyType;
        for (const [key, entry] of Object.entries(value as Message)) {
          this.lines.push(`${indent}${name} {`);
          this.lines.push(`${indent}${this.step}key: ${this.scalar(field, keyType, key)}`);
          this.value(field, 'value', entry, indent + this.step);
          this.lines.push(`${indent}}`);
        }
      } else if (field.repeated) {
        if (!Array.isArray(value)) continue;
        for (const item of value) this.value(field, name, item, indent);
      } else if (Object.hasOwn(message, field.name) && value != null) {
        this.value(field, name, value, indent);
      }
    }
  }

  private value(field: protobuf.Field, name: string, value: unknown, indent: string): void {
    const type = field.resolvedType;
    if (type instanceof protobuf.Type) {
      this.lines.push(`${indent}${name} {`);
      this.message(type, value as Message, indent + this.step);
      this.lines.push(`${indent}}`);
    } else {
      this.lines.push(`${indent}${name}: ${this.scalar(field, field.type, value)}`);
    }
  }

  private scalar(field: protobuf.Field, kind: string, value: unknown): string {
    const enumType = field.resolvedType;
    if (enumType instanceof protobuf.Enum && kind === field.type) {
      return enumType.valuesById[value as number] ?? String(value);
    }
    switch (kind) {
      case 'string':
        return quoteString(String(value), this.utf8);
      case 'bytes':
        return quoteBytes(toBytes(value));
      case 'bool':
        return value === true || value === 'true' ? 'true' : 'false';
      case 'float':
      case 'double':
        return formatFloat(Number(value), kind === 'float');
      case 'uint64':
      case 'fixed64':
        return BigInt.asUintN(64, int64ToBigInt(value as number)).toString();
      case 'int64':
      case 'sint64':
      case 'sfixed64':
        return BigInt.asIntN(64, int64ToBigInt(value as number)).toString();
      default:
        return String(Number(value));
    }
  }
}

/**
 * Shortest decimal that reads back as the same float32 (or float64) value, spelled as Python's
 * protobuf prints it (`0.0001`, `1e-05`, `1.0`, `inf`), so zoo files round-trip unchanged.
 */
export function formatFloat(value: number, single: boolean): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (!single || value === 0) return pythonRepr(value);
  const target = Math.fround(value);
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(target.toPrecision(digits));
    if (Math.fround(candidate) === target) return pythonRepr(candidate);
  }
  return pythonRepr(Number(target.toPrecision(9)));
}

// Python's repr(float): shortest round-trip digits; exponent form below 1e-4 and from 1e16 on,
// with at least two exponent digits; integral values keep '.0'.
function pythonRepr(value: number): string {
  if (Object.is(value, -0)) return '-0.0';
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const digits = String(Math.abs(exponent)).padStart(2, '0');
    return `${mantissa}e${exponent < 0 ? '-' : '+'}${digits}`;
  }
  const text = String(value);
  return text.includes('.') ? text : `${text}.0`;
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') {
    const bytes = new Uint8Array(protobuf.util.base64.length(value));
    protobuf.util.base64.decode(value, bytes, 0);
    return bytes;
  }
  return Uint8Array.from(value as ArrayLike<number>);
}

const ESCAPES: Record<number, string> = {
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x22: '\\"',
  0x27: "\\'",
  0x5c: '\\\\',
};

function escapeByte(byte: number): string {
  return ESCAPES[byte] ?? `\\${byte.toString(8).padStart(3, '0')}`;
}

const utf8Encoder = new TextEncoder();

// With `utf8`, non-ASCII characters stay as they are; control characters are always escaped.
function quoteString(text: string, utf8: boolean): string {
  if (!utf8) return quoteBytes(utf8Encoder.encode(text));
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += code < 0x20 || code === 0x7f || ESCAPES[code] ? escapeByte(code) : char;
  }
  return `${out}"`;
}

// Bytes print as printable ASCII, with everything else as octal escapes.
function quoteBytes(bytes: Uint8Array): string {
  let out = '"';
  for (const byte of bytes) {
    out +=
      byte >= 0x20 && byte < 0x7f && !ESCAPES[byte] ? String.fromCharCode(byte) : escapeByte(byte);
  }
  return `${out}"`;
}
