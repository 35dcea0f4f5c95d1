// Reading PyTorch's own checkpoints (torch.save's zip format) without executing anything.
import {
  type DType,
  MalformedModelError,
  ShapeError,
  Tensor as CoreTensor,
  dtypeInfo,
} from '@tandem/core';
import { Tensor } from '../tensor.js';
import {
  PickleDict,
  type PickleGlobal,
  PickleTuple,
  UnsafePickleError,
  unpickle,
} from './unpickler.js';
import { ZipReader } from './zip-reader.js';

/** PyTorch's storage classes and the dtype each holds. */
const STORAGE_DTYPES: Record<string, DType> = {
  FloatStorage: 'float32',
  DoubleStorage: 'float64',
  HalfStorage: 'float16',
  BFloat16Storage: 'bfloat16',
  LongStorage: 'int64',
  IntStorage: 'int32',
  ShortStorage: 'int16',
  CharStorage: 'int8',
  ByteStorage: 'uint8',
  BoolStorage: 'bool',
};

const ALLOWED = new Set([
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_parameter',
  'collections.OrderedDict',
  ...Object.keys(STORAGE_DTYPES).map((s) => `torch.${s}`),
]);

interface Storage {
  dtype: DType;
  buffer: ArrayBuffer;
}

/** True when `bytes` start like PyTorch's legacy (pre-1.6) pickle stream: PROTO 2, LONG1 magic. */
export function isLegacyPyTorch(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x80 &&
    bytes[1] === 0x02 &&
    bytes[2] === 0x8a &&
    bytes[3] === 0x0a
  );
}

/** True when `bytes` start like a zip archive (PyTorch >= 1.6's default format). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

/**
 * Reads a checkpoint written by PyTorch's `torch.save(obj, path)` (zip format). Returns the saved
 * object with dicts as plain objects (or Maps, when keys are not all strings), lists as arrays and
 * tensors as Tensors; tensors keep PyTorch's strides, offsets and shared storages.
 * Only tensor-rebuild globals are accepted (Note [Safe unpickling]).
 *
 * @example
 * const sd = loadPyTorch(readFileSync('model.pt'), 'model.pt');
 * model.loadStateDict(sd);
 */
export function loadPyTorch(bytes: Uint8Array, what = 'PyTorch checkpoint'): unknown {
  if (!isZip(bytes)) {
    if (isLegacyPyTorch(bytes)) {
      throw new MalformedModelError(
        `${what}: PyTorch's legacy (pre-1.6) format is not supported; re-save it with a newer PyTorch ` +
          '(torch.save(obj, path) writes the zip format by default)',
      );
    }
    throw new MalformedModelError(`${what}: not a PyTorch zip checkpoint (bad magic bytes)`);
  }
  const zip = new ZipReader(bytes, what);
  const pkls = [...zip.entries.keys()].filter((n) => /^[^/]+\/data\.pkl$/.test(n));
  if (pkls.length !== 1) {
    throw new MalformedModelError(
      `${what}: expected one '<name>/data.pkl' entry, found ${pkls.length}`,
    );
  }
  const prefix = pkls[0].slice(0, -'data.pkl'.length);
  const storages = new Map<string, Storage>();

  const persistentLoad = (pid: unknown): Storage => {
    if (!(pid instanceof PickleTuple) || pid.length !== 5 || pid[0] !== 'storage') {
      throw new MalformedModelError(
        `${what}: unsupported persistent id (expected ('storage', type, key, location, numel))`,
      );
    }
    const [, type, key, , numel] = pid as unknown[];
    const dtype = storageDType(type, what);
    if (typeof key !== 'string' || !/^[A-Za-z0-9_]+$/.test(key)) {
      throw new MalformedModelError(`${what}: invalid storage key ${JSON.stringify(key)}`);
    }
    if (typeof numel !== 'number' || !Number.isInteger(numel) || numel < 0) {
      throw new MalformedModelError(`${what}: storage '${key}' has an invalid element count`);
    }
    const cached = storages.get(key);
    if (cached) {
      if (cached.dtype !== dtype)
        throw new MalformedModelError(`${what}: storage '${key}' used with two dtypes`);
      return cached;
    }
    const raw = zip.read(`${prefix}data/${key}`);
    const want = numel * dtypeInfo(dtype).itemSize;
    if (raw.length < want) {
      throw new MalformedModelError(
        `${what}: storage '${key}' has ${raw.length} bytes, ${numel} ${dtype} need ${want}`,
      );
    }
    // Copied into its own aligned buffer: tensors never alias the file's bytes.
    const s: Storage = { dtype, buffer: raw.slice(0, want).buffer };
    storages.set(key, s);
    return s;
  };

  const call = (fn: PickleGlobal, args: unknown[]): unknown => {
    switch (fn.qualified) {
      case 'collections.OrderedDict':
        if (args.length !== 0)
          throw new UnsafePickleError(`${what}: OrderedDict called with arguments`);
        return new PickleDict();
      case 'torch._utils._rebuild_tensor_v2':
        return rebuildTensor(args, what);
      case 'torch._utils._rebuild_parameter': {
        const [data, requiresGrad] = args;
        if (!(data instanceof Tensor))
          throw new MalformedModelError(`${what}: _rebuild_parameter without a tensor`);
        if (requiresGrad === true && data.dtype.startsWith('float')) data.requiresGrad = true;
        return data;
      }
      default:
        throw new UnsafePickleError(
          `${what}: refusing to call '${fn.qualified}' (it is not a tensor-rebuild function)`,
        );
    }
  };

  const result = unpickle(
    zip.read(pkls[0]),
    {
      persistentLoad,
      call,
      isAllowed: (m, n) => ALLOWED.has(`${m}.${n}`),
    },
    `${what}: ${pkls[0]}`,
  );
  return toJs(result);
}

function storageDType(type: unknown, what: string): DType {
  const g = type as PickleGlobal;
  const dtype = g?.module === 'torch' ? STORAGE_DTYPES[g.name] : undefined;
  if (!dtype) throw new MalformedModelError(`${what}: persistent id names an unknown storage type`);
  return dtype;
}

// _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
function rebuildTensor(args: unknown[], what: string): Tensor {
  const [storage, offset, size, stride, requiresGrad] = args;
  const s = storage as Storage;
  if (!s || !(s.buffer instanceof ArrayBuffer))
    throw new MalformedModelError(`${what}: _rebuild_tensor_v2 without a storage`);
  const ints = (v: unknown, name: string): number[] => {
    if (
      !(v instanceof PickleTuple) ||
      !v.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)
    ) {
      throw new MalformedModelError(
        `${what}: _rebuild_tensor_v2 ${name} must be a tuple of non-negative ints`,
      );
    }
    return v as unknown as number[];
  };
  const shape = ints(size, 'size');
  const strides = ints(stride, 'stride');
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw new MalformedModelError(
      `${what}: _rebuild_tensor_v2 storage offset must be a non-negative int`,
    );
  }
  let value: CoreTensor;
  try {
    value = new CoreTensor(s.dtype, shape, s.buffer, strides, offset);
  } catch (e) {
    if (e instanceof ShapeError)
      throw new MalformedModelError(`${what}: tensor does not fit its storage: ${e.message}`);
    throw e;
  }
  const t = new Tensor(value);
  if (requiresGrad === true && s.dtype.startsWith('float')) t.requiresGrad = true;
  return t;
}

// Pickle values → JS: dicts with all-string keys become plain objects, tuples become arrays.
function toJs(v: unknown): unknown {
  if (v instanceof PickleDict) {
    const keys = [...v.keys()];
    if (keys.every((k) => typeof k === 'string')) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of v) out[k as string] = toJs(x);
      return out;
    }
    return new Map([...v].map(([k, x]) => [k, toJs(x)]));
  }
  if (Array.isArray(v)) return Array.from(v, toJs);
  return v;
}
