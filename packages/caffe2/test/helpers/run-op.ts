// Runs one Caffe2 operator in a fresh workspace and returns the requested blobs.
import { Tensor } from '@tandem/core';
import type { ArgInput } from '../../src/index.js';
import { Net, Workspace } from '../../src/index.js';

export function runOp(
  type: string,
  inputs: Record<string, Tensor>,
  outputs: string[],
  args: Record<string, ArgInput> = {},
  inputOrder?: string[],
): Tensor[] {
  const ws = new Workspace();
  for (const [k, v] of Object.entries(inputs)) ws.feedBlob(k, v);
  const net = new Net('t');
  net.op(type, inputOrder ?? Object.keys(inputs), outputs, args);
  ws.runNetOnce(net);
  return outputs.map((o) => ws.fetchBlob(o));
}

export const f32 = (data: number[], shape: number[]) =>
  Tensor.from(Float32Array.from(data), 'float32', shape);
export const i32 = (data: number[], shape = [data.length]) =>
  Tensor.from(Int32Array.from(data), 'int32', shape);
export const arange = (shape: number[]) =>
  f32(
    Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i),
    shape,
  );

export function close(actual: Tensor, expected: ArrayLike<number>, tol = 1e-5): void {
  const a = actual.toNumbers();
  if (a.length !== expected.length) throw new Error(`length ${a.length} != ${expected.length}`);
  for (let i = 0; i < a.length; i++) {
    if (!(Math.abs(a[i] - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])))) {
      throw new Error(
        `element ${i}: ${a[i]} != ${expected[i]} (actual [${a.slice(0, 12).join(', ')}])`,
      );
    }
  }
}
