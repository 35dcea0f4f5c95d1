// Real ONNX files decode completely (no field unknown to our schema), re-encode to the same
// bytes, and their tensors hold as many elements as their dims say.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeMessage,
  int64ArrayToNumbers,
  int64ToNumber,
  onnx,
  ProtoDecodeError,
} from '../src/index.js';
import { bytesEqual, SHARED_MODELS, unknownFields } from './helpers.js';

const LIGHT = join(SHARED_MODELS, 'onnx-light');
const BACKEND = '/usr/share/libonnx-testdata/data/node';

const DataType = onnx.TensorProto.DataType;
// Bytes per element in raw_data; how many typed-field entries one element takes.
const ITEM_BYTES: Record<number, number> = {
  [DataType.FLOAT]: 4,
  [DataType.UINT8]: 1,
  [DataType.INT8]: 1,
  [DataType.UINT16]: 2,
  [DataType.INT16]: 2,
  [DataType.INT32]: 4,
  [DataType.INT64]: 8,
  [DataType.BOOL]: 1,
  [DataType.FLOAT16]: 2,
  [DataType.DOUBLE]: 8,
  [DataType.UINT32]: 4,
  [DataType.UINT64]: 8,
  [DataType.COMPLEX64]: 8,
  [DataType.COMPLEX128]: 16,
  [DataType.BFLOAT16]: 2,
  [DataType.FLOAT8E4M3FN]: 1,
  [DataType.FLOAT8E4M3FNUZ]: 1,
  [DataType.FLOAT8E5M2]: 1,
  [DataType.FLOAT8E5M2FNUZ]: 1,
};

/** Number of elements the tensor's data fields hold, judged by its data type. */
function storedElements(t: onnx.TensorProto): number {
  const type = t.dataType;
  if (t.rawData?.length) return t.rawData.length / ITEM_BYTES[type];
  switch (type) {
    case DataType.STRING:
      return t.stringData.length;
    case DataType.FLOAT:
      return t.floatData.length;
    case DataType.COMPLEX64:
      return t.floatData.length / 2;
    case DataType.INT64:
      return t.int64Data.length;
    case DataType.DOUBLE:
      return t.doubleData.length;
    case DataType.COMPLEX128:
      return t.doubleData.length / 2;
    case DataType.UINT32:
    case DataType.UINT64:
      return t.uint64Data.length;
    default:
      return t.int32Data.length;
  }
}

function checkTensor(t: onnx.TensorProto, what: string): void {
  const dims = int64ArrayToNumbers(t.dims, `${what}.dims`);
  const count = dims.reduce((a, b) => a * b, 1);
  expect(storedElements(t), `${what} (${DataType[t.dataType]} ${JSON.stringify(dims)})`).toBe(
    count,
  );
}

function checkModel(bytes: Uint8Array, source: string): onnx.ModelProto {
  const model = decodeMessage(onnx.ModelProto, bytes, source);
  expect(unknownFields(onnx.ModelProto, model), source).toEqual([]);
  expect(bytesEqual(onnx.ModelProto.encode(model).finish(), bytes), `${source} re-encodes`).toBe(
    true,
  );
  expect(int64ToNumber(model.irVersion)).toBeGreaterThanOrEqual(3);
  for (const init of model.graph!.initializer!) {
    checkTensor(init as onnx.TensorProto, `${source}: ${init.name}`);
  }
  return model;
}

describe('onnx-light models', () => {
  it.each([
    ['bvlc_alexnet.onnx', 'AlexNet', 24, 16],
    ['vgg19.onnx', 'VGG-19', 44, 38],
  ])('%s decodes', (file, label, minNodes, initializers) => {
    const model = checkModel(new Uint8Array(readFileSync(join(LIGHT, file))), file);
    const graph = model.graph!;
    expect(graph.node!.length, label).toBeGreaterThanOrEqual(minNodes);
    expect(graph.initializer!.length).toBeGreaterThanOrEqual(initializers);
    const ops = new Set(graph.node!.map((n) => n.opType));
    expect([...ops]).toEqual(expect.arrayContaining(['Conv', 'Relu', 'MaxPool', 'Softmax']));
    const initialized = new Set(graph.initializer!.map((t) => t.name));
    const input = graph.input!.find((v) => !initialized.has(v.name))!.type!.tensorType!;
    expect(input.elemType).toBe(DataType.FLOAT);
    expect(int64ArrayToNumbers(input.shape!.dim!.map((d) => d.dimValue!))).toEqual([
      1, 3, 224, 224,
    ]);
  });
});

const backendCases = existsSync(BACKEND) ? readdirSync(BACKEND).sort() : [];

describe.skipIf(!backendCases.length)('ONNX backend test data (libonnx-testdata)', () => {
  it('has the whole node suite', () => {
    expect(backendCases.length).toBeGreaterThanOrEqual(900);
  });

  it('decodes every model.onnx and its tensor inputs/outputs', () => {
    let models = 0;
    let tensors = 0;
    const nonTensor: string[] = [];
    for (const name of backendCases) {
      const dir = join(BACKEND, name);
      const model = checkModel(new Uint8Array(readFileSync(join(dir, 'model.onnx'))), name);
      models++;
      const graph = model.graph!;
      const initialized = new Set(graph.initializer!.map((t) => t.name));
      const inputs = graph.input!.filter((v) => !initialized.has(v.name));
      for (const set of readdirSync(dir).filter((d) => d.startsWith('test_data_set_'))) {
        for (const file of readdirSync(join(dir, set))) {
          const match = /^(input|output)_(\d+)\.pb$/.exec(file);
          if (!match) continue;
          const info = (match[1] === 'input' ? inputs : graph.output!)[Number(match[2])];
          const where = `${name}/${set}/${file}`;
          expect(info?.type, `${where} has a declared type`).toBeDefined();
          // Sequence, map and optional values use onnx-data.proto's messages, not TensorProto.
          if (!info.type!.tensorType) {
            expect(Object.keys(info.type!), where).toEqual(
              expect.arrayContaining([expect.stringMatching(/^(sequence|optional|map)/)]),
            );
            nonTensor.push(where);
            continue;
          }
          const bytes = new Uint8Array(readFileSync(join(dir, set, file)));
          const tensor = decodeMessage(onnx.TensorProto, bytes, where);
          expect(unknownFields(onnx.TensorProto, tensor), where).toEqual([]);
          // Not always the declared elem_type (the BFLOAT16 cast cases store their input as
          // UINT16), but always a known type whose data matches the dims.
          expect(DataType[tensor.dataType], where).toBeDefined();
          checkTensor(tensor, where);
          tensors++;
        }
      }
    }
    expect(models).toBe(backendCases.length);
    expect(tensors).toBeGreaterThan(2500);
    expect(nonTensor.length).toBeLessThan(100);
  });

  it('decodes input_0.pb of every case as a TensorProto without throwing', () => {
    let decoded = 0;
    for (const name of backendCases) {
      const file = join(BACKEND, name, 'test_data_set_0', 'input_0.pb');
      if (!existsSync(file)) continue;
      try {
        onnx.TensorProto.decode(new Uint8Array(readFileSync(file)));
        decoded++;
      } catch (err) {
        // A non-tensor value may not parse as a TensorProto; it must then fail cleanly.
        expect(err).toBeInstanceOf(ProtoDecodeError);
      }
    }
    expect(decoded).toBeGreaterThan(900);
  });
});
