// Spatial geometry shared by Conv, ConvTranspose and the pools: auto_pad resolution, output
// sizes, ceil_mode. The native kernels only ever see explicit pads ([begins..., ends...]).
import { ArgumentError, ShapeError } from '../errors.js';
import { shapeStr } from '../shape.js';
import type { AttrReader } from './registry.js';
import type { Dim } from './types.js';

export interface Geometry {
  kernel: number[];
  strides: number[];
  dilations: number[];
  /** [begins..., ends...] */
  pads: number[];
}

function listAttr(
  attrs: AttrReader,
  name: string,
  n: number,
  def: number,
  op: string,
  min: number,
) {
  const v = attrs.has(name) ? attrs.ints(name) : new Array<number>(n).fill(def);
  if (v.length !== n) {
    throw new ArgumentError(`${op}: attribute ${name} [${v.join(', ')}] must have ${n} entries`);
  }
  if (v.some((x) => !Number.isInteger(x) || x < min)) {
    throw new ArgumentError(
      `${op}: attribute ${name} [${v.join(', ')}] must hold integers >= ${min}`,
    );
  }
  return v;
}

export function autoPad(attrs: AttrReader): string {
  const a = attrs.has('auto_pad') ? attrs.string('auto_pad') : 'NOTSET';
  if (!['NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID', ''].includes(a)) {
    throw new ArgumentError(`auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID, got '${a}'`);
  }
  return a === '' ? 'NOTSET' : a;
}

/** Kernel, strides, dilations and explicit pads before auto_pad resolution. */
export function baseGeometry(op: string, attrs: AttrReader, kernel: number[]): Geometry {
  const n = kernel.length;
  if (attrs.has('kernel_shape')) {
    const ks = attrs.ints('kernel_shape');
    if (ks.length !== n || ks.some((k, i) => k !== kernel[i])) {
      const msg = `kernel_shape [${ks.join(', ')}] does not match the weight's [${kernel.join(', ')}]`;
      throw new ShapeError(`${op}: ${msg}`);
    }
  }
  return {
    kernel,
    strides: listAttr(attrs, 'strides', n, 1, op, 1),
    dilations: listAttr(attrs, 'dilations', n, 1, op, 1),
    pads: autoPad(attrs) === 'NOTSET' ? listAttr(attrs, 'pads', 2 * n, 0, op, 0) : zeros(2 * n),
  };
}

const zeros = (n: number) => new Array<number>(n).fill(0);

const effective = (g: Geometry, i: number) => (g.kernel[i] - 1) * g.dilations[i] + 1;

/**
 * Resolves auto_pad against concrete input sizes (SAME_*: output = ceil(in / stride), the extra
 * padding at the end for SAME_UPPER, at the start for SAME_LOWER; VALID: no padding).
 */
export function resolvePads(g: Geometry, attrs: AttrReader, inSizes: readonly number[]): number[] {
  const mode = autoPad(attrs);
  const n = g.kernel.length;
  if (mode === 'NOTSET' || mode === 'VALID') return g.pads;
  const pads = zeros(2 * n);
  for (let i = 0; i < n; i++) {
    const out = Math.ceil(inSizes[i] / g.strides[i]);
    const total = Math.max(0, (out - 1) * g.strides[i] + effective(g, i) - inSizes[i]);
    const small = Math.floor(total / 2);
    pads[i] = mode === 'SAME_UPPER' ? small : total - small;
    pads[n + i] = total - pads[i];
  }
  return pads;
}

/** Output spatial sizes of a conv/pool window (ceil_mode drops windows starting in the end pad). */
export function outputSizes(op: string, g: Geometry, inSizes: readonly Dim[], ceil = false): Dim[] {
  const pads = g.pads;
  const n = g.kernel.length;
  return inSizes.map((d, i) => {
    if (typeof d !== 'number') return null;
    const span = d + pads[i] + pads[n + i] - effective(g, i);
    if (span < 0) {
      const padded = d + pads[i] + pads[n + i];
      const msg = `window ${effective(g, i)} does not fit padded input size ${padded} (dim ${i})`;
      throw new ShapeError(`${op}: ${msg}`);
    }
    let out = (ceil ? Math.ceil(span / g.strides[i]) : Math.floor(span / g.strides[i])) + 1;
    if (ceil && (out - 1) * g.strides[i] >= d + pads[i]) out--;
    return out;
  });
}

/** Output sizes under auto_pad; symbolic inputs give unknown sizes except for SAME_*. */
export function autoOutputSizes(
  op: string,
  g: Geometry,
  attrs: AttrReader,
  inSizes: readonly Dim[],
  ceil = false,
): Dim[] {
  const mode = autoPad(attrs);
  if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') {
    return inSizes.map((d, i) => (typeof d === 'number' ? Math.ceil(d / g.strides[i]) : null));
  }
  return outputSizes(op, g, inSizes, ceil);
}

/** Explicit pads and output_padding of ConvTranspose (output_shape and auto_pad folded in). */
export function convTransposeGeometry(
  op: string,
  g: Geometry,
  attrs: AttrReader,
  inSizes: readonly number[],
): { pads: number[]; outputPadding: number[]; outSizes: number[] } {
  const n = g.kernel.length;
  const outputPadding = attrs.has('output_padding') ? [...attrs.ints('output_padding')] : zeros(n);
  if (outputPadding.length !== n)
    throw new ArgumentError(`${op}: output_padding must have ${n} entries`);
  const mode = autoPad(attrs);
  let target: number[] | undefined;
  if (attrs.has('output_shape')) {
    const os = attrs.ints('output_shape');
    target = os.length === n ? os : os.slice(-n);
    if (target.length !== n) {
      throw new ArgumentError(
        `${op}: output_shape [${os.join(', ')}] must give ${n} spatial sizes`,
      );
    }
  } else if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') {
    target = inSizes.map((d, i) => d * g.strides[i]);
  }
  const pads = mode === 'VALID' ? zeros(2 * n) : [...g.pads];
  if (target) {
    for (let i = 0; i < n; i++) {
      let total = g.strides[i] * (inSizes[i] - 1) + outputPadding[i] + effective(g, i) - target[i];
      if (total < 0) {
        // A larger requested output is reached with extra output padding at the end.
        outputPadding[i] -= total;
        total = 0;
      }
      const half = Math.floor(total / 2);
      pads[i] = mode === 'SAME_UPPER' ? half : total - half;
      pads[n + i] = total - pads[i];
    }
  }
  const outSizes = inSizes.map(
    (d, i) => g.strides[i] * (d - 1) + outputPadding[i] + effective(g, i) - pads[i] - pads[n + i],
  );
  if (outSizes.some((d) => d < 1)) {
    throw new ShapeError(`${op}: output spatial size ${shapeStr(outSizes)} is empty`);
  }
  return { pads, outputPadding, outSizes };
}
