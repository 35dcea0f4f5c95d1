// int64 protobuf fields arrive as Long objects (or numbers); these convert them exactly.
interface LongLike {
  low: number;
  high: number;
  unsigned?: boolean;
}

export type Int64Like = number | bigint | LongLike | null | undefined;

export function toBigInt(v: Int64Like): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  const lo = BigInt(v.low >>> 0);
  const hi = BigInt(v.high >>> 0);
  const u = (hi << 32n) | lo;
  return v.unsigned ? u : BigInt.asIntN(64, u);
}

/** As a JS number; values past 2^53 saturate to ±MAX_SAFE_INTEGER-ish doubles (used for dims/attrs). */
export function toNumber(v: Int64Like): number {
  if (typeof v === 'number') return v;
  return Number(toBigInt(v));
}
