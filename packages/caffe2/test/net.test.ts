import { Tensor } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Net, Workspace, caffe2 } from '../src/index.js';

describe('Net builder', () => {
  it('builds a NetDef with typed per-operator methods', () => {
    const net = new Net('mlp');
    net.addExternalInput('X', 'W', 'b');
    net.FC(['X', 'W', 'b'], 'Y', { axis: 1 });
    net.Relu('Y', 'Y');
    net.LeakyRelu('Y', 'Z', { alpha: 1 });
    net.addExternalOutput('Z');
    const p = net.proto();
    expect(p).toBeInstanceOf(caffe2.NetDef);
    expect(p.name).toBe('mlp');
    expect(p.op.map((o) => o.type)).toEqual(['FC', 'Relu', 'LeakyRelu']);
    expect(p.op[1].input).toEqual(['Y']);
    expect(p.op[1].output).toEqual(['Y']);
    // alpha is declared float in the table, so `1` is written as f, not i.
    const alpha = p.op[2].arg[0];
    expect(alpha.name).toBe('alpha');
    expect(Object.hasOwn(alpha, 'f')).toBe(true);
    expect(alpha.f).toBe(1);
    expect(p.externalInput).toEqual(['X', 'W', 'b']);
    expect(p.externalOutput).toEqual(['Z']);
  });

  it('clones under a new name and round-trips through fromProto', () => {
    const net = new Net('a');
    net.Relu('X', 'Y');
    const c = net.clone('b');
    c.Sigmoid('Y', 'Z');
    expect(net.proto().op).toHaveLength(1);
    expect(c.name).toBe('b');
    expect(c.proto().op).toHaveLength(2);
    const back = Net.fromProto(c.proto());
    expect(back.proto().op.map((o) => o.type)).toEqual(['Relu', 'Sigmoid']);
  });

  it('runs in a workspace with in-place ops', () => {
    const ws = new Workspace();
    ws.feedBlob('X', Tensor.from([[1, -2, 3]], 'float32'));
    const net = new Net('n');
    net.Relu('X', 'X');
    net.Mul(['X', 'X'], 'Y');
    ws.runNetOnce(net);
    expect(ws.fetchBlob('X').toArray()).toEqual([[1, 0, 3]]);
    expect(ws.fetchBlob('Y').toArray()).toEqual([[1, 0, 9]]);
  });
});
