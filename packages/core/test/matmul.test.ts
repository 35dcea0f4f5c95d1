import { describe, expect, it } from 'vitest';
import {
  AttrReader,
  Executor,
  Graph,
  Tensor,
  eagerBuilder,
  execute,
  getOp,
  gradcheck,
  inferShapes,
  randomTensor,
  resolveAttrs,
} from '../src/index.js';
import type { Attrs, DType, Dim, OpBuilder, ValueInfo } from '../src/index.js';
import { makeInferContext } from '../src/eager.js';

function inferMM(op: string, a: Dim[], b: Dim[], attrs: Record<string, number> = {}, c?: Dim[]) {
  const g = new Graph('g');
  g.inputs.push(
    { name: 'a', dtype: 'float32', shape: a },
    { name: 'b', dtype: 'float32', shape: b },
  );
  const ins = ['a', 'b'];
  if (c) {
    g.inputs.push({ name: 'c', dtype: 'float32', shape: c });
    ins.push('c');
  }
  g.addNode(op, ins, ['y'], attrs);
  g.outputs.push({ name: 'y', dtype: null, shape: null });
  return inferShapes(g).get('y')!.shape;
}

describe('MatMul', () => {
  it('multiplies matrices, vectors and broadcast batches', () => {
    const a = Tensor.from([
      [1, 2],
      [3, 4],
    ]);
    const b = Tensor.from([
      [5, 6],
      [7, 8],
    ]);
    expect(execute('MatMul', [a, b])[0].toArray()).toEqual([
      [19, 22],
      [43, 50],
    ]);
    expect(execute('MatMul', [Tensor.from([1, 2]), b])[0].toArray()).toEqual([19, 22]);
    expect(execute('MatMul', [a, Tensor.from([1, 1])])[0].toArray()).toEqual([3, 7]);
    expect(execute('MatMul', [Tensor.from([1, 2]), Tensor.from([3, 4])])[0].toArray()).toEqual(11);
    const batch = Tensor.from([
      [
        [1, 0],
        [0, 1],
      ],
      [
        [2, 0],
        [0, 2],
      ],
    ]);
    expect(execute('MatMul', [batch, b])[0].toArray()).toEqual([
      [
        [5, 6],
        [7, 8],
      ],
      [
        [10, 12],
        [14, 16],
      ],
    ]);
    const a3 = Tensor.from([[[1, 2]], [[3, 4]]]); // [2, 1, 2] x [2, 2]
    expect(execute('MatMul', [a3, b])[0].shape).toEqual([2, 1, 2]);
  });

  it('runs float64 and int64', () => {
    const a = Tensor.from(Float64Array.from([1, 2, 3, 4]), 'float64', [2, 2]);
    expect(execute('MatMul', [a, a])[0].toNumbers()).toEqual([7, 10, 15, 22]);
    const i = Tensor.from(BigInt64Array.from([1n, 2n, 3n, 4n]), 'int64', [2, 2]);
    expect(execute('MatMul', [i, i])[0].toArray()).toEqual([
      [7n, 10n],
      [15n, 22n],
    ]);
  });

  it('infers symbolic shapes', () => {
    expect(inferMM('MatMul', ['B', 'M', 4], [4, 'N'])).toEqual(['B', 'M', 'N']);
    expect(inferMM('MatMul', [4], ['B', 4, 5])).toEqual(['B', 5]);
    expect(inferMM('MatMul', ['B', 1, 3, 4], [7, 4, 2])).toEqual(['B', 7, 3, 2]);
  });

  it('names both shapes when they do not multiply', () => {
    expect(() => execute('MatMul', [Tensor.from([[1, 2, 3]]), Tensor.from([[1, 2]])])).toThrow(
      /MatMul.*\[1, 3\].*\[1, 2\]/,
    );
    expect(() => execute('MatMul', [Tensor.zeros([2, 2, 3]), Tensor.zeros([3, 3, 1])])).toThrow(
      /MatMul.*broadcast/,
    );
  });

  it('gradchecks every operand shape (float64)', () => {
    const shapes: Array<[number[], number[]]> = [
      [
        [3, 4],
        [4, 2],
      ],
      [
        [2, 3, 4],
        [4, 5],
      ],
      [[4], [4, 3]],
      [[2, 3, 4], [4]],
      [[4], [4]],
      [
        [2, 1, 3, 4],
        [5, 4, 2],
      ],
      [[3], [2, 3, 4]],
    ];
    shapes.forEach(([sa, sb], i) => {
      const r = gradcheck('MatMul', [randomTensor(sa, i + 1), randomTensor(sb, i + 11)]);
      expect(r.message, `${sa} x ${sb}`).toBe('ok');
    });
  });

  it('FusedMatMul transposes without copies and gradchecks', () => {
    const a = randomTensor([2, 4, 3], 5);
    const b = randomTensor([5, 4], 6);
    const [y] = execute('FusedMatMul', [a, b], { transA: 1, transB: 1 });
    expect(y.shape).toEqual([2, 3, 5]);
    for (const attrs of [{}, { transA: 1 }, { transB: 1 }, { transA: 1, transB: 1 }]) {
      const sa = attrs.transA ? [2, 4, 3] : [2, 3, 4];
      const sb = attrs.transB ? [5, 4] : [4, 5];
      expect(
        gradcheck('FusedMatMul', [randomTensor(sa, 1), randomTensor(sb, 2)], { attrs }).message,
      ).toBe('ok');
    }
  });
});

describe('Gemm', () => {
  const a = Tensor.from([
    [1, 2],
    [3, 4],
  ]);
  const b = Tensor.from([
    [1, 0],
    [1, 1],
  ]);

  it('computes alpha op(A) op(B) + beta C with broadcast C', () => {
    expect(execute('Gemm', [a, b])[0].toArray()).toEqual([
      [3, 2],
      [7, 4],
    ]);
    expect(execute('Gemm', [a, b, Tensor.from([10, 20])])[0].toArray()).toEqual([
      [13, 22],
      [17, 24],
    ]);
    expect(execute('Gemm', [a, b], { transA: 1, transB: 1 })[0].toArray()).toEqual([
      [1, 4],
      [2, 6],
    ]);
    expect(execute('Gemm', [a, b, Tensor.scalar(1)], { beta: 2 })[0].toArray()).toEqual([
      [5, 4],
      [9, 6],
    ]);
  });

  it('scales by alpha', () => {
    expect(execute('Gemm', [a, b], { alpha: 0.5 })[0].toArray()).toEqual([
      [1.5, 1],
      [3.5, 2],
    ]);
  });

  it('infers and rejects shapes', () => {
    expect(inferMM('Gemm', ['K', 'M'], ['K', 5], { transA: 1 }, [5])).toEqual(['M', 5]);
    expect(() => execute('Gemm', [a, Tensor.from([[1, 2, 3]])])).toThrow(
      /Gemm.*\[2, 2\].*\[1, 3\]/,
    );
    expect(() => execute('Gemm', [a, b, Tensor.from([1, 2, 3])])).toThrow(/Gemm.*\[3\].*\[2, 2\]/);
  });

  it('gradchecks every transpose combination (float64)', () => {
    for (const [tA, tB] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ]) {
      const A = randomTensor(tA ? [4, 3] : [3, 4], 1);
      const B = randomTensor(tB ? [2, 4] : [4, 2], 2);
      const attrs = { transA: tA, transB: tB, alpha: 1.5, beta: 0.5 };
      expect(gradcheck('Gemm', [A, B, randomTensor([2], 3)], { attrs }).message).toBe('ok');
      expect(gradcheck('Gemm', [A, B, randomTensor([3, 2], 3)], { attrs }).message).toBe('ok');
    }
  });
});

/**
 * A minimal graph host of the op surface: gradient formulas emit nodes over symbolic shapes, the
 * Executor runs them, and the result must equal the eager gradient. This is how static gradient
 * nets (caffe2's AddGradientOperators) will use the same formulas.
 */
class GraphHost implements OpBuilder<string> {
  readonly g = new Graph('grad');
  private readonly infos = new Map<string, ValueInfo>();
  private n = 0;

  input(name: string, dtype: DType, shape: Dim[]): string {
    this.g.inputs.push({ name, dtype, shape });
    this.infos.set(name, { dtype, shape });
    return name;
  }

  apply(
    op: string,
    inputs: readonly (string | undefined)[],
    attrs: Attrs = {},
    numOutputs = 1,
  ): string[] {
    const def = getOp(op);
    const ins = inputs.map((v) => (v === undefined ? '' : v));
    while (ins.length && ins[ins.length - 1] === '') ins.pop();
    const reader = new AttrReader(op, resolveAttrs(def, attrs));
    const infos = inputs.map((v) => (v ? this.infos.get(v) : undefined));
    const outs = def.infer(makeInferContext(def, infos, reader));
    const names = Array.from({ length: Math.max(numOutputs, 1) }, () => `v${this.n++}`);
    names.forEach((nm, i) => {
      this.infos.set(nm, { dtype: outs[i]?.dtype ?? null, shape: outs[i]?.shape ?? null });
    });
    this.g.addNode(op, ins, names, attrs);
    return names;
  }

  constant(t: Tensor): string {
    const name = `c${this.n++}`;
    this.g.initializers.set(name, t);
    this.infos.set(name, { dtype: t.dtype, shape: [...t.shape], value: t });
    return name;
  }

  info(v: string): ValueInfo {
    return this.infos.get(v)!;
  }
}

/** Gradients of `op` from a graph with symbolic batch dims, run on concrete tensors. */
function graphGrads(op: string, ins: Tensor[], symbolic: Dim[][], attrs: Attrs = {}): Tensor[] {
  const host = new GraphHost();
  const names = ins.map((t, i) => host.input(`x${i}`, t.dtype, symbolic[i]));
  const ys = host.apply(op, names, attrs, getOp(op).outputs.length);
  const gy = host.input('gy', ins[0].dtype, host.info(ys[0]).shape!);
  const def = getOp(op);
  const grads = def.grad!({
    b: host,
    inputs: names,
    outputs: ys,
    gradOutputs: [gy],
    attrs: new AttrReader(op, resolveAttrs(def, attrs)),
    needsGrad: (i) => ins[i].dtype === 'float64',
  });
  const wanted = grads.filter((g): g is string => g !== undefined);
  wanted.forEach((g) => host.g.outputs.push({ name: g, dtype: null, shape: null }));
  const feed: Record<string, Tensor> = Object.fromEntries(ins.map((t, i) => [`x${i}`, t]));
  const [y] = execute(op, ins, attrs);
  feed.gy = randomTensor([...y.shape], 99);
  const out = new Executor(host.g).run(feed);
  return wanted.map((g) => out[g]);
}

function eagerGrads(op: string, ins: Tensor[], attrs: Attrs = {}): Tensor[] {
  const def = getOp(op);
  const outs = execute(op, ins, attrs);
  const grads = def.grad!({
    b: eagerBuilder,
    inputs: ins,
    outputs: outs,
    gradOutputs: [randomTensor([...outs[0].shape], 99)],
    attrs: new AttrReader(op, resolveAttrs(def, attrs)),
    needsGrad: (i) => ins[i].dtype === 'float64',
  });
  return grads.filter((g): g is Tensor => g !== undefined);
}

describe('gradients as graphs over symbolic shapes', () => {
  const axes = (...a: number[]) =>
    Tensor.from(BigInt64Array.from(a.map(BigInt)), 'int64', [a.length]);
  const labels = Tensor.from(BigInt64Array.from([1n, 3n, 0n]), 'int64', [3]);
  const bnInputs = [
    randomTensor([2, 3, 2], 1),
    ...[2, 3, 4].map((k) => randomTensor([3], k)),
    randomTensor([3], 5, 0.5, 1),
  ];
  const cases: Array<[string, Tensor[], Dim[][], Attrs]> = [
    ['MatMul', [randomTensor([2, 3, 4], 1), randomTensor([4], 2)], [['B', 3, 4], [4]], {}],
    ['MatMul', [randomTensor([4], 1), randomTensor([2, 4, 3], 2)], [[4], ['B', 4, 3]], {}],
    [
      'MatMul',
      [randomTensor([2, 3, 4], 1), randomTensor([4, 5], 2)],
      [
        ['B', 3, 4],
        [4, 5],
      ],
      {},
    ],
    [
      'Gemm',
      [randomTensor([3, 4], 1), randomTensor([5, 4], 2), randomTensor([5], 3)],
      [['N', 4], [5, 4], [5]],
      { transB: 1, beta: 0.5 },
    ],
    ['ReduceSum', [randomTensor([2, 3, 4], 1), axes(1)], [['N', 3, 4], [1]], { keepdims: 0 }],
    ['ReduceMean', [randomTensor([2, 3, 4], 1), axes(-1)], [['N', 3, 'T'], [1]], { keepdims: 0 }],
    ['ReduceMax', [randomTensor([2, 3, 4], 1), axes(0, 2)], [['N', 3, 4], [2]], { keepdims: 1 }],
    ['ReduceLogSumExp', [randomTensor([2, 3, 4], 1)], [['N', 3, 4]], { keepdims: 0 }],
    ['ReduceProd', [randomTensor([2, 3, 4], 1), axes(1)], [['N', 3, 4], [1]], { keepdims: 0 }],
    ['ReduceL2', [randomTensor([2, 3, 4], 1), axes(2)], [['N', 3, 'T'], [1]], { keepdims: 1 }],
    ['Softmax', [randomTensor([2, 3], 1)], [['N', 3]], {}],
    [
      'LayerNormalization',
      [randomTensor([2, 3, 4], 1), randomTensor([4], 2)],
      [['N', 'T', 4], [4]],
      {},
    ],
    ['SoftmaxCrossEntropyLoss', [randomTensor([3, 4], 1), labels], [['N', 4], ['N']], {}],
    ['BatchNormalization', bnInputs, [['N', 3, 'S'], [3], [3], [3], [3]], { training_mode: 1 }],
    [
      'MaxPool',
      [randomTensor([2, 2, 4, 4], 1)],
      [['N', 2, 4, 4]],
      { kernel_shape: [2, 2], strides: [2, 2] },
    ],
  ];
  for (const [op, ins, sym, attrs] of cases) {
    it(`${op} ${sym.map((s) => `[${s}]`).join(' ')}`, () => {
      const fromGraph = graphGrads(op, ins, sym, attrs);
      const fromEager = eagerGrads(op, ins, attrs);
      expect(fromGraph.length).toBe(fromEager.length);
      fromGraph.forEach((g, i) => {
        expect(g.shape).toEqual(fromEager[i].shape);
        g.toNumbers().forEach((v, k) => expect(v).toBeCloseTo(fromEager[i].toNumbers()[k], 10));
      });
    });
  }
});
