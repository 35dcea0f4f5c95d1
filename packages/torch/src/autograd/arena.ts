// Note [Backward arena]: every backward pass allocates the same temporaries (gradient buffers and
// formula intermediates). Fresh ArrayBuffers cost page faults on first write and GC work, so
// buffers allocated during a backward pass that do not escape it (into a leaf's .grad, a captured
// gradient, a hook or a user Function) return to a pool that the next backward pass draws from.
import { type DType, Tensor as CoreTensor, dtypeInfo } from '@tandem/core';

const MAX_POOLED_BYTES = 512 * 2 ** 20;
const pool = new Map<number, ArrayBuffer[]>();
let pooledBytes = 0;

export class Arena {
  readonly allocated = new Set<ArrayBuffer>();

  readonly alloc = (dtype: DType, shape: readonly number[]): CoreTensor => {
    let n = 1;
    for (const d of shape) n *= d;
    const bytes = n * dtypeInfo(dtype).itemSize;
    const buf = pool.get(bytes)?.pop();
    if (buf) {
      pooledBytes -= bytes;
      new Uint8Array(buf).fill(0);
      this.allocated.add(buf);
      return new CoreTensor(dtype, shape, buf);
    }
    const t = new CoreTensor(dtype, shape);
    this.allocated.add(t.buffer as ArrayBuffer);
    return t;
  };

  /** Returns every buffer this pass allocated, except `escaped`, to the pool. */
  recycle(escaped: ReadonlySet<ArrayBufferLike>): void {
    for (const buf of this.allocated) {
      if (
        escaped.has(buf) ||
        buf.byteLength === 0 ||
        pooledBytes + buf.byteLength > MAX_POOLED_BYTES
      )
        continue;
      let list = pool.get(buf.byteLength);
      if (!list) pool.set(buf.byteLength, (list = []));
      list.push(buf);
      pooledBytes += buf.byteLength;
    }
    this.allocated.clear();
  }
}

let active: Arena | undefined;

/** The allocator eager ops use right now (the backward arena while one runs). */
export function activeAllocator(): Arena['alloc'] | undefined {
  return active?.alloc;
}

export function withArena<T>(arena: Arena | undefined, fn: () => T): T {
  const prev = active;
  active = arena;
  try {
    return fn();
  } finally {
    active = prev;
  }
}
