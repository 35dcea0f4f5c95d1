// Cast and CastLike between every dtype (conversion rules: native/src/cast.cc). Strings, complex
// and float8 have no Tandem dtype and are refused by name.
import { type DType, dtypeFromCode, dtypeInfo } from '../dtype.js';
import { UnsupportedOperatorError } from '../errors.js';
import { runKernel } from '../native.js';
import { requireDType, sameAs } from './infer.js';
import { type GradContext, defineOp } from './registry.js';

const ONNX_TYPE_NAMES: Record<number, string> = { 8: 'string', 14: 'complex64', 15: 'complex128' };

function targetDType(to: number): DType {
  const d = dtypeFromCode(to);
  if (!d) {
    const what = ONNX_TYPE_NAMES[to] ?? `ONNX type code ${to}`;
    throw new UnsupportedOperatorError(
      `Cast: casting to ${what} is not supported (supported: numeric types, float16, bfloat16, bool)`,
    );
  }
  return d;
}

const isFloat = (d: DType | null) => d !== null && dtypeInfo(d).isFloat;

// The gradient casts back to the input's dtype; integer and bool inputs carry none.
function castBack<V>({
  b,
  inputs: [x],
  gradOutputs: [g],
  needsGrad,
}: GradContext<V>): (V | undefined)[] {
  const xd = b.info(x!).dtype;
  if (!g || !needsGrad(0) || !isFloat(xd) || !isFloat(b.info(g).dtype)) return [];
  return [b.apply('Cast', [g], { to: dtypeInfo(xd!).code })[0]];
}

defineOp({
  name: 'Cast',
  inputs: [{ name: 'input' }],
  outputs: [{ name: 'output' }],
  attrs: { to: { type: 'int', required: true } },
  traits: ['elementwise'],
  infer: (ctx) => [sameAs(ctx.input(0), targetDType(ctx.attrs.int('to')))],
  kernel: (ctx) => {
    const x = ctx.input(0);
    const y = ctx.output(0);
    if (x.size > 0) runKernel('Cast', [x], [y]);
    return [y];
  },
  grad: castBack,
  saves: { shapes: [0] },
});

defineOp({
  name: 'CastLike',
  inputs: [{ name: 'input' }, { name: 'target_type', nonDifferentiable: true }],
  outputs: [{ name: 'output' }],
  traits: ['elementwise'],
  infer: (ctx) => [sameAs(ctx.input(0), requireDType('CastLike', ctx.input(1)))],
  kernel: (ctx) => {
    const x = ctx.input(0);
    const y = ctx.output(0);
    if (x.size > 0) runKernel('Cast', [x], [y]);
    return [y];
  },
  grad: castBack,
  saves: { shapes: [0] },
});
