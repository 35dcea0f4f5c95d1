// Generated from caffe2.proto by tools/generate.mjs (pnpm --filter @tandem/proto generate).
// Do not edit by hand.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $parseInt = $util.global.parseInt, $Number = $util.global.Number, $String = $util.global.String, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["tandem_caffe2"] || ($protobuf.roots["tandem_caffe2"] = {});

export const caffe2 = $root.caffe2 = (() => {

    /**
     * Namespace caffe2.
     * @exports caffe2
     * @namespace
     */
    const caffe2 = {};

    caffe2.TensorProto = (function() {

        /**
         * Properties of a TensorProto.
         * @typedef {Object} caffe2.TensorProto.$Properties
         * @property {Array.<number|Long>|null} [dims] TensorProto dims
         * @property {caffe2.TensorProto.DataType|null} [dataType] TensorProto dataType
         * @property {number|null} [dataFormat] TensorProto dataFormat
         * @property {Array.<number>|null} [floatData] TensorProto floatData
         * @property {Array.<number>|null} [int32Data] TensorProto int32Data
         * @property {Uint8Array|null} [byteData] TensorProto byteData
         * @property {Array.<Uint8Array>|null} [stringData] TensorProto stringData
         * @property {Array.<number>|null} [doubleData] TensorProto doubleData
         * @property {Array.<number|Long>|null} [int64Data] TensorProto int64Data
         * @property {Uint8Array|null} [rawData] TensorProto rawData
         * @property {string|null} [name] TensorProto name
         * @property {caffe2.DeviceOption|null} [deviceDetail] TensorProto deviceDetail
         * @property {caffe2.TensorProto.Segment|null} [segment] TensorProto segment
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorProto.
         * @memberof caffe2
         * @interface ITensorProto
         * @augments caffe2.TensorProto.$Properties
         * @deprecated Use caffe2.TensorProto.$Properties instead.
         */

        /**
         * Shape of a TensorProto.
         * @typedef {caffe2.TensorProto.$Properties} caffe2.TensorProto.$Shape
         */

        /**
         * Constructs a new TensorProto.
         * @memberof caffe2
         * @classdesc Represents a TensorProto.
         * @constructor
         * @param {caffe2.TensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProto = function (properties) {
            this.dims = [];
            this.floatData = [];
            this.int32Data = [];
            this.stringData = [];
            this.doubleData = [];
            this.int64Data = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorProto dims.
         * @member {Array.<number|Long>} dims
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.dims = $util.emptyArray;

        /**
         * TensorProto dataType.
         * @member {caffe2.TensorProto.DataType} dataType
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.dataType = 1;

        /**
         * TensorProto dataFormat.
         * @member {number} dataFormat
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.dataFormat = 0;

        /**
         * TensorProto floatData.
         * @member {Array.<number>} floatData
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.floatData = $util.emptyArray;

        /**
         * TensorProto int32Data.
         * @member {Array.<number>} int32Data
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.int32Data = $util.emptyArray;

        /**
         * TensorProto byteData.
         * @member {Uint8Array} byteData
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.byteData = $util.newBuffer([]);

        /**
         * TensorProto stringData.
         * @member {Array.<Uint8Array>} stringData
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.stringData = $util.emptyArray;

        /**
         * TensorProto doubleData.
         * @member {Array.<number>} doubleData
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.doubleData = $util.emptyArray;

        /**
         * TensorProto int64Data.
         * @member {Array.<number|Long>} int64Data
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.int64Data = $util.emptyArray;

        /**
         * TensorProto rawData.
         * @member {Uint8Array} rawData
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.rawData = $util.newBuffer([]);

        /**
         * TensorProto name.
         * @member {string} name
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.name = "";

        /**
         * TensorProto deviceDetail.
         * @member {caffe2.DeviceOption|null|undefined} deviceDetail
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.deviceDetail = null;

        /**
         * TensorProto segment.
         * @member {caffe2.TensorProto.Segment|null|undefined} segment
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.segment = null;

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @function create
         * @memberof caffe2.TensorProto
         * @static
         * @param {caffe2.TensorProto.$Properties=} [properties] Properties to set
         * @returns {caffe2.TensorProto} TensorProto instance
         * @type {{
         *   (properties: caffe2.TensorProto.$Shape): caffe2.TensorProto & caffe2.TensorProto.$Shape;
         *   (properties?: caffe2.TensorProto.$Properties): caffe2.TensorProto;
         * }}
         */
        TensorProto.create = function(properties) {
            return new TensorProto(properties);
        };

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link caffe2.TensorProto.verify|verify} messages.
         * @function encode
         * @memberof caffe2.TensorProto
         * @static
         * @param {caffe2.TensorProto} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dims != null && message.dims.length)
                for (let i = 0; i < message.dims.length; ++i)
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dims[i]);
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.dataType);
            if (message.floatData != null && message.floatData.length)
                writer.uint32(/* id 3, wireType 2 =*/26).floats(message.floatData);
            if (message.int32Data != null && message.int32Data.length)
                writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.int32Data);
            if (message.byteData != null && $Object.hasOwnProperty.call(message, "byteData"))
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.byteData);
            if (message.stringData != null && message.stringData.length)
                for (let i = 0; i < message.stringData.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.stringData[i]);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.name);
            if (message.deviceDetail != null && $Object.hasOwnProperty.call(message, "deviceDetail"))
                $root.caffe2.DeviceOption.encode(message.deviceDetail, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.doubleData != null && message.doubleData.length)
                writer.uint32(/* id 9, wireType 2 =*/74).doubles(message.doubleData);
            if (message.int64Data != null && message.int64Data.length)
                writer.uint32(/* id 10, wireType 2 =*/82).int64s(message.int64Data);
            if (message.segment != null && $Object.hasOwnProperty.call(message, "segment"))
                $root.caffe2.TensorProto.Segment.encode(message.segment, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.rawData != null && $Object.hasOwnProperty.call(message, "rawData"))
                writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.rawData);
            if (message.dataFormat != null && $Object.hasOwnProperty.call(message, "dataFormat"))
                writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.dataFormat);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorProto message, length delimited. Does not implicitly {@link caffe2.TensorProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorProto
         * @static
         * @param {caffe2.TensorProto} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.TensorProto & caffe2.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.TensorProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.dims && message.dims.length))
                                message.dims = [];
                            reader.int64s(message.dims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.dims && message.dims.length))
                            message.dims = [];
                        message.dims.push(reader.int64());
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.caffe2.TensorProto.DataType[value] !== $undefined)
                            message.dataType = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        message.dataFormat = reader.uint32();
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.floatData && message.floatData.length))
                                message.floatData = [];
                            reader.floats(message.floatData);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.floatData && message.floatData.length))
                            message.floatData = [];
                        message.floatData.push(reader.float());
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.int32Data && message.int32Data.length))
                                message.int32Data = [];
                            reader.int32s(message.int32Data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int32Data && message.int32Data.length))
                            message.int32Data = [];
                        message.int32Data.push(reader.int32());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.byteData = reader.bytes();
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.stringData && message.stringData.length))
                            message.stringData = [];
                        message.stringData.push(reader.bytes());
                        continue;
                    }
                case 9: {
                        if (wireType === 2) {
                            if (!(message.doubleData && message.doubleData.length))
                                message.doubleData = [];
                            reader.doubles(message.doubleData);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.doubleData && message.doubleData.length))
                            message.doubleData = [];
                        message.doubleData.push(reader.double());
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.int64Data && message.int64Data.length))
                                message.int64Data = [];
                            reader.int64s(message.int64Data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int64Data && message.int64Data.length))
                            message.int64Data = [];
                        message.int64Data.push(reader.int64());
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.rawData = reader.bytes();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.deviceDetail = $root.caffe2.DeviceOption.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceDetail);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.segment = $root.caffe2.TensorProto.Segment.decode(reader, reader.size(), $undefined, _depth + 1, message.segment);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.TensorProto & caffe2.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorProto message.
         * @function verify
         * @memberof caffe2.TensorProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorProto.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.dims != null && $Object.hasOwnProperty.call(message, "dims")) {
                if (!$Array.isArray(message.dims))
                    return "dims: array expected";
                for (let i = 0; i < message.dims.length; ++i)
                    if (!$util.isInteger(message.dims[i]) && !(message.dims[i] && $util.isInteger(message.dims[i].low) && $util.isInteger(message.dims[i].high)))
                        return "dims: integer|Long[] expected";
            }
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                switch (message.dataType) {
                default:
                    return "dataType: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 12:
                case 13:
                case 14:
                case 15:
                    break;
                }
            if (message.dataFormat != null && $Object.hasOwnProperty.call(message, "dataFormat"))
                if (!$util.isInteger(message.dataFormat))
                    return "dataFormat: integer expected";
            if (message.floatData != null && $Object.hasOwnProperty.call(message, "floatData")) {
                if (!$Array.isArray(message.floatData))
                    return "floatData: array expected";
                for (let i = 0; i < message.floatData.length; ++i)
                    if (typeof message.floatData[i] !== "number")
                        return "floatData: number[] expected";
            }
            if (message.int32Data != null && $Object.hasOwnProperty.call(message, "int32Data")) {
                if (!$Array.isArray(message.int32Data))
                    return "int32Data: array expected";
                for (let i = 0; i < message.int32Data.length; ++i)
                    if (!$util.isInteger(message.int32Data[i]))
                        return "int32Data: integer[] expected";
            }
            if (message.byteData != null && $Object.hasOwnProperty.call(message, "byteData"))
                if (!(message.byteData && typeof message.byteData.length === "number" || $util.isString(message.byteData)))
                    return "byteData: buffer expected";
            if (message.stringData != null && $Object.hasOwnProperty.call(message, "stringData")) {
                if (!$Array.isArray(message.stringData))
                    return "stringData: array expected";
                for (let i = 0; i < message.stringData.length; ++i)
                    if (!(message.stringData[i] && typeof message.stringData[i].length === "number" || $util.isString(message.stringData[i])))
                        return "stringData: buffer[] expected";
            }
            if (message.doubleData != null && $Object.hasOwnProperty.call(message, "doubleData")) {
                if (!$Array.isArray(message.doubleData))
                    return "doubleData: array expected";
                for (let i = 0; i < message.doubleData.length; ++i)
                    if (typeof message.doubleData[i] !== "number")
                        return "doubleData: number[] expected";
            }
            if (message.int64Data != null && $Object.hasOwnProperty.call(message, "int64Data")) {
                if (!$Array.isArray(message.int64Data))
                    return "int64Data: array expected";
                for (let i = 0; i < message.int64Data.length; ++i)
                    if (!$util.isInteger(message.int64Data[i]) && !(message.int64Data[i] && $util.isInteger(message.int64Data[i].low) && $util.isInteger(message.int64Data[i].high)))
                        return "int64Data: integer|Long[] expected";
            }
            if (message.rawData != null && $Object.hasOwnProperty.call(message, "rawData"))
                if (!(message.rawData && typeof message.rawData.length === "number" || $util.isString(message.rawData)))
                    return "rawData: buffer expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.deviceDetail != null && $Object.hasOwnProperty.call(message, "deviceDetail")) {
                let error = $root.caffe2.DeviceOption.verify(message.deviceDetail, _depth + 1);
                if (error)
                    return "deviceDetail." + error;
            }
            if (message.segment != null && $Object.hasOwnProperty.call(message, "segment")) {
                let error = $root.caffe2.TensorProto.Segment.verify(message.segment, _depth + 1);
                if (error)
                    return "segment." + error;
            }
            return null;
        };

        /**
         * Creates a TensorProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.TensorProto} TensorProto
         */
        TensorProto.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.TensorProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.TensorProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.TensorProto();
            if (object.dims) {
                if (!$Array.isArray(object.dims))
                    throw $TypeError(".caffe2.TensorProto.dims: array expected");
                message.dims = $Array(object.dims.length);
                for (let i = 0; i < object.dims.length; ++i)
                    if ($util.Long)
                        message.dims[i] = $util.Long.fromValue(object.dims[i], false);
                    else if (typeof object.dims[i] === "string")
                        message.dims[i] = $parseInt(object.dims[i], 10);
                    else if (typeof object.dims[i] === "number")
                        message.dims[i] = object.dims[i];
                    else if (typeof object.dims[i] === "object")
                        message.dims[i] = new $util.LongBits(object.dims[i].low >>> 0, object.dims[i].high >>> 0).toNumber();
            }
            switch (object.dataType) {
            case "UNDEFINED":
            case 0:
                message.dataType = 0;
                break;
            case "FLOAT":
            case 1:
                message.dataType = 1;
                break;
            case "INT32":
            case 2:
                message.dataType = 2;
                break;
            case "BYTE":
            case 3:
                message.dataType = 3;
                break;
            case "STRING":
            case 4:
                message.dataType = 4;
                break;
            case "BOOL":
            case 5:
                message.dataType = 5;
                break;
            case "UINT8":
            case 6:
                message.dataType = 6;
                break;
            case "INT8":
            case 7:
                message.dataType = 7;
                break;
            case "UINT16":
            case 8:
                message.dataType = 8;
                break;
            case "INT16":
            case 9:
                message.dataType = 9;
                break;
            case "INT64":
            case 10:
                message.dataType = 10;
                break;
            case "FLOAT16":
            case 12:
                message.dataType = 12;
                break;
            case "DOUBLE":
            case 13:
                message.dataType = 13;
                break;
            case "ZERO_COLLISION_HASH":
            case 14:
                message.dataType = 14;
                break;
            case "REBATCHING_BUFFER":
            case 15:
                message.dataType = 15;
                break;
            default:
            }
            if (object.dataFormat != null)
                message.dataFormat = object.dataFormat >>> 0;
            if (object.floatData) {
                if (!$Array.isArray(object.floatData))
                    throw $TypeError(".caffe2.TensorProto.floatData: array expected");
                message.floatData = $Array(object.floatData.length);
                for (let i = 0; i < object.floatData.length; ++i)
                    message.floatData[i] = $Number(object.floatData[i]);
            }
            if (object.int32Data) {
                if (!$Array.isArray(object.int32Data))
                    throw $TypeError(".caffe2.TensorProto.int32Data: array expected");
                message.int32Data = $Array(object.int32Data.length);
                for (let i = 0; i < object.int32Data.length; ++i)
                    message.int32Data[i] = object.int32Data[i] | 0;
            }
            if (object.byteData != null)
                if (typeof object.byteData === "string")
                    $util.base64.decode(object.byteData, message.byteData = $util.newBuffer($util.base64.length(object.byteData)), 0);
                else if (object.byteData.length >= 0)
                    message.byteData = object.byteData;
            if (object.stringData) {
                if (!$Array.isArray(object.stringData))
                    throw $TypeError(".caffe2.TensorProto.stringData: array expected");
                message.stringData = $Array(object.stringData.length);
                for (let i = 0; i < object.stringData.length; ++i)
                    if (typeof object.stringData[i] === "string")
                        $util.base64.decode(object.stringData[i], message.stringData[i] = $util.newBuffer($util.base64.length(object.stringData[i])), 0);
                    else if (object.stringData[i].length >= 0)
                        message.stringData[i] = object.stringData[i];
            }
            if (object.doubleData) {
                if (!$Array.isArray(object.doubleData))
                    throw $TypeError(".caffe2.TensorProto.doubleData: array expected");
                message.doubleData = $Array(object.doubleData.length);
                for (let i = 0; i < object.doubleData.length; ++i)
                    message.doubleData[i] = $Number(object.doubleData[i]);
            }
            if (object.int64Data) {
                if (!$Array.isArray(object.int64Data))
                    throw $TypeError(".caffe2.TensorProto.int64Data: array expected");
                message.int64Data = $Array(object.int64Data.length);
                for (let i = 0; i < object.int64Data.length; ++i)
                    if ($util.Long)
                        message.int64Data[i] = $util.Long.fromValue(object.int64Data[i], false);
                    else if (typeof object.int64Data[i] === "string")
                        message.int64Data[i] = $parseInt(object.int64Data[i], 10);
                    else if (typeof object.int64Data[i] === "number")
                        message.int64Data[i] = object.int64Data[i];
                    else if (typeof object.int64Data[i] === "object")
                        message.int64Data[i] = new $util.LongBits(object.int64Data[i].low >>> 0, object.int64Data[i].high >>> 0).toNumber();
            }
            if (object.rawData != null)
                if (typeof object.rawData === "string")
                    $util.base64.decode(object.rawData, message.rawData = $util.newBuffer($util.base64.length(object.rawData)), 0);
                else if (object.rawData.length >= 0)
                    message.rawData = object.rawData;
            if (object.name != null)
                message.name = $String(object.name);
            if (object.deviceDetail != null) {
                if (!$util.isObject(object.deviceDetail))
                    throw $TypeError(".caffe2.TensorProto.deviceDetail: object expected");
                message.deviceDetail = $root.caffe2.DeviceOption.fromObject(object.deviceDetail, _depth + 1);
            }
            if (object.segment != null) {
                if (!$util.isObject(object.segment))
                    throw $TypeError(".caffe2.TensorProto.segment: object expected");
                message.segment = $root.caffe2.TensorProto.Segment.fromObject(object.segment, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a TensorProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorProto
         * @static
         * @param {caffe2.TensorProto} message TensorProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.dims = [];
                object.floatData = [];
                object.int32Data = [];
                object.stringData = [];
                object.doubleData = [];
                object.int64Data = [];
            }
            if (options.defaults) {
                object.dataType = options.enums === $String ? "FLOAT" : 1;
                if (options.bytes === $String)
                    object.byteData = "";
                else {
                    object.byteData = [];
                    if (options.bytes !== $Array)
                        object.byteData = $util.newBuffer(object.byteData);
                }
                object.name = "";
                object.deviceDetail = null;
                object.segment = null;
                if (options.bytes === $String)
                    object.rawData = "";
                else {
                    object.rawData = [];
                    if (options.bytes !== $Array)
                        object.rawData = $util.newBuffer(object.rawData);
                }
                object.dataFormat = 0;
            }
            if (message.dims && message.dims.length) {
                object.dims = $Array(message.dims.length);
                for (let j = 0; j < message.dims.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dims[j] = typeof message.dims[j] === "number" ? $BigInt(message.dims[j]) : $util.Long.fromBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0, false).toBigInt();
                    else if (typeof message.dims[j] === "number")
                        object.dims[j] = options.longs === $String ? $String(message.dims[j]) : message.dims[j];
                    else
                        object.dims[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.dims[j]) : options.longs === $Number ? new $util.LongBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0).toNumber() : message.dims[j];
            }
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                object.dataType = options.enums === $String ? $root.caffe2.TensorProto.DataType[message.dataType] === $undefined ? message.dataType : $root.caffe2.TensorProto.DataType[message.dataType] : message.dataType;
            if (message.floatData && message.floatData.length) {
                object.floatData = $Array(message.floatData.length);
                for (let j = 0; j < message.floatData.length; ++j)
                    object.floatData[j] = options.json && !$isFinite(message.floatData[j]) ? $String(message.floatData[j]) : message.floatData[j];
            }
            if (message.int32Data && message.int32Data.length) {
                object.int32Data = $Array(message.int32Data.length);
                for (let j = 0; j < message.int32Data.length; ++j)
                    object.int32Data[j] = message.int32Data[j];
            }
            if (message.byteData != null && $Object.hasOwnProperty.call(message, "byteData"))
                object.byteData = options.bytes === $String ? $util.base64.encode(message.byteData, 0, message.byteData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.byteData) : message.byteData;
            if (message.stringData && message.stringData.length) {
                object.stringData = $Array(message.stringData.length);
                for (let j = 0; j < message.stringData.length; ++j)
                    object.stringData[j] = options.bytes === $String ? $util.base64.encode(message.stringData[j], 0, message.stringData[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stringData[j]) : message.stringData[j];
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.deviceDetail != null && $Object.hasOwnProperty.call(message, "deviceDetail"))
                object.deviceDetail = $root.caffe2.DeviceOption.toObject(message.deviceDetail, options, _depth + 1);
            if (message.doubleData && message.doubleData.length) {
                object.doubleData = $Array(message.doubleData.length);
                for (let j = 0; j < message.doubleData.length; ++j)
                    object.doubleData[j] = options.json && !$isFinite(message.doubleData[j]) ? $String(message.doubleData[j]) : message.doubleData[j];
            }
            if (message.int64Data && message.int64Data.length) {
                object.int64Data = $Array(message.int64Data.length);
                for (let j = 0; j < message.int64Data.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.int64Data[j] = typeof message.int64Data[j] === "number" ? $BigInt(message.int64Data[j]) : $util.Long.fromBits(message.int64Data[j].low >>> 0, message.int64Data[j].high >>> 0, false).toBigInt();
                    else if (typeof message.int64Data[j] === "number")
                        object.int64Data[j] = options.longs === $String ? $String(message.int64Data[j]) : message.int64Data[j];
                    else
                        object.int64Data[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.int64Data[j]) : options.longs === $Number ? new $util.LongBits(message.int64Data[j].low >>> 0, message.int64Data[j].high >>> 0).toNumber() : message.int64Data[j];
            }
            if (message.segment != null && $Object.hasOwnProperty.call(message, "segment"))
                object.segment = $root.caffe2.TensorProto.Segment.toObject(message.segment, options, _depth + 1);
            if (message.rawData != null && $Object.hasOwnProperty.call(message, "rawData"))
                object.rawData = options.bytes === $String ? $util.base64.encode(message.rawData, 0, message.rawData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.rawData) : message.rawData;
            if (message.dataFormat != null && $Object.hasOwnProperty.call(message, "dataFormat"))
                object.dataFormat = message.dataFormat;
            return object;
        };

        /**
         * Converts this TensorProto to JSON.
         * @function toJSON
         * @memberof caffe2.TensorProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorProto.prototype.toJSON = function() {
            return TensorProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorProto
         * @function getTypeUrl
         * @memberof caffe2.TensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.TensorProto";
        };

        /**
         * DataType enum.
         * @name caffe2.TensorProto.DataType
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} INT32=2 INT32 value
         * @property {number} BYTE=3 BYTE value
         * @property {number} STRING=4 STRING value
         * @property {number} BOOL=5 BOOL value
         * @property {number} UINT8=6 UINT8 value
         * @property {number} INT8=7 INT8 value
         * @property {number} UINT16=8 UINT16 value
         * @property {number} INT16=9 INT16 value
         * @property {number} INT64=10 INT64 value
         * @property {number} FLOAT16=12 FLOAT16 value
         * @property {number} DOUBLE=13 DOUBLE value
         * @property {number} ZERO_COLLISION_HASH=14 ZERO_COLLISION_HASH value
         * @property {number} REBATCHING_BUFFER=15 REBATCHING_BUFFER value
         */
        TensorProto.DataType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "INT32"] = 2;
            values[valuesById[3] = "BYTE"] = 3;
            values[valuesById[4] = "STRING"] = 4;
            values[valuesById[5] = "BOOL"] = 5;
            values[valuesById[6] = "UINT8"] = 6;
            values[valuesById[7] = "INT8"] = 7;
            values[valuesById[8] = "UINT16"] = 8;
            values[valuesById[9] = "INT16"] = 9;
            values[valuesById[10] = "INT64"] = 10;
            values[valuesById[12] = "FLOAT16"] = 12;
            values[valuesById[13] = "DOUBLE"] = 13;
            values[valuesById[14] = "ZERO_COLLISION_HASH"] = 14;
            values[valuesById[15] = "REBATCHING_BUFFER"] = 15;
            return values;
        })();

        /**
         * SerializationFormat enum.
         * @name caffe2.TensorProto.SerializationFormat
         * @enum {number}
         * @property {number} FMT_PROTOBUF=0 FMT_PROTOBUF value
         * @property {number} FMT_BFLOAT16=1 FMT_BFLOAT16 value
         */
        TensorProto.SerializationFormat = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FMT_PROTOBUF"] = 0;
            values[valuesById[1] = "FMT_BFLOAT16"] = 1;
            return values;
        })();

        TensorProto.Segment = (function() {

            /**
             * Properties of a Segment.
             * @typedef {Object} caffe2.TensorProto.Segment.$Properties
             * @property {number|Long} begin Segment begin
             * @property {number|Long} end Segment end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Segment.
             * @memberof caffe2.TensorProto
             * @interface ISegment
             * @augments caffe2.TensorProto.Segment.$Properties
             * @deprecated Use caffe2.TensorProto.Segment.$Properties instead.
             */

            /**
             * Shape of a Segment.
             * @typedef {caffe2.TensorProto.Segment.$Properties} caffe2.TensorProto.Segment.$Shape
             */

            /**
             * Constructs a new Segment.
             * @memberof caffe2.TensorProto
             * @classdesc Represents a Segment.
             * @constructor
             * @param {caffe2.TensorProto.Segment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Segment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Segment begin.
             * @member {number|Long} begin
             * @memberof caffe2.TensorProto.Segment
             * @instance
             */
            Segment.prototype.begin = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Segment end.
             * @member {number|Long} end
             * @memberof caffe2.TensorProto.Segment
             * @instance
             */
            Segment.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Segment instance using the specified properties.
             * @function create
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {caffe2.TensorProto.Segment.$Properties=} [properties] Properties to set
             * @returns {caffe2.TensorProto.Segment} Segment instance
             * @type {{
             *   (properties: caffe2.TensorProto.Segment.$Shape): caffe2.TensorProto.Segment & caffe2.TensorProto.Segment.$Shape;
             *   (properties?: caffe2.TensorProto.Segment.$Properties): caffe2.TensorProto.Segment;
             * }}
             */
            Segment.create = function(properties) {
                return new Segment(properties);
            };

            /**
             * Encodes the specified Segment message. Does not implicitly {@link caffe2.TensorProto.Segment.verify|verify} messages.
             * @function encode
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {caffe2.TensorProto.Segment} message Segment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Segment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.begin);
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Segment message, length delimited. Does not implicitly {@link caffe2.TensorProto.Segment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {caffe2.TensorProto.Segment} message Segment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Segment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Segment message from the specified reader or buffer.
             * @function decode
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {caffe2.TensorProto.Segment & caffe2.TensorProto.Segment.$Shape} Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Segment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.caffe2.TensorProto.Segment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.begin = reader.int64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.end = reader.int64();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(message, "begin"))
                    throw $util.ProtocolError("missing required 'begin'", { instance: message });
                if (!$Object.hasOwnProperty.call(message, "end"))
                    throw $util.ProtocolError("missing required 'end'", { instance: message });
                return message;
            };

            /**
             * Decodes a Segment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {caffe2.TensorProto.Segment & caffe2.TensorProto.Segment.$Shape} Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Segment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Segment message.
             * @function verify
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Segment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(message.begin) && !(message.begin && $util.isInteger(message.begin.low) && $util.isInteger(message.begin.high)))
                    return "begin: integer|Long expected";
                if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                    return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a Segment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {caffe2.TensorProto.Segment} Segment
             */
            Segment.fromObject = function (object, _depth) {
                if (object instanceof $root.caffe2.TensorProto.Segment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".caffe2.TensorProto.Segment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.caffe2.TensorProto.Segment();
                if (object.begin != null)
                    if ($util.Long)
                        message.begin = $util.Long.fromValue(object.begin, false);
                    else if (typeof object.begin === "string")
                        message.begin = $parseInt(object.begin, 10);
                    else if (typeof object.begin === "number")
                        message.begin = object.begin;
                    else if (typeof object.begin === "object")
                        message.begin = new $util.LongBits(object.begin.low >>> 0, object.begin.high >>> 0).toNumber();
                if (object.end != null)
                    if ($util.Long)
                        message.end = $util.Long.fromValue(object.end, false);
                    else if (typeof object.end === "string")
                        message.end = $parseInt(object.end, 10);
                    else if (typeof object.end === "number")
                        message.end = object.end;
                    else if (typeof object.end === "object")
                        message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Segment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {caffe2.TensorProto.Segment} message Segment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Segment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.begin = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.begin = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.begin = typeof message.begin === "number" ? $BigInt(message.begin) : $util.Long.fromBits(message.begin.low >>> 0, message.begin.high >>> 0, false).toBigInt();
                    else if (typeof message.begin === "number")
                        object.begin = options.longs === $String ? $String(message.begin) : message.begin;
                    else
                        object.begin = options.longs === $String ? $util.Long.prototype.toString.call(message.begin) : options.longs === $Number ? new $util.LongBits(message.begin.low >>> 0, message.begin.high >>> 0).toNumber() : message.begin;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                return object;
            };

            /**
             * Converts this Segment to JSON.
             * @function toJSON
             * @memberof caffe2.TensorProto.Segment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Segment.prototype.toJSON = function() {
                return Segment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Segment
             * @function getTypeUrl
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Segment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/caffe2.TensorProto.Segment";
            };

            return Segment;
        })();

        return TensorProto;
    })();

    caffe2.QTensorProto = (function() {

        /**
         * Properties of a QTensorProto.
         * @typedef {Object} caffe2.QTensorProto.$Properties
         * @property {Array.<number|Long>|null} [dims] QTensorProto dims
         * @property {number} precision QTensorProto precision
         * @property {number} scale QTensorProto scale
         * @property {number} bias QTensorProto bias
         * @property {boolean} isSigned QTensorProto isSigned
         * @property {Array.<number>|null} [data] QTensorProto data
         * @property {string|null} [name] QTensorProto name
         * @property {caffe2.TensorProto.DataType|null} [dataType] QTensorProto dataType
         * @property {Array.<number>|null} [scales] QTensorProto scales
         * @property {Array.<number>|null} [biases] QTensorProto biases
         * @property {number|null} [axis] QTensorProto axis
         * @property {boolean|null} [isMultiparam] QTensorProto isMultiparam
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QTensorProto.
         * @memberof caffe2
         * @interface IQTensorProto
         * @augments caffe2.QTensorProto.$Properties
         * @deprecated Use caffe2.QTensorProto.$Properties instead.
         */

        /**
         * Shape of a QTensorProto.
         * @typedef {caffe2.QTensorProto.$Properties} caffe2.QTensorProto.$Shape
         */

        /**
         * Constructs a new QTensorProto.
         * @memberof caffe2
         * @classdesc Represents a QTensorProto.
         * @constructor
         * @param {caffe2.QTensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QTensorProto = function (properties) {
            this.dims = [];
            this.data = [];
            this.scales = [];
            this.biases = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * QTensorProto dims.
         * @member {Array.<number|Long>} dims
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.dims = $util.emptyArray;

        /**
         * QTensorProto precision.
         * @member {number} precision
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.precision = 0;

        /**
         * QTensorProto scale.
         * @member {number} scale
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.scale = 0;

        /**
         * QTensorProto bias.
         * @member {number} bias
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.bias = 0;

        /**
         * QTensorProto isSigned.
         * @member {boolean} isSigned
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.isSigned = false;

        /**
         * QTensorProto data.
         * @member {Array.<number>} data
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.data = $util.emptyArray;

        /**
         * QTensorProto name.
         * @member {string} name
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.name = "";

        /**
         * QTensorProto dataType.
         * @member {caffe2.TensorProto.DataType} dataType
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.dataType = 2;

        /**
         * QTensorProto scales.
         * @member {Array.<number>} scales
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.scales = $util.emptyArray;

        /**
         * QTensorProto biases.
         * @member {Array.<number>} biases
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.biases = $util.emptyArray;

        /**
         * QTensorProto axis.
         * @member {number} axis
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.axis = 0;

        /**
         * QTensorProto isMultiparam.
         * @member {boolean} isMultiparam
         * @memberof caffe2.QTensorProto
         * @instance
         */
        QTensorProto.prototype.isMultiparam = false;

        /**
         * Creates a new QTensorProto instance using the specified properties.
         * @function create
         * @memberof caffe2.QTensorProto
         * @static
         * @param {caffe2.QTensorProto.$Properties=} [properties] Properties to set
         * @returns {caffe2.QTensorProto} QTensorProto instance
         * @type {{
         *   (properties: caffe2.QTensorProto.$Shape): caffe2.QTensorProto & caffe2.QTensorProto.$Shape;
         *   (properties?: caffe2.QTensorProto.$Properties): caffe2.QTensorProto;
         * }}
         */
        QTensorProto.create = function(properties) {
            return new QTensorProto(properties);
        };

        /**
         * Encodes the specified QTensorProto message. Does not implicitly {@link caffe2.QTensorProto.verify|verify} messages.
         * @function encode
         * @memberof caffe2.QTensorProto
         * @static
         * @param {caffe2.QTensorProto} message QTensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QTensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dims != null && message.dims.length)
                for (let i = 0; i < message.dims.length; ++i)
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dims[i]);
            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.precision);
            writer.uint32(/* id 3, wireType 1 =*/25).double(message.scale);
            writer.uint32(/* id 4, wireType 1 =*/33).double(message.bias);
            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.isSigned);
            if (message.data != null && message.data.length)
                writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.data);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.name);
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                writer.uint32(/* id 8, wireType 0 =*/64).int32(message.dataType);
            if (message.scales != null && message.scales.length)
                for (let i = 0; i < message.scales.length; ++i)
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.scales[i]);
            if (message.biases != null && message.biases.length)
                for (let i = 0; i < message.biases.length; ++i)
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.biases[i]);
            if (message.axis != null && $Object.hasOwnProperty.call(message, "axis"))
                writer.uint32(/* id 11, wireType 0 =*/88).int32(message.axis);
            if (message.isMultiparam != null && $Object.hasOwnProperty.call(message, "isMultiparam"))
                writer.uint32(/* id 12, wireType 0 =*/96).bool(message.isMultiparam);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified QTensorProto message, length delimited. Does not implicitly {@link caffe2.QTensorProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.QTensorProto
         * @static
         * @param {caffe2.QTensorProto} message QTensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QTensorProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a QTensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.QTensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.QTensorProto & caffe2.QTensorProto.$Shape} QTensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QTensorProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.QTensorProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.dims && message.dims.length))
                                message.dims = [];
                            reader.int64s(message.dims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.dims && message.dims.length))
                            message.dims = [];
                        message.dims.push(reader.int64());
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.precision = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        message.scale = reader.double();
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        message.bias = reader.double();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.isSigned = reader.bool();
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.data && message.data.length))
                                message.data = [];
                            reader.int32s(message.data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.data && message.data.length))
                            message.data = [];
                        message.data.push(reader.int32());
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.caffe2.TensorProto.DataType[value] !== $undefined)
                            message.dataType = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 9: {
                        if (wireType === 2) {
                            if (!(message.scales && message.scales.length))
                                message.scales = [];
                            reader.doubles(message.scales);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.scales && message.scales.length))
                            message.scales = [];
                        message.scales.push(reader.double());
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.biases && message.biases.length))
                                message.biases = [];
                            reader.doubles(message.biases);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.biases && message.biases.length))
                            message.biases = [];
                        message.biases.push(reader.double());
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.axis = reader.int32();
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        message.isMultiparam = reader.bool();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(message, "precision"))
                throw $util.ProtocolError("missing required 'precision'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "scale"))
                throw $util.ProtocolError("missing required 'scale'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "bias"))
                throw $util.ProtocolError("missing required 'bias'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "isSigned"))
                throw $util.ProtocolError("missing required 'isSigned'", { instance: message });
            return message;
        };

        /**
         * Decodes a QTensorProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.QTensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.QTensorProto & caffe2.QTensorProto.$Shape} QTensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QTensorProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a QTensorProto message.
         * @function verify
         * @memberof caffe2.QTensorProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QTensorProto.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.dims != null && $Object.hasOwnProperty.call(message, "dims")) {
                if (!$Array.isArray(message.dims))
                    return "dims: array expected";
                for (let i = 0; i < message.dims.length; ++i)
                    if (!$util.isInteger(message.dims[i]) && !(message.dims[i] && $util.isInteger(message.dims[i].low) && $util.isInteger(message.dims[i].high)))
                        return "dims: integer|Long[] expected";
            }
            if (!$util.isInteger(message.precision))
                return "precision: integer expected";
            if (typeof message.scale !== "number")
                return "scale: number expected";
            if (typeof message.bias !== "number")
                return "bias: number expected";
            if (typeof message.isSigned !== "boolean")
                return "isSigned: boolean expected";
            if (message.data != null && $Object.hasOwnProperty.call(message, "data")) {
                if (!$Array.isArray(message.data))
                    return "data: array expected";
                for (let i = 0; i < message.data.length; ++i)
                    if (!$util.isInteger(message.data[i]))
                        return "data: integer[] expected";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                switch (message.dataType) {
                default:
                    return "dataType: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 12:
                case 13:
                case 14:
                case 15:
                    break;
                }
            if (message.scales != null && $Object.hasOwnProperty.call(message, "scales")) {
                if (!$Array.isArray(message.scales))
                    return "scales: array expected";
                for (let i = 0; i < message.scales.length; ++i)
                    if (typeof message.scales[i] !== "number")
                        return "scales: number[] expected";
            }
            if (message.biases != null && $Object.hasOwnProperty.call(message, "biases")) {
                if (!$Array.isArray(message.biases))
                    return "biases: array expected";
                for (let i = 0; i < message.biases.length; ++i)
                    if (typeof message.biases[i] !== "number")
                        return "biases: number[] expected";
            }
            if (message.axis != null && $Object.hasOwnProperty.call(message, "axis"))
                if (!$util.isInteger(message.axis))
                    return "axis: integer expected";
            if (message.isMultiparam != null && $Object.hasOwnProperty.call(message, "isMultiparam"))
                if (typeof message.isMultiparam !== "boolean")
                    return "isMultiparam: boolean expected";
            return null;
        };

        /**
         * Creates a QTensorProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.QTensorProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.QTensorProto} QTensorProto
         */
        QTensorProto.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.QTensorProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.QTensorProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.QTensorProto();
            if (object.dims) {
                if (!$Array.isArray(object.dims))
                    throw $TypeError(".caffe2.QTensorProto.dims: array expected");
                message.dims = $Array(object.dims.length);
                for (let i = 0; i < object.dims.length; ++i)
                    if ($util.Long)
                        message.dims[i] = $util.Long.fromValue(object.dims[i], false);
                    else if (typeof object.dims[i] === "string")
                        message.dims[i] = $parseInt(object.dims[i], 10);
                    else if (typeof object.dims[i] === "number")
                        message.dims[i] = object.dims[i];
                    else if (typeof object.dims[i] === "object")
                        message.dims[i] = new $util.LongBits(object.dims[i].low >>> 0, object.dims[i].high >>> 0).toNumber();
            }
            if (object.precision != null)
                message.precision = object.precision | 0;
            if (object.scale != null)
                message.scale = $Number(object.scale);
            if (object.bias != null)
                message.bias = $Number(object.bias);
            if (object.isSigned != null)
                message.isSigned = $Boolean(object.isSigned);
            if (object.data) {
                if (!$Array.isArray(object.data))
                    throw $TypeError(".caffe2.QTensorProto.data: array expected");
                message.data = $Array(object.data.length);
                for (let i = 0; i < object.data.length; ++i)
                    message.data[i] = object.data[i] | 0;
            }
            if (object.name != null)
                message.name = $String(object.name);
            switch (object.dataType) {
            case "UNDEFINED":
            case 0:
                message.dataType = 0;
                break;
            case "FLOAT":
            case 1:
                message.dataType = 1;
                break;
            case "INT32":
            case 2:
                message.dataType = 2;
                break;
            case "BYTE":
            case 3:
                message.dataType = 3;
                break;
            case "STRING":
            case 4:
                message.dataType = 4;
                break;
            case "BOOL":
            case 5:
                message.dataType = 5;
                break;
            case "UINT8":
            case 6:
                message.dataType = 6;
                break;
            case "INT8":
            case 7:
                message.dataType = 7;
                break;
            case "UINT16":
            case 8:
                message.dataType = 8;
                break;
            case "INT16":
            case 9:
                message.dataType = 9;
                break;
            case "INT64":
            case 10:
                message.dataType = 10;
                break;
            case "FLOAT16":
            case 12:
                message.dataType = 12;
                break;
            case "DOUBLE":
            case 13:
                message.dataType = 13;
                break;
            case "ZERO_COLLISION_HASH":
            case 14:
                message.dataType = 14;
                break;
            case "REBATCHING_BUFFER":
            case 15:
                message.dataType = 15;
                break;
            default:
            }
            if (object.scales) {
                if (!$Array.isArray(object.scales))
                    throw $TypeError(".caffe2.QTensorProto.scales: array expected");
                message.scales = $Array(object.scales.length);
                for (let i = 0; i < object.scales.length; ++i)
                    message.scales[i] = $Number(object.scales[i]);
            }
            if (object.biases) {
                if (!$Array.isArray(object.biases))
                    throw $TypeError(".caffe2.QTensorProto.biases: array expected");
                message.biases = $Array(object.biases.length);
                for (let i = 0; i < object.biases.length; ++i)
                    message.biases[i] = $Number(object.biases[i]);
            }
            if (object.axis != null)
                message.axis = object.axis | 0;
            if (object.isMultiparam != null)
                message.isMultiparam = $Boolean(object.isMultiparam);
            return message;
        };

        /**
         * Creates a plain object from a QTensorProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.QTensorProto
         * @static
         * @param {caffe2.QTensorProto} message QTensorProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QTensorProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.dims = [];
                object.data = [];
                object.scales = [];
                object.biases = [];
            }
            if (options.defaults) {
                object.precision = 0;
                object.scale = 0;
                object.bias = 0;
                object.isSigned = false;
                object.name = "";
                object.dataType = options.enums === $String ? "INT32" : 2;
                object.axis = 0;
                object.isMultiparam = false;
            }
            if (message.dims && message.dims.length) {
                object.dims = $Array(message.dims.length);
                for (let j = 0; j < message.dims.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dims[j] = typeof message.dims[j] === "number" ? $BigInt(message.dims[j]) : $util.Long.fromBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0, false).toBigInt();
                    else if (typeof message.dims[j] === "number")
                        object.dims[j] = options.longs === $String ? $String(message.dims[j]) : message.dims[j];
                    else
                        object.dims[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.dims[j]) : options.longs === $Number ? new $util.LongBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0).toNumber() : message.dims[j];
            }
            if (message.precision != null && $Object.hasOwnProperty.call(message, "precision"))
                object.precision = message.precision;
            if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                object.scale = options.json && !$isFinite(message.scale) ? $String(message.scale) : message.scale;
            if (message.bias != null && $Object.hasOwnProperty.call(message, "bias"))
                object.bias = options.json && !$isFinite(message.bias) ? $String(message.bias) : message.bias;
            if (message.isSigned != null && $Object.hasOwnProperty.call(message, "isSigned"))
                object.isSigned = message.isSigned;
            if (message.data && message.data.length) {
                object.data = $Array(message.data.length);
                for (let j = 0; j < message.data.length; ++j)
                    object.data[j] = message.data[j];
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                object.dataType = options.enums === $String ? $root.caffe2.TensorProto.DataType[message.dataType] === $undefined ? message.dataType : $root.caffe2.TensorProto.DataType[message.dataType] : message.dataType;
            if (message.scales && message.scales.length) {
                object.scales = $Array(message.scales.length);
                for (let j = 0; j < message.scales.length; ++j)
                    object.scales[j] = options.json && !$isFinite(message.scales[j]) ? $String(message.scales[j]) : message.scales[j];
            }
            if (message.biases && message.biases.length) {
                object.biases = $Array(message.biases.length);
                for (let j = 0; j < message.biases.length; ++j)
                    object.biases[j] = options.json && !$isFinite(message.biases[j]) ? $String(message.biases[j]) : message.biases[j];
            }
            if (message.axis != null && $Object.hasOwnProperty.call(message, "axis"))
                object.axis = message.axis;
            if (message.isMultiparam != null && $Object.hasOwnProperty.call(message, "isMultiparam"))
                object.isMultiparam = message.isMultiparam;
            return object;
        };

        /**
         * Converts this QTensorProto to JSON.
         * @function toJSON
         * @memberof caffe2.QTensorProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QTensorProto.prototype.toJSON = function() {
            return QTensorProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for QTensorProto
         * @function getTypeUrl
         * @memberof caffe2.QTensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        QTensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.QTensorProto";
        };

        return QTensorProto;
    })();

    caffe2.TensorProtos = (function() {

        /**
         * Properties of a TensorProtos.
         * @typedef {Object} caffe2.TensorProtos.$Properties
         * @property {Array.<caffe2.TensorProto>|null} [protos] TensorProtos protos
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorProtos.
         * @memberof caffe2
         * @interface ITensorProtos
         * @augments caffe2.TensorProtos.$Properties
         * @deprecated Use caffe2.TensorProtos.$Properties instead.
         */

        /**
         * Shape of a TensorProtos.
         * @typedef {caffe2.TensorProtos.$Properties} caffe2.TensorProtos.$Shape
         */

        /**
         * Constructs a new TensorProtos.
         * @memberof caffe2
         * @classdesc Represents a TensorProtos.
         * @constructor
         * @param {caffe2.TensorProtos.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProtos = function (properties) {
            this.protos = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorProtos protos.
         * @member {Array.<caffe2.TensorProto>} protos
         * @memberof caffe2.TensorProtos
         * @instance
         */
        TensorProtos.prototype.protos = $util.emptyArray;

        /**
         * Creates a new TensorProtos instance using the specified properties.
         * @function create
         * @memberof caffe2.TensorProtos
         * @static
         * @param {caffe2.TensorProtos.$Properties=} [properties] Properties to set
         * @returns {caffe2.TensorProtos} TensorProtos instance
         * @type {{
         *   (properties: caffe2.TensorProtos.$Shape): caffe2.TensorProtos & caffe2.TensorProtos.$Shape;
         *   (properties?: caffe2.TensorProtos.$Properties): caffe2.TensorProtos;
         * }}
         */
        TensorProtos.create = function(properties) {
            return new TensorProtos(properties);
        };

        /**
         * Encodes the specified TensorProtos message. Does not implicitly {@link caffe2.TensorProtos.verify|verify} messages.
         * @function encode
         * @memberof caffe2.TensorProtos
         * @static
         * @param {caffe2.TensorProtos} message TensorProtos message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProtos.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.protos != null && message.protos.length)
                for (let i = 0; i < message.protos.length; ++i)
                    $root.caffe2.TensorProto.encode(message.protos[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorProtos message, length delimited. Does not implicitly {@link caffe2.TensorProtos.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorProtos
         * @static
         * @param {caffe2.TensorProtos} message TensorProtos message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProtos.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorProtos message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.TensorProtos
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.TensorProtos & caffe2.TensorProtos.$Shape} TensorProtos
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProtos.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.TensorProtos();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.protos && message.protos.length))
                            message.protos = [];
                        message.protos.push($root.caffe2.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorProtos message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.TensorProtos
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.TensorProtos & caffe2.TensorProtos.$Shape} TensorProtos
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProtos.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorProtos message.
         * @function verify
         * @memberof caffe2.TensorProtos
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorProtos.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.protos != null && $Object.hasOwnProperty.call(message, "protos")) {
                if (!$Array.isArray(message.protos))
                    return "protos: array expected";
                for (let i = 0; i < message.protos.length; ++i) {
                    let error = $root.caffe2.TensorProto.verify(message.protos[i], _depth + 1);
                    if (error)
                        return "protos." + error;
                }
            }
            return null;
        };

        /**
         * Creates a TensorProtos message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorProtos
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.TensorProtos} TensorProtos
         */
        TensorProtos.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.TensorProtos)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.TensorProtos: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.TensorProtos();
            if (object.protos) {
                if (!$Array.isArray(object.protos))
                    throw $TypeError(".caffe2.TensorProtos.protos: array expected");
                message.protos = $Array(object.protos.length);
                for (let i = 0; i < object.protos.length; ++i) {
                    if (!$util.isObject(object.protos[i]))
                        throw $TypeError(".caffe2.TensorProtos.protos: object expected");
                    message.protos[i] = $root.caffe2.TensorProto.fromObject(object.protos[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a TensorProtos message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorProtos
         * @static
         * @param {caffe2.TensorProtos} message TensorProtos
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorProtos.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.protos = [];
            if (message.protos && message.protos.length) {
                object.protos = $Array(message.protos.length);
                for (let j = 0; j < message.protos.length; ++j)
                    object.protos[j] = $root.caffe2.TensorProto.toObject(message.protos[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this TensorProtos to JSON.
         * @function toJSON
         * @memberof caffe2.TensorProtos
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorProtos.prototype.toJSON = function() {
            return TensorProtos.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorProtos
         * @function getTypeUrl
         * @memberof caffe2.TensorProtos
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorProtos.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.TensorProtos";
        };

        return TensorProtos;
    })();

    caffe2.TensorShape = (function() {

        /**
         * Properties of a TensorShape.
         * @typedef {Object} caffe2.TensorShape.$Properties
         * @property {Array.<number|Long>|null} [dims] TensorShape dims
         * @property {caffe2.TensorProto.DataType|null} [dataType] TensorShape dataType
         * @property {Array.<number>|null} [unknownDims] TensorShape unknownDims
         * @property {boolean|null} [unknownShape] TensorShape unknownShape
         * @property {string|null} [name] TensorShape name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorShape.
         * @memberof caffe2
         * @interface ITensorShape
         * @augments caffe2.TensorShape.$Properties
         * @deprecated Use caffe2.TensorShape.$Properties instead.
         */

        /**
         * Shape of a TensorShape.
         * @typedef {caffe2.TensorShape.$Properties} caffe2.TensorShape.$Shape
         */

        /**
         * Constructs a new TensorShape.
         * @memberof caffe2
         * @classdesc Represents a TensorShape.
         * @constructor
         * @param {caffe2.TensorShape.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShape = function (properties) {
            this.dims = [];
            this.unknownDims = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorShape dims.
         * @member {Array.<number|Long>} dims
         * @memberof caffe2.TensorShape
         * @instance
         */
        TensorShape.prototype.dims = $util.emptyArray;

        /**
         * TensorShape dataType.
         * @member {caffe2.TensorProto.DataType} dataType
         * @memberof caffe2.TensorShape
         * @instance
         */
        TensorShape.prototype.dataType = 1;

        /**
         * TensorShape unknownDims.
         * @member {Array.<number>} unknownDims
         * @memberof caffe2.TensorShape
         * @instance
         */
        TensorShape.prototype.unknownDims = $util.emptyArray;

        /**
         * TensorShape unknownShape.
         * @member {boolean} unknownShape
         * @memberof caffe2.TensorShape
         * @instance
         */
        TensorShape.prototype.unknownShape = false;

        /**
         * TensorShape name.
         * @member {string} name
         * @memberof caffe2.TensorShape
         * @instance
         */
        TensorShape.prototype.name = "";

        /**
         * Creates a new TensorShape instance using the specified properties.
         * @function create
         * @memberof caffe2.TensorShape
         * @static
         * @param {caffe2.TensorShape.$Properties=} [properties] Properties to set
         * @returns {caffe2.TensorShape} TensorShape instance
         * @type {{
         *   (properties: caffe2.TensorShape.$Shape): caffe2.TensorShape & caffe2.TensorShape.$Shape;
         *   (properties?: caffe2.TensorShape.$Properties): caffe2.TensorShape;
         * }}
         */
        TensorShape.create = function(properties) {
            return new TensorShape(properties);
        };

        /**
         * Encodes the specified TensorShape message. Does not implicitly {@link caffe2.TensorShape.verify|verify} messages.
         * @function encode
         * @memberof caffe2.TensorShape
         * @static
         * @param {caffe2.TensorShape} message TensorShape message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShape.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dims != null && message.dims.length)
                for (let i = 0; i < message.dims.length; ++i)
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dims[i]);
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.dataType);
            if (message.unknownDims != null && message.unknownDims.length)
                for (let i = 0; i < message.unknownDims.length; ++i)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.unknownDims[i]);
            if (message.unknownShape != null && $Object.hasOwnProperty.call(message, "unknownShape"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.unknownShape);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorShape message, length delimited. Does not implicitly {@link caffe2.TensorShape.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorShape
         * @static
         * @param {caffe2.TensorShape} message TensorShape message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShape.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorShape message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.TensorShape
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.TensorShape & caffe2.TensorShape.$Shape} TensorShape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShape.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.TensorShape();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.dims && message.dims.length))
                                message.dims = [];
                            reader.int64s(message.dims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.dims && message.dims.length))
                            message.dims = [];
                        message.dims.push(reader.int64());
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.caffe2.TensorProto.DataType[value] !== $undefined)
                            message.dataType = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.unknownDims && message.unknownDims.length))
                                message.unknownDims = [];
                            reader.int32s(message.unknownDims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.unknownDims && message.unknownDims.length))
                            message.unknownDims = [];
                        message.unknownDims.push(reader.int32());
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.unknownShape = reader.bool();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorShape message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.TensorShape
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.TensorShape & caffe2.TensorShape.$Shape} TensorShape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShape.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorShape message.
         * @function verify
         * @memberof caffe2.TensorShape
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorShape.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.dims != null && $Object.hasOwnProperty.call(message, "dims")) {
                if (!$Array.isArray(message.dims))
                    return "dims: array expected";
                for (let i = 0; i < message.dims.length; ++i)
                    if (!$util.isInteger(message.dims[i]) && !(message.dims[i] && $util.isInteger(message.dims[i].low) && $util.isInteger(message.dims[i].high)))
                        return "dims: integer|Long[] expected";
            }
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                switch (message.dataType) {
                default:
                    return "dataType: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 12:
                case 13:
                case 14:
                case 15:
                    break;
                }
            if (message.unknownDims != null && $Object.hasOwnProperty.call(message, "unknownDims")) {
                if (!$Array.isArray(message.unknownDims))
                    return "unknownDims: array expected";
                for (let i = 0; i < message.unknownDims.length; ++i)
                    if (!$util.isInteger(message.unknownDims[i]))
                        return "unknownDims: integer[] expected";
            }
            if (message.unknownShape != null && $Object.hasOwnProperty.call(message, "unknownShape"))
                if (typeof message.unknownShape !== "boolean")
                    return "unknownShape: boolean expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            return null;
        };

        /**
         * Creates a TensorShape message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorShape
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.TensorShape} TensorShape
         */
        TensorShape.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.TensorShape)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.TensorShape: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.TensorShape();
            if (object.dims) {
                if (!$Array.isArray(object.dims))
                    throw $TypeError(".caffe2.TensorShape.dims: array expected");
                message.dims = $Array(object.dims.length);
                for (let i = 0; i < object.dims.length; ++i)
                    if ($util.Long)
                        message.dims[i] = $util.Long.fromValue(object.dims[i], false);
                    else if (typeof object.dims[i] === "string")
                        message.dims[i] = $parseInt(object.dims[i], 10);
                    else if (typeof object.dims[i] === "number")
                        message.dims[i] = object.dims[i];
                    else if (typeof object.dims[i] === "object")
                        message.dims[i] = new $util.LongBits(object.dims[i].low >>> 0, object.dims[i].high >>> 0).toNumber();
            }
            switch (object.dataType) {
            case "UNDEFINED":
            case 0:
                message.dataType = 0;
                break;
            case "FLOAT":
            case 1:
                message.dataType = 1;
                break;
            case "INT32":
            case 2:
                message.dataType = 2;
                break;
            case "BYTE":
            case 3:
                message.dataType = 3;
                break;
            case "STRING":
            case 4:
                message.dataType = 4;
                break;
            case "BOOL":
            case 5:
                message.dataType = 5;
                break;
            case "UINT8":
            case 6:
                message.dataType = 6;
                break;
            case "INT8":
            case 7:
                message.dataType = 7;
                break;
            case "UINT16":
            case 8:
                message.dataType = 8;
                break;
            case "INT16":
            case 9:
                message.dataType = 9;
                break;
            case "INT64":
            case 10:
                message.dataType = 10;
                break;
            case "FLOAT16":
            case 12:
                message.dataType = 12;
                break;
            case "DOUBLE":
            case 13:
                message.dataType = 13;
                break;
            case "ZERO_COLLISION_HASH":
            case 14:
                message.dataType = 14;
                break;
            case "REBATCHING_BUFFER":
            case 15:
                message.dataType = 15;
                break;
            default:
            }
            if (object.unknownDims) {
                if (!$Array.isArray(object.unknownDims))
                    throw $TypeError(".caffe2.TensorShape.unknownDims: array expected");
                message.unknownDims = $Array(object.unknownDims.length);
                for (let i = 0; i < object.unknownDims.length; ++i)
                    message.unknownDims[i] = object.unknownDims[i] | 0;
            }
            if (object.unknownShape != null)
                message.unknownShape = $Boolean(object.unknownShape);
            if (object.name != null)
                message.name = $String(object.name);
            return message;
        };

        /**
         * Creates a plain object from a TensorShape message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorShape
         * @static
         * @param {caffe2.TensorShape} message TensorShape
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorShape.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.dims = [];
                object.unknownDims = [];
            }
            if (options.defaults) {
                object.dataType = options.enums === $String ? "FLOAT" : 1;
                object.unknownShape = false;
                object.name = "";
            }
            if (message.dims && message.dims.length) {
                object.dims = $Array(message.dims.length);
                for (let j = 0; j < message.dims.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dims[j] = typeof message.dims[j] === "number" ? $BigInt(message.dims[j]) : $util.Long.fromBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0, false).toBigInt();
                    else if (typeof message.dims[j] === "number")
                        object.dims[j] = options.longs === $String ? $String(message.dims[j]) : message.dims[j];
                    else
                        object.dims[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.dims[j]) : options.longs === $Number ? new $util.LongBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0).toNumber() : message.dims[j];
            }
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                object.dataType = options.enums === $String ? $root.caffe2.TensorProto.DataType[message.dataType] === $undefined ? message.dataType : $root.caffe2.TensorProto.DataType[message.dataType] : message.dataType;
            if (message.unknownDims && message.unknownDims.length) {
                object.unknownDims = $Array(message.unknownDims.length);
                for (let j = 0; j < message.unknownDims.length; ++j)
                    object.unknownDims[j] = message.unknownDims[j];
            }
            if (message.unknownShape != null && $Object.hasOwnProperty.call(message, "unknownShape"))
                object.unknownShape = message.unknownShape;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        /**
         * Converts this TensorShape to JSON.
         * @function toJSON
         * @memberof caffe2.TensorShape
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorShape.prototype.toJSON = function() {
            return TensorShape.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorShape
         * @function getTypeUrl
         * @memberof caffe2.TensorShape
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorShape.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.TensorShape";
        };

        return TensorShape;
    })();

    caffe2.TensorShapes = (function() {

        /**
         * Properties of a TensorShapes.
         * @typedef {Object} caffe2.TensorShapes.$Properties
         * @property {Array.<caffe2.TensorShape>|null} [shapes] TensorShapes shapes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorShapes.
         * @memberof caffe2
         * @interface ITensorShapes
         * @augments caffe2.TensorShapes.$Properties
         * @deprecated Use caffe2.TensorShapes.$Properties instead.
         */

        /**
         * Shape of a TensorShapes.
         * @typedef {caffe2.TensorShapes.$Properties} caffe2.TensorShapes.$Shape
         */

        /**
         * Constructs a new TensorShapes.
         * @memberof caffe2
         * @classdesc Represents a TensorShapes.
         * @constructor
         * @param {caffe2.TensorShapes.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShapes = function (properties) {
            this.shapes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorShapes shapes.
         * @member {Array.<caffe2.TensorShape>} shapes
         * @memberof caffe2.TensorShapes
         * @instance
         */
        TensorShapes.prototype.shapes = $util.emptyArray;

        /**
         * Creates a new TensorShapes instance using the specified properties.
         * @function create
         * @memberof caffe2.TensorShapes
         * @static
         * @param {caffe2.TensorShapes.$Properties=} [properties] Properties to set
         * @returns {caffe2.TensorShapes} TensorShapes instance
         * @type {{
         *   (properties: caffe2.TensorShapes.$Shape): caffe2.TensorShapes & caffe2.TensorShapes.$Shape;
         *   (properties?: caffe2.TensorShapes.$Properties): caffe2.TensorShapes;
         * }}
         */
        TensorShapes.create = function(properties) {
            return new TensorShapes(properties);
        };

        /**
         * Encodes the specified TensorShapes message. Does not implicitly {@link caffe2.TensorShapes.verify|verify} messages.
         * @function encode
         * @memberof caffe2.TensorShapes
         * @static
         * @param {caffe2.TensorShapes} message TensorShapes message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapes.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.shapes != null && message.shapes.length)
                for (let i = 0; i < message.shapes.length; ++i)
                    $root.caffe2.TensorShape.encode(message.shapes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorShapes message, length delimited. Does not implicitly {@link caffe2.TensorShapes.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorShapes
         * @static
         * @param {caffe2.TensorShapes} message TensorShapes message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapes.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorShapes message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.TensorShapes
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.TensorShapes & caffe2.TensorShapes.$Shape} TensorShapes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapes.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.TensorShapes();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.shapes && message.shapes.length))
                            message.shapes = [];
                        message.shapes.push($root.caffe2.TensorShape.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorShapes message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.TensorShapes
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.TensorShapes & caffe2.TensorShapes.$Shape} TensorShapes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapes.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorShapes message.
         * @function verify
         * @memberof caffe2.TensorShapes
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorShapes.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.shapes != null && $Object.hasOwnProperty.call(message, "shapes")) {
                if (!$Array.isArray(message.shapes))
                    return "shapes: array expected";
                for (let i = 0; i < message.shapes.length; ++i) {
                    let error = $root.caffe2.TensorShape.verify(message.shapes[i], _depth + 1);
                    if (error)
                        return "shapes." + error;
                }
            }
            return null;
        };

        /**
         * Creates a TensorShapes message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorShapes
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.TensorShapes} TensorShapes
         */
        TensorShapes.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.TensorShapes)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.TensorShapes: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.TensorShapes();
            if (object.shapes) {
                if (!$Array.isArray(object.shapes))
                    throw $TypeError(".caffe2.TensorShapes.shapes: array expected");
                message.shapes = $Array(object.shapes.length);
                for (let i = 0; i < object.shapes.length; ++i) {
                    if (!$util.isObject(object.shapes[i]))
                        throw $TypeError(".caffe2.TensorShapes.shapes: object expected");
                    message.shapes[i] = $root.caffe2.TensorShape.fromObject(object.shapes[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a TensorShapes message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorShapes
         * @static
         * @param {caffe2.TensorShapes} message TensorShapes
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorShapes.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.shapes = [];
            if (message.shapes && message.shapes.length) {
                object.shapes = $Array(message.shapes.length);
                for (let j = 0; j < message.shapes.length; ++j)
                    object.shapes[j] = $root.caffe2.TensorShape.toObject(message.shapes[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this TensorShapes to JSON.
         * @function toJSON
         * @memberof caffe2.TensorShapes
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorShapes.prototype.toJSON = function() {
            return TensorShapes.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorShapes
         * @function getTypeUrl
         * @memberof caffe2.TensorShapes
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorShapes.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.TensorShapes";
        };

        return TensorShapes;
    })();

    caffe2.TensorBoundShape = (function() {

        /**
         * Properties of a TensorBoundShape.
         * @typedef {Object} caffe2.TensorBoundShape.$Properties
         * @property {caffe2.TensorShape|null} [shape] TensorBoundShape shape
         * @property {Array.<caffe2.TensorBoundShape.DimType>|null} [dimType] TensorBoundShape dimType
         * @property {string|null} [name] TensorBoundShape name
         * @property {boolean|null} [shapeIsFinal] TensorBoundShape shapeIsFinal
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorBoundShape.
         * @memberof caffe2
         * @interface ITensorBoundShape
         * @augments caffe2.TensorBoundShape.$Properties
         * @deprecated Use caffe2.TensorBoundShape.$Properties instead.
         */

        /**
         * Shape of a TensorBoundShape.
         * @typedef {caffe2.TensorBoundShape.$Properties} caffe2.TensorBoundShape.$Shape
         */

        /**
         * Constructs a new TensorBoundShape.
         * @memberof caffe2
         * @classdesc Represents a TensorBoundShape.
         * @constructor
         * @param {caffe2.TensorBoundShape.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorBoundShape = function (properties) {
            this.dimType = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorBoundShape shape.
         * @member {caffe2.TensorShape|null|undefined} shape
         * @memberof caffe2.TensorBoundShape
         * @instance
         */
        TensorBoundShape.prototype.shape = null;

        /**
         * TensorBoundShape dimType.
         * @member {Array.<caffe2.TensorBoundShape.DimType>} dimType
         * @memberof caffe2.TensorBoundShape
         * @instance
         */
        TensorBoundShape.prototype.dimType = $util.emptyArray;

        /**
         * TensorBoundShape name.
         * @member {string} name
         * @memberof caffe2.TensorBoundShape
         * @instance
         */
        TensorBoundShape.prototype.name = "";

        /**
         * TensorBoundShape shapeIsFinal.
         * @member {boolean} shapeIsFinal
         * @memberof caffe2.TensorBoundShape
         * @instance
         */
        TensorBoundShape.prototype.shapeIsFinal = false;

        /**
         * Creates a new TensorBoundShape instance using the specified properties.
         * @function create
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {caffe2.TensorBoundShape.$Properties=} [properties] Properties to set
         * @returns {caffe2.TensorBoundShape} TensorBoundShape instance
         * @type {{
         *   (properties: caffe2.TensorBoundShape.$Shape): caffe2.TensorBoundShape & caffe2.TensorBoundShape.$Shape;
         *   (properties?: caffe2.TensorBoundShape.$Properties): caffe2.TensorBoundShape;
         * }}
         */
        TensorBoundShape.create = function(properties) {
            return new TensorBoundShape(properties);
        };

        /**
         * Encodes the specified TensorBoundShape message. Does not implicitly {@link caffe2.TensorBoundShape.verify|verify} messages.
         * @function encode
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {caffe2.TensorBoundShape} message TensorBoundShape message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorBoundShape.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                $root.caffe2.TensorShape.encode(message.shape, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.dimType != null && message.dimType.length)
                for (let i = 0; i < message.dimType.length; ++i)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.dimType[i]);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.shapeIsFinal != null && $Object.hasOwnProperty.call(message, "shapeIsFinal"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.shapeIsFinal);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorBoundShape message, length delimited. Does not implicitly {@link caffe2.TensorBoundShape.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {caffe2.TensorBoundShape} message TensorBoundShape message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorBoundShape.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorBoundShape message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.TensorBoundShape & caffe2.TensorBoundShape.$Shape} TensorBoundShape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorBoundShape.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.TensorBoundShape();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.shape = $root.caffe2.TensorShape.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2) {
                                start = reader.pos;
                                value = reader.int32();
                                if ($root.caffe2.TensorBoundShape.DimType[value] !== $undefined) {
                                    if (!(message.dimType && message.dimType.length))
                                        message.dimType = [];
                                    message.dimType.push(value);
                                } else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push($util.rawField(2, 0, reader.raw(start, reader.pos)));
                                }
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.caffe2.TensorBoundShape.DimType[value] !== $undefined) {
                            if (!(message.dimType && message.dimType.length))
                                message.dimType = [];
                            message.dimType.push(value);
                        } else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.shapeIsFinal = reader.bool();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorBoundShape message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.TensorBoundShape & caffe2.TensorBoundShape.$Shape} TensorBoundShape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorBoundShape.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorBoundShape message.
         * @function verify
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorBoundShape.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.shape != null && $Object.hasOwnProperty.call(message, "shape")) {
                let error = $root.caffe2.TensorShape.verify(message.shape, _depth + 1);
                if (error)
                    return "shape." + error;
            }
            if (message.dimType != null && $Object.hasOwnProperty.call(message, "dimType")) {
                if (!$Array.isArray(message.dimType))
                    return "dimType: array expected";
                for (let i = 0; i < message.dimType.length; ++i)
                    switch (message.dimType[i]) {
                    default:
                        return "dimType: enum value[] expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                        break;
                    }
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.shapeIsFinal != null && $Object.hasOwnProperty.call(message, "shapeIsFinal"))
                if (typeof message.shapeIsFinal !== "boolean")
                    return "shapeIsFinal: boolean expected";
            return null;
        };

        /**
         * Creates a TensorBoundShape message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.TensorBoundShape} TensorBoundShape
         */
        TensorBoundShape.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.TensorBoundShape)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.TensorBoundShape: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.TensorBoundShape();
            if (object.shape != null) {
                if (!$util.isObject(object.shape))
                    throw $TypeError(".caffe2.TensorBoundShape.shape: object expected");
                message.shape = $root.caffe2.TensorShape.fromObject(object.shape, _depth + 1);
            }
            if (object.dimType) {
                if (!$Array.isArray(object.dimType))
                    throw $TypeError(".caffe2.TensorBoundShape.dimType: array expected");
                message.dimType = [];
                for (let i = 0; i < object.dimType.length; ++i)
                    switch (object.dimType[i]) {
                    case "UNKNOWN":
                    case 0:
                        message.dimType[message.dimType.length] = 0;
                        break;
                    case "CONSTANT":
                    case 1:
                        message.dimType[message.dimType.length] = 1;
                        break;
                    case "BATCH":
                    case 2:
                        message.dimType[message.dimType.length] = 2;
                        break;
                    case "BATCH_OF_FEATURE_MAX":
                    case 3:
                        message.dimType[message.dimType.length] = 3;
                        break;
                    case "BATCH_OF_FEATURE_MAX_DEFAULT":
                    case 4:
                        message.dimType[message.dimType.length] = 4;
                        break;
                    case "FEATURE_MAX":
                    case 5:
                        message.dimType[message.dimType.length] = 5;
                        break;
                    case "FEATURE_MAX_DEFAULT":
                    case 6:
                        message.dimType[message.dimType.length] = 6;
                        break;
                    default:
                    }
            }
            if (object.name != null)
                message.name = $String(object.name);
            if (object.shapeIsFinal != null)
                message.shapeIsFinal = $Boolean(object.shapeIsFinal);
            return message;
        };

        /**
         * Creates a plain object from a TensorBoundShape message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {caffe2.TensorBoundShape} message TensorBoundShape
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorBoundShape.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.dimType = [];
            if (options.defaults) {
                object.shape = null;
                object.name = "";
                object.shapeIsFinal = false;
            }
            if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                object.shape = $root.caffe2.TensorShape.toObject(message.shape, options, _depth + 1);
            if (message.dimType && message.dimType.length) {
                object.dimType = $Array(message.dimType.length);
                for (let j = 0; j < message.dimType.length; ++j)
                    object.dimType[j] = options.enums === $String ? $root.caffe2.TensorBoundShape.DimType[message.dimType[j]] === $undefined ? message.dimType[j] : $root.caffe2.TensorBoundShape.DimType[message.dimType[j]] : message.dimType[j];
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.shapeIsFinal != null && $Object.hasOwnProperty.call(message, "shapeIsFinal"))
                object.shapeIsFinal = message.shapeIsFinal;
            return object;
        };

        /**
         * Converts this TensorBoundShape to JSON.
         * @function toJSON
         * @memberof caffe2.TensorBoundShape
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorBoundShape.prototype.toJSON = function() {
            return TensorBoundShape.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorBoundShape
         * @function getTypeUrl
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorBoundShape.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.TensorBoundShape";
        };

        /**
         * DimType enum.
         * @name caffe2.TensorBoundShape.DimType
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} CONSTANT=1 CONSTANT value
         * @property {number} BATCH=2 BATCH value
         * @property {number} BATCH_OF_FEATURE_MAX=3 BATCH_OF_FEATURE_MAX value
         * @property {number} BATCH_OF_FEATURE_MAX_DEFAULT=4 BATCH_OF_FEATURE_MAX_DEFAULT value
         * @property {number} FEATURE_MAX=5 FEATURE_MAX value
         * @property {number} FEATURE_MAX_DEFAULT=6 FEATURE_MAX_DEFAULT value
         */
        TensorBoundShape.DimType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "CONSTANT"] = 1;
            values[valuesById[2] = "BATCH"] = 2;
            values[valuesById[3] = "BATCH_OF_FEATURE_MAX"] = 3;
            values[valuesById[4] = "BATCH_OF_FEATURE_MAX_DEFAULT"] = 4;
            values[valuesById[5] = "FEATURE_MAX"] = 5;
            values[valuesById[6] = "FEATURE_MAX_DEFAULT"] = 6;
            return values;
        })();

        return TensorBoundShape;
    })();

    caffe2.TensorBoundShapes = (function() {

        /**
         * Properties of a TensorBoundShapes.
         * @typedef {Object} caffe2.TensorBoundShapes.$Properties
         * @property {Array.<caffe2.TensorBoundShape>|null} [shapes] TensorBoundShapes shapes
         * @property {number|Long|null} [maxBatchSize] TensorBoundShapes maxBatchSize
         * @property {number|Long|null} [maxFeatureLen] TensorBoundShapes maxFeatureLen
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorBoundShapes.
         * @memberof caffe2
         * @interface ITensorBoundShapes
         * @augments caffe2.TensorBoundShapes.$Properties
         * @deprecated Use caffe2.TensorBoundShapes.$Properties instead.
         */

        /**
         * Shape of a TensorBoundShapes.
         * @typedef {caffe2.TensorBoundShapes.$Properties} caffe2.TensorBoundShapes.$Shape
         */

        /**
         * Constructs a new TensorBoundShapes.
         * @memberof caffe2
         * @classdesc Represents a TensorBoundShapes.
         * @constructor
         * @param {caffe2.TensorBoundShapes.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorBoundShapes = function (properties) {
            this.shapes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorBoundShapes shapes.
         * @member {Array.<caffe2.TensorBoundShape>} shapes
         * @memberof caffe2.TensorBoundShapes
         * @instance
         */
        TensorBoundShapes.prototype.shapes = $util.emptyArray;

        /**
         * TensorBoundShapes maxBatchSize.
         * @member {number|Long} maxBatchSize
         * @memberof caffe2.TensorBoundShapes
         * @instance
         */
        TensorBoundShapes.prototype.maxBatchSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * TensorBoundShapes maxFeatureLen.
         * @member {number|Long} maxFeatureLen
         * @memberof caffe2.TensorBoundShapes
         * @instance
         */
        TensorBoundShapes.prototype.maxFeatureLen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new TensorBoundShapes instance using the specified properties.
         * @function create
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {caffe2.TensorBoundShapes.$Properties=} [properties] Properties to set
         * @returns {caffe2.TensorBoundShapes} TensorBoundShapes instance
         * @type {{
         *   (properties: caffe2.TensorBoundShapes.$Shape): caffe2.TensorBoundShapes & caffe2.TensorBoundShapes.$Shape;
         *   (properties?: caffe2.TensorBoundShapes.$Properties): caffe2.TensorBoundShapes;
         * }}
         */
        TensorBoundShapes.create = function(properties) {
            return new TensorBoundShapes(properties);
        };

        /**
         * Encodes the specified TensorBoundShapes message. Does not implicitly {@link caffe2.TensorBoundShapes.verify|verify} messages.
         * @function encode
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {caffe2.TensorBoundShapes} message TensorBoundShapes message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorBoundShapes.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.shapes != null && message.shapes.length)
                for (let i = 0; i < message.shapes.length; ++i)
                    $root.caffe2.TensorBoundShape.encode(message.shapes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.maxBatchSize != null && $Object.hasOwnProperty.call(message, "maxBatchSize"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.maxBatchSize);
            if (message.maxFeatureLen != null && $Object.hasOwnProperty.call(message, "maxFeatureLen"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.maxFeatureLen);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorBoundShapes message, length delimited. Does not implicitly {@link caffe2.TensorBoundShapes.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {caffe2.TensorBoundShapes} message TensorBoundShapes message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorBoundShapes.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorBoundShapes message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.TensorBoundShapes & caffe2.TensorBoundShapes.$Shape} TensorBoundShapes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorBoundShapes.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.TensorBoundShapes();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.shapes && message.shapes.length))
                            message.shapes = [];
                        message.shapes.push($root.caffe2.TensorBoundShape.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.maxBatchSize = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.maxFeatureLen = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorBoundShapes message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.TensorBoundShapes & caffe2.TensorBoundShapes.$Shape} TensorBoundShapes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorBoundShapes.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorBoundShapes message.
         * @function verify
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorBoundShapes.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.shapes != null && $Object.hasOwnProperty.call(message, "shapes")) {
                if (!$Array.isArray(message.shapes))
                    return "shapes: array expected";
                for (let i = 0; i < message.shapes.length; ++i) {
                    let error = $root.caffe2.TensorBoundShape.verify(message.shapes[i], _depth + 1);
                    if (error)
                        return "shapes." + error;
                }
            }
            if (message.maxBatchSize != null && $Object.hasOwnProperty.call(message, "maxBatchSize"))
                if (!$util.isInteger(message.maxBatchSize) && !(message.maxBatchSize && $util.isInteger(message.maxBatchSize.low) && $util.isInteger(message.maxBatchSize.high)))
                    return "maxBatchSize: integer|Long expected";
            if (message.maxFeatureLen != null && $Object.hasOwnProperty.call(message, "maxFeatureLen"))
                if (!$util.isInteger(message.maxFeatureLen) && !(message.maxFeatureLen && $util.isInteger(message.maxFeatureLen.low) && $util.isInteger(message.maxFeatureLen.high)))
                    return "maxFeatureLen: integer|Long expected";
            return null;
        };

        /**
         * Creates a TensorBoundShapes message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.TensorBoundShapes} TensorBoundShapes
         */
        TensorBoundShapes.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.TensorBoundShapes)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.TensorBoundShapes: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.TensorBoundShapes();
            if (object.shapes) {
                if (!$Array.isArray(object.shapes))
                    throw $TypeError(".caffe2.TensorBoundShapes.shapes: array expected");
                message.shapes = $Array(object.shapes.length);
                for (let i = 0; i < object.shapes.length; ++i) {
                    if (!$util.isObject(object.shapes[i]))
                        throw $TypeError(".caffe2.TensorBoundShapes.shapes: object expected");
                    message.shapes[i] = $root.caffe2.TensorBoundShape.fromObject(object.shapes[i], _depth + 1);
                }
            }
            if (object.maxBatchSize != null)
                if ($util.Long)
                    message.maxBatchSize = $util.Long.fromValue(object.maxBatchSize, false);
                else if (typeof object.maxBatchSize === "string")
                    message.maxBatchSize = $parseInt(object.maxBatchSize, 10);
                else if (typeof object.maxBatchSize === "number")
                    message.maxBatchSize = object.maxBatchSize;
                else if (typeof object.maxBatchSize === "object")
                    message.maxBatchSize = new $util.LongBits(object.maxBatchSize.low >>> 0, object.maxBatchSize.high >>> 0).toNumber();
            if (object.maxFeatureLen != null)
                if ($util.Long)
                    message.maxFeatureLen = $util.Long.fromValue(object.maxFeatureLen, false);
                else if (typeof object.maxFeatureLen === "string")
                    message.maxFeatureLen = $parseInt(object.maxFeatureLen, 10);
                else if (typeof object.maxFeatureLen === "number")
                    message.maxFeatureLen = object.maxFeatureLen;
                else if (typeof object.maxFeatureLen === "object")
                    message.maxFeatureLen = new $util.LongBits(object.maxFeatureLen.low >>> 0, object.maxFeatureLen.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a TensorBoundShapes message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {caffe2.TensorBoundShapes} message TensorBoundShapes
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorBoundShapes.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.shapes = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxBatchSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxBatchSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxFeatureLen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxFeatureLen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.shapes && message.shapes.length) {
                object.shapes = $Array(message.shapes.length);
                for (let j = 0; j < message.shapes.length; ++j)
                    object.shapes[j] = $root.caffe2.TensorBoundShape.toObject(message.shapes[j], options, _depth + 1);
            }
            if (message.maxBatchSize != null && $Object.hasOwnProperty.call(message, "maxBatchSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxBatchSize = typeof message.maxBatchSize === "number" ? $BigInt(message.maxBatchSize) : $util.Long.fromBits(message.maxBatchSize.low >>> 0, message.maxBatchSize.high >>> 0, false).toBigInt();
                else if (typeof message.maxBatchSize === "number")
                    object.maxBatchSize = options.longs === $String ? $String(message.maxBatchSize) : message.maxBatchSize;
                else
                    object.maxBatchSize = options.longs === $String ? $util.Long.prototype.toString.call(message.maxBatchSize) : options.longs === $Number ? new $util.LongBits(message.maxBatchSize.low >>> 0, message.maxBatchSize.high >>> 0).toNumber() : message.maxBatchSize;
            if (message.maxFeatureLen != null && $Object.hasOwnProperty.call(message, "maxFeatureLen"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxFeatureLen = typeof message.maxFeatureLen === "number" ? $BigInt(message.maxFeatureLen) : $util.Long.fromBits(message.maxFeatureLen.low >>> 0, message.maxFeatureLen.high >>> 0, false).toBigInt();
                else if (typeof message.maxFeatureLen === "number")
                    object.maxFeatureLen = options.longs === $String ? $String(message.maxFeatureLen) : message.maxFeatureLen;
                else
                    object.maxFeatureLen = options.longs === $String ? $util.Long.prototype.toString.call(message.maxFeatureLen) : options.longs === $Number ? new $util.LongBits(message.maxFeatureLen.low >>> 0, message.maxFeatureLen.high >>> 0).toNumber() : message.maxFeatureLen;
            return object;
        };

        /**
         * Converts this TensorBoundShapes to JSON.
         * @function toJSON
         * @memberof caffe2.TensorBoundShapes
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorBoundShapes.prototype.toJSON = function() {
            return TensorBoundShapes.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorBoundShapes
         * @function getTypeUrl
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorBoundShapes.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.TensorBoundShapes";
        };

        return TensorBoundShapes;
    })();

    caffe2.AOTConfig = (function() {

        /**
         * Properties of a AOTConfig.
         * @typedef {Object} caffe2.AOTConfig.$Properties
         * @property {number|Long} maxBatchSize AOTConfig maxBatchSize
         * @property {number|Long} maxSeqSize AOTConfig maxSeqSize
         * @property {boolean} inBatchBroadcast AOTConfig inBatchBroadcast
         * @property {string|null} [onnxifiBlacklistOps] AOTConfig onnxifiBlacklistOps
         * @property {number|null} [onnxifiMinOps] AOTConfig onnxifiMinOps
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a AOTConfig.
         * @memberof caffe2
         * @interface IAOTConfig
         * @augments caffe2.AOTConfig.$Properties
         * @deprecated Use caffe2.AOTConfig.$Properties instead.
         */

        /**
         * Shape of a AOTConfig.
         * @typedef {caffe2.AOTConfig.$Properties} caffe2.AOTConfig.$Shape
         */

        /**
         * Constructs a new AOTConfig.
         * @memberof caffe2
         * @classdesc Represents a AOTConfig.
         * @constructor
         * @param {caffe2.AOTConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AOTConfig = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AOTConfig maxBatchSize.
         * @member {number|Long} maxBatchSize
         * @memberof caffe2.AOTConfig
         * @instance
         */
        AOTConfig.prototype.maxBatchSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * AOTConfig maxSeqSize.
         * @member {number|Long} maxSeqSize
         * @memberof caffe2.AOTConfig
         * @instance
         */
        AOTConfig.prototype.maxSeqSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * AOTConfig inBatchBroadcast.
         * @member {boolean} inBatchBroadcast
         * @memberof caffe2.AOTConfig
         * @instance
         */
        AOTConfig.prototype.inBatchBroadcast = false;

        /**
         * AOTConfig onnxifiBlacklistOps.
         * @member {string} onnxifiBlacklistOps
         * @memberof caffe2.AOTConfig
         * @instance
         */
        AOTConfig.prototype.onnxifiBlacklistOps = "";

        /**
         * AOTConfig onnxifiMinOps.
         * @member {number} onnxifiMinOps
         * @memberof caffe2.AOTConfig
         * @instance
         */
        AOTConfig.prototype.onnxifiMinOps = 0;

        /**
         * Creates a new AOTConfig instance using the specified properties.
         * @function create
         * @memberof caffe2.AOTConfig
         * @static
         * @param {caffe2.AOTConfig.$Properties=} [properties] Properties to set
         * @returns {caffe2.AOTConfig} AOTConfig instance
         * @type {{
         *   (properties: caffe2.AOTConfig.$Shape): caffe2.AOTConfig & caffe2.AOTConfig.$Shape;
         *   (properties?: caffe2.AOTConfig.$Properties): caffe2.AOTConfig;
         * }}
         */
        AOTConfig.create = function(properties) {
            return new AOTConfig(properties);
        };

        /**
         * Encodes the specified AOTConfig message. Does not implicitly {@link caffe2.AOTConfig.verify|verify} messages.
         * @function encode
         * @memberof caffe2.AOTConfig
         * @static
         * @param {caffe2.AOTConfig} message AOTConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AOTConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.maxBatchSize);
            writer.uint32(/* id 2, wireType 0 =*/16).int64(message.maxSeqSize);
            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.inBatchBroadcast);
            if (message.onnxifiBlacklistOps != null && $Object.hasOwnProperty.call(message, "onnxifiBlacklistOps"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.onnxifiBlacklistOps);
            if (message.onnxifiMinOps != null && $Object.hasOwnProperty.call(message, "onnxifiMinOps"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.onnxifiMinOps);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AOTConfig message, length delimited. Does not implicitly {@link caffe2.AOTConfig.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.AOTConfig
         * @static
         * @param {caffe2.AOTConfig} message AOTConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AOTConfig.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a AOTConfig message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.AOTConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.AOTConfig & caffe2.AOTConfig.$Shape} AOTConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AOTConfig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.AOTConfig();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.maxBatchSize = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.maxSeqSize = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.inBatchBroadcast = reader.bool();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.onnxifiBlacklistOps = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.onnxifiMinOps = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(message, "maxBatchSize"))
                throw $util.ProtocolError("missing required 'maxBatchSize'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "maxSeqSize"))
                throw $util.ProtocolError("missing required 'maxSeqSize'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "inBatchBroadcast"))
                throw $util.ProtocolError("missing required 'inBatchBroadcast'", { instance: message });
            return message;
        };

        /**
         * Decodes a AOTConfig message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.AOTConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.AOTConfig & caffe2.AOTConfig.$Shape} AOTConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AOTConfig.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a AOTConfig message.
         * @function verify
         * @memberof caffe2.AOTConfig
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AOTConfig.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isInteger(message.maxBatchSize) && !(message.maxBatchSize && $util.isInteger(message.maxBatchSize.low) && $util.isInteger(message.maxBatchSize.high)))
                return "maxBatchSize: integer|Long expected";
            if (!$util.isInteger(message.maxSeqSize) && !(message.maxSeqSize && $util.isInteger(message.maxSeqSize.low) && $util.isInteger(message.maxSeqSize.high)))
                return "maxSeqSize: integer|Long expected";
            if (typeof message.inBatchBroadcast !== "boolean")
                return "inBatchBroadcast: boolean expected";
            if (message.onnxifiBlacklistOps != null && $Object.hasOwnProperty.call(message, "onnxifiBlacklistOps"))
                if (!$util.isString(message.onnxifiBlacklistOps))
                    return "onnxifiBlacklistOps: string expected";
            if (message.onnxifiMinOps != null && $Object.hasOwnProperty.call(message, "onnxifiMinOps"))
                if (!$util.isInteger(message.onnxifiMinOps))
                    return "onnxifiMinOps: integer expected";
            return null;
        };

        /**
         * Creates a AOTConfig message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.AOTConfig
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.AOTConfig} AOTConfig
         */
        AOTConfig.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.AOTConfig)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.AOTConfig: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.AOTConfig();
            if (object.maxBatchSize != null)
                if ($util.Long)
                    message.maxBatchSize = $util.Long.fromValue(object.maxBatchSize, false);
                else if (typeof object.maxBatchSize === "string")
                    message.maxBatchSize = $parseInt(object.maxBatchSize, 10);
                else if (typeof object.maxBatchSize === "number")
                    message.maxBatchSize = object.maxBatchSize;
                else if (typeof object.maxBatchSize === "object")
                    message.maxBatchSize = new $util.LongBits(object.maxBatchSize.low >>> 0, object.maxBatchSize.high >>> 0).toNumber();
            if (object.maxSeqSize != null)
                if ($util.Long)
                    message.maxSeqSize = $util.Long.fromValue(object.maxSeqSize, false);
                else if (typeof object.maxSeqSize === "string")
                    message.maxSeqSize = $parseInt(object.maxSeqSize, 10);
                else if (typeof object.maxSeqSize === "number")
                    message.maxSeqSize = object.maxSeqSize;
                else if (typeof object.maxSeqSize === "object")
                    message.maxSeqSize = new $util.LongBits(object.maxSeqSize.low >>> 0, object.maxSeqSize.high >>> 0).toNumber();
            if (object.inBatchBroadcast != null)
                message.inBatchBroadcast = $Boolean(object.inBatchBroadcast);
            if (object.onnxifiBlacklistOps != null)
                message.onnxifiBlacklistOps = $String(object.onnxifiBlacklistOps);
            if (object.onnxifiMinOps != null)
                message.onnxifiMinOps = object.onnxifiMinOps | 0;
            return message;
        };

        /**
         * Creates a plain object from a AOTConfig message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.AOTConfig
         * @static
         * @param {caffe2.AOTConfig} message AOTConfig
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AOTConfig.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxBatchSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxBatchSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxSeqSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxSeqSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.inBatchBroadcast = false;
                object.onnxifiBlacklistOps = "";
                object.onnxifiMinOps = 0;
            }
            if (message.maxBatchSize != null && $Object.hasOwnProperty.call(message, "maxBatchSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxBatchSize = typeof message.maxBatchSize === "number" ? $BigInt(message.maxBatchSize) : $util.Long.fromBits(message.maxBatchSize.low >>> 0, message.maxBatchSize.high >>> 0, false).toBigInt();
                else if (typeof message.maxBatchSize === "number")
                    object.maxBatchSize = options.longs === $String ? $String(message.maxBatchSize) : message.maxBatchSize;
                else
                    object.maxBatchSize = options.longs === $String ? $util.Long.prototype.toString.call(message.maxBatchSize) : options.longs === $Number ? new $util.LongBits(message.maxBatchSize.low >>> 0, message.maxBatchSize.high >>> 0).toNumber() : message.maxBatchSize;
            if (message.maxSeqSize != null && $Object.hasOwnProperty.call(message, "maxSeqSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxSeqSize = typeof message.maxSeqSize === "number" ? $BigInt(message.maxSeqSize) : $util.Long.fromBits(message.maxSeqSize.low >>> 0, message.maxSeqSize.high >>> 0, false).toBigInt();
                else if (typeof message.maxSeqSize === "number")
                    object.maxSeqSize = options.longs === $String ? $String(message.maxSeqSize) : message.maxSeqSize;
                else
                    object.maxSeqSize = options.longs === $String ? $util.Long.prototype.toString.call(message.maxSeqSize) : options.longs === $Number ? new $util.LongBits(message.maxSeqSize.low >>> 0, message.maxSeqSize.high >>> 0).toNumber() : message.maxSeqSize;
            if (message.inBatchBroadcast != null && $Object.hasOwnProperty.call(message, "inBatchBroadcast"))
                object.inBatchBroadcast = message.inBatchBroadcast;
            if (message.onnxifiBlacklistOps != null && $Object.hasOwnProperty.call(message, "onnxifiBlacklistOps"))
                object.onnxifiBlacklistOps = message.onnxifiBlacklistOps;
            if (message.onnxifiMinOps != null && $Object.hasOwnProperty.call(message, "onnxifiMinOps"))
                object.onnxifiMinOps = message.onnxifiMinOps;
            return object;
        };

        /**
         * Converts this AOTConfig to JSON.
         * @function toJSON
         * @memberof caffe2.AOTConfig
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AOTConfig.prototype.toJSON = function() {
            return AOTConfig.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AOTConfig
         * @function getTypeUrl
         * @memberof caffe2.AOTConfig
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AOTConfig.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.AOTConfig";
        };

        return AOTConfig;
    })();

    caffe2.Argument = (function() {

        /**
         * Properties of an Argument.
         * @typedef {Object} caffe2.Argument.$Properties
         * @property {string|null} [name] Argument name
         * @property {number|null} [f] Argument f
         * @property {number|Long|null} [i] Argument i
         * @property {Uint8Array|null} [s] Argument s
         * @property {caffe2.TensorProto|null} [t] Argument t
         * @property {caffe2.NetDef|null} [n] Argument n
         * @property {Array.<number>|null} [floats] Argument floats
         * @property {Array.<number|Long>|null} [ints] Argument ints
         * @property {Array.<Uint8Array>|null} [strings] Argument strings
         * @property {Array.<caffe2.TensorProto>|null} [tensors] Argument tensors
         * @property {Array.<caffe2.NetDef>|null} [nets] Argument nets
         * @property {Array.<caffe2.QTensorProto>|null} [qtensors] Argument qtensors
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Argument.
         * @memberof caffe2
         * @interface IArgument
         * @augments caffe2.Argument.$Properties
         * @deprecated Use caffe2.Argument.$Properties instead.
         */

        /**
         * Shape of an Argument.
         * @typedef {caffe2.Argument.$Properties} caffe2.Argument.$Shape
         */

        /**
         * Constructs a new Argument.
         * @memberof caffe2
         * @classdesc Represents an Argument.
         * @constructor
         * @param {caffe2.Argument.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Argument = function (properties) {
            this.floats = [];
            this.ints = [];
            this.strings = [];
            this.tensors = [];
            this.nets = [];
            this.qtensors = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Argument name.
         * @member {string} name
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.name = "";

        /**
         * Argument f.
         * @member {number} f
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.f = 0;

        /**
         * Argument i.
         * @member {number|Long} i
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.i = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Argument s.
         * @member {Uint8Array} s
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.s = $util.newBuffer([]);

        /**
         * Argument t.
         * @member {caffe2.TensorProto|null|undefined} t
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.t = null;

        /**
         * Argument n.
         * @member {caffe2.NetDef|null|undefined} n
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.n = null;

        /**
         * Argument floats.
         * @member {Array.<number>} floats
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.floats = $util.emptyArray;

        /**
         * Argument ints.
         * @member {Array.<number|Long>} ints
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.ints = $util.emptyArray;

        /**
         * Argument strings.
         * @member {Array.<Uint8Array>} strings
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.strings = $util.emptyArray;

        /**
         * Argument tensors.
         * @member {Array.<caffe2.TensorProto>} tensors
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.tensors = $util.emptyArray;

        /**
         * Argument nets.
         * @member {Array.<caffe2.NetDef>} nets
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.nets = $util.emptyArray;

        /**
         * Argument qtensors.
         * @member {Array.<caffe2.QTensorProto>} qtensors
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.qtensors = $util.emptyArray;

        /**
         * Creates a new Argument instance using the specified properties.
         * @function create
         * @memberof caffe2.Argument
         * @static
         * @param {caffe2.Argument.$Properties=} [properties] Properties to set
         * @returns {caffe2.Argument} Argument instance
         * @type {{
         *   (properties: caffe2.Argument.$Shape): caffe2.Argument & caffe2.Argument.$Shape;
         *   (properties?: caffe2.Argument.$Properties): caffe2.Argument;
         * }}
         */
        Argument.create = function(properties) {
            return new Argument(properties);
        };

        /**
         * Encodes the specified Argument message. Does not implicitly {@link caffe2.Argument.verify|verify} messages.
         * @function encode
         * @memberof caffe2.Argument
         * @static
         * @param {caffe2.Argument} message Argument message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Argument.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.f != null && $Object.hasOwnProperty.call(message, "f"))
                writer.uint32(/* id 2, wireType 5 =*/21).float(message.f);
            if (message.i != null && $Object.hasOwnProperty.call(message, "i"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.i);
            if (message.s != null && $Object.hasOwnProperty.call(message, "s"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.s);
            if (message.floats != null && message.floats.length)
                for (let i = 0; i < message.floats.length; ++i)
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.floats[i]);
            if (message.ints != null && message.ints.length)
                for (let i = 0; i < message.ints.length; ++i)
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.ints[i]);
            if (message.strings != null && message.strings.length)
                for (let i = 0; i < message.strings.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.strings[i]);
            if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                $root.caffe2.NetDef.encode(message.n, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.nets != null && message.nets.length)
                for (let i = 0; i < message.nets.length; ++i)
                    $root.caffe2.NetDef.encode(message.nets[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.t != null && $Object.hasOwnProperty.call(message, "t"))
                $root.caffe2.TensorProto.encode(message.t, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.tensors != null && message.tensors.length)
                for (let i = 0; i < message.tensors.length; ++i)
                    $root.caffe2.TensorProto.encode(message.tensors[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.qtensors != null && message.qtensors.length)
                for (let i = 0; i < message.qtensors.length; ++i)
                    $root.caffe2.QTensorProto.encode(message.qtensors[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Argument message, length delimited. Does not implicitly {@link caffe2.Argument.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.Argument
         * @static
         * @param {caffe2.Argument} message Argument message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Argument.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Argument message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.Argument
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.Argument & caffe2.Argument.$Shape} Argument
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Argument.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.Argument();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 5)
                            break;
                        message.f = reader.float();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.i = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.s = reader.bytes();
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.t = $root.caffe2.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.t);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.n = $root.caffe2.NetDef.decode(reader, reader.size(), $undefined, _depth + 1, message.n);
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.floats && message.floats.length))
                                message.floats = [];
                            reader.floats(message.floats);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.floats && message.floats.length))
                            message.floats = [];
                        message.floats.push(reader.float());
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.ints && message.ints.length))
                                message.ints = [];
                            reader.int64s(message.ints);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.ints && message.ints.length))
                            message.ints = [];
                        message.ints.push(reader.int64());
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.strings && message.strings.length))
                            message.strings = [];
                        message.strings.push(reader.bytes());
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.tensors && message.tensors.length))
                            message.tensors = [];
                        message.tensors.push($root.caffe2.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nets && message.nets.length))
                            message.nets = [];
                        message.nets.push($root.caffe2.NetDef.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.qtensors && message.qtensors.length))
                            message.qtensors = [];
                        message.qtensors.push($root.caffe2.QTensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an Argument message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.Argument
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.Argument & caffe2.Argument.$Shape} Argument
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Argument.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Argument message.
         * @function verify
         * @memberof caffe2.Argument
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Argument.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.f != null && $Object.hasOwnProperty.call(message, "f"))
                if (typeof message.f !== "number")
                    return "f: number expected";
            if (message.i != null && $Object.hasOwnProperty.call(message, "i"))
                if (!$util.isInteger(message.i) && !(message.i && $util.isInteger(message.i.low) && $util.isInteger(message.i.high)))
                    return "i: integer|Long expected";
            if (message.s != null && $Object.hasOwnProperty.call(message, "s"))
                if (!(message.s && typeof message.s.length === "number" || $util.isString(message.s)))
                    return "s: buffer expected";
            if (message.t != null && $Object.hasOwnProperty.call(message, "t")) {
                let error = $root.caffe2.TensorProto.verify(message.t, _depth + 1);
                if (error)
                    return "t." + error;
            }
            if (message.n != null && $Object.hasOwnProperty.call(message, "n")) {
                let error = $root.caffe2.NetDef.verify(message.n, _depth + 1);
                if (error)
                    return "n." + error;
            }
            if (message.floats != null && $Object.hasOwnProperty.call(message, "floats")) {
                if (!$Array.isArray(message.floats))
                    return "floats: array expected";
                for (let i = 0; i < message.floats.length; ++i)
                    if (typeof message.floats[i] !== "number")
                        return "floats: number[] expected";
            }
            if (message.ints != null && $Object.hasOwnProperty.call(message, "ints")) {
                if (!$Array.isArray(message.ints))
                    return "ints: array expected";
                for (let i = 0; i < message.ints.length; ++i)
                    if (!$util.isInteger(message.ints[i]) && !(message.ints[i] && $util.isInteger(message.ints[i].low) && $util.isInteger(message.ints[i].high)))
                        return "ints: integer|Long[] expected";
            }
            if (message.strings != null && $Object.hasOwnProperty.call(message, "strings")) {
                if (!$Array.isArray(message.strings))
                    return "strings: array expected";
                for (let i = 0; i < message.strings.length; ++i)
                    if (!(message.strings[i] && typeof message.strings[i].length === "number" || $util.isString(message.strings[i])))
                        return "strings: buffer[] expected";
            }
            if (message.tensors != null && $Object.hasOwnProperty.call(message, "tensors")) {
                if (!$Array.isArray(message.tensors))
                    return "tensors: array expected";
                for (let i = 0; i < message.tensors.length; ++i) {
                    let error = $root.caffe2.TensorProto.verify(message.tensors[i], _depth + 1);
                    if (error)
                        return "tensors." + error;
                }
            }
            if (message.nets != null && $Object.hasOwnProperty.call(message, "nets")) {
                if (!$Array.isArray(message.nets))
                    return "nets: array expected";
                for (let i = 0; i < message.nets.length; ++i) {
                    let error = $root.caffe2.NetDef.verify(message.nets[i], _depth + 1);
                    if (error)
                        return "nets." + error;
                }
            }
            if (message.qtensors != null && $Object.hasOwnProperty.call(message, "qtensors")) {
                if (!$Array.isArray(message.qtensors))
                    return "qtensors: array expected";
                for (let i = 0; i < message.qtensors.length; ++i) {
                    let error = $root.caffe2.QTensorProto.verify(message.qtensors[i], _depth + 1);
                    if (error)
                        return "qtensors." + error;
                }
            }
            return null;
        };

        /**
         * Creates an Argument message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.Argument
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.Argument} Argument
         */
        Argument.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.Argument)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.Argument: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.Argument();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.f != null)
                message.f = $Number(object.f);
            if (object.i != null)
                if ($util.Long)
                    message.i = $util.Long.fromValue(object.i, false);
                else if (typeof object.i === "string")
                    message.i = $parseInt(object.i, 10);
                else if (typeof object.i === "number")
                    message.i = object.i;
                else if (typeof object.i === "object")
                    message.i = new $util.LongBits(object.i.low >>> 0, object.i.high >>> 0).toNumber();
            if (object.s != null)
                if (typeof object.s === "string")
                    $util.base64.decode(object.s, message.s = $util.newBuffer($util.base64.length(object.s)), 0);
                else if (object.s.length >= 0)
                    message.s = object.s;
            if (object.t != null) {
                if (!$util.isObject(object.t))
                    throw $TypeError(".caffe2.Argument.t: object expected");
                message.t = $root.caffe2.TensorProto.fromObject(object.t, _depth + 1);
            }
            if (object.n != null) {
                if (!$util.isObject(object.n))
                    throw $TypeError(".caffe2.Argument.n: object expected");
                message.n = $root.caffe2.NetDef.fromObject(object.n, _depth + 1);
            }
            if (object.floats) {
                if (!$Array.isArray(object.floats))
                    throw $TypeError(".caffe2.Argument.floats: array expected");
                message.floats = $Array(object.floats.length);
                for (let i = 0; i < object.floats.length; ++i)
                    message.floats[i] = $Number(object.floats[i]);
            }
            if (object.ints) {
                if (!$Array.isArray(object.ints))
                    throw $TypeError(".caffe2.Argument.ints: array expected");
                message.ints = $Array(object.ints.length);
                for (let i = 0; i < object.ints.length; ++i)
                    if ($util.Long)
                        message.ints[i] = $util.Long.fromValue(object.ints[i], false);
                    else if (typeof object.ints[i] === "string")
                        message.ints[i] = $parseInt(object.ints[i], 10);
                    else if (typeof object.ints[i] === "number")
                        message.ints[i] = object.ints[i];
                    else if (typeof object.ints[i] === "object")
                        message.ints[i] = new $util.LongBits(object.ints[i].low >>> 0, object.ints[i].high >>> 0).toNumber();
            }
            if (object.strings) {
                if (!$Array.isArray(object.strings))
                    throw $TypeError(".caffe2.Argument.strings: array expected");
                message.strings = $Array(object.strings.length);
                for (let i = 0; i < object.strings.length; ++i)
                    if (typeof object.strings[i] === "string")
                        $util.base64.decode(object.strings[i], message.strings[i] = $util.newBuffer($util.base64.length(object.strings[i])), 0);
                    else if (object.strings[i].length >= 0)
                        message.strings[i] = object.strings[i];
            }
            if (object.tensors) {
                if (!$Array.isArray(object.tensors))
                    throw $TypeError(".caffe2.Argument.tensors: array expected");
                message.tensors = $Array(object.tensors.length);
                for (let i = 0; i < object.tensors.length; ++i) {
                    if (!$util.isObject(object.tensors[i]))
                        throw $TypeError(".caffe2.Argument.tensors: object expected");
                    message.tensors[i] = $root.caffe2.TensorProto.fromObject(object.tensors[i], _depth + 1);
                }
            }
            if (object.nets) {
                if (!$Array.isArray(object.nets))
                    throw $TypeError(".caffe2.Argument.nets: array expected");
                message.nets = $Array(object.nets.length);
                for (let i = 0; i < object.nets.length; ++i) {
                    if (!$util.isObject(object.nets[i]))
                        throw $TypeError(".caffe2.Argument.nets: object expected");
                    message.nets[i] = $root.caffe2.NetDef.fromObject(object.nets[i], _depth + 1);
                }
            }
            if (object.qtensors) {
                if (!$Array.isArray(object.qtensors))
                    throw $TypeError(".caffe2.Argument.qtensors: array expected");
                message.qtensors = $Array(object.qtensors.length);
                for (let i = 0; i < object.qtensors.length; ++i) {
                    if (!$util.isObject(object.qtensors[i]))
                        throw $TypeError(".caffe2.Argument.qtensors: object expected");
                    message.qtensors[i] = $root.caffe2.QTensorProto.fromObject(object.qtensors[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an Argument message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.Argument
         * @static
         * @param {caffe2.Argument} message Argument
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Argument.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.floats = [];
                object.ints = [];
                object.strings = [];
                object.nets = [];
                object.tensors = [];
                object.qtensors = [];
            }
            if (options.defaults) {
                object.name = "";
                object.f = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.i = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.i = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.s = "";
                else {
                    object.s = [];
                    if (options.bytes !== $Array)
                        object.s = $util.newBuffer(object.s);
                }
                object.n = null;
                object.t = null;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.f != null && $Object.hasOwnProperty.call(message, "f"))
                object.f = options.json && !$isFinite(message.f) ? $String(message.f) : message.f;
            if (message.i != null && $Object.hasOwnProperty.call(message, "i"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.i = typeof message.i === "number" ? $BigInt(message.i) : $util.Long.fromBits(message.i.low >>> 0, message.i.high >>> 0, false).toBigInt();
                else if (typeof message.i === "number")
                    object.i = options.longs === $String ? $String(message.i) : message.i;
                else
                    object.i = options.longs === $String ? $util.Long.prototype.toString.call(message.i) : options.longs === $Number ? new $util.LongBits(message.i.low >>> 0, message.i.high >>> 0).toNumber() : message.i;
            if (message.s != null && $Object.hasOwnProperty.call(message, "s"))
                object.s = options.bytes === $String ? $util.base64.encode(message.s, 0, message.s.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.s) : message.s;
            if (message.floats && message.floats.length) {
                object.floats = $Array(message.floats.length);
                for (let j = 0; j < message.floats.length; ++j)
                    object.floats[j] = options.json && !$isFinite(message.floats[j]) ? $String(message.floats[j]) : message.floats[j];
            }
            if (message.ints && message.ints.length) {
                object.ints = $Array(message.ints.length);
                for (let j = 0; j < message.ints.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ints[j] = typeof message.ints[j] === "number" ? $BigInt(message.ints[j]) : $util.Long.fromBits(message.ints[j].low >>> 0, message.ints[j].high >>> 0, false).toBigInt();
                    else if (typeof message.ints[j] === "number")
                        object.ints[j] = options.longs === $String ? $String(message.ints[j]) : message.ints[j];
                    else
                        object.ints[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.ints[j]) : options.longs === $Number ? new $util.LongBits(message.ints[j].low >>> 0, message.ints[j].high >>> 0).toNumber() : message.ints[j];
            }
            if (message.strings && message.strings.length) {
                object.strings = $Array(message.strings.length);
                for (let j = 0; j < message.strings.length; ++j)
                    object.strings[j] = options.bytes === $String ? $util.base64.encode(message.strings[j], 0, message.strings[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.strings[j]) : message.strings[j];
            }
            if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                object.n = $root.caffe2.NetDef.toObject(message.n, options, _depth + 1);
            if (message.nets && message.nets.length) {
                object.nets = $Array(message.nets.length);
                for (let j = 0; j < message.nets.length; ++j)
                    object.nets[j] = $root.caffe2.NetDef.toObject(message.nets[j], options, _depth + 1);
            }
            if (message.t != null && $Object.hasOwnProperty.call(message, "t"))
                object.t = $root.caffe2.TensorProto.toObject(message.t, options, _depth + 1);
            if (message.tensors && message.tensors.length) {
                object.tensors = $Array(message.tensors.length);
                for (let j = 0; j < message.tensors.length; ++j)
                    object.tensors[j] = $root.caffe2.TensorProto.toObject(message.tensors[j], options, _depth + 1);
            }
            if (message.qtensors && message.qtensors.length) {
                object.qtensors = $Array(message.qtensors.length);
                for (let j = 0; j < message.qtensors.length; ++j)
                    object.qtensors[j] = $root.caffe2.QTensorProto.toObject(message.qtensors[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Argument to JSON.
         * @function toJSON
         * @memberof caffe2.Argument
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Argument.prototype.toJSON = function() {
            return Argument.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Argument
         * @function getTypeUrl
         * @memberof caffe2.Argument
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Argument.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.Argument";
        };

        return Argument;
    })();

    /**
     * DeviceTypeProto enum.
     * @name caffe2.DeviceTypeProto
     * @enum {number}
     * @property {number} PROTO_CPU=0 PROTO_CPU value
     * @property {number} PROTO_CUDA=1 PROTO_CUDA value
     * @property {number} PROTO_MKLDNN=2 PROTO_MKLDNN value
     * @property {number} PROTO_OPENGL=3 PROTO_OPENGL value
     * @property {number} PROTO_OPENCL=4 PROTO_OPENCL value
     * @property {number} PROTO_IDEEP=5 PROTO_IDEEP value
     * @property {number} PROTO_HIP=6 PROTO_HIP value
     * @property {number} PROTO_FPGA=7 PROTO_FPGA value
     * @property {number} PROTO_MSNPU=8 PROTO_MSNPU value
     * @property {number} PROTO_XLA=9 PROTO_XLA value
     * @property {number} PROTO_MLC=10 PROTO_MLC value
     * @property {number} PROTO_COMPILE_TIME_MAX_DEVICE_TYPES=11 PROTO_COMPILE_TIME_MAX_DEVICE_TYPES value
     */
    caffe2.DeviceTypeProto = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PROTO_CPU"] = 0;
        values[valuesById[1] = "PROTO_CUDA"] = 1;
        values[valuesById[2] = "PROTO_MKLDNN"] = 2;
        values[valuesById[3] = "PROTO_OPENGL"] = 3;
        values[valuesById[4] = "PROTO_OPENCL"] = 4;
        values[valuesById[5] = "PROTO_IDEEP"] = 5;
        values[valuesById[6] = "PROTO_HIP"] = 6;
        values[valuesById[7] = "PROTO_FPGA"] = 7;
        values[valuesById[8] = "PROTO_MSNPU"] = 8;
        values[valuesById[9] = "PROTO_XLA"] = 9;
        values[valuesById[10] = "PROTO_MLC"] = 10;
        values[valuesById[11] = "PROTO_COMPILE_TIME_MAX_DEVICE_TYPES"] = 11;
        return values;
    })();

    caffe2.DeviceOption = (function() {

        /**
         * Properties of a DeviceOption.
         * @typedef {Object} caffe2.DeviceOption.$Properties
         * @property {number|null} [deviceType] DeviceOption deviceType
         * @property {number|null} [deviceId] DeviceOption deviceId
         * @property {number|null} [randomSeed] DeviceOption randomSeed
         * @property {string|null} [nodeName] DeviceOption nodeName
         * @property {number|null} [numaNodeId] DeviceOption numaNodeId
         * @property {Array.<string>|null} [extraInfo] DeviceOption extraInfo
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeviceOption.
         * @memberof caffe2
         * @interface IDeviceOption
         * @augments caffe2.DeviceOption.$Properties
         * @deprecated Use caffe2.DeviceOption.$Properties instead.
         */

        /**
         * Shape of a DeviceOption.
         * @typedef {caffe2.DeviceOption.$Properties} caffe2.DeviceOption.$Shape
         */

        /**
         * Constructs a new DeviceOption.
         * @memberof caffe2
         * @classdesc Represents a DeviceOption.
         * @constructor
         * @param {caffe2.DeviceOption.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeviceOption = function (properties) {
            this.extraInfo = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeviceOption deviceType.
         * @member {number} deviceType
         * @memberof caffe2.DeviceOption
         * @instance
         */
        DeviceOption.prototype.deviceType = 0;

        /**
         * DeviceOption deviceId.
         * @member {number} deviceId
         * @memberof caffe2.DeviceOption
         * @instance
         */
        DeviceOption.prototype.deviceId = 0;

        /**
         * DeviceOption randomSeed.
         * @member {number} randomSeed
         * @memberof caffe2.DeviceOption
         * @instance
         */
        DeviceOption.prototype.randomSeed = 0;

        /**
         * DeviceOption nodeName.
         * @member {string} nodeName
         * @memberof caffe2.DeviceOption
         * @instance
         */
        DeviceOption.prototype.nodeName = "";

        /**
         * DeviceOption numaNodeId.
         * @member {number} numaNodeId
         * @memberof caffe2.DeviceOption
         * @instance
         */
        DeviceOption.prototype.numaNodeId = 0;

        /**
         * DeviceOption extraInfo.
         * @member {Array.<string>} extraInfo
         * @memberof caffe2.DeviceOption
         * @instance
         */
        DeviceOption.prototype.extraInfo = $util.emptyArray;

        /**
         * Creates a new DeviceOption instance using the specified properties.
         * @function create
         * @memberof caffe2.DeviceOption
         * @static
         * @param {caffe2.DeviceOption.$Properties=} [properties] Properties to set
         * @returns {caffe2.DeviceOption} DeviceOption instance
         * @type {{
         *   (properties: caffe2.DeviceOption.$Shape): caffe2.DeviceOption & caffe2.DeviceOption.$Shape;
         *   (properties?: caffe2.DeviceOption.$Properties): caffe2.DeviceOption;
         * }}
         */
        DeviceOption.create = function(properties) {
            return new DeviceOption(properties);
        };

        /**
         * Encodes the specified DeviceOption message. Does not implicitly {@link caffe2.DeviceOption.verify|verify} messages.
         * @function encode
         * @memberof caffe2.DeviceOption
         * @static
         * @param {caffe2.DeviceOption} message DeviceOption message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceOption.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.deviceType);
            if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.deviceId);
            if (message.randomSeed != null && $Object.hasOwnProperty.call(message, "randomSeed"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.randomSeed);
            if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.nodeName);
            if (message.numaNodeId != null && $Object.hasOwnProperty.call(message, "numaNodeId"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.numaNodeId);
            if (message.extraInfo != null && message.extraInfo.length)
                for (let i = 0; i < message.extraInfo.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.extraInfo[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DeviceOption message, length delimited. Does not implicitly {@link caffe2.DeviceOption.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.DeviceOption
         * @static
         * @param {caffe2.DeviceOption} message DeviceOption message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceOption.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DeviceOption message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.DeviceOption
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.DeviceOption & caffe2.DeviceOption.$Shape} DeviceOption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceOption.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.DeviceOption();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.deviceType = reader.int32();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.deviceId = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.randomSeed = reader.uint32();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.nodeName = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.numaNodeId = reader.int32();
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.extraInfo && message.extraInfo.length))
                            message.extraInfo = [];
                        message.extraInfo.push(reader.string());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a DeviceOption message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.DeviceOption
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.DeviceOption & caffe2.DeviceOption.$Shape} DeviceOption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceOption.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DeviceOption message.
         * @function verify
         * @memberof caffe2.DeviceOption
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DeviceOption.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                if (!$util.isInteger(message.deviceType))
                    return "deviceType: integer expected";
            if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                if (!$util.isInteger(message.deviceId))
                    return "deviceId: integer expected";
            if (message.randomSeed != null && $Object.hasOwnProperty.call(message, "randomSeed"))
                if (!$util.isInteger(message.randomSeed))
                    return "randomSeed: integer expected";
            if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName"))
                if (!$util.isString(message.nodeName))
                    return "nodeName: string expected";
            if (message.numaNodeId != null && $Object.hasOwnProperty.call(message, "numaNodeId"))
                if (!$util.isInteger(message.numaNodeId))
                    return "numaNodeId: integer expected";
            if (message.extraInfo != null && $Object.hasOwnProperty.call(message, "extraInfo")) {
                if (!$Array.isArray(message.extraInfo))
                    return "extraInfo: array expected";
                for (let i = 0; i < message.extraInfo.length; ++i)
                    if (!$util.isString(message.extraInfo[i]))
                        return "extraInfo: string[] expected";
            }
            return null;
        };

        /**
         * Creates a DeviceOption message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.DeviceOption
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.DeviceOption} DeviceOption
         */
        DeviceOption.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.DeviceOption)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.DeviceOption: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.DeviceOption();
            if (object.deviceType != null)
                message.deviceType = object.deviceType | 0;
            if (object.deviceId != null)
                message.deviceId = object.deviceId | 0;
            if (object.randomSeed != null)
                message.randomSeed = object.randomSeed >>> 0;
            if (object.nodeName != null)
                message.nodeName = $String(object.nodeName);
            if (object.numaNodeId != null)
                message.numaNodeId = object.numaNodeId | 0;
            if (object.extraInfo) {
                if (!$Array.isArray(object.extraInfo))
                    throw $TypeError(".caffe2.DeviceOption.extraInfo: array expected");
                message.extraInfo = $Array(object.extraInfo.length);
                for (let i = 0; i < object.extraInfo.length; ++i)
                    message.extraInfo[i] = $String(object.extraInfo[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a DeviceOption message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.DeviceOption
         * @static
         * @param {caffe2.DeviceOption} message DeviceOption
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DeviceOption.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.extraInfo = [];
            if (options.defaults) {
                object.deviceType = 0;
                object.deviceId = 0;
                object.randomSeed = 0;
                object.nodeName = "";
                object.numaNodeId = 0;
            }
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                object.deviceType = message.deviceType;
            if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                object.deviceId = message.deviceId;
            if (message.randomSeed != null && $Object.hasOwnProperty.call(message, "randomSeed"))
                object.randomSeed = message.randomSeed;
            if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName"))
                object.nodeName = message.nodeName;
            if (message.numaNodeId != null && $Object.hasOwnProperty.call(message, "numaNodeId"))
                object.numaNodeId = message.numaNodeId;
            if (message.extraInfo && message.extraInfo.length) {
                object.extraInfo = $Array(message.extraInfo.length);
                for (let j = 0; j < message.extraInfo.length; ++j)
                    object.extraInfo[j] = message.extraInfo[j];
            }
            return object;
        };

        /**
         * Converts this DeviceOption to JSON.
         * @function toJSON
         * @memberof caffe2.DeviceOption
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DeviceOption.prototype.toJSON = function() {
            return DeviceOption.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DeviceOption
         * @function getTypeUrl
         * @memberof caffe2.DeviceOption
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DeviceOption.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.DeviceOption";
        };

        return DeviceOption;
    })();

    caffe2.OperatorDef = (function() {

        /**
         * Properties of an OperatorDef.
         * @typedef {Object} caffe2.OperatorDef.$Properties
         * @property {Array.<string>|null} [input] OperatorDef input
         * @property {Array.<string>|null} [output] OperatorDef output
         * @property {string|null} [name] OperatorDef name
         * @property {string|null} [type] OperatorDef type
         * @property {Array.<caffe2.Argument>|null} [arg] OperatorDef arg
         * @property {caffe2.DeviceOption|null} [deviceOption] OperatorDef deviceOption
         * @property {string|null} [engine] OperatorDef engine
         * @property {Array.<string>|null} [controlInput] OperatorDef controlInput
         * @property {boolean|null} [isGradientOp] OperatorDef isGradientOp
         * @property {string|null} [debugInfo] OperatorDef debugInfo
         * @property {string|null} [domain] OperatorDef domain
         * @property {number|Long|null} [opVersion] OperatorDef opVersion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OperatorDef.
         * @memberof caffe2
         * @interface IOperatorDef
         * @augments caffe2.OperatorDef.$Properties
         * @deprecated Use caffe2.OperatorDef.$Properties instead.
         */

        /**
         * Shape of an OperatorDef.
         * @typedef {caffe2.OperatorDef.$Properties} caffe2.OperatorDef.$Shape
         */

        /**
         * Constructs a new OperatorDef.
         * @memberof caffe2
         * @classdesc Represents an OperatorDef.
         * @constructor
         * @param {caffe2.OperatorDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OperatorDef = function (properties) {
            this.input = [];
            this.output = [];
            this.arg = [];
            this.controlInput = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OperatorDef input.
         * @member {Array.<string>} input
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.input = $util.emptyArray;

        /**
         * OperatorDef output.
         * @member {Array.<string>} output
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.output = $util.emptyArray;

        /**
         * OperatorDef name.
         * @member {string} name
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.name = "";

        /**
         * OperatorDef type.
         * @member {string} type
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.type = "";

        /**
         * OperatorDef arg.
         * @member {Array.<caffe2.Argument>} arg
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.arg = $util.emptyArray;

        /**
         * OperatorDef deviceOption.
         * @member {caffe2.DeviceOption|null|undefined} deviceOption
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.deviceOption = null;

        /**
         * OperatorDef engine.
         * @member {string} engine
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.engine = "";

        /**
         * OperatorDef controlInput.
         * @member {Array.<string>} controlInput
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.controlInput = $util.emptyArray;

        /**
         * OperatorDef isGradientOp.
         * @member {boolean} isGradientOp
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.isGradientOp = false;

        /**
         * OperatorDef debugInfo.
         * @member {string} debugInfo
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.debugInfo = "";

        /**
         * OperatorDef domain.
         * @member {string} domain
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.domain = "";

        /**
         * OperatorDef opVersion.
         * @member {number|Long} opVersion
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.opVersion = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new OperatorDef instance using the specified properties.
         * @function create
         * @memberof caffe2.OperatorDef
         * @static
         * @param {caffe2.OperatorDef.$Properties=} [properties] Properties to set
         * @returns {caffe2.OperatorDef} OperatorDef instance
         * @type {{
         *   (properties: caffe2.OperatorDef.$Shape): caffe2.OperatorDef & caffe2.OperatorDef.$Shape;
         *   (properties?: caffe2.OperatorDef.$Properties): caffe2.OperatorDef;
         * }}
         */
        OperatorDef.create = function(properties) {
            return new OperatorDef(properties);
        };

        /**
         * Encodes the specified OperatorDef message. Does not implicitly {@link caffe2.OperatorDef.verify|verify} messages.
         * @function encode
         * @memberof caffe2.OperatorDef
         * @static
         * @param {caffe2.OperatorDef} message OperatorDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OperatorDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.input[i]);
            if (message.output != null && message.output.length)
                for (let i = 0; i < message.output.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.output[i]);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.type);
            if (message.arg != null && message.arg.length)
                for (let i = 0; i < message.arg.length; ++i)
                    $root.caffe2.Argument.encode(message.arg[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.deviceOption != null && $Object.hasOwnProperty.call(message, "deviceOption"))
                $root.caffe2.DeviceOption.encode(message.deviceOption, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.engine);
            if (message.controlInput != null && message.controlInput.length)
                for (let i = 0; i < message.controlInput.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.controlInput[i]);
            if (message.isGradientOp != null && $Object.hasOwnProperty.call(message, "isGradientOp"))
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.isGradientOp);
            if (message.debugInfo != null && $Object.hasOwnProperty.call(message, "debugInfo"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.debugInfo);
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 11, wireType 2 =*/90).string(message.domain);
            if (message.opVersion != null && $Object.hasOwnProperty.call(message, "opVersion"))
                writer.uint32(/* id 12, wireType 0 =*/96).int64(message.opVersion);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified OperatorDef message, length delimited. Does not implicitly {@link caffe2.OperatorDef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.OperatorDef
         * @static
         * @param {caffe2.OperatorDef} message OperatorDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OperatorDef.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OperatorDef message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.OperatorDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.OperatorDef & caffe2.OperatorDef.$Shape} OperatorDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OperatorDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.OperatorDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push(reader.string());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.output && message.output.length))
                            message.output = [];
                        message.output.push(reader.string());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.type = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.arg && message.arg.length))
                            message.arg = [];
                        message.arg.push($root.caffe2.Argument.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.deviceOption = $root.caffe2.DeviceOption.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceOption);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.engine = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.controlInput && message.controlInput.length))
                            message.controlInput = [];
                        message.controlInput.push(reader.string());
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        message.isGradientOp = reader.bool();
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.debugInfo = reader.string();
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        message.opVersion = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an OperatorDef message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.OperatorDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.OperatorDef & caffe2.OperatorDef.$Shape} OperatorDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OperatorDef.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OperatorDef message.
         * @function verify
         * @memberof caffe2.OperatorDef
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OperatorDef.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.input != null && $Object.hasOwnProperty.call(message, "input")) {
                if (!$Array.isArray(message.input))
                    return "input: array expected";
                for (let i = 0; i < message.input.length; ++i)
                    if (!$util.isString(message.input[i]))
                        return "input: string[] expected";
            }
            if (message.output != null && $Object.hasOwnProperty.call(message, "output")) {
                if (!$Array.isArray(message.output))
                    return "output: array expected";
                for (let i = 0; i < message.output.length; ++i)
                    if (!$util.isString(message.output[i]))
                        return "output: string[] expected";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg")) {
                if (!$Array.isArray(message.arg))
                    return "arg: array expected";
                for (let i = 0; i < message.arg.length; ++i) {
                    let error = $root.caffe2.Argument.verify(message.arg[i], _depth + 1);
                    if (error)
                        return "arg." + error;
                }
            }
            if (message.deviceOption != null && $Object.hasOwnProperty.call(message, "deviceOption")) {
                let error = $root.caffe2.DeviceOption.verify(message.deviceOption, _depth + 1);
                if (error)
                    return "deviceOption." + error;
            }
            if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                if (!$util.isString(message.engine))
                    return "engine: string expected";
            if (message.controlInput != null && $Object.hasOwnProperty.call(message, "controlInput")) {
                if (!$Array.isArray(message.controlInput))
                    return "controlInput: array expected";
                for (let i = 0; i < message.controlInput.length; ++i)
                    if (!$util.isString(message.controlInput[i]))
                        return "controlInput: string[] expected";
            }
            if (message.isGradientOp != null && $Object.hasOwnProperty.call(message, "isGradientOp"))
                if (typeof message.isGradientOp !== "boolean")
                    return "isGradientOp: boolean expected";
            if (message.debugInfo != null && $Object.hasOwnProperty.call(message, "debugInfo"))
                if (!$util.isString(message.debugInfo))
                    return "debugInfo: string expected";
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                if (!$util.isString(message.domain))
                    return "domain: string expected";
            if (message.opVersion != null && $Object.hasOwnProperty.call(message, "opVersion"))
                if (!$util.isInteger(message.opVersion) && !(message.opVersion && $util.isInteger(message.opVersion.low) && $util.isInteger(message.opVersion.high)))
                    return "opVersion: integer|Long expected";
            return null;
        };

        /**
         * Creates an OperatorDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.OperatorDef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.OperatorDef} OperatorDef
         */
        OperatorDef.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.OperatorDef)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.OperatorDef: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.OperatorDef();
            if (object.input) {
                if (!$Array.isArray(object.input))
                    throw $TypeError(".caffe2.OperatorDef.input: array expected");
                message.input = $Array(object.input.length);
                for (let i = 0; i < object.input.length; ++i)
                    message.input[i] = $String(object.input[i]);
            }
            if (object.output) {
                if (!$Array.isArray(object.output))
                    throw $TypeError(".caffe2.OperatorDef.output: array expected");
                message.output = $Array(object.output.length);
                for (let i = 0; i < object.output.length; ++i)
                    message.output[i] = $String(object.output[i]);
            }
            if (object.name != null)
                message.name = $String(object.name);
            if (object.type != null)
                message.type = $String(object.type);
            if (object.arg) {
                if (!$Array.isArray(object.arg))
                    throw $TypeError(".caffe2.OperatorDef.arg: array expected");
                message.arg = $Array(object.arg.length);
                for (let i = 0; i < object.arg.length; ++i) {
                    if (!$util.isObject(object.arg[i]))
                        throw $TypeError(".caffe2.OperatorDef.arg: object expected");
                    message.arg[i] = $root.caffe2.Argument.fromObject(object.arg[i], _depth + 1);
                }
            }
            if (object.deviceOption != null) {
                if (!$util.isObject(object.deviceOption))
                    throw $TypeError(".caffe2.OperatorDef.deviceOption: object expected");
                message.deviceOption = $root.caffe2.DeviceOption.fromObject(object.deviceOption, _depth + 1);
            }
            if (object.engine != null)
                message.engine = $String(object.engine);
            if (object.controlInput) {
                if (!$Array.isArray(object.controlInput))
                    throw $TypeError(".caffe2.OperatorDef.controlInput: array expected");
                message.controlInput = $Array(object.controlInput.length);
                for (let i = 0; i < object.controlInput.length; ++i)
                    message.controlInput[i] = $String(object.controlInput[i]);
            }
            if (object.isGradientOp != null)
                message.isGradientOp = $Boolean(object.isGradientOp);
            if (object.debugInfo != null)
                message.debugInfo = $String(object.debugInfo);
            if (object.domain != null)
                message.domain = $String(object.domain);
            if (object.opVersion != null)
                if ($util.Long)
                    message.opVersion = $util.Long.fromValue(object.opVersion, false);
                else if (typeof object.opVersion === "string")
                    message.opVersion = $parseInt(object.opVersion, 10);
                else if (typeof object.opVersion === "number")
                    message.opVersion = object.opVersion;
                else if (typeof object.opVersion === "object")
                    message.opVersion = new $util.LongBits(object.opVersion.low >>> 0, object.opVersion.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from an OperatorDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.OperatorDef
         * @static
         * @param {caffe2.OperatorDef} message OperatorDef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OperatorDef.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.input = [];
                object.output = [];
                object.arg = [];
                object.controlInput = [];
            }
            if (options.defaults) {
                object.name = "";
                object.type = "";
                object.deviceOption = null;
                object.engine = "";
                object.isGradientOp = false;
                object.debugInfo = "";
                object.domain = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.opVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.opVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.input && message.input.length) {
                object.input = $Array(message.input.length);
                for (let j = 0; j < message.input.length; ++j)
                    object.input[j] = message.input[j];
            }
            if (message.output && message.output.length) {
                object.output = $Array(message.output.length);
                for (let j = 0; j < message.output.length; ++j)
                    object.output[j] = message.output[j];
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.arg && message.arg.length) {
                object.arg = $Array(message.arg.length);
                for (let j = 0; j < message.arg.length; ++j)
                    object.arg[j] = $root.caffe2.Argument.toObject(message.arg[j], options, _depth + 1);
            }
            if (message.deviceOption != null && $Object.hasOwnProperty.call(message, "deviceOption"))
                object.deviceOption = $root.caffe2.DeviceOption.toObject(message.deviceOption, options, _depth + 1);
            if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                object.engine = message.engine;
            if (message.controlInput && message.controlInput.length) {
                object.controlInput = $Array(message.controlInput.length);
                for (let j = 0; j < message.controlInput.length; ++j)
                    object.controlInput[j] = message.controlInput[j];
            }
            if (message.isGradientOp != null && $Object.hasOwnProperty.call(message, "isGradientOp"))
                object.isGradientOp = message.isGradientOp;
            if (message.debugInfo != null && $Object.hasOwnProperty.call(message, "debugInfo"))
                object.debugInfo = message.debugInfo;
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                object.domain = message.domain;
            if (message.opVersion != null && $Object.hasOwnProperty.call(message, "opVersion"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.opVersion = typeof message.opVersion === "number" ? $BigInt(message.opVersion) : $util.Long.fromBits(message.opVersion.low >>> 0, message.opVersion.high >>> 0, false).toBigInt();
                else if (typeof message.opVersion === "number")
                    object.opVersion = options.longs === $String ? $String(message.opVersion) : message.opVersion;
                else
                    object.opVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.opVersion) : options.longs === $Number ? new $util.LongBits(message.opVersion.low >>> 0, message.opVersion.high >>> 0).toNumber() : message.opVersion;
            return object;
        };

        /**
         * Converts this OperatorDef to JSON.
         * @function toJSON
         * @memberof caffe2.OperatorDef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OperatorDef.prototype.toJSON = function() {
            return OperatorDef.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OperatorDef
         * @function getTypeUrl
         * @memberof caffe2.OperatorDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OperatorDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.OperatorDef";
        };

        return OperatorDef;
    })();

    caffe2.MapFieldEntry = (function() {

        /**
         * Properties of a MapFieldEntry.
         * @typedef {Object} caffe2.MapFieldEntry.$Properties
         * @property {string} key MapFieldEntry key
         * @property {string} val MapFieldEntry val
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MapFieldEntry.
         * @memberof caffe2
         * @interface IMapFieldEntry
         * @augments caffe2.MapFieldEntry.$Properties
         * @deprecated Use caffe2.MapFieldEntry.$Properties instead.
         */

        /**
         * Shape of a MapFieldEntry.
         * @typedef {caffe2.MapFieldEntry.$Properties} caffe2.MapFieldEntry.$Shape
         */

        /**
         * Constructs a new MapFieldEntry.
         * @memberof caffe2
         * @classdesc Represents a MapFieldEntry.
         * @constructor
         * @param {caffe2.MapFieldEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MapFieldEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MapFieldEntry key.
         * @member {string} key
         * @memberof caffe2.MapFieldEntry
         * @instance
         */
        MapFieldEntry.prototype.key = "";

        /**
         * MapFieldEntry val.
         * @member {string} val
         * @memberof caffe2.MapFieldEntry
         * @instance
         */
        MapFieldEntry.prototype.val = "";

        /**
         * Creates a new MapFieldEntry instance using the specified properties.
         * @function create
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {caffe2.MapFieldEntry.$Properties=} [properties] Properties to set
         * @returns {caffe2.MapFieldEntry} MapFieldEntry instance
         * @type {{
         *   (properties: caffe2.MapFieldEntry.$Shape): caffe2.MapFieldEntry & caffe2.MapFieldEntry.$Shape;
         *   (properties?: caffe2.MapFieldEntry.$Properties): caffe2.MapFieldEntry;
         * }}
         */
        MapFieldEntry.create = function(properties) {
            return new MapFieldEntry(properties);
        };

        /**
         * Encodes the specified MapFieldEntry message. Does not implicitly {@link caffe2.MapFieldEntry.verify|verify} messages.
         * @function encode
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {caffe2.MapFieldEntry} message MapFieldEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MapFieldEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            writer.uint32(/* id 2, wireType 2 =*/18).string(message.val);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MapFieldEntry message, length delimited. Does not implicitly {@link caffe2.MapFieldEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {caffe2.MapFieldEntry} message MapFieldEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MapFieldEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MapFieldEntry message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.MapFieldEntry & caffe2.MapFieldEntry.$Shape} MapFieldEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MapFieldEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.MapFieldEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.key = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.val = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(message, "key"))
                throw $util.ProtocolError("missing required 'key'", { instance: message });
            if (!$Object.hasOwnProperty.call(message, "val"))
                throw $util.ProtocolError("missing required 'val'", { instance: message });
            return message;
        };

        /**
         * Decodes a MapFieldEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.MapFieldEntry & caffe2.MapFieldEntry.$Shape} MapFieldEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MapFieldEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MapFieldEntry message.
         * @function verify
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MapFieldEntry.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.key))
                return "key: string expected";
            if (!$util.isString(message.val))
                return "val: string expected";
            return null;
        };

        /**
         * Creates a MapFieldEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.MapFieldEntry} MapFieldEntry
         */
        MapFieldEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.MapFieldEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.MapFieldEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.MapFieldEntry();
            if (object.key != null)
                message.key = $String(object.key);
            if (object.val != null)
                message.val = $String(object.val);
            return message;
        };

        /**
         * Creates a plain object from a MapFieldEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {caffe2.MapFieldEntry} message MapFieldEntry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MapFieldEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.key = "";
                object.val = "";
            }
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = message.key;
            if (message.val != null && $Object.hasOwnProperty.call(message, "val"))
                object.val = message.val;
            return object;
        };

        /**
         * Converts this MapFieldEntry to JSON.
         * @function toJSON
         * @memberof caffe2.MapFieldEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MapFieldEntry.prototype.toJSON = function() {
            return MapFieldEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MapFieldEntry
         * @function getTypeUrl
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MapFieldEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.MapFieldEntry";
        };

        return MapFieldEntry;
    })();

    caffe2.BackendOptions = (function() {

        /**
         * Properties of a BackendOptions.
         * @typedef {Object} caffe2.BackendOptions.$Properties
         * @property {string} backendName BackendOptions backendName
         * @property {Array.<caffe2.MapFieldEntry>|null} [option] BackendOptions option
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BackendOptions.
         * @memberof caffe2
         * @interface IBackendOptions
         * @augments caffe2.BackendOptions.$Properties
         * @deprecated Use caffe2.BackendOptions.$Properties instead.
         */

        /**
         * Shape of a BackendOptions.
         * @typedef {caffe2.BackendOptions.$Properties} caffe2.BackendOptions.$Shape
         */

        /**
         * Constructs a new BackendOptions.
         * @memberof caffe2
         * @classdesc Represents a BackendOptions.
         * @constructor
         * @param {caffe2.BackendOptions.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackendOptions = function (properties) {
            this.option = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BackendOptions backendName.
         * @member {string} backendName
         * @memberof caffe2.BackendOptions
         * @instance
         */
        BackendOptions.prototype.backendName = "";

        /**
         * BackendOptions option.
         * @member {Array.<caffe2.MapFieldEntry>} option
         * @memberof caffe2.BackendOptions
         * @instance
         */
        BackendOptions.prototype.option = $util.emptyArray;

        /**
         * Creates a new BackendOptions instance using the specified properties.
         * @function create
         * @memberof caffe2.BackendOptions
         * @static
         * @param {caffe2.BackendOptions.$Properties=} [properties] Properties to set
         * @returns {caffe2.BackendOptions} BackendOptions instance
         * @type {{
         *   (properties: caffe2.BackendOptions.$Shape): caffe2.BackendOptions & caffe2.BackendOptions.$Shape;
         *   (properties?: caffe2.BackendOptions.$Properties): caffe2.BackendOptions;
         * }}
         */
        BackendOptions.create = function(properties) {
            return new BackendOptions(properties);
        };

        /**
         * Encodes the specified BackendOptions message. Does not implicitly {@link caffe2.BackendOptions.verify|verify} messages.
         * @function encode
         * @memberof caffe2.BackendOptions
         * @static
         * @param {caffe2.BackendOptions} message BackendOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackendOptions.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.backendName);
            if (message.option != null && message.option.length)
                for (let i = 0; i < message.option.length; ++i)
                    $root.caffe2.MapFieldEntry.encode(message.option[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified BackendOptions message, length delimited. Does not implicitly {@link caffe2.BackendOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.BackendOptions
         * @static
         * @param {caffe2.BackendOptions} message BackendOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackendOptions.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BackendOptions message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.BackendOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.BackendOptions & caffe2.BackendOptions.$Shape} BackendOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackendOptions.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.BackendOptions();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.backendName = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.option && message.option.length))
                            message.option = [];
                        message.option.push($root.caffe2.MapFieldEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(message, "backendName"))
                throw $util.ProtocolError("missing required 'backendName'", { instance: message });
            return message;
        };

        /**
         * Decodes a BackendOptions message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.BackendOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.BackendOptions & caffe2.BackendOptions.$Shape} BackendOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackendOptions.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BackendOptions message.
         * @function verify
         * @memberof caffe2.BackendOptions
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BackendOptions.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.backendName))
                return "backendName: string expected";
            if (message.option != null && $Object.hasOwnProperty.call(message, "option")) {
                if (!$Array.isArray(message.option))
                    return "option: array expected";
                for (let i = 0; i < message.option.length; ++i) {
                    let error = $root.caffe2.MapFieldEntry.verify(message.option[i], _depth + 1);
                    if (error)
                        return "option." + error;
                }
            }
            return null;
        };

        /**
         * Creates a BackendOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.BackendOptions
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.BackendOptions} BackendOptions
         */
        BackendOptions.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.BackendOptions)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.BackendOptions: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.BackendOptions();
            if (object.backendName != null)
                message.backendName = $String(object.backendName);
            if (object.option) {
                if (!$Array.isArray(object.option))
                    throw $TypeError(".caffe2.BackendOptions.option: array expected");
                message.option = $Array(object.option.length);
                for (let i = 0; i < object.option.length; ++i) {
                    if (!$util.isObject(object.option[i]))
                        throw $TypeError(".caffe2.BackendOptions.option: object expected");
                    message.option[i] = $root.caffe2.MapFieldEntry.fromObject(object.option[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a BackendOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.BackendOptions
         * @static
         * @param {caffe2.BackendOptions} message BackendOptions
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BackendOptions.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.option = [];
            if (options.defaults)
                object.backendName = "";
            if (message.backendName != null && $Object.hasOwnProperty.call(message, "backendName"))
                object.backendName = message.backendName;
            if (message.option && message.option.length) {
                object.option = $Array(message.option.length);
                for (let j = 0; j < message.option.length; ++j)
                    object.option[j] = $root.caffe2.MapFieldEntry.toObject(message.option[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this BackendOptions to JSON.
         * @function toJSON
         * @memberof caffe2.BackendOptions
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BackendOptions.prototype.toJSON = function() {
            return BackendOptions.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BackendOptions
         * @function getTypeUrl
         * @memberof caffe2.BackendOptions
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BackendOptions.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.BackendOptions";
        };

        return BackendOptions;
    })();

    caffe2.PartitionInfo = (function() {

        /**
         * Properties of a PartitionInfo.
         * @typedef {Object} caffe2.PartitionInfo.$Properties
         * @property {string} name PartitionInfo name
         * @property {Array.<number>|null} [deviceId] PartitionInfo deviceId
         * @property {string|null} [extraInfo] PartitionInfo extraInfo
         * @property {Array.<caffe2.BackendOptions>|null} [backendOptions] PartitionInfo backendOptions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PartitionInfo.
         * @memberof caffe2
         * @interface IPartitionInfo
         * @augments caffe2.PartitionInfo.$Properties
         * @deprecated Use caffe2.PartitionInfo.$Properties instead.
         */

        /**
         * Shape of a PartitionInfo.
         * @typedef {caffe2.PartitionInfo.$Properties} caffe2.PartitionInfo.$Shape
         */

        /**
         * Constructs a new PartitionInfo.
         * @memberof caffe2
         * @classdesc Represents a PartitionInfo.
         * @constructor
         * @param {caffe2.PartitionInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PartitionInfo = function (properties) {
            this.deviceId = [];
            this.backendOptions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PartitionInfo name.
         * @member {string} name
         * @memberof caffe2.PartitionInfo
         * @instance
         */
        PartitionInfo.prototype.name = "";

        /**
         * PartitionInfo deviceId.
         * @member {Array.<number>} deviceId
         * @memberof caffe2.PartitionInfo
         * @instance
         */
        PartitionInfo.prototype.deviceId = $util.emptyArray;

        /**
         * PartitionInfo extraInfo.
         * @member {string} extraInfo
         * @memberof caffe2.PartitionInfo
         * @instance
         */
        PartitionInfo.prototype.extraInfo = "";

        /**
         * PartitionInfo backendOptions.
         * @member {Array.<caffe2.BackendOptions>} backendOptions
         * @memberof caffe2.PartitionInfo
         * @instance
         */
        PartitionInfo.prototype.backendOptions = $util.emptyArray;

        /**
         * Creates a new PartitionInfo instance using the specified properties.
         * @function create
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {caffe2.PartitionInfo.$Properties=} [properties] Properties to set
         * @returns {caffe2.PartitionInfo} PartitionInfo instance
         * @type {{
         *   (properties: caffe2.PartitionInfo.$Shape): caffe2.PartitionInfo & caffe2.PartitionInfo.$Shape;
         *   (properties?: caffe2.PartitionInfo.$Properties): caffe2.PartitionInfo;
         * }}
         */
        PartitionInfo.create = function(properties) {
            return new PartitionInfo(properties);
        };

        /**
         * Encodes the specified PartitionInfo message. Does not implicitly {@link caffe2.PartitionInfo.verify|verify} messages.
         * @function encode
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {caffe2.PartitionInfo} message PartitionInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartitionInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.deviceId != null && message.deviceId.length)
                for (let i = 0; i < message.deviceId.length; ++i)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.deviceId[i]);
            if (message.extraInfo != null && $Object.hasOwnProperty.call(message, "extraInfo"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.extraInfo);
            if (message.backendOptions != null && message.backendOptions.length)
                for (let i = 0; i < message.backendOptions.length; ++i)
                    $root.caffe2.BackendOptions.encode(message.backendOptions[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PartitionInfo message, length delimited. Does not implicitly {@link caffe2.PartitionInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {caffe2.PartitionInfo} message PartitionInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartitionInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PartitionInfo message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.PartitionInfo & caffe2.PartitionInfo.$Shape} PartitionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartitionInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.PartitionInfo();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.deviceId && message.deviceId.length))
                                message.deviceId = [];
                            reader.int32s(message.deviceId);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.deviceId && message.deviceId.length))
                            message.deviceId = [];
                        message.deviceId.push(reader.int32());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.extraInfo = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.backendOptions && message.backendOptions.length))
                            message.backendOptions = [];
                        message.backendOptions.push($root.caffe2.BackendOptions.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(message, "name"))
                throw $util.ProtocolError("missing required 'name'", { instance: message });
            return message;
        };

        /**
         * Decodes a PartitionInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.PartitionInfo & caffe2.PartitionInfo.$Shape} PartitionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartitionInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PartitionInfo message.
         * @function verify
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PartitionInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(message.name))
                return "name: string expected";
            if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId")) {
                if (!$Array.isArray(message.deviceId))
                    return "deviceId: array expected";
                for (let i = 0; i < message.deviceId.length; ++i)
                    if (!$util.isInteger(message.deviceId[i]))
                        return "deviceId: integer[] expected";
            }
            if (message.extraInfo != null && $Object.hasOwnProperty.call(message, "extraInfo"))
                if (!$util.isString(message.extraInfo))
                    return "extraInfo: string expected";
            if (message.backendOptions != null && $Object.hasOwnProperty.call(message, "backendOptions")) {
                if (!$Array.isArray(message.backendOptions))
                    return "backendOptions: array expected";
                for (let i = 0; i < message.backendOptions.length; ++i) {
                    let error = $root.caffe2.BackendOptions.verify(message.backendOptions[i], _depth + 1);
                    if (error)
                        return "backendOptions." + error;
                }
            }
            return null;
        };

        /**
         * Creates a PartitionInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.PartitionInfo} PartitionInfo
         */
        PartitionInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.PartitionInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.PartitionInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.PartitionInfo();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.deviceId) {
                if (!$Array.isArray(object.deviceId))
                    throw $TypeError(".caffe2.PartitionInfo.deviceId: array expected");
                message.deviceId = $Array(object.deviceId.length);
                for (let i = 0; i < object.deviceId.length; ++i)
                    message.deviceId[i] = object.deviceId[i] | 0;
            }
            if (object.extraInfo != null)
                message.extraInfo = $String(object.extraInfo);
            if (object.backendOptions) {
                if (!$Array.isArray(object.backendOptions))
                    throw $TypeError(".caffe2.PartitionInfo.backendOptions: array expected");
                message.backendOptions = $Array(object.backendOptions.length);
                for (let i = 0; i < object.backendOptions.length; ++i) {
                    if (!$util.isObject(object.backendOptions[i]))
                        throw $TypeError(".caffe2.PartitionInfo.backendOptions: object expected");
                    message.backendOptions[i] = $root.caffe2.BackendOptions.fromObject(object.backendOptions[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a PartitionInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {caffe2.PartitionInfo} message PartitionInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PartitionInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.deviceId = [];
                object.backendOptions = [];
            }
            if (options.defaults) {
                object.name = "";
                object.extraInfo = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.deviceId && message.deviceId.length) {
                object.deviceId = $Array(message.deviceId.length);
                for (let j = 0; j < message.deviceId.length; ++j)
                    object.deviceId[j] = message.deviceId[j];
            }
            if (message.extraInfo != null && $Object.hasOwnProperty.call(message, "extraInfo"))
                object.extraInfo = message.extraInfo;
            if (message.backendOptions && message.backendOptions.length) {
                object.backendOptions = $Array(message.backendOptions.length);
                for (let j = 0; j < message.backendOptions.length; ++j)
                    object.backendOptions[j] = $root.caffe2.BackendOptions.toObject(message.backendOptions[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this PartitionInfo to JSON.
         * @function toJSON
         * @memberof caffe2.PartitionInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PartitionInfo.prototype.toJSON = function() {
            return PartitionInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PartitionInfo
         * @function getTypeUrl
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PartitionInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.PartitionInfo";
        };

        return PartitionInfo;
    })();

    caffe2.NetDef = (function() {

        /**
         * Properties of a NetDef.
         * @typedef {Object} caffe2.NetDef.$Properties
         * @property {string|null} [name] NetDef name
         * @property {Array.<caffe2.OperatorDef>|null} [op] NetDef op
         * @property {string|null} [type] NetDef type
         * @property {number|null} [numWorkers] NetDef numWorkers
         * @property {caffe2.DeviceOption|null} [deviceOption] NetDef deviceOption
         * @property {Array.<caffe2.Argument>|null} [arg] NetDef arg
         * @property {Array.<string>|null} [externalInput] NetDef externalInput
         * @property {Array.<string>|null} [externalOutput] NetDef externalOutput
         * @property {Array.<caffe2.PartitionInfo>|null} [partitionInfo] NetDef partitionInfo
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NetDef.
         * @memberof caffe2
         * @interface INetDef
         * @augments caffe2.NetDef.$Properties
         * @deprecated Use caffe2.NetDef.$Properties instead.
         */

        /**
         * Shape of a NetDef.
         * @typedef {caffe2.NetDef.$Properties} caffe2.NetDef.$Shape
         */

        /**
         * Constructs a new NetDef.
         * @memberof caffe2
         * @classdesc Represents a NetDef.
         * @constructor
         * @param {caffe2.NetDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NetDef = function (properties) {
            this.op = [];
            this.arg = [];
            this.externalInput = [];
            this.externalOutput = [];
            this.partitionInfo = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NetDef name.
         * @member {string} name
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.name = "";

        /**
         * NetDef op.
         * @member {Array.<caffe2.OperatorDef>} op
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.op = $util.emptyArray;

        /**
         * NetDef type.
         * @member {string} type
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.type = "";

        /**
         * NetDef numWorkers.
         * @member {number} numWorkers
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.numWorkers = 0;

        /**
         * NetDef deviceOption.
         * @member {caffe2.DeviceOption|null|undefined} deviceOption
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.deviceOption = null;

        /**
         * NetDef arg.
         * @member {Array.<caffe2.Argument>} arg
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.arg = $util.emptyArray;

        /**
         * NetDef externalInput.
         * @member {Array.<string>} externalInput
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.externalInput = $util.emptyArray;

        /**
         * NetDef externalOutput.
         * @member {Array.<string>} externalOutput
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.externalOutput = $util.emptyArray;

        /**
         * NetDef partitionInfo.
         * @member {Array.<caffe2.PartitionInfo>} partitionInfo
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.partitionInfo = $util.emptyArray;

        /**
         * Creates a new NetDef instance using the specified properties.
         * @function create
         * @memberof caffe2.NetDef
         * @static
         * @param {caffe2.NetDef.$Properties=} [properties] Properties to set
         * @returns {caffe2.NetDef} NetDef instance
         * @type {{
         *   (properties: caffe2.NetDef.$Shape): caffe2.NetDef & caffe2.NetDef.$Shape;
         *   (properties?: caffe2.NetDef.$Properties): caffe2.NetDef;
         * }}
         */
        NetDef.create = function(properties) {
            return new NetDef(properties);
        };

        /**
         * Encodes the specified NetDef message. Does not implicitly {@link caffe2.NetDef.verify|verify} messages.
         * @function encode
         * @memberof caffe2.NetDef
         * @static
         * @param {caffe2.NetDef} message NetDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NetDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.op != null && message.op.length)
                for (let i = 0; i < message.op.length; ++i)
                    $root.caffe2.OperatorDef.encode(message.op[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
            if (message.numWorkers != null && $Object.hasOwnProperty.call(message, "numWorkers"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.numWorkers);
            if (message.deviceOption != null && $Object.hasOwnProperty.call(message, "deviceOption"))
                $root.caffe2.DeviceOption.encode(message.deviceOption, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.arg != null && message.arg.length)
                for (let i = 0; i < message.arg.length; ++i)
                    $root.caffe2.Argument.encode(message.arg[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.externalInput != null && message.externalInput.length)
                for (let i = 0; i < message.externalInput.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.externalInput[i]);
            if (message.externalOutput != null && message.externalOutput.length)
                for (let i = 0; i < message.externalOutput.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.externalOutput[i]);
            if (message.partitionInfo != null && message.partitionInfo.length)
                for (let i = 0; i < message.partitionInfo.length; ++i)
                    $root.caffe2.PartitionInfo.encode(message.partitionInfo[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified NetDef message, length delimited. Does not implicitly {@link caffe2.NetDef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.NetDef
         * @static
         * @param {caffe2.NetDef} message NetDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NetDef.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NetDef message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.NetDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.NetDef & caffe2.NetDef.$Shape} NetDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NetDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.NetDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.op && message.op.length))
                            message.op = [];
                        message.op.push($root.caffe2.OperatorDef.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.type = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.numWorkers = reader.int32();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.deviceOption = $root.caffe2.DeviceOption.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceOption);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.arg && message.arg.length))
                            message.arg = [];
                        message.arg.push($root.caffe2.Argument.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.externalInput && message.externalInput.length))
                            message.externalInput = [];
                        message.externalInput.push(reader.string());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.externalOutput && message.externalOutput.length))
                            message.externalOutput = [];
                        message.externalOutput.push(reader.string());
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.partitionInfo && message.partitionInfo.length))
                            message.partitionInfo = [];
                        message.partitionInfo.push($root.caffe2.PartitionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a NetDef message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.NetDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.NetDef & caffe2.NetDef.$Shape} NetDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NetDef.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NetDef message.
         * @function verify
         * @memberof caffe2.NetDef
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NetDef.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.op != null && $Object.hasOwnProperty.call(message, "op")) {
                if (!$Array.isArray(message.op))
                    return "op: array expected";
                for (let i = 0; i < message.op.length; ++i) {
                    let error = $root.caffe2.OperatorDef.verify(message.op[i], _depth + 1);
                    if (error)
                        return "op." + error;
                }
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.numWorkers != null && $Object.hasOwnProperty.call(message, "numWorkers"))
                if (!$util.isInteger(message.numWorkers))
                    return "numWorkers: integer expected";
            if (message.deviceOption != null && $Object.hasOwnProperty.call(message, "deviceOption")) {
                let error = $root.caffe2.DeviceOption.verify(message.deviceOption, _depth + 1);
                if (error)
                    return "deviceOption." + error;
            }
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg")) {
                if (!$Array.isArray(message.arg))
                    return "arg: array expected";
                for (let i = 0; i < message.arg.length; ++i) {
                    let error = $root.caffe2.Argument.verify(message.arg[i], _depth + 1);
                    if (error)
                        return "arg." + error;
                }
            }
            if (message.externalInput != null && $Object.hasOwnProperty.call(message, "externalInput")) {
                if (!$Array.isArray(message.externalInput))
                    return "externalInput: array expected";
                for (let i = 0; i < message.externalInput.length; ++i)
                    if (!$util.isString(message.externalInput[i]))
                        return "externalInput: string[] expected";
            }
            if (message.externalOutput != null && $Object.hasOwnProperty.call(message, "externalOutput")) {
                if (!$Array.isArray(message.externalOutput))
                    return "externalOutput: array expected";
                for (let i = 0; i < message.externalOutput.length; ++i)
                    if (!$util.isString(message.externalOutput[i]))
                        return "externalOutput: string[] expected";
            }
            if (message.partitionInfo != null && $Object.hasOwnProperty.call(message, "partitionInfo")) {
                if (!$Array.isArray(message.partitionInfo))
                    return "partitionInfo: array expected";
                for (let i = 0; i < message.partitionInfo.length; ++i) {
                    let error = $root.caffe2.PartitionInfo.verify(message.partitionInfo[i], _depth + 1);
                    if (error)
                        return "partitionInfo." + error;
                }
            }
            return null;
        };

        /**
         * Creates a NetDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.NetDef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.NetDef} NetDef
         */
        NetDef.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.NetDef)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.NetDef: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.NetDef();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.op) {
                if (!$Array.isArray(object.op))
                    throw $TypeError(".caffe2.NetDef.op: array expected");
                message.op = $Array(object.op.length);
                for (let i = 0; i < object.op.length; ++i) {
                    if (!$util.isObject(object.op[i]))
                        throw $TypeError(".caffe2.NetDef.op: object expected");
                    message.op[i] = $root.caffe2.OperatorDef.fromObject(object.op[i], _depth + 1);
                }
            }
            if (object.type != null)
                message.type = $String(object.type);
            if (object.numWorkers != null)
                message.numWorkers = object.numWorkers | 0;
            if (object.deviceOption != null) {
                if (!$util.isObject(object.deviceOption))
                    throw $TypeError(".caffe2.NetDef.deviceOption: object expected");
                message.deviceOption = $root.caffe2.DeviceOption.fromObject(object.deviceOption, _depth + 1);
            }
            if (object.arg) {
                if (!$Array.isArray(object.arg))
                    throw $TypeError(".caffe2.NetDef.arg: array expected");
                message.arg = $Array(object.arg.length);
                for (let i = 0; i < object.arg.length; ++i) {
                    if (!$util.isObject(object.arg[i]))
                        throw $TypeError(".caffe2.NetDef.arg: object expected");
                    message.arg[i] = $root.caffe2.Argument.fromObject(object.arg[i], _depth + 1);
                }
            }
            if (object.externalInput) {
                if (!$Array.isArray(object.externalInput))
                    throw $TypeError(".caffe2.NetDef.externalInput: array expected");
                message.externalInput = $Array(object.externalInput.length);
                for (let i = 0; i < object.externalInput.length; ++i)
                    message.externalInput[i] = $String(object.externalInput[i]);
            }
            if (object.externalOutput) {
                if (!$Array.isArray(object.externalOutput))
                    throw $TypeError(".caffe2.NetDef.externalOutput: array expected");
                message.externalOutput = $Array(object.externalOutput.length);
                for (let i = 0; i < object.externalOutput.length; ++i)
                    message.externalOutput[i] = $String(object.externalOutput[i]);
            }
            if (object.partitionInfo) {
                if (!$Array.isArray(object.partitionInfo))
                    throw $TypeError(".caffe2.NetDef.partitionInfo: array expected");
                message.partitionInfo = $Array(object.partitionInfo.length);
                for (let i = 0; i < object.partitionInfo.length; ++i) {
                    if (!$util.isObject(object.partitionInfo[i]))
                        throw $TypeError(".caffe2.NetDef.partitionInfo: object expected");
                    message.partitionInfo[i] = $root.caffe2.PartitionInfo.fromObject(object.partitionInfo[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a NetDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.NetDef
         * @static
         * @param {caffe2.NetDef} message NetDef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NetDef.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.op = [];
                object.arg = [];
                object.externalInput = [];
                object.externalOutput = [];
                object.partitionInfo = [];
            }
            if (options.defaults) {
                object.name = "";
                object.type = "";
                object.numWorkers = 0;
                object.deviceOption = null;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.op && message.op.length) {
                object.op = $Array(message.op.length);
                for (let j = 0; j < message.op.length; ++j)
                    object.op[j] = $root.caffe2.OperatorDef.toObject(message.op[j], options, _depth + 1);
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.numWorkers != null && $Object.hasOwnProperty.call(message, "numWorkers"))
                object.numWorkers = message.numWorkers;
            if (message.deviceOption != null && $Object.hasOwnProperty.call(message, "deviceOption"))
                object.deviceOption = $root.caffe2.DeviceOption.toObject(message.deviceOption, options, _depth + 1);
            if (message.arg && message.arg.length) {
                object.arg = $Array(message.arg.length);
                for (let j = 0; j < message.arg.length; ++j)
                    object.arg[j] = $root.caffe2.Argument.toObject(message.arg[j], options, _depth + 1);
            }
            if (message.externalInput && message.externalInput.length) {
                object.externalInput = $Array(message.externalInput.length);
                for (let j = 0; j < message.externalInput.length; ++j)
                    object.externalInput[j] = message.externalInput[j];
            }
            if (message.externalOutput && message.externalOutput.length) {
                object.externalOutput = $Array(message.externalOutput.length);
                for (let j = 0; j < message.externalOutput.length; ++j)
                    object.externalOutput[j] = message.externalOutput[j];
            }
            if (message.partitionInfo && message.partitionInfo.length) {
                object.partitionInfo = $Array(message.partitionInfo.length);
                for (let j = 0; j < message.partitionInfo.length; ++j)
                    object.partitionInfo[j] = $root.caffe2.PartitionInfo.toObject(message.partitionInfo[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this NetDef to JSON.
         * @function toJSON
         * @memberof caffe2.NetDef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NetDef.prototype.toJSON = function() {
            return NetDef.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NetDef
         * @function getTypeUrl
         * @memberof caffe2.NetDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NetDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.NetDef";
        };

        return NetDef;
    })();

    caffe2.ExecutionStep = (function() {

        /**
         * Properties of an ExecutionStep.
         * @typedef {Object} caffe2.ExecutionStep.$Properties
         * @property {string|null} [name] ExecutionStep name
         * @property {Array.<caffe2.ExecutionStep>|null} [substep] ExecutionStep substep
         * @property {Array.<string>|null} [network] ExecutionStep network
         * @property {number|Long|null} [numIter] ExecutionStep numIter
         * @property {string|null} [criteriaNetwork] ExecutionStep criteriaNetwork
         * @property {string|null} [reportNet] ExecutionStep reportNet
         * @property {number|null} [reportInterval] ExecutionStep reportInterval
         * @property {number|Long|null} [runEveryMs] ExecutionStep runEveryMs
         * @property {boolean|null} [concurrentSubsteps] ExecutionStep concurrentSubsteps
         * @property {string|null} [shouldStopBlob] ExecutionStep shouldStopBlob
         * @property {boolean|null} [onlyOnce] ExecutionStep onlyOnce
         * @property {boolean|null} [createWorkspace] ExecutionStep createWorkspace
         * @property {number|null} [numConcurrentInstances] ExecutionStep numConcurrentInstances
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExecutionStep.
         * @memberof caffe2
         * @interface IExecutionStep
         * @augments caffe2.ExecutionStep.$Properties
         * @deprecated Use caffe2.ExecutionStep.$Properties instead.
         */

        /**
         * Shape of an ExecutionStep.
         * @typedef {caffe2.ExecutionStep.$Properties} caffe2.ExecutionStep.$Shape
         */

        /**
         * Constructs a new ExecutionStep.
         * @memberof caffe2
         * @classdesc Represents an ExecutionStep.
         * @constructor
         * @param {caffe2.ExecutionStep.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ExecutionStep = function (properties) {
            this.substep = [];
            this.network = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ExecutionStep name.
         * @member {string} name
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.name = "";

        /**
         * ExecutionStep substep.
         * @member {Array.<caffe2.ExecutionStep>} substep
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.substep = $util.emptyArray;

        /**
         * ExecutionStep network.
         * @member {Array.<string>} network
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.network = $util.emptyArray;

        /**
         * ExecutionStep numIter.
         * @member {number|Long} numIter
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.numIter = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ExecutionStep criteriaNetwork.
         * @member {string} criteriaNetwork
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.criteriaNetwork = "";

        /**
         * ExecutionStep reportNet.
         * @member {string} reportNet
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.reportNet = "";

        /**
         * ExecutionStep reportInterval.
         * @member {number} reportInterval
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.reportInterval = 0;

        /**
         * ExecutionStep runEveryMs.
         * @member {number|Long} runEveryMs
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.runEveryMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ExecutionStep concurrentSubsteps.
         * @member {boolean} concurrentSubsteps
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.concurrentSubsteps = false;

        /**
         * ExecutionStep shouldStopBlob.
         * @member {string} shouldStopBlob
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.shouldStopBlob = "";

        /**
         * ExecutionStep onlyOnce.
         * @member {boolean} onlyOnce
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.onlyOnce = false;

        /**
         * ExecutionStep createWorkspace.
         * @member {boolean} createWorkspace
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.createWorkspace = false;

        /**
         * ExecutionStep numConcurrentInstances.
         * @member {number} numConcurrentInstances
         * @memberof caffe2.ExecutionStep
         * @instance
         */
        ExecutionStep.prototype.numConcurrentInstances = 0;

        /**
         * Creates a new ExecutionStep instance using the specified properties.
         * @function create
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {caffe2.ExecutionStep.$Properties=} [properties] Properties to set
         * @returns {caffe2.ExecutionStep} ExecutionStep instance
         * @type {{
         *   (properties: caffe2.ExecutionStep.$Shape): caffe2.ExecutionStep & caffe2.ExecutionStep.$Shape;
         *   (properties?: caffe2.ExecutionStep.$Properties): caffe2.ExecutionStep;
         * }}
         */
        ExecutionStep.create = function(properties) {
            return new ExecutionStep(properties);
        };

        /**
         * Encodes the specified ExecutionStep message. Does not implicitly {@link caffe2.ExecutionStep.verify|verify} messages.
         * @function encode
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {caffe2.ExecutionStep} message ExecutionStep message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExecutionStep.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.substep != null && message.substep.length)
                for (let i = 0; i < message.substep.length; ++i)
                    $root.caffe2.ExecutionStep.encode(message.substep[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.network != null && message.network.length)
                for (let i = 0; i < message.network.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.network[i]);
            if (message.numIter != null && $Object.hasOwnProperty.call(message, "numIter"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.numIter);
            if (message.criteriaNetwork != null && $Object.hasOwnProperty.call(message, "criteriaNetwork"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.criteriaNetwork);
            if (message.concurrentSubsteps != null && $Object.hasOwnProperty.call(message, "concurrentSubsteps"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.concurrentSubsteps);
            if (message.reportNet != null && $Object.hasOwnProperty.call(message, "reportNet"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.reportNet);
            if (message.reportInterval != null && $Object.hasOwnProperty.call(message, "reportInterval"))
                writer.uint32(/* id 8, wireType 0 =*/64).int32(message.reportInterval);
            if (message.shouldStopBlob != null && $Object.hasOwnProperty.call(message, "shouldStopBlob"))
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.shouldStopBlob);
            if (message.onlyOnce != null && $Object.hasOwnProperty.call(message, "onlyOnce"))
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.onlyOnce);
            if (message.runEveryMs != null && $Object.hasOwnProperty.call(message, "runEveryMs"))
                writer.uint32(/* id 11, wireType 0 =*/88).int64(message.runEveryMs);
            if (message.createWorkspace != null && $Object.hasOwnProperty.call(message, "createWorkspace"))
                writer.uint32(/* id 12, wireType 0 =*/96).bool(message.createWorkspace);
            if (message.numConcurrentInstances != null && $Object.hasOwnProperty.call(message, "numConcurrentInstances"))
                writer.uint32(/* id 13, wireType 0 =*/104).int32(message.numConcurrentInstances);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ExecutionStep message, length delimited. Does not implicitly {@link caffe2.ExecutionStep.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {caffe2.ExecutionStep} message ExecutionStep message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExecutionStep.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ExecutionStep message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.ExecutionStep & caffe2.ExecutionStep.$Shape} ExecutionStep
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExecutionStep.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.ExecutionStep();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.substep && message.substep.length))
                            message.substep = [];
                        message.substep.push($root.caffe2.ExecutionStep.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.network && message.network.length))
                            message.network = [];
                        message.network.push(reader.string());
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.numIter = reader.int64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.criteriaNetwork = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.reportNet = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.reportInterval = reader.int32();
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.runEveryMs = reader.int64();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.concurrentSubsteps = reader.bool();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.shouldStopBlob = reader.string();
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.onlyOnce = reader.bool();
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        message.createWorkspace = reader.bool();
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        message.numConcurrentInstances = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ExecutionStep message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.ExecutionStep & caffe2.ExecutionStep.$Shape} ExecutionStep
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExecutionStep.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ExecutionStep message.
         * @function verify
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExecutionStep.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.substep != null && $Object.hasOwnProperty.call(message, "substep")) {
                if (!$Array.isArray(message.substep))
                    return "substep: array expected";
                for (let i = 0; i < message.substep.length; ++i) {
                    let error = $root.caffe2.ExecutionStep.verify(message.substep[i], _depth + 1);
                    if (error)
                        return "substep." + error;
                }
            }
            if (message.network != null && $Object.hasOwnProperty.call(message, "network")) {
                if (!$Array.isArray(message.network))
                    return "network: array expected";
                for (let i = 0; i < message.network.length; ++i)
                    if (!$util.isString(message.network[i]))
                        return "network: string[] expected";
            }
            if (message.numIter != null && $Object.hasOwnProperty.call(message, "numIter"))
                if (!$util.isInteger(message.numIter) && !(message.numIter && $util.isInteger(message.numIter.low) && $util.isInteger(message.numIter.high)))
                    return "numIter: integer|Long expected";
            if (message.criteriaNetwork != null && $Object.hasOwnProperty.call(message, "criteriaNetwork"))
                if (!$util.isString(message.criteriaNetwork))
                    return "criteriaNetwork: string expected";
            if (message.reportNet != null && $Object.hasOwnProperty.call(message, "reportNet"))
                if (!$util.isString(message.reportNet))
                    return "reportNet: string expected";
            if (message.reportInterval != null && $Object.hasOwnProperty.call(message, "reportInterval"))
                if (!$util.isInteger(message.reportInterval))
                    return "reportInterval: integer expected";
            if (message.runEveryMs != null && $Object.hasOwnProperty.call(message, "runEveryMs"))
                if (!$util.isInteger(message.runEveryMs) && !(message.runEveryMs && $util.isInteger(message.runEveryMs.low) && $util.isInteger(message.runEveryMs.high)))
                    return "runEveryMs: integer|Long expected";
            if (message.concurrentSubsteps != null && $Object.hasOwnProperty.call(message, "concurrentSubsteps"))
                if (typeof message.concurrentSubsteps !== "boolean")
                    return "concurrentSubsteps: boolean expected";
            if (message.shouldStopBlob != null && $Object.hasOwnProperty.call(message, "shouldStopBlob"))
                if (!$util.isString(message.shouldStopBlob))
                    return "shouldStopBlob: string expected";
            if (message.onlyOnce != null && $Object.hasOwnProperty.call(message, "onlyOnce"))
                if (typeof message.onlyOnce !== "boolean")
                    return "onlyOnce: boolean expected";
            if (message.createWorkspace != null && $Object.hasOwnProperty.call(message, "createWorkspace"))
                if (typeof message.createWorkspace !== "boolean")
                    return "createWorkspace: boolean expected";
            if (message.numConcurrentInstances != null && $Object.hasOwnProperty.call(message, "numConcurrentInstances"))
                if (!$util.isInteger(message.numConcurrentInstances))
                    return "numConcurrentInstances: integer expected";
            return null;
        };

        /**
         * Creates an ExecutionStep message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.ExecutionStep} ExecutionStep
         */
        ExecutionStep.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.ExecutionStep)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.ExecutionStep: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.ExecutionStep();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.substep) {
                if (!$Array.isArray(object.substep))
                    throw $TypeError(".caffe2.ExecutionStep.substep: array expected");
                message.substep = $Array(object.substep.length);
                for (let i = 0; i < object.substep.length; ++i) {
                    if (!$util.isObject(object.substep[i]))
                        throw $TypeError(".caffe2.ExecutionStep.substep: object expected");
                    message.substep[i] = $root.caffe2.ExecutionStep.fromObject(object.substep[i], _depth + 1);
                }
            }
            if (object.network) {
                if (!$Array.isArray(object.network))
                    throw $TypeError(".caffe2.ExecutionStep.network: array expected");
                message.network = $Array(object.network.length);
                for (let i = 0; i < object.network.length; ++i)
                    message.network[i] = $String(object.network[i]);
            }
            if (object.numIter != null)
                if ($util.Long)
                    message.numIter = $util.Long.fromValue(object.numIter, false);
                else if (typeof object.numIter === "string")
                    message.numIter = $parseInt(object.numIter, 10);
                else if (typeof object.numIter === "number")
                    message.numIter = object.numIter;
                else if (typeof object.numIter === "object")
                    message.numIter = new $util.LongBits(object.numIter.low >>> 0, object.numIter.high >>> 0).toNumber();
            if (object.criteriaNetwork != null)
                message.criteriaNetwork = $String(object.criteriaNetwork);
            if (object.reportNet != null)
                message.reportNet = $String(object.reportNet);
            if (object.reportInterval != null)
                message.reportInterval = object.reportInterval | 0;
            if (object.runEveryMs != null)
                if ($util.Long)
                    message.runEveryMs = $util.Long.fromValue(object.runEveryMs, false);
                else if (typeof object.runEveryMs === "string")
                    message.runEveryMs = $parseInt(object.runEveryMs, 10);
                else if (typeof object.runEveryMs === "number")
                    message.runEveryMs = object.runEveryMs;
                else if (typeof object.runEveryMs === "object")
                    message.runEveryMs = new $util.LongBits(object.runEveryMs.low >>> 0, object.runEveryMs.high >>> 0).toNumber();
            if (object.concurrentSubsteps != null)
                message.concurrentSubsteps = $Boolean(object.concurrentSubsteps);
            if (object.shouldStopBlob != null)
                message.shouldStopBlob = $String(object.shouldStopBlob);
            if (object.onlyOnce != null)
                message.onlyOnce = $Boolean(object.onlyOnce);
            if (object.createWorkspace != null)
                message.createWorkspace = $Boolean(object.createWorkspace);
            if (object.numConcurrentInstances != null)
                message.numConcurrentInstances = object.numConcurrentInstances | 0;
            return message;
        };

        /**
         * Creates a plain object from an ExecutionStep message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {caffe2.ExecutionStep} message ExecutionStep
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExecutionStep.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.substep = [];
                object.network = [];
            }
            if (options.defaults) {
                object.name = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.numIter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.numIter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.criteriaNetwork = "";
                object.concurrentSubsteps = false;
                object.reportNet = "";
                object.reportInterval = 0;
                object.shouldStopBlob = "";
                object.onlyOnce = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.runEveryMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.runEveryMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.createWorkspace = false;
                object.numConcurrentInstances = 0;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.substep && message.substep.length) {
                object.substep = $Array(message.substep.length);
                for (let j = 0; j < message.substep.length; ++j)
                    object.substep[j] = $root.caffe2.ExecutionStep.toObject(message.substep[j], options, _depth + 1);
            }
            if (message.network && message.network.length) {
                object.network = $Array(message.network.length);
                for (let j = 0; j < message.network.length; ++j)
                    object.network[j] = message.network[j];
            }
            if (message.numIter != null && $Object.hasOwnProperty.call(message, "numIter"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.numIter = typeof message.numIter === "number" ? $BigInt(message.numIter) : $util.Long.fromBits(message.numIter.low >>> 0, message.numIter.high >>> 0, false).toBigInt();
                else if (typeof message.numIter === "number")
                    object.numIter = options.longs === $String ? $String(message.numIter) : message.numIter;
                else
                    object.numIter = options.longs === $String ? $util.Long.prototype.toString.call(message.numIter) : options.longs === $Number ? new $util.LongBits(message.numIter.low >>> 0, message.numIter.high >>> 0).toNumber() : message.numIter;
            if (message.criteriaNetwork != null && $Object.hasOwnProperty.call(message, "criteriaNetwork"))
                object.criteriaNetwork = message.criteriaNetwork;
            if (message.concurrentSubsteps != null && $Object.hasOwnProperty.call(message, "concurrentSubsteps"))
                object.concurrentSubsteps = message.concurrentSubsteps;
            if (message.reportNet != null && $Object.hasOwnProperty.call(message, "reportNet"))
                object.reportNet = message.reportNet;
            if (message.reportInterval != null && $Object.hasOwnProperty.call(message, "reportInterval"))
                object.reportInterval = message.reportInterval;
            if (message.shouldStopBlob != null && $Object.hasOwnProperty.call(message, "shouldStopBlob"))
                object.shouldStopBlob = message.shouldStopBlob;
            if (message.onlyOnce != null && $Object.hasOwnProperty.call(message, "onlyOnce"))
                object.onlyOnce = message.onlyOnce;
            if (message.runEveryMs != null && $Object.hasOwnProperty.call(message, "runEveryMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.runEveryMs = typeof message.runEveryMs === "number" ? $BigInt(message.runEveryMs) : $util.Long.fromBits(message.runEveryMs.low >>> 0, message.runEveryMs.high >>> 0, false).toBigInt();
                else if (typeof message.runEveryMs === "number")
                    object.runEveryMs = options.longs === $String ? $String(message.runEveryMs) : message.runEveryMs;
                else
                    object.runEveryMs = options.longs === $String ? $util.Long.prototype.toString.call(message.runEveryMs) : options.longs === $Number ? new $util.LongBits(message.runEveryMs.low >>> 0, message.runEveryMs.high >>> 0).toNumber() : message.runEveryMs;
            if (message.createWorkspace != null && $Object.hasOwnProperty.call(message, "createWorkspace"))
                object.createWorkspace = message.createWorkspace;
            if (message.numConcurrentInstances != null && $Object.hasOwnProperty.call(message, "numConcurrentInstances"))
                object.numConcurrentInstances = message.numConcurrentInstances;
            return object;
        };

        /**
         * Converts this ExecutionStep to JSON.
         * @function toJSON
         * @memberof caffe2.ExecutionStep
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ExecutionStep.prototype.toJSON = function() {
            return ExecutionStep.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ExecutionStep
         * @function getTypeUrl
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ExecutionStep.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.ExecutionStep";
        };

        return ExecutionStep;
    })();

    caffe2.PlanDef = (function() {

        /**
         * Properties of a PlanDef.
         * @typedef {Object} caffe2.PlanDef.$Properties
         * @property {string|null} [name] PlanDef name
         * @property {Array.<caffe2.NetDef>|null} [network] PlanDef network
         * @property {Array.<caffe2.ExecutionStep>|null} [executionStep] PlanDef executionStep
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlanDef.
         * @memberof caffe2
         * @interface IPlanDef
         * @augments caffe2.PlanDef.$Properties
         * @deprecated Use caffe2.PlanDef.$Properties instead.
         */

        /**
         * Shape of a PlanDef.
         * @typedef {caffe2.PlanDef.$Properties} caffe2.PlanDef.$Shape
         */

        /**
         * Constructs a new PlanDef.
         * @memberof caffe2
         * @classdesc Represents a PlanDef.
         * @constructor
         * @param {caffe2.PlanDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlanDef = function (properties) {
            this.network = [];
            this.executionStep = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PlanDef name.
         * @member {string} name
         * @memberof caffe2.PlanDef
         * @instance
         */
        PlanDef.prototype.name = "";

        /**
         * PlanDef network.
         * @member {Array.<caffe2.NetDef>} network
         * @memberof caffe2.PlanDef
         * @instance
         */
        PlanDef.prototype.network = $util.emptyArray;

        /**
         * PlanDef executionStep.
         * @member {Array.<caffe2.ExecutionStep>} executionStep
         * @memberof caffe2.PlanDef
         * @instance
         */
        PlanDef.prototype.executionStep = $util.emptyArray;

        /**
         * Creates a new PlanDef instance using the specified properties.
         * @function create
         * @memberof caffe2.PlanDef
         * @static
         * @param {caffe2.PlanDef.$Properties=} [properties] Properties to set
         * @returns {caffe2.PlanDef} PlanDef instance
         * @type {{
         *   (properties: caffe2.PlanDef.$Shape): caffe2.PlanDef & caffe2.PlanDef.$Shape;
         *   (properties?: caffe2.PlanDef.$Properties): caffe2.PlanDef;
         * }}
         */
        PlanDef.create = function(properties) {
            return new PlanDef(properties);
        };

        /**
         * Encodes the specified PlanDef message. Does not implicitly {@link caffe2.PlanDef.verify|verify} messages.
         * @function encode
         * @memberof caffe2.PlanDef
         * @static
         * @param {caffe2.PlanDef} message PlanDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.network != null && message.network.length)
                for (let i = 0; i < message.network.length; ++i)
                    $root.caffe2.NetDef.encode(message.network[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.executionStep != null && message.executionStep.length)
                for (let i = 0; i < message.executionStep.length; ++i)
                    $root.caffe2.ExecutionStep.encode(message.executionStep[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PlanDef message, length delimited. Does not implicitly {@link caffe2.PlanDef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.PlanDef
         * @static
         * @param {caffe2.PlanDef} message PlanDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanDef.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlanDef message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.PlanDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.PlanDef & caffe2.PlanDef.$Shape} PlanDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.PlanDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.network && message.network.length))
                            message.network = [];
                        message.network.push($root.caffe2.NetDef.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.executionStep && message.executionStep.length))
                            message.executionStep = [];
                        message.executionStep.push($root.caffe2.ExecutionStep.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a PlanDef message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.PlanDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.PlanDef & caffe2.PlanDef.$Shape} PlanDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanDef.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlanDef message.
         * @function verify
         * @memberof caffe2.PlanDef
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlanDef.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.network != null && $Object.hasOwnProperty.call(message, "network")) {
                if (!$Array.isArray(message.network))
                    return "network: array expected";
                for (let i = 0; i < message.network.length; ++i) {
                    let error = $root.caffe2.NetDef.verify(message.network[i], _depth + 1);
                    if (error)
                        return "network." + error;
                }
            }
            if (message.executionStep != null && $Object.hasOwnProperty.call(message, "executionStep")) {
                if (!$Array.isArray(message.executionStep))
                    return "executionStep: array expected";
                for (let i = 0; i < message.executionStep.length; ++i) {
                    let error = $root.caffe2.ExecutionStep.verify(message.executionStep[i], _depth + 1);
                    if (error)
                        return "executionStep." + error;
                }
            }
            return null;
        };

        /**
         * Creates a PlanDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.PlanDef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.PlanDef} PlanDef
         */
        PlanDef.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.PlanDef)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.PlanDef: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.PlanDef();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.network) {
                if (!$Array.isArray(object.network))
                    throw $TypeError(".caffe2.PlanDef.network: array expected");
                message.network = $Array(object.network.length);
                for (let i = 0; i < object.network.length; ++i) {
                    if (!$util.isObject(object.network[i]))
                        throw $TypeError(".caffe2.PlanDef.network: object expected");
                    message.network[i] = $root.caffe2.NetDef.fromObject(object.network[i], _depth + 1);
                }
            }
            if (object.executionStep) {
                if (!$Array.isArray(object.executionStep))
                    throw $TypeError(".caffe2.PlanDef.executionStep: array expected");
                message.executionStep = $Array(object.executionStep.length);
                for (let i = 0; i < object.executionStep.length; ++i) {
                    if (!$util.isObject(object.executionStep[i]))
                        throw $TypeError(".caffe2.PlanDef.executionStep: object expected");
                    message.executionStep[i] = $root.caffe2.ExecutionStep.fromObject(object.executionStep[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a PlanDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.PlanDef
         * @static
         * @param {caffe2.PlanDef} message PlanDef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlanDef.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.network = [];
                object.executionStep = [];
            }
            if (options.defaults)
                object.name = "";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.network && message.network.length) {
                object.network = $Array(message.network.length);
                for (let j = 0; j < message.network.length; ++j)
                    object.network[j] = $root.caffe2.NetDef.toObject(message.network[j], options, _depth + 1);
            }
            if (message.executionStep && message.executionStep.length) {
                object.executionStep = $Array(message.executionStep.length);
                for (let j = 0; j < message.executionStep.length; ++j)
                    object.executionStep[j] = $root.caffe2.ExecutionStep.toObject(message.executionStep[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this PlanDef to JSON.
         * @function toJSON
         * @memberof caffe2.PlanDef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlanDef.prototype.toJSON = function() {
            return PlanDef.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlanDef
         * @function getTypeUrl
         * @memberof caffe2.PlanDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlanDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.PlanDef";
        };

        return PlanDef;
    })();

    caffe2.BlobProto = (function() {

        /**
         * Properties of a BlobProto.
         * @typedef {Object} caffe2.BlobProto.$Properties
         * @property {string|null} [name] BlobProto name
         * @property {string|null} [type] BlobProto type
         * @property {caffe2.TensorProto|null} [tensor] BlobProto tensor
         * @property {Uint8Array|null} [content] BlobProto content
         * @property {caffe2.QTensorProto|null} [qtensor] BlobProto qtensor
         * @property {number|null} [contentNumChunks] BlobProto contentNumChunks
         * @property {number|null} [contentChunkId] BlobProto contentChunkId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobProto.
         * @memberof caffe2
         * @interface IBlobProto
         * @augments caffe2.BlobProto.$Properties
         * @deprecated Use caffe2.BlobProto.$Properties instead.
         */

        /**
         * Shape of a BlobProto.
         * @typedef {caffe2.BlobProto.$Properties} caffe2.BlobProto.$Shape
         */

        /**
         * Constructs a new BlobProto.
         * @memberof caffe2
         * @classdesc Represents a BlobProto.
         * @constructor
         * @param {caffe2.BlobProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlobProto name.
         * @member {string} name
         * @memberof caffe2.BlobProto
         * @instance
         */
        BlobProto.prototype.name = "";

        /**
         * BlobProto type.
         * @member {string} type
         * @memberof caffe2.BlobProto
         * @instance
         */
        BlobProto.prototype.type = "";

        /**
         * BlobProto tensor.
         * @member {caffe2.TensorProto|null|undefined} tensor
         * @memberof caffe2.BlobProto
         * @instance
         */
        BlobProto.prototype.tensor = null;

        /**
         * BlobProto content.
         * @member {Uint8Array} content
         * @memberof caffe2.BlobProto
         * @instance
         */
        BlobProto.prototype.content = $util.newBuffer([]);

        /**
         * BlobProto qtensor.
         * @member {caffe2.QTensorProto|null|undefined} qtensor
         * @memberof caffe2.BlobProto
         * @instance
         */
        BlobProto.prototype.qtensor = null;

        /**
         * BlobProto contentNumChunks.
         * @member {number} contentNumChunks
         * @memberof caffe2.BlobProto
         * @instance
         */
        BlobProto.prototype.contentNumChunks = 0;

        /**
         * BlobProto contentChunkId.
         * @member {number} contentChunkId
         * @memberof caffe2.BlobProto
         * @instance
         */
        BlobProto.prototype.contentChunkId = 0;

        /**
         * Creates a new BlobProto instance using the specified properties.
         * @function create
         * @memberof caffe2.BlobProto
         * @static
         * @param {caffe2.BlobProto.$Properties=} [properties] Properties to set
         * @returns {caffe2.BlobProto} BlobProto instance
         * @type {{
         *   (properties: caffe2.BlobProto.$Shape): caffe2.BlobProto & caffe2.BlobProto.$Shape;
         *   (properties?: caffe2.BlobProto.$Properties): caffe2.BlobProto;
         * }}
         */
        BlobProto.create = function(properties) {
            return new BlobProto(properties);
        };

        /**
         * Encodes the specified BlobProto message. Does not implicitly {@link caffe2.BlobProto.verify|verify} messages.
         * @function encode
         * @memberof caffe2.BlobProto
         * @static
         * @param {caffe2.BlobProto} message BlobProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
            if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                $root.caffe2.TensorProto.encode(message.tensor, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.content);
            if (message.qtensor != null && $Object.hasOwnProperty.call(message, "qtensor"))
                $root.caffe2.QTensorProto.encode(message.qtensor, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.contentNumChunks != null && $Object.hasOwnProperty.call(message, "contentNumChunks"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.contentNumChunks);
            if (message.contentChunkId != null && $Object.hasOwnProperty.call(message, "contentChunkId"))
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.contentChunkId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified BlobProto message, length delimited. Does not implicitly {@link caffe2.BlobProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.BlobProto
         * @static
         * @param {caffe2.BlobProto} message BlobProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobProto message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.BlobProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.BlobProto & caffe2.BlobProto.$Shape} BlobProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.BlobProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.type = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.tensor = $root.caffe2.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.content = reader.bytes();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.qtensor = $root.caffe2.QTensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.qtensor);
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.contentNumChunks = reader.int32();
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        message.contentChunkId = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a BlobProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.BlobProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.BlobProto & caffe2.BlobProto.$Shape} BlobProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobProto message.
         * @function verify
         * @memberof caffe2.BlobProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobProto.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor")) {
                let error = $root.caffe2.TensorProto.verify(message.tensor, _depth + 1);
                if (error)
                    return "tensor." + error;
            }
            if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                if (!(message.content && typeof message.content.length === "number" || $util.isString(message.content)))
                    return "content: buffer expected";
            if (message.qtensor != null && $Object.hasOwnProperty.call(message, "qtensor")) {
                let error = $root.caffe2.QTensorProto.verify(message.qtensor, _depth + 1);
                if (error)
                    return "qtensor." + error;
            }
            if (message.contentNumChunks != null && $Object.hasOwnProperty.call(message, "contentNumChunks"))
                if (!$util.isInteger(message.contentNumChunks))
                    return "contentNumChunks: integer expected";
            if (message.contentChunkId != null && $Object.hasOwnProperty.call(message, "contentChunkId"))
                if (!$util.isInteger(message.contentChunkId))
                    return "contentChunkId: integer expected";
            return null;
        };

        /**
         * Creates a BlobProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.BlobProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.BlobProto} BlobProto
         */
        BlobProto.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.BlobProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.BlobProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.BlobProto();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.type != null)
                message.type = $String(object.type);
            if (object.tensor != null) {
                if (!$util.isObject(object.tensor))
                    throw $TypeError(".caffe2.BlobProto.tensor: object expected");
                message.tensor = $root.caffe2.TensorProto.fromObject(object.tensor, _depth + 1);
            }
            if (object.content != null)
                if (typeof object.content === "string")
                    $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                else if (object.content.length >= 0)
                    message.content = object.content;
            if (object.qtensor != null) {
                if (!$util.isObject(object.qtensor))
                    throw $TypeError(".caffe2.BlobProto.qtensor: object expected");
                message.qtensor = $root.caffe2.QTensorProto.fromObject(object.qtensor, _depth + 1);
            }
            if (object.contentNumChunks != null)
                message.contentNumChunks = object.contentNumChunks | 0;
            if (object.contentChunkId != null)
                message.contentChunkId = object.contentChunkId | 0;
            return message;
        };

        /**
         * Creates a plain object from a BlobProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.BlobProto
         * @static
         * @param {caffe2.BlobProto} message BlobProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.type = "";
                object.tensor = null;
                if (options.bytes === $String)
                    object.content = "";
                else {
                    object.content = [];
                    if (options.bytes !== $Array)
                        object.content = $util.newBuffer(object.content);
                }
                object.qtensor = null;
                object.contentNumChunks = 0;
                object.contentChunkId = 0;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                object.tensor = $root.caffe2.TensorProto.toObject(message.tensor, options, _depth + 1);
            if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                object.content = options.bytes === $String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.content) : message.content;
            if (message.qtensor != null && $Object.hasOwnProperty.call(message, "qtensor"))
                object.qtensor = $root.caffe2.QTensorProto.toObject(message.qtensor, options, _depth + 1);
            if (message.contentNumChunks != null && $Object.hasOwnProperty.call(message, "contentNumChunks"))
                object.contentNumChunks = message.contentNumChunks;
            if (message.contentChunkId != null && $Object.hasOwnProperty.call(message, "contentChunkId"))
                object.contentChunkId = message.contentChunkId;
            return object;
        };

        /**
         * Converts this BlobProto to JSON.
         * @function toJSON
         * @memberof caffe2.BlobProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobProto.prototype.toJSON = function() {
            return BlobProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobProto
         * @function getTypeUrl
         * @memberof caffe2.BlobProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.BlobProto";
        };

        return BlobProto;
    })();

    caffe2.DBReaderProto = (function() {

        /**
         * Properties of a DBReaderProto.
         * @typedef {Object} caffe2.DBReaderProto.$Properties
         * @property {string|null} [name] DBReaderProto name
         * @property {string|null} [source] DBReaderProto source
         * @property {string|null} [dbType] DBReaderProto dbType
         * @property {string|null} [key] DBReaderProto key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DBReaderProto.
         * @memberof caffe2
         * @interface IDBReaderProto
         * @augments caffe2.DBReaderProto.$Properties
         * @deprecated Use caffe2.DBReaderProto.$Properties instead.
         */

        /**
         * Shape of a DBReaderProto.
         * @typedef {caffe2.DBReaderProto.$Properties} caffe2.DBReaderProto.$Shape
         */

        /**
         * Constructs a new DBReaderProto.
         * @memberof caffe2
         * @classdesc Represents a DBReaderProto.
         * @constructor
         * @param {caffe2.DBReaderProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DBReaderProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DBReaderProto name.
         * @member {string} name
         * @memberof caffe2.DBReaderProto
         * @instance
         */
        DBReaderProto.prototype.name = "";

        /**
         * DBReaderProto source.
         * @member {string} source
         * @memberof caffe2.DBReaderProto
         * @instance
         */
        DBReaderProto.prototype.source = "";

        /**
         * DBReaderProto dbType.
         * @member {string} dbType
         * @memberof caffe2.DBReaderProto
         * @instance
         */
        DBReaderProto.prototype.dbType = "";

        /**
         * DBReaderProto key.
         * @member {string} key
         * @memberof caffe2.DBReaderProto
         * @instance
         */
        DBReaderProto.prototype.key = "";

        /**
         * Creates a new DBReaderProto instance using the specified properties.
         * @function create
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {caffe2.DBReaderProto.$Properties=} [properties] Properties to set
         * @returns {caffe2.DBReaderProto} DBReaderProto instance
         * @type {{
         *   (properties: caffe2.DBReaderProto.$Shape): caffe2.DBReaderProto & caffe2.DBReaderProto.$Shape;
         *   (properties?: caffe2.DBReaderProto.$Properties): caffe2.DBReaderProto;
         * }}
         */
        DBReaderProto.create = function(properties) {
            return new DBReaderProto(properties);
        };

        /**
         * Encodes the specified DBReaderProto message. Does not implicitly {@link caffe2.DBReaderProto.verify|verify} messages.
         * @function encode
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {caffe2.DBReaderProto} message DBReaderProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DBReaderProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
            if (message.dbType != null && $Object.hasOwnProperty.call(message, "dbType"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.dbType);
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.key);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DBReaderProto message, length delimited. Does not implicitly {@link caffe2.DBReaderProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {caffe2.DBReaderProto} message DBReaderProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DBReaderProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DBReaderProto message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.DBReaderProto & caffe2.DBReaderProto.$Shape} DBReaderProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DBReaderProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.DBReaderProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.source = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.dbType = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.key = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a DBReaderProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.DBReaderProto & caffe2.DBReaderProto.$Shape} DBReaderProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DBReaderProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DBReaderProto message.
         * @function verify
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DBReaderProto.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                if (!$util.isString(message.source))
                    return "source: string expected";
            if (message.dbType != null && $Object.hasOwnProperty.call(message, "dbType"))
                if (!$util.isString(message.dbType))
                    return "dbType: string expected";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                if (!$util.isString(message.key))
                    return "key: string expected";
            return null;
        };

        /**
         * Creates a DBReaderProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.DBReaderProto} DBReaderProto
         */
        DBReaderProto.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.DBReaderProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.DBReaderProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.DBReaderProto();
            if (object.name != null)
                message.name = $String(object.name);
            if (object.source != null)
                message.source = $String(object.source);
            if (object.dbType != null)
                message.dbType = $String(object.dbType);
            if (object.key != null)
                message.key = $String(object.key);
            return message;
        };

        /**
         * Creates a plain object from a DBReaderProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {caffe2.DBReaderProto} message DBReaderProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DBReaderProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.source = "";
                object.dbType = "";
                object.key = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                object.source = message.source;
            if (message.dbType != null && $Object.hasOwnProperty.call(message, "dbType"))
                object.dbType = message.dbType;
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = message.key;
            return object;
        };

        /**
         * Converts this DBReaderProto to JSON.
         * @function toJSON
         * @memberof caffe2.DBReaderProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DBReaderProto.prototype.toJSON = function() {
            return DBReaderProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DBReaderProto
         * @function getTypeUrl
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DBReaderProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.DBReaderProto";
        };

        return DBReaderProto;
    })();

    caffe2.BlobSerializationOptions = (function() {

        /**
         * Properties of a BlobSerializationOptions.
         * @typedef {Object} caffe2.BlobSerializationOptions.$Properties
         * @property {string|null} [blobNameRegex] BlobSerializationOptions blobNameRegex
         * @property {number|Long|null} [chunkSize] BlobSerializationOptions chunkSize
         * @property {caffe2.BlobSerializationOptions.FloatFormat|null} [floatFormat] BlobSerializationOptions floatFormat
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobSerializationOptions.
         * @memberof caffe2
         * @interface IBlobSerializationOptions
         * @augments caffe2.BlobSerializationOptions.$Properties
         * @deprecated Use caffe2.BlobSerializationOptions.$Properties instead.
         */

        /**
         * Shape of a BlobSerializationOptions.
         * @typedef {caffe2.BlobSerializationOptions.$Properties} caffe2.BlobSerializationOptions.$Shape
         */

        /**
         * Constructs a new BlobSerializationOptions.
         * @memberof caffe2
         * @classdesc Represents a BlobSerializationOptions.
         * @constructor
         * @param {caffe2.BlobSerializationOptions.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobSerializationOptions = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlobSerializationOptions blobNameRegex.
         * @member {string} blobNameRegex
         * @memberof caffe2.BlobSerializationOptions
         * @instance
         */
        BlobSerializationOptions.prototype.blobNameRegex = "";

        /**
         * BlobSerializationOptions chunkSize.
         * @member {number|Long} chunkSize
         * @memberof caffe2.BlobSerializationOptions
         * @instance
         */
        BlobSerializationOptions.prototype.chunkSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BlobSerializationOptions floatFormat.
         * @member {caffe2.BlobSerializationOptions.FloatFormat} floatFormat
         * @memberof caffe2.BlobSerializationOptions
         * @instance
         */
        BlobSerializationOptions.prototype.floatFormat = 0;

        /**
         * Creates a new BlobSerializationOptions instance using the specified properties.
         * @function create
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {caffe2.BlobSerializationOptions.$Properties=} [properties] Properties to set
         * @returns {caffe2.BlobSerializationOptions} BlobSerializationOptions instance
         * @type {{
         *   (properties: caffe2.BlobSerializationOptions.$Shape): caffe2.BlobSerializationOptions & caffe2.BlobSerializationOptions.$Shape;
         *   (properties?: caffe2.BlobSerializationOptions.$Properties): caffe2.BlobSerializationOptions;
         * }}
         */
        BlobSerializationOptions.create = function(properties) {
            return new BlobSerializationOptions(properties);
        };

        /**
         * Encodes the specified BlobSerializationOptions message. Does not implicitly {@link caffe2.BlobSerializationOptions.verify|verify} messages.
         * @function encode
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {caffe2.BlobSerializationOptions} message BlobSerializationOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobSerializationOptions.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blobNameRegex != null && $Object.hasOwnProperty.call(message, "blobNameRegex"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.blobNameRegex);
            if (message.chunkSize != null && $Object.hasOwnProperty.call(message, "chunkSize"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.chunkSize);
            if (message.floatFormat != null && $Object.hasOwnProperty.call(message, "floatFormat"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.floatFormat);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified BlobSerializationOptions message, length delimited. Does not implicitly {@link caffe2.BlobSerializationOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {caffe2.BlobSerializationOptions} message BlobSerializationOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobSerializationOptions.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobSerializationOptions message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.BlobSerializationOptions & caffe2.BlobSerializationOptions.$Shape} BlobSerializationOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobSerializationOptions.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.BlobSerializationOptions();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.blobNameRegex = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.chunkSize = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.caffe2.BlobSerializationOptions.FloatFormat[value] !== $undefined)
                            message.floatFormat = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a BlobSerializationOptions message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.BlobSerializationOptions & caffe2.BlobSerializationOptions.$Shape} BlobSerializationOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobSerializationOptions.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobSerializationOptions message.
         * @function verify
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobSerializationOptions.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.blobNameRegex != null && $Object.hasOwnProperty.call(message, "blobNameRegex"))
                if (!$util.isString(message.blobNameRegex))
                    return "blobNameRegex: string expected";
            if (message.chunkSize != null && $Object.hasOwnProperty.call(message, "chunkSize"))
                if (!$util.isInteger(message.chunkSize) && !(message.chunkSize && $util.isInteger(message.chunkSize.low) && $util.isInteger(message.chunkSize.high)))
                    return "chunkSize: integer|Long expected";
            if (message.floatFormat != null && $Object.hasOwnProperty.call(message, "floatFormat"))
                switch (message.floatFormat) {
                default:
                    return "floatFormat: enum value expected";
                case 0:
                case 1:
                case 2:
                    break;
                }
            return null;
        };

        /**
         * Creates a BlobSerializationOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.BlobSerializationOptions} BlobSerializationOptions
         */
        BlobSerializationOptions.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.BlobSerializationOptions)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.BlobSerializationOptions: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.BlobSerializationOptions();
            if (object.blobNameRegex != null)
                message.blobNameRegex = $String(object.blobNameRegex);
            if (object.chunkSize != null)
                if ($util.Long)
                    message.chunkSize = $util.Long.fromValue(object.chunkSize, false);
                else if (typeof object.chunkSize === "string")
                    message.chunkSize = $parseInt(object.chunkSize, 10);
                else if (typeof object.chunkSize === "number")
                    message.chunkSize = object.chunkSize;
                else if (typeof object.chunkSize === "object")
                    message.chunkSize = new $util.LongBits(object.chunkSize.low >>> 0, object.chunkSize.high >>> 0).toNumber();
            switch (object.floatFormat) {
            case "FLOAT_DEFAULT":
            case 0:
                message.floatFormat = 0;
                break;
            case "FLOAT_PROTOBUF":
            case 1:
                message.floatFormat = 1;
                break;
            case "FLOAT_BFLOAT16":
            case 2:
                message.floatFormat = 2;
                break;
            default:
            }
            return message;
        };

        /**
         * Creates a plain object from a BlobSerializationOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {caffe2.BlobSerializationOptions} message BlobSerializationOptions
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobSerializationOptions.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.blobNameRegex = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunkSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunkSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.floatFormat = options.enums === $String ? "FLOAT_DEFAULT" : 0;
            }
            if (message.blobNameRegex != null && $Object.hasOwnProperty.call(message, "blobNameRegex"))
                object.blobNameRegex = message.blobNameRegex;
            if (message.chunkSize != null && $Object.hasOwnProperty.call(message, "chunkSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunkSize = typeof message.chunkSize === "number" ? $BigInt(message.chunkSize) : $util.Long.fromBits(message.chunkSize.low >>> 0, message.chunkSize.high >>> 0, false).toBigInt();
                else if (typeof message.chunkSize === "number")
                    object.chunkSize = options.longs === $String ? $String(message.chunkSize) : message.chunkSize;
                else
                    object.chunkSize = options.longs === $String ? $util.Long.prototype.toString.call(message.chunkSize) : options.longs === $Number ? new $util.LongBits(message.chunkSize.low >>> 0, message.chunkSize.high >>> 0).toNumber() : message.chunkSize;
            if (message.floatFormat != null && $Object.hasOwnProperty.call(message, "floatFormat"))
                object.floatFormat = options.enums === $String ? $root.caffe2.BlobSerializationOptions.FloatFormat[message.floatFormat] === $undefined ? message.floatFormat : $root.caffe2.BlobSerializationOptions.FloatFormat[message.floatFormat] : message.floatFormat;
            return object;
        };

        /**
         * Converts this BlobSerializationOptions to JSON.
         * @function toJSON
         * @memberof caffe2.BlobSerializationOptions
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobSerializationOptions.prototype.toJSON = function() {
            return BlobSerializationOptions.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobSerializationOptions
         * @function getTypeUrl
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobSerializationOptions.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.BlobSerializationOptions";
        };

        /**
         * FloatFormat enum.
         * @name caffe2.BlobSerializationOptions.FloatFormat
         * @enum {number}
         * @property {number} FLOAT_DEFAULT=0 FLOAT_DEFAULT value
         * @property {number} FLOAT_PROTOBUF=1 FLOAT_PROTOBUF value
         * @property {number} FLOAT_BFLOAT16=2 FLOAT_BFLOAT16 value
         */
        BlobSerializationOptions.FloatFormat = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FLOAT_DEFAULT"] = 0;
            values[valuesById[1] = "FLOAT_PROTOBUF"] = 1;
            values[valuesById[2] = "FLOAT_BFLOAT16"] = 2;
            return values;
        })();

        return BlobSerializationOptions;
    })();

    caffe2.SerializationOptions = (function() {

        /**
         * Properties of a SerializationOptions.
         * @typedef {Object} caffe2.SerializationOptions.$Properties
         * @property {Array.<caffe2.BlobSerializationOptions>|null} [options] SerializationOptions options
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SerializationOptions.
         * @memberof caffe2
         * @interface ISerializationOptions
         * @augments caffe2.SerializationOptions.$Properties
         * @deprecated Use caffe2.SerializationOptions.$Properties instead.
         */

        /**
         * Shape of a SerializationOptions.
         * @typedef {caffe2.SerializationOptions.$Properties} caffe2.SerializationOptions.$Shape
         */

        /**
         * Constructs a new SerializationOptions.
         * @memberof caffe2
         * @classdesc Represents a SerializationOptions.
         * @constructor
         * @param {caffe2.SerializationOptions.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SerializationOptions = function (properties) {
            this.options = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SerializationOptions options.
         * @member {Array.<caffe2.BlobSerializationOptions>} options
         * @memberof caffe2.SerializationOptions
         * @instance
         */
        SerializationOptions.prototype.options = $util.emptyArray;

        /**
         * Creates a new SerializationOptions instance using the specified properties.
         * @function create
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {caffe2.SerializationOptions.$Properties=} [properties] Properties to set
         * @returns {caffe2.SerializationOptions} SerializationOptions instance
         * @type {{
         *   (properties: caffe2.SerializationOptions.$Shape): caffe2.SerializationOptions & caffe2.SerializationOptions.$Shape;
         *   (properties?: caffe2.SerializationOptions.$Properties): caffe2.SerializationOptions;
         * }}
         */
        SerializationOptions.create = function(properties) {
            return new SerializationOptions(properties);
        };

        /**
         * Encodes the specified SerializationOptions message. Does not implicitly {@link caffe2.SerializationOptions.verify|verify} messages.
         * @function encode
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {caffe2.SerializationOptions} message SerializationOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SerializationOptions.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.options != null && message.options.length)
                for (let i = 0; i < message.options.length; ++i)
                    $root.caffe2.BlobSerializationOptions.encode(message.options[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SerializationOptions message, length delimited. Does not implicitly {@link caffe2.SerializationOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {caffe2.SerializationOptions} message SerializationOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SerializationOptions.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SerializationOptions message from the specified reader or buffer.
         * @function decode
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {caffe2.SerializationOptions & caffe2.SerializationOptions.$Shape} SerializationOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SerializationOptions.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.caffe2.SerializationOptions();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.options && message.options.length))
                            message.options = [];
                        message.options.push($root.caffe2.BlobSerializationOptions.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a SerializationOptions message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {caffe2.SerializationOptions & caffe2.SerializationOptions.$Shape} SerializationOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SerializationOptions.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SerializationOptions message.
         * @function verify
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SerializationOptions.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                if (!$Array.isArray(message.options))
                    return "options: array expected";
                for (let i = 0; i < message.options.length; ++i) {
                    let error = $root.caffe2.BlobSerializationOptions.verify(message.options[i], _depth + 1);
                    if (error)
                        return "options." + error;
                }
            }
            return null;
        };

        /**
         * Creates a SerializationOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {caffe2.SerializationOptions} SerializationOptions
         */
        SerializationOptions.fromObject = function (object, _depth) {
            if (object instanceof $root.caffe2.SerializationOptions)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".caffe2.SerializationOptions: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.caffe2.SerializationOptions();
            if (object.options) {
                if (!$Array.isArray(object.options))
                    throw $TypeError(".caffe2.SerializationOptions.options: array expected");
                message.options = $Array(object.options.length);
                for (let i = 0; i < object.options.length; ++i) {
                    if (!$util.isObject(object.options[i]))
                        throw $TypeError(".caffe2.SerializationOptions.options: object expected");
                    message.options[i] = $root.caffe2.BlobSerializationOptions.fromObject(object.options[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a SerializationOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {caffe2.SerializationOptions} message SerializationOptions
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SerializationOptions.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.options = [];
            if (message.options && message.options.length) {
                object.options = $Array(message.options.length);
                for (let j = 0; j < message.options.length; ++j)
                    object.options[j] = $root.caffe2.BlobSerializationOptions.toObject(message.options[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this SerializationOptions to JSON.
         * @function toJSON
         * @memberof caffe2.SerializationOptions
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SerializationOptions.prototype.toJSON = function() {
            return SerializationOptions.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SerializationOptions
         * @function getTypeUrl
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SerializationOptions.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/caffe2.SerializationOptions";
        };

        return SerializationOptions;
    })();

    return caffe2;
})();

export {
  $root as default
};
