// Reading and writing NetDefs: binary `.pb` and protobuf text `.pbtxt`, from paths or bytes.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import {
  MalformedModelError,
  ResourceLimitError,
  UnsupportedOperatorError,
  getLimits,
} from '@tandem/core';
import { caffe2, decodeMessage, parseTextFormat, toTextFormat } from '@tandem/proto';
import { opLabel } from './errors.js';

export type NetFormat = 'pb' | 'pbtxt';

export interface ReadNetOptions {
  /** 'pb' (binary) or 'pbtxt' (text). Default: from the file extension, else sniffed from the bytes. */
  format?: NetFormat;
  /** A name for messages when reading bytes (default 'NetDef'). */
  filename?: string;
}

// Device types that run on the CPU: PROTO_CPU, PROTO_MKLDNN and PROTO_IDEEP (Intel CPU engines).
const CPU_DEVICE_TYPES = new Set([0, 2, 5]);
const DEVICE_NAMES: Record<number, string> = {
  1: 'CUDA',
  3: 'OPENGL',
  4: 'OPENCL',
  6: 'HIP',
  7: 'FPGA',
  8: 'MSNPU',
  9: 'XLA',
  10: 'MPS',
};

function checkDevice(d: caffe2.IDeviceOption | null | undefined, where: string): void {
  const t = d?.deviceType ?? 0;
  if (!CPU_DEVICE_TYPES.has(t)) {
    const name = DEVICE_NAMES[t] ?? `device type ${t}`;
    throw new UnsupportedOperatorError(
      `${where} asks for a ${name} device (device_option.device_type = ${t}); Tandem runs Caffe2 nets on the ` +
        'CPU only: remove the device_option or set device_type to 0 (CPU)',
    );
  }
}

/** Throws a clear "CPU only" error if the net or any operator asks for a non-CPU device. */
export function checkCpuOnly(net: caffe2.INetDef): void {
  const name = net.name || 'net';
  checkDevice(net.deviceOption, `net '${name}'`);
  (net.op ?? []).forEach((o, i) =>
    checkDevice(o.deviceOption, `net '${name}' ${opLabel(i, o.type ?? '')}`),
  );
}

function looksLikeText(bytes: Uint8Array): boolean {
  // A binary NetDef starts with a field tag (name = 0x0a, op = 0x12, ...); text starts with a
  // letter, '#' or whitespace. Sniff the first non-space byte.
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x23 || b === 0x5f;
  }
  return bytes.length === 0;
}

function readSource(
  source: string | Uint8Array,
  opts: ReadNetOptions,
): { bytes: Uint8Array; label: string; format?: NetFormat } {
  if (typeof source !== 'string')
    return { bytes: source, label: opts.filename ?? 'NetDef', format: opts.format };
  const size = statSync(source).size;
  const limit = getLimits().maxModelBytes;
  if (size > limit) {
    throw new ResourceLimitError(
      `${source}: ${size} bytes is over the model size limit of ${limit} (setLimits({ maxModelBytes }))`,
    );
  }
  const ext = /\.(pbtxt|prototxt|txt)$/i.test(source)
    ? 'pbtxt'
    : /\.pb$/i.test(source)
      ? 'pb'
      : undefined;
  return { bytes: readFileSync(source), label: source, format: opts.format ?? ext };
}

/**
 * Reads a NetDef from a `.pb` / `.pbtxt` path or from bytes (text via `parseNetDefText`). Malformed input
 * throws MalformedModelError (with line:column for text); non-CPU device options throw
 * UnsupportedOperatorError.
 *
 * @example
 * const predict = readNetDef('predict_net.pbtxt');
 * const init = readNetDef(fs.readFileSync('init_net.pb'));
 */
export function readNetDef(source: string | Uint8Array, opts: ReadNetOptions = {}): caffe2.NetDef {
  const { bytes, label, format } = readSource(source, opts);
  const decodeBinary = () => {
    try {
      return decodeMessage(caffe2.NetDef, bytes, label) as caffe2.NetDef;
    } catch (e) {
      throw new MalformedModelError((e as Error).message);
    }
  };
  let net: caffe2.NetDef;
  if (format === 'pb') net = decodeBinary();
  else if (format === 'pbtxt') net = parseText(new TextDecoder().decode(bytes), label);
  else if (!looksLikeText(bytes)) net = decodeBinary();
  else {
    // Sniffed as text; a binary net that starts like text (0x0a = name tag, then a short printable
    // name) parses as binary instead, else the text error (with line:column) is the one to show.
    try {
      net = parseText(new TextDecoder().decode(bytes), label);
    } catch (textError) {
      try {
        net = decodeBinary();
      } catch {
        throw textError;
      }
    }
  }
  checkCpuOnly(net);
  return net;
}

/** Parses protobuf text format into a NetDef; errors carry file:line:column. */
export function parseNetDefText(text: string, filename = 'NetDef'): caffe2.NetDef {
  const net = parseText(text, filename);
  checkCpuOnly(net);
  return net;
}

function parseText(text: string, filename: string): caffe2.NetDef {
  try {
    return parseTextFormat(caffe2.NetDef, text, { filename }) as caffe2.NetDef;
  } catch (e) {
    const err = new MalformedModelError((e as Error).message);
    (err as Error & { cause?: unknown }).cause = e;
    for (const k of ['line', 'column'] as const) {
      const v = (e as Record<string, unknown>)[k];
      if (v !== undefined) (err as unknown as Record<string, unknown>)[k] = v;
    }
    throw err;
  }
}

/** Binary wire bytes of a NetDef (a `predict_net.pb`). */
export function netDefToBytes(net: caffe2.INetDef): Uint8Array {
  return caffe2.NetDef.encode(net as caffe2.NetDef).finish();
}

/** Protobuf text format of a NetDef, as Python's text_format prints it. */
export function netDefToText(net: caffe2.INetDef): string {
  return toTextFormat(caffe2.NetDef, net as caffe2.NetDef);
}

/**
 * Writes a NetDef to `path`: text when the path ends in `.pbtxt` (or format 'pbtxt'), binary otherwise.
 *
 * @example
 * writeNetDef(net.proto(), 'predict_net.pbtxt');
 */
export function writeNetDef(net: caffe2.INetDef, path: string, format?: NetFormat): void {
  const fmt = format ?? (/\.(pbtxt|prototxt|txt)$/i.test(path) ? 'pbtxt' : 'pb');
  writeFileSync(path, fmt === 'pbtxt' ? netDefToText(net) : netDefToBytes(net));
}
