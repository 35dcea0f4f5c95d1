// Seeded random weights for the shared ONNX "light" models (../shared/models/README.md), copied
// from tools/lib/light-models.ts (packages may not import tools): the same seed gives the same
// weights, written as ONNX initializers (for onnxruntime-node) and as blobs (for Caffe2 nets).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tensor } from '@tandem/core';
import { caffe2, onnx } from '@tandem/proto';

export const MODELS = join(import.meta.dirname, '../../../../../shared/models');

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int64s(t: onnx.ITensorProto): number[] {
  if (t.rawData && t.rawData.length) {
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    return Array.from({ length: t.rawData.length / 8 }, (_, i) =>
      Number(view.getBigInt64(i * 8, true)),
    );
  }
  return (t.int64Data ?? []).map((v) => Number(v));
}

export interface LightModel {
  /** The ONNX model with its weights as initializers. */
  onnx: Uint8Array;
  /** Caffe2 blob name (ONNX name minus '_0') -> tensor. */
  blobs: Map<string, Tensor>;
}

/** Loads shared/models/onnx-light/<name>.onnx with He-uniform weights from `seed`. */
export function lightModel(name: string, seed = 1): LightModel {
  const m = onnx.ModelProto.decode(readFileSync(join(MODELS, 'onnx-light', `${name}.onnx`)));
  const g = m.graph! as {
    node: onnx.NodeProto[];
    initializer: onnx.TensorProto[];
    input: onnx.ValueInfoProto[];
  };
  const inits = new Map(g.initializer.map((t) => [t.name, t]));
  const rand = rng(seed);
  const blobs = new Map<string, Tensor>();
  const dropped = new Set<string>();
  g.node = g.node.filter((n) => {
    if (n.opType !== 'ConstantOfShape') return true;
    const shapeInit = inits.get(n.input[0]);
    if (!shapeInit) return true;
    const shape = int64s(shapeInit);
    const size = shape.reduce((a, b) => a * b, 1);
    const fanIn = shape.length > 1 ? shape.slice(1).reduce((a, b) => a * b, 1) : 0;
    const bound = fanIn ? Math.sqrt(6 / fanIn) : 0.05;
    const data = new Float32Array(size);
    for (let i = 0; i < size; i++) data[i] = (rand() * 2 - 1) * bound;
    const out = n.output[0];
    blobs.set(out.replace(/_0$/, ''), new Tensor('float32', shape, data.buffer));
    g.initializer.push(
      onnx.TensorProto.create({
        name: out,
        dims: shape,
        dataType: 1,
        rawData: new Uint8Array(data.buffer),
      }),
    );
    dropped.add(n.input[0]);
    return false;
  });
  g.initializer = g.initializer.filter((t) => !dropped.has(t.name));
  g.input = g.input.filter((i) => !dropped.has(i.name));
  return { onnx: onnx.ModelProto.encode(m).finish(), blobs };
}

/** An init net writing each blob with GivenTensorFill, as Caffe2's model zoo init nets do. */
export function initNetOf(blobs: ReadonlyMap<string, Tensor>, name = 'init'): caffe2.NetDef {
  return caffe2.NetDef.create({
    name,
    op: [...blobs].map(([blob, t]) =>
      caffe2.OperatorDef.create({
        type: 'GivenTensorFill',
        output: [blob],
        arg: [
          caffe2.Argument.create({ name: 'shape', ints: [...t.shape] }),
          caffe2.Argument.create({ name: 'values', floats: Array.from(t.toNumbers()) }),
        ],
      }),
    ),
  });
}

/** Uniform [-1, 1) float32 data of `shape`. */
export function randomTensor(shape: number[], seed: number): Tensor {
  const r = rng(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return Tensor.from(
    Float32Array.from({ length: n }, () => r() * 2 - 1),
    'float32',
    shape,
  );
}

export function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / (1e-3 + Math.abs(b[i])));
  return worst;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}
