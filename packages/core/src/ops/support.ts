// The walk over the op table that both the registry-invariant test and the operator-support
// document use (STYLE.md §5).
import { listOps, type OpDef } from './registry.js';

/**
 * Differentiable ops whose gradient is not written yet, with the reason: the one place such gaps
 * are declared (the registry test fails when an op is missing here, or listed but fixed).
 */
export const GRADIENT_GAPS: Readonly<Record<string, string>> = {
  LSTM: 'backward through the recurrent kernels is not implemented yet',
  GRU: 'backward through the recurrent kernels is not implemented yet',
  RNN: 'backward through the recurrent kernels is not implemented yet',
  Det: 'needs a matrix inverse op',
  GridSample: 'needs a scatter-add of bilinear weights (GridSampleGrad) kernel',
};

export interface OpSupport {
  name: string;
  domain: string;
  inputs: string;
  outputs: string;
  attrs: string;
  dtypes: string;
  gradient: 'formula' | 'decomposition' | 'none';
  implementation: 'kernel' | 'decomposition';
}

/** Ops whose outputs carry no gradient by nature (comparisons, indices, shapes, randomness). */
export function isDifferentiable(def: OpDef): boolean {
  if (def.traits.some((t) => t === 'shape' || t === 'random' || t === 'nondifferentiable'))
    return false;
  // Generators (no inputs) and ops whose every input is an index or a shape.
  if (def.inputs.every((i) => i.nonDifferentiable)) return false;
  return !def.dtypes || def.dtypes.some((d) => d.startsWith('float') || d === 'bfloat16');
}

export function supportTable(): OpSupport[] {
  return listOps().map((def) => ({
    name: def.name,
    domain: def.domain || 'ai.onnx',
    inputs: def.inputs
      .map((i) => `${i.name}${i.optional ? '?' : ''}${i.variadic ? '…' : ''}`)
      .join(', '),
    outputs: def.outputs
      .map((o) => `${o.name}${o.optional ? '?' : ''}${o.variadic ? '…' : ''}`)
      .join(', '),
    attrs: Object.entries(def.attrs)
      .map(
        ([k, a]) =>
          `${k}${a.default !== undefined ? `=${JSON.stringify(a.default)}` : a.required ? '!' : ''}`,
      )
      .join(', '),
    dtypes: def.dtypes ? def.dtypes.join(' ') : 'any',
    gradient: def.grad ? 'formula' : def.decompose ? 'decomposition' : 'none',
    implementation: def.decompose && !def.kernel ? 'decomposition' : 'kernel',
  }));
}

export function supportMarkdown(): string {
  const rows = supportTable();
  const lines = [
    '# Operators',
    '',
    'Generated from the op table by `pnpm --filter @tandem/tools ops-doc`; a test keeps it current.',
    '',
    `${rows.length} operators. Canonical forms follow ONNX's latest opset <= 17; older forms are rewritten on import.`,
    '',
    '| op | domain | inputs | outputs | attributes | dtypes | gradient |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.domain} | ${r.inputs} | ${r.outputs} | ${r.attrs.replace(/\|/g, '\\|')} | ${r.dtypes} | ${r.gradient} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
