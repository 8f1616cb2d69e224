import type { Event } from 'cosmjs-types/tendermint/abci/types';
import type { KVReader, KVStore } from '../store';
import type { StoreKey } from './store-key';

/** Block facts every handler may read; all come from consensus (never from the local clock). */
export interface BlockInfo {
  height: number;
  /** Block time from the header, in nanoseconds since the Unix epoch. */
  timeNanos: bigint;
  chainId: string;
  proposerAddress: Uint8Array;
  /**
   * FinalizeBlock only: the app hash of the previous block (what CometBFT puts in this block's header),
   * absent for the first block and outside FinalizeBlock. The bridge anchors it.
   */
  lastAppHash?: Uint8Array;
}

/** Read access to module stores, by key (see store-key.ts): what both contexts below offer. */
export interface ReadContext {
  kvStore(key: StoreKey): KVReader;
}

/** What a state-changing handler gets: its block, its module's store (a branch) and an event sink. */
export interface Context extends ReadContext {
  readonly block: BlockInfo;
  kvStore(key: StoreKey): KVStore;
  emit(type: string, attributes: Record<string, string> | [string, string][]): void;
}

/** What a query handler gets: read-only stores at the queried height. */
export interface QueryContext extends ReadContext {
  readonly height: number;
}

/** Collects events in emission order; ABCI attribute keys must be non-empty. */
export class EventCollector {
  readonly events: Event[] = [];

  emit(type: string, attributes: Record<string, string> | [string, string][]): void {
    if (!type) throw new Error('event type must not be empty');
    const pairs = Array.isArray(attributes) ? attributes : Object.entries(attributes);
    this.events.push({
      type,
      attributes: pairs.map(([key, value]) => {
        if (!key) throw new Error(`event ${type}: attribute keys must not be empty`);
        return { key, value, index: true };
      }),
    });
  }
}

/** A context whose stores come from `open` (which checks the key: MountedStores.nameOf). */
export function makeContext(block: BlockInfo, open: (key: StoreKey) => KVStore, events: EventCollector): Context {
  return { block, kvStore: open, emit: (type, attrs) => events.emit(type, attrs) };
}
