import { concatBytes } from '../../chain/sdk';

/** The options store's key layout (see README). */
export const STORE_NAME = 'options';

/** The module account trading fees are paid to. */
export const FEE_ACCOUNT = 'fee_collector';

export const Keys = {
  params: Uint8Array.of(0x01),
  /** 0x02 ‖ instrument id → Instrument */
  instrumentPrefix: Uint8Array.of(0x02),
  /** 0x03 ‖ instrument id → InstrumentStats */
  statsPrefix: Uint8Array.of(0x03),
  /** 0x04 ‖ order id u64 BE → Order (pending and resting) */
  orderPrefix: Uint8Array.of(0x04),
  /** 0x05 ‖ owner (20) ‖ subaccount u32 BE ‖ client id u64 BE → order id: a subaccount's open orders */
  clientPrefix: Uint8Array.of(0x05),
  /** 0x06 ‖ order id u64 BE → (empty): orders accepted in this block, matched at its end */
  pendingPrefix: Uint8Array.of(0x06),
  /** 0x07 ‖ good-til-block u64 BE ‖ order id → (empty) */
  gtbPrefix: Uint8Array.of(0x07),
  /** 0x08 ‖ good-til-time u64 BE ‖ order id → (empty) */
  gttPrefix: Uint8Array.of(0x08),
  /** 0x09: next order id, u64 BE; 0x0a: next rest sequence, u64 BE */
  nextOrderId: Uint8Array.of(0x09),
  nextRestSeq: Uint8Array.of(0x0a),
  /** 0x0b ‖ expiry u64 BE ‖ instrument id → (empty): active instruments by expiry */
  expiryPrefix: Uint8Array.of(0x0b),
  /** 0x0c ‖ len(instrument id) u8 ‖ instrument id ‖ order id u64 BE → (empty): open orders by instrument */
  instrumentOrdersPrefix: Uint8Array.of(0x0c),
  /** 0x0d ‖ combo id u64 BE → Combo (pending in this block only) */
  comboPrefix: Uint8Array.of(0x0d),
  /** 0x0e ‖ owner (20) ‖ subaccount u32 BE → DeadManSwitch */
  deadManPrefix: Uint8Array.of(0x0e),
  /** 0x0f ‖ height u64 BE ‖ owner (20) ‖ subaccount u32 BE → (empty): switches by height */
  deadManByHeightPrefix: Uint8Array.of(0x0f),
  /** 0x10 ‖ owner (20) ‖ subaccount u32 BE ‖ underlying → MmpConfig; 0x11 ‖ the same → MmpState */
  mmpConfigPrefix: Uint8Array.of(0x10),
  mmpStatePrefix: Uint8Array.of(0x11),
  /** 0x12 ‖ sha256(tx) → timeout height u64 BE: sequence-free order txs seen (replay protection) */
  shortTermTxPrefix: Uint8Array.of(0x12),
  /** 0x13 ‖ timeout height u64 BE ‖ sha256(tx) → (empty): the same, by height (pruning) */
  shortTermByHeightPrefix: Uint8Array.of(0x13),
  /** 0x14 ‖ rfq id → Rfq; 0x15 ‖ rfq id ‖ quote id → Quote; 0x16 ‖ quote id → rfq id */
  rfqPrefix: Uint8Array.of(0x14),
  quotePrefix: Uint8Array.of(0x15),
  quoteIndexPrefix: Uint8Array.of(0x16),
  /** 0x17 ‖ len(underlying) u8 ‖ underlying ‖ expiry u64 BE → SettlementPrice */
  settlementPricePrefix: Uint8Array.of(0x17),
  /** 0x18 ‖ expiry u64 BE ‖ instrument id → (empty): expired instruments waiting for settlement */
  settleQueuePrefix: Uint8Array.of(0x18),
} as const;

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

export function u64be(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export const instrumentKey = (id: string): Buffer => concatBytes(Keys.instrumentPrefix, utf8(id));
export const statsKey = (id: string): Buffer => concatBytes(Keys.statsPrefix, utf8(id));
export const orderKey = (id: bigint): Buffer => concatBytes(Keys.orderPrefix, u64be(id));
export const subaccountOrdersPrefix = (owner: Uint8Array, subaccount: number): Buffer => concatBytes(Keys.clientPrefix, owner, u32be(subaccount));
export const clientKey = (owner: Uint8Array, subaccount: number, clientId: bigint): Buffer => concatBytes(subaccountOrdersPrefix(owner, subaccount), u64be(clientId));
export const pendingKey = (id: bigint): Buffer => concatBytes(Keys.pendingPrefix, u64be(id));
export const gtbKey = (height: bigint, id: bigint): Buffer => concatBytes(Keys.gtbPrefix, u64be(height), u64be(id));
export const gttKey = (time: bigint, id: bigint): Buffer => concatBytes(Keys.gttPrefix, u64be(time), u64be(id));
export const expiryKey = (expiry: bigint, id: string): Buffer => concatBytes(Keys.expiryPrefix, u64be(expiry), utf8(id));
export const instrumentOrdersPrefix = (instrumentId: string): Buffer => {
  const id = utf8(instrumentId);
  return concatBytes(Keys.instrumentOrdersPrefix, Uint8Array.of(id.length), id);
};
export const instrumentOrderKey = (instrumentId: string, orderId: bigint): Buffer => concatBytes(instrumentOrdersPrefix(instrumentId), u64be(orderId));
export const comboKey = (id: bigint): Buffer => concatBytes(Keys.comboPrefix, u64be(id));
export const deadManKey = (owner: Uint8Array, subaccount: number): Buffer => concatBytes(Keys.deadManPrefix, owner, u32be(subaccount));
export const deadManByHeightKey = (height: bigint, owner: Uint8Array, subaccount: number): Buffer => concatBytes(Keys.deadManByHeightPrefix, u64be(height), owner, u32be(subaccount));
export const mmpConfigKey = (owner: Uint8Array, subaccount: number, underlying: string): Buffer => concatBytes(Keys.mmpConfigPrefix, owner, u32be(subaccount), utf8(underlying));
export const mmpStateKey = (owner: Uint8Array, subaccount: number, underlying: string): Buffer => concatBytes(Keys.mmpStatePrefix, owner, u32be(subaccount), utf8(underlying));
export const shortTermTxKey = (hash: Uint8Array): Buffer => concatBytes(Keys.shortTermTxPrefix, hash);
export const shortTermByHeightKey = (height: bigint, hash: Uint8Array): Buffer => concatBytes(Keys.shortTermByHeightPrefix, u64be(height), hash);
export const rfqKey = (id: bigint): Buffer => concatBytes(Keys.rfqPrefix, u64be(id));
export const rfqQuotesPrefix = (rfqId: bigint): Buffer => concatBytes(Keys.quotePrefix, u64be(rfqId));
export const quoteKey = (rfqId: bigint, id: bigint): Buffer => concatBytes(rfqQuotesPrefix(rfqId), u64be(id));
export const quoteIndexKey = (id: bigint): Buffer => concatBytes(Keys.quoteIndexPrefix, u64be(id));
export const settlementPriceKey = (underlying: string, expiry: bigint): Buffer => {
  const u = utf8(underlying);
  return concatBytes(Keys.settlementPricePrefix, Uint8Array.of(u.length), u, u64be(expiry));
};
export const settleQueueKey = (expiry: bigint, id: string): Buffer => concatBytes(Keys.settleQueuePrefix, u64be(expiry), utf8(id));
