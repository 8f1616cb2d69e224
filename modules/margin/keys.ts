import { concatBytes } from '../../chain/sdk';

/** The margin store's key layout (see README). Owners are 20-byte account addresses. */
export const STORE_NAME = 'margin';

/** The module account that holds every subaccount's collateral. */
export const MODULE_ACCOUNT = 'margin';

export const Keys = {
  params: Uint8Array.of(0x01),
  /** 0x02 ‖ denom → CollateralAsset */
  assetPrefix: Uint8Array.of(0x02),
  /** 0x03 ‖ owner (20) ‖ number u32 BE → Subaccount */
  subaccountPrefix: Uint8Array.of(0x03),
  /** 0x04 ‖ owner (20) ‖ number u32 BE ‖ denom → amount (decimal string, base units; zero is never stored) */
  collateralPrefix: Uint8Array.of(0x04),
  /** 0x05 ‖ owner (20) ‖ number u32 BE ‖ instrument id → Position */
  positionPrefix: Uint8Array.of(0x05),
  /** 0x06 ‖ denom → total held by all subaccounts (decimal string; what deposit caps count) */
  totalPrefix: Uint8Array.of(0x06),
  /** 0x07 ‖ len(instrument id) u8 ‖ instrument id ‖ owner (20) ‖ number u32 BE → (empty): an instrument's holders */
  holderPrefix: Uint8Array.of(0x07),
  /** 0x08 ‖ instrument id → signed amount of the settlement denom: the instrument's clearing balance while it settles */
  clearingPrefix: Uint8Array.of(0x08),
} as const;

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** owner ‖ number: the 24 bytes that name a subaccount inside every per-subaccount key. */
export function subaccountId(owner: Uint8Array, number: number): Buffer {
  return concatBytes(owner, u32be(number));
}

export const assetKey = (denom: string): Buffer => concatBytes(Keys.assetPrefix, utf8(denom));
export const subaccountKey = (owner: Uint8Array, number: number): Buffer => concatBytes(Keys.subaccountPrefix, subaccountId(owner, number));
export const ownerSubaccountsPrefix = (owner: Uint8Array): Buffer => concatBytes(Keys.subaccountPrefix, owner);
export const collateralPrefix = (owner: Uint8Array, number: number): Buffer => concatBytes(Keys.collateralPrefix, subaccountId(owner, number));
export const collateralKey = (owner: Uint8Array, number: number, denom: string): Buffer => concatBytes(collateralPrefix(owner, number), utf8(denom));
export const positionPrefix = (owner: Uint8Array, number: number): Buffer => concatBytes(Keys.positionPrefix, subaccountId(owner, number));
export const positionKey = (owner: Uint8Array, number: number, instrumentId: string): Buffer => concatBytes(positionPrefix(owner, number), utf8(instrumentId));
export const totalKey = (denom: string): Buffer => concatBytes(Keys.totalPrefix, utf8(denom));
export const holdersPrefix = (instrumentId: string): Buffer => {
  const id = utf8(instrumentId);
  return concatBytes(Keys.holderPrefix, Uint8Array.of(id.length), id);
};
export const holderKey = (instrumentId: string, owner: Uint8Array, number: number): Buffer => concatBytes(holdersPrefix(instrumentId), subaccountId(owner, number));
export const clearingKey = (instrumentId: string): Buffer => concatBytes(Keys.clearingPrefix, utf8(instrumentId));
