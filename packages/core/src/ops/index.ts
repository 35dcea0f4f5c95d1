// Loads every operator family (each file's defineOp calls register its ops once).
import './arithmetic.js';
import './unary-math.js';
import './activations.js';
import './compare-logic.js';
import './matmul.js';
import './reductions.js';
import './softmax.js';
import './normalization.js';
import './conv-pool.js';
import './shape-ops.js';
import './indexing.js';
import './generators.js';
import './losses.js';
import './internal.js';
import './rnn.js';
import './einsum.js';
import './control-flow.js';
import './misc-onnx.js';
import './quantize.js';
import './signal.js';
import './fused.js';

export * from './registry.js';
export * from './types.js';
export * from './infer.js';
export { defineUnary, defineBinary, unbroadcast } from './elementwise-helpers.js';
export * from './support.js';
