import { concatBytes } from '../../chain/sdk';

/** The bridge store's key layout (see README "State"). u64 values are big-endian. */
export const STORE_NAME = 'bridge';

/** The module account that mints credited deposits and burns withdrawals (minter, burner). */
export const MODULE_ACCOUNT = 'bridge';

export const Keys = {
  params: Uint8Array.of(0x01),
  /** 0x02 ‖ validator consensus address (20) → BridgeKey */
  keyPrefix: Uint8Array.of(0x02),
  /** 0x03 ‖ nonce u64 → Valset */
  valsetPrefix: Uint8Array.of(0x03),
  /** 0x04 → latest valset nonce, u64 (absent: no set yet) */
  latestValset: Uint8Array.of(0x04),
  /** 0x05 ‖ nonce u64 → Anchor */
  anchorPrefix: Uint8Array.of(0x05),
  /** 0x06 → last anchor nonce, u64 (absent: none) */
  lastAnchor: Uint8Array.of(0x06),
  /** 0x07 ‖ seq u64 → Attestation */
  attestationPrefix: Uint8Array.of(0x07),
  /** 0x08 → the next attestation seq, u64 (absent: 1) */
  nextSeq: Uint8Array.of(0x08),
  /** 0x09 ‖ seq u64 ‖ EVM address (20) → 65-byte signature */
  signaturePrefix: Uint8Array.of(0x09),
  /** 0x0a → last credited deposit nonce, u64 (absent: 0) */
  lastDeposit: Uint8Array.of(0x0a),
  /** 0x0b ‖ nonce u64 → DepositRecord */
  depositPrefix: Uint8Array.of(0x0b),
  /** 0x0c ‖ id u64 → Withdrawal */
  withdrawalPrefix: Uint8Array.of(0x0c),
  /** 0x0d → the next withdrawal id, u64 (absent: 1) */
  nextWithdrawal: Uint8Array.of(0x0d),
  /** 0x0e → the first withdrawal id not yet in an anchor, u64 (absent: 1) */
  firstUnanchored: Uint8Array.of(0x0e),
  /** 0x0f → Totals */
  totals: Uint8Array.of(0x0f),
  /** 0x10 ‖ id u64 → Settlement */
  settlementPrefix: Uint8Array.of(0x10),
  /** 0x11 → the next settlement id, u64 (absent: 1) */
  nextSettlement: Uint8Array.of(0x11),
  /** 0x12 → the first settlement id not yet in an anchor, u64 (absent: 1) */
  firstUnrooted: Uint8Array.of(0x12),
  /** 0x13 → the oldest attestation seq not yet complete, u64 (absent: 1) */
  firstIncomplete: Uint8Array.of(0x13),
} as const;

const u64 = (n: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
};

export const keyKey = (validator: Uint8Array): Buffer => concatBytes(Keys.keyPrefix, validator);
export const valsetKey = (nonce: bigint): Buffer => concatBytes(Keys.valsetPrefix, u64(nonce));
export const anchorKey = (nonce: bigint): Buffer => concatBytes(Keys.anchorPrefix, u64(nonce));
export const attestationKey = (seq: bigint): Buffer => concatBytes(Keys.attestationPrefix, u64(seq));
export const signaturesPrefix = (seq: bigint): Buffer => concatBytes(Keys.signaturePrefix, u64(seq));
export const signatureKey = (seq: bigint, evm: Uint8Array): Buffer => concatBytes(Keys.signaturePrefix, u64(seq), evm);
export const depositKey = (nonce: bigint): Buffer => concatBytes(Keys.depositPrefix, u64(nonce));
export const withdrawalKey = (id: bigint): Buffer => concatBytes(Keys.withdrawalPrefix, u64(id));
export const settlementKey = (id: bigint): Buffer => concatBytes(Keys.settlementPrefix, u64(id));
export { u64 as u64Bytes };
export const readU64 = (b: Uint8Array | undefined, absent: bigint): bigint => (b ? Buffer.from(b).readBigUInt64BE(0) : absent);
