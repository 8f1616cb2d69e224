import type { Event, ExecTxResult } from 'cosmjs-types/tendermint/abci/types';

/**
 * The tx (and block, see markIndexedEvents) event attributes CometBFT's kv indexers write by default: what wallets, CosmJS's searchTx
 * and explorers query (sender, action, module, transfers, fee payer, account/sequence). Every other
 * attribute (amounts, signatures, msg_index, coin_spent/coin_received) is still returned in
 * FinalizeBlock and by /block_results and GetTx, only not indexed. Like the Cosmos SDK's
 * `index-events`; tx.hash and tx.height are always indexed by CometBFT itself.
 */
export const DEFAULT_INDEX_EVENTS: readonly string[] = [
  'message.sender',
  'message.action',
  'message.module',
  'transfer.sender',
  'transfer.recipient',
  'tx.fee_payer',
  'tx.acc_seq',
  // IBC: what relayers search for (Hermes clears packets and the Go relayer finds stuck ones by tx_search on
  // these; both watch update_client for misbehaviour)
  ...['send_packet', 'recv_packet', 'write_acknowledgement', 'acknowledge_packet', 'timeout_packet'].flatMap((e) =>
    ['packet_src_port', 'packet_src_channel', 'packet_dst_port', 'packet_dst_channel', 'packet_sequence'].map((k) => `${e}.${k}`)),
  'update_client.client_id',
  'update_client.consensus_height',
];

/**
 * Sets each tx event attribute's `index` flag: true iff `type.key` is listed (an empty list indexes
 * everything). Node-local: CometBFT hashes only code, data and gas of a tx result into the block
 * (LastResultsHash), never its events, so nodes with different lists agree on every block. Each
 * indexed attribute costs CometBFT a kv row per tx plus its leveldb compaction: ~60% of CometBFT's
 * CPU at 1,000 tx/s with all ~20 attributes of a send indexed (docs/performance.md §5.5).
 */
export function markIndexedAttributes(results: ExecTxResult[], indexed: ReadonlySet<string>): void {
  for (const r of results) markIndexedEvents(r.events, indexed);
}

/**
 * The same for the block's own events (FinalizeBlock's `events`: begin and end of block), which
 * CometBFT's kv block indexer writes for block_search. Not hashed into any block either. The options
 * module's end of block emits several events per order (EventOrderDone, EventFill, margin's
 * EventPositionChanged for each side of a fill): indexing all their attributes cost CometBFT a
 * database row each (docs/performance.md, "Orders through the devnet").
 */
export function markIndexedEvents(events: Event[], indexed: ReadonlySet<string>): void {
  if (indexed.size === 0) return;
  for (const e of events) {
    for (const a of e.attributes) a.index = indexed.has(`${e.type}.${a.key}`);
  }
}
