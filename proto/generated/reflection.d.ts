// Generated from onnx.proto + caffe2.proto by tools/generate.mjs (pnpm --filter @tandem/proto generate).
// Do not edit by hand.
import type { INamespace } from 'protobufjs';

/** Both schemas as a protobufjs JSON descriptor (field names as written in the .proto). */
export declare const descriptor: INamespace;
