// Registry invariants (STYLE.md §5): walk the op table once and check what every entry promises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GRADIENT_GAPS,
  isDifferentiable,
  listOps,
  nativeKernels,
  supportMarkdown,
} from '../src/index.js';

describe('op table invariants', () => {
  const ops = listOps();

  it('declares every op with inputs, outputs and inference', () => {
    for (const op of ops) {
      expect(op.outputs.length, op.name).toBeGreaterThan(0);
      expect(typeof op.infer, op.name).toBe('function');
      expect(typeof op.kernel, op.name).toBe('function');
    }
  });

  it('gives every differentiable op a gradient formula or a decomposition', () => {
    const missing = ops
      .filter((op) => isDifferentiable(op) && !op.grad && !op.decompose)
      .map((op) => op.name);
    expect(missing.sort()).toEqual(Object.keys(GRADIENT_GAPS).sort());
  });

  it('registers each native kernel name once', () => {
    expect(nativeKernels().filter((k) => k.startsWith('!duplicate:'))).toEqual([]);
  });

  it('keeps docs/operators.md in sync with the table', () => {
    const file = join(import.meta.dirname, '..', '..', '..', 'docs', 'operators.md');
    expect(readFileSync(file, 'utf8')).toBe(supportMarkdown());
  });
});
