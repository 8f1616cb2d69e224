import { concatBytes } from '../../chain/sdk';

/** The bank store's key layout (see README): the Cosmos SDK v0.50 x/bank prefixes. */
export const STORE_NAME = 'bank';

export const Keys = {
  supplyPrefix: Uint8Array.of(0x00),
  denomMetadataPrefix: Uint8Array.of(0x01),
  balancesPrefix: Uint8Array.of(0x02),
  sendEnabledPrefix: Uint8Array.of(0x04),
  params: Uint8Array.of(0x05),
} as const;

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** 0x02 ‖ len(addr) ‖ addr: the prefix of one address's balances. */
export function balancesPrefix(address: Uint8Array): Buffer {
  return concatBytes(Keys.balancesPrefix, Uint8Array.of(address.length), address);
}

export function balanceKey(address: Uint8Array, denom: string): Buffer {
  return concatBytes(balancesPrefix(address), utf8(denom));
}

export function supplyKey(denom: string): Buffer {
  return concatBytes(Keys.supplyPrefix, utf8(denom));
}

export function denomMetadataKey(denom: string): Buffer {
  return concatBytes(Keys.denomMetadataPrefix, utf8(denom));
}

export function sendEnabledKey(denom: string): Buffer {
  return concatBytes(Keys.sendEnabledPrefix, utf8(denom));
}

