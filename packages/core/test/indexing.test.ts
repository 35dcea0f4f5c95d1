import { describe, expect, it } from 'vitest';
import {
  AttrReader,
  type Attrs,
  type Dim,
  Tensor,
  eagerBuilder,
  execute,
  getOp,
  gradcheck,
  randomTensor,
  resolveAttrs,
} from '../src/index.js';
import { graphGradient } from './fixtures/graph-builder.js';
import { caseNames, runCase } from './fixtures/onnx-cases.js';
import { inferOp } from './fixtures/infer.js';

const i64 = (v: number[], shape?: number[]) => Tensor.from(v, 'int64', shape ?? [v.length]);
const sym = (...shape: (number | string | null)[]) => ({ dtype: 'float32' as const, shape });
const idx = (...shape: (number | string | null)[]) => ({ dtype: 'int64' as const, shape });

const OPS = [
  'Gather',
  'GatherElements',
  'GatherND',
  'ScatterElements',
  'ScatterND',
  'TopK',
  'NonZero',
  'Trilu',
  'OneHot',
];

describe('ONNX backend cases (indexing ops)', () => {
  for (const op of OPS) for (const name of caseNames(op)) it(name, () => runCase(name));
});

describe('Gather family', () => {
  const x = Tensor.from([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  it('gathers with negative and int32 indices', () => {
    expect(execute('Gather', [x, i64([-1, 0])], { axis: 1 })[0].toArray()).toEqual([
      [3, 1],
      [6, 4],
    ]);
    expect(execute('Gather', [x, Tensor.from([1], 'int32', [])])[0].toArray()).toEqual([4, 5, 6]);
    expect(
      execute('GatherElements', [x, i64([0, 0, 1, 0], [2, 2])], { axis: 1 })[0].toArray(),
    ).toEqual([
      [1, 1],
      [5, 4],
    ]);
    expect(execute('GatherND', [x, i64([1, 2, 0, 0], [2, 2])])[0].toNumbers()).toEqual([6, 1]);
  });
  it('names the op, index and axis size on out-of-range indices', () => {
    expect(() => execute('Gather', [x, i64([2])])).toThrow(
      /Gather: index 2 is out of range for axis 0 of size 2/,
    );
    expect(() => execute('Gather', [x, i64([-4])], { axis: 1 })).toThrow(
      /index -4 .* axis 1 of size 3/,
    );
    expect(() => execute('GatherElements', [x, i64([0, 3], [1, 2])], { axis: 1 })).toThrow(
      /GatherElements: index 3/,
    );
    expect(() => execute('GatherND', [x, i64([0, 5], [1, 2])])).toThrow(
      /GatherND: index 5 .* axis 1 of size 3/,
    );
    expect(() => execute('Gather', [x, Tensor.from([0])])).toThrow(
      /Gather: indices must be int32 or int64, got float32/,
    );
    expect(() => execute('Gather', [x, i64([0])], { axis: 2 })).toThrow(
      /Gather: axis 2 is out of range/,
    );
  });
  it('infers symbolic shapes', () => {
    expect(inferOp('Gather', [sym('N', 5, 7), idx('B', 'T')], { axis: 1 })[0].shape).toEqual([
      'N',
      'B',
      'T',
      7,
    ]);
    expect(
      inferOp('GatherND', [sym('N', 5, 7), idx('N', 3, 1)], { batch_dims: 1 })[0].shape,
    ).toEqual(['N', 3, 7]);
    expect(inferOp('GatherElements', [sym('N', 5), idx('N', 2)])[0].shape).toEqual(['N', 2]);
  });
  it('gradchecks (repeated indices accumulate)', () => {
    const d = randomTensor([3, 4], 1);
    expect(gradcheck('Gather', [d, i64([2, 0, 2])], { attrs: { axis: 0 }, wrt: [0] }).ok).toBe(
      true,
    );
    expect(
      gradcheck('Gather', [d, i64([1, 1, 3, 0], [2, 2])], { attrs: { axis: 1 }, wrt: [0] }).ok,
    ).toBe(true);
    expect(
      gradcheck('GatherElements', [d, i64([0, 0, 2, 1, 1, 1, 0, 2], [2, 4])], { wrt: [0] }).ok,
    ).toBe(true);
    expect(gradcheck('GatherND', [d, i64([1, 2, 1, 2, 0, 3], [3, 2])], { wrt: [0] }).ok).toBe(true);
    const b = randomTensor([2, 3, 2], 2);
    expect(
      gradcheck('GatherND', [b, i64([2, 0, 1, 1], [2, 2, 1])], {
        attrs: { batch_dims: 1 },
        wrt: [0],
      }).ok,
    ).toBe(true);
  });
});

describe('Scatter family', () => {
  it('scatters with reductions and accumulates duplicates', () => {
    const data = Tensor.from([[1, 2, 3]]);
    const ind = i64([1, 1], [1, 2]);
    const upd = Tensor.from([[10, 20]]);
    expect(
      execute('ScatterElements', [data, ind, upd], { axis: 1, reduction: 'add' })[0].toArray(),
    ).toEqual([[1, 32, 3]]);
    expect(
      execute('ScatterElements', [data, ind, upd], { axis: 1, reduction: 'mul' })[0].toArray(),
    ).toEqual([[1, 400, 3]]);
    const [nd] = execute('ScatterND', [
      Tensor.from([1, 2, 3, 4]),
      i64([3, 0], [2, 1]),
      Tensor.from([9, 8]),
    ]);
    expect(nd.toNumbers()).toEqual([8, 2, 3, 9]);
    expect(() =>
      execute('ScatterND', [Tensor.from([1, 2]), i64([2], [1, 1]), Tensor.from([1])]),
    ).toThrow(/ScatterND: index 2 is out of range for axis 0 of size 2/);
    expect(() => execute('ScatterElements', [data, ind, upd], { reduction: 'avg' })).toThrow(
      /unknown reduction 'avg'/,
    );
  });
  it('gradchecks wrt data and updates', () => {
    const d = randomTensor([3, 3], 1);
    const u = randomTensor([2, 3], 2);
    const ind = i64([1, 0, 2, 0, 2, 1], [2, 3]);
    expect(gradcheck('ScatterElements', [d, ind, u], { wrt: [0, 2] }).ok).toBe(true);
    expect(gradcheck('ScatterND', [d, i64([2, 0], [2, 1]), u], { wrt: [0, 2] }).ok).toBe(true);
    const dup = i64([1, 1, 2, 1, 1, 0], [2, 3]);
    const add = { reduction: 'add' };
    expect(gradcheck('ScatterElements', [d, dup, u], { wrt: [0, 2], attrs: add }).ok).toBe(true);
    expect(
      gradcheck('ScatterND', [d, i64([2, 2], [2, 1]), u], { wrt: [0, 2], attrs: add }).ok,
    ).toBe(true);
    expect(() =>
      gradcheck('ScatterND', [d, i64([2, 2], [2, 1]), u], { attrs: { reduction: 'mul' } }),
    ).toThrow(/ScatterND: gradient is implemented for reduction 'none' and 'add', not 'mul'/);
  });
});

describe('TopK', () => {
  it('keeps ties in index order, largest and smallest', () => {
    const x = Tensor.from([[3, 1, 3, 2, 1]]);
    const [v, i] = execute('TopK', [x, i64([3])]);
    expect(v.toArray()).toEqual([[3, 3, 2]]);
    expect(i.toNumbers()).toEqual([0, 2, 3]);
    const [v2, i2] = execute('TopK', [x, i64([2])], { largest: 0 });
    expect(v2.toNumbers()).toEqual([1, 1]);
    expect(i2.toNumbers()).toEqual([1, 4]);
    expect(() => execute('TopK', [x, i64([6])])).toThrow(/TopK: k = 6 is out of range for axis 1/);
    expect(
      inferOp('TopK', [sym('N', 10), { dtype: 'int64', shape: [1], value: i64([4]) }])[1],
    ).toEqual({
      dtype: 'int64',
      shape: ['N', 4],
    });
  });
  it('gradchecks values wrt input', () => {
    expect(
      gradcheck('TopK', [randomTensor([3, 5], 4), i64([2])], { wrt: [0], outputs: [0] }).ok,
    ).toBe(true);
    expect(
      gradcheck('TopK', [randomTensor([4, 3], 5), i64([3])], {
        attrs: { axis: 0 },
        wrt: [0],
        outputs: [0],
      }).ok,
    ).toBe(true);
  });
});

describe('NonZero / Trilu / OneHot', () => {
  it('finds non-zeros row-major', () => {
    const [y] = execute('NonZero', [
      Tensor.from(
        [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        'bool',
      ),
    ]);
    expect(y.toArray()).toEqual([
      [0n, 1n, 2n, 2n],
      [0n, 1n, 0n, 1n],
    ]);
    expect(execute('NonZero', [Tensor.from([0, 0])])[0].shape).toEqual([1, 0]);
  });
  it('keeps triangles with k and gradchecks', () => {
    const x = Tensor.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(execute('Trilu', [x, Tensor.scalar(1, 'int64')])[0].toArray()).toEqual([
      [0, 2, 3],
      [0, 0, 6],
    ]);
    expect(execute('Trilu', [x], { upper: 0 })[0].toArray()).toEqual([
      [1, 0, 0],
      [4, 5, 0],
    ]);
    expect(() => execute('Trilu', [Tensor.from([1, 2])])).toThrow(
      /Trilu: input must have rank >= 2/,
    );
    expect(
      gradcheck('Trilu', [randomTensor([2, 3, 3], 1), Tensor.scalar(-1, 'int64')], { wrt: [0] }).ok,
    ).toBe(true);
  });
  it('one-hot encodes along an axis; out-of-range indices stay off', () => {
    const [y] = execute(
      'OneHot',
      [i64([0, 2, 5, -1]), Tensor.scalar(3, 'int64'), Tensor.from([0, 1])],
      {
        axis: 0,
      },
    );
    expect(y.toArray()).toEqual([
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 1, 0, 1],
    ]);
    expect(() =>
      execute('OneHot', [i64([0]), Tensor.scalar(0, 'int64'), Tensor.from([0, 1])]),
    ).toThrow(/OneHot: depth must be >= 1/);
  });
});

describe('gradients as static graphs (symbolic shapes)', () => {
  const d = randomTensor([3, 4], 1);
  const cases: [string, (Tensor | undefined)[], (Dim[] | 'const')[], Attrs][] = [
    ['Gather', [d, i64([2, 0, 2])], [['N', 4], 'const'], { axis: 0 }],
    ['GatherElements', [d, i64([0, 2, 1, 1], [1, 4])], [['N', 'M'], 'const'], {}],
    ['GatherND', [d, i64([1, 2, 1, 2], [2, 2])], [['N', 'M'], 'const'], {}],
    [
      'ScatterElements',
      [d, i64([0, 2, 1, 1], [1, 4]), randomTensor([1, 4], 3)],
      [['N', 'M'], 'const', 'const'],
      {},
    ],
    ['TopK', [d, i64([2])], [['N', 'M'], 'const'], {}],
    ['Trilu', [d], [['N', 'M']], { upper: 0 }],
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
      expect(dx.toNumbers()).toEqual(eager.toNumbers());
    });
  }
});

describe('internal gradient helpers are differentiable (double backward)', () => {
  it('GatherGrad, GatherNDGrad, SliceGrad and ResizeGrad gradcheck', () => {
    const g = randomTensor([3, 4], 1);
    expect(gradcheck('GatherGrad', [g, i64([2, 0, 2]), i64([3, 4])], { wrt: [0] }).ok).toBe(true);
    expect(
      gradcheck('GatherNDGrad', [randomTensor([2], 2), i64([1, 2, 1, 2], [2, 2]), i64([3, 4])], {
        wrt: [0],
      }).ok,
    ).toBe(true);
    const sg = [
      randomTensor([2, 2], 3),
      i64([4, 5]),
      i64([1, 0]),
      i64([3, 5]),
      i64([0, 1]),
      i64([1, 3]),
    ];
    expect(gradcheck('SliceGrad', sg, { wrt: [0] }).ok).toBe(true);
    const scales = Tensor.from([1, 1, 2, 2], 'float32', [4]);
    const rg = [randomTensor([1, 1, 4, 6], 4), i64([1, 1, 2, 3]), undefined, scales];
    expect(gradcheck('ResizeGrad', rg, { attrs: { mode: 'linear' }, wrt: [0] }).ok).toBe(true);
  });
});
