/**
 * @tandem/onnx: ONNX models into and out of Tandem's graph IR.
 *
 * @example
 * import { loadOnnx } from '@tandem/onnx';
 * import { Executor, Tensor } from '@tandem/core';
 * const model = loadOnnx('model.onnx');
 * const outputs = new Executor(model.graph).run({ x: Tensor.from([[1, 2, 3]]) });
 */
export {
  loadOnnx,
  importModel,
  importGraph,
  type OnnxModel,
  type ImportOptions,
} from './import/model.js';
export {
  tensorFromProto,
  tensorToProto,
  resolveInside,
  type TensorProtoLike,
} from './import/tensor.js';
export { adaptNode } from './import/opset.js';
