/** CometBFT's [mempool] limits, as the node's config.toml sets them (size, max_txs_bytes). */
export interface MempoolLimits {
  maxTxs: number;
  maxTxsBytes: number;
}

/**
 * An upper bound on what CometBFT's mempool holds, so CheckTx can refuse a tx that CometBFT would
 * drop after the app accepted it. CometBFT checks "full" again when CheckTx answers OK
 * (CListMempool.resCbFirstTime) and then silently drops the tx; the app's check state has already
 * advanced that account's sequence, so the account's next txs fail until the next Commit. Refusing
 * in CheckTx instead leaves the check state untouched and tells the client to retry.
 *
 * Counted since the last Commit: every recheck (CometBFT rechecks what is left after a block, with
 * its mempool locked, so they arrive before any new tx) and every new tx the app accepted. Rechecks
 * count whatever their verdict: a failed one is normally removed, but if rechecking outlasts
 * CometBFT's recheck_timeout the tx stays regardless; over-counting only refuses a little early until
 * the next block, under-counting would bring the silent drop back. Needs recheck on (the default):
 * without rechecks the app cannot know what is left after a block.
 */
export class MempoolMirror {
  private txs = 0;
  private bytes = 0;

  constructor(readonly limits: MempoolLimits) {}

  /** CometBFT's isFull for one more tx of this size. */
  wouldOverflow(txBytes: number): boolean {
    return this.txs >= this.limits.maxTxs || this.bytes + txBytes > this.limits.maxTxsBytes;
  }

  /** A tx that is (or, for a recheck, may still be) in CometBFT's mempool. */
  add(txBytes: number): void {
    this.txs++;
    this.bytes += txBytes;
  }

  /** At Commit: CometBFT is about to remove the block's txs and recheck the rest. */
  reset(): void {
    this.txs = 0;
    this.bytes = 0;
  }

  get size(): { txs: number; bytes: number } {
    return { txs: this.txs, bytes: this.bytes };
  }
}
