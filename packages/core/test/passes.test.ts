// Graph passes: each optimized graph must compute what the original computes (float32 tolerance),
// on small random graphs, and leave the original graph untouched.
import { describe, expect, it } from 'vitest';
import { AttrReader, Executor, Graph, Tensor, eagerBuilder, execute, getOp } from '../src/index.js';
import {
  eliminateDeadCode,
  foldBatchNorm,
  foldConstants,
  fuseActivations,
  optimize,
  removeIdentities,
} from '../src/graph/passes/index.js';

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const rand = rng(7);
function randn(shape: number[], scale = 1, offset = 0): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  return Tensor.from(
    Float32Array.from({ length: n }, () => (rand() * 2 - 1) * scale + offset),
    'float32',
    shape,
  );
}

function run(g: Graph, feeds: Record<string, Tensor>): Record<string, Tensor> {
  return new Executor(g).run(feeds);
}

function expectClose(a: Tensor, b: Tensor, tol = 1e-4): void {
  expect(a.shape).toEqual(b.shape);
  const x = a.toNumbers();
  const y = b.toNumbers();
  let worst = 0;
  for (let i = 0; i < x.length; i++)
    worst = Math.max(worst, Math.abs(x[i] - y[i]) / (1 + Math.abs(y[i])));
  expect(worst).toBeLessThan(tol);
}

/** Checks that `pass(g)` gives g's outputs and does not modify g. */
function checkPass(g: Graph, pass: (g: Graph) => Graph, feeds: Record<string, Tensor>): Graph {
  const nodesBefore = JSON.stringify(g.nodes.map((n) => [n.op, n.inputs, n.outputs]));
  const inits = new Map(g.initializers);
  const ref = run(g, feeds);
  const opt = pass(g);
  expect(JSON.stringify(g.nodes.map((n) => [n.op, n.inputs, n.outputs]))).toBe(nodesBefore);
  expect([...g.initializers.entries()].every(([k, v]) => inits.get(k) === v)).toBe(true);
  const got = run(opt, feeds);
  for (const o of g.outputs) expectClose(got[o.name], ref[o.name]);
  return opt;
}

const ops = (g: Graph) => g.nodes.map((n) => n.op);

function input(g: Graph, name: string, shape: number[]) {
  g.inputs.push({ name, dtype: 'float32', shape });
}

describe('eliminateDeadCode', () => {
  it('drops nodes and initializers that no output needs', () => {
    const g = new Graph('dce');
    input(g, 'x', [2, 3]);
    g.initializers.set('w', randn([2, 3]));
    g.initializers.set('unused', randn([4]));
    g.addNode('Add', ['x', 'w'], ['a']);
    g.addNode('Mul', ['x', 'x'], ['dead1']);
    g.addNode('Relu', ['dead1'], ['dead2']);
    g.addNode('Relu', ['a'], ['y']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: null });
    const opt = checkPass(g, eliminateDeadCode, { x: randn([2, 3]) });
    expect(ops(opt)).toEqual(['Add', 'Relu']);
    expect([...opt.initializers.keys()]).toEqual(['w']);
  });
});

describe('foldConstants', () => {
  it('folds nodes computed from initializers, never random ones or overridable inputs', () => {
    const g = new Graph('fold');
    input(g, 'x', [3, 4]);
    g.inputs.push({ name: 'bias', dtype: 'float32', shape: [4] }); // has a default: overridable
    g.initializers.set('bias', randn([4]));
    g.initializers.set('wt', randn([4, 3]));
    g.initializers.set('shape', Tensor.from([3, 4], 'int64'));
    g.addNode('Transpose', ['wt'], ['w'], { perm: [1, 0] });
    g.addNode('Reshape', ['w', 'shape'], ['w2']);
    g.addNode('Add', ['x', 'w2'], ['a']);
    g.addNode('Add', ['a', 'bias'], ['y']);
    g.addNode('RandomNormal', [], ['r'], { shape: [3, 4], seed: 1 });
    g.addNode('Mul', ['r', 'x'], ['z']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: null });
    g.outputs.push({ name: 'z', dtype: 'float32', shape: null });
    const feeds = { x: randn([3, 4]) };
    const ref = run(g, feeds).y;
    const opt = foldConstants(g);
    expect(ops(opt)).toEqual(['Add', 'Add', 'RandomNormal', 'Mul']);
    expectClose(run(opt, feeds).y, ref);
    expect(ops(g)).toContain('Transpose');
  });

  it('leaves outputs over the size bound as nodes', () => {
    const g = new Graph('big');
    g.initializers.set('a', randn([64, 64]));
    g.addNode('Relu', ['a'], ['y']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: null });
    expect(ops(foldConstants(g, { maxElements: 100 }))).toEqual(['Relu']);
    expect(ops(foldConstants(g))).toEqual([]);
    expectClose(run(foldConstants(g), {}).y, run(g, {}).y);
  });
});

function convBnGraph(withBias: boolean): Graph {
  const g = new Graph('convbn');
  input(g, 'x', [2, 3, 7, 7]);
  g.initializers.set('w', randn([4, 3, 3, 3], 0.5));
  if (withBias) g.initializers.set('b', randn([4]));
  g.initializers.set('scale', randn([4], 0.5, 1));
  g.initializers.set('shift', randn([4]));
  g.initializers.set('mean', randn([4], 0.3));
  g.initializers.set('var', randn([4], 0.4, 1));
  g.addNode('Conv', withBias ? ['x', 'w', 'b'] : ['x', 'w'], ['c'], {
    pads: [1, 1, 1, 1],
    strides: [2, 2],
  });
  g.addNode('BatchNormalization', ['c', 'scale', 'shift', 'mean', 'var'], ['y'], { epsilon: 1e-3 });
  g.outputs.push({ name: 'y', dtype: 'float32', shape: null });
  return g;
}

describe('foldBatchNorm', () => {
  it('folds inference BatchNormalization into Conv, with and without a bias', () => {
    for (const bias of [true, false]) {
      const opt = checkPass(convBnGraph(bias), foldBatchNorm, { x: randn([2, 3, 7, 7]) });
      expect(ops(opt)).toEqual(['Conv']);
    }
  });

  it('folds into Gemm (transB and a broadcast C) and keeps BN when the conv output is shared', () => {
    const g = new Graph('gemmbn');
    input(g, 'x', [5, 6]);
    g.initializers.set('w', randn([4, 6]));
    g.initializers.set('c', randn([1, 4]));
    for (const [n, off] of [
      ['s', 1],
      ['t', 0],
      ['m', 0],
      ['v', 1],
    ] as const)
      g.initializers.set(n, randn([4], 0.3, off));
    g.addNode('Gemm', ['x', 'w', 'c'], ['h'], { transB: 1, alpha: 0.5, beta: 2 });
    g.addNode('BatchNormalization', ['h', 's', 't', 'm', 'v'], ['y']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: null });
    expect(ops(checkPass(g, foldBatchNorm, { x: randn([5, 6]) }))).toEqual(['Gemm']);

    const shared = convBnGraph(true);
    shared.addNode('Relu', ['c'], ['z']);
    shared.outputs.push({ name: 'z', dtype: 'float32', shape: null });
    expect(ops(foldBatchNorm(shared))).toEqual(['Conv', 'BatchNormalization', 'Relu']);
  });
});

describe('fuseActivations', () => {
  it('fuses Conv+Relu, Gemm+Sigmoid and 2-D MatMul+Tanh', () => {
    const g = new Graph('fuse');
    input(g, 'x', [2, 3, 5, 5]);
    g.initializers.set('w', randn([4, 3, 3, 3]));
    g.initializers.set('b', randn([4]));
    g.initializers.set('fw', randn([36, 8], 0.2));
    g.initializers.set('fb', randn([8]));
    g.initializers.set('mw', randn([8, 3]));
    g.initializers.set('flat', Tensor.from([2, 36], 'int64'));
    g.addNode('Conv', ['x', 'w', 'b'], ['c'], { strides: [2, 2], pads: [1, 1, 1, 1] });
    g.addNode('Relu', ['c'], ['r']);
    g.addNode('Reshape', ['r', 'flat'], ['f']);
    g.addNode('Gemm', ['f', 'fw', 'fb'], ['h']);
    g.addNode('Sigmoid', ['h'], ['s']);
    g.addNode('MatMul', ['s', 'mw'], ['m']);
    g.addNode('Tanh', ['m'], ['y']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: null });
    const opt = checkPass(g, fuseActivations, { x: randn([2, 3, 5, 5]) });
    expect(ops(opt)).toEqual(['FusedConv', 'Reshape', 'FusedGemm', 'FusedGemm']);
    expect(opt.nodes[0].attrs.activation).toBe('Relu');
  });

  it('keeps a node whose output is also read elsewhere or is a graph output', () => {
    const g = new Graph('nofuse');
    input(g, 'x', [2, 3]);
    g.initializers.set('w', randn([3, 3]));
    g.addNode('MatMul', ['x', 'w'], ['m']);
    g.addNode('Relu', ['m'], ['y']);
    g.outputs.push(
      { name: 'y', dtype: 'float32', shape: null },
      { name: 'm', dtype: 'float32', shape: null },
    );
    expect(ops(fuseActivations(g))).toEqual(['MatMul', 'Relu']);
  });

  it('gives FusedConv the gradient of Conv followed by Relu', () => {
    const x = randn([1, 2, 4, 4]);
    const w = randn([3, 2, 3, 3]);
    const b = randn([3]);
    const attrs = { pads: [1, 1, 1, 1] };
    const [y] = execute('FusedConv', [x, w, b], { ...attrs, activation: 'Relu' });
    const [z] = execute('Conv', [x, w, b], attrs);
    const [r] = execute('Relu', [z]);
    expectClose(y, r);
    const dy = randn([1, 3, 4, 4]);
    const ctx = (op: string, a: object, outs: Tensor[], g: Tensor) => ({
      b: eagerBuilder,
      inputs: [x, w, b],
      outputs: outs,
      gradOutputs: [g],
      attrs: new AttrReader(op, { ...a, auto_pad: 'NOTSET', group: 1 }),
      needsGrad: () => true,
    });
    const fused = getOp('FusedConv').grad!(
      ctx('FusedConv', { ...attrs, activation: 'Relu' }, [y], dy),
    );
    const [dz] = execute('ReluGrad', [dy, r]);
    const plain = getOp('Conv').grad!(ctx('Conv', attrs, [z], dz));
    fused.forEach((t, i) => expectClose(t as Tensor, plain[i] as Tensor));
  });
});

describe('removeIdentities', () => {
  it('removes Identity and inference Dropout, including before a graph output', () => {
    const g = new Graph('ident');
    input(g, 'x', [2, 3]);
    g.addNode('Relu', ['x'], ['a']);
    g.addNode('Identity', ['a'], ['b']);
    g.addNode('Dropout', ['b'], ['c', '']);
    g.addNode('Sigmoid', ['c'], ['d']);
    g.addNode('Identity', ['d'], ['y']);
    g.outputs.push({ name: 'y', dtype: 'float32', shape: null });
    const opt = checkPass(g, removeIdentities, { x: randn([2, 3]) });
    expect(ops(opt)).toEqual(['Relu', 'Sigmoid']);
  });

  it('keeps an Identity from a graph input to a graph output, and training Dropout', () => {
    const g = new Graph('keep');
    input(g, 'x', [2]);
    g.initializers.set('t', Tensor.from([true], 'bool', []));
    g.addNode('Identity', ['x'], ['y']);
    g.addNode('Dropout', ['x', '', 't'], ['z']);
    g.outputs.push(
      { name: 'y', dtype: 'float32', shape: null },
      { name: 'z', dtype: 'float32', shape: null },
    );
    expect(ops(removeIdentities(g))).toEqual(['Identity', 'Dropout']);
  });
});

describe('optimize', () => {
  it('turns a small CNN into fused nodes with the same outputs', () => {
    const g = new Graph('cnn');
    input(g, 'x', [2, 3, 8, 8]);
    g.initializers.set('w1', randn([8, 3, 3, 3], 0.4));
    g.initializers.set('b1', randn([8]));
    for (const [n, off] of [
      ['s', 1],
      ['t', 0],
      ['m', 0],
      ['v', 1],
    ] as const)
      g.initializers.set(n, randn([8], 0.3, off));
    g.initializers.set('fw', randn([10, 128], 0.1));
    g.initializers.set('fb', randn([10]));
    g.initializers.set('ratio', Tensor.from([0.5], 'float32', []));
    g.addNode('Conv', ['x', 'w1', 'b1'], ['c1'], { pads: [1, 1, 1, 1] });
    g.addNode('BatchNormalization', ['c1', 's', 't', 'm', 'v'], ['bn1']);
    g.addNode('Relu', ['bn1'], ['r1']);
    g.addNode('MaxPool', ['r1'], ['p1'], { kernel_shape: [2, 2], strides: [2, 2] });
    g.addNode('Flatten', ['p1'], ['f']);
    g.addNode('Dropout', ['f', 'ratio'], ['d', 'mask']);
    g.addNode('Gemm', ['d', 'fw', 'fb'], ['h'], { transB: 1 });
    g.addNode('Relu', ['h'], ['hr']);
    g.addNode('Softmax', ['hr'], ['prob']);
    g.outputs.push({ name: 'prob', dtype: 'float32', shape: null });
    const feeds = { x: randn([2, 3, 8, 8]) };
    const opt = checkPass(g, optimize, feeds);
    expect(ops(opt)).toEqual(['FusedConv', 'MaxPool', 'Flatten', 'FusedGemm', 'Softmax']);
    expect(ops(optimize(g, { level: 1 }))).toEqual([
      'Conv',
      'BatchNormalization',
      'Relu',
      'MaxPool',
      'Flatten',
      'Gemm',
      'Relu',
      'Softmax',
    ]);
    expect(ops(optimize(g, { level: 0 }))).toEqual(ops(g));
  });
});
