// The typed bridge to @tandem/native: tensors in, kernels by name.
import * as native from '@tandem/native';
import type { NativeAttrs, NativeTensor } from '@tandem/native';
import { dtypeInfo } from './dtype.js';
import type { Tensor } from './tensor.js';

export function toNative(t: Tensor): NativeTensor {
  // A SharedArrayBuffer (tensors shared with worker threads) crosses as a byte view.
  const buffer = t.buffer instanceof ArrayBuffer ? t.buffer : new Uint8Array(t.buffer);
  return {
    dtype: dtypeInfo(t.dtype).code,
    shape: t.shape,
    strides: t.strides,
    offset: t.offset,
    buffer,
  };
}

/** Runs native kernel `name`; outputs are written in place. */
export function runKernel(
  name: string,
  inputs: readonly Tensor[],
  outputs: readonly Tensor[],
  attrs?: NativeAttrs,
): void {
  native.run(name, inputs.map(toNative), outputs.map(toNative), attrs);
}

export function runKernelAsync(
  name: string,
  inputs: readonly Tensor[],
  outputs: readonly Tensor[],
  attrs?: NativeAttrs,
): Promise<void> {
  return native.runAsync(name, inputs.map(toNative), outputs.map(toNative), attrs);
}

export const setNumThreads = (n: number): void => native.setNumThreads(n);
export const getNumThreads = (): number => native.getNumThreads();
export const cpuInfo = () => native.cpuInfo();
export const nativeKernels = (): string[] => native.kernels();
export type { NativeAttrs };
