#!/usr/bin/env python3
"""Writes the ONNX models that `pnpm bench` runs in onnxruntime-node beside Tandem.

Run with Debian's python3-onnx:  /usr/bin/python3 tools/gen/bench_models.py
Outputs (committed) land in tools/fixtures/bench/.

Conv weights are initializers (so ORT may pre-pack them, as it would in deployment) filled by
a formula that tools/bench/index.ts reproduces bit for bit, so the bench can also check that
both runtimes agree: w[i] = ((i * 7919) % 1000 / 1000 - 0.5) * scale.
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'bench')
OPSET = 13

# (name, channels in, channels out, kernel, stride, pad, spatial) -- ResNet-18 layers, batch 1.
CONVS = [
    ('conv3x3_c64_s56', 64, 64, 3, 1, 1, 56),
    ('conv3x3_c256_s14', 256, 256, 3, 1, 1, 14),
    ('conv1x1_c512_s7', 512, 512, 1, 1, 0, 7),
]


def pattern(n, scale):
    i = np.arange(n, dtype=np.int64)
    return (((i * 7919) % 1000).astype(np.float32) / np.float32(1000) - np.float32(0.5)) * np.float32(scale)


def save(model, name):
    onnx.checker.check_model(model)
    path = os.path.join(OUT, name + '.onnx')
    onnx.save(model, path)
    print('wrote', os.path.relpath(path), os.path.getsize(path), 'bytes')


def matmul():
    a = helper.make_tensor_value_info('A', TensorProto.FLOAT, ['M', 'K'])
    b = helper.make_tensor_value_info('B', TensorProto.FLOAT, ['K', 'N'])
    y = helper.make_tensor_value_info('Y', TensorProto.FLOAT, ['M', 'N'])
    graph = helper.make_graph([helper.make_node('MatMul', ['A', 'B'], ['Y'])], 'matmul', [a, b], [y])
    save(helper.make_model(graph, opset_imports=[helper.make_opsetid('', OPSET)]), 'matmul')


def conv(name, cin, cout, k, stride, pad, size):
    scale = 1.0 / np.sqrt(cin * k * k)
    w = pattern(cout * cin * k * k, scale).reshape(cout, cin, k, k)
    bias = pattern(cout, 0.1)
    out = (size + 2 * pad - k) // stride + 1
    x = helper.make_tensor_value_info('X', TensorProto.FLOAT, [1, cin, size, size])
    y = helper.make_tensor_value_info('Y', TensorProto.FLOAT, [1, cout, out, out])
    node = helper.make_node('Conv', ['X', 'W', 'B'], ['Y'], kernel_shape=[k, k], strides=[stride] * 2,
                            pads=[pad] * 4, dilations=[1, 1], group=1)
    graph = helper.make_graph([node], name, [x], [y],
                              initializer=[numpy_helper.from_array(w, 'W'), numpy_helper.from_array(bias, 'B')])
    save(helper.make_model(graph, opset_imports=[helper.make_opsetid('', OPSET)]), name)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    matmul()
    for c in CONVS:
        conv(*c)
