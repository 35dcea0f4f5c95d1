// @tandem/proto: ONNX and Caffe2 protobuf schemas as protobufjs static classes, plus protobuf
// text format, int64 helpers and clear decode errors.
//
// @example
//   import { onnx, caffe2, parseTextFormat } from '@tandem/proto';
//   const model = onnx.ModelProto.decode(bytes);          // throws ProtoDecodeError if malformed
//   const net = parseTextFormat(caffe2.NetDef, text, { filename: 'predict_net.pbtxt' });
//   const bytesOut = caffe2.NetDef.encode(net).finish();
import { caffe2 } from '../generated/caffe2.js';
import { onnx } from '../generated/onnx.js';
import { installDecodeErrors } from './decode.js';

installDecodeErrors(onnx);
installDecodeErrors(caffe2);

export { caffe2, onnx };
export { decodeMessage, ProtoDecodeError } from './decode.js';
export {
  int64ArrayToBigInt64Array,
  int64ArrayToBigUint64Array,
  int64ArrayToNumbers,
  int64ToBigInt,
  int64ToNumber,
  toLong,
  type Int64,
} from './int64.js';
export {
  fullName,
  lookupType,
  type MessageTypeRef,
  protoFieldName,
  reflectionRoot,
  type StaticMessageClass,
} from './reflection.js';
export { TextFormatError } from './text-format/lexer.js';
export { parseTextFormat, type ParseTextOptions } from './text-format/parse.js';
export { toTextFormat, type TextFormatOptions } from './text-format/print.js';
