// ModelProto -> graph IR. Everything is validated on the way in: unknown operators are listed
// together before any work starts, and malformed fields get errors naming the node or tensor.
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type AttrValue,
  type Attrs,
  type DType,
  type Dim,
  Graph,
  MalformedModelError,
  ResourceLimitError,
  type Node,
  Tensor,
  UnsupportedOperatorError,
  type ValueDecl,
  hasOp,
  getLimits,
} from '@tandem/core';
import { onnx } from '@tandem/proto';
import { type Int64Like, toNumber } from './int64.js';
import { type AdaptContext, adaptNode } from './opset.js';
import { type TensorProtoLike, dtypeOfCode, tensorFromProto } from './tensor.js';

export interface OnnxModel {
  graph: Graph;
  irVersion: number;
  /** Opset version per domain ('' is the default ONNX domain). */
  opsets: Map<string, number>;
  producerName: string;
  producerVersion: string;
  metadata: Record<string, string>;
}

export interface ImportOptions {
  /** Folder for external data (defaults to the model file's folder when loading from a path). */
  baseDir?: string;
}

const ONNX_DOMAINS = new Set(['', 'ai.onnx']);
const MIN_OPSET = 7;
const MAX_OPSET = 17;

/** Reads and imports an ONNX model file (or bytes). */
export function loadOnnx(source: string | Uint8Array, opts: ImportOptions = {}): OnnxModel {
  let bytes: Uint8Array;
  let baseDir = opts.baseDir;
  let label = 'ONNX model';
  if (typeof source === 'string') {
    const size = statSync(source).size;
    if (size > getLimits().maxModelBytes) {
      throw new ResourceLimitError(
        `${source}: ${size} bytes is over the model size limit of ${getLimits().maxModelBytes} (setLimits({ maxModelBytes }))`,
      );
    }
    bytes = readFileSync(source);
    baseDir ??= dirname(source);
    label = source;
  } else {
    bytes = source;
  }
  let proto: onnx.ModelProto;
  try {
    proto = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw new MalformedModelError(`${label}: ${(e as Error).message}`);
  }
  return importModel(proto, { baseDir });
}

type ModelProtoLike = onnx.ModelProto;

export function importModel(proto: ModelProtoLike, opts: ImportOptions = {}): OnnxModel {
  if (!proto.graph)
    throw new MalformedModelError('ONNX model has no graph (the file may not be an ONNX model)');
  const opsets = new Map<string, number>();
  for (const o of proto.opsetImport ?? [])
    opsets.set(o.domain === 'ai.onnx' ? '' : (o.domain ?? ''), toNumber(o.version as Int64Like));
  if (!opsets.has('')) opsets.set('', toNumber(proto.irVersion as Int64Like) < 3 ? 1 : MIN_OPSET);
  const opset = opsets.get('')!;
  if (opset > MAX_OPSET + 6) {
    throw new UnsupportedOperatorError(
      `ONNX opset ${opset} is newer than Tandem supports (opsets ${MIN_OPSET}-${MAX_OPSET}, newer ones best effort)`,
    );
  }
  const unsupported = new Map<string, number>();
  const graph = importGraph(proto.graph as GraphProtoLike, {
    opset,
    baseDir: opts.baseDir,
    unsupported,
  });
  if (unsupported.size) {
    const list = [...unsupported]
      .map(([op, n]) => `${op} (${n} node${n > 1 ? 's' : ''})`)
      .join(', ');
    throw new UnsupportedOperatorError(`model uses operators Tandem does not support: ${list}`);
  }
  const metadata: Record<string, string> = {};
  for (const e of proto.metadataProps ?? []) metadata[e.key ?? ''] = e.value ?? '';
  return {
    graph,
    irVersion: toNumber(proto.irVersion as Int64Like),
    opsets,
    producerName: proto.producerName ?? '',
    producerVersion: proto.producerVersion ?? '',
    metadata,
  };
}

type GraphProtoLike = onnx.GraphProto;
interface GraphContext {
  opset: number;
  baseDir?: string;
  unsupported: Map<string, number>;
}

export function importGraph(g: GraphProtoLike, ctx: GraphContext): Graph {
  const graph = new Graph(g.name || 'graph');
  for (const t of g.initializer ?? []) {
    if (!t.name) throw new MalformedModelError(`graph '${graph.name}': an initializer has no name`);
    graph.initializers.set(t.name, tensorFromProto(t as TensorProtoLike, { baseDir: ctx.baseDir }));
  }
  for (const s of g.sparseInitializer ?? []) {
    const t = densify(s as SparseLike, ctx.baseDir);
    graph.initializers.set(t.name, t.tensor);
  }
  graph.inputs = (g.input ?? []).map((v) =>
    valueDecl(v as ValueInfoLike, `graph '${graph.name}' input`),
  );
  graph.outputs = (g.output ?? []).map((v) =>
    valueDecl(v as ValueInfoLike, `graph '${graph.name}' output`),
  );
  for (const v of g.valueInfo ?? []) {
    const d = valueDecl(v as ValueInfoLike, `graph '${graph.name}' value_info`, true);
    if (d) graph.valueInfo.set(d.name, d);
  }
  const used = new Set<string>();
  let counter = 0;
  const adaptCtx: AdaptContext = {
    constant(hint, t) {
      let name = hint;
      while (graph.initializers.has(name) || used.has(name)) name = `${hint}_${counter++}`;
      graph.initializers.set(name, t);
      return name;
    },
    fresh(hint) {
      let name = hint;
      while (used.has(name) || graph.initializers.has(name)) name = `${hint}_${counter++}`;
      used.add(name);
      return name;
    },
  };
  (g.node ?? []).forEach((n, i) => {
    const opType = n.opType ?? '';
    const domain = n.domain ?? '';
    const name = n.name || `${opType}_${i}`;
    for (const o of n.output ?? []) used.add(o);
    if (!ONNX_DOMAINS.has(domain)) {
      const key = `${domain}.${opType}`;
      ctx.unsupported.set(key, (ctx.unsupported.get(key) ?? 0) + 1);
      return;
    }
    const attrs: Attrs = {};
    for (const a of n.attribute ?? [])
      attrs[a.name ?? ''] = attrValue(a as AttributeLike, name, opType, ctx);
    const node: Node = {
      name,
      op: opType,
      inputs: [...(n.input ?? [])],
      outputs: [...(n.output ?? [])],
      attrs,
    };
    let adapted: Node[];
    try {
      adapted = adaptNode(node, ctx.opset, adaptCtx);
    } catch (e) {
      throw new MalformedModelError((e as Error).message);
    }
    for (const a of adapted) {
      if (!hasOp(a.op)) ctx.unsupported.set(a.op, (ctx.unsupported.get(a.op) ?? 0) + 1);
      graph.nodes.push(bindOuterScope(a));
    }
  });
  return graph;
}

/**
 * Note [Outer scope]: a subgraph (If/Loop/Scan body) may read values of enclosing graphs by name.
 * The importer lists those names in the node's `outer_scope` attribute and appends the values as
 * trailing inputs, so the executor orders and keeps them like any other input, and the op's
 * kernel hands them to the nested executor.
 */
function bindOuterScope(node: Node): Node {
  const graphs: Graph[] = [];
  for (const v of Object.values(node.attrs)) {
    if (v instanceof Graph) graphs.push(v);
    else if (Array.isArray(v))
      for (const g of v as unknown[]) if (g instanceof Graph) graphs.push(g);
  }
  if (!graphs.length) return node;
  const names = new Set<string>();
  for (const g of graphs) for (const n of freeNames(g)) names.add(n);
  if (!names.size) return node;
  const outer = [...names].sort();
  return {
    ...node,
    inputs: [...node.inputs, ...outer],
    attrs: { ...node.attrs, outer_scope: outer },
  };
}

/** Names a graph reads that neither it nor its nodes define (nested subgraphs were bound already). */
function freeNames(g: Graph): string[] {
  const defined = g.sourceNames();
  for (const n of g.nodes) for (const o of n.outputs) if (o) defined.add(o);
  const free = new Set<string>();
  for (const n of g.nodes) for (const i of n.inputs) if (i && !defined.has(i)) free.add(i);
  for (const o of g.outputs) if (!defined.has(o.name)) free.add(o.name);
  return [...free];
}

interface ValueInfoLike {
  name?: string | null;
  type?: {
    tensorType?: {
      elemType?: number | null;
      shape?: { dim?: Array<{ dimValue?: Int64Like; dimParam?: string | null }> | null } | null;
    } | null;
    sequenceType?: unknown;
    mapType?: unknown;
    optionalType?: unknown;
    sparseTensorType?: unknown;
  } | null;
}

function valueDecl(v: ValueInfoLike, what: string): ValueDecl;
function valueDecl(v: ValueInfoLike, what: string, lenient: true): ValueDecl | undefined;
function valueDecl(v: ValueInfoLike, what: string, lenient = false): ValueDecl | undefined {
  const name = v.name ?? '';
  const tt = v.type?.tensorType;
  if (!tt) {
    if (!v.type) return { name, dtype: null, shape: null };
    if (lenient) return undefined;
    const kind = v.type.sequenceType
      ? 'sequence'
      : v.type.mapType
        ? 'map'
        : v.type.optionalType
          ? 'optional'
          : v.type.sparseTensorType
            ? 'sparse tensor'
            : 'non-tensor';
    throw new UnsupportedOperatorError(
      `${what} '${name}' has a ${kind} type; only tensors are supported`,
    );
  }
  const dtype: DType | null = tt.elemType ? dtypeOfCode(tt.elemType, `${what} '${name}'`) : null;
  const shape: Dim[] | null = tt.shape
    ? (tt.shape.dim ?? []).map((d) => {
        if (d.dimParam) return d.dimParam;
        if (d.dimValue !== undefined && d.dimValue !== null) {
          const n = toNumber(d.dimValue);
          return n >= 0 ? n : null;
        }
        return null;
      })
    : null;
  return { name, dtype, shape };
}

interface AttributeLike {
  name?: string | null;
  type?: number | null;
  f?: number | null;
  i?: Int64Like;
  s?: Uint8Array | null;
  t?: TensorProtoLike | null;
  g?: GraphProtoLike | null;
  sparseTensor?: SparseLike | null;
  floats?: number[] | null;
  ints?: Int64Like[] | null;
  strings?: Uint8Array[] | null;
  tensors?: TensorProtoLike[] | null;
  graphs?: GraphProtoLike[] | null;
  refAttrName?: string | null;
}

const utf8 = new TextDecoder();

function attrValue(a: AttributeLike, node: string, op: string, ctx: GraphContext): AttrValue {
  const where = `node '${node}' (${op}) attribute '${a.name}'`;
  if (a.refAttrName)
    throw new UnsupportedOperatorError(`${where}: function attribute references are not supported`);
  switch (a.type) {
    case 1:
      return a.f ?? 0;
    case 2:
      return toNumber(a.i);
    case 3:
      return utf8.decode(a.s ?? new Uint8Array());
    case 4:
      return tensorFromProto(a.t ?? {}, { baseDir: ctx.baseDir, what: where });
    case 5:
      return importGraph(a.g!, ctx);
    case 6:
      return [...(a.floats ?? [])];
    case 7:
      return (a.ints ?? []).map((x) => toNumber(x));
    case 8:
      return (a.strings ?? []).map((s) => utf8.decode(s));
    case 10:
      return (a.graphs ?? []).map((g) => importGraph(g, ctx));
    case 11:
      return densify(a.sparseTensor!, ctx.baseDir).tensor;
    default:
      throw new UnsupportedOperatorError(
        `${where}: attribute type ${a.type ?? 'UNDEFINED'} is not supported`,
      );
  }
}

interface SparseLike {
  values?: TensorProtoLike | null;
  indices?: TensorProtoLike | null;
  dims?: Int64Like[] | null;
}

/** SparseTensorProto -> dense tensor (COO indices, flat [NNZ] or [NNZ, rank]). */
function densify(s: SparseLike, baseDir?: string): { name: string; tensor: Tensor } {
  const values = tensorFromProto(s.values ?? {}, { baseDir, what: 'sparse tensor values' });
  const indices = tensorFromProto(s.indices ?? {}, { baseDir, what: 'sparse tensor indices' });
  const shape = (s.dims ?? []).map((d) => toNumber(d));
  const name = s.values?.name ?? '';
  const dense = new Tensor(values.dtype, shape);
  const nnz = values.size;
  const out = dense.data();
  const vals = values.data();
  const idx = indices.toNumbers();
  const rank = shape.length;
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));
  for (let k = 0; k < nnz; k++) {
    let flat = 0;
    if (indices.rank === 1) flat = idx[k];
    else for (let d = 0; d < rank; d++) flat += idx[k * rank + d] * strides[d];
    if (!(flat >= 0 && flat < dense.size))
      throw new MalformedModelError(`sparse tensor '${name}': index out of range`);
    out[flat] = vals[k];
  }
  return { name, tensor: dense };
}
