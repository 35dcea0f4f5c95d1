// Fused inference ops (domain ai.tandem) produced by the activation-fusion pass
// (graph/passes/fuse-activation.ts): FusedConv and FusedGemm run the Conv / Gemm kernel and then
// the activation kernel in place on the output buffer, saving one full pass over memory and one
// intermediate buffer per layer.
//
// Note [Fused ops]: a fused op is an override of a composition, never a second definition: its
// `decompose` is the composition it replaces (base op, then activation), and its gradient is the
// activation's gradient followed by the base op's own formula, so gradient nets through an
// optimized graph use the same mathematics as the unfused one.
import { ArgumentError } from '../errors.js';
import { runKernel } from '../native.js';
import type { Tensor } from '../tensor.js';
import {
  AttrReader,
  type GradContext,
  type KernelContext,
  type OpBuilder,
  defineOp,
  getOp,
} from './registry.js';
import type { AttrSpec } from './types.js';

/** Activations a fused op may apply; each has an in-place native kernel and a (dY, Y) gradient. */
export const FUSABLE_ACTIVATIONS: Readonly<Record<string, string>> = {
  Relu: 'ReluGrad',
  Sigmoid: 'SigmoidGrad',
  Tanh: 'TanhGrad',
};

const ACTIVATION_ATTR: AttrSpec = { type: 'string', default: 'Relu' };

function activationOf(op: string, attrs: AttrReader): string {
  const act = attrs.string('activation');
  if (!(act in FUSABLE_ACTIVATIONS)) {
    const known = Object.keys(FUSABLE_ACTIVATIONS).join(', ');
    throw new ArgumentError(`${op}: activation '${act}' cannot be fused (supported: ${known})`);
  }
  return act;
}

/** The base op's attributes: the fused op's minus `activation`. */
function baseAttrs(attrs: AttrReader): Record<string, AttrReader['values'][string]> {
  const { activation: _drop, ...rest } = attrs.values;
  return rest;
}

function defineFused(name: string, base: 'Conv' | 'Gemm'): void {
  const def = getOp(base);
  defineOp({
    name,
    domain: 'ai.tandem',
    doc: `${base} followed by an activation (Relu, Sigmoid, Tanh) applied in place on the output.`,
    inputs: def.inputs,
    outputs: def.outputs,
    attrs: { ...def.attrs, activation: ACTIVATION_ATTR },
    dtypes: def.dtypes,
    infer: (ctx) => {
      activationOf(name, ctx.attrs);
      return def.infer(ctx);
    },
    kernel: (ctx: KernelContext): Tensor[] => {
      const act = activationOf(name, ctx.attrs);
      const [y] = def.kernel(ctx); // the base kernel reads only its own attributes
      runKernel(act, [y], [y]);
      return [y];
    },
    decompose: <V>(b: OpBuilder<V>, inputs: readonly (V | undefined)[], attrs: AttrReader): V[] => {
      const [y] = b.apply(base, inputs, baseAttrs(attrs));
      return b.apply(activationOf(name, attrs), [y]);
    },
    grad: <V>(g: GradContext<V>): (V | undefined)[] => {
      const [dy] = g.gradOutputs;
      if (!dy) return [];
      const actGrad = FUSABLE_ACTIVATIONS[activationOf(name, g.attrs)];
      const dz = g.b.apply(actGrad, [dy, g.outputs[0]])[0];
      return def.grad!({
        b: g.b,
        inputs: g.inputs,
        outputs: g.outputs,
        gradOutputs: [dz],
        attrs: new AttrReader(base, baseAttrs(g.attrs)),
        needsGrad: (i) => g.needsGrad(i),
      });
    },
    saves: { inputs: def.inputs.map((_, i) => i), outputs: [0] },
  });
}

defineFused('FusedConv', 'Conv');
defineFused('FusedGemm', 'Gemm');
