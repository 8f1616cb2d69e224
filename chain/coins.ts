import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { type AppError, Errors } from './errors';
import type { KVStore } from './store/types';

/** The Cosmos SDK's denom syntax. */
const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const AMOUNT = /^(0|[1-9][0-9]*)$/;
/** Amounts are bounded like the SDK's math.Int (256 bits). */
export const MAX_AMOUNT = (1n << 256n) - 1n;

/** A coin with its amount as an integer. */
export interface Amount {
  denom: string;
  amount: bigint;
}

/** Amounts are stored as decimal strings (the SDK's math.Int encoding). */
export function encodeAmount(v: bigint): Uint8Array {
  return Buffer.from(v.toString(), 'latin1');
}

/** A stored amount; a missing key is zero. */
export function decodeAmount(raw: Uint8Array | undefined): bigint {
  if (!raw) return 0n;
  return BigInt(Buffer.from(raw).toString('latin1'));
}

/** Stores an amount under `key`; zero deletes the key (zero amounts are never stored). */
export function writeAmount(store: KVStore, key: Uint8Array, amount: bigint): void {
  if (amount < 0n || amount > MAX_AMOUNT) throw Errors.logic.wrap(`stored amount ${amount} out of range`);
  if (amount === 0n) store.delete(key);
  else store.set(key, encodeAmount(amount));
}

export function validateDenom(denom: string): void {
  if (!DENOM.test(denom)) throw Errors.invalidCoins.wrap(`invalid denom: "${denom}"`);
}

export function parseAmount(amount: string, what = 'amount'): bigint {
  if (typeof amount !== 'string' || !AMOUNT.test(amount) || amount.length > 78) {
    throw Errors.invalidCoins.wrap(`invalid ${what}: "${amount}"`);
  }
  const v = BigInt(amount);
  if (v > MAX_AMOUNT) throw Errors.invalidCoins.wrap(`${what} ${amount} exceeds 2^256 - 1`);
  return v;
}

/**
 * A valid coin list as the SDK defines it (sdk.Coins.Validate): denoms valid, sorted, unique;
 * amounts positive. With `allowZero`, zero amounts pass too (the caller decides what they mean).
 */
export function parseCoins(coins: Coin[], what = 'coins', opts: { allowZero?: boolean } = {}): Amount[] {
  const out: Amount[] = [];
  for (const c of coins) {
    validateDenom(c.denom);
    const amount = parseAmount(c.amount, `${what} amount`);
    if (amount === 0n && !opts.allowZero) throw notPositive(what, c);
    const prev = out[out.length - 1];
    if (prev && prev.denom >= c.denom) {
      throw Errors.invalidCoins.wrap(`${what} must be sorted by denom and without duplicates: ${formatCoins(coins)}`);
    }
    out.push({ denom: c.denom, amount });
  }
  return out;
}

export function notPositive(what: string, c: Coin): AppError {
  return Errors.invalidCoins.wrap(`${what}: ${c.amount}${c.denom} is not positive`);
}

export function formatAmount(a: Amount): string {
  return `${a.amount}${a.denom}`;
}

/** The SDK's string form, e.g. "10uatom,5uusdc"; an empty list is "". */
export function formatCoins(coins: (Coin | Amount)[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(',');
}

export function toCoins(amounts: Amount[]): Coin[] {
  return amounts.map((a) => ({ denom: a.denom, amount: a.amount.toString() }));
}
