// NetDef -> core graph IR (DESIGN.md "One graph IR"): each OperatorDef goes through its entry in
// the Caffe2 operator table (ops/) and becomes one or more core nodes.
import {
  ArgumentError,
  type DType,
  type Dim,
  Graph,
  MalformedModelError,
  type Node,
  ShapeError,
  Tensor,
  UnsupportedOperatorError,
  type ValueInfo,
  type Attrs,
  getOp,
  hasOp,
  inferShapes,
  listOps,
  suggest,
  withContext,
} from '@tandem/core';
import type { caffe2 } from '@tandem/proto';
import { opLabel } from './errors.js';
import { checkCpuOnly } from './netdef-io.js';
import { ArgReader, type ArgValue, decodeArg } from './ops/args.js';
import { CAFFE2_OPS, isCaffe2Op } from './ops/index.js';
import type { ConvertContext } from './ops/types.js';

export interface ConvertOptions {
  /**
   * What is known about blobs the net reads before writing them (a workspace's blobs, or a
   * predict net's value_info). When given, a blob read before it is written must be listed here
   * or in the net's external_input, otherwise conversion fails naming the blob and the operator.
   */
  inputs?: ReadonlyMap<string, ValueInfo> | Readonly<Record<string, ValueInfo>>;
  /** Blobs whose values become graph initializers (weights from an init net). */
  initializers?: ReadonlyMap<string, Tensor>;
  /**
   * Blobs the graph returns: 'all' (every blob written, Caffe2's workspace semantics), 'external'
   * (the NetDef's external_output) or a list. Default: 'external' when the net declares any.
   */
  outputs?: 'all' | 'external' | readonly string[];
  /**
   * Compute auxiliary outputs nobody reads (LRN's scale, Dropout's mask, SpatialBN's saved
   * statistics, Concat's split_info). Default: true for outputs 'all', false otherwise.
   */
  auxOutputs?: boolean;
  /** Declare graph inputs with the full known shapes (default: dtype and rank only). */
  exactInputShapes?: boolean;
}

export interface ConvertedNet {
  graph: Graph;
  /** Blobs read before written, in order of first use (graph input names are the blob names). */
  inputBlobs: string[];
  /** Graph output value name -> the blob it holds after the net ran. */
  outputBlobs: Map<string, string>;
}

/** The value names of a NetDef in SSA form: blob `x` written k times gives x, x@1, x@2, ... */
class Versions {
  private readonly current = new Map<string, string>();
  private readonly count = new Map<string, number>();
  constructor(private readonly taken: Set<string>) {}

  get(blob: string): string | undefined {
    return this.current.get(blob);
  }

  setInput(blob: string): void {
    this.current.set(blob, blob);
    this.count.set(blob, 1);
    this.taken.add(blob);
  }

  next(blob: string): string {
    let n = this.count.get(blob) ?? 0;
    let name = n === 0 ? blob : `${blob}@${n}`;
    while (this.taken.has(name)) name = `${blob}@${++n}`;
    this.count.set(blob, n + 1);
    this.taken.add(name);
    return name;
  }

  commit(blob: string, value: string): void {
    this.current.set(blob, value);
  }

  entries(): IterableIterator<[string, string]> {
    return this.current.entries();
  }
}

function toMap<T>(
  x: ReadonlyMap<string, T> | Readonly<Record<string, T>> | undefined,
): Map<string, T> {
  if (!x) return new Map();
  return x instanceof Map ? new Map(x) : new Map(Object.entries(x as Record<string, T>));
}

/**
 * Converts a NetDef into a core Graph.
 *
 * @example
 * const { graph } = netToGraph(net.proto(), { inputs: { data: { dtype: 'float32', shape: [1, 3, 8, 8] } } });
 * new Executor(graph).run({ data });
 */
export function netToGraph(net: caffe2.INetDef, opts: ConvertOptions = {}): ConvertedNet {
  checkCpuOnly(net);
  const netName = net.name || 'net';
  const graph = new Graph(netName);
  const ops = net.op ?? [];
  const known = toMap(opts.inputs);
  const inits = opts.initializers ?? new Map<string, Tensor>();
  const strict = opts.inputs !== undefined;
  const externalIn = new Set(net.externalInput ?? []);
  const outMode = opts.outputs ?? ((net.externalOutput ?? []).length ? 'external' : 'all');
  const aux = opts.auxOutputs ?? outMode === 'all';
  const wantedBlobs = new Set(
    Array.isArray(outMode) ? outMode : outMode === 'external' ? (net.externalOutput ?? []) : [],
  );

  // Where each blob is read, to decide which auxiliary outputs are worth computing.
  const readAt = new Map<string, number[]>();
  ops.forEach((o, i) => {
    for (const b of o.input ?? []) if (b) readAt.set(b, [...(readAt.get(b) ?? []), i]);
  });
  const readAfter = (blob: string, i: number) => (readAt.get(blob) ?? []).some((j) => j > i);

  const taken = new Set<string>();
  const versions = new Versions(taken);
  const infos = new Map<string, ValueInfo>();
  const inputBlobs: string[] = [];
  let counter = 0;
  const nodeNames = new Set<string>();
  const fresh = (hint: string) => {
    let name = hint;
    while (nodeNames.has(name)) name = `${hint}_${counter++}`;
    nodeNames.add(name);
    return name;
  };
  const blobNames = new Set<string>();
  for (const o of ops)
    for (const b of [...(o.input ?? []), ...(o.output ?? [])]) if (b) blobNames.add(b);
  const freshHelper = (hint: string) => {
    let name = hint;
    while (taken.has(name) || blobNames.has(name)) name = `${hint}_${counter++}`;
    taken.add(name);
    return name;
  };

  const readBlob = (blob: string, label: string): string => {
    const v = versions.get(blob);
    if (v !== undefined) return v;
    const tensor = inits.get(blob);
    if (tensor) {
      graph.initializers.set(blob, tensor);
      infos.set(blob, { dtype: tensor.dtype, shape: [...tensor.shape], value: tensor });
    } else {
      const info = known.get(blob);
      if (!info && strict && !externalIn.has(blob)) {
        throw new ArgumentError(
          `${label}: input blob '${blob}' does not exist (it is not in the workspace, not an external input, ` +
            'and no earlier operator writes it)',
        );
      }
      const decl = info ?? { dtype: null, shape: null };
      const shape = decl.shape && !opts.exactInputShapes ? decl.shape.map(() => null) : decl.shape;
      graph.inputs.push({ name: blob, dtype: decl.dtype, shape });
      infos.set(blob, info ? { dtype: info.dtype, shape: info.shape } : decl);
    }
    inputBlobs.push(blob);
    versions.setInput(blob);
    return blob;
  };

  const netSeed = net.deviceOption?.randomSeed;
  ops.forEach((o, index) => {
    const type = o.type ?? '';
    const label = opLabel(index, type);
    const args = new Map<string, ArgValue>();
    for (const a of o.arg ?? []) args.set(a.name ?? '', decodeArg(a));
    const reader = new ArgReader(args, label);
    const inputBlobsOp = [...(o.input ?? [])];
    const outputBlobsOp = [...(o.output ?? [])];
    const inputValues = inputBlobsOp.map((b) => (b ? readBlob(b, label) : ''));
    const outputValues = new Map<number, string>();
    const produced = new Set<string>();
    let nodeCount = 0;
    const baseName = o.name || `${type}_${index}`;

    const inferNode = (node: Node) => {
      const g = new Graph(baseName);
      g.nodes.push(node);
      const given: Record<string, ValueInfo> = {};
      let allKnown = true;
      for (const n of node.inputs) {
        if (!n || given[n]) continue;
        const info = infos.get(n) ?? { dtype: null, shape: null };
        if (!info.shape || !info.dtype) allKnown = false;
        given[n] = info;
        g.inputs.push({ name: n, dtype: info.dtype, shape: info.shape });
      }
      try {
        const out = inferShapes(g, { inputs: given });
        for (const n of node.outputs)
          if (n) infos.set(n, out.get(n) ?? { dtype: null, shape: null });
      } catch (e) {
        if (allKnown) throw withContext(e, label);
        for (const n of node.outputs) if (n) infos.set(n, { dtype: null, shape: null });
      }
    };

    const ctx: ConvertContext = {
      index,
      type,
      args: reader,
      inputBlobs: inputBlobsOp,
      outputBlobs: outputBlobsOp,
      input(i) {
        const v = inputValues[i];
        if (!v)
          throw ctx.fail(`input ${i} is missing (the operator has ${inputBlobsOp.length} inputs)`);
        return v;
      },
      hasInput: (i) => !!inputValues[i],
      blob: (name) => readBlob(name, label),
      output(i) {
        const blob = outputBlobsOp[i];
        if (!blob)
          throw ctx.fail(
            `output ${i} is missing (the operator has ${outputBlobsOp.length} outputs)`,
          );
        let v = outputValues.get(i);
        if (!v) {
          // Two outputs naming one blob (a Caffe2 net bug) would clash in SSA form.
          if (outputBlobsOp.indexOf(blob) !== i) throw ctx.fail(`writes blob '${blob}' twice`);
          outputValues.set(i, (v = versions.next(blob)));
        }
        return v;
      },
      wantOutput(i) {
        const blob = outputBlobsOp[i];
        if (!blob) return false;
        if (aux || wantedBlobs.has(blob) || readAfter(blob, index)) return true;
        return false;
      },
      emit(opName, inputs, outputs, attrs: Attrs = {}) {
        const outs =
          typeof outputs === 'number'
            ? Array.from({ length: outputs }, () => freshHelper(`${baseName}/${opName}`))
            : [...outputs];
        const name = nodeCount === 0 ? baseName : `${baseName}/${nodeCount}`;
        nodeCount++;
        const node: Node = {
          name: fresh(name),
          op: opName,
          inputs: [...inputs],
          outputs: outs,
          attrs,
        };
        graph.nodes.push(node);
        for (const n of outs) if (n) produced.add(n);
        inferNode(node);
        return outs;
      },
      constant(t, hint = 'const') {
        const name = freshHelper(`${baseName}/${hint}`);
        graph.initializers.set(name, t);
        infos.set(name, { dtype: t.dtype, shape: [...t.shape], value: t });
        return name;
      },
      int64s(values, hint = 'ints') {
        return ctx.constant(
          Tensor.from(
            values.map((v) => BigInt(v)),
            'int64',
            [values.length],
          ),
          hint,
        );
      },
      scalar(v, dtype = 'float32', shape = []) {
        const n = shape.reduce((a, b) => a * b, 1);
        const data =
          dtype === 'int64' || dtype === 'uint64'
            ? new Array(n).fill(BigInt(v))
            : new Array(n).fill(v);
        return ctx.constant(Tensor.from(data, dtype, shape), 'scalar');
      },
      setConstant(i, t) {
        const v = ctx.output(i);
        graph.initializers.set(v, t);
        infos.set(v, { dtype: t.dtype, shape: [...t.shape], value: t });
        produced.add(v);
      },
      info: (v) => infos.get(v),
      shape: (v) => infos.get(v)?.shape ?? null,
      rank(v, what) {
        const s = infos.get(v)?.shape;
        if (!s) {
          throw ctx.fail(
            `needs the rank of ${what ?? `'${v}'`} to convert, and it is not known here ` +
              '(feed the input blobs before createNet, or pass their shapes as inputs to netToGraph)',
            'shape',
          );
        }
        return s.length;
      },
      dtype: (v, fallback: DType = 'float32') => infos.get(v)?.dtype ?? fallback,
      fail(message, kind = 'argument') {
        const Ctor =
          kind === 'shape'
            ? ShapeError
            : kind === 'unsupported'
              ? UnsupportedOperatorError
              : ArgumentError;
        return new Ctor(`${label}: ${message}`);
      },
      seed() {
        const s = o.deviceOption?.randomSeed ?? netSeed;
        if (s === undefined || s === null) return undefined;
        // Note [Fill seeds]: Caffe2 seeds each operator's generator with the DeviceOption's
        // random_seed, so equal-shaped fills with one seed would get equal values; mixing in the
        // operator index keeps runs reproducible without that surprise.
        return ((s >>> 0) * 1000003 + index) % 2 ** 31;
      },
    };

    try {
      convertOne(ctx, o);
    } catch (e) {
      throw withContext(e, label);
    }
    // Commit the SSA versions after the whole op ran: in-place ops read the old value.
    outputValues.forEach((v, i) => {
      if (!produced.has(v) && !graph.initializers.has(v)) {
        throw new MalformedModelError(
          `${label}: the converter did not produce output ${i} ('${outputBlobsOp[i]}')`,
        );
      }
      versions.commit(outputBlobsOp[i], v);
    });
  });

  const outputBlobs = new Map<string, string>();
  const addOutput = (blob: string) => {
    const v =
      versions.get(blob) ??
      (strict && !known.has(blob) ? undefined : readBlob(blob, `net '${netName}'`));
    if (v === undefined)
      throw new ArgumentError(`net '${netName}': output blob '${blob}' is never written`);
    if (outputBlobs.has(v)) return;
    outputBlobs.set(v, blob);
    graph.outputs.push({ name: v, dtype: infos.get(v)?.dtype ?? null, shape: null });
  };
  if (outMode === 'all') {
    for (const [blob, v] of versions.entries())
      if (v !== blob || !inputBlobs.includes(blob)) addOutput(blob);
  } else {
    for (const blob of wantedBlobs) addOutput(blob);
  }
  return { graph, inputBlobs, outputBlobs };
}

/**
 * Note [Core-semantics operators]: an OperatorDef with domain 'tandem' names a core op with core's
 * semantics even where a Caffe2 type of the same name differs (Add, Mul, ReduceSum, Reshape, Conv,
 * Transpose, Softmax...). Gradient nets (gradients.ts) mark the core ops they emit this way.
 */
export const CORE_DOMAIN = 'tandem';

function convertOne(ctx: ConvertContext, o: caffe2.IOperatorDef): void {
  const type = ctx.type;
  if (o.domain === CORE_DOMAIN) {
    if (!hasOp(type)) {
      throw new UnsupportedOperatorError(
        `${opLabel(ctx.index, type)}: '${type}' (domain '${CORE_DOMAIN}') is not a core operator` +
          suggest(
            type,
            listOps().map((d) => d.name),
          ),
      );
    }
    identityMapping(ctx, o);
    return;
  }
  if (isCaffe2Op(type)) {
    const entry = CAFFE2_OPS[type];
    const nIn = ctx.inputBlobs.length;
    const nOut = ctx.outputBlobs.length;
    if (nIn < entry.inputs[0] || nIn > entry.inputs[1]) {
      throw ctx.fail(`takes ${range(entry.inputs)} inputs, got ${nIn}`);
    }
    if (nOut < entry.outputs[0] || nOut > entry.outputs[1]) {
      throw ctx.fail(`takes ${range(entry.outputs)} outputs, got ${nOut}`);
    }
    entry.convert(ctx);
    return;
  }
  if (type && hasOp(type)) {
    identityMapping(ctx, o);
    return;
  }
  const candidates = [...Object.keys(CAFFE2_OPS), ...listOps().map((d) => d.name)];
  throw new UnsupportedOperatorError(
    `${opLabel(ctx.index, type)}: operator type '${type}' is not supported${suggest(type, candidates) || ' (see docs/caffe2.md for the supported operators)'}`,
  );
}

function range([lo, hi]: readonly [number, number]): string {
  if (lo === hi) return `${lo}`;
  return hi === Infinity ? `at least ${lo}` : `${lo} to ${hi}`;
}

/** A core op used under its own name in a NetDef (how gradient nets serialize): args -> attrs. */
function identityMapping(ctx: ConvertContext, o: caffe2.IOperatorDef): void {
  const def = getOp(ctx.type);
  const attrs: Attrs = {};
  for (const a of o.arg ?? []) {
    const name = a.name ?? '';
    const spec = def.attrs[name];
    if (!spec) continue; // Caffe2 ignores arguments an operator does not read
    const r = ctx.args;
    switch (spec.type) {
      case 'int':
        attrs[name] = r.int(name);
        break;
      case 'float':
        attrs[name] = r.float(name);
        break;
      case 'string':
        attrs[name] = r.string(name);
        break;
      case 'ints':
        attrs[name] = r.ints(name);
        break;
      case 'floats':
        attrs[name] = Array.from(r.floats(name));
        break;
      case 'strings':
        attrs[name] = r.strings(name);
        break;
      default:
        throw ctx.fail(
          `argument '${name}' of type ${spec.type} cannot be given in a NetDef`,
          'unsupported',
        );
    }
  }
  const inputs = ctx.inputBlobs.map((_, i) => (ctx.hasInput(i) ? ctx.input(i) : ''));
  const outputs = ctx.outputBlobs.map((b, i) => (b ? ctx.output(i) : ''));
  ctx.emit(ctx.type, inputs, outputs, attrs);
}

export type { Dim };
