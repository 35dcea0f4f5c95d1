import {
  ResourceLimitError,
  Tensor,
  UnsupportedOperatorError,
  getLimits,
  setLimits,
} from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { Net, Workspace, caffe2, netToGraph } from '../src/index.js';
import { f32 } from './helpers/run-op.js';

describe('Workspace blobs', () => {
  it('feeds, fetches, lists and removes blobs; workspaces are independent', () => {
    const a = new Workspace();
    const b = new Workspace();
    a.feedBlob('x', Float32Array.of(1, 2, 3, 4), [2, 2]);
    a.feedBlob('y', Tensor.from([1, 2], 'int32'));
    expect(a.hasBlob('x')).toBe(true);
    expect(b.hasBlob('x')).toBe(false);
    expect(a.blobs()).toEqual(['x', 'y']);
    expect(a.fetchBlob('x').shape).toEqual([2, 2]);
    expect(() => a.fetchBlob('z')).toThrow(/blob 'z' does not exist/);
    expect(() => a.fetchBlob('xx')).toThrow(/did you mean x/);
    expect(a.removeBlob('y')).toBe(true);
    expect(a.blobs()).toEqual(['x']);
    a.resetWorkspace();
    expect(a.blobs()).toEqual([]);
  });
});

describe('createNet / runNet', () => {
  it('plans once and runs many times, with in-place parameter updates visible afterwards', () => {
    const ws = new Workspace();
    ws.feedBlob('w', f32([1, 2], [2]));
    ws.feedBlob('g', f32([0.5, 0.5], [2]));
    ws.feedBlob('lr', f32([-0.1], [1]));
    ws.feedBlob('one', f32([1], [1]));
    const net = new Net('sgd');
    net.WeightedSum(['w', 'one', 'g', 'lr'], 'w');
    expect(ws.createNet(net)).toBe('sgd');
    ws.runNet('sgd', 3);
    expect(
      ws
        .fetchBlob('w')
        .toNumbers()
        .map((v) => +v.toFixed(5)),
    ).toEqual([0.85, 1.85]);
    ws.runNet(net);
    expect(ws.fetchBlob('w').toNumbers()[0]).toBeCloseTo(0.8, 5);
    expect(() => ws.createNet(net)).toThrow(/already exists/);
    expect(ws.createNet(net, true)).toBe('sgd');
    expect(() => ws.runNet('sgdd')).toThrow(/net 'sgdd' was not created.*did you mean sgd/);
  });

  it('Iter creates its counter on first use and counts runs', () => {
    const ws = new Workspace();
    const net = new Net('train');
    net.Iter([], 'ITER');
    ws.createNet(net);
    ws.runNet('train', 5);
    const it = ws.fetchBlob('ITER');
    expect(it.dtype).toBe('int64');
    expect(it.toArray()).toEqual([5n]);
  });

  it('names the missing blob and the operator that wanted it', () => {
    const ws = new Workspace();
    ws.feedBlob('X', f32([1], [1]));
    const net = new Net('n');
    net.Relu('X', 'Y');
    net.Add(['Y', 'B'], 'Z');
    expect(() => ws.runNetOnce(net)).toThrow(/operator #1 \(Add\): input blob 'B' does not exist/);
    // Declared external inputs may be fed after createNet; a missing one fails at runNet.
    net.addExternalInput('B');
    ws.createNet(net);
    expect(() => ws.runNet('n')).toThrow(
      /operator #1 \(Add\) reads blob 'B', which does not exist/,
    );
    ws.feedBlob('B', f32([2], [1]));
    ws.runNet('n');
    expect(ws.fetchBlob('Z').toNumbers()).toEqual([3]);
  });

  it('rejects unsupported operator types naming the index, the type and the nearest names', () => {
    const ws = new Workspace();
    ws.feedBlob('X', f32([1], [1]));
    const net = new Net('n');
    net.Relu('X', 'Y');
    net.op('Sigmod', 'Y', 'Z');
    net.op('FancyNewOp', 'Z', 'W');
    let err: Error | undefined;
    try {
      ws.runNetOnce(net);
    } catch (e) {
      err = e as Error;
    }
    expect(err).toBeInstanceOf(UnsupportedOperatorError);
    expect(err!.message).toMatch(
      /operator #1 \(Sigmod\).*'Sigmod' is not supported \(did you mean Sigmoid/,
    );
  });

  it('rejects wrong argument types naming the operator and argument', () => {
    const ws = new Workspace();
    ws.feedBlob('X', f32(new Array(16).fill(1), [1, 1, 4, 4]));
    const net = new Net('n');
    net.op('MaxPool', 'X', 'Y', { kernel: 'three' });
    expect(() => ws.runNetOnce(net)).toThrow(
      /operator #0 \(MaxPool\): argument 'kernel' must be an integer, got string "three"/,
    );
    const n2 = new Net('n2');
    n2.op('Softmax', 'X', 'Y', { axis: 1.5 });
    expect(() => ws.runNetOnce(n2)).toThrow(/argument 'axis' must be an integer, got float 1.5/);
  });

  it('refuses oversized fills before allocating', () => {
    const ws = new Workspace();
    const net = new Net('init');
    net.ConstantFill([], 'huge', { shape: [1 << 20, 1 << 20, 1024], value: 1 });
    expect(() => ws.runNetOnce(net)).toThrow(ResourceLimitError);
    const old = getLimits().maxTensorBytes;
    setLimits({ maxTensorBytes: 1024 });
    try {
      const n2 = new Net('init2');
      n2.GivenTensorFill([], 'w', { shape: [1000], values: new Float32Array(1000) });
      expect(() => ws.runNetOnce(n2)).toThrow(
        /GivenTensorFill.*'w'.*4000 bytes, over the limit of 1024/,
      );
    } finally {
      setLimits({ maxTensorBytes: old });
    }
  });

  it('refuses CUDA device options with a "CPU only" error naming the operator', () => {
    const ws = new Workspace();
    const net = new Net('gpu');
    net.Relu(
      'X',
      'Y',
      {},
      { deviceOption: { deviceType: caffe2.DeviceTypeProto.PROTO_CUDA, deviceId: 0 } },
    );
    expect(() => ws.runNetOnce(net)).toThrow(
      /operator #0 \(Relu\) asks for a CUDA device.*CPU only/,
    );
  });

  it('runOperatorOnce runs one OperatorDef', () => {
    const ws = new Workspace();
    ws.feedBlob('X', f32([-1, 2], [2]));
    ws.runOperatorOnce(caffe2.OperatorDef.create({ type: 'Relu', input: ['X'], output: ['Y'] }));
    expect(ws.fetchBlob('Y').toNumbers()).toEqual([0, 2]);
  });
});

describe('netToGraph', () => {
  it('renames in-place ops into SSA form and maps outputs back to blobs', () => {
    const net = new Net('n');
    net.Relu('X', 'X');
    net.Sigmoid('X', 'X');
    net.addExternalInput('X');
    net.addExternalOutput('X');
    const { graph, inputBlobs, outputBlobs } = netToGraph(net.proto());
    expect(inputBlobs).toEqual(['X']);
    expect(graph.nodes.map((n) => `${n.inputs[0]}->${n.outputs[0]}`)).toEqual([
      'X->X@1',
      'X@1->X@2',
    ]);
    expect([...outputBlobs]).toEqual([['X@2', 'X']]);
  });

  it('maps core op names used in a NetDef onto themselves (gradient nets)', () => {
    const ws = new Workspace();
    ws.feedBlob('dY', f32([1, 1, 1], [3]));
    ws.feedBlob('Y', f32([0.5, 0.25, 0], [3]));
    const net = new Net('g');
    net.op('SigmoidGrad', ['dY', 'Y'], 'dX');
    ws.runNetOnce(net);
    expect(ws.fetchBlob('dX').toNumbers()).toEqual([0.25, 0.1875, 0]);
  });
});
