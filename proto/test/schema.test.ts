// The schemas match upstream field for field: onnx.proto against the descriptor of the installed
// `onnx` Python package (tools/dump-onnx-descriptor.py), caffe2.proto against the field numbers
// Caffe2 published (spot-checked here for every message).
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs/light.js';
import { describe, expect, it } from 'vitest';
import { caffe2, lookupType, onnx, protoFieldName, reflectionRoot } from '../src/index.js';
import { forEachStaticClass, forEachType, fullName } from '../src/reflection.js';

interface DescriptorField {
  number: number;
  type: string;
  label: 'optional' | 'required' | 'repeated';
  typeName?: string;
  oneof?: string;
  packed?: boolean;
}

const upstream = JSON.parse(
  readFileSync(new URL('./fixtures/onnx-descriptor.json', import.meta.url), 'utf8'),
) as {
  messages: Record<string, Record<string, DescriptorField>>;
  enums: Record<string, Record<string, number>>;
};

function fieldsByProtoName(type: protobuf.Type): Map<string, protobuf.Field> {
  return new Map(type.fieldsArray.map((f) => [protoFieldName(f), f]));
}

// Upstream descriptor type for one of our fields: 'message', 'enum' or the scalar name.
function kindOf(field: protobuf.Field): string {
  if (field.resolvedType instanceof protobuf.Type) return 'message';
  if (field.resolvedType instanceof protobuf.Enum) return 'enum';
  return field.type;
}

describe('onnx.proto', () => {
  for (const [typeName, fields] of Object.entries(upstream.messages)) {
    it(`${typeName} matches upstream`, () => {
      const ours = fieldsByProtoName(lookupType(typeName));
      for (const [name, expected] of Object.entries(fields)) {
        const field = ours.get(name);
        expect(field, `${typeName}.${name}`).toBeDefined();
        const actual: DescriptorField = {
          number: field!.id,
          type: kindOf(field!),
          label: field!.repeated ? 'repeated' : field!.required ? 'required' : 'optional',
        };
        if (field!.resolvedType) actual.typeName = fullName(field!.resolvedType);
        // Our oneof names are camelCase (Note [Field names]); upstream's are as written.
        if (expected.oneof) actual.oneof = field!.partOf ? expected.oneof : undefined;
        if (field!.partOf) {
          expect(field!.partOf.name).toBe(protobuf.util.camelCase(expected.oneof!));
        }
        if (field!.repeated && field!.packed) actual.packed = true;
        expect(actual, `${typeName}.${name}`).toEqual(expected);
      }
    });
  }

  it('has every upstream enum value', () => {
    for (const [enumName, values] of Object.entries(upstream.enums)) {
      const ours = reflectionRoot.lookupEnum(enumName);
      for (const [name, value] of Object.entries(values)) {
        // IR_VERSION names the newest version, which moves: ours is 9, upstream's may be older.
        if (name === 'IR_VERSION') expect(ours.values[name]).toBeGreaterThanOrEqual(value);
        else expect(ours.values[name], `${enumName}.${name}`).toBe(value);
      }
    }
  });

  it('describes IR version 9 with the float8 data types', () => {
    expect(onnx.Version.IR_VERSION).toBe(9);
    expect(onnx.TensorProto.DataType.FLOAT8E4M3FN).toBe(17);
    expect(onnx.TensorProto.DataType.FLOAT8E5M2FNUZ).toBe(20);
  });
});

describe('caffe2.proto', () => {
  // [message, proto field name, field number, type]
  const expected: [string, string, number, string][] = [
    ['TensorProto', 'dims', 1, 'int64'],
    ['TensorProto', 'data_type', 2, 'DataType'],
    ['TensorProto', 'data_format', 15, 'uint32'],
    ['TensorProto', 'float_data', 3, 'float'],
    ['TensorProto', 'int32_data', 4, 'int32'],
    ['TensorProto', 'byte_data', 5, 'bytes'],
    ['TensorProto', 'string_data', 6, 'bytes'],
    ['TensorProto', 'double_data', 9, 'double'],
    ['TensorProto', 'int64_data', 10, 'int64'],
    ['TensorProto', 'raw_data', 13, 'bytes'],
    ['TensorProto', 'name', 7, 'string'],
    ['TensorProto', 'device_detail', 8, 'DeviceOption'],
    ['TensorProto', 'segment', 11, 'Segment'],
    ['TensorProto.Segment', 'end', 2, 'int64'],
    ['QTensorProto', 'precision', 2, 'int32'],
    ['QTensorProto', 'scale', 3, 'double'],
    ['QTensorProto', 'is_signed', 5, 'bool'],
    ['QTensorProto', 'data', 6, 'int32'],
    ['QTensorProto', 'data_type', 8, 'TensorProto.DataType'],
    ['QTensorProto', 'axis', 11, 'int32'],
    ['QTensorProto', 'is_multiparam', 12, 'bool'],
    ['TensorProtos', 'protos', 1, 'TensorProto'],
    ['TensorShape', 'unknown_dims', 3, 'int32'],
    ['TensorShape', 'name', 5, 'string'],
    ['TensorShapes', 'shapes', 1, 'TensorShape'],
    ['TensorBoundShape', 'dim_type', 2, 'DimType'],
    ['TensorBoundShapes', 'max_feature_len', 3, 'int64'],
    ['Argument', 'name', 1, 'string'],
    ['Argument', 'f', 2, 'float'],
    ['Argument', 'i', 3, 'int64'],
    ['Argument', 's', 4, 'bytes'],
    ['Argument', 't', 10, 'TensorProto'],
    ['Argument', 'n', 8, 'NetDef'],
    ['Argument', 'floats', 5, 'float'],
    ['Argument', 'ints', 6, 'int64'],
    ['Argument', 'strings', 7, 'bytes'],
    ['Argument', 'tensors', 11, 'TensorProto'],
    ['Argument', 'nets', 9, 'NetDef'],
    ['Argument', 'qtensors', 12, 'QTensorProto'],
    ['DeviceOption', 'device_type', 1, 'int32'],
    ['DeviceOption', 'device_id', 2, 'int32'],
    ['DeviceOption', 'random_seed', 3, 'uint32'],
    ['DeviceOption', 'node_name', 4, 'string'],
    ['DeviceOption', 'numa_node_id', 5, 'int32'],
    ['DeviceOption', 'extra_info', 6, 'string'],
    ['OperatorDef', 'input', 1, 'string'],
    ['OperatorDef', 'output', 2, 'string'],
    ['OperatorDef', 'name', 3, 'string'],
    ['OperatorDef', 'type', 4, 'string'],
    ['OperatorDef', 'arg', 5, 'Argument'],
    ['OperatorDef', 'device_option', 6, 'DeviceOption'],
    ['OperatorDef', 'engine', 7, 'string'],
    ['OperatorDef', 'control_input', 8, 'string'],
    ['OperatorDef', 'is_gradient_op', 9, 'bool'],
    ['OperatorDef', 'debug_info', 10, 'string'],
    ['OperatorDef', 'domain', 11, 'string'],
    ['OperatorDef', 'op_version', 12, 'int64'],
    ['NetDef', 'name', 1, 'string'],
    ['NetDef', 'op', 2, 'OperatorDef'],
    ['NetDef', 'type', 3, 'string'],
    ['NetDef', 'num_workers', 4, 'int32'],
    ['NetDef', 'device_option', 5, 'DeviceOption'],
    ['NetDef', 'arg', 6, 'Argument'],
    ['NetDef', 'external_input', 7, 'string'],
    ['NetDef', 'external_output', 8, 'string'],
    ['NetDef', 'partition_info', 9, 'PartitionInfo'],
    ['PartitionInfo', 'backend_options', 4, 'BackendOptions'],
    ['BackendOptions', 'option', 2, 'MapFieldEntry'],
    ['MapFieldEntry', 'val', 2, 'string'],
    ['ExecutionStep', 'substep', 2, 'ExecutionStep'],
    ['ExecutionStep', 'num_iter', 4, 'int64'],
    ['ExecutionStep', 'criteria_network', 5, 'string'],
    ['ExecutionStep', 'report_net', 7, 'string'],
    ['ExecutionStep', 'run_every_ms', 11, 'int64'],
    ['ExecutionStep', 'concurrent_substeps', 6, 'bool'],
    ['ExecutionStep', 'should_stop_blob', 9, 'string'],
    ['ExecutionStep', 'only_once', 10, 'bool'],
    ['ExecutionStep', 'create_workspace', 12, 'bool'],
    ['ExecutionStep', 'num_concurrent_instances', 13, 'int32'],
    ['PlanDef', 'network', 2, 'NetDef'],
    ['PlanDef', 'execution_step', 3, 'ExecutionStep'],
    ['BlobProto', 'tensor', 3, 'TensorProto'],
    ['BlobProto', 'content', 4, 'bytes'],
    ['BlobProto', 'qtensor', 5, 'QTensorProto'],
    ['BlobProto', 'content_chunk_id', 7, 'int32'],
    ['DBReaderProto', 'db_type', 3, 'string'],
    ['DBReaderProto', 'key', 4, 'string'],
    ['BlobSerializationOptions', 'float_format', 3, 'FloatFormat'],
    ['SerializationOptions', 'options', 1, 'BlobSerializationOptions'],
  ];
  it.each(expected)('caffe2.%s.%s is field %i of type %s', (message, name, id, type) => {
    const field = fieldsByProtoName(lookupType(`caffe2.${message}`)).get(name);
    expect(field).toBeDefined();
    expect(field!.id).toBe(id);
    expect(field!.type).toBe(type);
  });

  it('has the device types and data types Caffe2 uses', () => {
    expect(caffe2.DeviceTypeProto.PROTO_CUDA).toBe(1);
    expect(caffe2.DeviceTypeProto.PROTO_HIP).toBe(6);
    expect(caffe2.TensorProto.DataType.FLOAT16).toBe(12);
    expect(caffe2.TensorProto.DataType.DOUBLE).toBe(13);
    expect(caffe2.TensorProto.DataType.REBATCHING_BUFFER).toBe(15);
    // data_type defaults to FLOAT, as upstream.
    expect(new caffe2.TensorProto().dataType).toBe(caffe2.TensorProto.DataType.FLOAT);
  });
});

describe('reflection root and static classes', () => {
  it('agree on every message and field name', () => {
    const statics = new Map<string, object>();
    for (const ns of [onnx, caffe2]) {
      forEachStaticClass(ns, (name, cls) => statics.set(name, new cls()));
    }
    let types = 0;
    forEachType(reflectionRoot, (type) => {
      types++;
      const instance = statics.get(fullName(type)) as Record<string, unknown> | undefined;
      expect(instance, fullName(type)).toBeDefined();
      for (const field of type.fieldsArray) {
        expect(field.name in instance!, `${fullName(type)}.${field.name}`).toBe(true);
      }
    });
    expect(types).toBe(statics.size);
  });
});
