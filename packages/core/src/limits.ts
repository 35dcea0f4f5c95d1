import { ResourceLimitError } from './errors.js';

/**
 * Resource limits, checked before anything is allocated. A tensor or model whose declared size is
 * over a limit is refused with a ResourceLimitError naming the limit and how to raise it.
 */
export interface Limits {
  /** Largest single tensor, in bytes. Default 4 GiB. */
  maxTensorBytes: number;
  /** Largest number of dims a tensor may have. */
  maxRank: number;
  /** Largest model file read into memory, in bytes. Default 8 GiB. */
  maxModelBytes: number;
}

const limits: Limits = { maxTensorBytes: 4 * 2 ** 30, maxRank: 64, maxModelBytes: 8 * 2 ** 30 };

export function getLimits(): Readonly<Limits> {
  return { ...limits };
}

export function setLimits(update: Partial<Limits>): void {
  for (const [k, v] of Object.entries(update)) {
    if (!(k in limits)) throw new ResourceLimitError(`unknown limit '${k}'`);
    if (typeof v !== 'number' || !(v > 0))
      throw new ResourceLimitError(`limit ${k} must be a positive number`);
    (limits as unknown as Record<string, number>)[k] = v;
  }
}

export function checkTensorBytes(bytes: number, what: string): void {
  if (!Number.isFinite(bytes) || bytes > limits.maxTensorBytes) {
    throw new ResourceLimitError(
      `${what} needs ${bytes} bytes, over the limit of ${limits.maxTensorBytes} ` +
        '(raise it with setLimits({ maxTensorBytes }))',
    );
  }
}
