"""Dump the message and enum layout of the installed `onnx` Python package's onnx.proto.

The output (test/fixtures/onnx-descriptor.json) is what test/schema.test.ts compares our
onnx.proto against, field by field, so a wrong field number or type fails a test.

    /usr/bin/python3 proto/tools/dump-onnx-descriptor.py > proto/test/fixtures/onnx-descriptor.json
"""
import json

import onnx
from google.protobuf.descriptor import FieldDescriptor

TYPES = {v: k[len("TYPE_"):].lower() for k, v in vars(FieldDescriptor).items()
         if k.startswith("TYPE_")}
LABELS = {FieldDescriptor.LABEL_OPTIONAL: "optional", FieldDescriptor.LABEL_REQUIRED: "required",
          FieldDescriptor.LABEL_REPEATED: "repeated"}


def dump_enum(enum):
    return {v.name: v.number for v in enum.values}


def dump_message(msg, out_messages, out_enums):
    fields = {}
    for f in msg.fields:
        entry = {"number": f.number, "type": TYPES[f.type], "label": LABELS[f.label]}
        if f.message_type is not None:
            entry["typeName"] = f.message_type.full_name
        if f.enum_type is not None:
            entry["typeName"] = f.enum_type.full_name
        if f.containing_oneof is not None:
            entry["oneof"] = f.containing_oneof.name
        if f.label == FieldDescriptor.LABEL_REPEATED and f.GetOptions().packed:
            entry["packed"] = True
        fields[f.name] = entry
    out_messages[msg.full_name] = fields
    for e in msg.enum_types:
        out_enums[e.full_name] = dump_enum(e)
    for nested in msg.nested_types:
        dump_message(nested, out_messages, out_enums)


def main():
    file = onnx.onnx_ml_pb2.DESCRIPTOR
    messages, enums = {}, {}
    for msg in file.message_types_by_name.values():
        dump_message(msg, messages, enums)
    for e in file.enum_types_by_name.values():
        enums[e.full_name] = dump_enum(e)
    doc = {"source": f"python onnx {onnx.__version__} (IR version {onnx.IR_VERSION})",
           "messages": messages, "enums": enums}
    print(json.dumps(doc, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
