// Spectral ops DFT and STFT (opset 17). Complex values are a trailing dim of 2 (real, imaginary);
// real input has a trailing dim of 1. Transforms are direct O(n^2) sums in float64, which is
// exact enough for any length and fast enough for the short frames these ops see in models.
import { ArgumentError, ShapeError } from '../errors.js';
import { normAxis, shapeStr } from '../shape.js';
import { constInts } from './infer.js';
import { defineOp } from './registry.js';
import type { Dim } from './types.js';

/** One transform of n complex inputs (re, im read through `get`) into `bins` outputs. */
function dft(
  get: (k: number) => [number, number],
  n: number,
  bins: number,
  inverse: boolean,
  put: (j: number, re: number, im: number) => void,
): void {
  const sign = inverse ? 1 : -1;
  const vals = Array.from({ length: n }, (_, k) => get(k));
  for (let j = 0; j < bins; j++) {
    let re = 0;
    let im = 0;
    for (let k = 0; k < n; k++) {
      const a = (sign * 2 * Math.PI * ((j * k) % n)) / n;
      const c = Math.cos(a);
      const s = Math.sin(a);
      re += vals[k][0] * c - vals[k][1] * s;
      im += vals[k][0] * s + vals[k][1] * c;
    }
    put(j, inverse ? re / n : re, inverse ? im / n : im);
  }
}

function complexDim(op: string, shape: readonly Dim[]): void {
  const last = shape[shape.length - 1];
  if (typeof last === 'number' && last !== 1 && last !== 2) {
    throw new ShapeError(
      `${op}: the last dim must be 1 (real) or 2 (complex), got ${shapeStr(shape)}`,
    );
  }
}

defineOp({
  name: 'DFT',
  doc: 'Discrete Fourier transform along axis; onesided keeps the n/2+1 non-redundant bins.',
  inputs: [{ name: 'input' }, { name: 'dft_length', optional: true, nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  attrs: {
    axis: { type: 'int', default: 1 },
    inverse: { type: 'int', default: 0 },
    onesided: { type: 'int', default: 0 },
  },
  dtypes: ['float32', 'float64'],
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const x = ctx.input(0);
    if (!x.shape) return [{ dtype: x.dtype ?? 'float32', shape: null }];
    complexDim('DFT', x.shape);
    const axis = normAxis(ctx.attrs.int('axis'), x.shape.length - 1, 'DFT');
    const given = constInts(ctx.inputs[1]);
    const n: Dim = given ? given[0] : x.shape[axis];
    const shape = [...x.shape.slice(0, -1), 2];
    shape[axis] =
      ctx.attrs.int('onesided') && typeof n === 'number'
        ? Math.floor(n / 2) + 1
        : ctx.attrs.int('onesided')
          ? null
          : n;
    return [{ dtype: x.dtype ?? 'float32', shape }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    complexDim('DFT', x.shape);
    const axis = normAxis(ctx.attrs.int('axis'), x.rank - 1, 'DFT');
    const n = ctx.inputs[1] ? ctx.inputs[1].toNumbers()[0] : x.shape[axis];
    if (!(n >= 1)) throw new ArgumentError(`DFT: dft_length must be >= 1, got ${n}`);
    const bins = ctx.attrs.int('onesided') ? Math.floor(n / 2) + 1 : n;
    const comp = x.shape[x.rank - 1];
    const len = x.shape[axis];
    const outer = x.shape.slice(0, axis).reduce((a, b) => a * b, 1);
    const inner = x.shape.slice(axis + 1, -1).reduce((a, b) => a * b, 1);
    const shape = [...x.shape.slice(0, -1), 2];
    shape[axis] = bins;
    const y = ctx.alloc(x.dtype, shape);
    const src = x.data();
    const dst = y.data();
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const get = (k: number): [number, number] => {
          if (k >= len) return [0, 0];
          const at = ((o * len + k) * inner + i) * comp;
          return [Number(src[at]), comp === 2 ? Number(src[at + 1]) : 0];
        };
        dft(get, n, bins, ctx.attrs.int('inverse') !== 0, (j, re, im) => {
          const at = ((o * bins + j) * inner + i) * 2;
          dst[at] = re;
          dst[at + 1] = im;
        });
      }
    }
    return [y];
  },
});

defineOp({
  name: 'STFT',
  doc: 'Short-time Fourier transform of [batch, length, 1|2] signals, frames windowed by `window`.',
  inputs: [
    { name: 'signal' },
    { name: 'frame_step', nonDifferentiable: true },
    { name: 'window', optional: true },
    { name: 'frame_length', optional: true, nonDifferentiable: true },
  ],
  outputs: [{ name: 'output' }],
  attrs: { onesided: { type: 'int', default: 1 } },
  dtypes: ['float32', 'float64'],
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const x = ctx.input(0);
    const step = constInts(ctx.input(1))?.[0];
    const w = ctx.inputs[2];
    const fl = constInts(ctx.inputs[3])?.[0] ?? (w?.shape ? w.shape[0] : null);
    const len = x.shape?.[1];
    const frames =
      typeof len === 'number' && typeof fl === 'number' && step
        ? Math.floor((len - fl) / step) + 1
        : null;
    const bins =
      typeof fl === 'number' ? (ctx.attrs.int('onesided') ? Math.floor(fl / 2) + 1 : fl) : null;
    return [{ dtype: x.dtype ?? 'float32', shape: [x.shape?.[0] ?? null, frames, bins, 2] }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0).contiguous();
    if (x.rank !== 3)
      throw new ShapeError(`STFT: signal must be [batch, length, 1|2], got ${shapeStr(x.shape)}`);
    complexDim('STFT', x.shape);
    const step = ctx.input(1).toNumbers()[0];
    const win = ctx.inputs[2] ? ctx.inputs[2].toNumbers() : undefined;
    const fl = ctx.inputs[3] ? ctx.inputs[3].toNumbers()[0] : win?.length;
    if (!fl || !(step >= 1))
      throw new ArgumentError('STFT: a window or frame_length, and frame_step >= 1, are required');
    if (win && win.length !== fl)
      throw new ShapeError(`STFT: window has ${win.length} entries, frame_length is ${fl}`);
    const [B, L, comp] = x.shape;
    if (fl > L) throw new ShapeError(`STFT: frame_length ${fl} exceeds the signal length ${L}`);
    const frames = Math.floor((L - fl) / step) + 1;
    const bins = ctx.attrs.int('onesided') ? Math.floor(fl / 2) + 1 : fl;
    const y = ctx.alloc(x.dtype, [B, frames, bins, 2]);
    const src = x.data();
    const dst = y.data();
    for (let b = 0; b < B; b++) {
      for (let f = 0; f < frames; f++) {
        const get = (k: number): [number, number] => {
          const at = (b * L + f * step + k) * comp;
          const w = win ? win[k] : 1;
          return [Number(src[at]) * w, comp === 2 ? Number(src[at + 1]) * w : 0];
        };
        dft(get, fl, bins, false, (j, re, im) => {
          const at = ((b * frames + f) * bins + j) * 2;
          dst[at] = re;
          dst[at + 1] = im;
        });
      }
    }
    return [y];
  },
});
