import { describe, expect, it } from 'vitest';
import {
  AttrReader,
  Graph,
  Tensor,
  eagerBuilder,
  execute,
  getOp,
  gradcheck,
  inferShapes,
  nativeKernels,
  randomTensor,
  resolveAttrs,
} from '../src/index.js';
import type { Attrs } from '../src/index.js';

/** Deterministic float32 values ((i * 37) mod 17) * scale + shift. */
function seq(shape: number[], scale = 1, shift = 0): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = Float32Array.from({ length: n }, (_, i) => ((i * 37) % 17) * scale + shift);
  return Tensor.from(data, 'float32', shape);
}

/**
 * Float32 finite-difference check (the native conv/pool kernels have no float64 path): central
 * differences with eps 1e-2 on sum(output * w), tolerance 2e-2 relative to the gradient scale.
 */
function gradcheck32(
  op: string,
  inputs: (Tensor | undefined)[],
  attrs: Attrs,
  wrt: number[],
): string {
  const def = getOp(op);
  const outs = execute(op, inputs, attrs);
  const y = outs[0];
  const wv = Float32Array.from({ length: y.size }, (_, i) => ((i * 13) % 7) / 7 - 0.4);
  const w = Tensor.from(wv, 'float32', y.shape);
  const objective = (ins: (Tensor | undefined)[]) => {
    const out = execute(op, ins, attrs)[0].toNumbers();
    const ww = w.toNumbers();
    return out.reduce((s, v, i) => s + v * ww[i], 0);
  };
  const grads = def.grad!({
    b: eagerBuilder,
    inputs,
    outputs: outs,
    gradOutputs: [w],
    attrs: new AttrReader(op, resolveAttrs(def, attrs)),
    needsGrad: (i) => wrt.includes(i),
  });
  for (const i of wrt) {
    const an = grads[i]!.toNumbers();
    const base = inputs[i]!.toNumbers();
    const scale = Math.max(1, ...an.map(Math.abs));
    for (let k = 0; k < base.length; k++) {
      const plus = Float32Array.from(base);
      const minus = Float32Array.from(base);
      plus[k] += 1e-2;
      minus[k] -= 1e-2;
      const pi = [...inputs];
      const mi = [...inputs];
      pi[i] = Tensor.from(plus, 'float32', inputs[i]!.shape);
      mi[i] = Tensor.from(minus, 'float32', inputs[i]!.shape);
      const num = (objective(pi) - objective(mi)) / 2e-2;
      if (Math.abs(num - an[k]) > 2e-2 * scale) {
        return `${op}: d/d input ${i}[${k}] analytic ${an[k]} vs numeric ${num}`;
      }
    }
  }
  return 'ok';
}

function infer(op: string, shapes: (string | number)[][], attrs: Attrs = {}) {
  const g = new Graph('g');
  const names = shapes.map((s, i) => {
    g.inputs.push({ name: `i${i}`, dtype: 'float32', shape: s });
    return `i${i}`;
  });
  g.addNode(op, names, ['y'], attrs);
  g.outputs.push({ name: 'y', dtype: null, shape: null });
  return inferShapes(g).get('y')!.shape;
}

describe('Conv', () => {
  it('convolves with padding, strides, dilations and groups', () => {
    const x = seq([1, 1, 3, 3]).view([1, 1, 3, 3], [9, 9, 3, 1]);
    const xs = Tensor.from(
      Float32Array.from({ length: 9 }, (_, i) => i),
      'float32',
      [1, 1, 3, 3],
    );
    const ones = Tensor.from(new Float32Array(4).fill(1), 'float32', [1, 1, 2, 2]);
    expect(execute('Conv', [xs, ones])[0].toArray()).toEqual([
      [
        [
          [8, 12],
          [20, 24],
        ],
      ],
    ]);
    expect(
      execute('Conv', [xs, ones, Tensor.from([1])], {
        strides: [2, 2],
        pads: [1, 1, 0, 0],
      })[0].toArray(),
    ).toEqual([
      [
        [
          [1, 4],
          [10, 25],
        ],
      ],
    ]);
    expect(execute('Conv', [xs, ones], { dilations: [2, 2] })[0].toArray()).toEqual([[[[16]]]]);
    expect(execute('Conv', [xs, ones], { auto_pad: 'SAME_UPPER' })[0].shape).toEqual([1, 1, 3, 3]);
    expect(execute('Conv', [x, ones])[0].shape).toEqual([1, 1, 2, 2]);
    const g2 = execute('Conv', [seq([1, 4, 5, 5]), seq([6, 2, 3, 3])], { group: 2 })[0];
    expect(g2.shape).toEqual([1, 6, 3, 3]);
  });

  it('infers symbolic shapes and rejects channel mismatches', () => {
    expect(
      infer(
        'Conv',
        [
          ['N', 3, 'H', 'W'],
          [8, 3, 3, 3],
        ],
        { pads: [1, 1, 1, 1] },
      ),
    ).toEqual(['N', 8, null, null]);
    expect(
      infer(
        'Conv',
        [
          ['N', 3, 32, 32],
          [8, 3, 3, 3],
        ],
        { strides: [2, 2] },
      ),
    ).toEqual(['N', 8, 15, 15]);
    expect(
      infer(
        'Conv',
        [
          ['N', 3, 31, 'W'],
          [8, 3, 3, 3],
        ],
        { strides: [2, 2], auto_pad: 'SAME_LOWER' },
      ),
    ).toEqual(['N', 8, 16, null]);
    expect(() => execute('Conv', [seq([1, 3, 5, 5]), seq([2, 2, 3, 3])])).toThrow(
      /Conv: X \[1, 3, 5, 5\] has 3 channels but W \[2, 2, 3, 3\] expects 2/,
    );
    expect(() => execute('Conv', [seq([1, 1, 2, 2]), seq([1, 1, 3, 3])])).toThrow(
      /Conv: window 3 does not fit/,
    );
  });

  it('gradchecks X, W and B in float32 (no float64 conv kernels)', () => {
    const x = seq([2, 4, 5, 4], 0.1, -0.8);
    const w = seq([6, 2, 3, 2], 0.05, -0.4);
    const b = seq([6], 0.1);
    const cases: Attrs[] = [
      { group: 2 },
      { group: 2, strides: [2, 1], pads: [1, 0, 0, 1], dilations: [1, 2] },
      { group: 2, auto_pad: 'SAME_LOWER' },
    ];
    for (const attrs of cases) {
      expect(gradcheck32('Conv', [x, w, b], attrs, [0, 1, 2])).toBe('ok');
    }
  });
});

describe('ConvTranspose', () => {
  it('is the adjoint of Conv and honors output_shape / output_padding', () => {
    const x = Tensor.from(Float32Array.from([1, 2, 3, 4]), 'float32', [1, 1, 2, 2]);
    const w = Tensor.from(new Float32Array(4).fill(1), 'float32', [1, 1, 2, 2]);
    expect(execute('ConvTranspose', [x, w])[0].toArray()).toEqual([
      [
        [
          [1, 3, 2],
          [4, 10, 6],
          [3, 7, 4],
        ],
      ],
    ]);
    expect(execute('ConvTranspose', [x, w], { strides: [2, 2] })[0].shape).toEqual([1, 1, 4, 4]);
    expect(
      execute('ConvTranspose', [x, w], { strides: [2, 2], output_padding: [1, 0] })[0].shape,
    ).toEqual([1, 1, 5, 4]);
    expect(
      execute('ConvTranspose', [x, w], { strides: [2, 2], output_shape: [5, 5] })[0].shape,
    ).toEqual([1, 1, 5, 5]);
    expect(
      infer(
        'ConvTranspose',
        [
          ['N', 1, 2, 2],
          [1, 3, 2, 2],
        ],
        { group: 1, strides: [2, 2] },
      ),
    ).toEqual(['N', 3, 4, 4]);
  });

  it('gradchecks in float32', () => {
    const x = seq([2, 4, 3, 3], 0.1, -0.8);
    const w = seq([4, 3, 2, 3], 0.05, -0.4);
    const cases = [
      { group: 2 },
      { strides: [2, 2], pads: [1, 0, 0, 1], output_padding: [1, 1], group: 1 },
    ];
    for (const attrs of cases) {
      const ww = attrs.group === 2 ? w : seq([4, 6, 2, 3], 0.05, -0.4);
      expect(
        gradcheck32(
          'ConvTranspose',
          [x, ww, seq([attrs.group === 2 ? 6 : 6], 0.1)],
          attrs,
          [0, 1, 2],
        ),
      ).toBe('ok');
    }
  });
});

// The pool kernels come from the kernel engineer; these run once they are registered.
const hasPools = nativeKernels().includes('MaxPool');
describe.skipIf(!hasPools)('pools', () => {
  const x = Tensor.from(
    Float32Array.from({ length: 16 }, (_, i) => i),
    'float32',
    [1, 1, 4, 4],
  );

  it('max- and average-pools with pads, strides and ceil_mode', () => {
    expect(execute('MaxPool', [x], { kernel_shape: [2, 2], strides: [2, 2] })[0].toArray()).toEqual(
      [
        [
          [
            [5, 7],
            [13, 15],
          ],
        ],
      ],
    );
    expect(
      execute('AveragePool', [x], { kernel_shape: [2, 2], strides: [2, 2] })[0].toArray(),
    ).toEqual([
      [
        [
          [2.5, 4.5],
          [10.5, 12.5],
        ],
      ],
    ]);
    expect(
      execute('MaxPool', [x], { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 })[0].toArray(),
    ).toEqual([
      [
        [
          [10, 11],
          [14, 15],
        ],
      ],
    ]);
    const [, idx] = execute('MaxPool', [x], { kernel_shape: [2, 2], strides: [2, 2] });
    expect(idx.toArray()).toEqual([
      [
        [
          [5n, 7n],
          [13n, 15n],
        ],
      ],
    ]);
    expect(
      execute('AveragePool', [x], {
        kernel_shape: [3, 3],
        pads: [1, 1, 1, 1],
        count_include_pad: 1,
      })[0].toNumbers()[0],
    ).toBeCloseTo(10 / 9, 5);
    expect(execute('GlobalAveragePool', [x])[0].toArray()).toEqual([[[[7.5]]]]);
    expect(execute('GlobalMaxPool', [x])[0].toArray()).toEqual([[[[15]]]]);
  });

  it('gradchecks (float64)', () => {
    const xr = randomTensor([2, 3, 5, 5], 3);
    const cases: Array<[string, Attrs]> = [
      ['MaxPool', { kernel_shape: [2, 2], strides: [2, 2], ceil_mode: 1 }],
      [
        'MaxPool',
        { kernel_shape: [3, 2], pads: [1, 0, 1, 1], dilations: [1, 2], storage_order: 1 },
      ],
      ['AveragePool', { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }],
      ['AveragePool', { kernel_shape: [2, 2], auto_pad: 'SAME_UPPER', count_include_pad: 1 }],
      ['AveragePool', { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 }],
      ['GlobalAveragePool', {}],
      ['GlobalMaxPool', {}],
    ];
    for (const [op, attrs] of cases) expect(gradcheck(op, [xr], { attrs }).message, op).toBe('ok');
  });

  it('matches the storage_order of Indices', () => {
    const x2 = Tensor.from(Float32Array.from([1, 9, 3, 4]), 'float32', [1, 1, 2, 2]);
    expect(
      execute('MaxPool', [x2], { kernel_shape: [2, 2], storage_order: 1 })[1].toArray(),
    ).toEqual([[[[2n]]]]);
  });
});

describe('pool shape inference (no kernel needed)', () => {
  it('follows auto_pad and ceil_mode', () => {
    expect(infer('MaxPool', [['N', 3, 32, 32]], { kernel_shape: [3, 3], strides: [2, 2] })).toEqual(
      ['N', 3, 15, 15],
    );
    expect(
      infer('MaxPool', [['N', 3, 32, 32]], { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 }),
    ).toEqual(['N', 3, 16, 16]);
    expect(
      infer('AveragePool', [['N', 3, 'H', 7]], {
        kernel_shape: [2, 2],
        auto_pad: 'SAME_UPPER',
        strides: [2, 2],
      }),
    ).toEqual(['N', 3, null, 4]);
    expect(infer('GlobalAveragePool', [['N', 3, 'H', 7]])).toEqual(['N', 3, 1, 1]);
    expect(() => infer('MaxPool', [['N', 3, 32]], { kernel_shape: [3, 3] })).toThrow(
      /MaxPool: kernel_shape \[3, 3\] needs an input of rank 4/,
    );
  });
});
