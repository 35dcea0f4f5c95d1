// torch.autograd.Function: user-defined ops with a hand-written backward, on FunctionNode.
import { ArgumentError, Tensor as CoreTensor, shapeStr } from '@tandem/core';
import { gradEdge } from '../dispatch.js';
import { Tensor, isFloat } from '../tensor.js';
import { isGradEnabled, noGrad } from './grad-mode.js';
import { FunctionNode } from './node.js';

/** The `ctx` passed to forward and backward. Extra fields may be stashed on it (`ctx.alpha = 2`). */
export class FunctionCtx {
  [key: string]: unknown;
  /** Per forward argument: whether it is a tensor that requires grad. */
  needsInputGrad: boolean[] = [];
  private _saved: Array<{ t: Tensor | null; version: number }> = [];
  private _nonDiff = new Set<Tensor>();
  private _materialize = true;
  private _name = 'Function';

  /** Saves tensors for backward; an in-place change to one before backward is an error. */
  saveForBackward(...tensors: (Tensor | null | undefined)[]): void {
    this._saved = tensors.map((t) => ({ t: t ?? null, version: t?._version.n ?? 0 }));
  }

  /** The tensors given to saveForBackward, checked against in-place modification. */
  get savedTensors(): (Tensor | null)[] {
    return this._saved.map(({ t, version }, i) => {
      if (t && t._version.n !== version) {
        throw new Error(
          `one of the variables needed for gradient computation has been modified by an inplace operation: ` +
            `saved tensor ${i} of ${this._name}Backward is at version ${t._version.n}; ` +
            `expected version ${version}`,
        );
      }
      return t;
    });
  }

  /** Marks outputs that carry no gradient (e.g. indices). */
  markNonDifferentiable(...tensors: Tensor[]): void {
    for (const t of tensors) this._nonDiff.add(t);
  }

  /** Whether missing output gradients reach backward as zeros (default) or as null. */
  setMaterializeGrads(on: boolean): void {
    this._materialize = on;
  }

  /** @internal */
  _setup(name: string): { nonDiff: Set<Tensor>; materialize: () => boolean } {
    this._name = name;
    return { nonDiff: this._nonDiff, materialize: () => this._materialize };
  }
}

type Grad = Tensor | null | undefined;
type ForwardArgs<F> = F extends (ctx: FunctionCtx, ...args: infer A) => unknown ? A : never;

/**
 * Base class of user-defined differentiable ops, as torch.autograd.Function.
 *
 * @example
 * class Exp extends torch.autograd.Function {
 *   static forward(ctx: FunctionCtx, x: Tensor) {
 *     const y = x.exp();
 *     ctx.saveForBackward(y);
 *     return y;
 *   }
 *   static backward(ctx: FunctionCtx, g: Tensor) {
 *     const [y] = ctx.savedTensors;
 *     return g.mul(y!);
 *   }
 * }
 * const y = Exp.apply(x);
 */
export class Function {
  /** Computes the outputs (runs without recording). Override. */
  static forward(_ctx: FunctionCtx, ..._args: never[]): unknown {
    throw new Error(`${this.name}: forward is not implemented`);
  }

  /** One gradient per forward argument (null for non-tensors or no gradient). Override. */
  static backward(_ctx: FunctionCtx, ..._grads: Tensor[]): Grad | Grad[] {
    throw new Error(`${this.name}: backward is not implemented`);
  }

  /** Runs forward and records one graph node whose backward is the class's backward. */
  static apply<F extends { forward: (ctx: FunctionCtx, ...args: never[]) => unknown }>(
    this: F,
    ...args: ForwardArgs<F['forward']>
  ): ReturnType<F['forward']> {
    const cls = this as unknown as typeof Function;
    const ctx = new FunctionCtx();
    const { nonDiff, materialize } = ctx._setup(cls.name);
    const inputs = args as unknown[];
    ctx.needsInputGrad = inputs.map((a) => a instanceof Tensor && a.requiresGrad);
    const raw = noGrad(() => cls.forward(ctx, ...(args as never[])));
    const list = Array.isArray(raw) ? [...raw] : [raw];
    // An input returned as it is becomes a new tensor over the same storage (PyTorch's view_as).
    const outs = list.map((o) =>
      o instanceof Tensor && inputs.includes(o) ? new Tensor(o._value, o._version) : o,
    );
    if (isGradEnabled() && ctx.needsInputGrad.some(Boolean)) {
      const name = `${cls.name}Backward`;
      const node = new FunctionNode(name, outs.length, (grads) => {
        const gs = outs.map((o, i) => {
          const g = grads[i];
          if (g || !materialize() || !(o instanceof Tensor)) return g ?? null;
          return new Tensor(new CoreTensor(o.dtype, o.shape));
        });
        const res = cls.backward(ctx, ...(gs as Tensor[]));
        const arr = Array.isArray(res) ? res : [res];
        if (arr.length < inputs.length || arr.slice(inputs.length).some((g) => g)) {
          throw new ArgumentError(
            `function ${name} returned an incorrect number of gradients ` +
              `(expected ${inputs.length}, got ${arr.length})`,
          );
        }
        return inputs.map((a, i) => {
          const g = arr[i];
          if (!g || !ctx.needsInputGrad[i]) return undefined;
          const want = (a as Tensor).shape;
          if (g.shape.join() !== want.join()) {
            throw new ArgumentError(
              `function ${name} returned an invalid gradient at index ${i} - got ${shapeStr(g.shape)} ` +
                `but expected shape compatible with ${shapeStr(want)}`,
            );
          }
          return g;
        });
      });
      node.next = inputs.map((a) => (a instanceof Tensor ? gradEdge(a) : null));
      outs.forEach((o, i) => {
        if (!(o instanceof Tensor) || !isFloat(o.dtype) || nonDiff.has(list[i] as Tensor)) return;
        o.gradFn = node;
        o._outputIndex = i;
        o._requiresGrad = true;
      });
    }
    return (Array.isArray(raw) ? outs : outs[0]) as ReturnType<F['forward']>;
  }
}
