import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  caffe2,
  int64ToBigInt,
  int64ToNumber,
  lookupType,
  type MessageTypeRef,
  onnx,
  parseTextFormat,
  TextFormatError,
  toTextFormat,
} from '../src/index.js';
import { SHARED_MODELS } from './helpers.js';

const ZOO = join(SHARED_MODELS, 'caffe2-zoo');
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

function loadZoo(model: string): { text: string; net: caffe2.NetDef } {
  const text = readFileSync(`${ZOO}/${model}/predict_net.pbtxt`, 'utf8');
  return { text, net: parseTextFormat(caffe2.NetDef, text, { filename: 'predict_net.pbtxt' }) };
}

// Messages as plain JSON-like objects, so that Long vs number and Buffer vs Uint8Array compare
// equal.
function plain(type: { toObject(m: never, o: object): object }, message: object): object {
  return type.toObject(message as never, { longs: String, bytes: String, enums: String });
}

function countTypes(net: caffe2.NetDef): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const op of net.op) counts[op.type] = (counts[op.type] ?? 0) + 1;
  return counts;
}

function args(op: { arg?: caffe2.Argument.$Properties[] | null }): Record<string, unknown> {
  return Object.fromEntries(
    op.arg!.map((a) => {
      if (Object.hasOwn(a, 'i')) return [String(a.name), int64ToNumber(a.i!)];
      if (Object.hasOwn(a, 'f')) return [String(a.name), a.f];
      if (Object.hasOwn(a, 's')) return [String(a.name), new TextDecoder().decode(a.s!)];
      return [String(a.name), undefined];
    }),
  );
}

function parseError(type: MessageTypeRef, text: string): TextFormatError {
  try {
    parseTextFormat(type as string, text, { filename: 'net.pbtxt' });
  } catch (err) {
    expect(err).toBeInstanceOf(TextFormatError);
    return err as TextFormatError;
  }
  throw new Error('expected a parse error');
}

describe('Caffe2 model zoo predict nets', () => {
  it('parses AlexNet', () => {
    const { net } = loadZoo('bvlc_alexnet');
    expect(net).toBeInstanceOf(caffe2.NetDef);
    expect(net.name).toBe('AlexNet');
    expect(net.op).toHaveLength(23);
    expect(countTypes(net)).toEqual({
      Conv: 5,
      Relu: 7,
      LRN: 2,
      MaxPool: 3,
      FC: 3,
      Dropout: 2,
      Softmax: 1,
    });
    const [conv1, , lrn1, pool1] = net.op;
    expect(conv1.input).toEqual(['data', 'conv1_w', 'conv1_b']);
    expect(conv1.output).toEqual(['conv1']);
    expect(args(conv1)).toEqual({ stride: 4, pad: 0, kernel: 11 });
    expect(lrn1.output).toEqual(['norm1', '_norm1_scale']);
    expect(args(lrn1)).toEqual({
      size: 5,
      alpha: Math.fround(0.0001),
      beta: 0.75,
      bias: 1,
      order: 'NCHW',
    });
    expect(pool1.type).toBe('MaxPool');
    const dropout = net.op.find((op) => op.type === 'Dropout')!;
    expect(args(dropout)).toEqual({ ratio: 0.5, is_test: 1 });
    expect(net.externalInput[0]).toBe('data');
    expect(net.externalInput).toHaveLength(17);
    expect(net.externalOutput).toEqual(['prob']);
  });

  it('parses VGG-19', () => {
    const { net } = loadZoo('vgg19');
    expect(net.op).toHaveLength(45);
    expect(countTypes(net)).toEqual({
      Conv: 16,
      Relu: 18,
      MaxPool: 5,
      FC: 3,
      Dropout: 2,
      Softmax: 1,
    });
    for (const conv of net.op.filter((op) => op.type === 'Conv')) {
      expect(args(conv)).toMatchObject({ kernel: 3, pad: 1, stride: 1 });
    }
    expect(net.externalInput).toHaveLength(1 + 2 * 19);
    expect(net.op.at(-1)!.output).toEqual(['prob']);
  });

  it.each(['bvlc_alexnet', 'vgg19'])('%s: text -> message -> text is unchanged', (model) => {
    const { text, net } = loadZoo(model);
    const printed = toTextFormat(caffe2.NetDef, net);
    expect(printed).toBe(text);
    const again = parseTextFormat(caffe2.NetDef, printed);
    expect(plain(caffe2.NetDef, again)).toEqual(plain(caffe2.NetDef, net));
  });

  it.each(['bvlc_alexnet', 'vgg19'])('%s: binary encode/decode round trip', (model) => {
    const { net } = loadZoo(model);
    const bytes = caffe2.NetDef.encode(net).finish();
    const decoded = caffe2.NetDef.decode(bytes);
    expect(plain(caffe2.NetDef, decoded)).toEqual(plain(caffe2.NetDef, net));
    expect(caffe2.NetDef.encode(decoded).finish()).toEqual(bytes);
    expect(toTextFormat(caffe2.NetDef, decoded)).toBe(toTextFormat(caffe2.NetDef, net));
  });
});

describe('agrees with Python protobuf (tools/make-text-fixtures.py)', () => {
  const binary = new Uint8Array(readFileSync(fixture('kitchen-sink.onnx')));
  const text = readFileSync(fixture('kitchen-sink.onnx.pbtxt'), 'utf8');

  it('parses Python text format to the same bytes Python serialized', () => {
    const model = parseTextFormat(onnx.ModelProto, text);
    expect(Buffer.from(onnx.ModelProto.encode(model).finish()).equals(Buffer.from(binary))).toBe(
      true,
    );
  });

  it('prints exactly what Python printed', () => {
    expect(toTextFormat(onnx.ModelProto, onnx.ModelProto.decode(binary))).toBe(text);
  });

  it('keeps int64 and uint64 values exact', () => {
    const model = parseTextFormat(onnx.ModelProto, text);
    expect(int64ToBigInt(model.modelVersion)).toBe(2n ** 62n);
    const tensors = model.graph!.node![0].attribute!.find((a) => a.name === 'tensors')!.tensors!;
    expect(tensors[0].int64Data!.map((v) => int64ToBigInt(v))).toEqual([
      -(2n ** 63n),
      2n ** 63n - 1n,
      2n ** 53n + 1n,
      -1n,
    ]);
    expect(tensors[1].uint64Data!.map((v) => int64ToBigInt(v))).toEqual([
      0n,
      2n ** 64n - 1n,
      2n ** 63n,
    ]);
  });
});

describe('text format syntax', () => {
  it('accepts <> and {}, optional colons before messages, separators and comments', () => {
    const net = parseTextFormat(
      caffe2.NetDef,
      [
        '# a comment line',
        'name: "n"  # trailing comment',
        'op < type: "Relu"; input: "x", output: "y" >',
        'op: { type: "Add" arg { name: "axis" i: -1 } arg: < name: "broadcast" i: 1 > }',
        "external_input: 'x'",
      ].join('\n'),
    );
    expect(net.op.map((op) => op.type)).toEqual(['Relu', 'Add']);
    expect(net.op[0].input).toEqual(['x']);
    expect(args(net.op[1])).toEqual({ axis: -1, broadcast: 1 });
    expect(net.externalInput).toEqual(['x']);
  });

  it('accepts lists for repeated fields, scalars and messages', () => {
    const op = parseTextFormat(
      caffe2.OperatorDef,
      `
      input: ["a", "b"] input: "c" output: []
      arg: [{ name: "ints" ints: [1, -2, 0x10, 010] }, < name: "floats" floats: [1, .5, 2e3] >]
    `,
    );
    expect(op.input).toEqual(['a', 'b', 'c']);
    expect(op.output).toEqual([]);
    expect(op.arg[0].ints.map((v) => int64ToNumber(v))).toEqual([1, -2, 16, 8]);
    expect(op.arg[1].floats).toEqual([1, 0.5, 2000]);
  });

  it('reads enums by name or number, and camelCase field names', () => {
    const tensor = parseTextFormat(caffe2.TensorProto, 'data_type: DOUBLE dims: 2 dims: 3');
    expect(tensor.dataType).toBe(caffe2.TensorProto.DataType.DOUBLE);
    expect(parseTextFormat(caffe2.TensorProto, 'dataType: 10').dataType).toBe(
      caffe2.TensorProto.DataType.INT64,
    );
    const attr = parseTextFormat(onnx.AttributeProto, 'name: "x" type: FLOATS floats: 1');
    expect(attr.type).toBe(onnx.AttributeProto.AttributeType.FLOATS);
  });

  it('decodes C escapes in strings and bytes', () => {
    const arg = parseTextFormat(
      caffe2.Argument,
      String.raw`
      name: "tab\there\n\"q\" \'s\' \\ \101\x42\103 \u00e9 \U0001F422"
      s: "\000\377" '\x7f' "abc"
    `,
    );
    expect(arg.name).toBe('tab\there\n"q" \'s\' \\ ABC é 🐢');
    expect([...arg.s]).toEqual([0, 255, 127, 97, 98, 99]);
  });

  it('reads special and suffixed floats', () => {
    const arg = parseTextFormat(
      caffe2.Argument,
      'floats: [-inf, inf, nan, -Infinity, 1.5f, -0, 1e-3, 3.4028234e38]',
    );
    expect(arg.floats[0]).toBe(-Infinity);
    expect(arg.floats[1]).toBe(Infinity);
    expect(arg.floats[2]).toBeNaN();
    expect(arg.floats.slice(3, 5)).toEqual([-Infinity, 1.5]);
    expect(Object.is(arg.floats[5], -0)).toBe(true);
    expect(arg.floats[6]).toBe(Math.fround(1e-3));
    expect(toTextFormat(caffe2.Argument, arg)).toBe(
      'floats: -inf\nfloats: inf\nfloats: nan\nfloats: -inf\nfloats: 1.5\n' +
        'floats: -0.0\nfloats: 0.001\nfloats: 3.4028235e+38\n',
    );
  });

  it('prints nested messages, bytes and UTF-8 strings', () => {
    const net = caffe2.NetDef.create({
      name: 'ünï',
      op: [
        {
          type: 'Conv',
          arg: [
            { name: 'pad', i: 1 },
            { name: 's', s: Uint8Array.of(0, 65, 10) },
          ],
        },
      ],
      deviceOption: { deviceType: 1, deviceId: 0 },
    });
    const text = toTextFormat(caffe2.NetDef, net);
    expect(text).toBe(
      [
        'name: "\\303\\274n\\303\\257"',
        'op {',
        '  type: "Conv"',
        '  arg {',
        '    name: "pad"',
        '    i: 1',
        '  }',
        '  arg {',
        '    name: "s"',
        '    s: "\\000A\\n"',
        '  }',
        '}',
        'device_option {',
        '  device_type: 1',
        '  device_id: 0',
        '}',
        '',
      ].join('\n'),
    );
    expect(toTextFormat(caffe2.NetDef, net, { utf8: true, indent: 4 })).toMatch(
      /^name: "ünï"\nop {\n {4}type: "Conv"/,
    );
    expect(plain(caffe2.NetDef, parseTextFormat(caffe2.NetDef, text))).toEqual(
      plain(caffe2.NetDef, net),
    );
  });

  it('works with a reflection type or a type name', () => {
    const type = lookupType('onnx.TensorShapeProto');
    const shape = parseTextFormat(type, 'dim { dim_value: 3 } dim { dim_param: "N" }');
    expect(toTextFormat('onnx.TensorShapeProto', shape)).toBe(
      'dim {\n  dim_value: 3\n}\ndim {\n  dim_param: "N"\n}\n',
    );
    expect(toTextFormat(onnx.TensorShapeProto, {})).toBe('');
  });
});

describe('text format errors name file, line, column and what was expected', () => {
  const cases: [string, MessageTypeRef, string, string][] = [
    [
      'unknown field',
      caffe2.NetDef,
      'name: "x"\nop {\n  type: "Relu"\n    foo: 1\n}',
      "net.pbtxt:4:5: unknown field 'foo' in caffe2.OperatorDef",
    ],
    [
      'missing colon',
      caffe2.NetDef,
      'name "x"',
      "net.pbtxt:1:6: expected ':' after field 'name', found string \"x\"",
    ],
    [
      'wrong value type',
      caffe2.OperatorDef,
      'type: 5',
      'net.pbtxt:1:7: expected a string for caffe2.OperatorDef.type (string), found number 5',
    ],
    [
      'float for integer',
      caffe2.Argument,
      'i: 1.5',
      'net.pbtxt:1:4: expected an integer for caffe2.Argument.i (int64), found number 1.5',
    ],
    [
      'out of range',
      caffe2.DeviceOption,
      'device_type: 3000000000',
      'net.pbtxt:1:14: 3000000000 is out of range for caffe2.DeviceOption.device_type (int32)',
    ],
    [
      'int64 out of range',
      caffe2.Argument,
      'i: 9223372036854775808',
      'net.pbtxt:1:4: 9223372036854775808 is out of range for caffe2.Argument.i (int64)',
    ],
    [
      'negative unsigned',
      caffe2.DeviceOption,
      'random_seed: -1',
      'net.pbtxt:1:15: -1 is out of range for caffe2.DeviceOption.random_seed (uint32)',
    ],
    [
      'unknown enum value',
      caffe2.TensorProto,
      'data_type: FLOAT32',
      'net.pbtxt:1:12: expected a value of enum caffe2.TensorProto.DataType for ' +
        'caffe2.TensorProto.data_type (UNDEFINED, FLOAT, INT32, BYTE, STRING, BOOL, UINT8, ' +
        "INT8, UINT16, INT16, INT64, FLOAT16, ...), found identifier 'FLOAT32'",
    ],
    [
      'unclosed message',
      caffe2.NetDef,
      'op {\n  type: "Relu"\n',
      "net.pbtxt:3:1: expected '}' to close caffe2.OperatorDef (opened at 1:4), " +
        'found end of input',
    ],
    [
      'mismatched close',
      caffe2.NetDef,
      'op < type: "Relu" }',
      "net.pbtxt:1:19: expected '>' to close caffe2.OperatorDef (opened at 1:4), found '}'",
    ],
    [
      'stray close',
      caffe2.NetDef,
      'name: "x" }',
      "net.pbtxt:1:11: expected a field name of caffe2.NetDef, found '}'",
    ],
    [
      'unterminated string',
      caffe2.NetDef,
      'name: "abc\nop {}',
      'net.pbtxt:1:7: unterminated string (missing closing ")',
    ],
    ['bad escape', caffe2.NetDef, 'name: "a\\qb"', "net.pbtxt:1:9: unknown escape sequence '\\q'"],
    [
      'repeated singular',
      caffe2.NetDef,
      'name: "a"\nname: "b"',
      "net.pbtxt:2:1: field 'name' of caffe2.NetDef is not repeated and was already set at 1:1",
    ],
    [
      'oneof conflict',
      onnx.TensorShapeProto.Dimension,
      'dim_value: 1 dim_param: "N"',
      "net.pbtxt:1:14: field 'dim_param' of onnx.TensorShapeProto.Dimension is in the same " +
        "oneof as 'dim_value', set at 1:1",
    ],
    [
      'list for singular',
      caffe2.NetDef,
      'name: ["a"]',
      "net.pbtxt:1:7: field 'name' is not repeated; a list is not allowed",
    ],
    [
      'bad list separator',
      caffe2.Argument,
      'ints: [1 2]',
      "net.pbtxt:1:10: expected ',' or ']' in the list for 'ints' (opened at 1:7), found number 2",
    ],
    [
      'scalar for message',
      caffe2.NetDef,
      'op: 3',
      "net.pbtxt:1:5: expected '{' or '<' to start caffe2.OperatorDef for field 'op', " +
        'found number 3',
    ],
    ['invalid number', caffe2.Argument, 'i: 12abc', "net.pbtxt:1:4: invalid number '12abc'"],
    ['invalid octal', caffe2.Argument, 'i: 09', "net.pbtxt:1:4: invalid octal number '09'"],
    [
      'bad bool',
      caffe2.OperatorDef,
      'is_gradient_op: yes',
      'net.pbtxt:1:17: expected true or false for caffe2.OperatorDef.is_gradient_op, ' +
        "found identifier 'yes'",
    ],
    [
      'extensions',
      caffe2.NetDef,
      '[ext.field]: 1',
      'net.pbtxt:1:1: extension and Any fields ([...]) are not supported',
    ],
    ['bad character', caffe2.NetDef, 'name: "x" @', 'net.pbtxt:1:11: unexpected character "@"'],
  ];
  it.each(cases)('%s', (_, type, text, message) => {
    const err = parseError(type, text);
    expect(err.message).toBe(message);
    const [, line, column] = /^net\.pbtxt:(\d+):(\d+):/.exec(message)!;
    expect([err.line, err.column]).toEqual([Number(line), Number(column)]);
  });

  it('limits nesting depth', () => {
    const text = 'op { arg { n { '.repeat(40) + '} } }'.repeat(40);
    expect(parseError(caffe2.NetDef, text).message).toMatch(
      /^net\.pbtxt:1:\d+: messages nested deeper than 100 levels$/,
    );
    const ok = 'op { arg { n { '.repeat(33) + '} } }'.repeat(33);
    expect(parseTextFormat(caffe2.NetDef, ok).op).toHaveLength(1);
  });

  it('defaults the file name to <text>', () => {
    expect(() => parseTextFormat(caffe2.NetDef, 'bogus: 1')).toThrow(
      "<text>:1:1: unknown field 'bogus' in caffe2.NetDef",
    );
  });
});
