// The eager tensor: a core tensor plus autograd metadata. Methods live in methods.ts.
import { type DType, Tensor as CoreTensor, copyStrided, execute } from '@tandem/core';
import { AccumulateGrad, type GraphNode, type Hook } from './autograd/node.js';

/** Counts in-place writes to a storage; views share one counter (Note [Saved values]). */
export interface VersionCounter {
  n: number;
}

export class Tensor {
  /** The value. Replaced wholesale only by `.data = ...`; in-place ops write into its buffer. */
  _value: CoreTensor;
  _requiresGrad = false;
  grad: Tensor | null = null;
  /** The node that produced this tensor (null for leaves). */
  gradFn: GraphNode | null = null;
  /** Which output of gradFn this is. */
  _outputIndex = 0;
  _version: VersionCounter;
  _accumulator: AccumulateGrad | undefined;
  _leafHooks: Hook[] = [];
  /** The tensor owning the storage this one views (unset for non-views), as PyTorch's `_base`. */
  _base?: Tensor;
  _retainsGrad = false;

  constructor(value: CoreTensor, version?: VersionCounter) {
    this._value = value;
    this._version = version ?? { n: 0 };
  }

  get shape(): number[] {
    return [...this._value.shape];
  }

  get dtype(): DType {
    return this._value.dtype;
  }

  get device(): 'cpu' {
    return 'cpu';
  }

  get ndim(): number {
    return this._value.rank;
  }

  dim(): number {
    return this._value.rank;
  }

  size(dim?: number): number[] | number {
    if (dim === undefined) return this.shape;
    const d = dim < 0 ? dim + this.ndim : dim;
    if (d < 0 || d >= this.ndim)
      throw new RangeError(`size: dim ${dim} out of range for a ${this.ndim}-d tensor`);
    return this._value.shape[d];
  }

  numel(): number {
    return this._value.size;
  }

  get requiresGrad(): boolean {
    return this._requiresGrad;
  }

  set requiresGrad(on: boolean) {
    this.requiresGrad_(on);
  }

  /** PyTorch's requires_grad_: only leaves may change it; only float tensors may require grad. */
  requiresGrad_(on = true): this {
    if (!this.isLeaf && !on) {
      throw new Error(
        'you can only change requiresGrad flags of leaf variables; use detach() for a non-leaf',
      );
    }
    if (on && !isFloat(this.dtype)) {
      throw new TypeError(
        `only tensors of floating point dtype can require gradients (got ${this.dtype})`,
      );
    }
    this._requiresGrad = on;
    return this;
  }

  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  /** Keeps `.grad` for a non-leaf after backward (accumulating across backward calls). */
  retainGrad(): this {
    if (!this._requiresGrad)
      throw new Error("can't retain_grad on a tensor that has requiresGrad=false");
    if (this.isLeaf || this._retainsGrad) return this;
    this._retainsGrad = true;
    this.registerHook((g) => {
      const v = g._value;
      if (!this.grad) {
        const copy = new CoreTensor(v.dtype, v.shape);
        copyStrided(v, copy);
        this.grad = new Tensor(copy);
      } else {
        this.grad._value = execute('Add', [this.grad._value, v])[0];
      }
    });
    return this;
  }

  get retainsGrad(): boolean {
    return this.isLeaf ? false : this._retainsGrad;
  }

  /** The accumulator node for a leaf that requires grad (one per tensor, made on first use). */
  _gradAccumulator(): AccumulateGrad {
    this._accumulator ??= new AccumulateGrad(this);
    return this._accumulator;
  }

  /** Registers a hook on this tensor's gradient; it may return a replacement. Returns a remover. */
  registerHook(hook: Hook): { remove(): void } {
    if (!this._requiresGrad)
      throw new Error("cannot register a hook on a tensor that doesn't require gradient");
    let list: Hook[];
    if (this.gradFn) {
      const hooks = this.gradFn.outputHooks;
      list = hooks.get(this._outputIndex) ?? [];
      hooks.set(this._outputIndex, list);
    } else {
      list = this._leafHooks;
    }
    list.push(hook);
    return { remove: () => void list.splice(list.indexOf(hook) >>> 0, 1) };
  }

  /** A new tensor sharing storage, cut from the graph. */
  detach(): Tensor {
    return new Tensor(this._value, this._version);
  }

  /** In place: cut this tensor from the graph (it becomes a leaf). */
  detach_(): this {
    this.gradFn = null;
    this._requiresGrad = false;
    return this;
  }

  /** The value without autograd history, sharing storage but not the version counter (as PyTorch's .data). */
  get data(): Tensor {
    return new Tensor(this._value);
  }

  set data(t: Tensor) {
    this._value = t._value;
  }

  toString(): string {
    const g = this.gradFn
      ? `, gradFn=<${this.gradFn.name}>`
      : this._requiresGrad
        ? ', requiresGrad=true'
        : '';
    return `tensor(${JSON.stringify(this._value.toArray(), (_k, v) => (typeof v === 'bigint' ? Number(v) : v))}${this.dtype !== 'float32' ? `, dtype=${this.dtype}` : ''}${g})`;
  }
}

export function isFloat(d: DType): boolean {
  return d === 'float32' || d === 'float64' || d === 'float16' || d === 'bfloat16';
}
