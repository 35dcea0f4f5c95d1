// Sequential, ModuleList, ModuleDict: children named '0', '1', ... (or by key), as PyTorch.
import { Module } from './module.js';

/** Keeps children in an explicit order map (Note [Module attributes]). */
abstract class OrderedContainer extends Module {
  protected readonly _order = new Map<string, Module>();

  protected override _entries(): [string, unknown][] {
    return [...this._order];
  }

  protected _set(name: string, m: Module): void {
    if (!(m instanceof Module))
      throw new TypeError(`${this.constructor.name}: ${String(m)} is not a Module`);
    this._order.set(name, m);
  }

  override registerModule(name: string, m: Module | null): void {
    if (m === null) this._order.delete(name);
    else this._set(name, m);
  }

  get length(): number {
    return this._order.size;
  }
}

/**
 * Runs its modules in order, feeding each one's output to the next.
 * @example const net = new nn.Sequential(new nn.Linear(4, 8), new nn.ReLU(), new nn.Linear(8, 2));
 */
export class Sequential extends OrderedContainer {
  constructor(...modules: Module[] | [Map<string, Module>]) {
    super();
    if (modules.length === 1 && modules[0] instanceof Map) {
      for (const [k, m] of modules[0]) this._set(k, m);
    } else {
      (modules as Module[]).forEach((m, i) => this._set(String(i), m));
    }
  }

  override forward(x: unknown): any {
    let y = x;
    for (const m of this._order.values()) y = m.call(y as never);
    return y;
  }

  /** The i-th module (negative counts from the end). */
  get(i: number): Module {
    const list = [...this._order.values()];
    const m = list[i < 0 ? i + list.length : i];
    if (!m)
      throw new RangeError(`index ${i} is out of range for a Sequential of length ${list.length}`);
    return m;
  }

  append(m: Module): this {
    this._set(String(this._order.size), m);
    return this;
  }

  [Symbol.iterator](): Iterator<Module> {
    return this._order.values();
  }
}

/**
 * A list of modules whose parameters are registered (names '0', '1', ...).
 * @example this.layers = new nn.ModuleList([new nn.Linear(4, 4), new nn.Linear(4, 4)]);
 */
export class ModuleList extends OrderedContainer {
  constructor(modules: Iterable<Module> = []) {
    super();
    for (const m of modules) this.append(m);
  }

  get(i: number): Module {
    const list = [...this._order.values()];
    const m = list[i < 0 ? i + list.length : i];
    if (!m)
      throw new RangeError(`index ${i} is out of range for a ModuleList of length ${list.length}`);
    return m;
  }

  append(m: Module): this {
    this._set(String(this._order.size), m);
    return this;
  }

  extend(ms: Iterable<Module>): this {
    for (const m of ms) this.append(m);
    return this;
  }

  [Symbol.iterator](): Iterator<Module> {
    return this._order.values();
  }
}

/**
 * A dict of modules, in insertion order.
 * @example this.heads = new nn.ModuleDict({ cls: new nn.Linear(8, 3), box: new nn.Linear(8, 4) });
 */
export class ModuleDict extends OrderedContainer {
  constructor(modules: Record<string, Module> | Iterable<[string, Module]> = {}) {
    super();
    const entries = Symbol.iterator in modules ? modules : Object.entries(modules);
    for (const [k, m] of entries as Iterable<[string, Module]>) this.set(k, m);
  }

  get(key: string): Module | undefined {
    return this._order.get(key);
  }

  set(key: string, m: Module): this {
    if (key.includes('.') || key === '')
      throw new TypeError(`module name can't be empty or contain ".", got "${key}"`);
    this._set(key, m);
    return this;
  }

  has(key: string): boolean {
    return this._order.has(key);
  }

  delete(key: string): boolean {
    return this._order.delete(key);
  }

  keys(): IterableIterator<string> {
    return this._order.keys();
  }

  values(): IterableIterator<Module> {
    return this._order.values();
  }

  items(): IterableIterator<[string, Module]> {
    return this._order.entries();
  }
}
