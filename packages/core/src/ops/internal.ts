// Internal helper ops (domain ai.tandem) used by gradient formulas; not part of ONNX.
import { ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import { constInts } from './infer.js';
import { defineOp } from './registry.js';

/**
 * SumToShape(X, shape): sums a broadcast gradient back to `shape` (Caffe2's SumReduceLike).
 * `shape` must be broadcastable to X's shape.
 */
defineOp({
  name: 'SumToShape',
  domain: 'ai.tandem',
  inputs: [{ name: 'X' }, { name: 'shape', nonDifferentiable: true }],
  outputs: [{ name: 'Y' }],
  infer: (ctx) => {
    const x = ctx.input(0);
    const shape = constInts(ctx.input(1));
    return [{ dtype: x.dtype ?? 'float32', shape: shape ?? null }];
  },
  kernel: (ctx) => {
    const x = ctx.input(0);
    const target = ctx.input(1).toNumbers();
    const lead = x.rank - target.length;
    if (lead < 0)
      throw new ShapeError(`SumToShape: cannot reduce ${shapeStr(x.shape)} to ${shapeStr(target)}`);
    const axes: number[] = [];
    for (let i = 0; i < x.rank; i++) {
      const t = i < lead ? 1 : target[i - lead];
      if (i < lead || (t === 1 && x.shape[i] !== 1)) axes.push(i);
      else if (t !== x.shape[i])
        throw new ShapeError(
          `SumToShape: cannot reduce ${shapeStr(x.shape)} to ${shapeStr(target)}`,
        );
    }
    const y = ctx.alloc(x.dtype, target);
    runKernel('ReduceSum', [x], [y], { axes, keepdims: 0 });
    return [y];
  },
  grad: ({ b, inputs: [x], gradOutputs: [g] }) => [
    g ? b.apply('Expand', [g, b.apply('Shape', [x])[0]])[0] : undefined,
  ],
  saves: { inputs: [0] },
});
