import { describe, expect, it } from 'vitest';
import {
  AttrReader,
  type Attrs,
  type Dim,
  Executor,
  Graph,
  Tensor,
  type ValueInfo,
  eagerBuilder,
  execute,
  getOp,
  gradcheck,
  randomTensor,
  resolveAttrs,
} from '../src/index.js';
import { graphGradient } from './fixtures/graph-builder.js';
import { inferOp } from './fixtures/infer.js';
import { caseNames, runCase } from './fixtures/onnx-cases.js';

const i64 = (v: number[]) => Tensor.from(v, 'int64', [v.length]);

const sym = (...shape: (number | string | null)[]): ValueInfo => ({ dtype: 'float32', shape });
const known = (t: Tensor): ValueInfo => ({ dtype: t.dtype, shape: [...t.shape], value: t });

const OPS = [
  'Concat',
  'DepthToSpace',
  'Expand',
  'Flatten',
  'Identity',
  'Pad',
  'Reshape',
  'Shape',
  'Size',
  'Slice',
  'SpaceToDepth',
  'Split',
  'Squeeze',
  'Tile',
  'Transpose',
  'Unsqueeze',
];

describe('ONNX backend cases (movement ops)', () => {
  for (const op of OPS) for (const name of caseNames(op)) it(name, () => runCase(name));
});

describe('Shape / Size', () => {
  it('slices with start/end (clamped, negative)', () => {
    const x = new Tensor('float32', [2, 3, 4, 5]);
    expect(execute('Shape', [x], { start: 1, end: -1 })[0].toNumbers()).toEqual([3, 4]);
    expect(execute('Shape', [x], { start: -10, end: 10 })[0].toNumbers()).toEqual([2, 3, 4, 5]);
    expect(execute('Shape', [x], { start: 3, end: 1 })[0].shape).toEqual([0]);
    expect(execute('Size', [x])[0].toNumbers()).toEqual([120]);
  });
  it('infers a length even with symbolic dims', () => {
    expect(inferOp('Shape', [sym('N', 3, 'H')])[0]).toEqual({ dtype: 'int64', shape: [3] });
    expect(inferOp('Shape', [sym('N', 3, 'H')], { start: 1 })[0].shape).toEqual([2]);
  });
});

describe('Reshape family', () => {
  it('reshapes with 0 and -1, zero-copy for contiguous input', () => {
    const x = Tensor.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const [y] = execute('Reshape', [x, i64([0, -1, 1])]);
    expect(y.shape).toEqual([2, 3, 1]);
    expect(y.buffer).toBe(x.buffer);
    const [z] = execute('Reshape', [new Tensor('float32', [0, 3]), i64([3, 0])], { allowzero: 1 });
    expect(z.shape).toEqual([3, 0]);
  });
  it('copies a strided input', () => {
    const [t] = execute('Transpose', [
      Tensor.from([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ]);
    const v = t.view([2, 3], [1, 2]); // a transposed view of the transposed result
    const [y] = execute('Reshape', [v, i64([6])]);
    expect(y.toNumbers()).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('infers symbolic shapes', () => {
    expect(inferOp('Reshape', [sym('N', 3, 4), known(i64([0, -1]))])[0].shape).toEqual(['N', 12]);
    expect(inferOp('Reshape', [sym('N', 3, 4), known(i64([-1, 4]))])[0].shape).toEqual([null, 4]);
    expect(inferOp('Reshape', [sym(2, 3), { dtype: 'int64', shape: [3] }])[0].shape).toEqual([
      null,
      null,
      null,
    ]);
    expect(inferOp('Flatten', [sym('N', 3, 4)], { axis: 1 })[0].shape).toEqual(['N', 12]);
    expect(inferOp('Squeeze', [sym('N', 1, 4), known(i64([1]))])[0].shape).toEqual(['N', 4]);
    expect(inferOp('Squeeze', [sym('N', 1, 4)])[0].shape).toBeNull();
    expect(inferOp('Unsqueeze', [sym('N', 4), known(i64([-1, 0]))])[0].shape).toEqual([
      1,
      'N',
      4,
      1,
    ]);
  });
  it('names the op and shapes on bad targets', () => {
    const x = new Tensor('float32', [2, 3]);
    expect(() => execute('Reshape', [x, i64([4, -1])])).toThrow(/Reshape.*\[2, 3\].*\[4, -1\]/);
    expect(() => execute('Reshape', [x, i64([-1, -1])])).toThrow(/at most one -1/);
    expect(() => execute('Reshape', [x, i64([7])])).toThrow(/Reshape: cannot reshape \[2, 3\]/);
    expect(() => execute('Squeeze', [x, i64([0])])).toThrow(
      /Squeeze: cannot squeeze axis 0 of size 2/,
    );
    expect(() => execute('Unsqueeze', [x, i64([0, 0])])).toThrow(/Unsqueeze: repeated axis/);
    expect(() => execute('Flatten', [x], { axis: 3 })).toThrow(/Flatten: axis 3 is out of range/);
  });
  it('gradchecks', () => {
    const x = randomTensor([2, 3, 1], 3);
    expect(gradcheck('Reshape', [x, i64([3, -1])], { wrt: [0] }).ok).toBe(true);
    expect(gradcheck('Flatten', [x], { attrs: { axis: 2 } }).ok).toBe(true);
    expect(gradcheck('Squeeze', [x, i64([2])], { wrt: [0] }).ok).toBe(true);
    expect(gradcheck('Unsqueeze', [x, i64([0])], { wrt: [0] }).ok).toBe(true);
    expect(gradcheck('Identity', [x]).ok).toBe(true);
  });
});

describe('Transpose / Expand', () => {
  it('transposes with and without perm', () => {
    const x = Tensor.from([
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    ]);
    expect(execute('Transpose', [x], { perm: [2, 0, 1] })[0].toArray()).toEqual([
      [[1, 3, 5]],
      [[2, 4, 6]],
    ]);
    expect(execute('Transpose', [x])[0].shape).toEqual([2, 3, 1]);
    const [moved] = execute('Transpose', [x], { perm: [1, 0, 2] });
    expect(moved.buffer).toBe(x.buffer);
    expect(moved.toArray()).toEqual([[[1, 2]], [[3, 4]], [[5, 6]]]);
    expect(() => execute('Transpose', [x], { perm: [0, 0, 1] })).toThrow(
      /Transpose: perm \[0, 0, 1\]/,
    );
  });
  it('expands both ways (ONNX bidirectional broadcast)', () => {
    const [y] = execute('Expand', [Tensor.from([[1], [2]]), i64([2, 1, 3])]);
    expect(y.toArray()).toEqual([
      [
        [1, 1, 1],
        [2, 2, 2],
      ],
      [
        [1, 1, 1],
        [2, 2, 2],
      ],
    ]);
    expect(execute('Expand', [Tensor.from([[1, 2, 3]]), i64([3, 1])])[0].shape).toEqual([3, 3]);
    expect(() => execute('Expand', [Tensor.from([1, 2, 3]), i64([2])])).toThrow(
      /Expand.*\[3\].*\[2\]/,
    );
    expect(inferOp('Expand', [sym('N', 1), known(i64([1, 5]))])[0].shape).toEqual(['N', 5]);
  });
  it('gradchecks', () => {
    expect(
      gradcheck('Transpose', [randomTensor([2, 3, 4], 1)], { attrs: { perm: [1, 2, 0] } }).ok,
    ).toBe(true);
    expect(gradcheck('Transpose', [randomTensor([2, 3], 2)]).ok).toBe(true);
    expect(gradcheck('Expand', [randomTensor([3, 1], 2), i64([2, 3, 4])], { wrt: [0] }).ok).toBe(
      true,
    );
  });
});

describe('Concat / Split / Slice / Tile', () => {
  it('concats and infers symbolic dims', () => {
    const a = Tensor.from([[1, 2]]);
    const b = Tensor.from([
      [3, 4],
      [5, 6],
    ]);
    expect(execute('Concat', [a, b], { axis: 0 })[0].toArray()).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(inferOp('Concat', [sym('N', 2), sym('N', 3)], { axis: -1 })[0].shape).toEqual(['N', 5]);
    expect(inferOp('Concat', [sym('N', 2), sym('M', 2)], { axis: 0 })[0].shape).toEqual([null, 2]);
    expect(() => execute('Concat', [a, Tensor.from([1, 2])], { axis: 0 })).toThrow(
      /Concat: inputs have different ranks/,
    );
    expect(() => execute('Concat', [a, Tensor.from([[1, 2, 3]])], { axis: 0 })).toThrow(
      /Concat.*differ outside axis 0/,
    );
  });
  it('splits by sizes and by num_outputs (last chunk smaller)', () => {
    const x = Tensor.from([1, 2, 3, 4, 5]);
    expect(execute('Split', [x, i64([2, 3])]).map((t) => t.toNumbers())).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(execute('Split', [x], { num_outputs: 2 }).map((t) => t.toNumbers())).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(() => execute('Split', [x])).toThrow(/num_outputs is required/);
    expect(execute('Split', [x, i64([])], { num_outputs: 5 }).length).toBe(5);
    expect(() => execute('Split', [x, i64([2, 2])])).toThrow(/Split: split \[2, 2\] sums to 4/);
  });
  it('slices with INT64 extremes, negative steps and symbolic dims', () => {
    const x = Tensor.from([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    const max = 9223372036854775807n;
    const big = (v: bigint[]) => Tensor.from(v, 'int64', [v.length]);
    const [y] = execute('Slice', [
      x,
      big([-1n, max]),
      big([-max - 1n, -max - 1n]),
      i64([0, 1]),
      i64([-1, -2]),
    ]);
    expect(y.toArray()).toEqual([
      [8, 6],
      [4, 2],
    ]);
    expect(
      inferOp('Slice', [sym('N', 10), known(i64([1])), known(i64([-1])), known(i64([1]))])[0].shape,
    ).toEqual(['N', 8]);
    expect(() => execute('Slice', [x, i64([0]), i64([1]), i64([0]), i64([0])])).toThrow(
      /Slice: step on axis 0/,
    );
  });
  it('tiles and names bad repeats', () => {
    expect(execute('Tile', [Tensor.from([[1, 2]]), i64([2, 2])])[0].toArray()).toEqual([
      [1, 2, 1, 2],
      [1, 2, 1, 2],
    ]);
    expect(() => execute('Tile', [Tensor.from([1, 2]), i64([2, 2])])).toThrow(
      /Tile: repeats has 2 values but the input has rank 1/,
    );
  });
  it('runs Concat and Split in the executor with a symbolic batch', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['N', 2] });
    g.initializers.set('s', i64([1, 1]));
    g.addNode('Concat', ['x', 'x'], ['c'], { axis: 1 });
    g.addNode('Split', ['c', 's'], ['a', 'b'], { axis: 0 });
    g.outputs.push({ name: 'b', dtype: 'float32', shape: null });
    const { b } = new Executor(g).run({
      x: Tensor.from([
        [1, 2],
        [3, 4],
      ]),
    });
    expect(b.toArray()).toEqual([[3, 4, 3, 4]]);
  });
  it('gradchecks', () => {
    const a = randomTensor([2, 3], 1);
    const b = randomTensor([2, 2], 2);
    expect(gradcheck('Concat', [a, b], { attrs: { axis: 1 } }).ok).toBe(true);
    expect(gradcheck('Split', [randomTensor([5, 2], 3), i64([2, 3])], { wrt: [0] }).ok).toBe(true);
    expect(
      gradcheck('Split', [randomTensor([5, 2], 3)], {
        attrs: { num_outputs: 2, axis: 0 },
        outputs: [1],
      }).ok,
    ).toBe(true);
    const x = randomTensor([4, 5], 4);
    expect(
      gradcheck('Slice', [x, i64([3, 0]), i64([0, 5]), i64([0, 1]), i64([-2, 2])], { wrt: [0] }).ok,
    ).toBe(true);
    expect(gradcheck('Tile', [randomTensor([2, 3], 5), i64([2, 3])], { wrt: [0] }).ok).toBe(true);
  });
});

describe('Pad', () => {
  const x = Tensor.from([
    [1, 2],
    [3, 4],
  ]);
  it('pads in every mode, with axes and negative pads', () => {
    expect(execute('Pad', [x, i64([0, 1, 0, 1])], { mode: 'reflect' })[0].toArray()).toEqual([
      [2, 1, 2, 1],
      [4, 3, 4, 3],
    ]);
    expect(execute('Pad', [x, i64([1, 0, 0, 0])], { mode: 'edge' })[0].toArray()).toEqual([
      [1, 2],
      [1, 2],
      [3, 4],
    ]);
    expect(execute('Pad', [x, i64([0, 1, 0, 2])], { mode: 'wrap' })[0].toArray()).toEqual([
      [2, 1, 2, 1, 2],
      [4, 3, 4, 3, 4],
    ]);
    const [c] = execute('Pad', [x, i64([1, -1]), Tensor.scalar(9), i64([1])]);
    expect(c.toArray()).toEqual([
      [9, 1],
      [9, 3],
    ]);
    expect(execute('Pad', [x, i64([-1, 1, 0, 0]), Tensor.scalar(7)])[0].toArray()).toEqual([
      [7, 3, 4],
    ]);
    expect(() => execute('Pad', [x, i64([1, 1])])).toThrow(/Pad: pads must have 4 values/);
    expect(() => execute('Pad', [x, i64([0, 0, 0, 0])], { mode: 'mirror' })).toThrow(
      /Pad: unknown mode 'mirror'/,
    );
  });
  it('infers symbolic dims', () => {
    expect(inferOp('Pad', [sym('N', 3), known(i64([0, 1, 0, 2]))])[0].shape).toEqual(['N', 6]);
  });
  it('gradchecks (constant mode, positive and negative pads)', () => {
    expect(gradcheck('Pad', [randomTensor([2, 3], 1), i64([1, -1, 0, 2])], { wrt: [0] }).ok).toBe(
      true,
    );
  });
});

describe('DepthToSpace / SpaceToDepth', () => {
  it('round-trips DCR', () => {
    const x = randomTensor([1, 8, 2, 3], 9);
    const [y] = execute('DepthToSpace', [x], { blocksize: 2 });
    expect(y.shape).toEqual([1, 2, 4, 6]);
    expect(execute('SpaceToDepth', [y], { blocksize: 2 })[0].toNumbers()).toEqual(x.toNumbers());
    expect(() =>
      execute('DepthToSpace', [new Tensor('float32', [1, 3, 2, 2])], { blocksize: 2 }),
    ).toThrow(/not divisible/);
  });
  it('gradchecks', () => {
    const x = randomTensor([1, 8, 2, 2], 3);
    expect(gradcheck('DepthToSpace', [x], { attrs: { blocksize: 2 } }).ok).toBe(true);
    expect(gradcheck('DepthToSpace', [x], { attrs: { blocksize: 2, mode: 'CRD' } }).ok).toBe(true);
    expect(
      gradcheck('SpaceToDepth', [randomTensor([1, 2, 4, 2], 4)], { attrs: { blocksize: 2 } }).ok,
    ).toBe(true);
  });
});

describe('zero-copy views in the executor', () => {
  it('keeps a view alive after its source value dies (no buffer reuse under it)', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: [2, 3] });
    g.initializers.set('s', i64([6]));
    g.initializers.set('st', i64([1]));
    g.initializers.set('en', i64([2]));
    g.addNode('Add', ['x', 'x'], ['a']);
    g.addNode('Reshape', ['a', 's'], ['r']);
    g.addNode('Slice', ['a', 'st', 'en'], ['row']);
    g.addNode('Mul', ['r', 'r'], ['m']);
    g.addNode('Add', ['m', 'r'], ['out']);
    g.addNode('Identity', ['row'], ['row_out']);
    g.outputs.push(
      { name: 'out', dtype: 'float32', shape: null },
      { name: 'row_out', dtype: 'float32', shape: null },
    );
    const ex = new Executor(g);
    for (let i = 0; i < 3; i++) {
      const res = ex.run({
        x: Tensor.from([
          [1, 2, 3],
          [4, 5, i],
        ]),
      });
      expect(res.out.toNumbers()).toEqual([2, 4, 6, 8, 10, 2 * i].map((v) => v * v + v));
      expect(res.row_out.toArray()).toEqual([[8, 10, 2 * i]]);
    }
  });
});

describe('gradients as static graphs (symbolic shapes)', () => {
  const cases: [string, (Tensor | undefined)[], (Dim[] | 'const')[], Attrs][] = [
    [
      'Concat',
      [randomTensor([2, 3], 1), randomTensor([2, 1], 2)],
      [
        ['N', 'A'],
        ['N', 'B'],
      ],
      { axis: 1 },
    ],
    ['Reshape', [randomTensor([2, 3], 1), i64([-1])], [['N', 3], 'const'], {}],
    ['Expand', [randomTensor([3, 1], 1), i64([2, 3, 4])], [['A', 1], 'const'], {}],
    [
      'Slice',
      [randomTensor([4, 5], 1), i64([1]), i64([-1]), i64([1])],
      [['N', 'M'], 'const', 'const', 'const'],
      {},
    ],
    ['Tile', [randomTensor([2, 3], 1), i64([2, 1])], [['N', 3], 'const'], {}],
    ['Pad', [randomTensor([2, 3], 1), i64([1, 0, 0, 2])], [['N', 'M'], 'const'], {}],
    ['Transpose', [randomTensor([2, 3, 4], 1)], [['N', 3, 'W']], { perm: [2, 0, 1] }],
    ['Squeeze', [randomTensor([2, 1, 3], 1), i64([1])], [['N', 1, 3], 'const'], {}],
    ['Unsqueeze', [randomTensor([2, 3], 1), i64([0])], [['N', 3], 'const'], {}],
    ['Split', [randomTensor([4, 3], 1), i64([1, 3])], [['N', 3], 'const'], { axis: 0 }],
    ['DepthToSpace', [randomTensor([1, 8, 2, 2], 1)], [['N', 8, 'H', 'W']], { blocksize: 2 }],
  ];
  for (const [op, inputs, shapes, attrs] of cases) {
    it(op, () => {
      const ys = execute(op, inputs, attrs);
      const gy = randomTensor([...ys[0].shape], 9);
      const [dx] = graphGradient(op, inputs, shapes, gy, attrs);
      const def = getOp(op);
      const eager = def.grad!({
        b: eagerBuilder,
        inputs,
        outputs: ys,
        gradOutputs: [gy, ...ys.slice(1).map(() => undefined)],
        attrs: new AttrReader(op, resolveAttrs(def, attrs)),
        needsGrad: (i) => i === 0,
      })[0]!;
      expect(dx.shape).toEqual(inputs[0]!.shape);
      expect(dx.toNumbers()).toEqual(eager.toNumbers());
    });
  }
});
