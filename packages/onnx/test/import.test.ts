import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Executor, MalformedModelError, Tensor, UnsupportedOperatorError } from '@tandem/core';
import { onnx } from '@tandem/proto';
import { describe, expect, it } from 'vitest';
import { loadOnnx } from '../src/index.js';

const FLOAT = 1;
const valueInfo = (name: string, dims: number[]) => ({
  name,
  type: { tensorType: { elemType: FLOAT, shape: { dim: dims.map((d) => ({ dimValue: d })) } } },
});

function model(
  nodes: object[],
  opts: { opset?: number; initializer?: object[]; inputs?: object[]; outputs?: object[] } = {},
) {
  return onnx.ModelProto.encode(
    onnx.ModelProto.create({
      irVersion: 8,
      opsetImport: [{ domain: '', version: opts.opset ?? 17 }],
      graph: {
        name: 'g',
        node: nodes,
        initializer: opts.initializer ?? [],
        input: opts.inputs ?? [valueInfo('x', [2, 3])],
        output: opts.outputs ?? [valueInfo('y', [2, 3])],
      },
    } as never),
  ).finish();
}

describe('ONNX import', () => {
  it('runs a small model with an initializer', () => {
    const bytes = model([{ opType: 'Add', input: ['x', 'w'], output: ['y'] }], {
      initializer: [{ name: 'w', dims: [3], dataType: FLOAT, floatData: [1, 2, 3] }],
    });
    const m = loadOnnx(bytes);
    const { y } = new Executor(m.graph).run({
      x: Tensor.from([
        [0, 0, 0],
        [1, 1, 1],
      ]),
    });
    expect(y.toArray()).toEqual([
      [1, 2, 3],
      [2, 3, 4],
    ]);
  });

  it('lists every unsupported operator before doing any work', () => {
    const bytes = model([
      { opType: 'FancyOp', input: ['x'], output: ['a'] },
      { opType: 'FancyOp', input: ['a'], output: ['b'] },
      { opType: 'OtherOp', input: ['b'], output: ['y'] },
    ]);
    expect(() => loadOnnx(bytes)).toThrow(UnsupportedOperatorError);
    expect(() => loadOnnx(bytes)).toThrow(/FancyOp \(2 nodes\), OtherOp \(1 node\)/);
  });

  it('rewrites old opset forms (Unsqueeze-11 axes attribute -> input)', () => {
    const bytes = model(
      [
        {
          opType: 'Unsqueeze',
          input: ['x'],
          output: ['y'],
          attribute: [{ name: 'axes', type: 7, ints: [0] }],
        },
      ],
      {
        opset: 11,
        outputs: [valueInfo('y', [1, 2, 3])],
      },
    );
    const m = loadOnnx(bytes);
    const node = m.graph.nodes[0];
    expect(node.inputs.length).toBe(2);
    expect(m.graph.initializers.get(node.inputs[1])!.toNumbers()).toEqual([0]);
  });

  it('gives a clear error for truncated and garbage files', () => {
    const bytes = model([{ opType: 'Relu', input: ['x'], output: ['y'] }]);
    for (const cut of [5, 17, bytes.length - 3]) {
      expect(() => loadOnnx(bytes.slice(0, cut))).toThrow(MalformedModelError);
    }
    expect(() => loadOnnx(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(
      MalformedModelError,
    );
    expect(() => loadOnnx(new Uint8Array(0))).toThrow(/no graph/);
  });

  it('refuses raw data that does not match the declared shape', () => {
    const bytes = model([{ opType: 'Add', input: ['x', 'w'], output: ['y'] }], {
      initializer: [{ name: 'w', dims: [3], dataType: FLOAT, rawData: new Uint8Array(8) }],
    });
    expect(() => loadOnnx(bytes)).toThrow(
      /tensor 'w': raw_data has 8 bytes but float32 \[3\] needs 12/,
    );
  });

  it('refuses a declared tensor size over the limit before allocating', () => {
    const bytes = model([{ opType: 'Add', input: ['x', 'w'], output: ['y'] }], {
      initializer: [
        { name: 'w', dims: [1e6, 1e6, 1e3], dataType: FLOAT, rawData: new Uint8Array(4) },
      ],
    });
    expect(() => loadOnnx(bytes)).toThrow(/over the limit/);
  });

  describe('external data', () => {
    const external = (location: string) =>
      model([{ opType: 'Add', input: ['x', 'w'], output: ['y'] }], {
        initializer: [
          {
            name: 'w',
            dims: [3],
            dataType: FLOAT,
            dataLocation: 1,
            externalData: [
              { key: 'location', value: location },
              { key: 'offset', value: '4' },
            ],
          },
        ],
      });

    it('reads tensors from a file inside the model folder', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tandem-ext-'));
      writeFileSync(
        join(dir, 'weights.bin'),
        new Uint8Array(new Float32Array([99, 1, 2, 3]).buffer),
      );
      writeFileSync(join(dir, 'model.onnx'), external('weights.bin'));
      const m = loadOnnx(join(dir, 'model.onnx'));
      expect(m.graph.initializers.get('w')!.toNumbers()).toEqual([1, 2, 3]);
    });

    it('refuses paths that escape the model folder', () => {
      const root = mkdtempSync(join(tmpdir(), 'tandem-ext-'));
      const dir = join(root, 'model');
      mkdirSync(dir);
      writeFileSync(join(root, 'secret.bin'), new Uint8Array(16));
      symlinkSync(join(root, 'secret.bin'), join(dir, 'link.bin'));
      for (const [loc, re] of [
        ['../secret.bin', /outside the model's folder/],
        [join(root, 'secret.bin'), /absolute/],
        ['link.bin', /resolves outside/],
        ['missing.bin', /not found/],
      ] as const) {
        writeFileSync(join(dir, 'model.onnx'), external(loc));
        expect(() => loadOnnx(join(dir, 'model.onnx'))).toThrow(re);
      }
    });
  });

  it('loads the real AlexNet "light" model from the shared folder', () => {
    const path = join(
      import.meta.dirname,
      '../../../../shared/models/onnx-light/bvlc_alexnet.onnx',
    );
    const m = loadOnnx(readFileSync(path));
    expect(m.graph.nodes.filter((n) => n.op === 'Conv').length).toBe(5);
  });
});
