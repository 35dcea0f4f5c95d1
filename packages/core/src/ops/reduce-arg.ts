// ArgMax / ArgMin: int64 indices along one axis (keepdims, select_last_index). Not differentiable.
import { runKernel } from '../native.js';
import { normAxis } from '../shape.js';
import { defineOp } from './registry.js';
import { REDUCE_DTYPES, reducedShape } from './reduce-helpers.js';

function defineArg(name: 'ArgMax' | 'ArgMin'): void {
  defineOp({
    name,
    doc: `Index of the ${name === 'ArgMax' ? 'largest' : 'smallest'} element along \`axis\` (NaN wins).`,
    inputs: [{ name: 'data' }],
    outputs: [{ name: 'reduced' }],
    attrs: {
      axis: { type: 'int', default: 0 },
      keepdims: { type: 'int', default: 1 },
      select_last_index: { type: 'int', default: 0 },
    },
    dtypes: REDUCE_DTYPES,
    traits: ['reduction', 'nondifferentiable'],
    infer: (ctx) => {
      const x = ctx.input(0);
      if (!x.shape) return [{ dtype: 'int64', shape: null }];
      const axis = normAxis(ctx.attrs.int('axis'), x.shape.length, name);
      return [
        { dtype: 'int64', shape: reducedShape(x.shape, [axis], ctx.attrs.int('keepdims') !== 0) },
      ];
    },
    kernel: (ctx) => {
      const x = ctx.input(0);
      const y = ctx.output(0);
      runKernel(name, [x], [y], {
        axis: normAxis(ctx.attrs.int('axis'), x.rank, name),
        select_last_index: ctx.attrs.int('select_last_index'),
      });
      return [y];
    },
  });
}

defineArg('ArgMax');
defineArg('ArgMin');
