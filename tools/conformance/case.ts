// Runs one ONNX backend test case folder: model.onnx + test_data_set_*/{input,output}_N.pb.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Executor, Tensor } from '@tandem/core';
import { loadOnnx, tensorFromProto } from '@tandem/onnx';
import { onnx } from '@tandem/proto';

export interface CaseResult {
  name: string;
  status: 'pass' | 'fail' | 'error' | 'skip';
  message?: string;
  /** Operators in the model (for grouping failures). */
  ops?: string[];
  ms?: number;
}

export const RTOL = 1e-3;
export const ATOL = 1e-7;

function readTensor(file: string): Tensor {
  const proto = onnx.TensorProto.decode(readFileSync(file));
  return tensorFromProto(proto, { what: file });
}

function numbered(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.pb'))
    .sort((a, b) => Number(a.slice(prefix.length, -3)) - Number(b.slice(prefix.length, -3)))
    .map((f) => join(dir, f));
}

/** Compares with ONNX's backend tolerances: |a - e| <= atol + rtol * |e|, exact for ints/bools. */
export function compare(actual: Tensor, expected: Tensor, what: string): string | undefined {
  if (actual.dtype !== expected.dtype)
    return `${what}: dtype ${actual.dtype}, expected ${expected.dtype}`;
  if (actual.shape.join(',') !== expected.shape.join(',')) {
    return `${what}: shape [${actual.shape}], expected [${expected.shape}]`;
  }
  const a = actual.data();
  const e = expected.data();
  const isFloat = ['float32', 'float64', 'float16', 'bfloat16'].includes(actual.dtype);
  const decode = (v: number | bigint) => Number(v);
  let halfConv: ((x: number) => number) | undefined;
  if (actual.dtype === 'float16' || actual.dtype === 'bfloat16') {
    halfConv = actual.dtype === 'float16' ? halfToFloatLocal : bf16ToFloatLocal;
  }
  for (let i = 0; i < a.length; i++) {
    if (!isFloat) {
      if (a[i] !== e[i]) return `${what}[${i}] = ${a[i]}, expected ${e[i]}`;
      continue;
    }
    const x = halfConv ? halfConv(decode(a[i])) : decode(a[i]);
    const y = halfConv ? halfConv(decode(e[i])) : decode(e[i]);
    if (Number.isNaN(y)) {
      if (!Number.isNaN(x)) return `${what}[${i}] = ${x}, expected NaN`;
      continue;
    }
    if (x === y) continue;
    if (!(Math.abs(x - y) <= ATOL + RTOL * Math.abs(y)))
      return `${what}[${i}] = ${x}, expected ${y}`;
  }
  return undefined;
}

function halfToFloatLocal(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

function bf16ToFloatLocal(b: number): number {
  const f = new Float32Array(new Uint32Array([b << 16]).buffer);
  return f[0];
}

/**
 * ONNX's test data (as shipped in libonnx-testdata) stores bfloat16 tensors as uint16 bit patterns;
 * reinterpret those bits as the declared dtype.
 */
function asDeclared(t: Tensor, dtype: string | null | undefined): Tensor {
  if (dtype === 'bfloat16' && t.dtype === 'uint16')
    return new Tensor('bfloat16', t.shape, t.buffer, t.strides, t.offset);
  return t;
}

export function runCase(dir: string, name: string): CaseResult {
  const start = performance.now();
  let ops: string[] | undefined;
  try {
    const modelPath = join(dir, 'model.onnx');
    if (!existsSync(modelPath)) return { name, status: 'skip', message: 'no model.onnx' };
    const model = loadOnnx(modelPath);
    ops = [...new Set(model.graph.nodes.map((n) => n.op))];
    const exec = new Executor(model.graph);
    const sets = readdirSync(dir)
      .filter((d) => d.startsWith('test_data_set_'))
      .sort();
    if (sets.length === 0) return { name, status: 'skip', message: 'no test data', ops };
    const inputNames = exec.inputNames;
    for (const set of sets) {
      const sd = join(dir, set);
      const inputs = numbered(sd, 'input_').map(readTensor);
      const expected = numbered(sd, 'output_').map(readTensor);
      const feeds: Record<string, Tensor> = {};
      // Inputs are positional over the graph inputs that have no initializer.
      inputs.forEach(
        (t, i) =>
          (feeds[inputNames[i] ?? `input_${i}`] = asDeclared(
            t,
            model.graph.inputs.find((d) => d.name === inputNames[i])?.dtype,
          )),
      );
      const outs = exec.run(feeds);
      for (let i = 0; i < expected.length; i++) {
        const outName = model.graph.outputs[i]?.name;
        const actual = outName ? outs[outName] : undefined;
        if (!actual) return { name, status: 'fail', message: `output ${i} missing`, ops };
        const problem = compare(
          actual,
          asDeclared(expected[i], actual.dtype),
          `${set} output '${outName}'`,
        );
        if (problem)
          return { name, status: 'fail', message: problem, ops, ms: performance.now() - start };
      }
    }
    return { name, status: 'pass', ops, ms: performance.now() - start };
  } catch (e) {
    const err = e as Error;
    return {
      name,
      status: 'error',
      message: `${err.name}: ${err.message}`.slice(0, 600),
      ops,
      ms: performance.now() - start,
    };
  }
}
