/**
 * @tandem/caffe2: the static-graph deployment frontend. Caffe2's NetDef protobufs, a Workspace of
 * named blobs, the Net builder and the Caffe2 operator table mapped onto core's operators.
 *
 * @example
 * import { Net, Workspace, readNetDef } from '@tandem/caffe2';
 * const ws = new Workspace();
 * ws.runNetOnce(readNetDef('init_net.pb'));
 * ws.feedBlob('data', input);
 * ws.createNet(readNetDef('predict_net.pbtxt'));
 * ws.runNet('AlexNet');
 * ws.fetchBlob('prob');
 */
export { caffe2 } from '@tandem/proto';
export { Net, type Blobs, type NetOperatorMethods, type OpOptions } from './net.js';
export { Workspace, type NetLike } from './workspace.js';
export { CORE_DOMAIN, netToGraph, type ConvertOptions, type ConvertedNet } from './convert.js';
export {
  checkCpuOnly,
  netDefToBytes,
  netDefToText,
  parseNetDefText,
  readNetDef,
  writeNetDef,
  type NetFormat,
  type ReadNetOptions,
} from './netdef-io.js';
export { opLabel } from './errors.js';
export {
  CAFFE2_OPS,
  caffe2Op,
  isCaffe2Op,
  decodeArg,
  encodeArg,
  ArgReader,
  type ArgInput,
  type ArgKind,
  type ArgSpecs,
  type ArgValue,
  type ArgsOf,
  type Caffe2OpArgs,
  type Caffe2OpEntry,
  type Caffe2OpType,
  type ConvertContext,
} from './ops/index.js';
export { caffe2DType, caffe2DTypeCode } from './ops/common.js';
export {
  Predictor,
  PredictorModel,
  runInitNet,
  type NetSource,
  type PredictorInputs,
  type PredictorOptions,
} from './predictor.js';
export {
  ModelHelper,
  type Initializer,
  type ModelHelperOptions,
  type ParamInfo,
  type ParamTag,
} from './model-helper.js';
export * as brew from './brew.js';
export { addGradientOperators, type GradientMap, type GradientOptions } from './gradients.js';
export {
  ITER,
  buildAdam,
  buildSgd,
  type AdamOptions,
  type LearningRateOptions,
  type SgdOptions,
} from './optimizers.js';
