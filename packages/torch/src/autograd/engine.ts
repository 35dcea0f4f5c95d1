// The backward engine: walks the recorded graph from the roots in dependency order, running each
// node's gradient formula (core's, on the torch host) and accumulating into leaves.
import { Tensor as CoreTensor, ShapeError, copyStrided, shapeStr } from '@tandem/core';
import { apply, torchBuilder } from '../dispatch.js';
import { Tensor } from '../tensor.js';
import { Arena, withArena } from './arena.js';
import { isGradEnabled, setGradEnabled } from './grad-mode.js';
import { AccumulateGrad, FunctionNode, type GraphNode, type Hook, OpNode } from './node.js';

export interface BackwardOptions {
  retainGraph?: boolean;
  createGraph?: boolean;
}

interface Capture {
  node: GraphNode;
  index: number;
  grad?: Tensor;
}

function add(a: Tensor | undefined, b: Tensor): Tensor {
  return a ? apply('Add', [a, b])[0] : b;
}

function runHooks(hooks: Hook[] | undefined, g: Tensor): Tensor {
  for (const h of hooks ?? []) g = h(g) ?? g;
  return g;
}

/**
 * Runs backward from `roots` (tensor, its incoming gradient). With `captures`, gradients reaching
 * those (node, index) pairs are returned instead of accumulated into `.grad` (autograd.grad).
 */
export function runBackward(
  roots: Array<{ tensor: Tensor; grad: Tensor }>,
  opts: BackwardOptions,
  captures?: Capture[],
): void {
  const createGraph = opts.createGraph ?? false;
  const retain = opts.retainGraph ?? createGraph;
  // 1. Dependencies: how many edges point at each node from nodes reachable from the roots.
  const deps = new Map<GraphNode, number>();
  const seen = new Set<GraphNode>();
  const stack: GraphNode[] = [];
  for (const r of roots) {
    const n = r.tensor.gradFn ?? (r.tensor._requiresGrad ? r.tensor._gradAccumulator() : null);
    if (n && !seen.has(n)) {
      seen.add(n);
      stack.push(n);
    }
  }
  while (stack.length) {
    const n = stack.pop()!;
    for (const e of n.next) {
      if (!e) continue;
      deps.set(e.node, (deps.get(e.node) ?? 0) + 1);
      if (!seen.has(e.node)) {
        seen.add(e.node);
        stack.push(e.node);
      }
    }
  }
  // 2. Gradient buffers per node output; seed with the roots.
  const buffers = new Map<GraphNode, (Tensor | undefined)[]>();
  const put = (node: GraphNode, index: number, g: Tensor) => {
    let b = buffers.get(node);
    if (!b) buffers.set(node, (b = []));
    b[index] = add(b[index], g);
  };
  const ready: GraphNode[] = [];
  for (const r of roots) {
    const n = r.tensor.gradFn ?? r.tensor._gradAccumulator();
    put(n, r.tensor.gradFn ? r.tensor._outputIndex : 0, r.grad);
  }
  for (const n of seen) if (!deps.get(n) && buffers.has(n) && !ready.includes(n)) ready.push(n);
  const captureFor = new Map<GraphNode, Capture[]>();
  for (const c of captures ?? []) captureFor.set(c.node, [...(captureFor.get(c.node) ?? []), c]);

  // Note [Stealing gradients]: a leaf's first gradient may take over the buffer the formulas
  // produced instead of copying it, when nothing else can see that buffer: not a caller-supplied
  // gradient, not already given to another leaf, no hook saw it, and the graph is not retained.
  const ownership: Ownership = {
    hooksRan: false,
    retain,
    given: new Set(),
    callers: new Set(roots.map((r) => r.grad._value.buffer)),
  };
  // Note [Backward arena] (arena.ts): without graph recording, temporaries are recycled.
  const arena = createGraph ? undefined : new Arena();
  let userCode = false;
  const prevMode = isGradEnabled();
  setGradEnabled(createGraph);
  try {
    withArena(arena, () => {
      while (ready.length) {
        // Latest-created first, like PyTorch, so memory is released as early as possible.
        ready.sort((a, b) => a.seq - b.seq);
        const node = ready.pop()!;
        const grads = buffers.get(node) ?? [];
        buffers.delete(node);
        for (const [i, hooks] of node.outputHooks) {
          if (grads[i] && hooks.length) {
            ownership.hooksRan = true;
            grads[i] = runHooks(hooks, grads[i]!);
          }
        }
        const caps = captureFor.get(node);
        if (caps) for (const c of caps) if (grads[c.index]) c.grad = add(c.grad, grads[c.index]!);
        let inputGrads: (Tensor | undefined | null)[] = [];
        if (node instanceof AccumulateGrad) {
          if (!caps) accumulate(node.variable, grads[0], createGraph, ownership);
        } else if (node instanceof OpNode) {
          inputGrads = runOpNode(node, grads);
          if (!retain) node.release();
        } else if (node instanceof FunctionNode) {
          userCode = true;
          inputGrads = node.backward(grads);
        }
        node.next.forEach((e, i) => {
          if (!e) return;
          const g = inputGrads[i];
          if (g) put(e.node, e.index, g);
          const left = (deps.get(e.node) ?? 1) - 1;
          deps.set(e.node, left);
          if (left === 0 && buffers.has(e.node)) ready.push(e.node);
        });
      }
    });
    if (arena && !userCode && !ownership.hooksRan) {
      const escaped = new Set<ArrayBufferLike>(ownership.given);
      for (const c of captures ?? []) if (c.grad) escaped.add(c.grad._value.buffer);
      arena.recycle(escaped);
    }
  } finally {
    setGradEnabled(prevMode);
  }
}

function runOpNode(node: OpNode, grads: (Tensor | undefined)[]): (Tensor | undefined)[] {
  if (node.released) {
    throw new Error(
      `${node.name}: trying to backward through the graph a second time (or to read saved values after they were ` +
        'freed); pass { retainGraph: true } to the first backward',
    );
  }
  node.savedInputs.forEach((t, i) => {
    if (t && t._version.n !== node.savedVersions[i]) {
      throw new Error(
        `one of the variables needed for gradient computation has been modified by an inplace operation: ` +
          `input ${i} of ${node.name} is at version ${t._version.n}; expected version ${node.savedVersions[i]}`,
      );
    }
  });
  node.savedOutputs.forEach((t, i) => {
    if (t && t._version.n !== node.savedOutputVersions[i]) {
      throw new Error(
        `one of the variables needed for gradient computation has been modified by an inplace operation: ` +
          `output ${i} of ${node.name} is at version ${t._version.n}; expected version ${node.savedOutputVersions[i]}`,
      );
    }
  });
  if (!grads.some((g) => g)) return [];
  const result = node.def.grad!({
    b: torchBuilder,
    inputs: node.savedInputs,
    outputs: node.savedOutputs as Tensor[],
    gradOutputs: grads,
    attrs: node.attrs,
    needsGrad: (i) => node.next[i] !== null && node.next[i] !== undefined,
  });
  return result;
}

interface Ownership {
  hooksRan: boolean;
  retain: boolean;
  given: Set<ArrayBufferLike>;
  callers: Set<ArrayBufferLike>;
}

function canSteal(g: Tensor, own: Ownership): boolean {
  const v = g._value;
  const buf = v.buffer;
  return (
    !own.hooksRan &&
    !own.retain &&
    !own.given.has(buf) &&
    !own.callers.has(buf) &&
    v.offset === 0 &&
    v.isContiguous() &&
    v.size * v.itemSize === buf.byteLength
  );
}

function accumulate(
  leaf: Tensor,
  g: Tensor | undefined,
  createGraph: boolean,
  own: Ownership,
): void {
  if (!g) return;
  if (leaf._leafHooks.length) {
    own.hooksRan = true;
    g = runHooks(leaf._leafHooks, g);
  }
  if (g.shape.join() !== leaf.shape.join()) {
    throw new ShapeError(
      `gradient of shape ${shapeStr(g.shape)} does not match its leaf's shape ${shapeStr(leaf.shape)}`,
    );
  }
  if (!leaf.grad) {
    // A fresh tensor (never aliasing an intermediate), detached unless building a graph.
    if (createGraph) leaf.grad = g;
    else leaf.grad = canSteal(g, own) ? new Tensor(g._value) : cloneDetached(g);
    own.given.add(leaf.grad._value.buffer);
  } else if (createGraph) {
    leaf.grad = apply('Add', [leaf.grad, g])[0];
  } else {
    // In place, as PyTorch: keeps optimizer references to .grad valid.
    const sum = apply('Add', [leaf.grad.detach(), g.detach()])[0];
    leaf.grad._value = sum._value;
    own.given.add(sum._value.buffer);
  }
}

function cloneDetached(t: Tensor): Tensor {
  const copy = new CoreTensor(t.dtype, t.shape);
  copyStrided(t._value, copy);
  return new Tensor(copy);
}
