// Tokenizer for protobuf text format: identifiers, numbers, quoted strings (C escapes, adjacent
// strings concatenated by the parser), punctuation, and `#` comments, with line/column positions.

/** A parse failure, located in the input: `file:line:column: message`. */
export class TextFormatError extends Error {
  override name = 'TextFormatError';

  constructor(
    readonly filename: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${filename}:${line}:${column}: ${reason}`);
  }
}

export type TokenKind = 'ident' | 'int' | 'float' | 'string' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The token's source text (for strings, including the quotes). */
  text: string;
  /** A string token's decoded bytes. */
  bytes?: Uint8Array;
  line: number;
  column: number;
}

const PUNCTUATION = new Set(['{', '}', '<', '>', '[', ']', ':', ',', ';', '-']);
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
// Hex integer | decimal with a point | decimal with an exponent | decimal integer; an 'f' suffix
// marks a float.
const NUMBER = new RegExp(
  '^(?:0[xX][0-9A-Fa-f]+|(?:\\d+\\.\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?[fF]?' +
    '|\\d+[eE][+-]?\\d+[fF]?|\\d+[fF]?)',
);
const utf8 = new TextEncoder();
const SIMPLE_ESCAPES: Record<string, number> = {
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  a: 0x07,
  b: 0x08,
  f: 0x0c,
  v: 0x0b,
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
  '?': 0x3f,
};

/** Describes a token for error messages: `'{'`, `identifier 'foo'`, `end of input`. */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'end of input';
    case 'punct':
      return `'${token.text}'`;
    case 'ident':
      return `identifier '${token.text}'`;
    case 'string':
      return `string ${truncate(token.text)}`;
    default:
      return `number ${token.text}`;
  }
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private peeked: Token | undefined;

  constructor(
    private readonly text: string,
    readonly filename: string,
  ) {}

  /** The next token, without consuming it. */
  peek(): Token {
    this.peeked ??= this.read();
    return this.peeked;
  }

  /** Consumes and returns the next token. */
  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  error(at: { line: number; column: number }, reason: string): TextFormatError {
    return new TextFormatError(this.filename, at.line, at.column, reason);
  }

  private read(): Token {
    this.skipSpaceAndComments();
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    const at = { line, column };
    if (this.pos >= this.text.length) return { kind: 'eof', text: '', line, column };
    const c = this.text[this.pos];
    if (IDENT_START.test(c)) {
      const start = this.pos;
      while (this.pos < this.text.length && IDENT_PART.test(this.text[this.pos])) this.pos++;
      return { kind: 'ident', text: this.text.slice(start, this.pos), line, column };
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(this.text[this.pos + 1] ?? ''))) {
      return this.readNumber(at);
    }
    if (c === '"' || c === "'") return this.readString(at);
    if (PUNCTUATION.has(c)) {
      this.pos++;
      return { kind: 'punct', text: c, line, column };
    }
    throw this.error(at, `unexpected character ${JSON.stringify(c)}`);
  }

  private skipSpaceAndComments(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '\n') {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
        this.pos++;
      } else if (c === '#') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else {
        break;
      }
    }
  }

  private readNumber(at: { line: number; column: number }): Token {
    const match = NUMBER.exec(this.text.slice(this.pos, this.pos + 400));
    const text = match ? match[0] : '';
    const end = this.pos + text.length;
    if (!match || IDENT_PART.test(this.text[end] ?? '') || this.text[end] === '.') {
      let stop = this.pos;
      while (stop < this.text.length && /[A-Za-z0-9_.+-]/.test(this.text[stop])) stop++;
      throw this.error(at, `invalid number '${this.text.slice(this.pos, stop)}'`);
    }
    this.pos = end;
    const isInt = /^(?:0[xX][0-9A-Fa-f]+|\d+)$/.test(text);
    if (isInt && /^0[0-9]/.test(text) && !/^0[0-7]+$/.test(text)) {
      throw this.error(at, `invalid octal number '${text}'`);
    }
    return { kind: isInt ? 'int' : 'float', text, line: at.line, column: at.column };
  }

  private readString(at: { line: number; column: number }): Token {
    const quote = this.text[this.pos];
    const start = this.pos;
    const bytes: number[] = [];
    this.pos++;
    for (;;) {
      if (this.pos >= this.text.length || this.text[this.pos] === '\n') {
        throw this.error(at, `unterminated string (missing closing ${quote})`);
      }
      const c = this.text[this.pos];
      if (c === quote) {
        this.pos++;
        break;
      }
      if (c !== '\\') {
        // Copy a run of plain characters at once, as UTF-8.
        let end = this.pos;
        while (
          end < this.text.length &&
          !'\\\n'.includes(this.text[end]) &&
          this.text[end] !== quote
        )
          end++;
        for (const b of utf8.encode(this.text.slice(this.pos, end))) bytes.push(b);
        this.pos = end;
        continue;
      }
      this.readEscape(bytes);
    }
    return {
      kind: 'string',
      text: this.text.slice(start, this.pos),
      bytes: Uint8Array.from(bytes),
      line: at.line,
      column: at.column,
    };
  }

  private readEscape(bytes: number[]): void {
    const at = { line: this.line, column: this.pos - this.lineStart + 1 };
    const e = this.text[this.pos + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      bytes.push(simple);
      this.pos += 2;
    } else if (/[0-7]/.test(e)) {
      const digits = /^[0-7]{1,3}/.exec(this.text.slice(this.pos + 1, this.pos + 4))![0];
      const value = parseInt(digits, 8);
      if (value > 0xff) throw this.error(at, `octal escape '\\${digits}' is larger than a byte`);
      bytes.push(value);
      this.pos += 1 + digits.length;
    } else if (e === 'x' || e === 'X') {
      const digits = /^[0-9A-Fa-f]{1,2}/.exec(this.text.slice(this.pos + 2, this.pos + 4))?.[0];
      if (!digits) throw this.error(at, "expected hex digits after '\\x'");
      bytes.push(parseInt(digits, 16));
      this.pos += 2 + digits.length;
    } else if (e === 'u' || e === 'U') {
      const count = e === 'u' ? 4 : 8;
      const digits = this.text.slice(this.pos + 2, this.pos + 2 + count);
      const code =
        /^[0-9A-Fa-f]+$/.test(digits) && digits.length === count ? parseInt(digits, 16) : NaN;
      if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
        throw this.error(at, `invalid unicode escape '\\${e}${digits}'`);
      }
      for (const b of utf8.encode(String.fromCodePoint(code))) bytes.push(b);
      this.pos += 2 + count;
    } else {
      throw this.error(at, `unknown escape sequence '\\${e}'`);
    }
  }
}
