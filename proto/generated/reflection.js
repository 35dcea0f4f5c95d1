// Generated from onnx.proto + caffe2.proto by tools/generate.mjs (pnpm --filter @tandem/proto generate).
// Do not edit by hand.
export const descriptor = {
  "nested": {
    "onnx": {
      "nested": {
        "Version": {
          "edition": "proto2",
          "values": {
            "_START_VERSION": 0,
            "IR_VERSION_2017_10_10": 1,
            "IR_VERSION_2017_10_30": 2,
            "IR_VERSION_2017_11_3": 3,
            "IR_VERSION_2019_1_22": 4,
            "IR_VERSION_2019_3_18": 5,
            "IR_VERSION_2019_9_19": 6,
            "IR_VERSION_2020_5_8": 7,
            "IR_VERSION_2021_7_30": 8,
            "IR_VERSION": 9
          }
        },
        "AttributeProto": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "ref_attr_name": {
              "type": "string",
              "id": 21
            },
            "doc_string": {
              "type": "string",
              "id": 13
            },
            "type": {
              "type": "AttributeType",
              "id": 20
            },
            "f": {
              "type": "float",
              "id": 2
            },
            "i": {
              "type": "int64",
              "id": 3
            },
            "s": {
              "type": "bytes",
              "id": 4
            },
            "t": {
              "type": "TensorProto",
              "id": 5
            },
            "g": {
              "type": "GraphProto",
              "id": 6
            },
            "sparse_tensor": {
              "type": "SparseTensorProto",
              "id": 22
            },
            "tp": {
              "type": "TypeProto",
              "id": 14
            },
            "floats": {
              "rule": "repeated",
              "type": "float",
              "id": 7
            },
            "ints": {
              "rule": "repeated",
              "type": "int64",
              "id": 8
            },
            "strings": {
              "rule": "repeated",
              "type": "bytes",
              "id": 9
            },
            "tensors": {
              "rule": "repeated",
              "type": "TensorProto",
              "id": 10
            },
            "graphs": {
              "rule": "repeated",
              "type": "GraphProto",
              "id": 11
            },
            "sparse_tensors": {
              "rule": "repeated",
              "type": "SparseTensorProto",
              "id": 23
            },
            "type_protos": {
              "rule": "repeated",
              "type": "TypeProto",
              "id": 15
            }
          },
          "nested": {
            "AttributeType": {
              "values": {
                "UNDEFINED": 0,
                "FLOAT": 1,
                "INT": 2,
                "STRING": 3,
                "TENSOR": 4,
                "GRAPH": 5,
                "SPARSE_TENSOR": 11,
                "TYPE_PROTO": 13,
                "FLOATS": 6,
                "INTS": 7,
                "STRINGS": 8,
                "TENSORS": 9,
                "GRAPHS": 10,
                "SPARSE_TENSORS": 12,
                "TYPE_PROTOS": 14
              }
            }
          }
        },
        "ValueInfoProto": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "type": {
              "type": "TypeProto",
              "id": 2
            },
            "doc_string": {
              "type": "string",
              "id": 3
            }
          }
        },
        "NodeProto": {
          "edition": "proto2",
          "fields": {
            "input": {
              "rule": "repeated",
              "type": "string",
              "id": 1
            },
            "output": {
              "rule": "repeated",
              "type": "string",
              "id": 2
            },
            "name": {
              "type": "string",
              "id": 3
            },
            "op_type": {
              "type": "string",
              "id": 4
            },
            "domain": {
              "type": "string",
              "id": 7
            },
            "attribute": {
              "rule": "repeated",
              "type": "AttributeProto",
              "id": 5
            },
            "doc_string": {
              "type": "string",
              "id": 6
            }
          }
        },
        "TrainingInfoProto": {
          "edition": "proto2",
          "fields": {
            "initialization": {
              "type": "GraphProto",
              "id": 1
            },
            "algorithm": {
              "type": "GraphProto",
              "id": 2
            },
            "initialization_binding": {
              "rule": "repeated",
              "type": "StringStringEntryProto",
              "id": 3
            },
            "update_binding": {
              "rule": "repeated",
              "type": "StringStringEntryProto",
              "id": 4
            }
          }
        },
        "ModelProto": {
          "edition": "proto2",
          "fields": {
            "ir_version": {
              "type": "int64",
              "id": 1
            },
            "opset_import": {
              "rule": "repeated",
              "type": "OperatorSetIdProto",
              "id": 8
            },
            "producer_name": {
              "type": "string",
              "id": 2
            },
            "producer_version": {
              "type": "string",
              "id": 3
            },
            "domain": {
              "type": "string",
              "id": 4
            },
            "model_version": {
              "type": "int64",
              "id": 5
            },
            "doc_string": {
              "type": "string",
              "id": 6
            },
            "graph": {
              "type": "GraphProto",
              "id": 7
            },
            "metadata_props": {
              "rule": "repeated",
              "type": "StringStringEntryProto",
              "id": 14
            },
            "training_info": {
              "rule": "repeated",
              "type": "TrainingInfoProto",
              "id": 20
            },
            "functions": {
              "rule": "repeated",
              "type": "FunctionProto",
              "id": 25
            }
          }
        },
        "StringStringEntryProto": {
          "edition": "proto2",
          "fields": {
            "key": {
              "type": "string",
              "id": 1
            },
            "value": {
              "type": "string",
              "id": 2
            }
          }
        },
        "TensorAnnotation": {
          "edition": "proto2",
          "fields": {
            "tensor_name": {
              "type": "string",
              "id": 1
            },
            "quant_parameter_tensor_names": {
              "rule": "repeated",
              "type": "StringStringEntryProto",
              "id": 2
            }
          }
        },
        "GraphProto": {
          "edition": "proto2",
          "fields": {
            "node": {
              "rule": "repeated",
              "type": "NodeProto",
              "id": 1
            },
            "name": {
              "type": "string",
              "id": 2
            },
            "initializer": {
              "rule": "repeated",
              "type": "TensorProto",
              "id": 5
            },
            "sparse_initializer": {
              "rule": "repeated",
              "type": "SparseTensorProto",
              "id": 15
            },
            "doc_string": {
              "type": "string",
              "id": 10
            },
            "input": {
              "rule": "repeated",
              "type": "ValueInfoProto",
              "id": 11
            },
            "output": {
              "rule": "repeated",
              "type": "ValueInfoProto",
              "id": 12
            },
            "value_info": {
              "rule": "repeated",
              "type": "ValueInfoProto",
              "id": 13
            },
            "quantization_annotation": {
              "rule": "repeated",
              "type": "TensorAnnotation",
              "id": 14
            }
          },
          "reserved": [
            [
              3,
              3
            ],
            [
              4,
              4
            ],
            [
              6,
              9
            ],
            "ir_version",
            "producer_version",
            "producer_tag",
            "domain"
          ]
        },
        "TensorProto": {
          "edition": "proto2",
          "fields": {
            "dims": {
              "rule": "repeated",
              "type": "int64",
              "id": 1
            },
            "data_type": {
              "type": "int32",
              "id": 2
            },
            "segment": {
              "type": "Segment",
              "id": 3
            },
            "float_data": {
              "rule": "repeated",
              "type": "float",
              "id": 4,
              "options": {
                "packed": true
              }
            },
            "int32_data": {
              "rule": "repeated",
              "type": "int32",
              "id": 5,
              "options": {
                "packed": true
              }
            },
            "string_data": {
              "rule": "repeated",
              "type": "bytes",
              "id": 6
            },
            "int64_data": {
              "rule": "repeated",
              "type": "int64",
              "id": 7,
              "options": {
                "packed": true
              }
            },
            "name": {
              "type": "string",
              "id": 8
            },
            "doc_string": {
              "type": "string",
              "id": 12
            },
            "raw_data": {
              "type": "bytes",
              "id": 9
            },
            "external_data": {
              "rule": "repeated",
              "type": "StringStringEntryProto",
              "id": 13
            },
            "data_location": {
              "type": "DataLocation",
              "id": 14
            },
            "double_data": {
              "rule": "repeated",
              "type": "double",
              "id": 10,
              "options": {
                "packed": true
              }
            },
            "uint64_data": {
              "rule": "repeated",
              "type": "uint64",
              "id": 11,
              "options": {
                "packed": true
              }
            }
          },
          "nested": {
            "DataType": {
              "values": {
                "UNDEFINED": 0,
                "FLOAT": 1,
                "UINT8": 2,
                "INT8": 3,
                "UINT16": 4,
                "INT16": 5,
                "INT32": 6,
                "INT64": 7,
                "STRING": 8,
                "BOOL": 9,
                "FLOAT16": 10,
                "DOUBLE": 11,
                "UINT32": 12,
                "UINT64": 13,
                "COMPLEX64": 14,
                "COMPLEX128": 15,
                "BFLOAT16": 16,
                "FLOAT8E4M3FN": 17,
                "FLOAT8E4M3FNUZ": 18,
                "FLOAT8E5M2": 19,
                "FLOAT8E5M2FNUZ": 20,
                "UINT4": 21,
                "INT4": 22
              }
            },
            "Segment": {
              "fields": {
                "begin": {
                  "type": "int64",
                  "id": 1
                },
                "end": {
                  "type": "int64",
                  "id": 2
                }
              }
            },
            "DataLocation": {
              "values": {
                "DEFAULT": 0,
                "EXTERNAL": 1
              }
            }
          }
        },
        "SparseTensorProto": {
          "edition": "proto2",
          "fields": {
            "values": {
              "type": "TensorProto",
              "id": 1
            },
            "indices": {
              "type": "TensorProto",
              "id": 2
            },
            "dims": {
              "rule": "repeated",
              "type": "int64",
              "id": 3
            }
          }
        },
        "TensorShapeProto": {
          "edition": "proto2",
          "fields": {
            "dim": {
              "rule": "repeated",
              "type": "Dimension",
              "id": 1
            }
          },
          "nested": {
            "Dimension": {
              "oneofs": {
                "value": {
                  "oneof": [
                    "dim_value",
                    "dim_param"
                  ]
                }
              },
              "fields": {
                "dim_value": {
                  "type": "int64",
                  "id": 1
                },
                "dim_param": {
                  "type": "string",
                  "id": 2
                },
                "denotation": {
                  "type": "string",
                  "id": 3
                }
              }
            }
          }
        },
        "TypeProto": {
          "edition": "proto2",
          "oneofs": {
            "value": {
              "oneof": [
                "tensor_type",
                "sequence_type",
                "map_type",
                "optional_type",
                "sparse_tensor_type",
                "opaque_type"
              ]
            }
          },
          "fields": {
            "tensor_type": {
              "type": "Tensor",
              "id": 1
            },
            "sequence_type": {
              "type": "Sequence",
              "id": 4
            },
            "map_type": {
              "type": "Map",
              "id": 5
            },
            "optional_type": {
              "type": "Optional",
              "id": 9
            },
            "sparse_tensor_type": {
              "type": "SparseTensor",
              "id": 8
            },
            "opaque_type": {
              "type": "Opaque",
              "id": 7
            },
            "denotation": {
              "type": "string",
              "id": 6
            }
          },
          "nested": {
            "Tensor": {
              "fields": {
                "elem_type": {
                  "type": "int32",
                  "id": 1
                },
                "shape": {
                  "type": "TensorShapeProto",
                  "id": 2
                }
              }
            },
            "Sequence": {
              "fields": {
                "elem_type": {
                  "type": "TypeProto",
                  "id": 1
                }
              }
            },
            "Map": {
              "fields": {
                "key_type": {
                  "type": "int32",
                  "id": 1
                },
                "value_type": {
                  "type": "TypeProto",
                  "id": 2
                }
              }
            },
            "Optional": {
              "fields": {
                "elem_type": {
                  "type": "TypeProto",
                  "id": 1
                }
              }
            },
            "SparseTensor": {
              "fields": {
                "elem_type": {
                  "type": "int32",
                  "id": 1
                },
                "shape": {
                  "type": "TensorShapeProto",
                  "id": 2
                }
              }
            },
            "Opaque": {
              "fields": {
                "domain": {
                  "type": "string",
                  "id": 1
                },
                "name": {
                  "type": "string",
                  "id": 2
                }
              }
            }
          }
        },
        "OperatorSetIdProto": {
          "edition": "proto2",
          "fields": {
            "domain": {
              "type": "string",
              "id": 1
            },
            "version": {
              "type": "int64",
              "id": 2
            }
          }
        },
        "OperatorStatus": {
          "edition": "proto2",
          "values": {
            "EXPERIMENTAL": 0,
            "STABLE": 1
          }
        },
        "FunctionProto": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "input": {
              "rule": "repeated",
              "type": "string",
              "id": 4
            },
            "output": {
              "rule": "repeated",
              "type": "string",
              "id": 5
            },
            "attribute": {
              "rule": "repeated",
              "type": "string",
              "id": 6
            },
            "attribute_proto": {
              "rule": "repeated",
              "type": "AttributeProto",
              "id": 11
            },
            "node": {
              "rule": "repeated",
              "type": "NodeProto",
              "id": 7
            },
            "doc_string": {
              "type": "string",
              "id": 8
            },
            "opset_import": {
              "rule": "repeated",
              "type": "OperatorSetIdProto",
              "id": 9
            },
            "domain": {
              "type": "string",
              "id": 10
            }
          },
          "reserved": [
            [
              2,
              2
            ],
            [
              3,
              3
            ],
            "since_version",
            "status"
          ]
        }
      }
    },
    "caffe2": {
      "nested": {
        "TensorProto": {
          "edition": "proto2",
          "fields": {
            "dims": {
              "rule": "repeated",
              "type": "int64",
              "id": 1
            },
            "data_type": {
              "type": "DataType",
              "id": 2,
              "options": {
                "default": "FLOAT"
              }
            },
            "data_format": {
              "type": "uint32",
              "id": 15,
              "options": {
                "default": 0
              }
            },
            "float_data": {
              "rule": "repeated",
              "type": "float",
              "id": 3,
              "options": {
                "packed": true
              }
            },
            "int32_data": {
              "rule": "repeated",
              "type": "int32",
              "id": 4,
              "options": {
                "packed": true
              }
            },
            "byte_data": {
              "type": "bytes",
              "id": 5
            },
            "string_data": {
              "rule": "repeated",
              "type": "bytes",
              "id": 6
            },
            "double_data": {
              "rule": "repeated",
              "type": "double",
              "id": 9,
              "options": {
                "packed": true
              }
            },
            "int64_data": {
              "rule": "repeated",
              "type": "int64",
              "id": 10,
              "options": {
                "packed": true
              }
            },
            "raw_data": {
              "type": "bytes",
              "id": 13
            },
            "name": {
              "type": "string",
              "id": 7
            },
            "device_detail": {
              "type": "DeviceOption",
              "id": 8
            },
            "segment": {
              "type": "Segment",
              "id": 11
            }
          },
          "reserved": [
            [
              12,
              12
            ],
            [
              14,
              14
            ]
          ],
          "nested": {
            "DataType": {
              "values": {
                "UNDEFINED": 0,
                "FLOAT": 1,
                "INT32": 2,
                "BYTE": 3,
                "STRING": 4,
                "BOOL": 5,
                "UINT8": 6,
                "INT8": 7,
                "UINT16": 8,
                "INT16": 9,
                "INT64": 10,
                "FLOAT16": 12,
                "DOUBLE": 13,
                "ZERO_COLLISION_HASH": 14,
                "REBATCHING_BUFFER": 15
              }
            },
            "SerializationFormat": {
              "values": {
                "FMT_PROTOBUF": 0,
                "FMT_BFLOAT16": 1
              }
            },
            "Segment": {
              "fields": {
                "begin": {
                  "rule": "required",
                  "type": "int64",
                  "id": 1
                },
                "end": {
                  "rule": "required",
                  "type": "int64",
                  "id": 2
                }
              }
            }
          }
        },
        "QTensorProto": {
          "edition": "proto2",
          "fields": {
            "dims": {
              "rule": "repeated",
              "type": "int64",
              "id": 1
            },
            "precision": {
              "rule": "required",
              "type": "int32",
              "id": 2
            },
            "scale": {
              "rule": "required",
              "type": "double",
              "id": 3
            },
            "bias": {
              "rule": "required",
              "type": "double",
              "id": 4
            },
            "is_signed": {
              "rule": "required",
              "type": "bool",
              "id": 5
            },
            "data": {
              "rule": "repeated",
              "type": "int32",
              "id": 6,
              "options": {
                "packed": true
              }
            },
            "name": {
              "type": "string",
              "id": 7
            },
            "data_type": {
              "type": "TensorProto.DataType",
              "id": 8,
              "options": {
                "default": "INT32"
              }
            },
            "scales": {
              "rule": "repeated",
              "type": "double",
              "id": 9
            },
            "biases": {
              "rule": "repeated",
              "type": "double",
              "id": 10
            },
            "axis": {
              "type": "int32",
              "id": 11
            },
            "is_multiparam": {
              "type": "bool",
              "id": 12,
              "options": {
                "default": false
              }
            }
          }
        },
        "TensorProtos": {
          "edition": "proto2",
          "fields": {
            "protos": {
              "rule": "repeated",
              "type": "TensorProto",
              "id": 1
            }
          }
        },
        "TensorShape": {
          "edition": "proto2",
          "fields": {
            "dims": {
              "rule": "repeated",
              "type": "int64",
              "id": 1
            },
            "data_type": {
              "type": "TensorProto.DataType",
              "id": 2,
              "options": {
                "default": "FLOAT"
              }
            },
            "unknown_dims": {
              "rule": "repeated",
              "type": "int32",
              "id": 3
            },
            "unknown_shape": {
              "type": "bool",
              "id": 4,
              "options": {
                "default": false
              }
            },
            "name": {
              "type": "string",
              "id": 5
            }
          }
        },
        "TensorShapes": {
          "edition": "proto2",
          "fields": {
            "shapes": {
              "rule": "repeated",
              "type": "TensorShape",
              "id": 1
            }
          }
        },
        "TensorBoundShape": {
          "edition": "proto2",
          "fields": {
            "shape": {
              "type": "TensorShape",
              "id": 1
            },
            "dim_type": {
              "rule": "repeated",
              "type": "DimType",
              "id": 2
            },
            "name": {
              "type": "string",
              "id": 3
            },
            "shape_is_final": {
              "type": "bool",
              "id": 4
            }
          },
          "nested": {
            "DimType": {
              "values": {
                "UNKNOWN": 0,
                "CONSTANT": 1,
                "BATCH": 2,
                "BATCH_OF_FEATURE_MAX": 3,
                "BATCH_OF_FEATURE_MAX_DEFAULT": 4,
                "FEATURE_MAX": 5,
                "FEATURE_MAX_DEFAULT": 6
              }
            }
          }
        },
        "TensorBoundShapes": {
          "edition": "proto2",
          "fields": {
            "shapes": {
              "rule": "repeated",
              "type": "TensorBoundShape",
              "id": 1
            },
            "max_batch_size": {
              "type": "int64",
              "id": 2
            },
            "max_feature_len": {
              "type": "int64",
              "id": 3
            }
          }
        },
        "AOTConfig": {
          "edition": "proto2",
          "fields": {
            "max_batch_size": {
              "rule": "required",
              "type": "int64",
              "id": 1
            },
            "max_seq_size": {
              "rule": "required",
              "type": "int64",
              "id": 2
            },
            "in_batch_broadcast": {
              "rule": "required",
              "type": "bool",
              "id": 3
            },
            "onnxifi_blacklist_ops": {
              "type": "string",
              "id": 4
            },
            "onnxifi_min_ops": {
              "type": "int32",
              "id": 5
            }
          }
        },
        "Argument": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "f": {
              "type": "float",
              "id": 2
            },
            "i": {
              "type": "int64",
              "id": 3
            },
            "s": {
              "type": "bytes",
              "id": 4
            },
            "t": {
              "type": "TensorProto",
              "id": 10
            },
            "n": {
              "type": "NetDef",
              "id": 8
            },
            "floats": {
              "rule": "repeated",
              "type": "float",
              "id": 5
            },
            "ints": {
              "rule": "repeated",
              "type": "int64",
              "id": 6
            },
            "strings": {
              "rule": "repeated",
              "type": "bytes",
              "id": 7
            },
            "tensors": {
              "rule": "repeated",
              "type": "TensorProto",
              "id": 11
            },
            "nets": {
              "rule": "repeated",
              "type": "NetDef",
              "id": 9
            },
            "qtensors": {
              "rule": "repeated",
              "type": "QTensorProto",
              "id": 12
            }
          }
        },
        "DeviceTypeProto": {
          "edition": "proto2",
          "values": {
            "PROTO_CPU": 0,
            "PROTO_CUDA": 1,
            "PROTO_MKLDNN": 2,
            "PROTO_OPENGL": 3,
            "PROTO_OPENCL": 4,
            "PROTO_IDEEP": 5,
            "PROTO_HIP": 6,
            "PROTO_FPGA": 7,
            "PROTO_MSNPU": 8,
            "PROTO_XLA": 9,
            "PROTO_MLC": 10,
            "PROTO_COMPILE_TIME_MAX_DEVICE_TYPES": 11
          }
        },
        "DeviceOption": {
          "edition": "proto2",
          "fields": {
            "device_type": {
              "type": "int32",
              "id": 1,
              "options": {
                "default": 0
              }
            },
            "device_id": {
              "type": "int32",
              "id": 2
            },
            "random_seed": {
              "type": "uint32",
              "id": 3
            },
            "node_name": {
              "type": "string",
              "id": 4
            },
            "numa_node_id": {
              "type": "int32",
              "id": 5
            },
            "extra_info": {
              "rule": "repeated",
              "type": "string",
              "id": 6
            }
          }
        },
        "OperatorDef": {
          "edition": "proto2",
          "fields": {
            "input": {
              "rule": "repeated",
              "type": "string",
              "id": 1
            },
            "output": {
              "rule": "repeated",
              "type": "string",
              "id": 2
            },
            "name": {
              "type": "string",
              "id": 3
            },
            "type": {
              "type": "string",
              "id": 4
            },
            "arg": {
              "rule": "repeated",
              "type": "Argument",
              "id": 5
            },
            "device_option": {
              "type": "DeviceOption",
              "id": 6
            },
            "engine": {
              "type": "string",
              "id": 7
            },
            "control_input": {
              "rule": "repeated",
              "type": "string",
              "id": 8
            },
            "is_gradient_op": {
              "type": "bool",
              "id": 9,
              "options": {
                "default": false
              }
            },
            "debug_info": {
              "type": "string",
              "id": 10
            },
            "domain": {
              "type": "string",
              "id": 11
            },
            "op_version": {
              "type": "int64",
              "id": 12
            }
          }
        },
        "MapFieldEntry": {
          "edition": "proto2",
          "fields": {
            "key": {
              "rule": "required",
              "type": "string",
              "id": 1
            },
            "val": {
              "rule": "required",
              "type": "string",
              "id": 2
            }
          }
        },
        "BackendOptions": {
          "edition": "proto2",
          "fields": {
            "backend_name": {
              "rule": "required",
              "type": "string",
              "id": 1
            },
            "option": {
              "rule": "repeated",
              "type": "MapFieldEntry",
              "id": 2
            }
          }
        },
        "PartitionInfo": {
          "edition": "proto2",
          "fields": {
            "name": {
              "rule": "required",
              "type": "string",
              "id": 1
            },
            "device_id": {
              "rule": "repeated",
              "type": "int32",
              "id": 2
            },
            "extra_info": {
              "type": "string",
              "id": 3
            },
            "backend_options": {
              "rule": "repeated",
              "type": "BackendOptions",
              "id": 4
            }
          }
        },
        "NetDef": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "op": {
              "rule": "repeated",
              "type": "OperatorDef",
              "id": 2
            },
            "type": {
              "type": "string",
              "id": 3
            },
            "num_workers": {
              "type": "int32",
              "id": 4
            },
            "device_option": {
              "type": "DeviceOption",
              "id": 5
            },
            "arg": {
              "rule": "repeated",
              "type": "Argument",
              "id": 6
            },
            "external_input": {
              "rule": "repeated",
              "type": "string",
              "id": 7
            },
            "external_output": {
              "rule": "repeated",
              "type": "string",
              "id": 8
            },
            "partition_info": {
              "rule": "repeated",
              "type": "PartitionInfo",
              "id": 9
            }
          }
        },
        "ExecutionStep": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "substep": {
              "rule": "repeated",
              "type": "ExecutionStep",
              "id": 2
            },
            "network": {
              "rule": "repeated",
              "type": "string",
              "id": 3
            },
            "num_iter": {
              "type": "int64",
              "id": 4
            },
            "criteria_network": {
              "type": "string",
              "id": 5,
              "options": {
                "deprecated": true
              }
            },
            "report_net": {
              "type": "string",
              "id": 7
            },
            "report_interval": {
              "type": "int32",
              "id": 8
            },
            "run_every_ms": {
              "type": "int64",
              "id": 11
            },
            "concurrent_substeps": {
              "type": "bool",
              "id": 6
            },
            "should_stop_blob": {
              "type": "string",
              "id": 9
            },
            "only_once": {
              "type": "bool",
              "id": 10
            },
            "create_workspace": {
              "type": "bool",
              "id": 12
            },
            "num_concurrent_instances": {
              "type": "int32",
              "id": 13
            }
          }
        },
        "PlanDef": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "network": {
              "rule": "repeated",
              "type": "NetDef",
              "id": 2
            },
            "execution_step": {
              "rule": "repeated",
              "type": "ExecutionStep",
              "id": 3
            }
          }
        },
        "BlobProto": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "type": {
              "type": "string",
              "id": 2
            },
            "tensor": {
              "type": "TensorProto",
              "id": 3
            },
            "content": {
              "type": "bytes",
              "id": 4
            },
            "qtensor": {
              "type": "QTensorProto",
              "id": 5
            },
            "content_num_chunks": {
              "type": "int32",
              "id": 6
            },
            "content_chunk_id": {
              "type": "int32",
              "id": 7
            }
          }
        },
        "DBReaderProto": {
          "edition": "proto2",
          "fields": {
            "name": {
              "type": "string",
              "id": 1
            },
            "source": {
              "type": "string",
              "id": 2
            },
            "db_type": {
              "type": "string",
              "id": 3
            },
            "key": {
              "type": "string",
              "id": 4
            }
          }
        },
        "BlobSerializationOptions": {
          "edition": "proto2",
          "fields": {
            "blob_name_regex": {
              "type": "string",
              "id": 1
            },
            "chunk_size": {
              "type": "int64",
              "id": 2
            },
            "float_format": {
              "type": "FloatFormat",
              "id": 3
            }
          },
          "nested": {
            "FloatFormat": {
              "values": {
                "FLOAT_DEFAULT": 0,
                "FLOAT_PROTOBUF": 1,
                "FLOAT_BFLOAT16": 2
              }
            }
          }
        },
        "SerializationOptions": {
          "edition": "proto2",
          "fields": {
            "options": {
              "rule": "repeated",
              "type": "BlobSerializationOptions",
              "id": 1
            }
          }
        }
      }
    }
  }
};
