// Shared shape-inference helpers over possibly symbolic dims (Dim = number | string | null).
import type { DType } from '../dtype.js';
import { ShapeError } from '../errors.js';
import { shapeStr } from '../shape.js';
import type { OutputInfo } from './registry.js';
import type { Dim, ValueInfo } from './types.js';

/** Broadcast of symbolic shapes: known dims follow NumPy rules; unknown ones stay unknown. */
export function broadcastDims(op: string, shapes: readonly (Dim[] | null)[]): Dim[] | null {
  if (shapes.some((s) => s === null)) return null;
  const list = shapes as Dim[][];
  const rank = Math.max(0, ...list.map((s) => s.length));
  const out: Dim[] = new Array(rank).fill(1);
  for (const s of list) {
    for (let i = 0; i < s.length; i++) {
      const o = rank - s.length + i;
      const d = s[i];
      const cur = out[o];
      if (d === 1 || d === cur) continue;
      if (cur === 1) out[o] = d;
      else if (typeof d === 'number' && typeof cur === 'number') {
        throw new ShapeError(
          `${op}: shapes ${list.map(shapeStr).join(' and ')} cannot be broadcast together`,
        );
      } else if (typeof d === 'number' && d !== 1) out[o] = d;
      else if (typeof cur !== 'number' || cur === null)
        out[o] = typeof d === 'number' ? d : cur === d ? d : null;
    }
  }
  return out;
}

export function sameAs(info: ValueInfo, dtype?: DType): OutputInfo {
  return { dtype: dtype ?? info.dtype ?? 'float32', shape: info.shape ? [...info.shape] : null };
}

export function isConcrete(shape: Dim[] | null): shape is number[] {
  return shape !== null && shape.every((d) => typeof d === 'number');
}

/** Integer contents of a constant input (axes, shapes, pads), or undefined if not known yet. */
export function constInts(info: ValueInfo | undefined): number[] | undefined {
  if (!info?.value) return undefined;
  return info.value.toNumbers();
}

export function requireDType(op: string, info: ValueInfo): DType {
  if (!info.dtype) throw new ShapeError(`${op}: input dtype unknown`);
  return info.dtype;
}
