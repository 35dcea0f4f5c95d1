// The optimizer base: parameter groups, per-parameter state, zeroGrad, step, state dicts.
import { ArgumentError, Tensor as CoreTensor } from '@tandem/core';
import { enableGrad, noGrad } from '../autograd/grad-mode.js';
import { Tensor, isFloat } from '../tensor.js';
import { assign, castTo, clone } from './update-math.js';

/** A parameter group as given to a constructor or `addParamGroup` (hyperparameters in camelCase). */
export interface ParamGroupInput {
  params: Tensor | Iterable<Tensor>;
  [hyperparameter: string]: unknown;
}

/** A live parameter group: its parameters and every hyperparameter (defaults filled in). */
export interface ParamGroup {
  params: Tensor[];
  lr: number;
  [hyperparameter: string]: unknown;
}

/** What optimizers accept: parameters, or groups of parameters with their own hyperparameters. */
export type Params = Iterable<Tensor> | Iterable<ParamGroupInput>;

/** Per-parameter state, keyed as in PyTorch (`step`, `momentum_buffer`, `exp_avg`, ...). */
export type ParamState = Record<string, Tensor | number | null>;

/**
 * An optimizer's state dict in PyTorch's layout. Note [State dict keys]: keys inside state dicts
 * stay PyTorch's snake_case (`momentum_buffer`, `exp_avg`, `exp_avg_sq`, `step`, `weight_decay`,
 * `initial_lr`, ...) so they map 1:1 to PyTorch's; the live `paramGroups` use camelCase
 * (`weightDecay`). `step` is a plain number (PyTorch 1.13 keeps a 0-d tensor for Adam).
 */
export interface OptimizerStateDict {
  state: Record<number, Record<string, Tensor | number | null>>;
  param_groups: Array<Record<string, unknown> & { params: number[] }>;
}

export type Closure = () => Tensor | number;

/** camelCase → snake_case (`weightDecay` → `weight_decay`). */
export const toSnake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** snake_case → camelCase (`weight_decay` → `weightDecay`). */
export const toCamel = (k: string): string =>
  k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * Base class of all optimizers (PyTorch's `torch.optim.Optimizer`).
 *
 * @example
 * const opt = new SGD([{ params: [w] }, { params: [b], lr: 0.01 }], { lr: 0.1, momentum: 0.9 });
 * opt.zeroGrad();
 * loss.backward();
 * opt.step();
 */
export abstract class Optimizer {
  readonly defaults: Readonly<Record<string, unknown>>;
  paramGroups: ParamGroup[] = [];
  /** Per-parameter state, filled lazily by `step()`. */
  state = new Map<Tensor, ParamState>();
  /** How many times step() ran (read by lr schedulers). */
  _stepCount = 0;

  constructor(params: Params | Tensor, defaults: Record<string, unknown>) {
    this.defaults = { ...defaults };
    const list =
      params instanceof Tensor ? [params] : [...(params as Iterable<Tensor | ParamGroupInput>)];
    if (list.length === 0)
      throw new ArgumentError(`${this.constructor.name}: got an empty parameter list`);
    const groups =
      list[0] instanceof Tensor ? [{ params: list as Tensor[] }] : (list as ParamGroupInput[]);
    for (const g of groups) this.addParamGroup(g);
  }

  /** Adds a group of parameters; unspecified hyperparameters come from the defaults. */
  addParamGroup(group: ParamGroupInput): void {
    const raw = group.params;
    if (raw === undefined) throw new ArgumentError('addParamGroup: the group has no "params"');
    const params = raw instanceof Tensor ? [raw] : [...raw];
    for (const p of params) {
      if (!(p instanceof Tensor)) throw new ArgumentError('optimizer can only optimize Tensors');
      if (!p.isLeaf) throw new ArgumentError("can't optimize a non-leaf Tensor");
    }
    const filled: ParamGroup = { ...this.defaults, ...group, params } as ParamGroup;
    for (const [k, v] of Object.entries(filled)) {
      if (v === REQUIRED) {
        throw new ArgumentError(
          `parameter group didn't specify a value of required optimization parameter ${k}`,
        );
      }
    }
    const seen = new Set(this.paramGroups.flatMap((g) => g.params));
    if (new Set(params).size !== params.length || params.some((p) => seen.has(p))) {
      throw new ArgumentError('some parameters appear in more than one parameter group');
    }
    this.paramGroups.push(filled);
  }

  /** Resets gradients: to null (the default, as in PyTorch 2) or to zeros in place. */
  zeroGrad({ setToNone = true }: { setToNone?: boolean } = {}): void {
    for (const g of this.paramGroups) {
      for (const p of g.params) {
        if (!p.grad) continue;
        if (setToNone) {
          p.grad = null;
        } else {
          p.grad.detach_();
          assign(p.grad, new CoreTensor(p.grad.dtype, p.grad.shape));
        }
      }
    }
  }

  /**
   * One optimization step. `closure` (re-evaluating the model and returning the loss) runs with
   * gradients enabled; the update itself runs under noGrad. Returns the closure's loss.
   */
  step(closure?: Closure): Tensor | number | undefined {
    const loss = closure ? enableGrad(closure) : undefined;
    noGrad(() => {
      for (const g of this.paramGroups) this.updateGroup(g);
    });
    this._stepCount++;
    return loss;
  }

  /** Applies one update to every parameter of `group` that has a gradient. */
  protected abstract updateGroup(group: ParamGroup): void;

  /** The state of `p`, created empty on first use. */
  protected stateOf(p: Tensor): ParamState {
    let s = this.state.get(p);
    if (!s) {
      s = {};
      this.state.set(p, s);
    }
    return s;
  }

  /** The state in PyTorch's layout; tensors are shared with the optimizer, as in PyTorch. */
  stateDict(): OptimizerStateDict {
    const index = new Map<Tensor, number>();
    const paramGroups = this.paramGroups.map((g) => {
      const packed: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(g)) if (k !== 'params') packed[toSnake(k)] = v;
      const ids = g.params.map((p) => {
        if (!index.has(p)) index.set(p, index.size);
        return index.get(p)!;
      });
      return { ...packed, params: ids };
    });
    const state: OptimizerStateDict['state'] = {};
    for (const [p, s] of this.state) {
      const i = index.get(p);
      if (i !== undefined) state[i] = { ...s };
    }
    return { state, param_groups: paramGroups };
  }

  /** Loads a state dict made by `stateDict()` (or PyTorch's, keys snake_case); tensors are copied. */
  loadStateDict(sd: OptimizerStateDict): void {
    const saved = sd?.param_groups;
    if (!Array.isArray(saved) || typeof sd.state !== 'object' || sd.state === null) {
      throw new ArgumentError('loadStateDict: expected {state, param_groups}');
    }
    if (saved.length !== this.paramGroups.length) {
      throw new ArgumentError(
        `loaded state dict has ${saved.length} parameter groups, ` +
          `the optimizer has ${this.paramGroups.length}`,
      );
    }
    const byId = new Map<number, Tensor>();
    saved.forEach((sg, gi) => {
      const g = this.paramGroups[gi];
      if (!Array.isArray(sg.params) || sg.params.length !== g.params.length) {
        throw new ArgumentError(
          `loaded state dict's parameter group ${gi} has ${sg.params?.length} parameters, ` +
            `the optimizer's has ${g.params.length}`,
        );
      }
      sg.params.forEach((id, j) => byId.set(Number(id), g.params[j]));
    });
    const state = new Map<Tensor, ParamState>();
    for (const [k, v] of Object.entries(sd.state)) {
      const p = byId.get(Number(k));
      if (!p)
        throw new ArgumentError(`loadStateDict: state for parameter ${k}, which no group lists`);
      const s: ParamState = {};
      for (const [key, val] of Object.entries(v)) s[key] = castState(p, key, val);
      state.set(p, s);
    }
    this.state = state;
    this.paramGroups = this.paramGroups.map((g, gi) => {
      const next: ParamGroup = { params: g.params, lr: g.lr };
      for (const [k, v] of Object.entries(saved[gi])) {
        if (k !== 'params') next[toCamel(k)] = Array.isArray(v) ? [...v] : v;
      }
      return next;
    });
  }
}

// A copy of a state value; floating tensors take the parameter's dtype (not `step`), as in PyTorch.
function castState(p: Tensor, key: string, v: unknown): Tensor | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  if (!(v instanceof Tensor))
    throw new ArgumentError(`loadStateDict: state '${key}' is not a Tensor or number`);
  if (key === 'step') return Number(v._value.toNumbers()[0]);
  let value = clone(v._value);
  if (isFloat(p.dtype) && isFloat(value.dtype) && value.dtype !== p.dtype)
    value = castTo(value, p.dtype);
  return new Tensor(value);
}

/** Marks a hyperparameter with no default (SGD's `lr`), as PyTorch's `required`. */
export const REQUIRED: unique symbol = Symbol('required');

/** Throws unless `ok`, with PyTorch's "Invalid ... value" wording. */
export function check(ok: boolean, what: string, value: unknown): void {
  if (!ok) throw new ArgumentError(`Invalid ${what}: ${String(value)}`);
}
