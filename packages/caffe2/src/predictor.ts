// The Predictor: Caffe2's deployment entry point. An init net is run once for the weights, the
// predict net is converted to a core graph, optimized once per input signature and planned by
// core's Executor; `run` is synchronous, `runAsync` runs on worker threads.
//
// Note [Predictor sharing]: a `PredictorModel` holds what is loaded once — the predict NetDef,
// the weights and the optimized graphs (one per input shape signature, with any folded weights).
// Every Predictor made from one model shares all of it; a Predictor adds only its Executor (its
// own intermediate-buffer pool), so several Predictors run the same model side by side without
// copying weights. `runAsync` goes to the model's worker pool (predictor-pool.ts).
import {
  ArgumentError,
  type DType,
  Executor,
  type Graph,
  Tensor,
  type ValueInfo,
  optimize,
} from '@tandem/core';
import { caffe2 } from '@tandem/proto';
import { netToGraph } from './convert.js';
import { readNetDef } from './netdef-io.js';
import { WorkerPool } from './predictor-pool.js';

/** A NetDef as a message, `.pb`/`.pbtxt` path, or bytes. */
export type NetSource = caffe2.INetDef | string | Uint8Array;

export interface PredictorOptions {
  /**
   * Optimization level of core's `optimize` (default 2: BatchNorm folding, activation fusion,
   * constant folding, identity removal; 0 runs the net as converted).
   */
  optimize?: 0 | 1 | 2;
  /**
   * Known input shapes (and dtypes, default float32). Given, the net is planned at once; otherwise
   * it is planned at the first run and again for each new input shape.
   */
  inputShapes?: Readonly<Record<string, readonly number[]>>;
  inputDTypes?: Readonly<Record<string, DType>>;
  /** Worker threads for `runAsync` (default 1), shared by every Predictor of the model. */
  workers?: number;
}

function loadNet(src: NetSource, what: string): caffe2.NetDef {
  if (typeof src === 'string' || src instanceof Uint8Array)
    return readNetDef(src, { filename: what });
  return src instanceof caffe2.NetDef ? src : caffe2.NetDef.fromObject(src);
}

/** Runs an init net in a private scope and returns every blob it wrote. */
export function runInitNet(init: caffe2.INetDef): Map<string, Tensor> {
  const { graph, outputBlobs } = netToGraph(init, { outputs: 'all', inputs: {} });
  const values = new Executor(graph).run({});
  const blobs = new Map<string, Tensor>();
  for (const [value, blob] of outputBlobs) blobs.set(blob, values[value]);
  return blobs;
}

/** What a set of Predictors share: the nets, the weights, the optimized graphs, the workers. */
export class PredictorModel {
  readonly predictNet: caffe2.NetDef;
  readonly weights: ReadonlyMap<string, Tensor>;
  /** Blobs fed at each run, in external_input order (params excluded). */
  readonly inputNames: string[];
  /** Blobs returned, in external_output order. */
  readonly outputNames: string[];
  readonly level: 0 | 1 | 2;
  private readonly plans = new Map<string, { graph: Graph; outputs: Map<string, string> }>();
  private pool?: WorkerPool;
  private readonly workers: number;

  /** `initNet` may also be the weights themselves (blob -> tensor), used as they are. */
  constructor(
    initNet: NetSource | ReadonlyMap<string, Tensor>,
    predictNet: NetSource,
    opts: PredictorOptions = {},
  ) {
    this.predictNet = loadNet(predictNet, 'predict_net');
    this.weights =
      initNet instanceof Map ? initNet : runInitNet(loadNet(initNet as NetSource, 'init_net'));
    this.level = opts.optimize ?? 2;
    this.workers = opts.workers ?? 1;
    const external = this.predictNet.externalInput ?? [];
    this.inputNames = external.filter((b) => !this.weights.has(b));
    if (!external.length) {
      this.inputNames = netToGraph(this.predictNet, {
        initializers: this.weights as Map<string, Tensor>,
      }).inputBlobs;
    }
    this.outputNames = [...(this.predictNet.externalOutput ?? [])];
    if (!this.outputNames.length) {
      throw new ArgumentError(
        `predict net '${this.predictNet.name || 'net'}' declares no external_output`,
      );
    }
  }

  /** The optimized graph for inputs of these infos (planned once per signature, then cached). */
  graphFor(infos: Readonly<Record<string, ValueInfo>>): {
    graph: Graph;
    outputs: Map<string, string>;
  } {
    const key = this.inputNames
      .map((n) => `${infos[n]?.dtype}:${infos[n]?.shape?.join('x')}`)
      .join('|');
    let plan = this.plans.get(key);
    if (!plan) {
      const { graph, outputBlobs } = netToGraph(this.predictNet, {
        inputs: infos,
        initializers: this.weights as Map<string, Tensor>,
        outputs: this.outputNames,
        exactInputShapes: true,
      });
      plan = { graph: optimize(graph, { level: this.level }), outputs: outputBlobs };
      if (this.plans.size >= 16) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(key, plan);
    }
    return plan;
  }

  /** The worker pool of `runAsync`, started on first use. */
  workerPool(): WorkerPool {
    this.pool ??= new WorkerPool(this, this.workers);
    return this.pool;
  }

  /** Stops the worker threads (they are also unref'd: an idle pool never keeps Node alive). */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}

export type PredictorInputs = Readonly<Record<string, Tensor>> | readonly Tensor[];

/**
 * Serves a Caffe2 model: `new Predictor(initNet, predictNet)` with NetDefs, paths or bytes.
 *
 * @example
 * const p = new Predictor('init_net.pb', 'predict_net.pbtxt', { inputShapes: { data: [1, 3, 224, 224] } });
 * const { prob } = p.run({ data });           // synchronous
 * const [prob2] = await p.runAsync([data]);   // on a worker thread; the event loop stays free
 * const p2 = new Predictor(p.model);          // shares the weights and plans with p
 */
export class Predictor {
  readonly model: PredictorModel;
  private readonly executors = new Map<Graph, Executor>();

  constructor(model: PredictorModel);
  constructor(initNet: NetSource, predictNet: NetSource, opts?: PredictorOptions);
  constructor(a: PredictorModel | NetSource, b?: NetSource, opts: PredictorOptions = {}) {
    if (a instanceof PredictorModel) this.model = a;
    else {
      if (b === undefined)
        throw new ArgumentError('new Predictor(initNet, predictNet): predictNet is missing');
      this.model = new PredictorModel(a, b, opts);
    }
    if (opts.inputShapes) {
      const infos: Record<string, ValueInfo> = {};
      for (const n of this.model.inputNames) {
        const shape = opts.inputShapes[n];
        if (!shape)
          throw new ArgumentError(
            `inputShapes: no shape for input '${n}' (inputs: ${this.model.inputNames.join(', ')})`,
          );
        infos[n] = { dtype: opts.inputDTypes?.[n] ?? 'float32', shape: [...shape] };
      }
      this.executorFor(infos);
    }
  }

  get inputNames(): string[] {
    return this.model.inputNames;
  }

  get outputNames(): string[] {
    return this.model.outputNames;
  }

  /** Named feeds from an object or an array in `inputNames` order, checked. */
  feeds(inputs: PredictorInputs): Record<string, Tensor> {
    const names = this.model.inputNames;
    let feeds: Record<string, Tensor>;
    if (Array.isArray(inputs)) {
      if (inputs.length !== names.length) {
        throw new ArgumentError(
          `Predictor: expected ${names.length} inputs (${names.join(', ')}), got ${inputs.length}`,
        );
      }
      feeds = Object.fromEntries(names.map((n, i) => [n, inputs[i]]));
    } else feeds = { ...(inputs as Record<string, Tensor>) };
    for (const n of names) {
      if (!(feeds[n] instanceof Tensor))
        throw new ArgumentError(`Predictor: input '${n}' is missing (inputs: ${names.join(', ')})`);
    }
    for (const n of Object.keys(feeds)) {
      if (!names.includes(n))
        throw new ArgumentError(`Predictor: unknown input '${n}' (inputs: ${names.join(', ')})`);
    }
    return feeds;
  }

  private executorFor(infos: Record<string, ValueInfo>): {
    ex: Executor;
    outputs: Map<string, string>;
  } {
    const plan = this.model.graphFor(infos);
    let ex = this.executors.get(plan.graph);
    if (!ex) {
      ex = new Executor(plan.graph);
      this.executors.set(plan.graph, ex);
    }
    return { ex, outputs: plan.outputs };
  }

  /** Runs the net on the calling thread. Returns an object by output blob, or an array for array input. */
  run(inputs: Readonly<Record<string, Tensor>>): Record<string, Tensor>;
  run(inputs: readonly Tensor[]): Tensor[];
  run(inputs: PredictorInputs): Record<string, Tensor> | Tensor[] {
    const feeds = this.feeds(inputs);
    const infos = Object.fromEntries(
      Object.entries(feeds).map(([n, t]) => [n, { dtype: t.dtype, shape: [...t.shape] }]),
    );
    const { ex, outputs } = this.executorFor(infos);
    const values = ex.run(feeds);
    const byBlob: Record<string, Tensor> = {};
    for (const [value, blob] of outputs) byBlob[blob] = values[value];
    return Array.isArray(inputs) ? this.model.outputNames.map((n) => byBlob[n]) : byBlob;
  }

  /**
   * Runs the net on a worker thread (Note [Async prediction] in predictor-pool.ts): the calling
   * thread's event loop stays free. Inputs are copied; outputs are fresh tensors.
   */
  runAsync(inputs: Readonly<Record<string, Tensor>>): Promise<Record<string, Tensor>>;
  runAsync(inputs: readonly Tensor[]): Promise<Tensor[]>;
  async runAsync(inputs: PredictorInputs): Promise<Record<string, Tensor> | Tensor[]> {
    const feeds = this.feeds(inputs);
    const byBlob = await this.model.workerPool().run(feeds);
    return Array.isArray(inputs) ? this.model.outputNames.map((n) => byBlob[n]) : byBlob;
  }

  /** Stops the model's worker threads (shared: affects every Predictor of the model). */
  close(): Promise<void> {
    return this.model.close();
  }
}
