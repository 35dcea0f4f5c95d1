// If / Loop / Scan with nested executors and outer-scope values.
import { describe, expect, it } from 'vitest';
import { Executor, Graph, Tensor, execute } from '../src/index.js';
import '../src/ops/control-flow.js';

const f32 = (v: number[], shape: number[]) => Tensor.from(v, 'float32', shape);

describe('control flow', () => {
  it('If picks a branch and reads outer-scope values', () => {
    const then = new Graph('then');
    then.outputs = [{ name: 't', dtype: 'float32', shape: [2] }];
    then.addNode('Add', ['x', 'x'], ['t']);
    const els = new Graph('else');
    els.outputs = [{ name: 'e', dtype: 'float32', shape: [2] }];
    els.addNode('Neg', ['x'], ['e']);
    const g = new Graph('g');
    g.inputs = [
      { name: 'c', dtype: 'bool', shape: [] },
      { name: 'x', dtype: 'float32', shape: [2] },
    ];
    g.outputs = [{ name: 'y', dtype: 'float32', shape: [2] }];
    g.addNode('If', ['c', 'x'], ['y'], { then_branch: then, else_branch: els, outer_scope: ['x'] });
    const ex = new Executor(g);
    const x = f32([1, 2], [2]);
    expect(ex.run({ c: Tensor.from([true], 'bool', []), x }).y.toNumbers()).toEqual([2, 4]);
    expect(ex.run({ c: Tensor.from([false], 'bool', []), x }).y.toNumbers()).toEqual([-1, -2]);
  });

  it('Loop carries values and stacks scan outputs', () => {
    const body = new Graph('body');
    body.inputs = [
      { name: 'i', dtype: 'int64', shape: [] },
      { name: 'cin', dtype: 'bool', shape: [] },
      { name: 'acc', dtype: 'float32', shape: [1] },
    ];
    body.outputs = ['cout', 'next', 'scan'].map((name) => ({ name, dtype: null, shape: null }));
    body.addNode('Identity', ['cin'], ['cout']);
    body.addNode('Add', ['acc', 'step'], ['next']);
    body.addNode('Identity', ['next'], ['scan']);
    const step = f32([2], [1]);
    const [final, scan] = execute(
      'Loop',
      [Tensor.from([3n], 'int64', []), undefined, f32([1], [1]), step],
      {
        body,
        outer_scope: ['step'],
      },
    );
    expect(final.toNumbers()).toEqual([7]);
    expect(scan.shape).toEqual([3, 1]);
    expect(scan.toNumbers()).toEqual([3, 5, 7]);
  });

  it('Scan runs over an axis, in either direction', () => {
    const body = new Graph('body');
    body.inputs = [
      { name: 's', dtype: 'float32', shape: [2] },
      { name: 'x', dtype: 'float32', shape: [2] },
    ];
    body.outputs = [
      { name: 's2', dtype: 'float32', shape: [2] },
      { name: 'o', dtype: 'float32', shape: [2] },
    ];
    body.addNode('Add', ['s', 'x'], ['s2']);
    body.addNode('Identity', ['s2'], ['o']);
    const x = f32([1, 2, 3, 4, 5, 6], [3, 2]);
    const [s, o] = execute('Scan', [f32([0, 0], [2]), x], { body, num_scan_inputs: 1 });
    expect(s.toNumbers()).toEqual([9, 12]);
    expect(o.toArray()).toEqual([
      [1, 2],
      [4, 6],
      [9, 12],
    ]);
    const [, r] = execute('Scan', [f32([0, 0], [2]), x], {
      body,
      num_scan_inputs: 1,
      scan_input_directions: [1],
    });
    expect(r.toArray()).toEqual([
      [5, 6],
      [8, 10],
      [9, 12],
    ]);
    const [, t] = execute('Scan', [f32([0, 0], [2]), x], {
      body,
      num_scan_inputs: 1,
      scan_output_axes: [1],
    });
    expect(t.toArray()).toEqual([
      [1, 4, 9],
      [2, 6, 12],
    ]);
  });

  it('rejects a non-scalar condition', () => {
    const g = new Graph('b');
    expect(() =>
      execute('If', [Tensor.from([true, false], 'bool', [2])], { then_branch: g, else_branch: g }),
    ).toThrow(/If: cond must have one element/);
  });
});
