// Nodes of the recorded graph: one per op application that needs a gradient, plus one
// AccumulateGrad per leaf. Edges point from a node to the nodes of its inputs.
import type { AttrReader, OpDef } from '@tandem/core';
import type { Tensor } from '../tensor.js';

export interface Edge {
  node: GraphNode;
  /** Which output of `node` this edge carries the gradient of. */
  index: number;
}

export type Hook = (grad: Tensor) => Tensor | void;

let sequence = 0;

export abstract class GraphNode {
  /** Creation order: later nodes run first when several are ready (as PyTorch's engine). */
  readonly seq = sequence++;
  next: (Edge | null)[] = [];
  /** Hooks on the gradient of each output (registerHook on non-leaf tensors). */
  outputHooks = new Map<number, Hook[]>();
  abstract readonly name: string;
  abstract readonly numOutputs: number;
}

/** A recorded core op: what its gradient formula needs, saved at forward time. */
export class OpNode extends GraphNode {
  readonly name: string;
  released = false;

  constructor(
    readonly def: OpDef,
    readonly attrs: AttrReader,
    /** Inputs the formula reads (others undefined), with their versions at save time. */
    public savedInputs: (Tensor | undefined)[],
    public savedOutputs: (Tensor | undefined)[],
    readonly savedVersions: number[],
    readonly numOutputs: number,
    readonly savedOutputVersions: number[] = [],
  ) {
    super();
    this.name = `${def.name}Backward`;
  }

  release(): void {
    this.savedInputs = [];
    this.savedOutputs = [];
    this.released = true;
  }
}

/** Accumulates into a leaf's `.grad`. */
export class AccumulateGrad extends GraphNode {
  readonly name = 'AccumulateGrad';
  readonly numOutputs = 1;
  constructor(readonly variable: Tensor) {
    super();
  }
}

/** A user-defined autograd.Function application. */
export class FunctionNode extends GraphNode {
  constructor(
    readonly name: string,
    readonly numOutputs: number,
    readonly backward: (grads: (Tensor | undefined)[]) => (Tensor | undefined | null)[],
  ) {
    super();
  }
}
