"""Write an ONNX model that exercises every kind of field, in binary and in Python protobuf's
text format, so that test/text-format.test.ts can check our text parser and printer against an
independent implementation (google.protobuf.text_format).

    /usr/bin/python3 proto/tools/make-text-fixtures.py proto/test/fixtures
"""
import math
import struct
import sys
from pathlib import Path

import numpy as np
import onnx
from google.protobuf import text_format
from onnx import TensorProto, helper, numpy_helper


def kitchen_sink():
    raw = np.array([[1.5, -2.25], [math.inf, -0.0]], dtype=np.float32)
    weight = numpy_helper.from_array(raw, name="weight")
    weight.doc_string = "tab\there, quote \" and apostrophe ' and backslash \\"
    big = TensorProto(name="big", data_type=TensorProto.INT64, dims=[4],
                      int64_data=[-(2**63), 2**63 - 1, 2**53 + 1, -1])
    unsigned = TensorProto(name="unsigned", data_type=TensorProto.UINT64, dims=[3],
                           uint64_data=[0, 2**64 - 1, 2**63])
    doubles = TensorProto(name="doubles", data_type=TensorProto.DOUBLE, dims=[5],
                          double_data=[0.1, -1e300, 5e-324, math.nan, -math.inf])
    strings = TensorProto(name="strings", data_type=TensorProto.STRING, dims=[3],
                          string_data=[b"plain", bytes(range(0, 256, 7)), "żółw 🐢".encode()])
    external = TensorProto(name="external", data_type=TensorProto.FLOAT, dims=[1024],
                           data_location=TensorProto.EXTERNAL)
    for key, value in [("location", "weights.bin"), ("offset", "0"), ("length", "4096")]:
        entry = external.external_data.add()
        entry.key, entry.value = key, value
    segment = TensorProto(name="segment", data_type=TensorProto.FLOAT, dims=[2],
                          float_data=[3.0, 1e-7])
    segment.segment.begin, segment.segment.end = 10, 12
    sparse = helper.make_sparse_tensor(
        helper.make_tensor("values", TensorProto.FLOAT, [2], [1.0, 2.0]),
        helper.make_tensor("indices", TensorProto.INT64, [2], [1, 5]), [2, 3])

    map_type = onnx.TypeProto()
    map_type.map_type.key_type = TensorProto.STRING
    map_type.map_type.value_type.CopyFrom(helper.make_tensor_type_proto(TensorProto.BOOL, []))
    map_type.denotation = "TENSOR"
    then_graph = helper.make_graph(
        [helper.make_node("Identity", ["x"], ["y"])], "then",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])
    node = helper.make_node(
        "Custom", ["input", "weight"], ["output"], name="node/0", domain="tandem.test",
        doc_string="line one\nline two",
        alpha=0.1, count=-7, label="naïve", blob=b"\x00\x01\xff\x7f",
        shape=[1, -1, 2**40], scales=[0.5, float("inf"), -float("inf")],
        names=["a", "b\"c"], tensor=segment, graph=then_graph, tensors=[big, unsigned],
        graphs=[then_graph], sparse=sparse,
        type=helper.make_tensor_type_proto(TensorProto.FLOAT16, [2, "M"]),
        types=[helper.make_sequence_type_proto(
            helper.make_tensor_type_proto(TensorProto.INT8, None)),
            helper.make_optional_type_proto(map_type),
            helper.make_sparse_tensor_type_proto(TensorProto.FLOAT, [5, 5])])
    dim = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 2])
    dim.type.tensor_type.shape.dim[0].denotation = "DATA_BATCH"
    graph = helper.make_graph(
        [node], "kitchen sink", [dim],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [None, 2])],
        initializer=[weight, doubles, strings, external], sparse_initializer=[sparse],
        doc_string="graph doc — ünïcode ✓")
    annotation = graph.quantization_annotation.add()
    annotation.tensor_name = "weight"
    qp = annotation.quant_parameter_tensor_names.add()
    qp.key, qp.value = "SCALE_TENSOR", "weight_scale"
    function = helper.make_function(
        "tandem.test", "Twice", ["X"], ["Y"],
        [helper.make_node("Add", ["X", "X"], ["Y"])],
        [helper.make_opsetid("", 13)], attributes=["unused"])
    model = helper.make_model(graph, producer_name="make-text-fixtures",
                              opset_imports=[helper.make_opsetid("", 13),
                                             helper.make_opsetid("tandem.test", 1)],
                              functions=[function])
    model.model_version = 2**62
    helper.set_model_props(model, {"author": "tandem", "empty": ""})
    training = model.training_info.add()
    training.algorithm.name = "step"
    binding = training.update_binding.add()
    binding.key, binding.value = "weight", "weight_new"
    return model


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "proto/test/fixtures")
    model = kitchen_sink()
    (out / "kitchen-sink.onnx").write_bytes(model.SerializeToString())
    (out / "kitchen-sink.onnx.pbtxt").write_text(text_format.MessageToString(model),
                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
