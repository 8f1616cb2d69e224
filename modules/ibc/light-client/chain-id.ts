/**
 * Revision numbers from chain ids, as ibc-go's 02-client does (IsRevisionFormat, ParseChainID,
 * SetRevisionNumber): a chain id `{name}-{N}` with N ≥ 1 and no leading zero carries revision N;
 * any other chain id has revision 0. Heights compare by revision, then by height.
 */
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';

/** ibc-go's `^.*[^\n-]{1}[-]{1}[1-9][0-9]*$`. */
const REVISION_FORMAT = /^.*[^\n-]-[1-9][0-9]*$/;
const MAX_UINT64 = (1n << 64n) - 1n;

export function isRevisionFormat(chainId: string): boolean {
  return REVISION_FORMAT.test(chainId);
}

/** The revision number of a chain id; 0 when it is not in revision format (or N overflows uint64, as Go's ParseUint fails). */
export function parseChainId(chainId: string): bigint {
  if (!isRevisionFormat(chainId)) return 0n;
  const n = BigInt(chainId.slice(chainId.lastIndexOf('-') + 1));
  return n > MAX_UINT64 ? 0n : n;
}

/** The chain id with its revision number replaced; throws on a chain id not in revision format or a revision of 0. */
export function setRevisionNumber(chainId: string, revision: bigint): string {
  if (!isRevisionFormat(chainId)) throw new Error(`chain id ${chainId} is not in revision format`);
  if (revision <= 0n) throw new Error('revision number must be positive');
  return `${chainId.slice(0, chainId.lastIndexOf('-'))}-${revision}`;
}

export function compareHeights(a: Height, b: Height): number {
  if (a.revisionNumber !== b.revisionNumber) return a.revisionNumber < b.revisionNumber ? -1 : 1;
  if (a.revisionHeight !== b.revisionHeight) return a.revisionHeight < b.revisionHeight ? -1 : 1;
  return 0;
}

export function isZeroHeight(h: Height): boolean {
  return h.revisionNumber === 0n && h.revisionHeight === 0n;
}
