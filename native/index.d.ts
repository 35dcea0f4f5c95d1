/** A strided tensor argument. `dtype` is the ONNX TensorProto.DataType code; strides and offset
 * are in elements. The binding checks that every reachable element lies inside `buffer`. */
export interface NativeTensor {
  dtype: number;
  shape: readonly number[];
  strides: readonly number[];
  offset: number;
  buffer: ArrayBuffer | ArrayBufferView;
}

/** Kernel attributes: numbers, booleans, strings and numeric arrays. */
export type NativeAttrs = Record<string, number | boolean | string | readonly number[] | undefined>;

export interface CpuInfo {
  avx2: boolean;
  fma: boolean;
  avx512f: boolean;
  avx512bw: boolean;
  avx512vl: boolean;
  avx512dq: boolean;
  f16c: boolean;
  /** The instruction set the kernels dispatch to: 'avx512', 'avx2' or 'scalar'. */
  isa: 'avx512' | 'avx2' | 'scalar';
}

/** Runs the named kernel synchronously, writing into `outputs`. Throws on invalid arguments. */
export function run(
  kernel: string,
  inputs: readonly NativeTensor[],
  outputs: readonly NativeTensor[],
  attrs?: NativeAttrs,
): void;
/** Runs the named kernel on a libuv worker thread; the buffers must not be touched until it settles. */
export function runAsync(
  kernel: string,
  inputs: readonly NativeTensor[],
  outputs: readonly NativeTensor[],
  attrs?: NativeAttrs,
): Promise<void>;
export function setNumThreads(n: number): void;
export function getNumThreads(): number;
export function cpuInfo(): CpuInfo;
/** Caps kernel dispatch at an instruction set, to test every code path on one machine. */
export function setIsa(isa: 'scalar' | 'avx2' | 'avx512'): void;
/** Names of every registered kernel. */
export function kernels(): string[];
export const version: string;
export const addonPath: string;
