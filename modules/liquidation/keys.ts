import { concatBytes } from '../../chain/sdk';

/** The liquidation store's key layout (see README). */
export const STORE_NAME = 'liquidation';

/** The module account that holds the insurance fund. */
export const INSURANCE_ACCOUNT = 'insurance';

export const Keys = {
  params: Uint8Array.of(0x01),
  /** 0x02 ‖ owner (20) ‖ number u32 BE → Auction */
  auctionPrefix: Uint8Array.of(0x02),
  /** 0x03 → InsuranceFund totals */
  fund: Uint8Array.of(0x03),
  /** 0x04 ‖ id u64 BE → LiquidationRecord */
  recordPrefix: Uint8Array.of(0x04),
  /** 0x05 → the next record id, u64 BE */
  nextRecordId: Uint8Array.of(0x05),
  /** 0x06 ‖ owner (20) ‖ number u32 BE → (empty): auctions whose subaccount has negative equity */
  bankruptPrefix: Uint8Array.of(0x06),
} as const;

export function subaccountId(owner: Uint8Array, number: number): Buffer {
  const n = Buffer.alloc(4);
  n.writeUInt32BE(number);
  return concatBytes(owner, n);
}

export function u64be(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

export const auctionKey = (owner: Uint8Array, number: number): Buffer => concatBytes(Keys.auctionPrefix, subaccountId(owner, number));
export const bankruptKey = (owner: Uint8Array, number: number): Buffer => concatBytes(Keys.bankruptPrefix, subaccountId(owner, number));
export const recordKey = (id: bigint): Buffer => concatBytes(Keys.recordPrefix, u64be(id));
