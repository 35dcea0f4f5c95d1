import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MalformedModelError, Tensor as CoreTensor, halfToFloat } from '@tandem/core';
import { afterAll, describe, expect, it } from 'vitest';
import { Tensor } from '../src/index.js';
import * as nn from '../src/nn/index.js';
import * as optim from '../src/optim/index.js';
import { _fs } from '../src/serialization/save-load.js';
import {
  UnsafePickleError,
  decodeSafetensors,
  encodeSafetensors,
  load,
  loadBytes,
  save,
} from '../src/serialization/index.js';

const FIX = fileURLToPath(new URL('fixtures/serialization/', import.meta.url));
const expected: Record<
  string,
  Record<string, { dtype: string; shape: number[]; values: unknown[]; contiguous: boolean }>
> = JSON.parse(readFileSync(join(FIX, 'expected.json'), 'utf8')).files;
const dir = mkdtempSync(join(tmpdir(), 'tandem-ser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function valuesOf(t: Tensor): unknown[] {
  const c = t._value.contiguous();
  if (t.dtype === 'float16') return Array.from(c.data() as Uint16Array, halfToFloat);
  if (t.dtype === 'bfloat16')
    return Array.from(
      c.data() as Uint16Array,
      (b) => new Float32Array(new Uint32Array([b << 16]).buffer)[0],
    );
  if (t.dtype === 'bool') return Array.from(c.data() as Uint8Array, (v) => v !== 0);
  return c.toNumbers();
}

function expectMatches(got: unknown, file: string) {
  const want = expected[file];
  const sd = got as Record<string, Tensor>;
  expect(Object.keys(sd)).toEqual(Object.keys(want));
  for (const [k, w] of Object.entries(want)) {
    const t = sd[k];
    expect(t, k).toBeInstanceOf(Tensor);
    expect(t.dtype, k).toBe(w.dtype);
    expect(t.shape, k).toEqual(w.shape);
    expect(valuesOf(t), k).toEqual(w.values);
  }
}

describe('reading PyTorch 1.13 checkpoints (zip + restricted unpickler)', () => {
  for (const f of ['mlp.pt', 'cnn.pt', 'mixed.pt', 'mlp_deflate.pt']) {
    it(f, () => expectMatches(load(join(FIX, f)), f));
  }

  it('keeps strides, offsets and shared storage of views', () => {
    const sd = load(join(FIX, 'mixed.pt')) as Record<string, Tensor>;
    expect(sd.transposed._value.strides).toEqual([1, 6]);
    expect(sd.strided_slice._value.offset).toBe(6);
    expect(sd.strided_slice._value.strides).toEqual([6, 2]);
    expect(sd.shared_row._value.buffer).toBe(sd.transposed._value.buffer);
    expect(
      (load(join(FIX, 'cnn.pt')) as Record<string, Tensor>)['1.num_batches_tracked'].dtype,
    ).toBe('int64');
  });

  const refusals: Array<[string, RegExp]> = [
    ['evil_system.pt', /refusing global 'posix\.system'/],
    ['evil_eval.pt', /refusing global '(__builtin__|builtins)\.eval'/],
    ['evil_inst.pt', /refusing pickle opcode INST/],
    ['evil_build.pt', /refusing BUILD on torch\.FloatStorage/],
    ['evil_reduce_storage.pt', /refusing to call 'torch\.FloatStorage'/],
  ];
  for (const [f, msg] of refusals) {
    it(`refuses ${f} without running it`, () => {
      expect(() => load(join(FIX, f))).toThrow(UnsafePickleError);
      expect(() => load(join(FIX, f))).toThrow(msg);
      expect(existsSync('/tmp/tandem-pwned')).toBe(false);
    });
  }

  const malformed: Array<[string, RegExp]> = [
    ['evil_oob_tensor.pt', /does not fit its storage/],
    ['evil_storage_path.pt', /invalid storage key/],
    ['evil_zip_offset.pt', /local header out of range/],
    ['truncated.pt', /end-of-central-directory|truncated/],
    ['legacy.pt', /legacy \(pre-1\.6\) format is not supported/],
  ];
  for (const [f, msg] of malformed) {
    it(`rejects ${f} with a clear error`, () => {
      expect(() => load(join(FIX, f))).toThrow(MalformedModelError);
      expect(() => load(join(FIX, f))).toThrow(msg);
    });
  }

  it('detects corruption by CRC', () => {
    const bytes = new Uint8Array(readFileSync(join(FIX, 'mlp.pt')));
    const at = Buffer.from(bytes).indexOf('data/0') + 200; // inside the first storage's bytes
    bytes[at] ^= 0xff;
    expect(() => loadBytes(bytes, 'corrupt.pt')).toThrow(/CRC-32 mismatch|corrupt/);
  });
});

describe('safetensors', () => {
  it('reads a file written by an independent writer (the spec)', () => {
    expectMatches(load(join(FIX, 'ref.safetensors')), 'ref.safetensors');
    const { metadata } = decodeSafetensors(readFileSync(join(FIX, 'ref.safetensors')));
    expect(metadata).toEqual({ format: 'pt', source: 'torch_checkpoints.py' });
  });

  it('round trips every PyTorch fixture tensor (all dtypes, views made contiguous)', () => {
    const sd = load(join(FIX, 'mixed.pt')) as Record<string, Tensor>;
    const path = join(dir, 'mixed.safetensors');
    save(sd, path);
    expectMatches(load(path), 'mixed.pt');
    const bytes = readFileSync(path);
    const headerLen = Number(bytes.readBigUInt64LE(0));
    expect((8 + headerLen) % 8).toBe(0);
    const header = JSON.parse(bytes.subarray(8, 8 + headerLen).toString());
    expect(header.transposed).toEqual({ dtype: 'F32', shape: [6, 4], data_offsets: [0, 96] });
    expect(header.__metadata__).toEqual({ format: 'pt' });
  });

  it('saves and loads nested checkpoints (module + optimizer + numbers)', () => {
    const w = new Tensor(CoreTensor.from([1, 2, 3, 4], 'float32', [2, 2]));
    w.requiresGrad = true;
    const opt = new optim.Adam([w], { lr: 0.01 });
    w.grad = new Tensor(CoreTensor.from([1, 1, 1, 1], 'float32', [2, 2]));
    opt.step();
    const sched = new optim.lrScheduler.ReduceLROnPlateau(opt);
    const ckpt = {
      model: { 'fc.weight': w },
      optimizer: opt.stateDict(),
      scheduler: sched.stateDict(),
      epoch: 3,
      tag: 'x',
    };
    const path = join(dir, 'ckpt.safetensors');
    save(ckpt, path);
    const back = load(path) as typeof ckpt;
    expect(back.epoch).toBe(3);
    expect(back.tag).toBe('x');
    expect(back.scheduler.best).toBe(Infinity);
    expect(back.model['fc.weight']._value.toNumbers()).toEqual(w._value.toNumbers());
    expect(back.optimizer.param_groups).toEqual(ckpt.optimizer.param_groups);
    expect((back.optimizer.state[0].exp_avg as Tensor)._value.toNumbers()).toEqual(
      (ckpt.optimizer.state[0].exp_avg as Tensor)._value.toNumbers(),
    );
    const header = decodeSafetensors(readFileSync(path));
    expect([...header.tensors.keys()].sort()).toEqual([
      'model.fc.weight',
      'optimizer.state.0.exp_avg',
      'optimizer.state.0.exp_avg_sq',
    ]);
    const opt2 = new optim.Adam([w], { lr: 0.5 });
    opt2.loadStateDict(back.optimizer);
    expect(opt2.paramGroups[0].lr).toBe(0.01);
  });

  const bad = (header: unknown, data = new Uint8Array(0), lenOverride?: bigint) => {
    const h = new TextEncoder().encode(JSON.stringify(header));
    const out = new Uint8Array(8 + h.length + data.length);
    new DataView(out.buffer).setBigUint64(0, lenOverride ?? BigInt(h.length), true);
    out.set(h, 8);
    out.set(data, 8 + h.length);
    return out;
  };
  const cases: Array<[string, Uint8Array, RegExp]> = [
    [
      'overlap',
      bad(
        {
          a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
          b: { dtype: 'F32', shape: [1], data_offsets: [4, 8] },
        },
        new Uint8Array(8),
      ),
      /overlap/,
    ],
    [
      'gap',
      bad({ a: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, new Uint8Array(8)),
      /gap/,
    ],
    [
      'out of range',
      bad({ a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }, new Uint8Array(8)),
      /run past the data/,
    ],
    [
      'size mismatch',
      bad({ a: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, new Uint8Array(8)),
      /needs 12/,
    ],
    [
      'bad dtype',
      bad({ a: { dtype: 'F8_E9', shape: [1], data_offsets: [0, 1] } }, new Uint8Array(1)),
      /unsupported dtype "F8_E9"/,
    ],
    ['bad shape', bad({ a: { dtype: 'F32', shape: [-1], data_offsets: [0, 0] } }), /shape must be/],
    [
      'trailing',
      bad({ a: { dtype: 'U8', shape: [1], data_offsets: [0, 1] } }, new Uint8Array(3)),
      /trailing bytes/,
    ],
    ['header too large', bad({}, new Uint8Array(0), 2n ** 40n), /larger than the limit/],
    ['truncated header', bad({}, new Uint8Array(0), 1000n), /truncated/],
    ['not JSON', new Uint8Array([2, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x7b]), /not valid JSON/],
    ['too short', new Uint8Array([1, 2, 3]), /truncated/],
    ['bad metadata', bad({ __metadata__: { a: 1 } }), /is not a string/],
  ];
  for (const [name, bytes, msg] of cases) {
    it(`rejects a malformed file: ${name}`, () => {
      expect(() => decodeSafetensors(bytes)).toThrow(MalformedModelError);
      expect(() => decodeSafetensors(bytes)).toThrow(msg);
    });
  }

  it('rejects a truncated file saved by save()', () => {
    const path = join(dir, 'trunc.safetensors');
    save({ a: new Tensor(CoreTensor.from([1, 2, 3, 4])) }, path);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 3));
    expect(() => load(path)).toThrow(/run past the data|truncated/);
  });

  it('a crash mid-save leaves the old file intact and no temporary file behind', () => {
    const path = join(dir, 'atomic.safetensors');
    save({ a: new Tensor(CoreTensor.from([1, 2, 3])) }, path);
    const before = readFileSync(path);
    const realWrite = _fs.writeSync;
    let calls = 0;
    _fs.writeSync = ((...args: Parameters<typeof realWrite>) => {
      if (++calls === 1) {
        // a partial write, then the crash
        realWrite(args[0], (args[1] as unknown as Uint8Array).subarray(0, 10));
        throw new Error('simulated crash: disk full');
      }
      return realWrite(...args);
    }) as typeof realWrite;
    try {
      expect(() => save({ a: new Tensor(CoreTensor.from([9, 9, 9, 9, 9])) }, path)).toThrow(
        /simulated crash/,
      );
    } finally {
      _fs.writeSync = realWrite;
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((load(path) as Record<string, Tensor>).a._value.toNumbers()).toEqual([1, 2, 3]);
    save({ a: new Tensor(CoreTensor.from([7])) }, path);
    expect((load(path) as Record<string, Tensor>).a._value.toNumbers()).toEqual([7]);
  });

  it('refuses values it cannot store', () => {
    expect(() => save({ f: () => 1 }, join(dir, 'x.safetensors'))).toThrow(
      /cannot store a Function at 'f'/,
    );
    expect(() => encodeSafetensors(new Map([['__metadata__', CoreTensor.from([1])]]))).toThrow(
      /reserved/,
    );
  });
});

describe('checkpoints with nn modules', () => {
  it('loads PyTorch state dicts into Tandem modules (MLP, CNN with BatchNorm) and round trips', () => {
    const mlp = new nn.Sequential(new nn.Linear(4, 8), new nn.ReLU(), new nn.Linear(8, 3));
    mlp.loadStateDict(load(join(FIX, 'mlp.pt')) as Record<string, Tensor>);
    expectMatches(mlp.stateDict(), 'mlp.pt');
    const cnn = new nn.Sequential(
      new nn.Conv2d(1, 4, 3),
      new nn.BatchNorm2d(4),
      new nn.ReLU(),
      new nn.Flatten(),
      new nn.Linear(64, 2),
    );
    cnn.loadStateDict(load(join(FIX, 'cnn.pt')) as Record<string, Tensor>);
    expectMatches(cnn.stateDict(), 'cnn.pt');
    const path = join(dir, 'cnn.safetensors');
    save(cnn.stateDict(), path);
    const fresh = new nn.Sequential(
      new nn.Conv2d(1, 4, 3),
      new nn.BatchNorm2d(4),
      new nn.ReLU(),
      new nn.Flatten(),
      new nn.Linear(64, 2),
    );
    fresh.loadStateDict(load(path) as Record<string, Tensor>);
    expectMatches(fresh.stateDict(), 'cnn.pt');
  });
});
