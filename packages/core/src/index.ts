/**
 * @tandem/core: what both frontends share — dtypes, tensors, the operator set (defined once),
 * the graph IR with shape inference, and the executor.
 *
 * @example
 * import { Tensor, execute } from '@tandem/core';
 * const [y] = execute('Add', [Tensor.from([1, 2]), Tensor.from([10, 20])]);
 * y.toArray(); // [11, 22]
 */
export * from './dtype.js';
export * from './errors.js';
export * from './limits.js';
export * from './shape.js';
export * from './tensor.js';
export * from './views.js';
export * from './half.js';
export {
  runKernel,
  runKernelAsync,
  setNumThreads,
  getNumThreads,
  cpuInfo,
  nativeKernels,
} from './native.js';
export * from './ops/index.js';
export { execute, executeDef, eagerBuilder, infoOf, type Allocator } from './eager.js';
export * from './graph/ir.js';
export * from './graph/infer.js';
export * from './graph/executor.js';
export * from './graph/validate.js';
export * from './testing/gradcheck.js';
export * from './graph/passes/index.js';
