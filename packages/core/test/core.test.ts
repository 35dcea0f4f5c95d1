import { describe, expect, it } from 'vitest';
import { Executor, Graph, Tensor, execute, listOps } from '../src/index.js';

describe('eager execution', () => {
  it('adds with broadcasting', () => {
    const [y] = execute('Add', [
      Tensor.from([
        [1, 2],
        [3, 4],
      ]),
      Tensor.from([10, 20]),
    ]);
    expect(y.toArray()).toEqual([
      [11, 22],
      [13, 24],
    ]);
  });

  it('names the op and both shapes on a broadcast error', () => {
    expect(() => execute('Mul', [Tensor.from([1, 2, 3]), Tensor.from([1, 2])])).toThrow(
      /Mul.*\[3\].*\[2\]/,
    );
  });

  it('rejects unknown ops with suggestions', () => {
    expect(() => execute('Ad', [])).toThrow(/unknown operator 'Ad'.*Add/);
  });

  it('rejects unknown attributes', () => {
    expect(() => execute('Add', [Tensor.from([1]), Tensor.from([1])], { axis: 1 })).toThrow(
      /unknown attribute 'axis'/,
    );
  });
});

describe('executor', () => {
  it('plans once and runs repeatedly with buffer reuse', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['N', 2] });
    g.initializers.set('w', Tensor.from([1, 10]));
    g.addNode('Mul', ['x', 'w'], ['a']);
    g.addNode('Add', ['a', 'x'], ['b']);
    g.addNode('Sub', ['b', 'w'], ['c']);
    g.outputs.push({ name: 'c', dtype: 'float32', shape: null });
    const ex = new Executor(g);
    for (let i = 0; i < 3; i++) {
      const { c } = ex.run({
        x: Tensor.from([
          [1, 2],
          [3, i],
        ]),
      });
      expect(c.toArray()).toEqual([
        [1, 12],
        [5, 11 * i - 10],
      ]);
    }
  });

  it('names the missing input', () => {
    const g = new Graph('g');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: [2] });
    g.addNode('Add', ['x', 'x'], ['y']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: [2] });
    expect(() => new Executor(g).run({})).toThrow(/missing input 'x'/);
    expect(() => new Executor(g).run({ x: Tensor.from([1, 2, 3]) })).toThrow(
      /input 'x' must have shape \[2\]/,
    );
  });

  it('names the node on a kernel error', () => {
    const g = new Graph('g');
    g.inputs.push(
      { name: 'x', dtype: 'float32', shape: null },
      { name: 'y', dtype: 'float32', shape: null },
    );
    g.addNode('Add', ['x', 'y'], ['z'], {}, 'the_add');
    g.outputs.push({ name: 'z', dtype: 'float32', shape: null });
    expect(() =>
      new Executor(g).run({ x: Tensor.from([1, 2]), y: Tensor.from([1, 2, 3]) }),
    ).toThrow(/node 'the_add' \(Add\)/);
  });
});

describe('op table', () => {
  it('has unique names', () => {
    const names = listOps().map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
