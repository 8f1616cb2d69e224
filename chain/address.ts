import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { createHash } from 'node:crypto';
import { Errors } from './errors';
import { GenerationalCache } from './store/node-cache';

/** Bech32 prefix of settle account addresses. */
export const ACCOUNT_PREFIX = 'settle';

/**
 * Valid addresses already decoded. A bank send decodes the same few addresses many times per tx
 * (validateBasic, every account and balance key, in CheckTx, recheck and FinalizeBlock), and a
 * bech32 decode costs ~5 µs. Bounded, and a pure function of the string, so it cannot change a result.
 */
const decodedAddresses = new GenerationalCache<string, Uint8Array>(100_000);

/** Decodes a settle account address (bech32, prefix `settle`, 20 or 32 bytes) or throws invalid address. */
export function addressBytes(address: string): Uint8Array {
  const hit = typeof address === 'string' ? decodedAddresses.get(address) : undefined;
  if (hit) return hit.slice(); // a copy: a caller may not change the cached bytes
  const bytes = decodeAddress(address);
  decodedAddresses.put(address, bytes.slice());
  return bytes;
}

function decodeAddress(address: string): Uint8Array {
  if (typeof address !== 'string' || address.length === 0) throw Errors.invalidAddress.wrap('empty address string is not allowed');
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(address, 90);
  } catch (err) {
    throw Errors.invalidAddress.wrap(`invalid address "${address}": ${(err as Error).message}`);
  }
  if (decoded.prefix !== ACCOUNT_PREFIX) {
    throw Errors.invalidAddress.wrap(`invalid address "${address}": expected prefix "${ACCOUNT_PREFIX}", got "${decoded.prefix}"`);
  }
  if (address !== address.toLowerCase()) throw Errors.invalidAddress.wrap(`invalid address "${address}": must be lower case`);
  if (decoded.data.length !== 20 && decoded.data.length !== 32) {
    throw Errors.invalidAddress.wrap(`invalid address "${address}": ${decoded.data.length} bytes, expected 20 or 32`);
  }
  return decoded.data;
}

export function accountAddress(bytes: Uint8Array): string {
  return toBech32(ACCOUNT_PREFIX, bytes);
}

/**
 * The Cosmos SDK's address of the "gov" module account (sha256("gov")[:20]): the default authority of
 * every module's governed messages.
 */
export const GOV_AUTHORITY = accountAddress(createHash('sha256').update('gov').digest().subarray(0, 20));
