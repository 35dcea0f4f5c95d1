// Einsum as a composition of core ops: repeated indices take a diagonal (multiply by an identity
// mask, sum one axis), indices used by one operand only are summed out, and operands are folded
// left to right, each pair contracted by one batched MatMul ([batch, left, k] x [batch, k, right]).
import { ArgumentError, ShapeError } from '../errors.js';
import { Tensor } from '../tensor.js';
import { intsConst } from './reduce-helpers.js';
import { type AttrReader, type OpBuilder, defineOp } from './registry.js';
import type { Dim } from './types.js';

interface Parsed {
  inputs: string[][];
  output: string[];
}

// Ellipsis dims get private labels, numbered from the right so operands broadcast right-aligned.
const ell = (k: number) => String.fromCharCode(0x100 + k);

/** Parses `equation` for operands of the given ranks into per-axis labels. */
export function parseEinsum(equation: string, ranks: readonly number[]): Parsed {
  const eq = equation.replace(/\s+/g, '');
  const [lhs, rhs] = eq.split('->');
  const terms = lhs.split(',');
  if (terms.length !== ranks.length) {
    throw new ArgumentError(
      `Einsum: equation '${equation}' has ${terms.length} operands, got ${ranks.length} inputs`,
    );
  }
  let maxEll = 0;
  const inputs = terms.map((term, i) => {
    const parts = term.split('...');
    if (parts.length > 2) throw new ArgumentError(`Einsum: '${term}' has more than one ellipsis`);
    const letters = parts.join('');
    if (!/^[a-zA-Z]*$/.test(letters))
      throw new ArgumentError(`Einsum: invalid term '${term}' in '${equation}'`);
    const nEll = parts.length === 2 ? ranks[i] - letters.length : 0;
    if (nEll < 0 || (parts.length === 1 && letters.length !== ranks[i])) {
      throw new ShapeError(`Einsum: term '${term}' does not match input ${i} of rank ${ranks[i]}`);
    }
    maxEll = Math.max(maxEll, nEll);
    const ellLabels = Array.from({ length: nEll }, (_, k) => ell(nEll - 1 - k));
    return parts.length === 2 ? [...parts[0], ...ellLabels, ...parts[1]] : [...letters];
  });
  const ellAll = Array.from({ length: maxEll }, (_, k) => ell(maxEll - 1 - k));
  let output: string[];
  if (rhs !== undefined) {
    const parts = rhs.split('...');
    if (!/^[a-zA-Z]*$/.test(parts.join('')) || parts.length > 2)
      throw new ArgumentError(`Einsum: invalid output '${rhs}'`);
    output = parts.length === 2 ? [...parts[0], ...ellAll, ...parts[1]] : [...rhs];
  } else {
    const count = new Map<string, number>();
    for (const t of inputs)
      for (const l of t) if (l.charCodeAt(0) < 0x100) count.set(l, (count.get(l) ?? 0) + 1);
    output = [
      ...ellAll,
      ...[...count]
        .filter(([, n]) => n === 1)
        .map(([l]) => l)
        .sort(),
    ];
  }
  const all = new Set(inputs.flat());
  for (const l of output)
    if (!all.has(l)) throw new ArgumentError(`Einsum: output label '${l}' is in no input`);
  return { inputs, output };
}

interface Term<V> {
  v: V;
  labels: string[];
}

function shapeOf<V>(b: OpBuilder<V>, v: V): number[] {
  const s = b.info(v).shape;
  if (!s || s.some((d) => typeof d !== 'number'))
    throw new ShapeError('Einsum: operand shapes must be known');
  return s as number[];
}

function reduceLabels<V>(b: OpBuilder<V>, t: Term<V>, drop: (l: string) => boolean): Term<V> {
  const axes = t.labels.map((l, i) => (drop(l) ? i : -1)).filter((i) => i >= 0);
  if (!axes.length) return t;
  return {
    v: b.apply('ReduceSum', [t.v, intsConst(b, axes)], { keepdims: 0 })[0],
    labels: t.labels.filter((l) => !drop(l)),
  };
}

/** Takes diagonals until every label of the term is distinct. */
function diagonals<V>(b: OpBuilder<V>, t: Term<V>): Term<V> {
  for (;;) {
    const q = t.labels.findIndex((l, i) => t.labels.indexOf(l) !== i);
    if (q < 0) return t;
    const p = t.labels.indexOf(t.labels[q]);
    const shape = shapeOf(b, t.v);
    const n = shape[p];
    if (shape[q] !== n)
      throw new ShapeError(
        `Einsum: repeated label '${t.labels[q]}' has sizes ${n} and ${shape[q]}`,
      );
    const maskShape = shape.map((_, i) => (i === p || i === q ? n : 1));
    const eye = new Tensor(b.info(t.v).dtype ?? 'float32', maskShape);
    const d = eye.data();
    for (let i = 0; i < n; i++) d[i * n + i] = (typeof d[0] === 'bigint' ? 1n : 1) as never;
    const masked = b.apply('Mul', [t.v, b.constant(eye)])[0];
    t = {
      v: b.apply('ReduceSum', [masked, intsConst(b, [q])], { keepdims: 0 })[0],
      labels: t.labels.filter((_, i) => i !== q),
    };
  }
}

const prod = (xs: number[]) => xs.reduce((a, c) => a * c, 1);

function contract<V>(b: OpBuilder<V>, A: Term<V>, B: Term<V>, keep: Set<string>): Term<V> {
  const inB = new Set(B.labels);
  const inA = new Set(A.labels);
  A = reduceLabels(b, A, (l) => !inB.has(l) && !keep.has(l));
  B = reduceLabels(b, B, (l) => !inA.has(l) && !keep.has(l));
  const batch = A.labels.filter((l) => inB.has(l) && keep.has(l));
  const contr = A.labels.filter((l) => inB.has(l) && !keep.has(l));
  const left = A.labels.filter((l) => !inB.has(l));
  const right = B.labels.filter((l) => !inA.has(l));
  const sa = shapeOf(b, A.v);
  const sb = shapeOf(b, B.v);
  const dimA = (l: string) => sa[A.labels.indexOf(l)];
  const dimB = (l: string) => sb[B.labels.indexOf(l)];
  const permA = [...batch, ...left, ...contr].map((l) => A.labels.indexOf(l));
  const permB = [...batch, ...contr, ...right].map((l) => B.labels.indexOf(l));
  const K = prod(contr.map(dimA));
  const a3 = b.apply('Reshape', [
    b.apply('Transpose', [A.v], { perm: permA })[0],
    intsConst(b, [...batch.map(dimA), prod(left.map(dimA)), K]),
  ])[0];
  const b3 = b.apply('Reshape', [
    b.apply('Transpose', [B.v], { perm: permB })[0],
    intsConst(b, [...batch.map(dimB), K, prod(right.map(dimB))]),
  ])[0];
  const y = b.apply('MatMul', [a3, b3])[0];
  const ys = shapeOf(b, y);
  const outShape = [...ys.slice(0, batch.length), ...left.map(dimA), ...right.map(dimB)];
  return {
    v: b.apply('Reshape', [y, intsConst(b, outShape)])[0],
    labels: [...batch, ...left, ...right],
  };
}

function einsum<V>(b: OpBuilder<V>, inputs: readonly (V | undefined)[], attrs: AttrReader): V[] {
  const vals = inputs.map((v, i) => {
    if (!v) throw new ArgumentError(`Einsum: input ${i} is missing`);
    return v;
  });
  const { inputs: labels, output } = parseEinsum(
    attrs.string('equation'),
    vals.map((v) => shapeOf(b, v).length),
  );
  const outSet = new Set(output);
  const terms = vals.map((v, i) => diagonals(b, { v, labels: labels[i] }));
  const usedLater = (i: number) => new Set([...output, ...terms.slice(i).flatMap((t) => t.labels)]);
  let acc = reduceLabels(b, terms[0], (l) => !usedLater(1).has(l));
  for (let i = 1; i < terms.length; i++) acc = contract(b, acc, terms[i], usedLater(i + 1));
  acc = reduceLabels(b, acc, (l) => !outSet.has(l));
  const perm = output.map((l) => acc.labels.indexOf(l));
  if (perm.every((p, i) => p === i)) return [b.apply('Identity', [acc.v])[0]];
  return b.apply('Transpose', [acc.v], { perm });
}

defineOp({
  name: 'Einsum',
  doc: "Einstein summation ('ij,jk->ik'): diagonals, ellipsis broadcasting, implicit output.",
  inputs: [{ name: 'Inputs', variadic: true }],
  outputs: [{ name: 'Output' }],
  attrs: { equation: { type: 'string', required: true } },
  dtypes: ['float32', 'float64', 'int32', 'int64'],
  infer: (ctx) => {
    const infos = ctx.inputs.map((_, i) => ctx.input(i));
    const dtype = infos[0]?.dtype ?? 'float32';
    if (infos.some((x) => !x.shape)) return [{ dtype, shape: null }];
    const { inputs, output } = parseEinsum(
      ctx.attrs.string('equation'),
      infos.map((x) => x.shape!.length),
    );
    const size = new Map<string, Dim>();
    inputs.forEach((ls, i) =>
      ls.forEach((l, k) => {
        const d = infos[i].shape![k];
        const cur = size.get(l);
        if (cur === undefined || cur === 1) size.set(l, d);
      }),
    );
    return [{ dtype, shape: output.map((l) => size.get(l) ?? null) }];
  },
  decompose: einsum,
});
