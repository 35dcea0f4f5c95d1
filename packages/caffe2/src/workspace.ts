// A Workspace: named blobs plus nets planned once (createNet) and run many times (runNet).
import {
  ArgumentError,
  type DType,
  Executor,
  Tensor,
  type TensorData,
  type ValueInfo,
  suggest,
  withContext,
} from '@tandem/core';
import { caffe2 } from '@tandem/proto';
import { type ConvertedNet, netToGraph } from './convert.js';
import { opLabel } from './errors.js';
import { Net } from './net.js';

export type NetLike = Net | caffe2.INetDef;

interface PlannedNet {
  def: caffe2.INetDef;
  converted: ConvertedNet;
  executor: Executor;
}

function protoOf(net: NetLike): caffe2.INetDef {
  return net instanceof Net ? net.protoView() : net;
}

/**
 * Caffe2's workspace: a map of named blobs (tensors) and of created nets. Several workspaces
 * may exist side by side; each owns its blobs.
 *
 * @example
 * const ws = new Workspace();
 * ws.feedBlob('X', Tensor.from([[1, -2]]));
 * const net = new Net('n');
 * net.Relu('X', 'Y');
 * ws.runNetOnce(net);
 * ws.fetchBlob('Y').toArray(); // [[1, 0]]
 */
export class Workspace {
  private readonly blobMap = new Map<string, Tensor>();
  private readonly netMap = new Map<string, PlannedNet>();

  /**
   * Sets a blob. Takes a Tensor, or data for `Tensor.from` (typed array or nested arrays) with an
   * optional shape and dtype.
   */
  feedBlob(
    name: string,
    value: Tensor | TensorData,
    shape?: readonly number[],
    dtype?: DType,
  ): true {
    if (typeof name !== 'string' || !name)
      throw new ArgumentError('feedBlob: a blob needs a non-empty name');
    const t = value instanceof Tensor ? value : Tensor.from(value, dtype, shape);
    if (
      value instanceof Tensor &&
      shape &&
      (shape.length !== t.shape.length || shape.some((d, i) => d !== t.shape[i]))
    ) {
      throw new ArgumentError(
        `feedBlob('${name}'): shape [${shape.join(', ')}] does not match the tensor's [${t.shape.join(', ')}]`,
      );
    }
    this.blobMap.set(name, t);
    return true;
  }

  /** The blob's tensor (shared with the workspace: do not write into it). */
  fetchBlob(name: string): Tensor {
    const t = this.blobMap.get(name);
    if (!t) {
      const known = [...this.blobMap.keys()];
      throw new ArgumentError(
        `blob '${name}' does not exist in the workspace${suggest(name, known) || (known.length ? '' : ' (it is empty)')}`,
      );
    }
    return t;
  }

  hasBlob(name: string): boolean {
    return this.blobMap.has(name);
  }

  /** Blob names, sorted (as Caffe2's `Blobs()`). */
  blobs(): string[] {
    return [...this.blobMap.keys()].sort();
  }

  removeBlob(name: string): boolean {
    return this.blobMap.delete(name);
  }

  /** Removes every blob and net. */
  resetWorkspace(): void {
    this.blobMap.clear();
    this.netMap.clear();
  }

  /** Names of the created nets. */
  nets(): string[] {
    return [...this.netMap.keys()];
  }

  /** Runs one OperatorDef on the workspace's blobs. */
  runOperatorOnce(opDef: caffe2.IOperatorDef): void {
    const net = caffe2.NetDef.create({
      name: `op:${opDef.type ?? ''}`,
      op: [opDef as caffe2.OperatorDef],
    });
    this.runNetOnce(net);
  }

  /** Converts and runs a net once without keeping it. */
  runNetOnce(net: NetLike): void {
    const planned = this.plan(protoOf(net));
    this.execute(planned, false);
  }

  /**
   * Converts and plans a net once (shape inference, buffer reuse) and keeps it under its name.
   * Blobs the net reads must exist now (or be declared external inputs and be fed before
   * runNet). Returns the net's name.
   */
  createNet(net: NetLike, overwrite = false): string {
    const def = protoOf(net);
    const name = def.name || 'net';
    if (this.netMap.has(name) && !overwrite) {
      throw new ArgumentError(
        `net '${name}' already exists in the workspace (pass overwrite = true to replace it)`,
      );
    }
    this.netMap.set(name, this.plan(def));
    return name;
  }

  /** Runs a created net `numIter` times; every blob it writes is updated in the workspace. */
  runNet(name: string | Net, numIter = 1): void {
    const key = typeof name === 'string' ? name : name.name;
    const planned = this.netMap.get(key);
    if (!planned) {
      throw new ArgumentError(
        `net '${key}' was not created in this workspace${suggest(key, [...this.netMap.keys()])} (call createNet first)`,
      );
    }
    if (!Number.isInteger(numIter) || numIter < 0)
      throw new ArgumentError(`runNet: numIter must be a non-negative integer, got ${numIter}`);
    for (let i = 0; i < numIter; i++) this.execute(planned, true);
  }

  private plan(def: caffe2.INetDef): PlannedNet {
    this.initIterBlobs(def);
    const inputs = new Map<string, ValueInfo>();
    for (const [n, t] of this.blobMap) inputs.set(n, { dtype: t.dtype, shape: [...t.shape] });
    const converted = netToGraph(def, { inputs, outputs: 'all' });
    let executor: Executor;
    try {
      executor = new Executor(converted.graph);
    } catch (e) {
      throw withContext(e, `net '${def.name || 'net'}'`);
    }
    return { def, converted, executor };
  }

  /** Caffe2's Iter creates its counter (int64 [1] = 0) on first use when the blob is missing. */
  private initIterBlobs(def: caffe2.INetDef): void {
    for (const o of def.op ?? []) {
      const out = o.output?.[0];
      if (o.type === 'Iter' && !(o.input ?? []).length && out && !this.blobMap.has(out)) {
        const written = (def.op ?? []).some((p) => p !== o && (p.output ?? []).includes(out));
        if (!written) this.blobMap.set(out, Tensor.from([0n], 'int64', [1]));
      }
    }
  }

  private execute(planned: PlannedNet, persistent: boolean): void {
    const { converted, executor, def } = planned;
    const feeds: Record<string, Tensor> = {};
    for (const blob of converted.inputBlobs) {
      const t = this.blobMap.get(blob);
      if (!t) {
        const i = (def.op ?? []).findIndex((o) => (o.input ?? []).includes(blob));
        const who =
          i >= 0
            ? `${opLabel(i, def.op![i].type ?? '')} reads blob '${blob}'`
            : `needs blob '${blob}'`;
        throw new ArgumentError(
          `net '${def.name || 'net'}': ${who}, which does not exist in the workspace`,
        );
      }
      feeds[blob] = t;
    }
    const results = executor.run(feeds);
    const inits = converted.graph.initializers;
    for (const [value, blob] of converted.outputBlobs) {
      let t = results[value];
      // Constant outputs (GivenTensorFill) belong to the planned graph: the workspace gets a copy
      // so that writing into a fetched blob cannot change the next run's values.
      if (persistent && inits.get(value) === t) t = Tensor.from(t.data(), t.dtype, t.shape);
      this.blobMap.set(blob, t);
    }
  }
}
