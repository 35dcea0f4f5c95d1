// Builds the pieces of a zoo comparison: seeded weights as a GivenTensorFill init net, the ONNX
// model with the same weights, and onnxruntime's output on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tensor } from '@tandem/core';
import { onnx } from '@tandem/proto';
import * as ort from 'onnxruntime-node';
import { Net } from '../../src/index.js';
import { materialize, rng, sharedModels } from './light-models.js';

export interface ZooCase {
  initNet: Net;
  predictPath: string;
  input: { name: string; tensor: Tensor };
  onnxBytes: Uint8Array;
}

/** The zoo's predict net, an init net of GivenTensorFill ops, and the matching ONNX bytes. */
export function zooCase(model: string, seed = 7): ZooCase {
  const root = sharedModels();
  const predictPath = join(root, 'caffe2-zoo', model, 'predict_net.pbtxt');
  const valueInfo = JSON.parse(
    readFileSync(join(root, 'caffe2-zoo', model, 'value_info.json'), 'utf8'),
  ) as Record<string, [number, number[]]>;
  const { bytes } = materialize(readFileSync(join(root, 'onnx-light', `${model}.onnx`)), seed);
  const initNet = new Net(`${model}_init`);
  // Every float initializer: the seeded ones and those the light model kept (some biases).
  for (const t of onnx.ModelProto.decode(bytes).graph!.initializer) {
    if (t.dataType !== 1) continue;
    const shape = t.dims.map(Number);
    const values = t.rawData?.length
      ? new Float32Array(Uint8Array.from(t.rawData).buffer)
      : Float32Array.from(t.floatData);
    // ONNX initializer names are the Caffe2 blob names + '_0'.
    initNet.GivenTensorFill([], t.name.replace(/_0$/, ''), { shape, values });
  }
  const [inputName, [, shape]] = Object.entries(valueInfo)[0];
  const rand = rng(seed + 1);
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < data.length; i++) data[i] = rand() * 2 - 1;
  return {
    initNet,
    predictPath,
    input: { name: inputName, tensor: Tensor.from(data, 'float32', shape) },
    onnxBytes: bytes,
  };
}

/** onnxruntime-node's first output for one input. */
export async function runOrt(
  bytes: Uint8Array,
  input: Tensor,
): Promise<{ data: Float32Array; dims: readonly number[] }> {
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 2 });
  const feeds = {
    [session.inputNames[0]]: new ort.Tensor('float32', input.data() as Float32Array, [
      ...input.shape,
    ]),
  };
  const out = await session.run(feeds);
  const t = out[session.outputNames[0]];
  const result = { data: Float32Array.from(t.data as Float32Array), dims: t.dims };
  await session.release();
  return result;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
