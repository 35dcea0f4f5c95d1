// nn.Module and nn.Parameter.
//
// Note [Module attributes]: a module's parameters, submodules and buffers are its own properties,
// found by walking them in property order (no Proxy, so subclasses may use #private fields and
// plain assignment): `this.weight = new Parameter(...)` registers a parameter, `this.fc = new
// Linear(...)` a submodule. Buffers are plain tensors named through registerBuffer. JS orders
// integer-like property names first, ascending; containers keep their own order (_entries).
import { Tensor as CoreTensor, copyStrided } from '@tandem/core';
import { noGrad } from '../autograd/grad-mode.js';
import { Tensor } from '../tensor.js';
import { cast } from './functional/ops.js';

/**
 * A tensor that is a module parameter: requiresGrad by default and registered when assigned to a
 * module attribute.
 * @example this.weight = new nn.Parameter(torch.randn(3, 4));
 */
export class Parameter extends Tensor {
  constructor(data: Tensor | CoreTensor, requiresGrad = true) {
    const t = data instanceof Tensor ? data : new Tensor(data);
    super(t._value, t._version);
    if (requiresGrad) this.requiresGrad = true;
  }

  override toString(): string {
    return `Parameter containing:\n${super.toString()}`;
  }
}

export type StateDict = Record<string, Tensor>;

export interface LoadResult {
  missingKeys: string[];
  unexpectedKeys: string[];
}

export interface RemovableHandle {
  remove(): void;
}

type PreHook = (module: Module, args: unknown[]) => unknown[] | void;
type FwdHook = (module: Module, args: unknown[], output: unknown) => unknown;

function checkName(kind: string, name: string): void {
  if (typeof name !== 'string' || name === '' || name.includes('.')) {
    throw new TypeError(`${kind} name can't be empty or contain ".", got "${name}"`);
  }
}

function handle<T>(list: T[], item: T): RemovableHandle {
  list.push(item);
  return { remove: () => void (list.includes(item) && list.splice(list.indexOf(item), 1)) };
}

/**
 * Base class of all layers. Subclasses assign parameters and submodules in their constructor and
 * implement `forward`. Call a module with `m.call(x)` (runs forward hooks) or `m.forward(x)`.
 * @example
 * class MLP extends nn.Module {
 *   fc1 = new nn.Linear(4, 8);
 *   fc2 = new nn.Linear(8, 2);
 *   forward(x: Tensor) { return this.fc2.call(F.relu(this.fc1.call(x))); }
 * }
 */
export class Module {
  training = true;
  private readonly _buffers = new Map<string, boolean>(); // name -> persistent
  private readonly _preHooks: PreHook[] = [];
  private readonly _hooks: FwdHook[] = [];

  // biome-ignore lint/suspicious/noExplicitAny: modules take any arguments, like PyTorch's.
  forward(..._args: any[]): any {
    throw new Error(`Module [${this.constructor.name}] is missing the required "forward" function`);
  }

  /** Runs forward pre-hooks, forward, then forward hooks (PyTorch's `module(x)`). */
  call(...args: Parameters<this['forward']>): ReturnType<this['forward']> {
    let a: unknown[] = args;
    for (const h of [...this._preHooks]) {
      const r = h(this, a);
      if (r !== undefined) a = Array.isArray(r) ? r : [r];
    }
    let out = this.forward(...a);
    for (const h of [...this._hooks]) {
      const r = h(this, a, out);
      if (r !== undefined) out = r;
    }
    return out;
  }

  registerForwardPreHook(hook: PreHook): RemovableHandle {
    return handle(this._preHooks, hook);
  }

  /** `hook(module, args, output)`; a returned value replaces the output. */
  registerForwardHook(hook: FwdHook): RemovableHandle {
    return handle(this._hooks, hook);
  }

  /** Own attributes in registration order (Note [Module attributes]). */
  protected _entries(): [string, unknown][] {
    return Object.entries(this);
  }

  registerParameter(name: string, param: Parameter | null): void {
    checkName('parameter', name);
    if (param !== null && !(param instanceof Parameter)) {
      throw new TypeError(
        `cannot assign '${(param as object)?.constructor?.name}' object to parameter '${name}' (nn.Parameter or null required)`,
      );
    }
    (this as Record<string, unknown>)[name] = param;
  }

  /** A tensor that is state but not a parameter (e.g. running_mean); persistent ones are in stateDict. */
  registerBuffer(name: string, tensor: Tensor | null, opts: { persistent?: boolean } = {}): void {
    checkName('buffer', name);
    if (tensor !== null && (!(tensor instanceof Tensor) || tensor instanceof Parameter)) {
      throw new TypeError(
        `cannot assign '${(tensor as object)?.constructor?.name}' object to buffer '${name}' (Tensor or null required)`,
      );
    }
    this._buffers.set(name, opts.persistent ?? true);
    (this as Record<string, unknown>)[name] = tensor;
  }

  registerModule(name: string, module: Module | null): void {
    checkName('module', name);
    (this as Record<string, unknown>)[name] = module;
  }

  addModule(name: string, module: Module | null): void {
    this.registerModule(name, module);
  }

  *namedParameters(
    opts: { prefix?: string; recurse?: boolean } = {},
  ): Generator<[string, Parameter]> {
    const seen = new Set<Tensor>();
    const mods = opts.recurse === false ? [['', this] as [string, Module]] : this.namedModules();
    for (const [mp, m] of mods) {
      for (const [n, v] of m._entries()) {
        if (!(v instanceof Parameter) || seen.has(v)) continue;
        seen.add(v);
        yield [join(opts.prefix ?? '', join(mp, n)), v];
      }
    }
  }

  *parameters(opts: { recurse?: boolean } = {}): Generator<Parameter> {
    for (const [, p] of this.namedParameters(opts)) yield p;
  }

  *namedBuffers(opts: { prefix?: string; recurse?: boolean } = {}): Generator<[string, Tensor]> {
    const mods = opts.recurse === false ? [['', this] as [string, Module]] : this.namedModules();
    for (const [mp, m] of mods) {
      for (const [n, v] of m._ownBuffers()) yield [join(opts.prefix ?? '', join(mp, n)), v];
    }
  }

  *buffers(opts: { recurse?: boolean } = {}): Generator<Tensor> {
    for (const [, b] of this.namedBuffers(opts)) yield b;
  }

  private _ownBuffers(persistentOnly = false): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    for (const [n, persistent] of this._buffers) {
      const v = (this as Record<string, unknown>)[n];
      if (v instanceof Tensor && (persistent || !persistentOnly)) out.push([n, v]);
    }
    return out;
  }

  *namedChildren(): Generator<[string, Module]> {
    const seen = new Set<Module>();
    for (const [n, v] of this._entries()) {
      if (v instanceof Module && !seen.has(v)) {
        seen.add(v);
        yield [n, v];
      }
    }
  }

  *children(): Generator<Module> {
    for (const [, m] of this.namedChildren()) yield m;
  }

  /** This module and all below it, depth first, each once. */
  *namedModules(prefix = '', memo = new Set<Module>()): Generator<[string, Module]> {
    if (memo.has(this)) return;
    memo.add(this);
    yield [prefix, this];
    for (const [n, m] of this.namedChildren()) yield* m.namedModules(join(prefix, n), memo);
  }

  *modules(): Generator<Module> {
    for (const [, m] of this.namedModules()) yield m;
  }

  /** Sets training mode here and below. */
  train(mode = true): this {
    for (const m of this.modules()) m.training = mode;
    return this;
  }

  eval(): this {
    return this.train(false);
  }

  /** Applies `fn` to every submodule (children first) and then to this module. */
  apply(fn: (m: Module) => void): this {
    for (const c of this.children()) c.apply(fn);
    fn(this);
    return this;
  }

  requiresGrad_(on = true): this {
    for (const p of this.parameters()) p.requiresGrad = on;
    return this;
  }

  /** Clears parameter gradients (to null by default, as PyTorch 2; setToNone false zeroes them). */
  zeroGrad(opts: { setToNone?: boolean } = {}): void {
    for (const p of this.parameters()) {
      if (!p.grad) continue;
      if (opts.setToNone ?? true) p.grad = null;
      else {
        const z = new CoreTensor(p.grad.dtype, p.grad.shape);
        p.grad.gradFn = null;
        p.grad._value = z; // fresh zeros (ArrayBuffers start zeroed)
      }
    }
  }

  /**
   * Parameters and persistent buffers by PyTorch's dotted names (`0.weight`, `bn.running_mean`),
   * in PyTorch's order: each module's parameters, then its buffers, then its children. Values are
   * detached tensors sharing storage with the module.
   */
  stateDict(opts: { prefix?: string; keepVars?: boolean } = {}): StateDict {
    const out: StateDict = {};
    const visit = (m: Module, prefix: string) => {
      for (const [n, v] of m._entries()) {
        if (v instanceof Parameter) out[prefix + n] = opts.keepVars ? v : v.detach();
      }
      for (const [n, v] of m._ownBuffers(true)) out[prefix + n] = opts.keepVars ? v : v.detach();
      for (const [n, c] of m.namedChildren()) visit(c, `${prefix}${n}.`);
    };
    visit(this, opts.prefix ?? '');
    return out;
  }

  /**
   * Copies values from `stateDict` into this module's parameters and buffers, in place. Strict mode
   * (default) throws on missing or unexpected keys; a shape mismatch always throws, naming the key.
   * @example model.loadStateDict(torch.load('model.safetensors'))
   */
  loadStateDict(
    stateDict: StateDict | Map<string, Tensor>,
    opts: { strict?: boolean } = {},
  ): LoadResult {
    const strict = opts.strict ?? true;
    const given = stateDict instanceof Map ? stateDict : new Map(Object.entries(stateDict));
    const own = this.stateDict({ keepVars: true });
    const missingKeys = Object.keys(own).filter((k) => !given.has(k));
    const unexpectedKeys = [...given.keys()].filter((k) => !(k in own));
    const errors: string[] = [];
    for (const [k, dst] of Object.entries(own)) {
      const src = given.get(k);
      if (!src) continue;
      if (!(src instanceof Tensor)) {
        errors.push(
          `While copying the parameter named "${k}", expected a Tensor in the state dict`,
        );
      } else if (src.shape.join() !== dst.shape.join()) {
        errors.push(
          `size mismatch for ${k}: copying a param with shape [${src.shape}] from checkpoint, ` +
            `the shape in current model is [${dst.shape}].`,
        );
      }
    }
    if (strict) {
      if (unexpectedKeys.length)
        errors.unshift(
          `Unexpected key(s) in state_dict: ${unexpectedKeys.map((k) => `"${k}"`).join(', ')}.`,
        );
      if (missingKeys.length)
        errors.unshift(
          `Missing key(s) in state_dict: ${missingKeys.map((k) => `"${k}"`).join(', ')}.`,
        );
    }
    if (errors.length) {
      throw new Error(
        `Error(s) in loading state_dict for ${this.constructor.name}:\n\t${errors.join('\n\t')}`,
      );
    }
    noGrad(() => {
      for (const [k, dst] of Object.entries(own)) {
        const src = given.get(k);
        if (src) copyInto(dst, src);
      }
    });
    return { missingKeys, unexpectedKeys };
  }

  /** Casts floating-point parameters and buffers to `dtype` (float32/float64), in place. */
  to(dtype: 'float32' | 'float64'): this {
    noGrad(() => {
      for (const t of [...this.parameters(), ...this.buffers()]) {
        if (t.dtype === dtype || !(t.dtype === 'float32' || t.dtype === 'float64')) continue;
        t._value = cast(t.detach(), dtype)._value;
      }
    });
    return this;
  }

  double(): this {
    return this.to('float64');
  }

  float(): this {
    return this.to('float32');
  }

  /** Extra text inside this module's repr, e.g. `in_features=4, out_features=2`. */
  extraRepr(): string {
    return '';
  }

  toString(): string {
    const kids = [...this.namedChildren()].map(
      ([n, m]) => `(${n}): ${String(m).replace(/\n/g, '\n  ')}`,
    );
    const extra = this.extraRepr();
    if (!kids.length) return `${this.constructor.name}(${extra})`;
    return `${this.constructor.name}(\n  ${[...(extra ? [extra] : []), ...kids].join('\n  ')}\n)`;
  }
}

function join(prefix: string, name: string): string {
  return prefix ? (name ? `${prefix}.${name}` : prefix) : name;
}

/** Copies `src` into `dst`'s storage (casting the dtype), as PyTorch's param.copy_(src). */
function copyInto(dst: Tensor, src: Tensor): void {
  const v = src.dtype === dst.dtype ? src._value : cast(src.detach(), dst.dtype)._value;
  if (!dst._value.isContiguous()) dst._value = dst._value.contiguous();
  copyStrided(v, dst._value);
  dst._version.n++;
}
