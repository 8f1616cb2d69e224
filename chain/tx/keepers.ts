import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import type { Context } from '../app';

/** What the ante pipeline needs of an account. */
export interface SignerAccount {
  address: string;
  accountNumber: bigint;
  sequence: bigint;
  /** Compressed secp256k1 public key (33 bytes), once the account has signed. */
  pubKey?: Uint8Array;
}

/** Tx parameters, kept by the auth module (cosmos.auth.v1beta1.Params plus settle's fee denom). */
export interface TxParams {
  maxMemoCharacters: number;
  txSigLimit: number;
  txSizeCostPerByte: bigint;
  sigVerifyCostSecp256k1: bigint;
  /** The only denom fees are paid in. */
  feeDenom: string;
}

/** Implemented by the auth module. */
export interface AccountKeeper {
  getSignerAccount(ctx: Context, address: string): SignerAccount | undefined;
  /** Stores the account's new sequence, and its public key when it signs for the first time. */
  setSequenceAndPubKey(ctx: Context, address: string, sequence: bigint, pubKey: Uint8Array | undefined): void;
  txParams(ctx: Context): TxParams;
}

/** Implemented by the bank module: moves the fee from the payer to the fee collector module account. */
export interface FeeKeeper {
  /** Throws a registered error (insufficient funds) and changes nothing if the payer cannot pay. */
  deductFee(ctx: Context, payer: string, fee: Coin[]): void;
}
