// Malformed bytes fail fast with a ProtoDecodeError that names what was being decoded; they
// never hang, crash or allocate without bound.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { caffe2, decodeMessage, onnx, parseTextFormat, ProtoDecodeError } from '../src/index.js';
import { SHARED_MODELS } from './helpers.js';

const model = new Uint8Array(
  readFileSync(new URL('./fixtures/kitchen-sink.onnx', import.meta.url)),
);
const net = caffe2.NetDef.encode(
  parseTextFormat(
    caffe2.NetDef,
    readFileSync(join(SHARED_MODELS, 'caffe2-zoo/bvlc_alexnet/predict_net.pbtxt'), 'utf8'),
  ),
).finish();

// A small deterministic PRNG (mulberry32), so failures reproduce.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decodes, returning the error if it throws; any error but a ProtoDecodeError fails. */
function tryDecode(decode: () => unknown): ProtoDecodeError | undefined {
  try {
    decode();
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(ProtoDecodeError);
    return err as ProtoDecodeError;
  }
}

function varint(n: number): number[] {
  const out = [];
  for (; n > 0x7f; n >>>= 7) out.push((n & 0x7f) | 0x80);
  out.push(n);
  return out;
}

describe('truncated input', () => {
  it('every prefix of an ONNX model decodes or fails with a clear error', () => {
    let failures = 0;
    for (let length = 0; length < model.length; length++) {
      const err = tryDecode(() => onnx.ModelProto.decode(model.subarray(0, length)));
      if (!err) continue;
      failures++;
      expect(err.message).toMatch(/^cannot decode onnx\.ModelProto: /);
      expect(err.message).toMatch(/truncated, corrupt, or not a serialized onnx\.ModelProto$/);
      expect(err.typeName).toBe('onnx.ModelProto');
      expect(err.path[0]).toBe('onnx.ModelProto');
    }
    // A prefix that ends exactly between two top-level fields is a valid (smaller) message.
    expect(failures).toBeGreaterThan(model.length * 0.95);
  });

  it('reports where it stopped and which nested messages it was in', () => {
    const err = tryDecode(() => onnx.ModelProto.decode(model.subarray(0, model.length - 20)))!;
    expect(err.message).toMatch(
      /unexpected end of data .* at byte \d+ of \d+ \(inside onnx\.ModelProto > onnx\.[A-Za-z]+/,
    );
    expect(err.path.length).toBeGreaterThan(1);
    expect(err.cause).toBeInstanceOf(Error);
  });

  it('every prefix of a Caffe2 net decodes or fails with a clear error', () => {
    for (let length = 0; length < net.length; length += 7) {
      const err = tryDecode(() => caffe2.NetDef.decode(net.subarray(0, length)));
      if (err) expect(err.message).toMatch(/^cannot decode caffe2\.NetDef: /);
    }
  });

  it('names the source when decoding through decodeMessage', () => {
    expect(() => decodeMessage(onnx.ModelProto, model.subarray(0, 100), 'model.onnx')).toThrow(
      /^cannot decode onnx\.ModelProto from model\.onnx: .* at byte \d+ of 100/,
    );
  });
});

describe('corrupt input', () => {
  it('random bytes never hang or crash', () => {
    const next = random(1);
    const types = [
      onnx.ModelProto,
      onnx.TensorProto,
      onnx.GraphProto,
      caffe2.NetDef,
      caffe2.TensorProtos,
      caffe2.PlanDef,
    ] as const;
    for (let i = 0; i < 3000; i++) {
      const bytes = new Uint8Array(1 + Math.floor(next() * 300));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(next() * 256);
      const type = types[i % types.length];
      tryDecode(() => type.decode(bytes));
    }
  });

  it('models with flipped bytes decode or fail with a clear error', () => {
    const next = random(2);
    let failures = 0;
    for (let i = 0; i < 2000; i++) {
      const bytes = Uint8Array.from(model);
      for (let k = 0; k < 3; k++) bytes[Math.floor(next() * bytes.length)] = next() * 256;
      if (tryDecode(() => onnx.ModelProto.decode(bytes))) failures++;
    }
    expect(failures).toBeGreaterThan(100);
  });

  it('a huge declared length fails without allocating it', () => {
    // graph (field 7), length 2^31 - 1, then nothing.
    const bytes = Uint8Array.from([0x3a, ...varint(0x7fffffff)]);
    expect(() => onnx.ModelProto.decode(bytes)).toThrow(
      /^cannot decode onnx\.ModelProto: .*end of data/,
    );
  });

  it('invalid wire types are reported', () => {
    // Field 1 with wire type 7 does not exist.
    expect(() => onnx.TensorProto.decode(Uint8Array.of(0x0f, 0x00))).toThrow(
      /^cannot decode onnx\.TensorProto: .*wire type/,
    );
  });

  it('deeply nested messages hit the depth limit instead of the stack', () => {
    // AttributeProto.g (6) -> GraphProto.node (1) -> NodeProto.attribute (5) -> ... 3000 deep,
    // built from the innermost level outwards.
    const depth = 3000;
    let inner: number[] = [];
    for (let level = depth - 1; level >= 0; level--) {
      inner = [[0x32, 0x0a, 0x2a][level % 3], ...varint(inner.length), ...inner];
    }
    const err = tryDecode(() => onnx.AttributeProto.decode(Uint8Array.from(inner)));
    expect(err?.message).toMatch(/max depth exceeded|nested too deeply/);
  });

  it('missing required Caffe2 fields are reported', () => {
    // TensorProto.segment (11) holding only `begin`; `end` is required.
    const bytes = Uint8Array.of(0x5a, 0x02, 0x08, 0x01);
    expect(() => caffe2.TensorProto.decode(bytes)).toThrow(
      new RegExp(
        "^cannot decode caffe2\\.TensorProto: missing required 'end'.*" +
          '\\(inside caffe2\\.TensorProto > caffe2\\.TensorProto\\.Segment\\)',
      ),
    );
  });

  it('non-byte input is rejected clearly', () => {
    expect(() => onnx.ModelProto.decode('not bytes' as unknown as Uint8Array)).toThrow(
      /^cannot decode onnx\.ModelProto: expected a Uint8Array/,
    );
  });

  it('decoding from a Reader still works (nested use of the wrapped decoders)', () => {
    const reader = protobuf.Reader.create(model);
    expect(onnx.ModelProto.decode(reader).graph!.name).toBe('kitchen sink');
    expect(() => onnx.ModelProto.decode(protobuf.Reader.create(model.subarray(0, 50)))).toThrow(
      ProtoDecodeError,
    );
    expect(
      onnx.ModelProto.decodeDelimited(
        onnx.ModelProto.encodeDelimited(onnx.ModelProto.decode(model)).finish(),
      ).graph!.name,
    ).toBe('kitchen sink');
  });
});
