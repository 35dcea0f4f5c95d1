// A restricted pickle reader for PyTorch state dicts: data only, never code (Note [Safe unpickling]).
import { MalformedModelError } from '@tandem/core';

/**
 * Note [Safe unpickling]: a pickle is a program for a stack machine whose GLOBAL + REDUCE opcodes
 * call arbitrary Python callables. We implement only the data opcodes (protocols 0–5's literals,
 * containers, memo, MARK) and resolve GLOBAL against a fixed allow-list: the tensor-rebuild
 * functions, `collections.OrderedDict` and the `torch.*Storage` types. Anything else — another
 * global (`posix.system`, `builtins.eval`), INST/OBJ/NEWOBJ, REDUCE of a non-callable, BUILD on
 * anything but an OrderedDict, EXT* — is refused with an error naming it. Nothing from the file
 * is ever executed; "calling" an allowed global runs our own TypeScript for it.
 */
export class UnsafePickleError extends MalformedModelError {}

/** A global the file referenced: one of the allow-list, resolved to our own handler. */
export class PickleGlobal {
  constructor(
    readonly module: string,
    readonly name: string,
  ) {}

  get qualified(): string {
    return `${this.module}.${this.name}`;
  }
}

/** The Python dict/OrderedDict: insertion-ordered, keys may be strings or numbers. */
export class PickleDict extends Map<unknown, unknown> {
  /** State set by BUILD (PyTorch's `_metadata` on state dicts). */
  state: unknown = undefined;
}

/** A Python tuple (kept apart from lists only for error messages). */
export class PickleTuple extends Array<unknown> {}

export interface UnpicklerHooks {
  /** Resolves BINPERSID / PERSID ids (PyTorch's storages). */
  persistentLoad(pid: unknown): unknown;
  /** Runs an allowed callable global on its arguments (REDUCE). */
  call(fn: PickleGlobal, args: unknown[]): unknown;
  /** Whether `module.name` is allowed. */
  isAllowed(module: string, name: string): boolean;
}

const MARK = Symbol('mark');
const MAX_DEPTH = 100_000;

const OPNAMES: Record<number, string> = {
  0x69: 'INST',
  0x6f: 'OBJ',
  0x81: 'NEWOBJ',
  0x92: 'NEWOBJ_EX',
  0x82: 'EXT1',
  0x83: 'EXT2',
  0x84: 'EXT4',
  0x50: 'PERSID',
  0x46: 'FLOAT',
  0x4c: 'LONG',
  0x49: 'INT',
  0x53: 'STRING',
  0x56: 'UNICODE',
  0x8f: 'EMPTY_SET',
  0x90: 'ADDITEMS',
  0x91: 'FROZENSET',
  0x96: 'BYTEARRAY8',
  0x97: 'NEXT_BUFFER',
  0x98: 'READONLY_BUFFER',
};

/** Reads one pickle from `data`; `what` names the source in errors. */
export function unpickle(data: Uint8Array, hooks: UnpicklerHooks, what = 'pickle'): unknown {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const dec = new TextDecoder('utf-8', { fatal: true });
  const latin1 = new TextDecoder('latin1');
  let pos = 0;
  let stack: unknown[] = [];
  const metastack: unknown[][] = [];
  const memo = new Map<number, unknown>();
  const fail = (msg: string): never => {
    throw new MalformedModelError(`${what}: ${msg} (at byte ${pos})`);
  };
  const need = (n: number) => {
    if (n < 0 || pos + n > data.length)
      fail(`truncated: needs ${n} more bytes, ${data.length - pos} left`);
  };
  const u8 = () => (need(1), data[pos++]);
  const u16 = () => (need(2), (pos += 2), view.getUint16(pos - 2, true));
  const u32 = () => (need(4), (pos += 4), view.getUint32(pos - 4, true));
  const i32 = () => (need(4), (pos += 4), view.getInt32(pos - 4, true));
  const u64 = () => {
    need(8);
    const v = view.getBigUint64(pos, true);
    pos += 8;
    if (v > BigInt(data.length)) fail(`length ${v} exceeds the pickle's size`);
    return Number(v);
  };
  const bytes = (n: number) => (need(n), (pos += n), data.subarray(pos - n, pos));
  const line = () => {
    const end = data.indexOf(0x0a, pos);
    if (end < 0) fail('unterminated text line');
    const s = latin1.decode(data.subarray(pos, end));
    pos = end + 1;
    return s;
  };
  const pop = () => (stack.length === 0 ? fail('stack underflow') : stack.pop());
  const top = () => (stack.length === 0 ? fail('stack underflow') : stack[stack.length - 1]);
  const popMark = (): unknown[] => {
    if (metastack.length === 0) fail('MARK expected');
    const items = stack;
    stack = metastack.pop()!;
    return items;
  };
  const push = (v: unknown) => {
    if (stack.length > MAX_DEPTH) fail('stack too deep');
    stack.push(v);
  };
  const utf8 = (b: Uint8Array) => {
    try {
      return dec.decode(b);
    } catch {
      return fail('invalid UTF-8 in a string');
    }
  };
  const long = (b: Uint8Array): number | bigint => {
    if (b.length === 0) return 0;
    let v = 0n;
    for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
    if (b[b.length - 1] & 0x80) v -= 1n << BigInt(8 * b.length);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(v)
      : v;
  };
  const global = (module: string, name: string): PickleGlobal => {
    if (!hooks.isAllowed(module, name)) {
      throw new UnsafePickleError(
        `${what}: refusing global '${module}.${name}': only tensor-rebuild globals are allowed ` +
          '(torch._utils._rebuild_tensor_v2, torch._utils._rebuild_parameter, collections.OrderedDict, ' +
          'torch.*Storage); the file may try to run code',
      );
    }
    return new PickleGlobal(module, name);
  };
  const setItems = (d: unknown, kv: unknown[]) => {
    if (!(d instanceof PickleDict)) fail('SETITEM(S) on a non-dict');
    if (kv.length % 2) fail('SETITEMS with an odd number of items');
    for (let i = 0; i < kv.length; i += 2) (d as PickleDict).set(kv[i], kv[i + 1]);
  };
  const appendItems = (l: unknown, items: unknown[]) => {
    if (!Array.isArray(l) || l instanceof PickleTuple) fail('APPEND(S) on a non-list');
    for (const x of items) (l as unknown[]).push(x);
  };

  for (;;) {
    const at = pos;
    const op = u8();
    switch (op) {
      case 0x80: // PROTO
        if (u8() > 5) fail('unsupported pickle protocol');
        break;
      case 0x95: // FRAME
        u64();
        break;
      case 0x2e: // STOP
        if (stack.length !== 1) fail(`STOP with ${stack.length} values on the stack`);
        return stack[0];
      case 0x28: // MARK
        metastack.push(stack);
        stack = [];
        if (metastack.length > MAX_DEPTH) fail('too many nested MARKs');
        break;
      case 0x4e: // NONE
        push(null);
        break;
      case 0x88: // NEWTRUE
        push(true);
        break;
      case 0x89: // NEWFALSE
        push(false);
        break;
      case 0x4a: // BININT
        push(i32());
        break;
      case 0x4b: // BININT1
        push(u8());
        break;
      case 0x4d: // BININT2
        push(u16());
        break;
      case 0x8a: // LONG1
        push(long(bytes(u8())));
        break;
      case 0x8b: {
        // LONG4
        const n = i32();
        if (n < 0 || n > 64) fail(`LONG4 of ${n} bytes`);
        push(long(bytes(n)));
        break;
      }
      case 0x47: // BINFLOAT (big-endian double)
        need(8);
        push(view.getFloat64(pos, false));
        pos += 8;
        break;
      case 0x58: // BINUNICODE
        push(utf8(bytes(u32())));
        break;
      case 0x8c: // SHORT_BINUNICODE
        push(utf8(bytes(u8())));
        break;
      case 0x8d: // BINUNICODE8
        push(utf8(bytes(u64())));
        break;
      case 0x54: // BINSTRING
        push(latin1.decode(bytes(i32())));
        break;
      case 0x55: // SHORT_BINSTRING
        push(latin1.decode(bytes(u8())));
        break;
      case 0x42: // BINBYTES
        push(bytes(u32()).slice());
        break;
      case 0x43: // SHORT_BINBYTES
        push(bytes(u8()).slice());
        break;
      case 0x8e: // BINBYTES8
        push(bytes(u64()).slice());
        break;
      case 0x7d: // EMPTY_DICT
        push(new PickleDict());
        break;
      case 0x5d: // EMPTY_LIST
        push([]);
        break;
      case 0x29: // EMPTY_TUPLE
        push(new PickleTuple());
        break;
      case 0x74: // TUPLE
        push(PickleTuple.from(popMark()));
        break;
      case 0x85: // TUPLE1
        push(PickleTuple.of(pop()));
        break;
      case 0x86: {
        // TUPLE2
        const b = pop();
        push(PickleTuple.of(pop(), b));
        break;
      }
      case 0x87: {
        // TUPLE3
        const c = pop();
        const b = pop();
        push(PickleTuple.of(pop(), b, c));
        break;
      }
      case 0x6c: // LIST
        push([...popMark()]);
        break;
      case 0x64: {
        // DICT
        const d = new PickleDict();
        setItems(d, popMark());
        push(d);
        break;
      }
      case 0x61: {
        // APPEND
        const v = pop();
        appendItems(top(), [v]);
        break;
      }
      case 0x65: {
        // APPENDS
        const items = popMark();
        appendItems(top(), items);
        break;
      }
      case 0x73: {
        // SETITEM
        const v = pop();
        const k = pop();
        setItems(top(), [k, v]);
        break;
      }
      case 0x75: {
        // SETITEMS
        const items = popMark();
        setItems(top(), items);
        break;
      }
      case 0x30: // POP
        pop();
        break;
      case 0x31: // POP_MARK
        popMark();
        break;
      case 0x32: // DUP
        push(top());
        break;
      case 0x71: // BINPUT
        memo.set(u8(), top());
        break;
      case 0x72: // LONG_BINPUT
        memo.set(u32(), top());
        break;
      case 0x94: // MEMOIZE
        memo.set(memo.size, top());
        break;
      case 0x68: // BINGET
      case 0x6a: {
        // LONG_BINGET
        const k = op === 0x68 ? u8() : u32();
        if (!memo.has(k)) fail(`memo key ${k} is not defined`);
        push(memo.get(k));
        break;
      }
      case 0x63: {
        // GLOBAL
        const module = line();
        push(global(module, line()));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string')
          fail('STACK_GLOBAL needs two strings');
        push(global(module as string, name as string));
        break;
      }
      case 0x51: // BINPERSID
        push(hooks.persistentLoad(pop()));
        break;
      case 0x52: {
        // REDUCE
        const args = pop();
        const fn = pop();
        if (!(fn instanceof PickleGlobal)) {
          throw new UnsafePickleError(
            `${what}: refusing REDUCE of a non-global value (at byte ${at})`,
          );
        }
        if (!(args instanceof PickleTuple))
          fail(`REDUCE of ${fn.qualified} without an argument tuple`);
        push(hooks.call(fn, args as unknown[]));
        break;
      }
      case 0x62: {
        // BUILD: only an OrderedDict's attribute dict (PyTorch's state_dict._metadata).
        const state = pop();
        const obj = top();
        if (!(obj instanceof PickleDict)) {
          const kind = obj instanceof PickleGlobal ? obj.qualified : typeof obj;
          throw new UnsafePickleError(
            `${what}: refusing BUILD on ${kind} (only OrderedDict state is accepted, at byte ${at})`,
          );
        }
        obj.state = state;
        break;
      }
      default: {
        const name = OPNAMES[op];
        const shown = `0x${op.toString(16).padStart(2, '0')}`;
        throw new UnsafePickleError(
          `${what}: refusing pickle opcode ${name ? `${name} (${shown})` : shown} at byte ${at}: ` +
            'not part of a tensor state dict',
        );
      }
    }
  }
}
