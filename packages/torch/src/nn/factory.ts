// Helpers shared by the layer modules: parameter factories and deepCopy (nn.utils is utils/).
import { Tensor as CoreTensor, type DType } from '@tandem/core';
import { Tensor } from '../tensor.js';
import { Module, Parameter } from './module.js';

export interface FactoryOptions {
  dtype?: 'float32' | 'float64';
}

/** An uninitialized (zero) parameter of a shape; layers then run their PyTorch init. */
export function emptyParam(shape: number[], opts: FactoryOptions = {}): Parameter {
  return new Parameter(new CoreTensor((opts.dtype ?? 'float32') as DType, shape));
}

/** A zero/one-filled buffer tensor. */
export function filledBuffer(shape: number[], value: number, dtype: DType = 'float32'): Tensor {
  const t = new CoreTensor(dtype, shape);
  if (value !== 0) t.data().fill((dtype === 'int64' ? BigInt(value) : value) as never);
  return new Tensor(t);
}

function cloneTensor(t: Tensor): Tensor {
  const copy = new CoreTensor(t.dtype, t.shape);
  copy.data().set(t._value.contiguous().data() as never);
  return t instanceof Parameter ? new Parameter(copy, t.requiresGrad) : new Tensor(copy);
}

/**
 * A deep copy of a module (PyTorch's copy.deepcopy), used by TransformerEncoder to stack layers:
 * parameters and buffers are copied, hooks and plain values carried over.
 */
export function deepCopy<M extends Module>(m: M, memo = new Map<unknown, unknown>()): M {
  const copyValue = (v: unknown): unknown => {
    if (memo.has(v)) return memo.get(v);
    if (v instanceof Tensor) {
      const c = cloneTensor(v);
      memo.set(v, c);
      return c;
    }
    if (v instanceof Module) return deepCopy(v, memo);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, copyValue(x)]));
    if (Array.isArray(v)) return v.map(copyValue);
    return v;
  };
  const out = Object.create(Object.getPrototypeOf(m)) as M;
  memo.set(m, out);
  for (const key of Reflect.ownKeys(m)) {
    const d = Object.getOwnPropertyDescriptor(m, key)!;
    if ('value' in d) d.value = copyValue(d.value);
    Object.defineProperty(out, key, d);
  }
  return out;
}
