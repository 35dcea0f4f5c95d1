// Protobuf text format -> message, over protobufjs reflection.
import protobuf from 'protobufjs/light.js';
import { toLong } from '../int64.js';
import {
  fullName,
  lookupType,
  type MessageTypeRef,
  protoFieldName,
  staticClassOf,
  type StaticMessageClass,
} from '../reflection.js';
import { describeToken, Lexer, type Token } from './lexer.js';

export interface ParseTextOptions {
  /** Named in error messages (`predict_net.pbtxt:12:5: ...`); defaults to `<text>`. */
  filename?: string;
}

type Message = Record<string, unknown>;

const INT_RANGES: Record<string, [bigint, bigint]> = {
  int32: [-(1n << 31n), (1n << 31n) - 1n],
  sint32: [-(1n << 31n), (1n << 31n) - 1n],
  sfixed32: [-(1n << 31n), (1n << 31n) - 1n],
  uint32: [0n, (1n << 32n) - 1n],
  fixed32: [0n, (1n << 32n) - 1n],
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  sint64: [-(1n << 63n), (1n << 63n) - 1n],
  sfixed64: [-(1n << 63n), (1n << 63n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
  fixed64: [0n, (1n << 64n) - 1n],
};
const BOOLS: Record<string, boolean> = {
  true: true,
  True: true,
  t: true,
  false: false,
  False: false,
  f: false,
};
/** Nesting limit for messages, as protobuf's own parsers have (keeps the stack bounded). */
const MAX_DEPTH = 100;
const fieldIndex = new WeakMap<protobuf.Type, Map<string, protobuf.Field>>();

/**
 * Parses protobuf text format (as in Caffe2's `predict_net.pbtxt`) into a message of `type`: a
 * generated class such as `caffe2.NetDef` (the result is an instance of it, ready to `encode`),
 * a reflection type, or a type name. Field names are the .proto ones (`external_input`); the
 * camelCase spelling is accepted too. Throws a TextFormatError naming line and column.
 *
 * @example
 *   const net = parseTextFormat(caffe2.NetDef, text, { filename: 'predict_net.pbtxt' });
 *   net.op[0].type; // 'Conv'
 */
export function parseTextFormat<T extends object>(
  type: StaticMessageClass<T>,
  text: string,
  options?: ParseTextOptions,
): T;
export function parseTextFormat(
  type: protobuf.Type | string,
  text: string,
  options?: ParseTextOptions,
): Message;
export function parseTextFormat(
  type: MessageTypeRef,
  text: string,
  options: ParseTextOptions = {},
): object {
  const reflected = lookupType(type);
  const parser = new Parser(new Lexer(String(text), options.filename ?? '<text>'));
  return parser.parseMessage(reflected, undefined);
}

function newMessage(type: protobuf.Type): Message {
  const cls = staticClassOf(type) as (new () => Message) | undefined;
  return cls ? new cls() : (type.create() as unknown as Message);
}

function findField(type: protobuf.Type, name: string): protobuf.Field | undefined {
  let index = fieldIndex.get(type);
  if (!index) {
    index = new Map();
    for (const field of type.fieldsArray) {
      index.set(field.name, field);
      index.set(protoFieldName(field), field);
    }
    fieldIndex.set(type, index);
  }
  return index.get(name);
}

function where(token: Token): string {
  return `${token.line}:${token.column}`;
}

class Parser {
  private depth = 0;

  constructor(private readonly lexer: Lexer) {}

  /** Fields up to `close` ('}' or '>'), or to the end of input when `close` is undefined. */
  parseMessage(type: protobuf.Type, close: string | undefined, open?: Token): Message {
    if (open && ++this.depth > MAX_DEPTH) {
      throw this.lexer.error(open, `messages nested deeper than ${MAX_DEPTH} levels`);
    }
    const message = newMessage(type);
    const seen = new Map<string, { name: string; token: Token }>();
    const typeName = fullName(type);
    for (;;) {
      const token = this.lexer.peek();
      if (close === undefined ? token.kind === 'eof' : this.isPunct(token, close)) {
        this.lexer.next();
        if (open) this.depth--;
        return message;
      }
      if (token.kind === 'eof' || this.isPunct(token, '}') || this.isPunct(token, '>')) {
        const expected =
          close === undefined
            ? `a field name of ${typeName}`
            : `'${close}' to close ${typeName} (opened at ${where(open!)})`;
        throw this.lexer.error(token, `expected ${expected}, found ${describeToken(token)}`);
      }
      if (this.isPunct(token, '[')) {
        throw this.lexer.error(token, 'extension and Any fields ([...]) are not supported');
      }
      if (token.kind !== 'ident') {
        throw this.lexer.error(
          token,
          `expected a field name of ${typeName}, found ${describeToken(token)}`,
        );
      }
      this.lexer.next();
      const field = findField(type, token.text);
      if (!field) throw this.lexer.error(token, `unknown field '${token.text}' in ${typeName}`);
      this.checkOnce(type, field, token, seen);
      this.parseField(field, message, token);
      const separator = this.lexer.peek();
      if (this.isPunct(separator, ',') || this.isPunct(separator, ';')) this.lexer.next();
    }
  }

  // A singular field may appear once, and only one member of a oneof may appear.
  private checkOnce(
    type: protobuf.Type,
    field: protobuf.Field,
    token: Token,
    seen: Map<string, { name: string; token: Token }>,
  ): void {
    if (field.repeated || field.map) return;
    const key = field.partOf ? `oneof ${field.partOf.name}` : field.name;
    const previous = seen.get(key);
    if (previous && previous.name === field.name) {
      throw this.lexer.error(
        token,
        `field '${token.text}' of ${fullName(type)} is not repeated ` +
          `and was already set at ${where(previous.token)}`,
      );
    }
    if (previous) {
      throw this.lexer.error(
        token,
        `field '${token.text}' of ${fullName(type)} is in the same ` +
          `oneof as '${previous.token.text}', set at ${where(previous.token)}`,
      );
    }
    seen.set(key, { name: field.name, token });
  }

  private parseField(field: protobuf.FieldBase, message: Message, name: Token): void {
    const isMessage = field.resolvedType instanceof protobuf.Type || field.map;
    const colon = this.lexer.peek();
    if (this.isPunct(colon, ':')) {
      this.lexer.next();
    } else if (!isMessage) {
      throw this.lexer.error(
        colon,
        `expected ':' after field '${name.text}', found ${describeToken(colon)}`,
      );
    }
    if (this.isPunct(this.lexer.peek(), '[')) {
      const open = this.lexer.next();
      if (!field.repeated && !field.map) {
        throw this.lexer.error(open, `field '${name.text}' is not repeated; a list is not allowed`);
      }
      if (this.isPunct(this.lexer.peek(), ']')) {
        this.lexer.next();
        this.store(field, message, undefined);
        return;
      }
      for (;;) {
        this.store(field, message, this.parseValue(field));
        const token = this.lexer.next();
        if (this.isPunct(token, ']')) return;
        if (!this.isPunct(token, ',')) {
          throw this.lexer.error(
            token,
            `expected ',' or ']' in the list for '${name.text}' ` +
              `(opened at ${where(open)}), found ${describeToken(token)}`,
          );
        }
      }
    }
    this.store(field, message, this.parseValue(field));
  }

  private store(field: protobuf.FieldBase, message: Message, value: unknown): void {
    const key = field.name;
    if (field.map) {
      const map = Object.hasOwn(message, key) ? (message[key] as Message) : (message[key] = {});
      if (value !== undefined) {
        const [k, v] = value as [unknown, unknown];
        map[String(k)] = v;
      }
    } else if (field.repeated) {
      const list =
        Object.hasOwn(message, key) && Array.isArray(message[key])
          ? (message[key] as unknown[])
          : ((message[key] = []) as unknown[]);
      if (value !== undefined) list.push(value);
    } else {
      message[key] = value;
    }
  }

  private parseValue(field: protobuf.FieldBase): unknown {
    if (field.map) return this.parseMapEntry(field as unknown as protobuf.MapField);
    const type = field.resolvedType;
    if (type instanceof protobuf.Type) {
      const open = this.lexer.next();
      if (!this.isPunct(open, '{') && !this.isPunct(open, '<')) {
        throw this.lexer.error(
          open,
          `expected '{' or '<' to start ${fullName(type)} ` +
            `for field '${protoFieldName(field)}', found ${describeToken(open)}`,
        );
      }
      return this.parseMessage(type, open.text === '{' ? '}' : '>', open);
    }
    return this.parseScalar(field, field.type, type instanceof protobuf.Enum ? type : undefined);
  }

  // A map entry is written as a message with `key` and `value` fields.
  private parseMapEntry(field: protobuf.MapField): [unknown, unknown] {
    const open = this.lexer.next();
    if (!this.isPunct(open, '{') && !this.isPunct(open, '<')) {
      throw this.lexer.error(
        open,
        `expected '{' or '<' to start a map entry of ` +
          `'${protoFieldName(field)}', found ${describeToken(open)}`,
      );
    }
    const close = open.text === '{' ? '}' : '>';
    let key: unknown;
    let value: unknown;
    for (let token = this.lexer.next(); !this.isPunct(token, close); token = this.lexer.next()) {
      if (token.kind !== 'ident' || (token.text !== 'key' && token.text !== 'value')) {
        throw this.lexer.error(
          token,
          `expected 'key', 'value' or '${close}' in a map entry of ` +
            `'${protoFieldName(field)}', found ${describeToken(token)}`,
        );
      }
      if (token.text === 'key') {
        this.expectPunct(':');
        key = this.parseScalar(field, field.keyType, undefined);
      } else {
        value = this.parseValue(Object.assign(Object.create(field), { map: false }));
      }
      if (this.isPunct(this.lexer.peek(), ',') || this.isPunct(this.lexer.peek(), ';')) {
        this.lexer.next();
      }
    }
    return [key, value];
  }

  private parseScalar(field: protobuf.FieldBase, kind: string, enumType?: protobuf.Enum): unknown {
    const what = `${fullName(field.parent!)}.${protoFieldName(field)}`;
    if (kind === 'string' || kind === 'bytes') {
      const first = this.lexer.next();
      if (first.kind !== 'string') {
        throw this.lexer.error(
          first,
          `expected a string for ${what} (${kind}), ` + `found ${describeToken(first)}`,
        );
      }
      const parts = [first.bytes!];
      while (this.lexer.peek().kind === 'string') parts.push(this.lexer.next().bytes!);
      const bytes = parts.length === 1 ? parts[0] : concat(parts);
      return kind === 'bytes' ? bytes : new TextDecoder().decode(bytes);
    }
    let token = this.lexer.next();
    const negative = this.isPunct(token, '-');
    if (negative) token = this.lexer.next();
    if (enumType) return this.enumValue(token, negative, enumType, what);
    if (kind === 'bool') {
      if (!negative && token.kind === 'ident' && token.text in BOOLS) return BOOLS[token.text];
      if (!negative && token.kind === 'int' && (token.text === '0' || token.text === '1')) {
        return token.text === '1';
      }
      throw this.lexer.error(
        token,
        `expected true or false for ${what}, found ` + `${negative ? "'-'" : describeToken(token)}`,
      );
    }
    if (kind === 'float' || kind === 'double') {
      const value = floatValue(token);
      if (value === undefined) {
        throw this.lexer.error(
          token,
          `expected a number for ${what} (${kind}), ` + `found ${describeToken(token)}`,
        );
      }
      const signed = negative ? -value : value;
      return kind === 'float' ? Math.fround(signed) : signed;
    }
    const range = INT_RANGES[kind];
    if (!range) throw this.lexer.error(token, `unsupported field type '${kind}' for ${what}`);
    if (token.kind !== 'int') {
      throw this.lexer.error(
        token,
        `expected an integer for ${what} (${kind}), ` + `found ${describeToken(token)}`,
      );
    }
    const big = negative ? -integerValue(token.text) : integerValue(token.text);
    if (big < range[0] || big > range[1]) {
      throw this.lexer.error(token, `${big} is out of range for ${what} (${kind})`);
    }
    if (kind.endsWith('64')) return toLong(big, kind === 'uint64' || kind === 'fixed64');
    return Number(big);
  }

  private enumValue(
    token: Token,
    negative: boolean,
    enumType: protobuf.Enum,
    what: string,
  ): number {
    if (token.kind === 'int') {
      const value = Number(integerValue(token.text)) * (negative ? -1 : 1);
      if (value >= -(2 ** 31) && value < 2 ** 31) return value;
    } else if (token.kind === 'ident' && !negative && Object.hasOwn(enumType.values, token.text)) {
      return enumType.values[token.text];
    }
    const names = Object.keys(enumType.values);
    const list = names.length > 12 ? `${names.slice(0, 12).join(', ')}, ...` : names.join(', ');
    throw this.lexer.error(
      token,
      `expected a value of enum ${fullName(enumType)} for ${what} ` +
        `(${list}), found ${negative ? "'-'" : describeToken(token)}`,
    );
  }

  private expectPunct(text: string): Token {
    const token = this.lexer.next();
    if (!this.isPunct(token, text)) {
      throw this.lexer.error(token, `expected '${text}', found ${describeToken(token)}`);
    }
    return token;
  }

  private isPunct(token: Token, text: string): boolean {
    return token.kind === 'punct' && token.text === text;
  }
}

function integerValue(text: string): bigint {
  if (/^0[0-7]+$/.test(text)) return BigInt(`0o${text.slice(1)}`);
  return BigInt(text);
}

function floatValue(token: Token): number | undefined {
  if (token.kind === 'int') return Number(integerValue(token.text));
  if (token.kind === 'float') return Number(token.text.replace(/[fF]$/, ''));
  if (token.kind === 'ident') {
    const word = token.text.toLowerCase();
    if (word === 'inf' || word === 'infinity') return Infinity;
    if (word === 'nan') return NaN;
  }
  return undefined;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
