import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';
import { Function, type FunctionCtx } from '../src/autograd/function.js';
import type { Tensor } from '../src/index.js';

class MyExp extends Function {
  static override forward(ctx: FunctionCtx, x: Tensor): Tensor {
    const y = x.exp();
    ctx.saveForBackward(y);
    return y;
  }
  static override backward(ctx: FunctionCtx, g: Tensor): Tensor {
    const [y] = ctx.savedTensors;
    return g.mul(y!);
  }
}

class ScaledMul extends Function {
  static override forward(ctx: FunctionCtx, a: Tensor, b: Tensor, scale: number): Tensor {
    ctx.saveForBackward(a, b);
    ctx.scale = scale;
    return a.mul(b).mul(scale);
  }
  static override backward(ctx: FunctionCtx, g: Tensor) {
    const [a, b] = ctx.savedTensors;
    const s = ctx.scale as number;
    return [
      ctx.needsInputGrad[0] ? g.mul(b!).mul(s) : null,
      ctx.needsInputGrad[1] ? g.mul(a!).mul(s) : null,
      null,
    ];
  }
}

describe('autograd.Function', () => {
  it('runs a custom forward and backward', () => {
    const x = torch.tensor([0, 1, 2], { requiresGrad: true });
    const y = MyExp.apply(x);
    expect(y.gradFn?.name).toBe('MyExpBackward');
    y.sum().backward();
    expect((x.grad!.tolist() as number[]).map((v) => +v.toFixed(4))).toEqual([1, 2.7183, 7.3891]);
  });

  it('passes non-tensor arguments and needsInputGrad', () => {
    const a = torch.tensor([1, 2], { requiresGrad: true });
    const b = torch.tensor([3, 4]);
    const y = ScaledMul.apply(a, b, 2);
    y.sum().backward();
    expect(a.grad!.tolist()).toEqual([6, 8]);
    expect(b.grad).toBeNull();
  });

  it('supports higher-order gradients when backward uses differentiable ops', () => {
    const x = torch.tensor([1], { requiresGrad: true });
    const y = MyExp.apply(x.mul(2));
    const [g] = torch.autograd.grad(y, x, { createGraph: true });
    expect(g!.item()).toBeCloseTo(2 * Math.exp(2), 4);
    const [h] = torch.autograd.grad(g!, x);
    expect(h!.item()).toBeCloseTo(4 * Math.exp(2), 3);
  });

  it('records nothing when no input requires grad', () => {
    const y = MyExp.apply(torch.tensor([1]));
    expect(y.requiresGrad).toBe(false);
  });

  it('detects in-place modification of a saved tensor', () => {
    const x = torch.tensor([1, 2], { requiresGrad: true });
    const y = MyExp.apply(x);
    y.add_(1);
    expect(() => y.sum().backward()).toThrow(/modified by an inplace operation/);
  });

  it('checks the gradients backward returns', () => {
    class Bad extends Function {
      static override forward(_ctx: FunctionCtx, x: Tensor) {
        return x.mul(2);
      }
      static override backward() {
        return torch.ones(5);
      }
    }
    const x = torch.ones(2, { requiresGrad: true });
    expect(() => Bad.apply(x).sum().backward()).toThrow(
      /BadBackward returned an invalid gradient at index 0 - got \[5\]/,
    );
  });
});
