import { GenerationalCache } from '../../chain/sdk';
import type { Account } from './keeper';

/**
 * Accounts decoded from their stored bytes. One ante pass reads the signer's account twice (check,
 * then sequence bump), and FinalizeBlock reads the same bytes CheckTx did; each decode is three
 * protobuf messages (Any, BaseAccount, PubKey). Keyed by the exact bytes, so a hit is what decoding
 * would give; every caller gets its own copy, since callers change the account they get.
 */
export class DecodedAccountCache {
  private readonly cache = new GenerationalCache<string, Account>(20_000);

  get(raw: Uint8Array, decode: (raw: Uint8Array) => Account): Account {
    const key = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
    let a = this.cache.get(key);
    if (!a) {
      a = decode(raw); // throws for bytes that are not an account: never cached
      this.cache.put(key, copyAccount(a));
      return a;
    }
    return copyAccount(a);
  }
}

/** A deep copy with the same own properties as a decoded account (pubKey and module only when present). */
export function copyAccount(a: Account): Account {
  const c: Account = { address: a.address, accountNumber: a.accountNumber, sequence: a.sequence };
  if (a.pubKey) c.pubKey = Uint8Array.from(a.pubKey);
  if (a.module) c.module = { name: a.module.name, permissions: [...a.module.permissions] };
  return c;
}
