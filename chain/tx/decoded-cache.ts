import type { MsgRegistration } from '../app';
import { sha256Latin1 } from '../store/hash';
import { GenerationalCache } from '../store/node-cache';
import { decodeTx, DecodedTx } from './decode';

/** Larger txs are decoded every time: a bank send is ~300 bytes, and this keeps the cache's memory bounded. */
const MAX_CACHED_TX_BYTES = 16 * 1024;

/**
 * Decoded txs by sha256 of their bytes, shared by CheckTx, recheck and FinalizeBlock, which all see
 * the same bytes (a tx is decoded once instead of 2–4 times). decodeTx is a pure function of the
 * bytes and the message registry, so a hit gives exactly what decoding again would; failures are
 * not cached and throw afresh. A DecodedTx is read-only to everyone who gets it.
 */
export class DecodedTxCache {
  private readonly cache: GenerationalCache<string, DecodedTx> | undefined;

  /** `capacity` 0 turns the cache off. */
  constructor(
    private readonly registry: ReadonlyMap<string, MsgRegistration>,
    capacity = 30_000,
  ) {
    this.cache = capacity > 0 ? new GenerationalCache(Math.max(2, capacity)) : undefined;
  }

  decode(bytes: Uint8Array): DecodedTx {
    if (!this.cache || bytes.length === 0 || bytes.length > MAX_CACHED_TX_BYTES) return decodeTx(bytes, this.registry);
    const key = sha256Latin1(bytes);
    let tx = this.cache.get(key);
    if (!tx) {
      // A copy, so the cached tx does not keep the ABCI frame it arrived in alive.
      tx = decodeTx(Uint8Array.from(bytes), this.registry);
      this.cache.put(key, tx);
    }
    return tx;
  }

  get stats(): { hits: number; misses: number } {
    return { hits: this.cache?.hits ?? 0, misses: this.cache?.misses ?? 0 };
  }
}
