// Graph optimization passes on the core IR (DESIGN.md "One graph IR"): every frontend gets them.
// Each pass is a pure function Graph -> Graph (Note [Pure passes] in util.ts).
import '../../ops/fused.js';
import type { Graph } from '../ir.js';
import { eliminateDeadCode } from './dce.js';
import { foldBatchNorm } from './fold-batchnorm.js';
import { type FoldOptions, foldConstants } from './fold-constants.js';
import { fuseActivations } from './fuse-activation.js';
import { removeIdentities } from './remove-identity.js';
import { cloneGraph } from './util.js';

export { eliminateDeadCode, foldBatchNorm, foldConstants, fuseActivations, removeIdentities };
export type { FoldOptions };
export { cloneGraph };

export interface OptimizeOptions extends FoldOptions {
  /**
   * 0: none (a copy). 1: exact rewrites — dead code, identities/inference Dropout, constant
   * folding. 2 (default): also BatchNormalization folding and activation fusion, which reorder
   * float arithmetic (results agree within float32 rounding).
   */
  level?: 0 | 1 | 2;
}

/**
 * The inference pipeline: returns an optimized copy of `graph`; `graph` is unchanged.
 *
 * @example
 * import { optimize, Executor } from '@tandem/core';
 * const plan = new Executor(optimize(graph, { level: 2 }));
 */
export function optimize(graph: Graph, opts: OptimizeOptions = {}): Graph {
  const level = opts.level ?? 2;
  if (level === 0) return cloneGraph(graph);
  let g = eliminateDeadCode(graph);
  g = removeIdentities(g);
  g = foldConstants(g, opts);
  if (level >= 2) {
    g = foldBatchNorm(g);
    g = fuseActivations(g);
  }
  return eliminateDeadCode(g);
}
