import { concatBytes } from '../../chain/sdk';

/** The auth store's key layout (see README). */
export const STORE_NAME = 'auth';

export const Keys = {
  params: Uint8Array.of(0x00),
  accountPrefix: Uint8Array.of(0x01),
  globalAccountNumber: Uint8Array.of(0x02),
  feeDenom: Uint8Array.of(0x03),
} as const;

/** 0x01 ‖ address bytes (20): the SDK's AddressStoreKey. */
export function accountKey(address: Uint8Array): Buffer {
  return concatBytes(Keys.accountPrefix, address);
}
