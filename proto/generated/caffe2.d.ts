// Generated from caffe2.proto by tools/generate.mjs (pnpm --filter @tandem/proto generate).
// Do not edit by hand.
import * as $protobuf from "protobufjs";
import type Long from "long";

export namespace caffe2 {

    interface ITensorProto extends caffe2.TensorProto.$Properties {
    }

    class TensorProto {
        constructor(properties?: caffe2.TensorProto.$Properties);
        $unknowns?: Uint8Array[];
        dims: (number|Long)[];
        dataType: caffe2.TensorProto.DataType;
        dataFormat: number;
        floatData: number[];
        int32Data: number[];
        byteData: Uint8Array;
        stringData: Uint8Array[];
        doubleData: number[];
        int64Data: (number|Long)[];
        rawData: Uint8Array;
        name: string;
        deviceDetail?: (caffe2.DeviceOption|null);
        segment?: (caffe2.TensorProto.Segment|null);
        static create(properties: caffe2.TensorProto.$Shape): caffe2.TensorProto & caffe2.TensorProto.$Shape;
        static create(properties?: caffe2.TensorProto.$Properties): caffe2.TensorProto;
        static encode(message: caffe2.TensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.TensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.TensorProto & caffe2.TensorProto.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.TensorProto & caffe2.TensorProto.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.TensorProto;
        static toObject(message: caffe2.TensorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorProto {
        interface $Properties {
            dims?: ((number|Long)[]|null);
            dataType?: (caffe2.TensorProto.DataType|null);
            dataFormat?: (number|null);
            floatData?: (number[]|null);
            int32Data?: (number[]|null);
            byteData?: (Uint8Array|null);
            stringData?: (Uint8Array[]|null);
            doubleData?: (number[]|null);
            int64Data?: ((number|Long)[]|null);
            rawData?: (Uint8Array|null);
            name?: (string|null);
            deviceDetail?: (caffe2.DeviceOption.$Properties|null);
            segment?: (caffe2.TensorProto.Segment.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.TensorProto.$Properties;

        enum DataType {
            UNDEFINED = 0,
            FLOAT = 1,
            INT32 = 2,
            BYTE = 3,
            STRING = 4,
            BOOL = 5,
            UINT8 = 6,
            INT8 = 7,
            UINT16 = 8,
            INT16 = 9,
            INT64 = 10,
            FLOAT16 = 12,
            DOUBLE = 13,
            ZERO_COLLISION_HASH = 14,
            REBATCHING_BUFFER = 15
        }

        enum SerializationFormat {
            FMT_PROTOBUF = 0,
            FMT_BFLOAT16 = 1
        }

        interface ISegment extends caffe2.TensorProto.Segment.$Properties {
        }

        class Segment {
            constructor(properties?: caffe2.TensorProto.Segment.$Properties);
            $unknowns?: Uint8Array[];
            begin: (number|Long);
            end: (number|Long);
            static create(properties: caffe2.TensorProto.Segment.$Shape): caffe2.TensorProto.Segment & caffe2.TensorProto.Segment.$Shape;
            static create(properties?: caffe2.TensorProto.Segment.$Properties): caffe2.TensorProto.Segment;
            static encode(message: caffe2.TensorProto.Segment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: caffe2.TensorProto.Segment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.TensorProto.Segment & caffe2.TensorProto.Segment.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.TensorProto.Segment & caffe2.TensorProto.Segment.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): caffe2.TensorProto.Segment;
            static toObject(message: caffe2.TensorProto.Segment, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Segment {
            interface $Properties {
                begin: (number|Long);
                end: (number|Long);
                $unknowns?: Uint8Array[];
            }
            type $Shape = caffe2.TensorProto.Segment.$Properties;
        }
    }

    interface IQTensorProto extends caffe2.QTensorProto.$Properties {
    }

    class QTensorProto {
        constructor(properties?: caffe2.QTensorProto.$Properties);
        $unknowns?: Uint8Array[];
        dims: (number|Long)[];
        precision: number;
        scale: number;
        bias: number;
        isSigned: boolean;
        data: number[];
        name: string;
        dataType: caffe2.TensorProto.DataType;
        scales: number[];
        biases: number[];
        axis: number;
        isMultiparam: boolean;
        static create(properties: caffe2.QTensorProto.$Shape): caffe2.QTensorProto & caffe2.QTensorProto.$Shape;
        static create(properties?: caffe2.QTensorProto.$Properties): caffe2.QTensorProto;
        static encode(message: caffe2.QTensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.QTensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.QTensorProto & caffe2.QTensorProto.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.QTensorProto & caffe2.QTensorProto.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.QTensorProto;
        static toObject(message: caffe2.QTensorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace QTensorProto {
        interface $Properties {
            dims?: ((number|Long)[]|null);
            precision: number;
            scale: number;
            bias: number;
            isSigned: boolean;
            data?: (number[]|null);
            name?: (string|null);
            dataType?: (caffe2.TensorProto.DataType|null);
            scales?: (number[]|null);
            biases?: (number[]|null);
            axis?: (number|null);
            isMultiparam?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.QTensorProto.$Properties;
    }

    interface ITensorProtos extends caffe2.TensorProtos.$Properties {
    }

    class TensorProtos {
        constructor(properties?: caffe2.TensorProtos.$Properties);
        $unknowns?: Uint8Array[];
        protos: caffe2.TensorProto[];
        static create(properties: caffe2.TensorProtos.$Shape): caffe2.TensorProtos & caffe2.TensorProtos.$Shape;
        static create(properties?: caffe2.TensorProtos.$Properties): caffe2.TensorProtos;
        static encode(message: caffe2.TensorProtos.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.TensorProtos.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.TensorProtos & caffe2.TensorProtos.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.TensorProtos & caffe2.TensorProtos.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.TensorProtos;
        static toObject(message: caffe2.TensorProtos, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorProtos {
        interface $Properties {
            protos?: (caffe2.TensorProto.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.TensorProtos.$Properties;
    }

    interface ITensorShape extends caffe2.TensorShape.$Properties {
    }

    class TensorShape {
        constructor(properties?: caffe2.TensorShape.$Properties);
        $unknowns?: Uint8Array[];
        dims: (number|Long)[];
        dataType: caffe2.TensorProto.DataType;
        unknownDims: number[];
        unknownShape: boolean;
        name: string;
        static create(properties: caffe2.TensorShape.$Shape): caffe2.TensorShape & caffe2.TensorShape.$Shape;
        static create(properties?: caffe2.TensorShape.$Properties): caffe2.TensorShape;
        static encode(message: caffe2.TensorShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.TensorShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.TensorShape & caffe2.TensorShape.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.TensorShape & caffe2.TensorShape.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.TensorShape;
        static toObject(message: caffe2.TensorShape, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorShape {
        interface $Properties {
            dims?: ((number|Long)[]|null);
            dataType?: (caffe2.TensorProto.DataType|null);
            unknownDims?: (number[]|null);
            unknownShape?: (boolean|null);
            name?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.TensorShape.$Properties;
    }

    interface ITensorShapes extends caffe2.TensorShapes.$Properties {
    }

    class TensorShapes {
        constructor(properties?: caffe2.TensorShapes.$Properties);
        $unknowns?: Uint8Array[];
        shapes: caffe2.TensorShape[];
        static create(properties: caffe2.TensorShapes.$Shape): caffe2.TensorShapes & caffe2.TensorShapes.$Shape;
        static create(properties?: caffe2.TensorShapes.$Properties): caffe2.TensorShapes;
        static encode(message: caffe2.TensorShapes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.TensorShapes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.TensorShapes & caffe2.TensorShapes.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.TensorShapes & caffe2.TensorShapes.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.TensorShapes;
        static toObject(message: caffe2.TensorShapes, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorShapes {
        interface $Properties {
            shapes?: (caffe2.TensorShape.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.TensorShapes.$Properties;
    }

    interface ITensorBoundShape extends caffe2.TensorBoundShape.$Properties {
    }

    class TensorBoundShape {
        constructor(properties?: caffe2.TensorBoundShape.$Properties);
        $unknowns?: Uint8Array[];
        shape?: (caffe2.TensorShape|null);
        dimType: caffe2.TensorBoundShape.DimType[];
        name: string;
        shapeIsFinal: boolean;
        static create(properties: caffe2.TensorBoundShape.$Shape): caffe2.TensorBoundShape & caffe2.TensorBoundShape.$Shape;
        static create(properties?: caffe2.TensorBoundShape.$Properties): caffe2.TensorBoundShape;
        static encode(message: caffe2.TensorBoundShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.TensorBoundShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.TensorBoundShape & caffe2.TensorBoundShape.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.TensorBoundShape & caffe2.TensorBoundShape.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.TensorBoundShape;
        static toObject(message: caffe2.TensorBoundShape, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorBoundShape {
        interface $Properties {
            shape?: (caffe2.TensorShape.$Properties|null);
            dimType?: (caffe2.TensorBoundShape.DimType[]|null);
            name?: (string|null);
            shapeIsFinal?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.TensorBoundShape.$Properties;

        enum DimType {
            UNKNOWN = 0,
            CONSTANT = 1,
            BATCH = 2,
            BATCH_OF_FEATURE_MAX = 3,
            BATCH_OF_FEATURE_MAX_DEFAULT = 4,
            FEATURE_MAX = 5,
            FEATURE_MAX_DEFAULT = 6
        }
    }

    interface ITensorBoundShapes extends caffe2.TensorBoundShapes.$Properties {
    }

    class TensorBoundShapes {
        constructor(properties?: caffe2.TensorBoundShapes.$Properties);
        $unknowns?: Uint8Array[];
        shapes: caffe2.TensorBoundShape[];
        maxBatchSize: (number|Long);
        maxFeatureLen: (number|Long);
        static create(properties: caffe2.TensorBoundShapes.$Shape): caffe2.TensorBoundShapes & caffe2.TensorBoundShapes.$Shape;
        static create(properties?: caffe2.TensorBoundShapes.$Properties): caffe2.TensorBoundShapes;
        static encode(message: caffe2.TensorBoundShapes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.TensorBoundShapes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.TensorBoundShapes & caffe2.TensorBoundShapes.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.TensorBoundShapes & caffe2.TensorBoundShapes.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.TensorBoundShapes;
        static toObject(message: caffe2.TensorBoundShapes, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorBoundShapes {
        interface $Properties {
            shapes?: (caffe2.TensorBoundShape.$Properties[]|null);
            maxBatchSize?: (number|Long|null);
            maxFeatureLen?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.TensorBoundShapes.$Properties;
    }

    interface IAOTConfig extends caffe2.AOTConfig.$Properties {
    }

    class AOTConfig {
        constructor(properties?: caffe2.AOTConfig.$Properties);
        $unknowns?: Uint8Array[];
        maxBatchSize: (number|Long);
        maxSeqSize: (number|Long);
        inBatchBroadcast: boolean;
        onnxifiBlacklistOps: string;
        onnxifiMinOps: number;
        static create(properties: caffe2.AOTConfig.$Shape): caffe2.AOTConfig & caffe2.AOTConfig.$Shape;
        static create(properties?: caffe2.AOTConfig.$Properties): caffe2.AOTConfig;
        static encode(message: caffe2.AOTConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.AOTConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.AOTConfig & caffe2.AOTConfig.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.AOTConfig & caffe2.AOTConfig.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.AOTConfig;
        static toObject(message: caffe2.AOTConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AOTConfig {
        interface $Properties {
            maxBatchSize: (number|Long);
            maxSeqSize: (number|Long);
            inBatchBroadcast: boolean;
            onnxifiBlacklistOps?: (string|null);
            onnxifiMinOps?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.AOTConfig.$Properties;
    }

    interface IArgument extends caffe2.Argument.$Properties {
    }

    class Argument {
        constructor(properties?: caffe2.Argument.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        f: number;
        i: (number|Long);
        s: Uint8Array;
        t?: (caffe2.TensorProto|null);
        n?: (caffe2.NetDef|null);
        floats: number[];
        ints: (number|Long)[];
        strings: Uint8Array[];
        tensors: caffe2.TensorProto[];
        nets: caffe2.NetDef[];
        qtensors: caffe2.QTensorProto[];
        static create(properties: caffe2.Argument.$Shape): caffe2.Argument & caffe2.Argument.$Shape;
        static create(properties?: caffe2.Argument.$Properties): caffe2.Argument;
        static encode(message: caffe2.Argument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.Argument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.Argument & caffe2.Argument.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.Argument & caffe2.Argument.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.Argument;
        static toObject(message: caffe2.Argument, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Argument {
        interface $Properties {
            name?: (string|null);
            f?: (number|null);
            i?: (number|Long|null);
            s?: (Uint8Array|null);
            t?: (caffe2.TensorProto.$Properties|null);
            n?: (caffe2.NetDef.$Properties|null);
            floats?: (number[]|null);
            ints?: ((number|Long)[]|null);
            strings?: (Uint8Array[]|null);
            tensors?: (caffe2.TensorProto.$Properties[]|null);
            nets?: (caffe2.NetDef.$Properties[]|null);
            qtensors?: (caffe2.QTensorProto.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.Argument.$Properties;
    }

    enum DeviceTypeProto {
        PROTO_CPU = 0,
        PROTO_CUDA = 1,
        PROTO_MKLDNN = 2,
        PROTO_OPENGL = 3,
        PROTO_OPENCL = 4,
        PROTO_IDEEP = 5,
        PROTO_HIP = 6,
        PROTO_FPGA = 7,
        PROTO_MSNPU = 8,
        PROTO_XLA = 9,
        PROTO_MLC = 10,
        PROTO_COMPILE_TIME_MAX_DEVICE_TYPES = 11
    }

    interface IDeviceOption extends caffe2.DeviceOption.$Properties {
    }

    class DeviceOption {
        constructor(properties?: caffe2.DeviceOption.$Properties);
        $unknowns?: Uint8Array[];
        deviceType: number;
        deviceId: number;
        randomSeed: number;
        nodeName: string;
        numaNodeId: number;
        extraInfo: string[];
        static create(properties: caffe2.DeviceOption.$Shape): caffe2.DeviceOption & caffe2.DeviceOption.$Shape;
        static create(properties?: caffe2.DeviceOption.$Properties): caffe2.DeviceOption;
        static encode(message: caffe2.DeviceOption.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.DeviceOption.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.DeviceOption & caffe2.DeviceOption.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.DeviceOption & caffe2.DeviceOption.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.DeviceOption;
        static toObject(message: caffe2.DeviceOption, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceOption {
        interface $Properties {
            deviceType?: (number|null);
            deviceId?: (number|null);
            randomSeed?: (number|null);
            nodeName?: (string|null);
            numaNodeId?: (number|null);
            extraInfo?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.DeviceOption.$Properties;
    }

    interface IOperatorDef extends caffe2.OperatorDef.$Properties {
    }

    class OperatorDef {
        constructor(properties?: caffe2.OperatorDef.$Properties);
        $unknowns?: Uint8Array[];
        input: string[];
        output: string[];
        name: string;
        type: string;
        arg: caffe2.Argument[];
        deviceOption?: (caffe2.DeviceOption|null);
        engine: string;
        controlInput: string[];
        isGradientOp: boolean;
        debugInfo: string;
        domain: string;
        opVersion: (number|Long);
        static create(properties: caffe2.OperatorDef.$Shape): caffe2.OperatorDef & caffe2.OperatorDef.$Shape;
        static create(properties?: caffe2.OperatorDef.$Properties): caffe2.OperatorDef;
        static encode(message: caffe2.OperatorDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.OperatorDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.OperatorDef & caffe2.OperatorDef.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.OperatorDef & caffe2.OperatorDef.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.OperatorDef;
        static toObject(message: caffe2.OperatorDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace OperatorDef {
        interface $Properties {
            input?: (string[]|null);
            output?: (string[]|null);
            name?: (string|null);
            type?: (string|null);
            arg?: (caffe2.Argument.$Properties[]|null);
            deviceOption?: (caffe2.DeviceOption.$Properties|null);
            engine?: (string|null);
            controlInput?: (string[]|null);
            isGradientOp?: (boolean|null);
            debugInfo?: (string|null);
            domain?: (string|null);
            opVersion?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.OperatorDef.$Properties;
    }

    interface IMapFieldEntry extends caffe2.MapFieldEntry.$Properties {
    }

    class MapFieldEntry {
        constructor(properties?: caffe2.MapFieldEntry.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        val: string;
        static create(properties: caffe2.MapFieldEntry.$Shape): caffe2.MapFieldEntry & caffe2.MapFieldEntry.$Shape;
        static create(properties?: caffe2.MapFieldEntry.$Properties): caffe2.MapFieldEntry;
        static encode(message: caffe2.MapFieldEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.MapFieldEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.MapFieldEntry & caffe2.MapFieldEntry.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.MapFieldEntry & caffe2.MapFieldEntry.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.MapFieldEntry;
        static toObject(message: caffe2.MapFieldEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MapFieldEntry {
        interface $Properties {
            key: string;
            val: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.MapFieldEntry.$Properties;
    }

    interface IBackendOptions extends caffe2.BackendOptions.$Properties {
    }

    class BackendOptions {
        constructor(properties?: caffe2.BackendOptions.$Properties);
        $unknowns?: Uint8Array[];
        backendName: string;
        option: caffe2.MapFieldEntry[];
        static create(properties: caffe2.BackendOptions.$Shape): caffe2.BackendOptions & caffe2.BackendOptions.$Shape;
        static create(properties?: caffe2.BackendOptions.$Properties): caffe2.BackendOptions;
        static encode(message: caffe2.BackendOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.BackendOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.BackendOptions & caffe2.BackendOptions.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.BackendOptions & caffe2.BackendOptions.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.BackendOptions;
        static toObject(message: caffe2.BackendOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BackendOptions {
        interface $Properties {
            backendName: string;
            option?: (caffe2.MapFieldEntry.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.BackendOptions.$Properties;
    }

    interface IPartitionInfo extends caffe2.PartitionInfo.$Properties {
    }

    class PartitionInfo {
        constructor(properties?: caffe2.PartitionInfo.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        deviceId: number[];
        extraInfo: string;
        backendOptions: caffe2.BackendOptions[];
        static create(properties: caffe2.PartitionInfo.$Shape): caffe2.PartitionInfo & caffe2.PartitionInfo.$Shape;
        static create(properties?: caffe2.PartitionInfo.$Properties): caffe2.PartitionInfo;
        static encode(message: caffe2.PartitionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.PartitionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.PartitionInfo & caffe2.PartitionInfo.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.PartitionInfo & caffe2.PartitionInfo.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.PartitionInfo;
        static toObject(message: caffe2.PartitionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PartitionInfo {
        interface $Properties {
            name: string;
            deviceId?: (number[]|null);
            extraInfo?: (string|null);
            backendOptions?: (caffe2.BackendOptions.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.PartitionInfo.$Properties;
    }

    interface INetDef extends caffe2.NetDef.$Properties {
    }

    class NetDef {
        constructor(properties?: caffe2.NetDef.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        op: caffe2.OperatorDef[];
        type: string;
        numWorkers: number;
        deviceOption?: (caffe2.DeviceOption|null);
        arg: caffe2.Argument[];
        externalInput: string[];
        externalOutput: string[];
        partitionInfo: caffe2.PartitionInfo[];
        static create(properties: caffe2.NetDef.$Shape): caffe2.NetDef & caffe2.NetDef.$Shape;
        static create(properties?: caffe2.NetDef.$Properties): caffe2.NetDef;
        static encode(message: caffe2.NetDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.NetDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.NetDef & caffe2.NetDef.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.NetDef & caffe2.NetDef.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.NetDef;
        static toObject(message: caffe2.NetDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NetDef {
        interface $Properties {
            name?: (string|null);
            op?: (caffe2.OperatorDef.$Properties[]|null);
            type?: (string|null);
            numWorkers?: (number|null);
            deviceOption?: (caffe2.DeviceOption.$Properties|null);
            arg?: (caffe2.Argument.$Properties[]|null);
            externalInput?: (string[]|null);
            externalOutput?: (string[]|null);
            partitionInfo?: (caffe2.PartitionInfo.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.NetDef.$Properties;
    }

    interface IExecutionStep extends caffe2.ExecutionStep.$Properties {
    }

    class ExecutionStep {
        constructor(properties?: caffe2.ExecutionStep.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        substep: caffe2.ExecutionStep[];
        network: string[];
        numIter: (number|Long);
        criteriaNetwork: string;
        reportNet: string;
        reportInterval: number;
        runEveryMs: (number|Long);
        concurrentSubsteps: boolean;
        shouldStopBlob: string;
        onlyOnce: boolean;
        createWorkspace: boolean;
        numConcurrentInstances: number;
        static create(properties: caffe2.ExecutionStep.$Shape): caffe2.ExecutionStep & caffe2.ExecutionStep.$Shape;
        static create(properties?: caffe2.ExecutionStep.$Properties): caffe2.ExecutionStep;
        static encode(message: caffe2.ExecutionStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.ExecutionStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.ExecutionStep & caffe2.ExecutionStep.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.ExecutionStep & caffe2.ExecutionStep.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.ExecutionStep;
        static toObject(message: caffe2.ExecutionStep, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExecutionStep {
        interface $Properties {
            name?: (string|null);
            substep?: (caffe2.ExecutionStep.$Properties[]|null);
            network?: (string[]|null);
            numIter?: (number|Long|null);
            criteriaNetwork?: (string|null);
            reportNet?: (string|null);
            reportInterval?: (number|null);
            runEveryMs?: (number|Long|null);
            concurrentSubsteps?: (boolean|null);
            shouldStopBlob?: (string|null);
            onlyOnce?: (boolean|null);
            createWorkspace?: (boolean|null);
            numConcurrentInstances?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.ExecutionStep.$Properties;
    }

    interface IPlanDef extends caffe2.PlanDef.$Properties {
    }

    class PlanDef {
        constructor(properties?: caffe2.PlanDef.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        network: caffe2.NetDef[];
        executionStep: caffe2.ExecutionStep[];
        static create(properties: caffe2.PlanDef.$Shape): caffe2.PlanDef & caffe2.PlanDef.$Shape;
        static create(properties?: caffe2.PlanDef.$Properties): caffe2.PlanDef;
        static encode(message: caffe2.PlanDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.PlanDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.PlanDef & caffe2.PlanDef.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.PlanDef & caffe2.PlanDef.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.PlanDef;
        static toObject(message: caffe2.PlanDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlanDef {
        interface $Properties {
            name?: (string|null);
            network?: (caffe2.NetDef.$Properties[]|null);
            executionStep?: (caffe2.ExecutionStep.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.PlanDef.$Properties;
    }

    interface IBlobProto extends caffe2.BlobProto.$Properties {
    }

    class BlobProto {
        constructor(properties?: caffe2.BlobProto.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        type: string;
        tensor?: (caffe2.TensorProto|null);
        content: Uint8Array;
        qtensor?: (caffe2.QTensorProto|null);
        contentNumChunks: number;
        contentChunkId: number;
        static create(properties: caffe2.BlobProto.$Shape): caffe2.BlobProto & caffe2.BlobProto.$Shape;
        static create(properties?: caffe2.BlobProto.$Properties): caffe2.BlobProto;
        static encode(message: caffe2.BlobProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.BlobProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.BlobProto & caffe2.BlobProto.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.BlobProto & caffe2.BlobProto.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.BlobProto;
        static toObject(message: caffe2.BlobProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobProto {
        interface $Properties {
            name?: (string|null);
            type?: (string|null);
            tensor?: (caffe2.TensorProto.$Properties|null);
            content?: (Uint8Array|null);
            qtensor?: (caffe2.QTensorProto.$Properties|null);
            contentNumChunks?: (number|null);
            contentChunkId?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.BlobProto.$Properties;
    }

    interface IDBReaderProto extends caffe2.DBReaderProto.$Properties {
    }

    class DBReaderProto {
        constructor(properties?: caffe2.DBReaderProto.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        source: string;
        dbType: string;
        key: string;
        static create(properties: caffe2.DBReaderProto.$Shape): caffe2.DBReaderProto & caffe2.DBReaderProto.$Shape;
        static create(properties?: caffe2.DBReaderProto.$Properties): caffe2.DBReaderProto;
        static encode(message: caffe2.DBReaderProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.DBReaderProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.DBReaderProto & caffe2.DBReaderProto.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.DBReaderProto & caffe2.DBReaderProto.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.DBReaderProto;
        static toObject(message: caffe2.DBReaderProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DBReaderProto {
        interface $Properties {
            name?: (string|null);
            source?: (string|null);
            dbType?: (string|null);
            key?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.DBReaderProto.$Properties;
    }

    interface IBlobSerializationOptions extends caffe2.BlobSerializationOptions.$Properties {
    }

    class BlobSerializationOptions {
        constructor(properties?: caffe2.BlobSerializationOptions.$Properties);
        $unknowns?: Uint8Array[];
        blobNameRegex: string;
        chunkSize: (number|Long);
        floatFormat: caffe2.BlobSerializationOptions.FloatFormat;
        static create(properties: caffe2.BlobSerializationOptions.$Shape): caffe2.BlobSerializationOptions & caffe2.BlobSerializationOptions.$Shape;
        static create(properties?: caffe2.BlobSerializationOptions.$Properties): caffe2.BlobSerializationOptions;
        static encode(message: caffe2.BlobSerializationOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.BlobSerializationOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.BlobSerializationOptions & caffe2.BlobSerializationOptions.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.BlobSerializationOptions & caffe2.BlobSerializationOptions.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.BlobSerializationOptions;
        static toObject(message: caffe2.BlobSerializationOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobSerializationOptions {
        interface $Properties {
            blobNameRegex?: (string|null);
            chunkSize?: (number|Long|null);
            floatFormat?: (caffe2.BlobSerializationOptions.FloatFormat|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.BlobSerializationOptions.$Properties;

        enum FloatFormat {
            FLOAT_DEFAULT = 0,
            FLOAT_PROTOBUF = 1,
            FLOAT_BFLOAT16 = 2
        }
    }

    interface ISerializationOptions extends caffe2.SerializationOptions.$Properties {
    }

    class SerializationOptions {
        constructor(properties?: caffe2.SerializationOptions.$Properties);
        $unknowns?: Uint8Array[];
        options: caffe2.BlobSerializationOptions[];
        static create(properties: caffe2.SerializationOptions.$Shape): caffe2.SerializationOptions & caffe2.SerializationOptions.$Shape;
        static create(properties?: caffe2.SerializationOptions.$Properties): caffe2.SerializationOptions;
        static encode(message: caffe2.SerializationOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: caffe2.SerializationOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): caffe2.SerializationOptions & caffe2.SerializationOptions.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): caffe2.SerializationOptions & caffe2.SerializationOptions.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): caffe2.SerializationOptions;
        static toObject(message: caffe2.SerializationOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SerializationOptions {
        interface $Properties {
            options?: (caffe2.BlobSerializationOptions.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = caffe2.SerializationOptions.$Properties;
    }
}
