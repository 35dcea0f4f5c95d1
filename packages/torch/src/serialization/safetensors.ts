// The safetensors format: 8-byte little-endian header length, a JSON header, packed tensor bytes.
import {
  type DType,
  MalformedModelError,
  Tensor as CoreTensor,
  checkTensorBytes,
  dtypeInfo,
} from '@tandem/core';

/** safetensors dtype names ↔ Tandem dtypes. */
const TO_ST: Partial<Record<DType, string>> = {
  float64: 'F64',
  float32: 'F32',
  float16: 'F16',
  bfloat16: 'BF16',
  int64: 'I64',
  int32: 'I32',
  int16: 'I16',
  int8: 'I8',
  uint64: 'U64',
  uint32: 'U32',
  uint16: 'U16',
  uint8: 'U8',
  bool: 'BOOL',
};
const FROM_ST: Record<string, DType> = Object.fromEntries(
  Object.entries(TO_ST).map(([d, s]) => [s, d as DType]),
);

/** Headers over this size are refused (safetensors' own limit). */
export const MAX_HEADER_BYTES = 100_000_000;

export interface SafetensorsContents {
  tensors: Map<string, CoreTensor>;
  metadata: Record<string, string>;
}

/**
 * Encodes named tensors as one safetensors buffer (tensors in the given order; header padded
 * with spaces to an 8-byte boundary so every tensor's data is aligned).
 *
 * @example
 * const bytes = encodeSafetensors(new Map([['w', w]]), { format: 'pt' });
 */
export function encodeSafetensors(
  tensors: Map<string, CoreTensor>,
  metadata: Record<string, string> = {},
): Uint8Array {
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length) header.__metadata__ = metadata;
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const [name, t] of tensors) {
    if (name === '__metadata__')
      throw new MalformedModelError(`safetensors: '__metadata__' is reserved as a tensor name`);
    const st = TO_ST[t.dtype];
    if (!st)
      throw new MalformedModelError(
        `safetensors: cannot store dtype ${t.dtype} (tensor '${name}')`,
      );
    const c = t.contiguous();
    const bytes = new Uint8Array(c.buffer, c.offset * c.itemSize, c.size * c.itemSize);
    header[name] = {
      dtype: st,
      shape: [...t.shape],
      data_offsets: [offset, offset + bytes.length],
    };
    parts.push(bytes);
    offset += bytes.length;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - ((Buffer.byteLength(json) + 8) % 8)) % 8);
  const head = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + head.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  let p = 8 + head.length;
  for (const b of parts) {
    out.set(b, p);
    p += b.length;
  }
  return out;
}

/**
 * Decodes a safetensors buffer, validating it strictly: header size, JSON shape, known dtypes,
 * shapes, and data offsets that tile the data section exactly (no gaps, overlaps or overruns).
 * Each tensor gets its own copy of its bytes.
 *
 * @example
 * const { tensors, metadata } = decodeSafetensors(readFileSync('model.safetensors'));
 */
export function decodeSafetensors(
  bytes: Uint8Array,
  what = 'safetensors file',
): SafetensorsContents {
  const fail = (msg: string): never => {
    throw new MalformedModelError(`${what}: ${msg}`);
  };
  if (bytes.length < 8) fail(`truncated: ${bytes.length} bytes, no header length`);
  const n = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_HEADER_BYTES))
    fail(`header of ${n} bytes is larger than the limit of ${MAX_HEADER_BYTES}`);
  const headerLen = Number(n);
  if (8 + headerLen > bytes.length)
    fail(`truncated: header needs ${headerLen} bytes, the file has ${bytes.length - 8}`);
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLen)),
    );
  } catch (e) {
    fail(`header is not valid JSON (${(e as Error).message})`);
  }
  if (!header || typeof header !== 'object' || Array.isArray(header))
    fail('header is not a JSON object');
  const dataStart = 8 + headerLen;
  const dataLen = bytes.length - dataStart;
  const metadata: Record<string, string> = {};
  const entries: Array<{
    name: string;
    dtype: DType;
    shape: number[];
    begin: number;
    end: number;
  }> = [];
  for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        fail('__metadata__ must be an object of strings');
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
        if (typeof v !== 'string') fail(`__metadata__['${k}'] is not a string`);
        metadata[k] = v as string;
      }
      continue;
    }
    const info = raw as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    if (!info || typeof info !== 'object') fail(`tensor '${name}': header entry is not an object`);
    const dtype = FROM_ST[info.dtype as string];
    if (typeof info.dtype !== 'string' || !dtype) {
      fail(
        `tensor '${name}': unsupported dtype ${JSON.stringify(info.dtype)} (supported: ${Object.keys(
          FROM_ST,
        ).join(', ')})`,
      );
    }
    const shape = info.shape;
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      fail(`tensor '${name}': shape must be an array of non-negative integers`);
    }
    const offs = info.data_offsets;
    if (
      !Array.isArray(offs) ||
      offs.length !== 2 ||
      !offs.every((o) => Number.isSafeInteger(o) && o >= 0)
    ) {
      fail(`tensor '${name}': data_offsets must be [begin, end] non-negative integers`);
    }
    const [begin, end] = offs as number[];
    const want = (shape as number[]).reduce((a, b) => a * b, 1) * dtypeInfo(dtype).itemSize;
    if (end < begin) fail(`tensor '${name}': data_offsets [${begin}, ${end}] are reversed`);
    if (end > dataLen)
      fail(
        `tensor '${name}': data_offsets [${begin}, ${end}] run past the data (${dataLen} bytes; truncated?)`,
      );
    if (end - begin !== want) {
      fail(
        `tensor '${name}': ${end - begin} bytes for a ${dtype} tensor of shape [${(
          shape as number[]
        ).join(', ')}] (needs ${want})`,
      );
    }
    checkTensorBytes(want, `tensor '${name}'`);
    entries.push({ name, dtype, shape: shape as number[], begin, end });
  }
  // The tensors must tile the data section exactly, as the safetensors spec requires.
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let expect = 0;
  for (const e of sorted) {
    if (e.begin < expect)
      fail(`tensor '${e.name}': data_offsets [${e.begin}, ${e.end}] overlap another tensor`);
    if (e.begin > expect) fail(`tensor '${e.name}': gap in the data before offset ${e.begin}`);
    expect = e.end;
  }
  if (expect !== dataLen) fail(`${dataLen - expect} trailing bytes after the last tensor`);
  const tensors = new Map<string, CoreTensor>();
  for (const e of entries) {
    const buf = bytes.slice(dataStart + e.begin, dataStart + e.end).buffer;
    tensors.set(e.name, new CoreTensor(e.dtype, e.shape, buf));
  }
  return { tensors, metadata };
}
