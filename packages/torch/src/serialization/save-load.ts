// torch.save / torch.load: state dicts as safetensors, written atomically; PyTorch zips readable.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { ArgumentError, MalformedModelError, Tensor as CoreTensor, getLimits } from '@tandem/core';
import { Tensor } from '../tensor.js';
import { isLegacyPyTorch, isZip, loadPyTorch } from './pytorch-zip.js';
import { decodeSafetensors, encodeSafetensors } from './safetensors.js';

/**
 * Note [Checkpoint layout]: `save` writes safetensors. A flat `{name: Tensor}` state dict is
 * stored as is (metadata `format: "pt"`), so other safetensors readers load it. Anything nested
 * (`{model: module.stateDict(), optimizer: opt.stateDict(), epoch: 3}`) is stored as:
 * - every tensor under its dotted path (`model.fc.weight`, `optimizer.state.0.exp_avg`);
 * - the rest of the tree as JSON in `__metadata__["tandem.tree"]`, with each tensor replaced by
 *   `{"$tensor": "<dotted path>"}` and numbers JSON cannot hold as `{"$float": "Infinity"}`,
 *   `{"$bigint": "123"}` — so `load` returns the same nested object (Maps become objects).
 */
const TREE_KEY = 'tandem.tree';

/** The file-system calls `save` makes; tests replace them to simulate a crash mid-write. */
export const _fs = {
  openSync: fs.openSync,
  writeSync: fs.writeSync,
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
};

/**
 * Saves a state dict (or a nested object of them) to `path` in safetensors format, atomically:
 * the bytes go to a temporary file in the same folder, are fsynced, and replace `path` with one
 * rename — a crash mid-save leaves any previous file intact.
 *
 * @example
 * torch.save(model.stateDict(), 'model.safetensors');
 * torch.save({ model: model.stateDict(), optimizer: opt.stateDict(), epoch }, 'ckpt.safetensors');
 */
export function save(obj: unknown, path: string): void {
  const tensors = new Map<string, CoreTensor>();
  const metadata: Record<string, string> = { format: 'pt' };
  if (!isFlatStateDict(obj)) {
    const tree = encodeTree(obj, [], tensors);
    metadata[TREE_KEY] = JSON.stringify(tree);
  } else {
    for (const [k, v] of Object.entries(obj)) tensors.set(k, v._value);
  }
  writeAtomic(path, encodeSafetensors(tensors, metadata));
}

/**
 * Loads a checkpoint: a safetensors file (as written by `save` or any safetensors writer) or a
 * PyTorch `torch.save` zip file (read without executing anything; Note [Safe unpickling]).
 *
 * @example
 * model.loadStateDict(torch.load('model.safetensors') as Record<string, Tensor>);
 */
export function load(path: string): unknown {
  const size = fs.statSync(path).size;
  if (size > getLimits().maxModelBytes) {
    throw new MalformedModelError(
      `${path}: ${size} bytes is over the model size limit (setLimits({ maxModelBytes }))`,
    );
  }
  const bytes = fs.readFileSync(path);
  return loadBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}

/** `load` on bytes in memory; `what` names the source in errors. */
export function loadBytes(bytes: Uint8Array, what = 'checkpoint'): unknown {
  if (isZip(bytes) || isLegacyPyTorch(bytes)) return loadPyTorch(bytes, what);
  const { tensors, metadata } = decodeSafetensors(bytes, what);
  const tree = metadata[TREE_KEY];
  if (tree === undefined) {
    const out: Record<string, Tensor> = {};
    for (const [k, v] of tensors) out[k] = new Tensor(v);
    return out;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(tree);
  } catch (e) {
    throw new MalformedModelError(
      `${what}: metadata '${TREE_KEY}' is not valid JSON (${(e as Error).message})`,
    );
  }
  const used = new Set<string>();
  const out = decodeTree(parsed, tensors, used, what);
  for (const k of tensors.keys()) {
    if (!used.has(k))
      throw new MalformedModelError(`${what}: tensor '${k}' is not referenced by '${TREE_KEY}'`);
  }
  return out;
}

function isFlatStateDict(obj: unknown): obj is Record<string, Tensor> {
  return isPlainObject(obj) && Object.values(obj).every((v) => v instanceof Tensor);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    v !== null &&
    typeof v === 'object' &&
    (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)
  );
}

function encodeTree(v: unknown, path: string[], tensors: Map<string, CoreTensor>): unknown {
  if (v instanceof Tensor) {
    const key = path.length ? path.join('.') : '$root';
    if (tensors.has(key))
      throw new ArgumentError(`save: two tensors map to the key '${key}'; rename one`);
    tensors.set(key, v._value);
    return { $tensor: key };
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $float: String(v) };
  if (typeof v === 'bigint') return { $bigint: v.toString() };
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean')
    return v ?? null;
  if (Array.isArray(v)) return v.map((x, i) => encodeTree(x, [...path, String(i)], tensors));
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) o[String(k)] = encodeTree(x, [...path, String(k)], tensors);
    return o;
  }
  if (isPlainObject(v)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k.startsWith('$'))
        throw new ArgumentError(`save: keys starting with '$' are reserved ('${k}')`);
      o[k] = encodeTree(x, [...path, k], tensors);
    }
    return o;
  }
  throw new ArgumentError(
    `save: cannot store a ${(v as object).constructor?.name ?? typeof v} at '${path.join('.')}' ` +
      '(supported: Tensors, numbers, strings, booleans, null, arrays, plain objects, Maps)',
  );
}

function decodeTree(
  v: unknown,
  tensors: Map<string, CoreTensor>,
  used: Set<string>,
  what: string,
): unknown {
  if (Array.isArray(v)) return v.map((x) => decodeTree(x, tensors, used, what));
  if (!isPlainObject(v)) return v;
  if ('$tensor' in v) {
    const key = v.$tensor as string;
    const t = tensors.get(key);
    if (!t)
      throw new MalformedModelError(`${what}: '${TREE_KEY}' refers to a missing tensor '${key}'`);
    if (used.has(key))
      throw new MalformedModelError(`${what}: tensor '${key}' is referenced twice`);
    used.add(key);
    return new Tensor(t);
  }
  if ('$float' in v) return Number(v.$float);
  if ('$bigint' in v) return BigInt(v.$bigint as string);
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) o[k] = decodeTree(x, tensors, used, what);
  return o;
}

/** Writes `bytes` to `path` through a temporary file in the same folder, fsync and rename. */
function writeAtomic(path: string, bytes: Uint8Array): void {
  const dir = nodePath.dirname(nodePath.resolve(path));
  const tmp = nodePath.join(
    dir,
    `.${nodePath.basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = _fs.openSync(tmp, 'wx', 0o644);
    for (let off = 0; off < bytes.length;) off += _fs.writeSync(fd, bytes, off, bytes.length - off);
    _fs.fsyncSync(fd);
    _fs.closeSync(fd);
    fd = undefined;
    _fs.renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) {
      try {
        _fs.closeSync(fd);
      } catch {
        // already failing; the original error matters
      }
    }
    try {
      _fs.unlinkSync(tmp);
    } catch {
      // the temporary file may not exist
    }
    throw e;
  }
  // Persist the rename itself (best effort: not every platform can fsync a directory).
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // directories cannot be opened for fsync on some systems (Windows)
  }
}
