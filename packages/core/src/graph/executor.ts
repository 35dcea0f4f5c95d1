// The executor: plan a graph once (order, attribute resolution, liveness), run it many times.
import type { DType } from '../dtype.js';
import { dtypeInfo } from '../dtype.js';
import { ArgumentError, DTypeError, ShapeError, withContext } from '../errors.js';
import { executeDef } from '../eager.js';
import { AttrReader, type OpDef, getOp, resolveAttrs } from '../ops/registry.js';
import type { ValueInfo } from '../ops/types.js';
import { numel, shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { inferShapes } from './infer.js';
import { type Graph, type Node, nodeLabel, topoSort } from './ir.js';

type Storage = ArrayBuffer | SharedArrayBuffer;

interface Step {
  node: Node;
  def: OpDef;
  attrs: AttrReader;
  inputs: number[]; // slot index, -1 for an omitted optional input
  outputs: number[];
  /** Slots whose last reader is this step: their buffers go back to the pool after it. */
  release: number[];
}

export interface PlanOptions {
  /** Output names to compute (default: the graph's outputs). */
  outputs?: string[];
  /** Values from an enclosing scope (subgraphs). */
  outer?: ReadonlySet<string>;
}

/**
 * Note [Buffer reuse]: every intermediate is allocated through a pool keyed by byte length.
 * When the last reader of a value has run, its buffer returns to the pool, unless another live
 * value is a view of it (storage refcount). Pooled buffers are zeroed on reuse, so kernels never
 * see stale data. Graph outputs are never pooled: the caller owns them.
 */
class BufferPool {
  private free = new Map<number, Storage[]>();
  readonly owned = new WeakSet<Storage>();

  alloc(dtype: DType, shape: readonly number[]): Tensor {
    const bytes = numel(shape) * dtypeInfo(dtype).itemSize;
    const list = this.free.get(bytes);
    const buf = list?.pop();
    if (buf) {
      new Uint8Array(buf).fill(0);
      return new Tensor(dtype, shape, buf);
    }
    const t = new Tensor(dtype, shape);
    this.owned.add(t.buffer);
    return t;
  }

  release(buf: Storage): void {
    if (!this.owned.has(buf)) return;
    let list = this.free.get(buf.byteLength);
    if (!list) this.free.set(buf.byteLength, (list = []));
    list.push(buf);
  }
}

export class Executor {
  readonly graph: Graph;
  private readonly steps: Step[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly outputSlots: number[];
  private readonly outputNames: string[];
  private readonly inputSlots: Array<{
    name: string;
    slot: number;
    dtype: DType | null;
    shape: (number | string | null)[] | null;
  }>;
  private readonly constants: Array<[number, Tensor]> = [];
  private readonly pool = new BufferPool();
  private slotCount = 0;

  constructor(graph: Graph, opts: PlanOptions = {}) {
    this.graph = graph;
    const slot = (name: string) => {
      let s = this.slotOf.get(name);
      if (s === undefined) this.slotOf.set(name, (s = this.slotCount++));
      return s;
    };
    for (const [name, t] of graph.initializers) this.constants.push([slot(name), t]);
    this.inputSlots = graph.inputs
      .filter((i) => !graph.initializers.has(i.name))
      .map((i) => ({ name: i.name, slot: slot(i.name), dtype: i.dtype, shape: i.shape }));
    for (const name of opts.outer ?? []) slot(name);
    const order = topoSort(graph, opts.outer);
    for (const node of order) {
      const def = getOp(node.op);
      let attrs: AttrReader;
      try {
        attrs = new AttrReader(node.op, resolveAttrs(def, node.attrs));
      } catch (e) {
        throw withContext(e, nodeLabel(node));
      }
      this.steps.push({
        node,
        def,
        attrs,
        inputs: node.inputs.map((n) => (n ? slot(n) : -1)),
        outputs: node.outputs.map((n) => (n ? slot(n) : -1)),
        release: [],
      });
    }
    this.outputNames = opts.outputs ?? graph.outputs.map((o) => o.name);
    this.outputSlots = this.outputNames.map((n) => {
      const s = this.slotOf.get(n);
      if (s === undefined)
        throw new ArgumentError(`graph '${graph.name}': output '${n}' is never computed`);
      return s;
    });
    this.planLiveness();
  }

  private planLiveness(): void {
    const keep = new Set<number>([
      ...this.outputSlots,
      ...this.constants.map(([s]) => s),
      ...this.inputSlots.map((i) => i.slot),
    ]);
    const lastUse = new Map<number, number>();
    this.steps.forEach((st, i) => {
      for (const s of st.inputs) if (s >= 0) lastUse.set(s, i);
      for (const s of st.outputs) if (s >= 0 && !lastUse.has(s)) lastUse.set(s, i); // never-read outputs die at once
    });
    for (const [s, i] of lastUse) if (!keep.has(s)) this.steps[i].release.push(s);
  }

  /** Shape inference for given input infos (e.g. a concrete batch size), without running. */
  infer(inputs?: Record<string, ValueInfo>): Map<string, ValueInfo> {
    return inferShapes(this.graph, { inputs });
  }

  get inputNames(): string[] {
    return this.inputSlots.map((i) => i.name);
  }

  run(
    feeds: Readonly<Record<string, Tensor>>,
    outer?: ReadonlyMap<string, Tensor>,
  ): Record<string, Tensor> {
    const slots: (Tensor | undefined)[] = new Array(this.slotCount);
    for (const [s, t] of this.constants) slots[s] = t;
    for (const inp of this.inputSlots) {
      const t = feeds[inp.name];
      if (t === undefined) {
        if (slots[inp.slot]) continue; // an initializer doubles as the input's default
        throw new ArgumentError(
          `graph '${this.graph.name}': missing input '${inp.name}' (inputs: ${this.inputNames.join(', ')})`,
        );
      }
      checkFeed(inp, t);
      slots[inp.slot] = t;
    }
    for (const name of Object.keys(feeds)) {
      if (!this.slotOf.has(name)) {
        throw new ArgumentError(
          `graph '${this.graph.name}': unknown input '${name}' (inputs: ${this.inputNames.join(', ')})`,
        );
      }
      const s = this.slotOf.get(name)!;
      if (!slots[s]) slots[s] = feeds[name];
    }
    if (outer)
      for (const [name, t] of outer) {
        const s = this.slotOf.get(name);
        if (s !== undefined && !slots[s]) slots[s] = t;
      }
    const refs = new Map<Storage, number>();
    const alloc = (d: DType, shape: readonly number[]) => this.pool.alloc(d, shape);
    for (const st of this.steps) {
      const ins = st.inputs.map((s) => (s >= 0 ? slots[s] : undefined));
      let outs: Tensor[];
      try {
        ins.forEach((t, i) => {
          if (!t && st.inputs[i] >= 0)
            throw new ArgumentError(`input '${st.node.inputs[i]}' has no value`);
        });
        outs = executeDef(st.def, ins, st.attrs, alloc);
      } catch (e) {
        throw withContext(e, nodeLabel(st.node));
      }
      st.outputs.forEach((s, i) => {
        if (s < 0) return;
        const t = outs[i];
        slots[s] = t;
        if (t) refs.set(t.buffer, (refs.get(t.buffer) ?? 0) + 1);
      });
      for (const s of st.release) {
        const t = slots[s];
        slots[s] = undefined;
        if (!t) continue;
        const n = (refs.get(t.buffer) ?? 1) - 1;
        refs.set(t.buffer, n);
        if (n === 0 && !this.isOutputBuffer(t.buffer, slots)) this.pool.release(t.buffer);
      }
    }
    const result: Record<string, Tensor> = {};
    this.outputNames.forEach((n, i) => {
      const t = slots[this.outputSlots[i]];
      if (!t) throw new ArgumentError(`graph '${this.graph.name}': output '${n}' was not produced`);
      result[n] = t;
    });
    return result;
  }

  private isOutputBuffer(buf: Storage, slots: (Tensor | undefined)[]): boolean {
    return this.outputSlots.some((s) => slots[s]?.buffer === buf);
  }
}

function checkFeed(
  decl: { name: string; dtype: DType | null; shape: (number | string | null)[] | null },
  t: Tensor,
): void {
  if (!(t instanceof Tensor)) throw new ArgumentError(`input '${decl.name}' must be a Tensor`);
  if (decl.dtype && t.dtype !== decl.dtype) {
    throw new DTypeError(`input '${decl.name}' must be ${decl.dtype}, got ${t.dtype}`);
  }
  if (decl.shape) {
    const ok =
      decl.shape.length === t.shape.length &&
      decl.shape.every((d, i) => typeof d !== 'number' || d === t.shape[i]);
    if (!ok)
      throw new ShapeError(
        `input '${decl.name}' must have shape ${shapeStr(decl.shape)}, got ${shapeStr(t.shape)}`,
      );
  }
}
