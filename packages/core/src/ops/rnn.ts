// Recurrent layers RNN, GRU and LSTM (ONNX semantics, opset 14). The kernel brings the operands to
// one canonical form (layout 0, every optional input materialized) and runs one native cell loop
// (native/src/rnn.cc, Note [RNN cell loop]). No gradient yet: backward through them throws.
import { ArgumentError, ShapeError } from '../errors.js';
import { runKernel } from '../native.js';
import { shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { transposeView } from '../views.js';
import { type AttrReader, type KernelContext, defineOp } from './registry.js';
import type { Dim, IOSpec } from './types.js';

type Cell = 'RNN' | 'GRU' | 'LSTM';
const GATES: Record<Cell, number> = { RNN: 1, GRU: 3, LSTM: 4 };
const DEFAULT_ACTS: Record<Cell, string[]> = {
  RNN: ['Tanh'],
  GRU: ['Sigmoid', 'Tanh'],
  LSTM: ['Sigmoid', 'Tanh', 'Tanh'],
};

function directions(op: string, attrs: AttrReader): boolean[] {
  const d = attrs.string('direction');
  if (d === 'forward') return [false];
  if (d === 'reverse') return [true];
  if (d === 'bidirectional') return [false, true];
  throw new ArgumentError(`${op}: direction '${d}' is not forward, reverse or bidirectional`);
}

function layoutOf(op: string, attrs: AttrReader): number {
  const l = attrs.int('layout');
  if (l !== 0 && l !== 1) throw new ArgumentError(`${op}: layout must be 0 or 1, got ${l}`);
  return l;
}

function activations(op: Cell, attrs: AttrReader, dirs: number): string[] {
  const per = DEFAULT_ACTS[op].length;
  const acts = attrs.has('activations') ? attrs.strings('activations') : [];
  if (acts.length === 0) return Array.from({ length: dirs }, () => DEFAULT_ACTS[op]).flat();
  if (acts.length === per && dirs === 2) return [...acts, ...acts];
  if (acts.length !== per * dirs) {
    throw new ArgumentError(
      `${op}: expected ${per * dirs} activations for ${dirs} direction(s), got ${acts.length}`,
    );
  }
  return acts;
}

function defineRecurrent(op: Cell): void {
  const lstm = op === 'LSTM';
  const inputs: IOSpec[] = [
    { name: 'X' },
    { name: 'W' },
    { name: 'R' },
    { name: 'B', optional: true },
    { name: 'sequence_lens', optional: true, nonDifferentiable: true },
    { name: 'initial_h', optional: true },
  ];
  if (lstm) inputs.push({ name: 'initial_c', optional: true }, { name: 'P', optional: true });
  const outputs: IOSpec[] = [
    { name: 'Y', optional: true },
    { name: 'Y_h', optional: true },
  ];
  if (lstm) outputs.push({ name: 'Y_c', optional: true });
  defineOp({
    name: op,
    doc: `${op} layer (ONNX semantics): directions, layout 0/1, activations, clip, sequence_lens.`,
    inputs,
    outputs,
    attrs: {
      activation_alpha: { type: 'floats' },
      activation_beta: { type: 'floats' },
      activations: { type: 'strings' },
      clip: { type: 'float' },
      direction: { type: 'string', default: 'forward' },
      hidden_size: { type: 'int' },
      layout: { type: 'int', default: 0 },
      ...(op === 'GRU' ? { linear_before_reset: { type: 'int', default: 0 } } : {}),
      ...(lstm ? { input_forget: { type: 'int', default: 0 } } : {}),
    },
    dtypes: ['float32', 'float64'],
    infer: (ctx) => {
      const x = ctx.input(0);
      const dirs = directions(op, ctx.attrs).length;
      const layout = layoutOf(op, ctx.attrs);
      const r = ctx.input(2);
      let hidden: Dim = ctx.attrs.has('hidden_size') ? ctx.attrs.int('hidden_size') : null;
      if (hidden === null && r.shape) hidden = r.shape[2] ?? null;
      if (x.shape && x.shape.length !== 3)
        throw new ShapeError(`${op}: X must have rank 3, got ${shapeStr(x.shape)}`);
      const [a, b] = x.shape ? [x.shape[0], x.shape[1]] : [null, null];
      const [seq, batch] = layout === 0 ? [a, b] : [b, a];
      const dtype = x.dtype ?? 'float32';
      const y = layout === 0 ? [seq, dirs, batch, hidden] : [batch, seq, dirs, hidden];
      const h = layout === 0 ? [dirs, batch, hidden] : [batch, dirs, hidden];
      return [
        { dtype, shape: y },
        { dtype, shape: h },
        ...(lstm ? [{ dtype, shape: [...h] }] : []),
      ];
    },
    kernel: (ctx) => recurrentKernel(op, ctx),
  });
}

/** Layout-0 contiguous copy of a [batch-first] operand, or the operand itself. */
function batchMajorToSeq(t: Tensor, layout: number): Tensor {
  return (layout === 1 ? transposeView(t, [1, 0, 2]) : t).contiguous();
}

function recurrentKernel(op: Cell, ctx: KernelContext): Tensor[] {
  const lstm = op === 'LSTM';
  const revs = directions(op, ctx.attrs);
  const D = revs.length;
  const layout = layoutOf(op, ctx.attrs);
  const x = batchMajorToSeq(ctx.input(0), layout);
  const [S, B] = x.shape;
  const w = ctx.input(1).contiguous();
  const r = ctx.input(2).contiguous();
  const G = GATES[op];
  if (w.rank !== 3 || w.shape[0] !== D || w.shape[1] % G !== 0) {
    throw new ShapeError(
      `${op}: W must be [${D}, ${G}*hidden_size, input_size], got ${shapeStr(w.shape)}`,
    );
  }
  const H = w.shape[1] / G;
  if (ctx.attrs.has('hidden_size') && ctx.attrs.int('hidden_size') !== H) {
    throw new ShapeError(
      `${op}: hidden_size ${ctx.attrs.int('hidden_size')} does not match W ${shapeStr(w.shape)}`,
    );
  }
  const dtype = x.dtype;
  const given = (i: number) =>
    ctx.inputs[i] && ctx.inputs[i]!.size > 0 ? ctx.inputs[i] : undefined;
  const bias = given(3)?.contiguous() ?? Tensor.zeros([D, 2 * G * H], dtype);
  const lensIn = given(4);
  const lens = lensIn
    ? Tensor.from(
        lensIn.toNumbers().map((v) => BigInt(v)),
        'int64',
        [B],
      )
    : Tensor.from(new BigInt64Array(B).fill(BigInt(S)), 'int64', [B]);
  const state = (i: number) =>
    given(i) ? batchMajorToSeq(given(i)!, layout) : Tensor.zeros([D, B, H], dtype);
  const ins = [x, w, r, bias, lens, state(5)];
  if (lstm) ins.push(state(6), given(7)?.contiguous() ?? Tensor.zeros([D, 3 * H], dtype));
  const y = ctx.alloc(dtype, [S, D, B, H]);
  const outs = [y, ctx.alloc(dtype, [D, B, H])];
  if (lstm) outs.push(ctx.alloc(dtype, [D, B, H]));
  const attrs: Record<string, number | string | number[]> = {
    reverse: revs.map((v) => (v ? 1 : 0)),
    activations: activations(op, ctx.attrs, D).join(','),
    clip: ctx.attrs.has('clip') ? ctx.attrs.float('clip') : 0,
  };
  if (ctx.attrs.has('activation_alpha'))
    attrs.activation_alpha = ctx.attrs.floats('activation_alpha');
  if (ctx.attrs.has('activation_beta')) attrs.activation_beta = ctx.attrs.floats('activation_beta');
  if (op === 'GRU') attrs.linear_before_reset = ctx.attrs.int('linear_before_reset');
  if (lstm) attrs.input_forget = ctx.attrs.int('input_forget');
  runKernel(op, ins, outs, attrs);
  if (layout === 0) return outs;
  // Layout 1 is batch-major: Y [B, S, D, H], states [B, D, H].
  return [
    transposeView(y, [2, 0, 1, 3]).contiguous(),
    ...outs.slice(1).map((t) => transposeView(t, [1, 0, 2]).contiguous()),
  ];
}

defineRecurrent('RNN');
defineRecurrent('GRU');
defineRecurrent('LSTM');
