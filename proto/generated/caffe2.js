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
         * @property {caffe2.DeviceOption.$Properties|null} [deviceDetail] TensorProto deviceDetail
         * @property {caffe2.TensorProto.Segment.$Properties|null} [segment] TensorProto segment
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
         * @param {caffe2.TensorProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProto = function (p) {
            this.dims = [];
            this.floatData = [];
            this.int32Data = [];
            this.stringData = [];
            this.doubleData = [];
            this.int64Data = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {caffe2.DeviceOption.$Properties|null|undefined} deviceDetail
         * @memberof caffe2.TensorProto
         * @instance
         */
        TensorProto.prototype.deviceDetail = null;

        /**
         * TensorProto segment.
         * @member {caffe2.TensorProto.Segment.$Properties|null|undefined} segment
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
         * @param {caffe2.TensorProto.$Properties} m TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dims != null && m.dims.length) {
                for (var i = 0; i < m.dims.length; ++i)
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.dims[i]);
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType"))
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.dataType);
            if (m.floatData != null && m.floatData.length) {
                w.uint32(/* id 3, wireType 2 =*/26).floats(m.floatData);
            }
            if (m.int32Data != null && m.int32Data.length) {
                w.uint32(/* id 4, wireType 2 =*/34).int32s(m.int32Data);
            }
            if (m.byteData != null && $Object.hasOwnProperty.call(m, "byteData"))
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.byteData);
            if (m.stringData != null && m.stringData.length) {
                for (var i = 0; i < m.stringData.length; ++i)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.stringData[i]);
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 7, wireType 2 =*/58).string(m.name);
            if (m.deviceDetail != null && $Object.hasOwnProperty.call(m, "deviceDetail"))
                $root.caffe2.DeviceOption.encode(m.deviceDetail, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.doubleData != null && m.doubleData.length) {
                w.uint32(/* id 9, wireType 2 =*/74).doubles(m.doubleData);
            }
            if (m.int64Data != null && m.int64Data.length) {
                w.uint32(/* id 10, wireType 2 =*/82).int64s(m.int64Data);
            }
            if (m.segment != null && $Object.hasOwnProperty.call(m, "segment"))
                $root.caffe2.TensorProto.Segment.encode(m.segment, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.rawData != null && $Object.hasOwnProperty.call(m, "rawData"))
                w.uint32(/* id 13, wireType 2 =*/106).bytes(m.rawData);
            if (m.dataFormat != null && $Object.hasOwnProperty.call(m, "dataFormat"))
                w.uint32(/* id 15, wireType 0 =*/120).uint32(m.dataFormat);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorProto message, length delimited. Does not implicitly {@link caffe2.TensorProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorProto
         * @static
         * @param {caffe2.TensorProto.$Properties} message TensorProto message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.TensorProto & caffe2.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.TensorProto();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.dims && m.dims.length))
                                m.dims = [];
                            r.int64s(m.dims);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.dims && m.dims.length))
                            m.dims = [];
                        m.dims.push(r.int64());
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.caffe2.TensorProto.DataType[v] !== $undefined) {
                            m.dataType = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 15: {
                        if (u !== 0)
                            break;
                        m.dataFormat = r.uint32();
                        continue;
                    }
                case 3: {
                        if (u === 2) {
                            if (!(m.floatData && m.floatData.length))
                                m.floatData = [];
                            r.floats(m.floatData);
                            continue;
                        }
                        if (u !== 5)
                            break;
                        if (!(m.floatData && m.floatData.length))
                            m.floatData = [];
                        m.floatData.push(r.float());
                        continue;
                    }
                case 4: {
                        if (u === 2) {
                            if (!(m.int32Data && m.int32Data.length))
                                m.int32Data = [];
                            r.int32s(m.int32Data);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.int32Data && m.int32Data.length))
                            m.int32Data = [];
                        m.int32Data.push(r.int32());
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.byteData = r.bytes();
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.stringData && m.stringData.length))
                            m.stringData = [];
                        m.stringData.push(r.bytes());
                        continue;
                    }
                case 9: {
                        if (u === 2) {
                            if (!(m.doubleData && m.doubleData.length))
                                m.doubleData = [];
                            r.doubles(m.doubleData);
                            continue;
                        }
                        if (u !== 1)
                            break;
                        if (!(m.doubleData && m.doubleData.length))
                            m.doubleData = [];
                        m.doubleData.push(r.double());
                        continue;
                    }
                case 10: {
                        if (u === 2) {
                            if (!(m.int64Data && m.int64Data.length))
                                m.int64Data = [];
                            r.int64s(m.int64Data);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.int64Data && m.int64Data.length))
                            m.int64Data = [];
                        m.int64Data.push(r.int64());
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.rawData = r.bytes();
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.deviceDetail = $root.caffe2.DeviceOption.decode(r, r.size(), $undefined, q + 1, m.deviceDetail);
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.segment = $root.caffe2.TensorProto.Segment.decode(r, r.size(), $undefined, q + 1, m.segment);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.dims != null && $Object.hasOwnProperty.call(m, "dims")) {
                if (!$Array.isArray(m.dims))
                    return "dims: array expected";
                for (var i = 0; i < m.dims.length; ++i) {
                    if (!$util.isInteger(m.dims[i]) && !(m.dims[i] && $util.isInteger(m.dims[i].low) && $util.isInteger(m.dims[i].high)))
                        return "dims: integer|Long[] expected";
                }
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType")) {
                switch (m.dataType) {
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
            }
            if (m.dataFormat != null && $Object.hasOwnProperty.call(m, "dataFormat")) {
                if (!$util.isInteger(m.dataFormat))
                    return "dataFormat: integer expected";
            }
            if (m.floatData != null && $Object.hasOwnProperty.call(m, "floatData")) {
                if (!$Array.isArray(m.floatData))
                    return "floatData: array expected";
                for (var i = 0; i < m.floatData.length; ++i) {
                    if (typeof m.floatData[i] !== "number")
                        return "floatData: number[] expected";
                }
            }
            if (m.int32Data != null && $Object.hasOwnProperty.call(m, "int32Data")) {
                if (!$Array.isArray(m.int32Data))
                    return "int32Data: array expected";
                for (var i = 0; i < m.int32Data.length; ++i) {
                    if (!$util.isInteger(m.int32Data[i]))
                        return "int32Data: integer[] expected";
                }
            }
            if (m.byteData != null && $Object.hasOwnProperty.call(m, "byteData")) {
                if (!(m.byteData && typeof m.byteData.length === "number" || $util.isString(m.byteData)))
                    return "byteData: buffer expected";
            }
            if (m.stringData != null && $Object.hasOwnProperty.call(m, "stringData")) {
                if (!$Array.isArray(m.stringData))
                    return "stringData: array expected";
                for (var i = 0; i < m.stringData.length; ++i) {
                    if (!(m.stringData[i] && typeof m.stringData[i].length === "number" || $util.isString(m.stringData[i])))
                        return "stringData: buffer[] expected";
                }
            }
            if (m.doubleData != null && $Object.hasOwnProperty.call(m, "doubleData")) {
                if (!$Array.isArray(m.doubleData))
                    return "doubleData: array expected";
                for (var i = 0; i < m.doubleData.length; ++i) {
                    if (typeof m.doubleData[i] !== "number")
                        return "doubleData: number[] expected";
                }
            }
            if (m.int64Data != null && $Object.hasOwnProperty.call(m, "int64Data")) {
                if (!$Array.isArray(m.int64Data))
                    return "int64Data: array expected";
                for (var i = 0; i < m.int64Data.length; ++i) {
                    if (!$util.isInteger(m.int64Data[i]) && !(m.int64Data[i] && $util.isInteger(m.int64Data[i].low) && $util.isInteger(m.int64Data[i].high)))
                        return "int64Data: integer|Long[] expected";
                }
            }
            if (m.rawData != null && $Object.hasOwnProperty.call(m, "rawData")) {
                if (!(m.rawData && typeof m.rawData.length === "number" || $util.isString(m.rawData)))
                    return "rawData: buffer expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.deviceDetail != null && $Object.hasOwnProperty.call(m, "deviceDetail")) {
                {
                    var e = $root.caffe2.DeviceOption.verify(m.deviceDetail, q + 1);
                    if (e)
                        return "deviceDetail." + e;
                }
            }
            if (m.segment != null && $Object.hasOwnProperty.call(m, "segment")) {
                {
                    var e = $root.caffe2.TensorProto.Segment.verify(m.segment, q + 1);
                    if (e)
                        return "segment." + e;
                }
            }
            return null;
        };

        /**
         * Creates a TensorProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.TensorProto} TensorProto
         */
        TensorProto.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.TensorProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.TensorProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.TensorProto();
            if (d.dims) {
                if (!$Array.isArray(d.dims))
                    throw $TypeError(".caffe2.TensorProto.dims: array expected");
                m.dims = $Array(d.dims.length);
                for (var i = 0; i < d.dims.length; ++i) {
                    if ($util.Long)
                        m.dims[i] = $util.Long.fromValue(d.dims[i], false);
                    else if (typeof d.dims[i] === "string")
                        m.dims[i] = $parseInt(d.dims[i], 10);
                    else if (typeof d.dims[i] === "number")
                        m.dims[i] = d.dims[i];
                    else if (typeof d.dims[i] === "object")
                        m.dims[i] = new $util.LongBits(d.dims[i].low >>> 0, d.dims[i].high >>> 0).toNumber();
                }
            }
            switch (d.dataType) {
            case "UNDEFINED":
            case 0:
                m.dataType = 0;
                break;
            case "FLOAT":
            case 1:
                m.dataType = 1;
                break;
            case "INT32":
            case 2:
                m.dataType = 2;
                break;
            case "BYTE":
            case 3:
                m.dataType = 3;
                break;
            case "STRING":
            case 4:
                m.dataType = 4;
                break;
            case "BOOL":
            case 5:
                m.dataType = 5;
                break;
            case "UINT8":
            case 6:
                m.dataType = 6;
                break;
            case "INT8":
            case 7:
                m.dataType = 7;
                break;
            case "UINT16":
            case 8:
                m.dataType = 8;
                break;
            case "INT16":
            case 9:
                m.dataType = 9;
                break;
            case "INT64":
            case 10:
                m.dataType = 10;
                break;
            case "FLOAT16":
            case 12:
                m.dataType = 12;
                break;
            case "DOUBLE":
            case 13:
                m.dataType = 13;
                break;
            case "ZERO_COLLISION_HASH":
            case 14:
                m.dataType = 14;
                break;
            case "REBATCHING_BUFFER":
            case 15:
                m.dataType = 15;
                break;
            default:
            }
            if (d.dataFormat != null) {
                m.dataFormat = d.dataFormat >>> 0;
            }
            if (d.floatData) {
                if (!$Array.isArray(d.floatData))
                    throw $TypeError(".caffe2.TensorProto.floatData: array expected");
                m.floatData = $Array(d.floatData.length);
                for (var i = 0; i < d.floatData.length; ++i) {
                    m.floatData[i] = $Number(d.floatData[i]);
                }
            }
            if (d.int32Data) {
                if (!$Array.isArray(d.int32Data))
                    throw $TypeError(".caffe2.TensorProto.int32Data: array expected");
                m.int32Data = $Array(d.int32Data.length);
                for (var i = 0; i < d.int32Data.length; ++i) {
                    m.int32Data[i] = d.int32Data[i] | 0;
                }
            }
            if (d.byteData != null) {
                if (typeof d.byteData === "string")
                    $util.base64.decode(d.byteData, m.byteData = $util.newBuffer($util.base64.length(d.byteData)), 0);
                else if (d.byteData.length >= 0)
                    m.byteData = d.byteData;
            }
            if (d.stringData) {
                if (!$Array.isArray(d.stringData))
                    throw $TypeError(".caffe2.TensorProto.stringData: array expected");
                m.stringData = $Array(d.stringData.length);
                for (var i = 0; i < d.stringData.length; ++i) {
                    if (typeof d.stringData[i] === "string")
                        $util.base64.decode(d.stringData[i], m.stringData[i] = $util.newBuffer($util.base64.length(d.stringData[i])), 0);
                    else if (d.stringData[i].length >= 0)
                        m.stringData[i] = d.stringData[i];
                }
            }
            if (d.doubleData) {
                if (!$Array.isArray(d.doubleData))
                    throw $TypeError(".caffe2.TensorProto.doubleData: array expected");
                m.doubleData = $Array(d.doubleData.length);
                for (var i = 0; i < d.doubleData.length; ++i) {
                    m.doubleData[i] = $Number(d.doubleData[i]);
                }
            }
            if (d.int64Data) {
                if (!$Array.isArray(d.int64Data))
                    throw $TypeError(".caffe2.TensorProto.int64Data: array expected");
                m.int64Data = $Array(d.int64Data.length);
                for (var i = 0; i < d.int64Data.length; ++i) {
                    if ($util.Long)
                        m.int64Data[i] = $util.Long.fromValue(d.int64Data[i], false);
                    else if (typeof d.int64Data[i] === "string")
                        m.int64Data[i] = $parseInt(d.int64Data[i], 10);
                    else if (typeof d.int64Data[i] === "number")
                        m.int64Data[i] = d.int64Data[i];
                    else if (typeof d.int64Data[i] === "object")
                        m.int64Data[i] = new $util.LongBits(d.int64Data[i].low >>> 0, d.int64Data[i].high >>> 0).toNumber();
                }
            }
            if (d.rawData != null) {
                if (typeof d.rawData === "string")
                    $util.base64.decode(d.rawData, m.rawData = $util.newBuffer($util.base64.length(d.rawData)), 0);
                else if (d.rawData.length >= 0)
                    m.rawData = d.rawData;
            }
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.deviceDetail != null) {
                if (!$util.isObject(d.deviceDetail))
                    throw $TypeError(".caffe2.TensorProto.deviceDetail: object expected");
                m.deviceDetail = $root.caffe2.DeviceOption.fromObject(d.deviceDetail, q + 1);
            }
            if (d.segment != null) {
                if (!$util.isObject(d.segment))
                    throw $TypeError(".caffe2.TensorProto.segment: object expected");
                m.segment = $root.caffe2.TensorProto.Segment.fromObject(d.segment, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorProto
         * @static
         * @param {caffe2.TensorProto} m TensorProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.dims = [];
                d.floatData = [];
                d.int32Data = [];
                d.stringData = [];
                d.doubleData = [];
                d.int64Data = [];
            }
            if (o.defaults) {
                d.dataType = o.enums === $String ? "FLOAT" : 1;
                if (o.bytes === $String)
                    d.byteData = "";
                else {
                    d.byteData = [];
                    if (o.bytes !== $Array)
                        d.byteData = $util.newBuffer(d.byteData);
                }
                d.name = "";
                d.deviceDetail = null;
                d.segment = null;
                if (o.bytes === $String)
                    d.rawData = "";
                else {
                    d.rawData = [];
                    if (o.bytes !== $Array)
                        d.rawData = $util.newBuffer(d.rawData);
                }
                d.dataFormat = 0;
            }
            if (m.dims && m.dims.length) {
                d.dims = $Array(m.dims.length);
                for (var j = 0; j < m.dims.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dims[j] = typeof m.dims[j] === "number" ? $BigInt(m.dims[j]) : $util.Long.fromBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0, false).toBigInt();
                    else if (typeof m.dims[j] === "number")
                        d.dims[j] = o.longs === $String ? $String(m.dims[j]) : m.dims[j];
                    else
                        d.dims[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.dims[j]) : o.longs === $Number ? new $util.LongBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0).toNumber() : m.dims[j];
                }
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType")) {
                d.dataType = o.enums === $String ? $root.caffe2.TensorProto.DataType[m.dataType] === $undefined ? m.dataType : $root.caffe2.TensorProto.DataType[m.dataType] : m.dataType;
            }
            if (m.floatData && m.floatData.length) {
                d.floatData = $Array(m.floatData.length);
                for (var j = 0; j < m.floatData.length; ++j) {
                    d.floatData[j] = o.json && !$isFinite(m.floatData[j]) ? $String(m.floatData[j]) : m.floatData[j];
                }
            }
            if (m.int32Data && m.int32Data.length) {
                d.int32Data = $Array(m.int32Data.length);
                for (var j = 0; j < m.int32Data.length; ++j) {
                    d.int32Data[j] = m.int32Data[j];
                }
            }
            if (m.byteData != null && $Object.hasOwnProperty.call(m, "byteData")) {
                d.byteData = o.bytes === $String ? $util.base64.encode(m.byteData, 0, m.byteData.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.byteData) : m.byteData;
            }
            if (m.stringData && m.stringData.length) {
                d.stringData = $Array(m.stringData.length);
                for (var j = 0; j < m.stringData.length; ++j) {
                    d.stringData[j] = o.bytes === $String ? $util.base64.encode(m.stringData[j], 0, m.stringData[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.stringData[j]) : m.stringData[j];
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.deviceDetail != null && $Object.hasOwnProperty.call(m, "deviceDetail")) {
                d.deviceDetail = $root.caffe2.DeviceOption.toObject(m.deviceDetail, o, q + 1);
            }
            if (m.doubleData && m.doubleData.length) {
                d.doubleData = $Array(m.doubleData.length);
                for (var j = 0; j < m.doubleData.length; ++j) {
                    d.doubleData[j] = o.json && !$isFinite(m.doubleData[j]) ? $String(m.doubleData[j]) : m.doubleData[j];
                }
            }
            if (m.int64Data && m.int64Data.length) {
                d.int64Data = $Array(m.int64Data.length);
                for (var j = 0; j < m.int64Data.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.int64Data[j] = typeof m.int64Data[j] === "number" ? $BigInt(m.int64Data[j]) : $util.Long.fromBits(m.int64Data[j].low >>> 0, m.int64Data[j].high >>> 0, false).toBigInt();
                    else if (typeof m.int64Data[j] === "number")
                        d.int64Data[j] = o.longs === $String ? $String(m.int64Data[j]) : m.int64Data[j];
                    else
                        d.int64Data[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.int64Data[j]) : o.longs === $Number ? new $util.LongBits(m.int64Data[j].low >>> 0, m.int64Data[j].high >>> 0).toNumber() : m.int64Data[j];
                }
            }
            if (m.segment != null && $Object.hasOwnProperty.call(m, "segment")) {
                d.segment = $root.caffe2.TensorProto.Segment.toObject(m.segment, o, q + 1);
            }
            if (m.rawData != null && $Object.hasOwnProperty.call(m, "rawData")) {
                d.rawData = o.bytes === $String ? $util.base64.encode(m.rawData, 0, m.rawData.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.rawData) : m.rawData;
            }
            if (m.dataFormat != null && $Object.hasOwnProperty.call(m, "dataFormat")) {
                d.dataFormat = m.dataFormat;
            }
            return d;
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
             * @param {caffe2.TensorProto.Segment.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Segment = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
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
             * @param {caffe2.TensorProto.Segment.$Properties} m Segment message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Segment.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.begin);
                w.uint32(/* id 2, wireType 0 =*/16).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Segment message, length delimited. Does not implicitly {@link caffe2.TensorProto.Segment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {caffe2.TensorProto.Segment.$Properties} message Segment message or plain object to encode
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
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {caffe2.TensorProto.Segment & caffe2.TensorProto.Segment.$Shape} Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Segment.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.caffe2.TensorProto.Segment();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.begin = r.int64();
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.end = r.int64();
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(m, "begin"))
                    throw $util.ProtocolError("missing required 'begin'", { instance: m });
                if (!$Object.hasOwnProperty.call(m, "end"))
                    throw $util.ProtocolError("missing required 'end'", { instance: m });
                return m;
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
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Segment.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (!$util.isInteger(m.begin) && !(m.begin && $util.isInteger(m.begin.low) && $util.isInteger(m.begin.high)))
                    return "begin: integer|Long expected";
                if (!$util.isInteger(m.end) && !(m.end && $util.isInteger(m.end.low) && $util.isInteger(m.end.high)))
                    return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a Segment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {caffe2.TensorProto.Segment} Segment
             */
            Segment.fromObject = function (d, q) {
                if (d instanceof $root.caffe2.TensorProto.Segment)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".caffe2.TensorProto.Segment: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.caffe2.TensorProto.Segment();
                if (d.begin != null) {
                    if ($util.Long)
                        m.begin = $util.Long.fromValue(d.begin, false);
                    else if (typeof d.begin === "string")
                        m.begin = $parseInt(d.begin, 10);
                    else if (typeof d.begin === "number")
                        m.begin = d.begin;
                    else if (typeof d.begin === "object")
                        m.begin = new $util.LongBits(d.begin.low >>> 0, d.begin.high >>> 0).toNumber();
                }
                if (d.end != null) {
                    if ($util.Long)
                        m.end = $util.Long.fromValue(d.end, false);
                    else if (typeof d.end === "string")
                        m.end = $parseInt(d.end, 10);
                    else if (typeof d.end === "number")
                        m.end = d.end;
                    else if (typeof d.end === "object")
                        m.end = new $util.LongBits(d.end.low >>> 0, d.end.high >>> 0).toNumber();
                }
                return m;
            };

            /**
             * Creates a plain object from a Segment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof caffe2.TensorProto.Segment
             * @static
             * @param {caffe2.TensorProto.Segment} m Segment
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Segment.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.begin = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.begin = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.end = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.end = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.begin != null && $Object.hasOwnProperty.call(m, "begin")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.begin = typeof m.begin === "number" ? $BigInt(m.begin) : $util.Long.fromBits(m.begin.low >>> 0, m.begin.high >>> 0, false).toBigInt();
                    else if (typeof m.begin === "number")
                        d.begin = o.longs === $String ? $String(m.begin) : m.begin;
                    else
                        d.begin = o.longs === $String ? $util.Long.prototype.toString.call(m.begin) : o.longs === $Number ? new $util.LongBits(m.begin.low >>> 0, m.begin.high >>> 0).toNumber() : m.begin;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.end = typeof m.end === "number" ? $BigInt(m.end) : $util.Long.fromBits(m.end.low >>> 0, m.end.high >>> 0, false).toBigInt();
                    else if (typeof m.end === "number")
                        d.end = o.longs === $String ? $String(m.end) : m.end;
                    else
                        d.end = o.longs === $String ? $util.Long.prototype.toString.call(m.end) : o.longs === $Number ? new $util.LongBits(m.end.low >>> 0, m.end.high >>> 0).toNumber() : m.end;
                }
                return d;
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
         * @param {caffe2.QTensorProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QTensorProto = function (p) {
            this.dims = [];
            this.data = [];
            this.scales = [];
            this.biases = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {caffe2.QTensorProto.$Properties} m QTensorProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QTensorProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dims != null && m.dims.length) {
                for (var i = 0; i < m.dims.length; ++i)
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.dims[i]);
            }
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.precision);
            w.uint32(/* id 3, wireType 1 =*/25).double(m.scale);
            w.uint32(/* id 4, wireType 1 =*/33).double(m.bias);
            w.uint32(/* id 5, wireType 0 =*/40).bool(m.isSigned);
            if (m.data != null && m.data.length) {
                w.uint32(/* id 6, wireType 2 =*/50).int32s(m.data);
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 7, wireType 2 =*/58).string(m.name);
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType"))
                w.uint32(/* id 8, wireType 0 =*/64).int32(m.dataType);
            if (m.scales != null && m.scales.length) {
                for (var i = 0; i < m.scales.length; ++i)
                    w.uint32(/* id 9, wireType 1 =*/73).double(m.scales[i]);
            }
            if (m.biases != null && m.biases.length) {
                for (var i = 0; i < m.biases.length; ++i)
                    w.uint32(/* id 10, wireType 1 =*/81).double(m.biases[i]);
            }
            if (m.axis != null && $Object.hasOwnProperty.call(m, "axis"))
                w.uint32(/* id 11, wireType 0 =*/88).int32(m.axis);
            if (m.isMultiparam != null && $Object.hasOwnProperty.call(m, "isMultiparam"))
                w.uint32(/* id 12, wireType 0 =*/96).bool(m.isMultiparam);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified QTensorProto message, length delimited. Does not implicitly {@link caffe2.QTensorProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.QTensorProto
         * @static
         * @param {caffe2.QTensorProto.$Properties} message QTensorProto message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.QTensorProto & caffe2.QTensorProto.$Shape} QTensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QTensorProto.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.QTensorProto();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.dims && m.dims.length))
                                m.dims = [];
                            r.int64s(m.dims);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.dims && m.dims.length))
                            m.dims = [];
                        m.dims.push(r.int64());
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.precision = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        m.scale = r.double();
                        continue;
                    }
                case 4: {
                        if (u !== 1)
                            break;
                        m.bias = r.double();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.isSigned = r.bool();
                        continue;
                    }
                case 6: {
                        if (u === 2) {
                            if (!(m.data && m.data.length))
                                m.data = [];
                            r.int32s(m.data);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.data && m.data.length))
                            m.data = [];
                        m.data.push(r.int32());
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.caffe2.TensorProto.DataType[v] !== $undefined) {
                            m.dataType = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 9: {
                        if (u === 2) {
                            if (!(m.scales && m.scales.length))
                                m.scales = [];
                            r.doubles(m.scales);
                            continue;
                        }
                        if (u !== 1)
                            break;
                        if (!(m.scales && m.scales.length))
                            m.scales = [];
                        m.scales.push(r.double());
                        continue;
                    }
                case 10: {
                        if (u === 2) {
                            if (!(m.biases && m.biases.length))
                                m.biases = [];
                            r.doubles(m.biases);
                            continue;
                        }
                        if (u !== 1)
                            break;
                        if (!(m.biases && m.biases.length))
                            m.biases = [];
                        m.biases.push(r.double());
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        m.axis = r.int32();
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        m.isMultiparam = r.bool();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "precision"))
                throw $util.ProtocolError("missing required 'precision'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "scale"))
                throw $util.ProtocolError("missing required 'scale'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "bias"))
                throw $util.ProtocolError("missing required 'bias'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "isSigned"))
                throw $util.ProtocolError("missing required 'isSigned'", { instance: m });
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QTensorProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.dims != null && $Object.hasOwnProperty.call(m, "dims")) {
                if (!$Array.isArray(m.dims))
                    return "dims: array expected";
                for (var i = 0; i < m.dims.length; ++i) {
                    if (!$util.isInteger(m.dims[i]) && !(m.dims[i] && $util.isInteger(m.dims[i].low) && $util.isInteger(m.dims[i].high)))
                        return "dims: integer|Long[] expected";
                }
            }
            if (!$util.isInteger(m.precision))
                return "precision: integer expected";
            if (typeof m.scale !== "number")
                return "scale: number expected";
            if (typeof m.bias !== "number")
                return "bias: number expected";
            if (typeof m.isSigned !== "boolean")
                return "isSigned: boolean expected";
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!$Array.isArray(m.data))
                    return "data: array expected";
                for (var i = 0; i < m.data.length; ++i) {
                    if (!$util.isInteger(m.data[i]))
                        return "data: integer[] expected";
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType")) {
                switch (m.dataType) {
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
            }
            if (m.scales != null && $Object.hasOwnProperty.call(m, "scales")) {
                if (!$Array.isArray(m.scales))
                    return "scales: array expected";
                for (var i = 0; i < m.scales.length; ++i) {
                    if (typeof m.scales[i] !== "number")
                        return "scales: number[] expected";
                }
            }
            if (m.biases != null && $Object.hasOwnProperty.call(m, "biases")) {
                if (!$Array.isArray(m.biases))
                    return "biases: array expected";
                for (var i = 0; i < m.biases.length; ++i) {
                    if (typeof m.biases[i] !== "number")
                        return "biases: number[] expected";
                }
            }
            if (m.axis != null && $Object.hasOwnProperty.call(m, "axis")) {
                if (!$util.isInteger(m.axis))
                    return "axis: integer expected";
            }
            if (m.isMultiparam != null && $Object.hasOwnProperty.call(m, "isMultiparam")) {
                if (typeof m.isMultiparam !== "boolean")
                    return "isMultiparam: boolean expected";
            }
            return null;
        };

        /**
         * Creates a QTensorProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.QTensorProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.QTensorProto} QTensorProto
         */
        QTensorProto.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.QTensorProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.QTensorProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.QTensorProto();
            if (d.dims) {
                if (!$Array.isArray(d.dims))
                    throw $TypeError(".caffe2.QTensorProto.dims: array expected");
                m.dims = $Array(d.dims.length);
                for (var i = 0; i < d.dims.length; ++i) {
                    if ($util.Long)
                        m.dims[i] = $util.Long.fromValue(d.dims[i], false);
                    else if (typeof d.dims[i] === "string")
                        m.dims[i] = $parseInt(d.dims[i], 10);
                    else if (typeof d.dims[i] === "number")
                        m.dims[i] = d.dims[i];
                    else if (typeof d.dims[i] === "object")
                        m.dims[i] = new $util.LongBits(d.dims[i].low >>> 0, d.dims[i].high >>> 0).toNumber();
                }
            }
            if (d.precision != null) {
                m.precision = d.precision | 0;
            }
            if (d.scale != null) {
                m.scale = $Number(d.scale);
            }
            if (d.bias != null) {
                m.bias = $Number(d.bias);
            }
            if (d.isSigned != null) {
                m.isSigned = $Boolean(d.isSigned);
            }
            if (d.data) {
                if (!$Array.isArray(d.data))
                    throw $TypeError(".caffe2.QTensorProto.data: array expected");
                m.data = $Array(d.data.length);
                for (var i = 0; i < d.data.length; ++i) {
                    m.data[i] = d.data[i] | 0;
                }
            }
            if (d.name != null) {
                m.name = $String(d.name);
            }
            switch (d.dataType) {
            case "UNDEFINED":
            case 0:
                m.dataType = 0;
                break;
            case "FLOAT":
            case 1:
                m.dataType = 1;
                break;
            case "INT32":
            case 2:
                m.dataType = 2;
                break;
            case "BYTE":
            case 3:
                m.dataType = 3;
                break;
            case "STRING":
            case 4:
                m.dataType = 4;
                break;
            case "BOOL":
            case 5:
                m.dataType = 5;
                break;
            case "UINT8":
            case 6:
                m.dataType = 6;
                break;
            case "INT8":
            case 7:
                m.dataType = 7;
                break;
            case "UINT16":
            case 8:
                m.dataType = 8;
                break;
            case "INT16":
            case 9:
                m.dataType = 9;
                break;
            case "INT64":
            case 10:
                m.dataType = 10;
                break;
            case "FLOAT16":
            case 12:
                m.dataType = 12;
                break;
            case "DOUBLE":
            case 13:
                m.dataType = 13;
                break;
            case "ZERO_COLLISION_HASH":
            case 14:
                m.dataType = 14;
                break;
            case "REBATCHING_BUFFER":
            case 15:
                m.dataType = 15;
                break;
            default:
            }
            if (d.scales) {
                if (!$Array.isArray(d.scales))
                    throw $TypeError(".caffe2.QTensorProto.scales: array expected");
                m.scales = $Array(d.scales.length);
                for (var i = 0; i < d.scales.length; ++i) {
                    m.scales[i] = $Number(d.scales[i]);
                }
            }
            if (d.biases) {
                if (!$Array.isArray(d.biases))
                    throw $TypeError(".caffe2.QTensorProto.biases: array expected");
                m.biases = $Array(d.biases.length);
                for (var i = 0; i < d.biases.length; ++i) {
                    m.biases[i] = $Number(d.biases[i]);
                }
            }
            if (d.axis != null) {
                m.axis = d.axis | 0;
            }
            if (d.isMultiparam != null) {
                m.isMultiparam = $Boolean(d.isMultiparam);
            }
            return m;
        };

        /**
         * Creates a plain object from a QTensorProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.QTensorProto
         * @static
         * @param {caffe2.QTensorProto} m QTensorProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QTensorProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.dims = [];
                d.data = [];
                d.scales = [];
                d.biases = [];
            }
            if (o.defaults) {
                d.precision = 0;
                d.scale = 0;
                d.bias = 0;
                d.isSigned = false;
                d.name = "";
                d.dataType = o.enums === $String ? "INT32" : 2;
                d.axis = 0;
                d.isMultiparam = false;
            }
            if (m.dims && m.dims.length) {
                d.dims = $Array(m.dims.length);
                for (var j = 0; j < m.dims.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dims[j] = typeof m.dims[j] === "number" ? $BigInt(m.dims[j]) : $util.Long.fromBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0, false).toBigInt();
                    else if (typeof m.dims[j] === "number")
                        d.dims[j] = o.longs === $String ? $String(m.dims[j]) : m.dims[j];
                    else
                        d.dims[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.dims[j]) : o.longs === $Number ? new $util.LongBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0).toNumber() : m.dims[j];
                }
            }
            if (m.precision != null && $Object.hasOwnProperty.call(m, "precision")) {
                d.precision = m.precision;
            }
            if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                d.scale = o.json && !$isFinite(m.scale) ? $String(m.scale) : m.scale;
            }
            if (m.bias != null && $Object.hasOwnProperty.call(m, "bias")) {
                d.bias = o.json && !$isFinite(m.bias) ? $String(m.bias) : m.bias;
            }
            if (m.isSigned != null && $Object.hasOwnProperty.call(m, "isSigned")) {
                d.isSigned = m.isSigned;
            }
            if (m.data && m.data.length) {
                d.data = $Array(m.data.length);
                for (var j = 0; j < m.data.length; ++j) {
                    d.data[j] = m.data[j];
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType")) {
                d.dataType = o.enums === $String ? $root.caffe2.TensorProto.DataType[m.dataType] === $undefined ? m.dataType : $root.caffe2.TensorProto.DataType[m.dataType] : m.dataType;
            }
            if (m.scales && m.scales.length) {
                d.scales = $Array(m.scales.length);
                for (var j = 0; j < m.scales.length; ++j) {
                    d.scales[j] = o.json && !$isFinite(m.scales[j]) ? $String(m.scales[j]) : m.scales[j];
                }
            }
            if (m.biases && m.biases.length) {
                d.biases = $Array(m.biases.length);
                for (var j = 0; j < m.biases.length; ++j) {
                    d.biases[j] = o.json && !$isFinite(m.biases[j]) ? $String(m.biases[j]) : m.biases[j];
                }
            }
            if (m.axis != null && $Object.hasOwnProperty.call(m, "axis")) {
                d.axis = m.axis;
            }
            if (m.isMultiparam != null && $Object.hasOwnProperty.call(m, "isMultiparam")) {
                d.isMultiparam = m.isMultiparam;
            }
            return d;
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
         * @property {Array.<caffe2.TensorProto.$Properties>|null} [protos] TensorProtos protos
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
         * @param {caffe2.TensorProtos.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProtos = function (p) {
            this.protos = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorProtos protos.
         * @member {Array.<caffe2.TensorProto.$Properties>} protos
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
         * @param {caffe2.TensorProtos.$Properties} m TensorProtos message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProtos.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.protos != null && m.protos.length) {
                for (var i = 0; i < m.protos.length; ++i)
                    $root.caffe2.TensorProto.encode(m.protos[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorProtos message, length delimited. Does not implicitly {@link caffe2.TensorProtos.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorProtos
         * @static
         * @param {caffe2.TensorProtos.$Properties} message TensorProtos message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.TensorProtos & caffe2.TensorProtos.$Shape} TensorProtos
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProtos.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.TensorProtos();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.protos && m.protos.length))
                            m.protos = [];
                        m.protos.push($root.caffe2.TensorProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorProtos.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.protos != null && $Object.hasOwnProperty.call(m, "protos")) {
                if (!$Array.isArray(m.protos))
                    return "protos: array expected";
                for (var i = 0; i < m.protos.length; ++i) {
                    {
                        var e = $root.caffe2.TensorProto.verify(m.protos[i], q + 1);
                        if (e)
                            return "protos." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a TensorProtos message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorProtos
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.TensorProtos} TensorProtos
         */
        TensorProtos.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.TensorProtos)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.TensorProtos: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.TensorProtos();
            if (d.protos) {
                if (!$Array.isArray(d.protos))
                    throw $TypeError(".caffe2.TensorProtos.protos: array expected");
                m.protos = $Array(d.protos.length);
                for (var i = 0; i < d.protos.length; ++i) {
                    if (!$util.isObject(d.protos[i]))
                        throw $TypeError(".caffe2.TensorProtos.protos: object expected");
                    m.protos[i] = $root.caffe2.TensorProto.fromObject(d.protos[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorProtos message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorProtos
         * @static
         * @param {caffe2.TensorProtos} m TensorProtos
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorProtos.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.protos = [];
            }
            if (m.protos && m.protos.length) {
                d.protos = $Array(m.protos.length);
                for (var j = 0; j < m.protos.length; ++j) {
                    d.protos[j] = $root.caffe2.TensorProto.toObject(m.protos[j], o, q + 1);
                }
            }
            return d;
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
         * @param {caffe2.TensorShape.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShape = function (p) {
            this.dims = [];
            this.unknownDims = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {caffe2.TensorShape.$Properties} m TensorShape message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShape.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dims != null && m.dims.length) {
                for (var i = 0; i < m.dims.length; ++i)
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.dims[i]);
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType"))
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.dataType);
            if (m.unknownDims != null && m.unknownDims.length) {
                for (var i = 0; i < m.unknownDims.length; ++i)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.unknownDims[i]);
            }
            if (m.unknownShape != null && $Object.hasOwnProperty.call(m, "unknownShape"))
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.unknownShape);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 5, wireType 2 =*/42).string(m.name);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorShape message, length delimited. Does not implicitly {@link caffe2.TensorShape.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorShape
         * @static
         * @param {caffe2.TensorShape.$Properties} message TensorShape message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.TensorShape & caffe2.TensorShape.$Shape} TensorShape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShape.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.TensorShape();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.dims && m.dims.length))
                                m.dims = [];
                            r.int64s(m.dims);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.dims && m.dims.length))
                            m.dims = [];
                        m.dims.push(r.int64());
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.caffe2.TensorProto.DataType[v] !== $undefined) {
                            m.dataType = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 3: {
                        if (u === 2) {
                            if (!(m.unknownDims && m.unknownDims.length))
                                m.unknownDims = [];
                            r.int32s(m.unknownDims);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.unknownDims && m.unknownDims.length))
                            m.unknownDims = [];
                        m.unknownDims.push(r.int32());
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.unknownShape = r.bool();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorShape.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.dims != null && $Object.hasOwnProperty.call(m, "dims")) {
                if (!$Array.isArray(m.dims))
                    return "dims: array expected";
                for (var i = 0; i < m.dims.length; ++i) {
                    if (!$util.isInteger(m.dims[i]) && !(m.dims[i] && $util.isInteger(m.dims[i].low) && $util.isInteger(m.dims[i].high)))
                        return "dims: integer|Long[] expected";
                }
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType")) {
                switch (m.dataType) {
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
            }
            if (m.unknownDims != null && $Object.hasOwnProperty.call(m, "unknownDims")) {
                if (!$Array.isArray(m.unknownDims))
                    return "unknownDims: array expected";
                for (var i = 0; i < m.unknownDims.length; ++i) {
                    if (!$util.isInteger(m.unknownDims[i]))
                        return "unknownDims: integer[] expected";
                }
            }
            if (m.unknownShape != null && $Object.hasOwnProperty.call(m, "unknownShape")) {
                if (typeof m.unknownShape !== "boolean")
                    return "unknownShape: boolean expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            return null;
        };

        /**
         * Creates a TensorShape message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorShape
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.TensorShape} TensorShape
         */
        TensorShape.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.TensorShape)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.TensorShape: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.TensorShape();
            if (d.dims) {
                if (!$Array.isArray(d.dims))
                    throw $TypeError(".caffe2.TensorShape.dims: array expected");
                m.dims = $Array(d.dims.length);
                for (var i = 0; i < d.dims.length; ++i) {
                    if ($util.Long)
                        m.dims[i] = $util.Long.fromValue(d.dims[i], false);
                    else if (typeof d.dims[i] === "string")
                        m.dims[i] = $parseInt(d.dims[i], 10);
                    else if (typeof d.dims[i] === "number")
                        m.dims[i] = d.dims[i];
                    else if (typeof d.dims[i] === "object")
                        m.dims[i] = new $util.LongBits(d.dims[i].low >>> 0, d.dims[i].high >>> 0).toNumber();
                }
            }
            switch (d.dataType) {
            case "UNDEFINED":
            case 0:
                m.dataType = 0;
                break;
            case "FLOAT":
            case 1:
                m.dataType = 1;
                break;
            case "INT32":
            case 2:
                m.dataType = 2;
                break;
            case "BYTE":
            case 3:
                m.dataType = 3;
                break;
            case "STRING":
            case 4:
                m.dataType = 4;
                break;
            case "BOOL":
            case 5:
                m.dataType = 5;
                break;
            case "UINT8":
            case 6:
                m.dataType = 6;
                break;
            case "INT8":
            case 7:
                m.dataType = 7;
                break;
            case "UINT16":
            case 8:
                m.dataType = 8;
                break;
            case "INT16":
            case 9:
                m.dataType = 9;
                break;
            case "INT64":
            case 10:
                m.dataType = 10;
                break;
            case "FLOAT16":
            case 12:
                m.dataType = 12;
                break;
            case "DOUBLE":
            case 13:
                m.dataType = 13;
                break;
            case "ZERO_COLLISION_HASH":
            case 14:
                m.dataType = 14;
                break;
            case "REBATCHING_BUFFER":
            case 15:
                m.dataType = 15;
                break;
            default:
            }
            if (d.unknownDims) {
                if (!$Array.isArray(d.unknownDims))
                    throw $TypeError(".caffe2.TensorShape.unknownDims: array expected");
                m.unknownDims = $Array(d.unknownDims.length);
                for (var i = 0; i < d.unknownDims.length; ++i) {
                    m.unknownDims[i] = d.unknownDims[i] | 0;
                }
            }
            if (d.unknownShape != null) {
                m.unknownShape = $Boolean(d.unknownShape);
            }
            if (d.name != null) {
                m.name = $String(d.name);
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorShape message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorShape
         * @static
         * @param {caffe2.TensorShape} m TensorShape
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorShape.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.dims = [];
                d.unknownDims = [];
            }
            if (o.defaults) {
                d.dataType = o.enums === $String ? "FLOAT" : 1;
                d.unknownShape = false;
                d.name = "";
            }
            if (m.dims && m.dims.length) {
                d.dims = $Array(m.dims.length);
                for (var j = 0; j < m.dims.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dims[j] = typeof m.dims[j] === "number" ? $BigInt(m.dims[j]) : $util.Long.fromBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0, false).toBigInt();
                    else if (typeof m.dims[j] === "number")
                        d.dims[j] = o.longs === $String ? $String(m.dims[j]) : m.dims[j];
                    else
                        d.dims[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.dims[j]) : o.longs === $Number ? new $util.LongBits(m.dims[j].low >>> 0, m.dims[j].high >>> 0).toNumber() : m.dims[j];
                }
            }
            if (m.dataType != null && $Object.hasOwnProperty.call(m, "dataType")) {
                d.dataType = o.enums === $String ? $root.caffe2.TensorProto.DataType[m.dataType] === $undefined ? m.dataType : $root.caffe2.TensorProto.DataType[m.dataType] : m.dataType;
            }
            if (m.unknownDims && m.unknownDims.length) {
                d.unknownDims = $Array(m.unknownDims.length);
                for (var j = 0; j < m.unknownDims.length; ++j) {
                    d.unknownDims[j] = m.unknownDims[j];
                }
            }
            if (m.unknownShape != null && $Object.hasOwnProperty.call(m, "unknownShape")) {
                d.unknownShape = m.unknownShape;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            return d;
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
         * @property {Array.<caffe2.TensorShape.$Properties>|null} [shapes] TensorShapes shapes
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
         * @param {caffe2.TensorShapes.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShapes = function (p) {
            this.shapes = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorShapes shapes.
         * @member {Array.<caffe2.TensorShape.$Properties>} shapes
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
         * @param {caffe2.TensorShapes.$Properties} m TensorShapes message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapes.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.shapes != null && m.shapes.length) {
                for (var i = 0; i < m.shapes.length; ++i)
                    $root.caffe2.TensorShape.encode(m.shapes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorShapes message, length delimited. Does not implicitly {@link caffe2.TensorShapes.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorShapes
         * @static
         * @param {caffe2.TensorShapes.$Properties} message TensorShapes message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.TensorShapes & caffe2.TensorShapes.$Shape} TensorShapes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapes.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.TensorShapes();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.shapes && m.shapes.length))
                            m.shapes = [];
                        m.shapes.push($root.caffe2.TensorShape.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorShapes.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.shapes != null && $Object.hasOwnProperty.call(m, "shapes")) {
                if (!$Array.isArray(m.shapes))
                    return "shapes: array expected";
                for (var i = 0; i < m.shapes.length; ++i) {
                    {
                        var e = $root.caffe2.TensorShape.verify(m.shapes[i], q + 1);
                        if (e)
                            return "shapes." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a TensorShapes message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorShapes
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.TensorShapes} TensorShapes
         */
        TensorShapes.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.TensorShapes)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.TensorShapes: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.TensorShapes();
            if (d.shapes) {
                if (!$Array.isArray(d.shapes))
                    throw $TypeError(".caffe2.TensorShapes.shapes: array expected");
                m.shapes = $Array(d.shapes.length);
                for (var i = 0; i < d.shapes.length; ++i) {
                    if (!$util.isObject(d.shapes[i]))
                        throw $TypeError(".caffe2.TensorShapes.shapes: object expected");
                    m.shapes[i] = $root.caffe2.TensorShape.fromObject(d.shapes[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorShapes message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorShapes
         * @static
         * @param {caffe2.TensorShapes} m TensorShapes
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorShapes.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.shapes = [];
            }
            if (m.shapes && m.shapes.length) {
                d.shapes = $Array(m.shapes.length);
                for (var j = 0; j < m.shapes.length; ++j) {
                    d.shapes[j] = $root.caffe2.TensorShape.toObject(m.shapes[j], o, q + 1);
                }
            }
            return d;
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
         * @property {caffe2.TensorShape.$Properties|null} [shape] TensorBoundShape shape
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
         * @param {caffe2.TensorBoundShape.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorBoundShape = function (p) {
            this.dimType = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorBoundShape shape.
         * @member {caffe2.TensorShape.$Properties|null|undefined} shape
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
         * @param {caffe2.TensorBoundShape.$Properties} m TensorBoundShape message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorBoundShape.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.shape != null && $Object.hasOwnProperty.call(m, "shape"))
                $root.caffe2.TensorShape.encode(m.shape, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.dimType != null && m.dimType.length) {
                for (var i = 0; i < m.dimType.length; ++i)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.dimType[i]);
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
            if (m.shapeIsFinal != null && $Object.hasOwnProperty.call(m, "shapeIsFinal"))
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.shapeIsFinal);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorBoundShape message, length delimited. Does not implicitly {@link caffe2.TensorBoundShape.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {caffe2.TensorBoundShape.$Properties} message TensorBoundShape message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.TensorBoundShape & caffe2.TensorBoundShape.$Shape} TensorBoundShape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorBoundShape.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.TensorBoundShape();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.shape = $root.caffe2.TensorShape.decode(r, r.size(), $undefined, q + 1, m.shape);
                        continue;
                    }
                case 2: {
                        if (u === 2) {
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            while (r.pos < c2) {
                                s = r.pos;
                                v = r.int32();
                                if ($root.caffe2.TensorBoundShape.DimType[v] !== $undefined) {
                                    if (!(m.dimType && m.dimType.length))
                                        m.dimType = [];
                                    m.dimType.push(v);
                                } else if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push($util.rawField(2, 0, r.raw(s, r.pos)));
                                }
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            continue;
                        }
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.caffe2.TensorBoundShape.DimType[v] !== $undefined) {
                            if (!(m.dimType && m.dimType.length))
                                m.dimType = [];
                            m.dimType.push(v);
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.shapeIsFinal = r.bool();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorBoundShape.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.shape != null && $Object.hasOwnProperty.call(m, "shape")) {
                {
                    var e = $root.caffe2.TensorShape.verify(m.shape, q + 1);
                    if (e)
                        return "shape." + e;
                }
            }
            if (m.dimType != null && $Object.hasOwnProperty.call(m, "dimType")) {
                if (!$Array.isArray(m.dimType))
                    return "dimType: array expected";
                for (var i = 0; i < m.dimType.length; ++i) {
                    switch (m.dimType[i]) {
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
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.shapeIsFinal != null && $Object.hasOwnProperty.call(m, "shapeIsFinal")) {
                if (typeof m.shapeIsFinal !== "boolean")
                    return "shapeIsFinal: boolean expected";
            }
            return null;
        };

        /**
         * Creates a TensorBoundShape message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.TensorBoundShape} TensorBoundShape
         */
        TensorBoundShape.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.TensorBoundShape)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.TensorBoundShape: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.TensorBoundShape();
            if (d.shape != null) {
                if (!$util.isObject(d.shape))
                    throw $TypeError(".caffe2.TensorBoundShape.shape: object expected");
                m.shape = $root.caffe2.TensorShape.fromObject(d.shape, q + 1);
            }
            if (d.dimType) {
                if (!$Array.isArray(d.dimType))
                    throw $TypeError(".caffe2.TensorBoundShape.dimType: array expected");
                m.dimType = [];
                for (var i = 0; i < d.dimType.length; ++i) {
                    switch (d.dimType[i]) {
                    case "UNKNOWN":
                    case 0:
                        m.dimType[m.dimType.length] = 0;
                        break;
                    case "CONSTANT":
                    case 1:
                        m.dimType[m.dimType.length] = 1;
                        break;
                    case "BATCH":
                    case 2:
                        m.dimType[m.dimType.length] = 2;
                        break;
                    case "BATCH_OF_FEATURE_MAX":
                    case 3:
                        m.dimType[m.dimType.length] = 3;
                        break;
                    case "BATCH_OF_FEATURE_MAX_DEFAULT":
                    case 4:
                        m.dimType[m.dimType.length] = 4;
                        break;
                    case "FEATURE_MAX":
                    case 5:
                        m.dimType[m.dimType.length] = 5;
                        break;
                    case "FEATURE_MAX_DEFAULT":
                    case 6:
                        m.dimType[m.dimType.length] = 6;
                        break;
                    default:
                    }
                }
            }
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.shapeIsFinal != null) {
                m.shapeIsFinal = $Boolean(d.shapeIsFinal);
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorBoundShape message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorBoundShape
         * @static
         * @param {caffe2.TensorBoundShape} m TensorBoundShape
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorBoundShape.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.dimType = [];
            }
            if (o.defaults) {
                d.shape = null;
                d.name = "";
                d.shapeIsFinal = false;
            }
            if (m.shape != null && $Object.hasOwnProperty.call(m, "shape")) {
                d.shape = $root.caffe2.TensorShape.toObject(m.shape, o, q + 1);
            }
            if (m.dimType && m.dimType.length) {
                d.dimType = $Array(m.dimType.length);
                for (var j = 0; j < m.dimType.length; ++j) {
                    d.dimType[j] = o.enums === $String ? $root.caffe2.TensorBoundShape.DimType[m.dimType[j]] === $undefined ? m.dimType[j] : $root.caffe2.TensorBoundShape.DimType[m.dimType[j]] : m.dimType[j];
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.shapeIsFinal != null && $Object.hasOwnProperty.call(m, "shapeIsFinal")) {
                d.shapeIsFinal = m.shapeIsFinal;
            }
            return d;
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
         * @property {Array.<caffe2.TensorBoundShape.$Properties>|null} [shapes] TensorBoundShapes shapes
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
         * @param {caffe2.TensorBoundShapes.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorBoundShapes = function (p) {
            this.shapes = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TensorBoundShapes shapes.
         * @member {Array.<caffe2.TensorBoundShape.$Properties>} shapes
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
         * @param {caffe2.TensorBoundShapes.$Properties} m TensorBoundShapes message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorBoundShapes.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.shapes != null && m.shapes.length) {
                for (var i = 0; i < m.shapes.length; ++i)
                    $root.caffe2.TensorBoundShape.encode(m.shapes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.maxBatchSize != null && $Object.hasOwnProperty.call(m, "maxBatchSize"))
                w.uint32(/* id 2, wireType 0 =*/16).int64(m.maxBatchSize);
            if (m.maxFeatureLen != null && $Object.hasOwnProperty.call(m, "maxFeatureLen"))
                w.uint32(/* id 3, wireType 0 =*/24).int64(m.maxFeatureLen);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TensorBoundShapes message, length delimited. Does not implicitly {@link caffe2.TensorBoundShapes.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {caffe2.TensorBoundShapes.$Properties} message TensorBoundShapes message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.TensorBoundShapes & caffe2.TensorBoundShapes.$Shape} TensorBoundShapes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorBoundShapes.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.TensorBoundShapes();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.shapes && m.shapes.length))
                            m.shapes = [];
                        m.shapes.push($root.caffe2.TensorBoundShape.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.maxBatchSize = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.maxFeatureLen = r.int64();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorBoundShapes.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.shapes != null && $Object.hasOwnProperty.call(m, "shapes")) {
                if (!$Array.isArray(m.shapes))
                    return "shapes: array expected";
                for (var i = 0; i < m.shapes.length; ++i) {
                    {
                        var e = $root.caffe2.TensorBoundShape.verify(m.shapes[i], q + 1);
                        if (e)
                            return "shapes." + e;
                    }
                }
            }
            if (m.maxBatchSize != null && $Object.hasOwnProperty.call(m, "maxBatchSize")) {
                if (!$util.isInteger(m.maxBatchSize) && !(m.maxBatchSize && $util.isInteger(m.maxBatchSize.low) && $util.isInteger(m.maxBatchSize.high)))
                    return "maxBatchSize: integer|Long expected";
            }
            if (m.maxFeatureLen != null && $Object.hasOwnProperty.call(m, "maxFeatureLen")) {
                if (!$util.isInteger(m.maxFeatureLen) && !(m.maxFeatureLen && $util.isInteger(m.maxFeatureLen.low) && $util.isInteger(m.maxFeatureLen.high)))
                    return "maxFeatureLen: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a TensorBoundShapes message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.TensorBoundShapes} TensorBoundShapes
         */
        TensorBoundShapes.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.TensorBoundShapes)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.TensorBoundShapes: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.TensorBoundShapes();
            if (d.shapes) {
                if (!$Array.isArray(d.shapes))
                    throw $TypeError(".caffe2.TensorBoundShapes.shapes: array expected");
                m.shapes = $Array(d.shapes.length);
                for (var i = 0; i < d.shapes.length; ++i) {
                    if (!$util.isObject(d.shapes[i]))
                        throw $TypeError(".caffe2.TensorBoundShapes.shapes: object expected");
                    m.shapes[i] = $root.caffe2.TensorBoundShape.fromObject(d.shapes[i], q + 1);
                }
            }
            if (d.maxBatchSize != null) {
                if ($util.Long)
                    m.maxBatchSize = $util.Long.fromValue(d.maxBatchSize, false);
                else if (typeof d.maxBatchSize === "string")
                    m.maxBatchSize = $parseInt(d.maxBatchSize, 10);
                else if (typeof d.maxBatchSize === "number")
                    m.maxBatchSize = d.maxBatchSize;
                else if (typeof d.maxBatchSize === "object")
                    m.maxBatchSize = new $util.LongBits(d.maxBatchSize.low >>> 0, d.maxBatchSize.high >>> 0).toNumber();
            }
            if (d.maxFeatureLen != null) {
                if ($util.Long)
                    m.maxFeatureLen = $util.Long.fromValue(d.maxFeatureLen, false);
                else if (typeof d.maxFeatureLen === "string")
                    m.maxFeatureLen = $parseInt(d.maxFeatureLen, 10);
                else if (typeof d.maxFeatureLen === "number")
                    m.maxFeatureLen = d.maxFeatureLen;
                else if (typeof d.maxFeatureLen === "object")
                    m.maxFeatureLen = new $util.LongBits(d.maxFeatureLen.low >>> 0, d.maxFeatureLen.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from a TensorBoundShapes message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.TensorBoundShapes
         * @static
         * @param {caffe2.TensorBoundShapes} m TensorBoundShapes
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorBoundShapes.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.shapes = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.maxBatchSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.maxBatchSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.maxFeatureLen = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.maxFeatureLen = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.shapes && m.shapes.length) {
                d.shapes = $Array(m.shapes.length);
                for (var j = 0; j < m.shapes.length; ++j) {
                    d.shapes[j] = $root.caffe2.TensorBoundShape.toObject(m.shapes[j], o, q + 1);
                }
            }
            if (m.maxBatchSize != null && $Object.hasOwnProperty.call(m, "maxBatchSize")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.maxBatchSize = typeof m.maxBatchSize === "number" ? $BigInt(m.maxBatchSize) : $util.Long.fromBits(m.maxBatchSize.low >>> 0, m.maxBatchSize.high >>> 0, false).toBigInt();
                else if (typeof m.maxBatchSize === "number")
                    d.maxBatchSize = o.longs === $String ? $String(m.maxBatchSize) : m.maxBatchSize;
                else
                    d.maxBatchSize = o.longs === $String ? $util.Long.prototype.toString.call(m.maxBatchSize) : o.longs === $Number ? new $util.LongBits(m.maxBatchSize.low >>> 0, m.maxBatchSize.high >>> 0).toNumber() : m.maxBatchSize;
            }
            if (m.maxFeatureLen != null && $Object.hasOwnProperty.call(m, "maxFeatureLen")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.maxFeatureLen = typeof m.maxFeatureLen === "number" ? $BigInt(m.maxFeatureLen) : $util.Long.fromBits(m.maxFeatureLen.low >>> 0, m.maxFeatureLen.high >>> 0, false).toBigInt();
                else if (typeof m.maxFeatureLen === "number")
                    d.maxFeatureLen = o.longs === $String ? $String(m.maxFeatureLen) : m.maxFeatureLen;
                else
                    d.maxFeatureLen = o.longs === $String ? $util.Long.prototype.toString.call(m.maxFeatureLen) : o.longs === $Number ? new $util.LongBits(m.maxFeatureLen.low >>> 0, m.maxFeatureLen.high >>> 0).toNumber() : m.maxFeatureLen;
            }
            return d;
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
         * @param {caffe2.AOTConfig.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AOTConfig = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {caffe2.AOTConfig.$Properties} m AOTConfig message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AOTConfig.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.maxBatchSize);
            w.uint32(/* id 2, wireType 0 =*/16).int64(m.maxSeqSize);
            w.uint32(/* id 3, wireType 0 =*/24).bool(m.inBatchBroadcast);
            if (m.onnxifiBlacklistOps != null && $Object.hasOwnProperty.call(m, "onnxifiBlacklistOps"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.onnxifiBlacklistOps);
            if (m.onnxifiMinOps != null && $Object.hasOwnProperty.call(m, "onnxifiMinOps"))
                w.uint32(/* id 5, wireType 0 =*/40).int32(m.onnxifiMinOps);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AOTConfig message, length delimited. Does not implicitly {@link caffe2.AOTConfig.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.AOTConfig
         * @static
         * @param {caffe2.AOTConfig.$Properties} message AOTConfig message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.AOTConfig & caffe2.AOTConfig.$Shape} AOTConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AOTConfig.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.AOTConfig();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.maxBatchSize = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.maxSeqSize = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.inBatchBroadcast = r.bool();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.onnxifiBlacklistOps = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.onnxifiMinOps = r.int32();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "maxBatchSize"))
                throw $util.ProtocolError("missing required 'maxBatchSize'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "maxSeqSize"))
                throw $util.ProtocolError("missing required 'maxSeqSize'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "inBatchBroadcast"))
                throw $util.ProtocolError("missing required 'inBatchBroadcast'", { instance: m });
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AOTConfig.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isInteger(m.maxBatchSize) && !(m.maxBatchSize && $util.isInteger(m.maxBatchSize.low) && $util.isInteger(m.maxBatchSize.high)))
                return "maxBatchSize: integer|Long expected";
            if (!$util.isInteger(m.maxSeqSize) && !(m.maxSeqSize && $util.isInteger(m.maxSeqSize.low) && $util.isInteger(m.maxSeqSize.high)))
                return "maxSeqSize: integer|Long expected";
            if (typeof m.inBatchBroadcast !== "boolean")
                return "inBatchBroadcast: boolean expected";
            if (m.onnxifiBlacklistOps != null && $Object.hasOwnProperty.call(m, "onnxifiBlacklistOps")) {
                if (!$util.isString(m.onnxifiBlacklistOps))
                    return "onnxifiBlacklistOps: string expected";
            }
            if (m.onnxifiMinOps != null && $Object.hasOwnProperty.call(m, "onnxifiMinOps")) {
                if (!$util.isInteger(m.onnxifiMinOps))
                    return "onnxifiMinOps: integer expected";
            }
            return null;
        };

        /**
         * Creates a AOTConfig message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.AOTConfig
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.AOTConfig} AOTConfig
         */
        AOTConfig.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.AOTConfig)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.AOTConfig: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.AOTConfig();
            if (d.maxBatchSize != null) {
                if ($util.Long)
                    m.maxBatchSize = $util.Long.fromValue(d.maxBatchSize, false);
                else if (typeof d.maxBatchSize === "string")
                    m.maxBatchSize = $parseInt(d.maxBatchSize, 10);
                else if (typeof d.maxBatchSize === "number")
                    m.maxBatchSize = d.maxBatchSize;
                else if (typeof d.maxBatchSize === "object")
                    m.maxBatchSize = new $util.LongBits(d.maxBatchSize.low >>> 0, d.maxBatchSize.high >>> 0).toNumber();
            }
            if (d.maxSeqSize != null) {
                if ($util.Long)
                    m.maxSeqSize = $util.Long.fromValue(d.maxSeqSize, false);
                else if (typeof d.maxSeqSize === "string")
                    m.maxSeqSize = $parseInt(d.maxSeqSize, 10);
                else if (typeof d.maxSeqSize === "number")
                    m.maxSeqSize = d.maxSeqSize;
                else if (typeof d.maxSeqSize === "object")
                    m.maxSeqSize = new $util.LongBits(d.maxSeqSize.low >>> 0, d.maxSeqSize.high >>> 0).toNumber();
            }
            if (d.inBatchBroadcast != null) {
                m.inBatchBroadcast = $Boolean(d.inBatchBroadcast);
            }
            if (d.onnxifiBlacklistOps != null) {
                m.onnxifiBlacklistOps = $String(d.onnxifiBlacklistOps);
            }
            if (d.onnxifiMinOps != null) {
                m.onnxifiMinOps = d.onnxifiMinOps | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a AOTConfig message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.AOTConfig
         * @static
         * @param {caffe2.AOTConfig} m AOTConfig
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AOTConfig.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.maxBatchSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.maxBatchSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.maxSeqSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.maxSeqSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.inBatchBroadcast = false;
                d.onnxifiBlacklistOps = "";
                d.onnxifiMinOps = 0;
            }
            if (m.maxBatchSize != null && $Object.hasOwnProperty.call(m, "maxBatchSize")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.maxBatchSize = typeof m.maxBatchSize === "number" ? $BigInt(m.maxBatchSize) : $util.Long.fromBits(m.maxBatchSize.low >>> 0, m.maxBatchSize.high >>> 0, false).toBigInt();
                else if (typeof m.maxBatchSize === "number")
                    d.maxBatchSize = o.longs === $String ? $String(m.maxBatchSize) : m.maxBatchSize;
                else
                    d.maxBatchSize = o.longs === $String ? $util.Long.prototype.toString.call(m.maxBatchSize) : o.longs === $Number ? new $util.LongBits(m.maxBatchSize.low >>> 0, m.maxBatchSize.high >>> 0).toNumber() : m.maxBatchSize;
            }
            if (m.maxSeqSize != null && $Object.hasOwnProperty.call(m, "maxSeqSize")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.maxSeqSize = typeof m.maxSeqSize === "number" ? $BigInt(m.maxSeqSize) : $util.Long.fromBits(m.maxSeqSize.low >>> 0, m.maxSeqSize.high >>> 0, false).toBigInt();
                else if (typeof m.maxSeqSize === "number")
                    d.maxSeqSize = o.longs === $String ? $String(m.maxSeqSize) : m.maxSeqSize;
                else
                    d.maxSeqSize = o.longs === $String ? $util.Long.prototype.toString.call(m.maxSeqSize) : o.longs === $Number ? new $util.LongBits(m.maxSeqSize.low >>> 0, m.maxSeqSize.high >>> 0).toNumber() : m.maxSeqSize;
            }
            if (m.inBatchBroadcast != null && $Object.hasOwnProperty.call(m, "inBatchBroadcast")) {
                d.inBatchBroadcast = m.inBatchBroadcast;
            }
            if (m.onnxifiBlacklistOps != null && $Object.hasOwnProperty.call(m, "onnxifiBlacklistOps")) {
                d.onnxifiBlacklistOps = m.onnxifiBlacklistOps;
            }
            if (m.onnxifiMinOps != null && $Object.hasOwnProperty.call(m, "onnxifiMinOps")) {
                d.onnxifiMinOps = m.onnxifiMinOps;
            }
            return d;
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
         * @property {caffe2.TensorProto.$Properties|null} [t] Argument t
         * @property {caffe2.NetDef.$Properties|null} [n] Argument n
         * @property {Array.<number>|null} [floats] Argument floats
         * @property {Array.<number|Long>|null} [ints] Argument ints
         * @property {Array.<Uint8Array>|null} [strings] Argument strings
         * @property {Array.<caffe2.TensorProto.$Properties>|null} [tensors] Argument tensors
         * @property {Array.<caffe2.NetDef.$Properties>|null} [nets] Argument nets
         * @property {Array.<caffe2.QTensorProto.$Properties>|null} [qtensors] Argument qtensors
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
         * @param {caffe2.Argument.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Argument = function (p) {
            this.floats = [];
            this.ints = [];
            this.strings = [];
            this.tensors = [];
            this.nets = [];
            this.qtensors = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {caffe2.TensorProto.$Properties|null|undefined} t
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.t = null;

        /**
         * Argument n.
         * @member {caffe2.NetDef.$Properties|null|undefined} n
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
         * @member {Array.<caffe2.TensorProto.$Properties>} tensors
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.tensors = $util.emptyArray;

        /**
         * Argument nets.
         * @member {Array.<caffe2.NetDef.$Properties>} nets
         * @memberof caffe2.Argument
         * @instance
         */
        Argument.prototype.nets = $util.emptyArray;

        /**
         * Argument qtensors.
         * @member {Array.<caffe2.QTensorProto.$Properties>} qtensors
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
         * @param {caffe2.Argument.$Properties} m Argument message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Argument.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.f != null && $Object.hasOwnProperty.call(m, "f"))
                w.uint32(/* id 2, wireType 5 =*/21).float(m.f);
            if (m.i != null && $Object.hasOwnProperty.call(m, "i"))
                w.uint32(/* id 3, wireType 0 =*/24).int64(m.i);
            if (m.s != null && $Object.hasOwnProperty.call(m, "s"))
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.s);
            if (m.floats != null && m.floats.length) {
                for (var i = 0; i < m.floats.length; ++i)
                    w.uint32(/* id 5, wireType 5 =*/45).float(m.floats[i]);
            }
            if (m.ints != null && m.ints.length) {
                for (var i = 0; i < m.ints.length; ++i)
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.ints[i]);
            }
            if (m.strings != null && m.strings.length) {
                for (var i = 0; i < m.strings.length; ++i)
                    w.uint32(/* id 7, wireType 2 =*/58).bytes(m.strings[i]);
            }
            if (m.n != null && $Object.hasOwnProperty.call(m, "n"))
                $root.caffe2.NetDef.encode(m.n, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.nets != null && m.nets.length) {
                for (var i = 0; i < m.nets.length; ++i)
                    $root.caffe2.NetDef.encode(m.nets[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            }
            if (m.t != null && $Object.hasOwnProperty.call(m, "t"))
                $root.caffe2.TensorProto.encode(m.t, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.tensors != null && m.tensors.length) {
                for (var i = 0; i < m.tensors.length; ++i)
                    $root.caffe2.TensorProto.encode(m.tensors[i], w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            }
            if (m.qtensors != null && m.qtensors.length) {
                for (var i = 0; i < m.qtensors.length; ++i)
                    $root.caffe2.QTensorProto.encode(m.qtensors[i], w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Argument message, length delimited. Does not implicitly {@link caffe2.Argument.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.Argument
         * @static
         * @param {caffe2.Argument.$Properties} message Argument message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.Argument & caffe2.Argument.$Shape} Argument
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Argument.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.Argument();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 5)
                            break;
                        m.f = r.float();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.i = r.int64();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.s = r.bytes();
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.t = $root.caffe2.TensorProto.decode(r, r.size(), $undefined, q + 1, m.t);
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.n = $root.caffe2.NetDef.decode(r, r.size(), $undefined, q + 1, m.n);
                        continue;
                    }
                case 5: {
                        if (u === 2) {
                            if (!(m.floats && m.floats.length))
                                m.floats = [];
                            r.floats(m.floats);
                            continue;
                        }
                        if (u !== 5)
                            break;
                        if (!(m.floats && m.floats.length))
                            m.floats = [];
                        m.floats.push(r.float());
                        continue;
                    }
                case 6: {
                        if (u === 2) {
                            if (!(m.ints && m.ints.length))
                                m.ints = [];
                            r.int64s(m.ints);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.ints && m.ints.length))
                            m.ints = [];
                        m.ints.push(r.int64());
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.strings && m.strings.length))
                            m.strings = [];
                        m.strings.push(r.bytes());
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if (!(m.tensors && m.tensors.length))
                            m.tensors = [];
                        m.tensors.push($root.caffe2.TensorProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if (!(m.nets && m.nets.length))
                            m.nets = [];
                        m.nets.push($root.caffe2.NetDef.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if (!(m.qtensors && m.qtensors.length))
                            m.qtensors = [];
                        m.qtensors.push($root.caffe2.QTensorProto.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Argument.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.f != null && $Object.hasOwnProperty.call(m, "f")) {
                if (typeof m.f !== "number")
                    return "f: number expected";
            }
            if (m.i != null && $Object.hasOwnProperty.call(m, "i")) {
                if (!$util.isInteger(m.i) && !(m.i && $util.isInteger(m.i.low) && $util.isInteger(m.i.high)))
                    return "i: integer|Long expected";
            }
            if (m.s != null && $Object.hasOwnProperty.call(m, "s")) {
                if (!(m.s && typeof m.s.length === "number" || $util.isString(m.s)))
                    return "s: buffer expected";
            }
            if (m.t != null && $Object.hasOwnProperty.call(m, "t")) {
                {
                    var e = $root.caffe2.TensorProto.verify(m.t, q + 1);
                    if (e)
                        return "t." + e;
                }
            }
            if (m.n != null && $Object.hasOwnProperty.call(m, "n")) {
                {
                    var e = $root.caffe2.NetDef.verify(m.n, q + 1);
                    if (e)
                        return "n." + e;
                }
            }
            if (m.floats != null && $Object.hasOwnProperty.call(m, "floats")) {
                if (!$Array.isArray(m.floats))
                    return "floats: array expected";
                for (var i = 0; i < m.floats.length; ++i) {
                    if (typeof m.floats[i] !== "number")
                        return "floats: number[] expected";
                }
            }
            if (m.ints != null && $Object.hasOwnProperty.call(m, "ints")) {
                if (!$Array.isArray(m.ints))
                    return "ints: array expected";
                for (var i = 0; i < m.ints.length; ++i) {
                    if (!$util.isInteger(m.ints[i]) && !(m.ints[i] && $util.isInteger(m.ints[i].low) && $util.isInteger(m.ints[i].high)))
                        return "ints: integer|Long[] expected";
                }
            }
            if (m.strings != null && $Object.hasOwnProperty.call(m, "strings")) {
                if (!$Array.isArray(m.strings))
                    return "strings: array expected";
                for (var i = 0; i < m.strings.length; ++i) {
                    if (!(m.strings[i] && typeof m.strings[i].length === "number" || $util.isString(m.strings[i])))
                        return "strings: buffer[] expected";
                }
            }
            if (m.tensors != null && $Object.hasOwnProperty.call(m, "tensors")) {
                if (!$Array.isArray(m.tensors))
                    return "tensors: array expected";
                for (var i = 0; i < m.tensors.length; ++i) {
                    {
                        var e = $root.caffe2.TensorProto.verify(m.tensors[i], q + 1);
                        if (e)
                            return "tensors." + e;
                    }
                }
            }
            if (m.nets != null && $Object.hasOwnProperty.call(m, "nets")) {
                if (!$Array.isArray(m.nets))
                    return "nets: array expected";
                for (var i = 0; i < m.nets.length; ++i) {
                    {
                        var e = $root.caffe2.NetDef.verify(m.nets[i], q + 1);
                        if (e)
                            return "nets." + e;
                    }
                }
            }
            if (m.qtensors != null && $Object.hasOwnProperty.call(m, "qtensors")) {
                if (!$Array.isArray(m.qtensors))
                    return "qtensors: array expected";
                for (var i = 0; i < m.qtensors.length; ++i) {
                    {
                        var e = $root.caffe2.QTensorProto.verify(m.qtensors[i], q + 1);
                        if (e)
                            return "qtensors." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an Argument message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.Argument
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.Argument} Argument
         */
        Argument.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.Argument)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.Argument: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.Argument();
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.f != null) {
                m.f = $Number(d.f);
            }
            if (d.i != null) {
                if ($util.Long)
                    m.i = $util.Long.fromValue(d.i, false);
                else if (typeof d.i === "string")
                    m.i = $parseInt(d.i, 10);
                else if (typeof d.i === "number")
                    m.i = d.i;
                else if (typeof d.i === "object")
                    m.i = new $util.LongBits(d.i.low >>> 0, d.i.high >>> 0).toNumber();
            }
            if (d.s != null) {
                if (typeof d.s === "string")
                    $util.base64.decode(d.s, m.s = $util.newBuffer($util.base64.length(d.s)), 0);
                else if (d.s.length >= 0)
                    m.s = d.s;
            }
            if (d.t != null) {
                if (!$util.isObject(d.t))
                    throw $TypeError(".caffe2.Argument.t: object expected");
                m.t = $root.caffe2.TensorProto.fromObject(d.t, q + 1);
            }
            if (d.n != null) {
                if (!$util.isObject(d.n))
                    throw $TypeError(".caffe2.Argument.n: object expected");
                m.n = $root.caffe2.NetDef.fromObject(d.n, q + 1);
            }
            if (d.floats) {
                if (!$Array.isArray(d.floats))
                    throw $TypeError(".caffe2.Argument.floats: array expected");
                m.floats = $Array(d.floats.length);
                for (var i = 0; i < d.floats.length; ++i) {
                    m.floats[i] = $Number(d.floats[i]);
                }
            }
            if (d.ints) {
                if (!$Array.isArray(d.ints))
                    throw $TypeError(".caffe2.Argument.ints: array expected");
                m.ints = $Array(d.ints.length);
                for (var i = 0; i < d.ints.length; ++i) {
                    if ($util.Long)
                        m.ints[i] = $util.Long.fromValue(d.ints[i], false);
                    else if (typeof d.ints[i] === "string")
                        m.ints[i] = $parseInt(d.ints[i], 10);
                    else if (typeof d.ints[i] === "number")
                        m.ints[i] = d.ints[i];
                    else if (typeof d.ints[i] === "object")
                        m.ints[i] = new $util.LongBits(d.ints[i].low >>> 0, d.ints[i].high >>> 0).toNumber();
                }
            }
            if (d.strings) {
                if (!$Array.isArray(d.strings))
                    throw $TypeError(".caffe2.Argument.strings: array expected");
                m.strings = $Array(d.strings.length);
                for (var i = 0; i < d.strings.length; ++i) {
                    if (typeof d.strings[i] === "string")
                        $util.base64.decode(d.strings[i], m.strings[i] = $util.newBuffer($util.base64.length(d.strings[i])), 0);
                    else if (d.strings[i].length >= 0)
                        m.strings[i] = d.strings[i];
                }
            }
            if (d.tensors) {
                if (!$Array.isArray(d.tensors))
                    throw $TypeError(".caffe2.Argument.tensors: array expected");
                m.tensors = $Array(d.tensors.length);
                for (var i = 0; i < d.tensors.length; ++i) {
                    if (!$util.isObject(d.tensors[i]))
                        throw $TypeError(".caffe2.Argument.tensors: object expected");
                    m.tensors[i] = $root.caffe2.TensorProto.fromObject(d.tensors[i], q + 1);
                }
            }
            if (d.nets) {
                if (!$Array.isArray(d.nets))
                    throw $TypeError(".caffe2.Argument.nets: array expected");
                m.nets = $Array(d.nets.length);
                for (var i = 0; i < d.nets.length; ++i) {
                    if (!$util.isObject(d.nets[i]))
                        throw $TypeError(".caffe2.Argument.nets: object expected");
                    m.nets[i] = $root.caffe2.NetDef.fromObject(d.nets[i], q + 1);
                }
            }
            if (d.qtensors) {
                if (!$Array.isArray(d.qtensors))
                    throw $TypeError(".caffe2.Argument.qtensors: array expected");
                m.qtensors = $Array(d.qtensors.length);
                for (var i = 0; i < d.qtensors.length; ++i) {
                    if (!$util.isObject(d.qtensors[i]))
                        throw $TypeError(".caffe2.Argument.qtensors: object expected");
                    m.qtensors[i] = $root.caffe2.QTensorProto.fromObject(d.qtensors[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an Argument message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.Argument
         * @static
         * @param {caffe2.Argument} m Argument
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Argument.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.floats = [];
                d.ints = [];
                d.strings = [];
                d.nets = [];
                d.tensors = [];
                d.qtensors = [];
            }
            if (o.defaults) {
                d.name = "";
                d.f = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.i = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.i = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.s = "";
                else {
                    d.s = [];
                    if (o.bytes !== $Array)
                        d.s = $util.newBuffer(d.s);
                }
                d.n = null;
                d.t = null;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.f != null && $Object.hasOwnProperty.call(m, "f")) {
                d.f = o.json && !$isFinite(m.f) ? $String(m.f) : m.f;
            }
            if (m.i != null && $Object.hasOwnProperty.call(m, "i")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.i = typeof m.i === "number" ? $BigInt(m.i) : $util.Long.fromBits(m.i.low >>> 0, m.i.high >>> 0, false).toBigInt();
                else if (typeof m.i === "number")
                    d.i = o.longs === $String ? $String(m.i) : m.i;
                else
                    d.i = o.longs === $String ? $util.Long.prototype.toString.call(m.i) : o.longs === $Number ? new $util.LongBits(m.i.low >>> 0, m.i.high >>> 0).toNumber() : m.i;
            }
            if (m.s != null && $Object.hasOwnProperty.call(m, "s")) {
                d.s = o.bytes === $String ? $util.base64.encode(m.s, 0, m.s.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.s) : m.s;
            }
            if (m.floats && m.floats.length) {
                d.floats = $Array(m.floats.length);
                for (var j = 0; j < m.floats.length; ++j) {
                    d.floats[j] = o.json && !$isFinite(m.floats[j]) ? $String(m.floats[j]) : m.floats[j];
                }
            }
            if (m.ints && m.ints.length) {
                d.ints = $Array(m.ints.length);
                for (var j = 0; j < m.ints.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ints[j] = typeof m.ints[j] === "number" ? $BigInt(m.ints[j]) : $util.Long.fromBits(m.ints[j].low >>> 0, m.ints[j].high >>> 0, false).toBigInt();
                    else if (typeof m.ints[j] === "number")
                        d.ints[j] = o.longs === $String ? $String(m.ints[j]) : m.ints[j];
                    else
                        d.ints[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.ints[j]) : o.longs === $Number ? new $util.LongBits(m.ints[j].low >>> 0, m.ints[j].high >>> 0).toNumber() : m.ints[j];
                }
            }
            if (m.strings && m.strings.length) {
                d.strings = $Array(m.strings.length);
                for (var j = 0; j < m.strings.length; ++j) {
                    d.strings[j] = o.bytes === $String ? $util.base64.encode(m.strings[j], 0, m.strings[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.strings[j]) : m.strings[j];
                }
            }
            if (m.n != null && $Object.hasOwnProperty.call(m, "n")) {
                d.n = $root.caffe2.NetDef.toObject(m.n, o, q + 1);
            }
            if (m.nets && m.nets.length) {
                d.nets = $Array(m.nets.length);
                for (var j = 0; j < m.nets.length; ++j) {
                    d.nets[j] = $root.caffe2.NetDef.toObject(m.nets[j], o, q + 1);
                }
            }
            if (m.t != null && $Object.hasOwnProperty.call(m, "t")) {
                d.t = $root.caffe2.TensorProto.toObject(m.t, o, q + 1);
            }
            if (m.tensors && m.tensors.length) {
                d.tensors = $Array(m.tensors.length);
                for (var j = 0; j < m.tensors.length; ++j) {
                    d.tensors[j] = $root.caffe2.TensorProto.toObject(m.tensors[j], o, q + 1);
                }
            }
            if (m.qtensors && m.qtensors.length) {
                d.qtensors = $Array(m.qtensors.length);
                for (var j = 0; j < m.qtensors.length; ++j) {
                    d.qtensors[j] = $root.caffe2.QTensorProto.toObject(m.qtensors[j], o, q + 1);
                }
            }
            return d;
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
         * @param {caffe2.DeviceOption.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeviceOption = function (p) {
            this.extraInfo = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {caffe2.DeviceOption.$Properties} m DeviceOption message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceOption.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.deviceType != null && $Object.hasOwnProperty.call(m, "deviceType"))
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.deviceType);
            if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId"))
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.deviceId);
            if (m.randomSeed != null && $Object.hasOwnProperty.call(m, "randomSeed"))
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.randomSeed);
            if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.nodeName);
            if (m.numaNodeId != null && $Object.hasOwnProperty.call(m, "numaNodeId"))
                w.uint32(/* id 5, wireType 0 =*/40).int32(m.numaNodeId);
            if (m.extraInfo != null && m.extraInfo.length) {
                for (var i = 0; i < m.extraInfo.length; ++i)
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.extraInfo[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DeviceOption message, length delimited. Does not implicitly {@link caffe2.DeviceOption.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.DeviceOption
         * @static
         * @param {caffe2.DeviceOption.$Properties} message DeviceOption message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.DeviceOption & caffe2.DeviceOption.$Shape} DeviceOption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceOption.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.DeviceOption();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.deviceType = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.deviceId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.randomSeed = r.uint32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.nodeName = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.numaNodeId = r.int32();
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.extraInfo && m.extraInfo.length))
                            m.extraInfo = [];
                        m.extraInfo.push(r.string());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DeviceOption.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.deviceType != null && $Object.hasOwnProperty.call(m, "deviceType")) {
                if (!$util.isInteger(m.deviceType))
                    return "deviceType: integer expected";
            }
            if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                if (!$util.isInteger(m.deviceId))
                    return "deviceId: integer expected";
            }
            if (m.randomSeed != null && $Object.hasOwnProperty.call(m, "randomSeed")) {
                if (!$util.isInteger(m.randomSeed))
                    return "randomSeed: integer expected";
            }
            if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName")) {
                if (!$util.isString(m.nodeName))
                    return "nodeName: string expected";
            }
            if (m.numaNodeId != null && $Object.hasOwnProperty.call(m, "numaNodeId")) {
                if (!$util.isInteger(m.numaNodeId))
                    return "numaNodeId: integer expected";
            }
            if (m.extraInfo != null && $Object.hasOwnProperty.call(m, "extraInfo")) {
                if (!$Array.isArray(m.extraInfo))
                    return "extraInfo: array expected";
                for (var i = 0; i < m.extraInfo.length; ++i) {
                    if (!$util.isString(m.extraInfo[i]))
                        return "extraInfo: string[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a DeviceOption message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.DeviceOption
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.DeviceOption} DeviceOption
         */
        DeviceOption.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.DeviceOption)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.DeviceOption: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.DeviceOption();
            if (d.deviceType != null) {
                m.deviceType = d.deviceType | 0;
            }
            if (d.deviceId != null) {
                m.deviceId = d.deviceId | 0;
            }
            if (d.randomSeed != null) {
                m.randomSeed = d.randomSeed >>> 0;
            }
            if (d.nodeName != null) {
                m.nodeName = $String(d.nodeName);
            }
            if (d.numaNodeId != null) {
                m.numaNodeId = d.numaNodeId | 0;
            }
            if (d.extraInfo) {
                if (!$Array.isArray(d.extraInfo))
                    throw $TypeError(".caffe2.DeviceOption.extraInfo: array expected");
                m.extraInfo = $Array(d.extraInfo.length);
                for (var i = 0; i < d.extraInfo.length; ++i) {
                    m.extraInfo[i] = $String(d.extraInfo[i]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DeviceOption message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.DeviceOption
         * @static
         * @param {caffe2.DeviceOption} m DeviceOption
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DeviceOption.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.extraInfo = [];
            }
            if (o.defaults) {
                d.deviceType = 0;
                d.deviceId = 0;
                d.randomSeed = 0;
                d.nodeName = "";
                d.numaNodeId = 0;
            }
            if (m.deviceType != null && $Object.hasOwnProperty.call(m, "deviceType")) {
                d.deviceType = m.deviceType;
            }
            if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                d.deviceId = m.deviceId;
            }
            if (m.randomSeed != null && $Object.hasOwnProperty.call(m, "randomSeed")) {
                d.randomSeed = m.randomSeed;
            }
            if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName")) {
                d.nodeName = m.nodeName;
            }
            if (m.numaNodeId != null && $Object.hasOwnProperty.call(m, "numaNodeId")) {
                d.numaNodeId = m.numaNodeId;
            }
            if (m.extraInfo && m.extraInfo.length) {
                d.extraInfo = $Array(m.extraInfo.length);
                for (var j = 0; j < m.extraInfo.length; ++j) {
                    d.extraInfo[j] = m.extraInfo[j];
                }
            }
            return d;
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
         * @property {Array.<caffe2.Argument.$Properties>|null} [arg] OperatorDef arg
         * @property {caffe2.DeviceOption.$Properties|null} [deviceOption] OperatorDef deviceOption
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
         * @param {caffe2.OperatorDef.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OperatorDef = function (p) {
            this.input = [];
            this.output = [];
            this.arg = [];
            this.controlInput = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {Array.<caffe2.Argument.$Properties>} arg
         * @memberof caffe2.OperatorDef
         * @instance
         */
        OperatorDef.prototype.arg = $util.emptyArray;

        /**
         * OperatorDef deviceOption.
         * @member {caffe2.DeviceOption.$Properties|null|undefined} deviceOption
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
         * @param {caffe2.OperatorDef.$Properties} m OperatorDef message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OperatorDef.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.input != null && m.input.length) {
                for (var i = 0; i < m.input.length; ++i)
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.input[i]);
            }
            if (m.output != null && m.output.length) {
                for (var i = 0; i < m.output.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.output[i]);
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.type);
            if (m.arg != null && m.arg.length) {
                for (var i = 0; i < m.arg.length; ++i)
                    $root.caffe2.Argument.encode(m.arg[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.deviceOption != null && $Object.hasOwnProperty.call(m, "deviceOption"))
                $root.caffe2.DeviceOption.encode(m.deviceOption, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.engine != null && $Object.hasOwnProperty.call(m, "engine"))
                w.uint32(/* id 7, wireType 2 =*/58).string(m.engine);
            if (m.controlInput != null && m.controlInput.length) {
                for (var i = 0; i < m.controlInput.length; ++i)
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.controlInput[i]);
            }
            if (m.isGradientOp != null && $Object.hasOwnProperty.call(m, "isGradientOp"))
                w.uint32(/* id 9, wireType 0 =*/72).bool(m.isGradientOp);
            if (m.debugInfo != null && $Object.hasOwnProperty.call(m, "debugInfo"))
                w.uint32(/* id 10, wireType 2 =*/82).string(m.debugInfo);
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain"))
                w.uint32(/* id 11, wireType 2 =*/90).string(m.domain);
            if (m.opVersion != null && $Object.hasOwnProperty.call(m, "opVersion"))
                w.uint32(/* id 12, wireType 0 =*/96).int64(m.opVersion);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified OperatorDef message, length delimited. Does not implicitly {@link caffe2.OperatorDef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.OperatorDef
         * @static
         * @param {caffe2.OperatorDef.$Properties} message OperatorDef message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.OperatorDef & caffe2.OperatorDef.$Shape} OperatorDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OperatorDef.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.OperatorDef();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.input && m.input.length))
                            m.input = [];
                        m.input.push(r.string());
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.output && m.output.length))
                            m.output = [];
                        m.output.push(r.string());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.type = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.arg && m.arg.length))
                            m.arg = [];
                        m.arg.push($root.caffe2.Argument.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.deviceOption = $root.caffe2.DeviceOption.decode(r, r.size(), $undefined, q + 1, m.deviceOption);
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.engine = r.string();
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.controlInput && m.controlInput.length))
                            m.controlInput = [];
                        m.controlInput.push(r.string());
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        m.isGradientOp = r.bool();
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.debugInfo = r.string();
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.domain = r.string();
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        m.opVersion = r.int64();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OperatorDef.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.input != null && $Object.hasOwnProperty.call(m, "input")) {
                if (!$Array.isArray(m.input))
                    return "input: array expected";
                for (var i = 0; i < m.input.length; ++i) {
                    if (!$util.isString(m.input[i]))
                        return "input: string[] expected";
                }
            }
            if (m.output != null && $Object.hasOwnProperty.call(m, "output")) {
                if (!$Array.isArray(m.output))
                    return "output: array expected";
                for (var i = 0; i < m.output.length; ++i) {
                    if (!$util.isString(m.output[i]))
                        return "output: string[] expected";
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (!$util.isString(m.type))
                    return "type: string expected";
            }
            if (m.arg != null && $Object.hasOwnProperty.call(m, "arg")) {
                if (!$Array.isArray(m.arg))
                    return "arg: array expected";
                for (var i = 0; i < m.arg.length; ++i) {
                    {
                        var e = $root.caffe2.Argument.verify(m.arg[i], q + 1);
                        if (e)
                            return "arg." + e;
                    }
                }
            }
            if (m.deviceOption != null && $Object.hasOwnProperty.call(m, "deviceOption")) {
                {
                    var e = $root.caffe2.DeviceOption.verify(m.deviceOption, q + 1);
                    if (e)
                        return "deviceOption." + e;
                }
            }
            if (m.engine != null && $Object.hasOwnProperty.call(m, "engine")) {
                if (!$util.isString(m.engine))
                    return "engine: string expected";
            }
            if (m.controlInput != null && $Object.hasOwnProperty.call(m, "controlInput")) {
                if (!$Array.isArray(m.controlInput))
                    return "controlInput: array expected";
                for (var i = 0; i < m.controlInput.length; ++i) {
                    if (!$util.isString(m.controlInput[i]))
                        return "controlInput: string[] expected";
                }
            }
            if (m.isGradientOp != null && $Object.hasOwnProperty.call(m, "isGradientOp")) {
                if (typeof m.isGradientOp !== "boolean")
                    return "isGradientOp: boolean expected";
            }
            if (m.debugInfo != null && $Object.hasOwnProperty.call(m, "debugInfo")) {
                if (!$util.isString(m.debugInfo))
                    return "debugInfo: string expected";
            }
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                if (!$util.isString(m.domain))
                    return "domain: string expected";
            }
            if (m.opVersion != null && $Object.hasOwnProperty.call(m, "opVersion")) {
                if (!$util.isInteger(m.opVersion) && !(m.opVersion && $util.isInteger(m.opVersion.low) && $util.isInteger(m.opVersion.high)))
                    return "opVersion: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates an OperatorDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.OperatorDef
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.OperatorDef} OperatorDef
         */
        OperatorDef.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.OperatorDef)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.OperatorDef: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.OperatorDef();
            if (d.input) {
                if (!$Array.isArray(d.input))
                    throw $TypeError(".caffe2.OperatorDef.input: array expected");
                m.input = $Array(d.input.length);
                for (var i = 0; i < d.input.length; ++i) {
                    m.input[i] = $String(d.input[i]);
                }
            }
            if (d.output) {
                if (!$Array.isArray(d.output))
                    throw $TypeError(".caffe2.OperatorDef.output: array expected");
                m.output = $Array(d.output.length);
                for (var i = 0; i < d.output.length; ++i) {
                    m.output[i] = $String(d.output[i]);
                }
            }
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.type != null) {
                m.type = $String(d.type);
            }
            if (d.arg) {
                if (!$Array.isArray(d.arg))
                    throw $TypeError(".caffe2.OperatorDef.arg: array expected");
                m.arg = $Array(d.arg.length);
                for (var i = 0; i < d.arg.length; ++i) {
                    if (!$util.isObject(d.arg[i]))
                        throw $TypeError(".caffe2.OperatorDef.arg: object expected");
                    m.arg[i] = $root.caffe2.Argument.fromObject(d.arg[i], q + 1);
                }
            }
            if (d.deviceOption != null) {
                if (!$util.isObject(d.deviceOption))
                    throw $TypeError(".caffe2.OperatorDef.deviceOption: object expected");
                m.deviceOption = $root.caffe2.DeviceOption.fromObject(d.deviceOption, q + 1);
            }
            if (d.engine != null) {
                m.engine = $String(d.engine);
            }
            if (d.controlInput) {
                if (!$Array.isArray(d.controlInput))
                    throw $TypeError(".caffe2.OperatorDef.controlInput: array expected");
                m.controlInput = $Array(d.controlInput.length);
                for (var i = 0; i < d.controlInput.length; ++i) {
                    m.controlInput[i] = $String(d.controlInput[i]);
                }
            }
            if (d.isGradientOp != null) {
                m.isGradientOp = $Boolean(d.isGradientOp);
            }
            if (d.debugInfo != null) {
                m.debugInfo = $String(d.debugInfo);
            }
            if (d.domain != null) {
                m.domain = $String(d.domain);
            }
            if (d.opVersion != null) {
                if ($util.Long)
                    m.opVersion = $util.Long.fromValue(d.opVersion, false);
                else if (typeof d.opVersion === "string")
                    m.opVersion = $parseInt(d.opVersion, 10);
                else if (typeof d.opVersion === "number")
                    m.opVersion = d.opVersion;
                else if (typeof d.opVersion === "object")
                    m.opVersion = new $util.LongBits(d.opVersion.low >>> 0, d.opVersion.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from an OperatorDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.OperatorDef
         * @static
         * @param {caffe2.OperatorDef} m OperatorDef
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OperatorDef.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.input = [];
                d.output = [];
                d.arg = [];
                d.controlInput = [];
            }
            if (o.defaults) {
                d.name = "";
                d.type = "";
                d.deviceOption = null;
                d.engine = "";
                d.isGradientOp = false;
                d.debugInfo = "";
                d.domain = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.opVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.opVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.input && m.input.length) {
                d.input = $Array(m.input.length);
                for (var j = 0; j < m.input.length; ++j) {
                    d.input[j] = m.input[j];
                }
            }
            if (m.output && m.output.length) {
                d.output = $Array(m.output.length);
                for (var j = 0; j < m.output.length; ++j) {
                    d.output[j] = m.output[j];
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = m.type;
            }
            if (m.arg && m.arg.length) {
                d.arg = $Array(m.arg.length);
                for (var j = 0; j < m.arg.length; ++j) {
                    d.arg[j] = $root.caffe2.Argument.toObject(m.arg[j], o, q + 1);
                }
            }
            if (m.deviceOption != null && $Object.hasOwnProperty.call(m, "deviceOption")) {
                d.deviceOption = $root.caffe2.DeviceOption.toObject(m.deviceOption, o, q + 1);
            }
            if (m.engine != null && $Object.hasOwnProperty.call(m, "engine")) {
                d.engine = m.engine;
            }
            if (m.controlInput && m.controlInput.length) {
                d.controlInput = $Array(m.controlInput.length);
                for (var j = 0; j < m.controlInput.length; ++j) {
                    d.controlInput[j] = m.controlInput[j];
                }
            }
            if (m.isGradientOp != null && $Object.hasOwnProperty.call(m, "isGradientOp")) {
                d.isGradientOp = m.isGradientOp;
            }
            if (m.debugInfo != null && $Object.hasOwnProperty.call(m, "debugInfo")) {
                d.debugInfo = m.debugInfo;
            }
            if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                d.domain = m.domain;
            }
            if (m.opVersion != null && $Object.hasOwnProperty.call(m, "opVersion")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.opVersion = typeof m.opVersion === "number" ? $BigInt(m.opVersion) : $util.Long.fromBits(m.opVersion.low >>> 0, m.opVersion.high >>> 0, false).toBigInt();
                else if (typeof m.opVersion === "number")
                    d.opVersion = o.longs === $String ? $String(m.opVersion) : m.opVersion;
                else
                    d.opVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.opVersion) : o.longs === $Number ? new $util.LongBits(m.opVersion.low >>> 0, m.opVersion.high >>> 0).toNumber() : m.opVersion;
            }
            return d;
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
         * @param {caffe2.MapFieldEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MapFieldEntry = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {caffe2.MapFieldEntry.$Properties} m MapFieldEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MapFieldEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.val);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MapFieldEntry message, length delimited. Does not implicitly {@link caffe2.MapFieldEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {caffe2.MapFieldEntry.$Properties} message MapFieldEntry message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.MapFieldEntry & caffe2.MapFieldEntry.$Shape} MapFieldEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MapFieldEntry.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.MapFieldEntry();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.key = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.val = r.string();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "key"))
                throw $util.ProtocolError("missing required 'key'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "val"))
                throw $util.ProtocolError("missing required 'val'", { instance: m });
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MapFieldEntry.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(m.key))
                return "key: string expected";
            if (!$util.isString(m.val))
                return "val: string expected";
            return null;
        };

        /**
         * Creates a MapFieldEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.MapFieldEntry} MapFieldEntry
         */
        MapFieldEntry.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.MapFieldEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.MapFieldEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.MapFieldEntry();
            if (d.key != null) {
                m.key = $String(d.key);
            }
            if (d.val != null) {
                m.val = $String(d.val);
            }
            return m;
        };

        /**
         * Creates a plain object from a MapFieldEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.MapFieldEntry
         * @static
         * @param {caffe2.MapFieldEntry} m MapFieldEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MapFieldEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.key = "";
                d.val = "";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = m.key;
            }
            if (m.val != null && $Object.hasOwnProperty.call(m, "val")) {
                d.val = m.val;
            }
            return d;
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
         * @property {Array.<caffe2.MapFieldEntry.$Properties>|null} [option] BackendOptions option
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
         * @param {caffe2.BackendOptions.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackendOptions = function (p) {
            this.option = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {Array.<caffe2.MapFieldEntry.$Properties>} option
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
         * @param {caffe2.BackendOptions.$Properties} m BackendOptions message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackendOptions.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.backendName);
            if (m.option != null && m.option.length) {
                for (var i = 0; i < m.option.length; ++i)
                    $root.caffe2.MapFieldEntry.encode(m.option[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BackendOptions message, length delimited. Does not implicitly {@link caffe2.BackendOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.BackendOptions
         * @static
         * @param {caffe2.BackendOptions.$Properties} message BackendOptions message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.BackendOptions & caffe2.BackendOptions.$Shape} BackendOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackendOptions.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.BackendOptions();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.backendName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.option && m.option.length))
                            m.option = [];
                        m.option.push($root.caffe2.MapFieldEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "backendName"))
                throw $util.ProtocolError("missing required 'backendName'", { instance: m });
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BackendOptions.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(m.backendName))
                return "backendName: string expected";
            if (m.option != null && $Object.hasOwnProperty.call(m, "option")) {
                if (!$Array.isArray(m.option))
                    return "option: array expected";
                for (var i = 0; i < m.option.length; ++i) {
                    {
                        var e = $root.caffe2.MapFieldEntry.verify(m.option[i], q + 1);
                        if (e)
                            return "option." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a BackendOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.BackendOptions
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.BackendOptions} BackendOptions
         */
        BackendOptions.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.BackendOptions)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.BackendOptions: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.BackendOptions();
            if (d.backendName != null) {
                m.backendName = $String(d.backendName);
            }
            if (d.option) {
                if (!$Array.isArray(d.option))
                    throw $TypeError(".caffe2.BackendOptions.option: array expected");
                m.option = $Array(d.option.length);
                for (var i = 0; i < d.option.length; ++i) {
                    if (!$util.isObject(d.option[i]))
                        throw $TypeError(".caffe2.BackendOptions.option: object expected");
                    m.option[i] = $root.caffe2.MapFieldEntry.fromObject(d.option[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BackendOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.BackendOptions
         * @static
         * @param {caffe2.BackendOptions} m BackendOptions
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BackendOptions.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.option = [];
            }
            if (o.defaults) {
                d.backendName = "";
            }
            if (m.backendName != null && $Object.hasOwnProperty.call(m, "backendName")) {
                d.backendName = m.backendName;
            }
            if (m.option && m.option.length) {
                d.option = $Array(m.option.length);
                for (var j = 0; j < m.option.length; ++j) {
                    d.option[j] = $root.caffe2.MapFieldEntry.toObject(m.option[j], o, q + 1);
                }
            }
            return d;
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
         * @property {Array.<caffe2.BackendOptions.$Properties>|null} [backendOptions] PartitionInfo backendOptions
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
         * @param {caffe2.PartitionInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PartitionInfo = function (p) {
            this.deviceId = [];
            this.backendOptions = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {Array.<caffe2.BackendOptions.$Properties>} backendOptions
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
         * @param {caffe2.PartitionInfo.$Properties} m PartitionInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartitionInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.deviceId != null && m.deviceId.length) {
                for (var i = 0; i < m.deviceId.length; ++i)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.deviceId[i]);
            }
            if (m.extraInfo != null && $Object.hasOwnProperty.call(m, "extraInfo"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.extraInfo);
            if (m.backendOptions != null && m.backendOptions.length) {
                for (var i = 0; i < m.backendOptions.length; ++i)
                    $root.caffe2.BackendOptions.encode(m.backendOptions[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PartitionInfo message, length delimited. Does not implicitly {@link caffe2.PartitionInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {caffe2.PartitionInfo.$Properties} message PartitionInfo message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.PartitionInfo & caffe2.PartitionInfo.$Shape} PartitionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartitionInfo.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.PartitionInfo();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 2: {
                        if (u === 2) {
                            if (!(m.deviceId && m.deviceId.length))
                                m.deviceId = [];
                            r.int32s(m.deviceId);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.deviceId && m.deviceId.length))
                            m.deviceId = [];
                        m.deviceId.push(r.int32());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.extraInfo = r.string();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.backendOptions && m.backendOptions.length))
                            m.backendOptions = [];
                        m.backendOptions.push($root.caffe2.BackendOptions.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "name"))
                throw $util.ProtocolError("missing required 'name'", { instance: m });
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PartitionInfo.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (!$util.isString(m.name))
                return "name: string expected";
            if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                if (!$Array.isArray(m.deviceId))
                    return "deviceId: array expected";
                for (var i = 0; i < m.deviceId.length; ++i) {
                    if (!$util.isInteger(m.deviceId[i]))
                        return "deviceId: integer[] expected";
                }
            }
            if (m.extraInfo != null && $Object.hasOwnProperty.call(m, "extraInfo")) {
                if (!$util.isString(m.extraInfo))
                    return "extraInfo: string expected";
            }
            if (m.backendOptions != null && $Object.hasOwnProperty.call(m, "backendOptions")) {
                if (!$Array.isArray(m.backendOptions))
                    return "backendOptions: array expected";
                for (var i = 0; i < m.backendOptions.length; ++i) {
                    {
                        var e = $root.caffe2.BackendOptions.verify(m.backendOptions[i], q + 1);
                        if (e)
                            return "backendOptions." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a PartitionInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.PartitionInfo} PartitionInfo
         */
        PartitionInfo.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.PartitionInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.PartitionInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.PartitionInfo();
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.deviceId) {
                if (!$Array.isArray(d.deviceId))
                    throw $TypeError(".caffe2.PartitionInfo.deviceId: array expected");
                m.deviceId = $Array(d.deviceId.length);
                for (var i = 0; i < d.deviceId.length; ++i) {
                    m.deviceId[i] = d.deviceId[i] | 0;
                }
            }
            if (d.extraInfo != null) {
                m.extraInfo = $String(d.extraInfo);
            }
            if (d.backendOptions) {
                if (!$Array.isArray(d.backendOptions))
                    throw $TypeError(".caffe2.PartitionInfo.backendOptions: array expected");
                m.backendOptions = $Array(d.backendOptions.length);
                for (var i = 0; i < d.backendOptions.length; ++i) {
                    if (!$util.isObject(d.backendOptions[i]))
                        throw $TypeError(".caffe2.PartitionInfo.backendOptions: object expected");
                    m.backendOptions[i] = $root.caffe2.BackendOptions.fromObject(d.backendOptions[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PartitionInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.PartitionInfo
         * @static
         * @param {caffe2.PartitionInfo} m PartitionInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PartitionInfo.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.deviceId = [];
                d.backendOptions = [];
            }
            if (o.defaults) {
                d.name = "";
                d.extraInfo = "";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.deviceId && m.deviceId.length) {
                d.deviceId = $Array(m.deviceId.length);
                for (var j = 0; j < m.deviceId.length; ++j) {
                    d.deviceId[j] = m.deviceId[j];
                }
            }
            if (m.extraInfo != null && $Object.hasOwnProperty.call(m, "extraInfo")) {
                d.extraInfo = m.extraInfo;
            }
            if (m.backendOptions && m.backendOptions.length) {
                d.backendOptions = $Array(m.backendOptions.length);
                for (var j = 0; j < m.backendOptions.length; ++j) {
                    d.backendOptions[j] = $root.caffe2.BackendOptions.toObject(m.backendOptions[j], o, q + 1);
                }
            }
            return d;
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
         * @property {Array.<caffe2.OperatorDef.$Properties>|null} [op] NetDef op
         * @property {string|null} [type] NetDef type
         * @property {number|null} [numWorkers] NetDef numWorkers
         * @property {caffe2.DeviceOption.$Properties|null} [deviceOption] NetDef deviceOption
         * @property {Array.<caffe2.Argument.$Properties>|null} [arg] NetDef arg
         * @property {Array.<string>|null} [externalInput] NetDef externalInput
         * @property {Array.<string>|null} [externalOutput] NetDef externalOutput
         * @property {Array.<caffe2.PartitionInfo.$Properties>|null} [partitionInfo] NetDef partitionInfo
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
         * @param {caffe2.NetDef.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NetDef = function (p) {
            this.op = [];
            this.arg = [];
            this.externalInput = [];
            this.externalOutput = [];
            this.partitionInfo = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {Array.<caffe2.OperatorDef.$Properties>} op
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
         * @member {caffe2.DeviceOption.$Properties|null|undefined} deviceOption
         * @memberof caffe2.NetDef
         * @instance
         */
        NetDef.prototype.deviceOption = null;

        /**
         * NetDef arg.
         * @member {Array.<caffe2.Argument.$Properties>} arg
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
         * @member {Array.<caffe2.PartitionInfo.$Properties>} partitionInfo
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
         * @param {caffe2.NetDef.$Properties} m NetDef message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NetDef.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.op != null && m.op.length) {
                for (var i = 0; i < m.op.length; ++i)
                    $root.caffe2.OperatorDef.encode(m.op[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.type);
            if (m.numWorkers != null && $Object.hasOwnProperty.call(m, "numWorkers"))
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.numWorkers);
            if (m.deviceOption != null && $Object.hasOwnProperty.call(m, "deviceOption"))
                $root.caffe2.DeviceOption.encode(m.deviceOption, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.arg != null && m.arg.length) {
                for (var i = 0; i < m.arg.length; ++i)
                    $root.caffe2.Argument.encode(m.arg[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            }
            if (m.externalInput != null && m.externalInput.length) {
                for (var i = 0; i < m.externalInput.length; ++i)
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.externalInput[i]);
            }
            if (m.externalOutput != null && m.externalOutput.length) {
                for (var i = 0; i < m.externalOutput.length; ++i)
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.externalOutput[i]);
            }
            if (m.partitionInfo != null && m.partitionInfo.length) {
                for (var i = 0; i < m.partitionInfo.length; ++i)
                    $root.caffe2.PartitionInfo.encode(m.partitionInfo[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NetDef message, length delimited. Does not implicitly {@link caffe2.NetDef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.NetDef
         * @static
         * @param {caffe2.NetDef.$Properties} message NetDef message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.NetDef & caffe2.NetDef.$Shape} NetDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NetDef.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.NetDef();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.op && m.op.length))
                            m.op = [];
                        m.op.push($root.caffe2.OperatorDef.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.type = r.string();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.numWorkers = r.int32();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.deviceOption = $root.caffe2.DeviceOption.decode(r, r.size(), $undefined, q + 1, m.deviceOption);
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.arg && m.arg.length))
                            m.arg = [];
                        m.arg.push($root.caffe2.Argument.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.externalInput && m.externalInput.length))
                            m.externalInput = [];
                        m.externalInput.push(r.string());
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.externalOutput && m.externalOutput.length))
                            m.externalOutput = [];
                        m.externalOutput.push(r.string());
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if (!(m.partitionInfo && m.partitionInfo.length))
                            m.partitionInfo = [];
                        m.partitionInfo.push($root.caffe2.PartitionInfo.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NetDef.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                if (!$Array.isArray(m.op))
                    return "op: array expected";
                for (var i = 0; i < m.op.length; ++i) {
                    {
                        var e = $root.caffe2.OperatorDef.verify(m.op[i], q + 1);
                        if (e)
                            return "op." + e;
                    }
                }
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (!$util.isString(m.type))
                    return "type: string expected";
            }
            if (m.numWorkers != null && $Object.hasOwnProperty.call(m, "numWorkers")) {
                if (!$util.isInteger(m.numWorkers))
                    return "numWorkers: integer expected";
            }
            if (m.deviceOption != null && $Object.hasOwnProperty.call(m, "deviceOption")) {
                {
                    var e = $root.caffe2.DeviceOption.verify(m.deviceOption, q + 1);
                    if (e)
                        return "deviceOption." + e;
                }
            }
            if (m.arg != null && $Object.hasOwnProperty.call(m, "arg")) {
                if (!$Array.isArray(m.arg))
                    return "arg: array expected";
                for (var i = 0; i < m.arg.length; ++i) {
                    {
                        var e = $root.caffe2.Argument.verify(m.arg[i], q + 1);
                        if (e)
                            return "arg." + e;
                    }
                }
            }
            if (m.externalInput != null && $Object.hasOwnProperty.call(m, "externalInput")) {
                if (!$Array.isArray(m.externalInput))
                    return "externalInput: array expected";
                for (var i = 0; i < m.externalInput.length; ++i) {
                    if (!$util.isString(m.externalInput[i]))
                        return "externalInput: string[] expected";
                }
            }
            if (m.externalOutput != null && $Object.hasOwnProperty.call(m, "externalOutput")) {
                if (!$Array.isArray(m.externalOutput))
                    return "externalOutput: array expected";
                for (var i = 0; i < m.externalOutput.length; ++i) {
                    if (!$util.isString(m.externalOutput[i]))
                        return "externalOutput: string[] expected";
                }
            }
            if (m.partitionInfo != null && $Object.hasOwnProperty.call(m, "partitionInfo")) {
                if (!$Array.isArray(m.partitionInfo))
                    return "partitionInfo: array expected";
                for (var i = 0; i < m.partitionInfo.length; ++i) {
                    {
                        var e = $root.caffe2.PartitionInfo.verify(m.partitionInfo[i], q + 1);
                        if (e)
                            return "partitionInfo." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a NetDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.NetDef
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.NetDef} NetDef
         */
        NetDef.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.NetDef)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.NetDef: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.NetDef();
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.op) {
                if (!$Array.isArray(d.op))
                    throw $TypeError(".caffe2.NetDef.op: array expected");
                m.op = $Array(d.op.length);
                for (var i = 0; i < d.op.length; ++i) {
                    if (!$util.isObject(d.op[i]))
                        throw $TypeError(".caffe2.NetDef.op: object expected");
                    m.op[i] = $root.caffe2.OperatorDef.fromObject(d.op[i], q + 1);
                }
            }
            if (d.type != null) {
                m.type = $String(d.type);
            }
            if (d.numWorkers != null) {
                m.numWorkers = d.numWorkers | 0;
            }
            if (d.deviceOption != null) {
                if (!$util.isObject(d.deviceOption))
                    throw $TypeError(".caffe2.NetDef.deviceOption: object expected");
                m.deviceOption = $root.caffe2.DeviceOption.fromObject(d.deviceOption, q + 1);
            }
            if (d.arg) {
                if (!$Array.isArray(d.arg))
                    throw $TypeError(".caffe2.NetDef.arg: array expected");
                m.arg = $Array(d.arg.length);
                for (var i = 0; i < d.arg.length; ++i) {
                    if (!$util.isObject(d.arg[i]))
                        throw $TypeError(".caffe2.NetDef.arg: object expected");
                    m.arg[i] = $root.caffe2.Argument.fromObject(d.arg[i], q + 1);
                }
            }
            if (d.externalInput) {
                if (!$Array.isArray(d.externalInput))
                    throw $TypeError(".caffe2.NetDef.externalInput: array expected");
                m.externalInput = $Array(d.externalInput.length);
                for (var i = 0; i < d.externalInput.length; ++i) {
                    m.externalInput[i] = $String(d.externalInput[i]);
                }
            }
            if (d.externalOutput) {
                if (!$Array.isArray(d.externalOutput))
                    throw $TypeError(".caffe2.NetDef.externalOutput: array expected");
                m.externalOutput = $Array(d.externalOutput.length);
                for (var i = 0; i < d.externalOutput.length; ++i) {
                    m.externalOutput[i] = $String(d.externalOutput[i]);
                }
            }
            if (d.partitionInfo) {
                if (!$Array.isArray(d.partitionInfo))
                    throw $TypeError(".caffe2.NetDef.partitionInfo: array expected");
                m.partitionInfo = $Array(d.partitionInfo.length);
                for (var i = 0; i < d.partitionInfo.length; ++i) {
                    if (!$util.isObject(d.partitionInfo[i]))
                        throw $TypeError(".caffe2.NetDef.partitionInfo: object expected");
                    m.partitionInfo[i] = $root.caffe2.PartitionInfo.fromObject(d.partitionInfo[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NetDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.NetDef
         * @static
         * @param {caffe2.NetDef} m NetDef
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NetDef.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.op = [];
                d.arg = [];
                d.externalInput = [];
                d.externalOutput = [];
                d.partitionInfo = [];
            }
            if (o.defaults) {
                d.name = "";
                d.type = "";
                d.numWorkers = 0;
                d.deviceOption = null;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.op && m.op.length) {
                d.op = $Array(m.op.length);
                for (var j = 0; j < m.op.length; ++j) {
                    d.op[j] = $root.caffe2.OperatorDef.toObject(m.op[j], o, q + 1);
                }
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = m.type;
            }
            if (m.numWorkers != null && $Object.hasOwnProperty.call(m, "numWorkers")) {
                d.numWorkers = m.numWorkers;
            }
            if (m.deviceOption != null && $Object.hasOwnProperty.call(m, "deviceOption")) {
                d.deviceOption = $root.caffe2.DeviceOption.toObject(m.deviceOption, o, q + 1);
            }
            if (m.arg && m.arg.length) {
                d.arg = $Array(m.arg.length);
                for (var j = 0; j < m.arg.length; ++j) {
                    d.arg[j] = $root.caffe2.Argument.toObject(m.arg[j], o, q + 1);
                }
            }
            if (m.externalInput && m.externalInput.length) {
                d.externalInput = $Array(m.externalInput.length);
                for (var j = 0; j < m.externalInput.length; ++j) {
                    d.externalInput[j] = m.externalInput[j];
                }
            }
            if (m.externalOutput && m.externalOutput.length) {
                d.externalOutput = $Array(m.externalOutput.length);
                for (var j = 0; j < m.externalOutput.length; ++j) {
                    d.externalOutput[j] = m.externalOutput[j];
                }
            }
            if (m.partitionInfo && m.partitionInfo.length) {
                d.partitionInfo = $Array(m.partitionInfo.length);
                for (var j = 0; j < m.partitionInfo.length; ++j) {
                    d.partitionInfo[j] = $root.caffe2.PartitionInfo.toObject(m.partitionInfo[j], o, q + 1);
                }
            }
            return d;
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
         * @property {Array.<caffe2.ExecutionStep.$Properties>|null} [substep] ExecutionStep substep
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
         * @param {caffe2.ExecutionStep.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ExecutionStep = function (p) {
            this.substep = [];
            this.network = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {Array.<caffe2.ExecutionStep.$Properties>} substep
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
         * @param {caffe2.ExecutionStep.$Properties} m ExecutionStep message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExecutionStep.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.substep != null && m.substep.length) {
                for (var i = 0; i < m.substep.length; ++i)
                    $root.caffe2.ExecutionStep.encode(m.substep[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.network != null && m.network.length) {
                for (var i = 0; i < m.network.length; ++i)
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.network[i]);
            }
            if (m.numIter != null && $Object.hasOwnProperty.call(m, "numIter"))
                w.uint32(/* id 4, wireType 0 =*/32).int64(m.numIter);
            if (m.criteriaNetwork != null && $Object.hasOwnProperty.call(m, "criteriaNetwork"))
                w.uint32(/* id 5, wireType 2 =*/42).string(m.criteriaNetwork);
            if (m.concurrentSubsteps != null && $Object.hasOwnProperty.call(m, "concurrentSubsteps"))
                w.uint32(/* id 6, wireType 0 =*/48).bool(m.concurrentSubsteps);
            if (m.reportNet != null && $Object.hasOwnProperty.call(m, "reportNet"))
                w.uint32(/* id 7, wireType 2 =*/58).string(m.reportNet);
            if (m.reportInterval != null && $Object.hasOwnProperty.call(m, "reportInterval"))
                w.uint32(/* id 8, wireType 0 =*/64).int32(m.reportInterval);
            if (m.shouldStopBlob != null && $Object.hasOwnProperty.call(m, "shouldStopBlob"))
                w.uint32(/* id 9, wireType 2 =*/74).string(m.shouldStopBlob);
            if (m.onlyOnce != null && $Object.hasOwnProperty.call(m, "onlyOnce"))
                w.uint32(/* id 10, wireType 0 =*/80).bool(m.onlyOnce);
            if (m.runEveryMs != null && $Object.hasOwnProperty.call(m, "runEveryMs"))
                w.uint32(/* id 11, wireType 0 =*/88).int64(m.runEveryMs);
            if (m.createWorkspace != null && $Object.hasOwnProperty.call(m, "createWorkspace"))
                w.uint32(/* id 12, wireType 0 =*/96).bool(m.createWorkspace);
            if (m.numConcurrentInstances != null && $Object.hasOwnProperty.call(m, "numConcurrentInstances"))
                w.uint32(/* id 13, wireType 0 =*/104).int32(m.numConcurrentInstances);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ExecutionStep message, length delimited. Does not implicitly {@link caffe2.ExecutionStep.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {caffe2.ExecutionStep.$Properties} message ExecutionStep message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.ExecutionStep & caffe2.ExecutionStep.$Shape} ExecutionStep
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExecutionStep.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.ExecutionStep();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.substep && m.substep.length))
                            m.substep = [];
                        m.substep.push($root.caffe2.ExecutionStep.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.network && m.network.length))
                            m.network = [];
                        m.network.push(r.string());
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.numIter = r.int64();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.criteriaNetwork = r.string();
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.reportNet = r.string();
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        m.reportInterval = r.int32();
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        m.runEveryMs = r.int64();
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.concurrentSubsteps = r.bool();
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        m.shouldStopBlob = r.string();
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        m.onlyOnce = r.bool();
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        m.createWorkspace = r.bool();
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        m.numConcurrentInstances = r.int32();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExecutionStep.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.substep != null && $Object.hasOwnProperty.call(m, "substep")) {
                if (!$Array.isArray(m.substep))
                    return "substep: array expected";
                for (var i = 0; i < m.substep.length; ++i) {
                    {
                        var e = $root.caffe2.ExecutionStep.verify(m.substep[i], q + 1);
                        if (e)
                            return "substep." + e;
                    }
                }
            }
            if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                if (!$Array.isArray(m.network))
                    return "network: array expected";
                for (var i = 0; i < m.network.length; ++i) {
                    if (!$util.isString(m.network[i]))
                        return "network: string[] expected";
                }
            }
            if (m.numIter != null && $Object.hasOwnProperty.call(m, "numIter")) {
                if (!$util.isInteger(m.numIter) && !(m.numIter && $util.isInteger(m.numIter.low) && $util.isInteger(m.numIter.high)))
                    return "numIter: integer|Long expected";
            }
            if (m.criteriaNetwork != null && $Object.hasOwnProperty.call(m, "criteriaNetwork")) {
                if (!$util.isString(m.criteriaNetwork))
                    return "criteriaNetwork: string expected";
            }
            if (m.reportNet != null && $Object.hasOwnProperty.call(m, "reportNet")) {
                if (!$util.isString(m.reportNet))
                    return "reportNet: string expected";
            }
            if (m.reportInterval != null && $Object.hasOwnProperty.call(m, "reportInterval")) {
                if (!$util.isInteger(m.reportInterval))
                    return "reportInterval: integer expected";
            }
            if (m.runEveryMs != null && $Object.hasOwnProperty.call(m, "runEveryMs")) {
                if (!$util.isInteger(m.runEveryMs) && !(m.runEveryMs && $util.isInteger(m.runEveryMs.low) && $util.isInteger(m.runEveryMs.high)))
                    return "runEveryMs: integer|Long expected";
            }
            if (m.concurrentSubsteps != null && $Object.hasOwnProperty.call(m, "concurrentSubsteps")) {
                if (typeof m.concurrentSubsteps !== "boolean")
                    return "concurrentSubsteps: boolean expected";
            }
            if (m.shouldStopBlob != null && $Object.hasOwnProperty.call(m, "shouldStopBlob")) {
                if (!$util.isString(m.shouldStopBlob))
                    return "shouldStopBlob: string expected";
            }
            if (m.onlyOnce != null && $Object.hasOwnProperty.call(m, "onlyOnce")) {
                if (typeof m.onlyOnce !== "boolean")
                    return "onlyOnce: boolean expected";
            }
            if (m.createWorkspace != null && $Object.hasOwnProperty.call(m, "createWorkspace")) {
                if (typeof m.createWorkspace !== "boolean")
                    return "createWorkspace: boolean expected";
            }
            if (m.numConcurrentInstances != null && $Object.hasOwnProperty.call(m, "numConcurrentInstances")) {
                if (!$util.isInteger(m.numConcurrentInstances))
                    return "numConcurrentInstances: integer expected";
            }
            return null;
        };

        /**
         * Creates an ExecutionStep message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.ExecutionStep} ExecutionStep
         */
        ExecutionStep.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.ExecutionStep)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.ExecutionStep: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.ExecutionStep();
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.substep) {
                if (!$Array.isArray(d.substep))
                    throw $TypeError(".caffe2.ExecutionStep.substep: array expected");
                m.substep = $Array(d.substep.length);
                for (var i = 0; i < d.substep.length; ++i) {
                    if (!$util.isObject(d.substep[i]))
                        throw $TypeError(".caffe2.ExecutionStep.substep: object expected");
                    m.substep[i] = $root.caffe2.ExecutionStep.fromObject(d.substep[i], q + 1);
                }
            }
            if (d.network) {
                if (!$Array.isArray(d.network))
                    throw $TypeError(".caffe2.ExecutionStep.network: array expected");
                m.network = $Array(d.network.length);
                for (var i = 0; i < d.network.length; ++i) {
                    m.network[i] = $String(d.network[i]);
                }
            }
            if (d.numIter != null) {
                if ($util.Long)
                    m.numIter = $util.Long.fromValue(d.numIter, false);
                else if (typeof d.numIter === "string")
                    m.numIter = $parseInt(d.numIter, 10);
                else if (typeof d.numIter === "number")
                    m.numIter = d.numIter;
                else if (typeof d.numIter === "object")
                    m.numIter = new $util.LongBits(d.numIter.low >>> 0, d.numIter.high >>> 0).toNumber();
            }
            if (d.criteriaNetwork != null) {
                m.criteriaNetwork = $String(d.criteriaNetwork);
            }
            if (d.reportNet != null) {
                m.reportNet = $String(d.reportNet);
            }
            if (d.reportInterval != null) {
                m.reportInterval = d.reportInterval | 0;
            }
            if (d.runEveryMs != null) {
                if ($util.Long)
                    m.runEveryMs = $util.Long.fromValue(d.runEveryMs, false);
                else if (typeof d.runEveryMs === "string")
                    m.runEveryMs = $parseInt(d.runEveryMs, 10);
                else if (typeof d.runEveryMs === "number")
                    m.runEveryMs = d.runEveryMs;
                else if (typeof d.runEveryMs === "object")
                    m.runEveryMs = new $util.LongBits(d.runEveryMs.low >>> 0, d.runEveryMs.high >>> 0).toNumber();
            }
            if (d.concurrentSubsteps != null) {
                m.concurrentSubsteps = $Boolean(d.concurrentSubsteps);
            }
            if (d.shouldStopBlob != null) {
                m.shouldStopBlob = $String(d.shouldStopBlob);
            }
            if (d.onlyOnce != null) {
                m.onlyOnce = $Boolean(d.onlyOnce);
            }
            if (d.createWorkspace != null) {
                m.createWorkspace = $Boolean(d.createWorkspace);
            }
            if (d.numConcurrentInstances != null) {
                m.numConcurrentInstances = d.numConcurrentInstances | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from an ExecutionStep message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.ExecutionStep
         * @static
         * @param {caffe2.ExecutionStep} m ExecutionStep
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExecutionStep.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.substep = [];
                d.network = [];
            }
            if (o.defaults) {
                d.name = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.numIter = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.numIter = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.criteriaNetwork = "";
                d.concurrentSubsteps = false;
                d.reportNet = "";
                d.reportInterval = 0;
                d.shouldStopBlob = "";
                d.onlyOnce = false;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.runEveryMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.runEveryMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.createWorkspace = false;
                d.numConcurrentInstances = 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.substep && m.substep.length) {
                d.substep = $Array(m.substep.length);
                for (var j = 0; j < m.substep.length; ++j) {
                    d.substep[j] = $root.caffe2.ExecutionStep.toObject(m.substep[j], o, q + 1);
                }
            }
            if (m.network && m.network.length) {
                d.network = $Array(m.network.length);
                for (var j = 0; j < m.network.length; ++j) {
                    d.network[j] = m.network[j];
                }
            }
            if (m.numIter != null && $Object.hasOwnProperty.call(m, "numIter")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.numIter = typeof m.numIter === "number" ? $BigInt(m.numIter) : $util.Long.fromBits(m.numIter.low >>> 0, m.numIter.high >>> 0, false).toBigInt();
                else if (typeof m.numIter === "number")
                    d.numIter = o.longs === $String ? $String(m.numIter) : m.numIter;
                else
                    d.numIter = o.longs === $String ? $util.Long.prototype.toString.call(m.numIter) : o.longs === $Number ? new $util.LongBits(m.numIter.low >>> 0, m.numIter.high >>> 0).toNumber() : m.numIter;
            }
            if (m.criteriaNetwork != null && $Object.hasOwnProperty.call(m, "criteriaNetwork")) {
                d.criteriaNetwork = m.criteriaNetwork;
            }
            if (m.concurrentSubsteps != null && $Object.hasOwnProperty.call(m, "concurrentSubsteps")) {
                d.concurrentSubsteps = m.concurrentSubsteps;
            }
            if (m.reportNet != null && $Object.hasOwnProperty.call(m, "reportNet")) {
                d.reportNet = m.reportNet;
            }
            if (m.reportInterval != null && $Object.hasOwnProperty.call(m, "reportInterval")) {
                d.reportInterval = m.reportInterval;
            }
            if (m.shouldStopBlob != null && $Object.hasOwnProperty.call(m, "shouldStopBlob")) {
                d.shouldStopBlob = m.shouldStopBlob;
            }
            if (m.onlyOnce != null && $Object.hasOwnProperty.call(m, "onlyOnce")) {
                d.onlyOnce = m.onlyOnce;
            }
            if (m.runEveryMs != null && $Object.hasOwnProperty.call(m, "runEveryMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.runEveryMs = typeof m.runEveryMs === "number" ? $BigInt(m.runEveryMs) : $util.Long.fromBits(m.runEveryMs.low >>> 0, m.runEveryMs.high >>> 0, false).toBigInt();
                else if (typeof m.runEveryMs === "number")
                    d.runEveryMs = o.longs === $String ? $String(m.runEveryMs) : m.runEveryMs;
                else
                    d.runEveryMs = o.longs === $String ? $util.Long.prototype.toString.call(m.runEveryMs) : o.longs === $Number ? new $util.LongBits(m.runEveryMs.low >>> 0, m.runEveryMs.high >>> 0).toNumber() : m.runEveryMs;
            }
            if (m.createWorkspace != null && $Object.hasOwnProperty.call(m, "createWorkspace")) {
                d.createWorkspace = m.createWorkspace;
            }
            if (m.numConcurrentInstances != null && $Object.hasOwnProperty.call(m, "numConcurrentInstances")) {
                d.numConcurrentInstances = m.numConcurrentInstances;
            }
            return d;
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
         * @property {Array.<caffe2.NetDef.$Properties>|null} [network] PlanDef network
         * @property {Array.<caffe2.ExecutionStep.$Properties>|null} [executionStep] PlanDef executionStep
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
         * @param {caffe2.PlanDef.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlanDef = function (p) {
            this.network = [];
            this.executionStep = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {Array.<caffe2.NetDef.$Properties>} network
         * @memberof caffe2.PlanDef
         * @instance
         */
        PlanDef.prototype.network = $util.emptyArray;

        /**
         * PlanDef executionStep.
         * @member {Array.<caffe2.ExecutionStep.$Properties>} executionStep
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
         * @param {caffe2.PlanDef.$Properties} m PlanDef message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlanDef.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.network != null && m.network.length) {
                for (var i = 0; i < m.network.length; ++i)
                    $root.caffe2.NetDef.encode(m.network[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.executionStep != null && m.executionStep.length) {
                for (var i = 0; i < m.executionStep.length; ++i)
                    $root.caffe2.ExecutionStep.encode(m.executionStep[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlanDef message, length delimited. Does not implicitly {@link caffe2.PlanDef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.PlanDef
         * @static
         * @param {caffe2.PlanDef.$Properties} message PlanDef message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.PlanDef & caffe2.PlanDef.$Shape} PlanDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlanDef.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.PlanDef();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.network && m.network.length))
                            m.network = [];
                        m.network.push($root.caffe2.NetDef.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.executionStep && m.executionStep.length))
                            m.executionStep = [];
                        m.executionStep.push($root.caffe2.ExecutionStep.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlanDef.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                if (!$Array.isArray(m.network))
                    return "network: array expected";
                for (var i = 0; i < m.network.length; ++i) {
                    {
                        var e = $root.caffe2.NetDef.verify(m.network[i], q + 1);
                        if (e)
                            return "network." + e;
                    }
                }
            }
            if (m.executionStep != null && $Object.hasOwnProperty.call(m, "executionStep")) {
                if (!$Array.isArray(m.executionStep))
                    return "executionStep: array expected";
                for (var i = 0; i < m.executionStep.length; ++i) {
                    {
                        var e = $root.caffe2.ExecutionStep.verify(m.executionStep[i], q + 1);
                        if (e)
                            return "executionStep." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a PlanDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.PlanDef
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.PlanDef} PlanDef
         */
        PlanDef.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.PlanDef)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.PlanDef: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.PlanDef();
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.network) {
                if (!$Array.isArray(d.network))
                    throw $TypeError(".caffe2.PlanDef.network: array expected");
                m.network = $Array(d.network.length);
                for (var i = 0; i < d.network.length; ++i) {
                    if (!$util.isObject(d.network[i]))
                        throw $TypeError(".caffe2.PlanDef.network: object expected");
                    m.network[i] = $root.caffe2.NetDef.fromObject(d.network[i], q + 1);
                }
            }
            if (d.executionStep) {
                if (!$Array.isArray(d.executionStep))
                    throw $TypeError(".caffe2.PlanDef.executionStep: array expected");
                m.executionStep = $Array(d.executionStep.length);
                for (var i = 0; i < d.executionStep.length; ++i) {
                    if (!$util.isObject(d.executionStep[i]))
                        throw $TypeError(".caffe2.PlanDef.executionStep: object expected");
                    m.executionStep[i] = $root.caffe2.ExecutionStep.fromObject(d.executionStep[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlanDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.PlanDef
         * @static
         * @param {caffe2.PlanDef} m PlanDef
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlanDef.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.network = [];
                d.executionStep = [];
            }
            if (o.defaults) {
                d.name = "";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.network && m.network.length) {
                d.network = $Array(m.network.length);
                for (var j = 0; j < m.network.length; ++j) {
                    d.network[j] = $root.caffe2.NetDef.toObject(m.network[j], o, q + 1);
                }
            }
            if (m.executionStep && m.executionStep.length) {
                d.executionStep = $Array(m.executionStep.length);
                for (var j = 0; j < m.executionStep.length; ++j) {
                    d.executionStep[j] = $root.caffe2.ExecutionStep.toObject(m.executionStep[j], o, q + 1);
                }
            }
            return d;
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
         * @property {caffe2.TensorProto.$Properties|null} [tensor] BlobProto tensor
         * @property {Uint8Array|null} [content] BlobProto content
         * @property {caffe2.QTensorProto.$Properties|null} [qtensor] BlobProto qtensor
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
         * @param {caffe2.BlobProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobProto = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @member {caffe2.TensorProto.$Properties|null|undefined} tensor
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
         * @member {caffe2.QTensorProto.$Properties|null|undefined} qtensor
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
         * @param {caffe2.BlobProto.$Properties} m BlobProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.type);
            if (m.tensor != null && $Object.hasOwnProperty.call(m, "tensor"))
                $root.caffe2.TensorProto.encode(m.tensor, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.content != null && $Object.hasOwnProperty.call(m, "content"))
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.content);
            if (m.qtensor != null && $Object.hasOwnProperty.call(m, "qtensor"))
                $root.caffe2.QTensorProto.encode(m.qtensor, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.contentNumChunks != null && $Object.hasOwnProperty.call(m, "contentNumChunks"))
                w.uint32(/* id 6, wireType 0 =*/48).int32(m.contentNumChunks);
            if (m.contentChunkId != null && $Object.hasOwnProperty.call(m, "contentChunkId"))
                w.uint32(/* id 7, wireType 0 =*/56).int32(m.contentChunkId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BlobProto message, length delimited. Does not implicitly {@link caffe2.BlobProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.BlobProto
         * @static
         * @param {caffe2.BlobProto.$Properties} message BlobProto message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.BlobProto & caffe2.BlobProto.$Shape} BlobProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobProto.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.BlobProto();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.type = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.tensor = $root.caffe2.TensorProto.decode(r, r.size(), $undefined, q + 1, m.tensor);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.content = r.bytes();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.qtensor = $root.caffe2.QTensorProto.decode(r, r.size(), $undefined, q + 1, m.qtensor);
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.contentNumChunks = r.int32();
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        m.contentChunkId = r.int32();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (!$util.isString(m.type))
                    return "type: string expected";
            }
            if (m.tensor != null && $Object.hasOwnProperty.call(m, "tensor")) {
                {
                    var e = $root.caffe2.TensorProto.verify(m.tensor, q + 1);
                    if (e)
                        return "tensor." + e;
                }
            }
            if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                if (!(m.content && typeof m.content.length === "number" || $util.isString(m.content)))
                    return "content: buffer expected";
            }
            if (m.qtensor != null && $Object.hasOwnProperty.call(m, "qtensor")) {
                {
                    var e = $root.caffe2.QTensorProto.verify(m.qtensor, q + 1);
                    if (e)
                        return "qtensor." + e;
                }
            }
            if (m.contentNumChunks != null && $Object.hasOwnProperty.call(m, "contentNumChunks")) {
                if (!$util.isInteger(m.contentNumChunks))
                    return "contentNumChunks: integer expected";
            }
            if (m.contentChunkId != null && $Object.hasOwnProperty.call(m, "contentChunkId")) {
                if (!$util.isInteger(m.contentChunkId))
                    return "contentChunkId: integer expected";
            }
            return null;
        };

        /**
         * Creates a BlobProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.BlobProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.BlobProto} BlobProto
         */
        BlobProto.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.BlobProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.BlobProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.BlobProto();
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.type != null) {
                m.type = $String(d.type);
            }
            if (d.tensor != null) {
                if (!$util.isObject(d.tensor))
                    throw $TypeError(".caffe2.BlobProto.tensor: object expected");
                m.tensor = $root.caffe2.TensorProto.fromObject(d.tensor, q + 1);
            }
            if (d.content != null) {
                if (typeof d.content === "string")
                    $util.base64.decode(d.content, m.content = $util.newBuffer($util.base64.length(d.content)), 0);
                else if (d.content.length >= 0)
                    m.content = d.content;
            }
            if (d.qtensor != null) {
                if (!$util.isObject(d.qtensor))
                    throw $TypeError(".caffe2.BlobProto.qtensor: object expected");
                m.qtensor = $root.caffe2.QTensorProto.fromObject(d.qtensor, q + 1);
            }
            if (d.contentNumChunks != null) {
                m.contentNumChunks = d.contentNumChunks | 0;
            }
            if (d.contentChunkId != null) {
                m.contentChunkId = d.contentChunkId | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a BlobProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.BlobProto
         * @static
         * @param {caffe2.BlobProto} m BlobProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.type = "";
                d.tensor = null;
                if (o.bytes === $String)
                    d.content = "";
                else {
                    d.content = [];
                    if (o.bytes !== $Array)
                        d.content = $util.newBuffer(d.content);
                }
                d.qtensor = null;
                d.contentNumChunks = 0;
                d.contentChunkId = 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = m.type;
            }
            if (m.tensor != null && $Object.hasOwnProperty.call(m, "tensor")) {
                d.tensor = $root.caffe2.TensorProto.toObject(m.tensor, o, q + 1);
            }
            if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                d.content = o.bytes === $String ? $util.base64.encode(m.content, 0, m.content.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.content) : m.content;
            }
            if (m.qtensor != null && $Object.hasOwnProperty.call(m, "qtensor")) {
                d.qtensor = $root.caffe2.QTensorProto.toObject(m.qtensor, o, q + 1);
            }
            if (m.contentNumChunks != null && $Object.hasOwnProperty.call(m, "contentNumChunks")) {
                d.contentNumChunks = m.contentNumChunks;
            }
            if (m.contentChunkId != null && $Object.hasOwnProperty.call(m, "contentChunkId")) {
                d.contentChunkId = m.contentChunkId;
            }
            return d;
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
         * @param {caffe2.DBReaderProto.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DBReaderProto = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {caffe2.DBReaderProto.$Properties} m DBReaderProto message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DBReaderProto.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.source != null && $Object.hasOwnProperty.call(m, "source"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.source);
            if (m.dbType != null && $Object.hasOwnProperty.call(m, "dbType"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.dbType);
            if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.key);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DBReaderProto message, length delimited. Does not implicitly {@link caffe2.DBReaderProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {caffe2.DBReaderProto.$Properties} message DBReaderProto message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.DBReaderProto & caffe2.DBReaderProto.$Shape} DBReaderProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DBReaderProto.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.DBReaderProto();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.source = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.dbType = r.string();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.key = r.string();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DBReaderProto.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                if (!$util.isString(m.source))
                    return "source: string expected";
            }
            if (m.dbType != null && $Object.hasOwnProperty.call(m, "dbType")) {
                if (!$util.isString(m.dbType))
                    return "dbType: string expected";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!$util.isString(m.key))
                    return "key: string expected";
            }
            return null;
        };

        /**
         * Creates a DBReaderProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.DBReaderProto} DBReaderProto
         */
        DBReaderProto.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.DBReaderProto)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.DBReaderProto: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.DBReaderProto();
            if (d.name != null) {
                m.name = $String(d.name);
            }
            if (d.source != null) {
                m.source = $String(d.source);
            }
            if (d.dbType != null) {
                m.dbType = $String(d.dbType);
            }
            if (d.key != null) {
                m.key = $String(d.key);
            }
            return m;
        };

        /**
         * Creates a plain object from a DBReaderProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.DBReaderProto
         * @static
         * @param {caffe2.DBReaderProto} m DBReaderProto
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DBReaderProto.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.source = "";
                d.dbType = "";
                d.key = "";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                d.source = m.source;
            }
            if (m.dbType != null && $Object.hasOwnProperty.call(m, "dbType")) {
                d.dbType = m.dbType;
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = m.key;
            }
            return d;
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
         * @param {caffe2.BlobSerializationOptions.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobSerializationOptions = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {caffe2.BlobSerializationOptions.$Properties} m BlobSerializationOptions message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobSerializationOptions.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.blobNameRegex != null && $Object.hasOwnProperty.call(m, "blobNameRegex"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.blobNameRegex);
            if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize"))
                w.uint32(/* id 2, wireType 0 =*/16).int64(m.chunkSize);
            if (m.floatFormat != null && $Object.hasOwnProperty.call(m, "floatFormat"))
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.floatFormat);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BlobSerializationOptions message, length delimited. Does not implicitly {@link caffe2.BlobSerializationOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {caffe2.BlobSerializationOptions.$Properties} message BlobSerializationOptions message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.BlobSerializationOptions & caffe2.BlobSerializationOptions.$Shape} BlobSerializationOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobSerializationOptions.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.BlobSerializationOptions();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.blobNameRegex = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.chunkSize = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.caffe2.BlobSerializationOptions.FloatFormat[v] !== $undefined) {
                            m.floatFormat = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobSerializationOptions.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.blobNameRegex != null && $Object.hasOwnProperty.call(m, "blobNameRegex")) {
                if (!$util.isString(m.blobNameRegex))
                    return "blobNameRegex: string expected";
            }
            if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize")) {
                if (!$util.isInteger(m.chunkSize) && !(m.chunkSize && $util.isInteger(m.chunkSize.low) && $util.isInteger(m.chunkSize.high)))
                    return "chunkSize: integer|Long expected";
            }
            if (m.floatFormat != null && $Object.hasOwnProperty.call(m, "floatFormat")) {
                switch (m.floatFormat) {
                default:
                    return "floatFormat: enum value expected";
                case 0:
                case 1:
                case 2:
                    break;
                }
            }
            return null;
        };

        /**
         * Creates a BlobSerializationOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.BlobSerializationOptions} BlobSerializationOptions
         */
        BlobSerializationOptions.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.BlobSerializationOptions)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.BlobSerializationOptions: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.BlobSerializationOptions();
            if (d.blobNameRegex != null) {
                m.blobNameRegex = $String(d.blobNameRegex);
            }
            if (d.chunkSize != null) {
                if ($util.Long)
                    m.chunkSize = $util.Long.fromValue(d.chunkSize, false);
                else if (typeof d.chunkSize === "string")
                    m.chunkSize = $parseInt(d.chunkSize, 10);
                else if (typeof d.chunkSize === "number")
                    m.chunkSize = d.chunkSize;
                else if (typeof d.chunkSize === "object")
                    m.chunkSize = new $util.LongBits(d.chunkSize.low >>> 0, d.chunkSize.high >>> 0).toNumber();
            }
            switch (d.floatFormat) {
            case "FLOAT_DEFAULT":
            case 0:
                m.floatFormat = 0;
                break;
            case "FLOAT_PROTOBUF":
            case 1:
                m.floatFormat = 1;
                break;
            case "FLOAT_BFLOAT16":
            case 2:
                m.floatFormat = 2;
                break;
            default:
            }
            return m;
        };

        /**
         * Creates a plain object from a BlobSerializationOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.BlobSerializationOptions
         * @static
         * @param {caffe2.BlobSerializationOptions} m BlobSerializationOptions
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobSerializationOptions.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.blobNameRegex = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.chunkSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.chunkSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.floatFormat = o.enums === $String ? "FLOAT_DEFAULT" : 0;
            }
            if (m.blobNameRegex != null && $Object.hasOwnProperty.call(m, "blobNameRegex")) {
                d.blobNameRegex = m.blobNameRegex;
            }
            if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.chunkSize = typeof m.chunkSize === "number" ? $BigInt(m.chunkSize) : $util.Long.fromBits(m.chunkSize.low >>> 0, m.chunkSize.high >>> 0, false).toBigInt();
                else if (typeof m.chunkSize === "number")
                    d.chunkSize = o.longs === $String ? $String(m.chunkSize) : m.chunkSize;
                else
                    d.chunkSize = o.longs === $String ? $util.Long.prototype.toString.call(m.chunkSize) : o.longs === $Number ? new $util.LongBits(m.chunkSize.low >>> 0, m.chunkSize.high >>> 0).toNumber() : m.chunkSize;
            }
            if (m.floatFormat != null && $Object.hasOwnProperty.call(m, "floatFormat")) {
                d.floatFormat = o.enums === $String ? $root.caffe2.BlobSerializationOptions.FloatFormat[m.floatFormat] === $undefined ? m.floatFormat : $root.caffe2.BlobSerializationOptions.FloatFormat[m.floatFormat] : m.floatFormat;
            }
            return d;
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
         * @property {Array.<caffe2.BlobSerializationOptions.$Properties>|null} [options] SerializationOptions options
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
         * @param {caffe2.SerializationOptions.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SerializationOptions = function (p) {
            this.options = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SerializationOptions options.
         * @member {Array.<caffe2.BlobSerializationOptions.$Properties>} options
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
         * @param {caffe2.SerializationOptions.$Properties} m SerializationOptions message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SerializationOptions.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.options != null && m.options.length) {
                for (var i = 0; i < m.options.length; ++i)
                    $root.caffe2.BlobSerializationOptions.encode(m.options[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SerializationOptions message, length delimited. Does not implicitly {@link caffe2.SerializationOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {caffe2.SerializationOptions.$Properties} message SerializationOptions message or plain object to encode
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
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {caffe2.SerializationOptions & caffe2.SerializationOptions.$Shape} SerializationOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SerializationOptions.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.caffe2.SerializationOptions();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.options && m.options.length))
                            m.options = [];
                        m.options.push($root.caffe2.BlobSerializationOptions.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
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
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SerializationOptions.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.options != null && $Object.hasOwnProperty.call(m, "options")) {
                if (!$Array.isArray(m.options))
                    return "options: array expected";
                for (var i = 0; i < m.options.length; ++i) {
                    {
                        var e = $root.caffe2.BlobSerializationOptions.verify(m.options[i], q + 1);
                        if (e)
                            return "options." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a SerializationOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {caffe2.SerializationOptions} SerializationOptions
         */
        SerializationOptions.fromObject = function (d, q) {
            if (d instanceof $root.caffe2.SerializationOptions)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".caffe2.SerializationOptions: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.caffe2.SerializationOptions();
            if (d.options) {
                if (!$Array.isArray(d.options))
                    throw $TypeError(".caffe2.SerializationOptions.options: array expected");
                m.options = $Array(d.options.length);
                for (var i = 0; i < d.options.length; ++i) {
                    if (!$util.isObject(d.options[i]))
                        throw $TypeError(".caffe2.SerializationOptions.options: object expected");
                    m.options[i] = $root.caffe2.BlobSerializationOptions.fromObject(d.options[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SerializationOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof caffe2.SerializationOptions
         * @static
         * @param {caffe2.SerializationOptions} m SerializationOptions
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SerializationOptions.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.options = [];
            }
            if (m.options && m.options.length) {
                d.options = $Array(m.options.length);
                for (var j = 0; j < m.options.length; ++j) {
                    d.options[j] = $root.caffe2.BlobSerializationOptions.toObject(m.options[j], o, q + 1);
                }
            }
            return d;
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
