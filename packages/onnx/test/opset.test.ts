// Opset adapters for pre-7 forms: legacy broadcast/axis on binary ops, PRelu's channel slope,
// Gemm's broadcast flag.
import { Executor, Graph, type Node, Tensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { adaptNode } from '../src/import/opset.js';

function adaptedGraph(node: Node, opset: number, inputs: Record<string, number[]>): Graph {
  const g = new Graph('g');
  let n = 0;
  const nodes = adaptNode(node, opset, {
    constant: (hint, t) => {
      const name = `${hint}_${n++}`;
      g.initializers.set(name, t);
      return name;
    },
    fresh: (hint) => `${hint}_${n++}`,
  });
  g.nodes = nodes;
  g.inputs = Object.entries(inputs).map(([name, shape]) => ({ name, dtype: 'float32', shape }));
  g.outputs = [{ name: 'y', dtype: 'float32', shape: null }];
  return g;
}

describe('legacy broadcasting (opset < 7)', () => {
  it('aligns B at axis for Add', () => {
    const node: Node = {
      name: 'add',
      op: 'Add',
      inputs: ['a', 'b'],
      outputs: ['y'],
      attrs: { broadcast: 1, axis: 0 },
    };
    const g = adaptedGraph(node, 6, { a: [2, 3], b: [2] });
    expect(g.nodes.at(-1)!.attrs).toEqual({});
    const y = new Executor(g).run({
      a: Tensor.from([1, 2, 3, 4, 5, 6], 'float32', [2, 3]),
      b: Tensor.from([10, 20], 'float32', [2]),
    }).y;
    expect(y.toArray()).toEqual([
      [11, 12, 13],
      [24, 25, 26],
    ]);
  });

  it('drops the flag when no axis is given, and leaves opset 7 nodes alone', () => {
    const node: Node = {
      name: 'mul',
      op: 'Mul',
      inputs: ['a', 'b'],
      outputs: ['y'],
      attrs: { broadcast: 1 },
    };
    expect(adaptNode(node, 6, { constant: () => '', fresh: (h) => h })).toEqual([
      { ...node, attrs: {} },
    ]);
    const n7: Node = { ...node, attrs: {} };
    expect(adaptNode(n7, 7, { constant: () => '', fresh: (h) => h })).toEqual([n7]);
  });

  it('applies a PRelu slope per channel', () => {
    const node: Node = { name: 'p', op: 'PRelu', inputs: ['x', 's'], outputs: ['y'], attrs: {} };
    const g = adaptedGraph(node, 6, { x: [1, 2, 2], s: [2] });
    const y = new Executor(g).run({
      x: Tensor.from([-1, 1, -1, 1], 'float32', [1, 2, 2]),
      s: Tensor.from([0.5, 2], 'float32', [2]),
    }).y;
    expect(y.toNumbers()).toEqual([-0.5, 1, -2, 1]);
  });

  it('drops Gemm broadcast', () => {
    const node: Node = {
      name: 'g',
      op: 'Gemm',
      inputs: ['a', 'b', 'c'],
      outputs: ['y'],
      attrs: { broadcast: 1, transB: 1 },
    };
    expect(adaptNode(node, 6, { constant: () => '', fresh: (h) => h })[0].attrs).toEqual({
      transB: 1,
    });
  });
});
