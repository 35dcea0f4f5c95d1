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
  randomTensor,
  runKernel,
} from '../src/index.js';
import type { Dim } from '../src/index.js';

const axes = (...a: number[]) =>
  Tensor.from(BigInt64Array.from(a.map(BigInt)), 'int64', [a.length]);
const x23 = () =>
  Tensor.from([
    [1, 2, 3],
    [4, 5, 6],
  ]);

function inferOne(
  op: string,
  shape: Dim[],
  attrs: Record<string, number> = {},
  axesVals?: number[],
) {
  const g = new Graph('g');
  g.inputs.push({ name: 'x', dtype: 'float32', shape });
  const ins = ['x'];
  if (axesVals) {
    g.initializers.set('axes', axes(...axesVals));
    ins.push('axes');
  }
  g.addNode(op, ins, ['y'], attrs);
  g.outputs.push({ name: 'y', dtype: null, shape: null });
  return inferShapes(g).get('y')!;
}

describe('Reduce* values', () => {
  it('sums over axes, keeping or dropping dims', () => {
    expect(execute('ReduceSum', [x23(), axes(1)])[0].toArray()).toEqual([[6], [15]]);
    expect(execute('ReduceSum', [x23(), axes(0)], { keepdims: 0 })[0].toArray()).toEqual([5, 7, 9]);
    expect(execute('ReduceSum', [x23()], { keepdims: 0 })[0].toArray()).toEqual(21);
    expect(execute('ReduceSum', [x23(), axes(-1, 0)])[0].toArray()).toEqual([[21]]);
  });

  it('treats empty axes as all axes, or as the identity with noop_with_empty_axes', () => {
    expect(execute('ReduceMean', [x23(), axes()])[0].toArray()).toEqual([[3.5]]);
    expect(
      execute('ReduceMean', [x23(), axes()], { noop_with_empty_axes: 1 })[0].toArray(),
    ).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('computes every reducer', () => {
    const x = Tensor.from([
      [1, -2],
      [3, 4],
    ]);
    const r = (op: string) => execute(op, [x, axes(1)], { keepdims: 0 })[0].toNumbers();
    expect(r('ReduceMax')).toEqual([1, 4]);
    expect(r('ReduceMin')).toEqual([-2, 3]);
    expect(r('ReduceProd')).toEqual([-2, 12]);
    expect(r('ReduceL1')).toEqual([3, 7]);
    expect(r('ReduceL2')[1]).toBeCloseTo(5, 6);
    expect(r('ReduceSumSquare')).toEqual([5, 25]);
    expect(r('ReduceLogSum')[1]).toBeCloseTo(Math.log(7), 6);
    expect(r('ReduceLogSumExp')[0]).toBeCloseTo(Math.log(Math.exp(1) + Math.exp(-2)), 6);
  });

  it('reduces strided views and large tensors on every loop shape', () => {
    // [64, 300]: the last axis (inner), the first axis (outer rows), and everything.
    const n = 64 * 300;
    const data = Float32Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 100 - 5);
    const x = Tensor.from(data, 'float32', [64, 300]);
    const ref = (axis: number) => {
      const out = new Float64Array(axis === 0 ? 300 : 64);
      for (let i = 0; i < 64; i++)
        for (let j = 0; j < 300; j++) out[axis === 0 ? j : i] += data[i * 300 + j];
      return Array.from(out);
    };
    const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 3));
    close(execute('ReduceSum', [x, axes(1)], { keepdims: 0 })[0].toNumbers(), ref(1));
    close(execute('ReduceSum', [x, axes(0)], { keepdims: 0 })[0].toNumbers(), ref(0));
    const transposed = x.view([300, 64], [1, 300]);
    close(execute('ReduceSum', [transposed, axes(0)], { keepdims: 0 })[0].toNumbers(), ref(1));
    const big = Tensor.from(new Float32Array(1 << 20).fill(0.1), 'float32', [1 << 20]);
    expect(execute('ReduceSum', [big], { keepdims: 0 })[0].toNumbers()[0]).toBeCloseTo(104857.6, 1);
    expect(execute('ReduceMax', [x, axes(0, 1)], { keepdims: 0 })[0].toNumbers()[0]).toBeCloseTo(
      4.99,
      5,
    );
  });

  it('propagates NaN through max and min', () => {
    const x = Tensor.from([1, NaN, 3]);
    expect(execute('ReduceMax', [x], { keepdims: 0 })[0].toNumbers()[0]).toBeNaN();
    expect(execute('ReduceMin', [x], { keepdims: 0 })[0].toNumbers()[0]).toBeNaN();
  });

  it('supports integer and float64 inputs', () => {
    const xi = Tensor.from(BigInt64Array.from([1n, 2n, 3n, 4n]), 'int64', [2, 2]);
    expect(execute('ReduceSum', [xi, axes(0)], { keepdims: 0 })[0].toArray()).toEqual([4n, 6n]);
    const xd = Tensor.from(Float64Array.from([1, 2, 3, 4]), 'float64', [2, 2]);
    expect(execute('ReduceProd', [xd], { keepdims: 0 })[0].toNumbers()).toEqual([24]);
  });

  it('validates the native kernel contract', () => {
    const y = new Tensor('float32', [3]);
    expect(() => runKernel('ReduceSum', [x23()], [y], { axes: [1, 0] })).toThrow(
      /ReduceSum: axes must be sorted/,
    );
    expect(() =>
      runKernel('ReduceMax', [x23()], [new Tensor('float32', [4])], { axes: [0] }),
    ).toThrow(/ReduceMax: output \[4\] does not hold the 3 kept elements of input \[2, 3\]/);
    expect(() => runKernel('ArgMax', [x23()], [new Tensor('float32', [3])], { axis: 0 })).toThrow(
      /ArgMax: output must be int64/,
    );
  });

  it('names the op and shape on bad axes', () => {
    expect(() => execute('ReduceSum', [x23(), axes(2)])).toThrow(/ReduceSum.*axis 2.*rank 2/);
    expect(() => execute('ReduceMax', [x23(), axes(1, -1)])).toThrow(/ReduceMax.*repeat/);
  });
});

describe('Reduce* inference', () => {
  it('keeps symbolic dims that are not reduced', () => {
    expect(inferOne('ReduceSum', ['N', 3, 4], { keepdims: 0 }, [1]).shape).toEqual(['N', 4]);
    expect(inferOne('ReduceMean', ['N', 3, 4], {}, [-1]).shape).toEqual(['N', 3, 1]);
    expect(inferOne('ReduceMax', ['N', 3], { keepdims: 0 }).shape).toEqual([]);
    expect(inferOne('ArgMax', ['N', 3, 'T'], { axis: 1, keepdims: 0 })).toEqual({
      dtype: 'int64',
      shape: ['N', 'T'],
    });
  });

  it('knows only the rank when axes are not constant', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['N', 3] });
    g.inputs.push({ name: 'a', dtype: 'int64', shape: [1] });
    g.addNode('ReduceSum', ['x', 'a'], ['y']);
    g.outputs.push({ name: 'y', dtype: null, shape: null });
    expect(inferShapes(g).get('y')!.shape).toEqual([null, null]);
  });
});

describe('ArgMax / ArgMin / CumSum', () => {
  it('finds first or last extremes', () => {
    const x = Tensor.from([
      [2, 2, 1],
      [0, 5, 5],
    ]);
    expect(execute('ArgMax', [x], { axis: 1, keepdims: 0 })[0].toArray()).toEqual([0n, 1n]);
    expect(
      execute('ArgMax', [x], { axis: 1, keepdims: 0, select_last_index: 1 })[0].toArray(),
    ).toEqual([1n, 2n]);
    expect(execute('ArgMin', [x], { axis: 0 })[0].toArray()).toEqual([[1n, 0n, 0n]]);
  });

  it('cumulates with exclusive and reverse', () => {
    const x = Tensor.from([1, 2, 3, 4]);
    const ax = Tensor.from([0n], 'int64', []);
    expect(execute('CumSum', [x, ax])[0].toNumbers()).toEqual([1, 3, 6, 10]);
    expect(execute('CumSum', [x, ax], { exclusive: 1 })[0].toNumbers()).toEqual([0, 1, 3, 6]);
    expect(execute('CumSum', [x, ax], { reverse: 1 })[0].toNumbers()).toEqual([10, 9, 7, 4]);
    expect(execute('CumSum', [x, ax], { reverse: 1, exclusive: 1 })[0].toNumbers()).toEqual([
      9, 7, 4, 0,
    ]);
    const m = Tensor.from([
      [1, 2],
      [3, 4],
    ]);
    expect(execute('CumSum', [m, Tensor.from([-2n], 'int64', [])])[0].toArray()).toEqual([
      [1, 2],
      [4, 6],
    ]);
    expect(() => execute('CumSum', [m, Tensor.from([2n], 'int64', [])])).toThrow(/CumSum.*axis 2/);
  });
});

describe('reduction gradients (float64)', () => {
  const x = randomTensor([3, 4, 2], 3, 0.5, 2);
  const cases: Array<[string, number[] | undefined, number]> = [
    ['ReduceSum', [1], 1],
    ['ReduceSum', undefined, 0],
    ['ReduceMean', [0, 2], 0],
    ['ReduceMean', [-1], 1],
    ['ReduceSumSquare', [1], 0],
    ['ReduceL1', [2], 1],
    ['ReduceL2', [0], 0],
    ['ReduceLogSum', [1, 2], 1],
    ['ReduceLogSumExp', [1], 0],
    ['ReduceProd', [2], 0],
    ['ReduceMax', [1], 0],
    ['ReduceMin', [0, 1], 1],
  ];
  for (const [op, ax, keep] of cases) {
    it(`${op} axes=${ax ?? 'all'} keepdims=${keep}`, () => {
      const r = gradcheck(op, [x, ax ? axes(...ax) : undefined], {
        attrs: { keepdims: keep },
        wrt: [0],
      });
      expect(r.message).toBe('ok');
    });
  }

  it('splits the ReduceMax gradient evenly among ties', () => {
    const t = Tensor.from(Float64Array.from([1, 3, 3]), 'float64', [3]);
    const [y] = execute('ReduceMax', [t], { keepdims: 0 });
    const [gx] = getOp('ReduceMax').grad!({
      b: eagerBuilder,
      inputs: [t, undefined],
      outputs: [y],
      gradOutputs: [Tensor.scalar(1, 'float64')],
      attrs: new AttrReader('ReduceMax', { keepdims: 0, noop_with_empty_axes: 0 }),
      needsGrad: () => true,
    });
    expect(gx!.toNumbers()).toEqual([0, 0.5, 0.5]);
  });

  it('gives ReduceL2 a zero gradient where the norm is zero', () => {
    const t = Tensor.from(Float64Array.from([0, 0, 3, 4]), 'float64', [2, 2]);
    const ax = axes(1);
    const [y] = execute('ReduceL2', [t, ax], { keepdims: 0 });
    const [gx] = getOp('ReduceL2').grad!({
      b: eagerBuilder,
      inputs: [t, ax],
      outputs: [y],
      gradOutputs: [Tensor.from(Float64Array.from([1, 1]), 'float64', [2])],
      attrs: new AttrReader('ReduceL2', { keepdims: 0, noop_with_empty_axes: 0 }),
      needsGrad: () => true,
    });
    gx!.toNumbers().forEach((v, i) => expect(v).toBeCloseTo([0, 0, 0.6, 0.8][i], 12));
  });

  it('handles zeros in the ReduceProd gradient', () => {
    const t = Tensor.from(Float64Array.from([2, 0, 3, 0, 0, 5, 1, 2, 3]), 'float64', [3, 3]);
    expect(
      gradcheck('ReduceProd', [t, axes(1)], { attrs: { keepdims: 0 }, wrt: [0] }).message,
    ).toBe('ok');
  });

  it('CumSum', () => {
    const ax = Tensor.from([1n], 'int64', []);
    for (const attrs of [{}, { exclusive: 1 }, { reverse: 1 }, { exclusive: 1, reverse: 1 }]) {
      expect(gradcheck('CumSum', [x, ax], { attrs, wrt: [0] }).message).toBe('ok');
    }
  });
});
