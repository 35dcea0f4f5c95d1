import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MalformedModelError, UnsupportedOperatorError } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import {
  Net,
  netDefToBytes,
  netDefToText,
  parseNetDefText,
  readNetDef,
  writeNetDef,
} from '../src/index.js';
import { sharedModels } from './helpers/light-models.js';

const zoo = (m: string) => join(sharedModels(), 'caffe2-zoo', m, 'predict_net.pbtxt');

function sample(): Net {
  const net = new Net('sample');
  net.addExternalInput('X', 'W', 'b');
  net.Conv(['X', 'W', 'b'], 'Y', { kernel: 3, pad: 1, order: 'NCHW' });
  net.LRN('Y', ['Z', 'Z_scale'], { size: 5, alpha: 0.0001, beta: 0.75, bias: 1 });
  net.addExternalOutput('Z');
  return net;
}

describe('NetDef I/O', () => {
  it('reads the zoo predict nets and prints them back byte for byte', () => {
    for (const m of ['bvlc_alexnet', 'vgg19']) {
      const text = readFileSync(zoo(m), 'utf8');
      const net = readNetDef(zoo(m));
      expect(net.op.length).toBeGreaterThan(10);
      expect(netDefToText(net)).toBe(text);
    }
  });

  it('round-trips binary and text through files and bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caffe2-io-'));
    const proto = sample().proto();
    writeNetDef(proto, join(dir, 'net.pb'));
    writeNetDef(proto, join(dir, 'net.pbtxt'));
    const fromPb = readNetDef(join(dir, 'net.pb'));
    const fromTxt = readNetDef(join(dir, 'net.pbtxt'));
    const bytes = netDefToBytes(proto);
    expect(netDefToBytes(fromPb)).toEqual(bytes);
    expect(netDefToBytes(fromTxt)).toEqual(bytes);
    expect(netDefToBytes(readNetDef(bytes))).toEqual(bytes);
    // Text given as bytes is sniffed as text.
    expect(netDefToBytes(readNetDef(new TextEncoder().encode(netDefToText(proto))))).toEqual(bytes);
    expect(fromTxt.op[0].type).toBe('Conv');
  });

  it('reports malformed text with file:line:column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caffe2-io-'));
    const path = join(dir, 'bad.pbtxt');
    writeFileSync(path, 'name: "x"\nop {\n  type: "Relu"\n  inptu: "X"\n}\n');
    let err: (Error & { line?: number; column?: number }) | undefined;
    try {
      readNetDef(path);
    } catch (e) {
      err = e as Error;
    }
    expect(err).toBeInstanceOf(MalformedModelError);
    expect(err!.message).toMatch(/bad\.pbtxt:4:3: .*inptu/);
    expect(err!.line).toBe(4);
    expect(err!.column).toBe(3);
    expect(() => parseNetDefText('op { type: "Relu" ', 'cut.pbtxt')).toThrow(
      /cut\.pbtxt:1:\d+: .*end of input/,
    );
  });

  it('reports malformed and truncated binary', () => {
    const bytes = netDefToBytes(sample().proto());
    expect(() =>
      readNetDef(bytes.subarray(0, bytes.length - 7), { filename: 'cut.pb', format: 'pb' }),
    ).toThrow(MalformedModelError);
    expect(() =>
      readNetDef(bytes.subarray(0, bytes.length - 7), { filename: 'cut.pb', format: 'pb' }),
    ).toThrow(/cut\.pb/);
    expect(() =>
      readNetDef(Uint8Array.of(0x12, 0xff, 0xff, 0xff, 0x0f, 1, 2), { format: 'pb' }),
    ).toThrow(MalformedModelError);
  });

  it('refuses non-CPU device options with a "CPU only" error naming the operator', () => {
    const text =
      'name: "g"\nop {\n  input: "X"\n  output: "Y"\n  type: "Relu"\n  device_option {\n    device_type: 1\n  }\n}\n';
    expect(() => parseNetDefText(text)).toThrow(UnsupportedOperatorError);
    expect(() => parseNetDefText(text)).toThrow(
      /net 'g' operator #0 \(Relu\) asks for a CUDA device.*CPU only/,
    );
    const netLevel = 'name: "g"\ndevice_option {\n  device_type: 1\n}\n';
    expect(() => parseNetDefText(netLevel)).toThrow(/net 'g' asks for a CUDA device/);
    // CPU device options are fine.
    expect(parseNetDefText('name: "c"\ndevice_option {\n  device_type: 0\n}\n').name).toBe('c');
  });
});
