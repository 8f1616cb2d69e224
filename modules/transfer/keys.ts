import { concatBytes } from '../../chain/sdk';

/** The transfer store's key layout (see README): ibc-go v8 x/transfer's keys, so exports and proofs look the same. */
export const STORE_NAME = 'transfer';
/** The port ICS-20 binds to, its channel version, and the voucher denom prefix. */
export const PORT_ID = 'transfer';
export const VERSION = 'ics20-1';
export const DENOM_PREFIX = 'ibc';
/** The module account that mints and burns vouchers. */
export const MODULE_ACCOUNT = 'transfer';

export const Keys = {
  /** 0x01 → the bound port id (ibc-go's PortKey) */
  port: Uint8Array.of(0x01),
  /** 0x02 ‖ sha256(full denom path) → ibc.applications.transfer.v1.DenomTrace */
  denomTracePrefix: Uint8Array.of(0x02),
  /** "params" → ibc.applications.transfer.v1.Params */
  params: Buffer.from('params', 'utf8'),
  /** "totalEscrowForDenom/" ‖ denom → cosmos.base.v1beta1.IntProto (deleted at zero) */
  totalEscrowPrefix: Buffer.from('totalEscrowForDenom/', 'utf8'),
} as const;

export const denomTraceKey = (hash: Uint8Array): Buffer => concatBytes(Keys.denomTracePrefix, hash);
export const totalEscrowKey = (denom: string): Buffer => concatBytes(Keys.totalEscrowPrefix, Buffer.from(denom, 'utf8'));
