// The Caffe2 operator table: one entry per Caffe2 type string (DESIGN.md "One operator set").
// Each family file maps its operators onto core ops; this file only joins them.
import { fillOps } from './fill.js';
import { lossOps } from './loss.js';
import { mathOps } from './math.js';
import { nnOps } from './nn.js';
import { shapeOps } from './shape.js';
import { trainOps } from './train.js';
import type { ArgsOf, Caffe2OpEntry } from './types.js';

export const CAFFE2_OPS = {
  ...nnOps,
  ...mathOps,
  ...shapeOps,
  ...fillOps,
  ...lossOps,
  ...trainOps,
};

/** Every supported Caffe2 operator type. */
export type Caffe2OpType = keyof typeof CAFFE2_OPS;

/** Operator type -> the TypeScript interface of its arguments (typed from the table). */
export type Caffe2OpArgs = { [K in Caffe2OpType]: ArgsOf<(typeof CAFFE2_OPS)[K]['args']> };

export function isCaffe2Op(type: string): type is Caffe2OpType {
  return Object.prototype.hasOwnProperty.call(CAFFE2_OPS, type);
}

/** The table entry of a supported type (undefined otherwise). */
export function caffe2Op(type: string): Caffe2OpEntry | undefined {
  return isCaffe2Op(type) ? (CAFFE2_OPS[type] as Caffe2OpEntry) : undefined;
}

export { ArgReader, type ArgValue, type ArgInput, decodeArg, encodeArg } from './args.js';
export type { ArgKind, ArgSpecs, ArgsOf, Caffe2OpEntry, ConvertContext } from './types.js';
