// Caffe2 uses core's one error hierarchy (DESIGN.md "Errors"); these helpers only label messages.
export {
  ArgumentError,
  DTypeError,
  MalformedModelError,
  ResourceLimitError,
  ShapeError,
  TandemError,
  UnsupportedOperatorError,
} from '@tandem/core';

/** "operator #3 (Conv)" — how every message names an operator of a net. */
export function opLabel(index: number, type: string, netName?: string): string {
  return `${netName ? `net '${netName}' ` : ''}operator #${index} (${type || 'no type'})`;
}
