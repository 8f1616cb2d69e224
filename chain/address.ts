import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { Errors } from './errors';

/** Bech32 prefix of settle account addresses. */
export const ACCOUNT_PREFIX = 'settle';

/** Decodes a settle account address (bech32, prefix `settle`, 20 or 32 bytes) or throws invalid address. */
export function addressBytes(address: string): Uint8Array {
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
