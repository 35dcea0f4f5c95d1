// ONNX "light" models carry every weight as a ConstantOfShape node (tiny files, real shapes).
// `materialize` turns them into initializers with seeded random weights so that two runtimes can
// be compared on meaningful numbers (see ../shared/models/README.md).
import { onnx } from '@tandem/proto';

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

export interface Materialized {
  bytes: Uint8Array;
  /** Weight name -> shape, for building the same weights elsewhere (e.g. a Caffe2 init net). */
  weights: Map<string, { shape: number[]; data: Float32Array }>;
}

/**
 * Replaces every ConstantOfShape whose shape is an initializer with a random initializer:
 * He-uniform for weights (fan-in from the shape), small uniform for biases.
 */
export function materialize(model: Uint8Array, seed = 1): Materialized {
  const m = onnx.ModelProto.decode(model);
  // Decoded messages are built from plain objects below; the generated typings are stricter.
  const g = m.graph! as {
    node: onnx.NodeProto[];
    initializer: onnx.TensorProto[];
    input: onnx.ValueInfoProto[];
  };
  const inits = new Map(g.initializer.map((t) => [t.name, t]));
  const rand = rng(seed);
  const weights: Materialized['weights'] = new Map();
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
    const name = n.output[0];
    weights.set(name, { shape, data });
    g.initializer.push(
      onnx.TensorProto.create({
        name,
        dims: shape,
        dataType: 1,
        rawData: new Uint8Array(data.buffer),
      }),
    );
    dropped.add(n.input[0]);
    return false;
  });
  // The shape initializers were also graph inputs; drop both.
  g.initializer = g.initializer.filter((t) => !dropped.has(t.name));
  // Some light models keep a few real float weights (VGG-19's first biases): report them too.
  for (const t of g.initializer) {
    if (t.dataType !== 1 || weights.has(t.name)) continue;
    const shape = (t.dims ?? []).map(Number);
    const data = t.rawData?.length
      ? new Float32Array(Uint8Array.from(t.rawData).buffer)
      : Float32Array.from(t.floatData ?? []);
    weights.set(t.name, { shape, data });
  }
  g.input = g.input.filter((i) => !dropped.has(i.name));
  return { bytes: onnx.ModelProto.encode(m).finish(), weights };
}

/**
 * The light models fix the batch at 1: in the input's first dim and in their Reshape targets
 * ([1, K] before the classifier). This makes both batch-agnostic (dim 'N', target [-1, K]).
 */
export function anyBatch(model: Uint8Array): Uint8Array {
  const m = onnx.ModelProto.decode(model);
  const g = m.graph as unknown as {
    node: onnx.NodeProto[];
    initializer: onnx.TensorProto[];
    input: onnx.ValueInfoProto[];
    output: onnx.ValueInfoProto[];
  };
  const reshapeTargets = new Set(
    g.node.filter((n) => n.opType === 'Reshape').map((n) => n.input[1]),
  );
  for (const t of g.initializer) {
    if (!reshapeTargets.has(t.name)) continue;
    const dims = int64s(t);
    if (dims[0] !== 1) continue;
    dims[0] = -1;
    const raw = new DataView(new ArrayBuffer(dims.length * 8));
    dims.forEach((d, i) => raw.setBigInt64(i * 8, BigInt(d), true));
    t.rawData = new Uint8Array(raw.buffer);
    t.int64Data = [];
  }
  const first = g.input.find((i) => !g.initializer.some((t) => t.name === i.name));
  for (const v of [first, ...g.output]) {
    const dim0 = v?.type?.tensorType?.shape?.dim?.[0];
    if (dim0) Object.assign(dim0, { dimValue: undefined, dimParam: 'N' });
  }
  return onnx.ModelProto.encode(m).finish();
}
