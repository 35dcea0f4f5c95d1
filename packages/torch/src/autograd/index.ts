export { backward, grad, type GradOptions } from './api.js';
export type { BackwardOptions } from './engine.js';
export { GraphNode, OpNode, AccumulateGrad, FunctionNode, type Hook } from './node.js';
export { Function, FunctionCtx } from './function.js';
