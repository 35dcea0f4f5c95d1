// The validation pass: everything that can be checked about a graph without running it.
import { MalformedModelError, TandemError } from '../errors.js';
import { AttrReader, getOp, resolveAttrs } from '../ops/registry.js';
import { shapeStr } from '../shape.js';
import { inferShapes } from './infer.js';
import { type Graph, nodeLabel, topoSort } from './ir.js';

export interface ValidationIssue {
  node?: string;
  message: string;
}

/**
 * Checks op names, attributes, arity, value definitions (no cycles, single producers), that the
 * graph outputs are computed, and that inferred output types agree with declared ones.
 * Returns every issue found; `assertValid` throws them as one MalformedModelError.
 */
export function validateGraph(graph: Graph): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const names = new Set<string>();
  for (const node of graph.nodes) {
    if (names.has(node.name))
      issues.push({ node: node.name, message: `${nodeLabel(node)}: node name is used twice` });
    names.add(node.name);
    try {
      const def = getOp(node.op);
      new AttrReader(node.op, resolveAttrs(def, node.attrs));
      const required = def.inputs.filter((s) => !s.optional && !s.variadic).length;
      const present = node.inputs.filter((n) => n).length;
      const variadic = def.inputs.at(-1)?.variadic;
      if (present < required)
        issues.push({
          node: node.name,
          message: `${nodeLabel(node)}: needs ${required} inputs, has ${present}`,
        });
      if (!variadic && node.inputs.length > def.inputs.length) {
        issues.push({
          node: node.name,
          message: `${nodeLabel(node)}: takes at most ${def.inputs.length} inputs, has ${node.inputs.length}`,
        });
      }
    } catch (e) {
      issues.push({ node: node.name, message: `${nodeLabel(node)}: ${(e as Error).message}` });
    }
  }
  let structural = false;
  try {
    topoSort(graph);
  } catch (e) {
    structural = true;
    issues.push({ message: (e as Error).message });
  }
  const produced = new Set([...graph.sourceNames(), ...graph.nodes.flatMap((n) => n.outputs)]);
  for (const o of graph.outputs) {
    if (!produced.has(o.name))
      issues.push({ message: `graph output '${o.name}' is never computed` });
  }
  if (!structural && issues.length === 0) {
    try {
      const infos = inferShapes(graph, { fold: true });
      for (const o of graph.outputs) {
        const info = infos.get(o.name);
        if (!info) continue;
        if (o.dtype && info.dtype && o.dtype !== info.dtype) {
          issues.push({
            message: `graph output '${o.name}' is declared ${o.dtype} but computes ${info.dtype}`,
          });
        }
        if (o.shape && info.shape) {
          const clash =
            o.shape.length !== info.shape.length ||
            o.shape.some(
              (d, i) =>
                typeof d === 'number' && typeof info.shape![i] === 'number' && d !== info.shape![i],
            );
          if (clash) {
            issues.push({
              message: `graph output '${o.name}' is declared ${shapeStr(o.shape)} but computes ${shapeStr(info.shape)}`,
            });
          }
        }
      }
    } catch (e) {
      issues.push({
        message: e instanceof TandemError || e instanceof Error ? e.message : String(e),
      });
    }
  }
  return issues;
}

export function assertValid(graph: Graph): void {
  const issues = validateGraph(graph);
  if (issues.length) {
    throw new MalformedModelError(
      `graph '${graph.name}' is invalid:\n  ${issues.map((i) => i.message).join('\n  ')}`,
    );
  }
}
