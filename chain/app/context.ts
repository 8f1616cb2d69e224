import type { Event } from 'cosmjs-types/tendermint/abci/types';
import type { KVReader, KVStore } from '../store';

/** Block facts every handler may read; all come from consensus (never from the local clock). */
export interface BlockInfo {
  height: number;
  /** Block time from the header, in nanoseconds since the Unix epoch. */
  timeNanos: bigint;
  chainId: string;
  proposerAddress: Uint8Array;
}

/** What a state-changing handler gets: its block, its stores (a branch) and an event sink. */
export interface Context {
  readonly block: BlockInfo;
  store(name: string): KVStore;
  emit(type: string, attributes: Record<string, string> | [string, string][]): void;
}

/** What a query handler gets: read-only stores at the queried height. */
export interface QueryContext {
  readonly height: number;
  store(name: string): KVReader;
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

export function makeContext(block: BlockInfo, store: (name: string) => KVStore, events: EventCollector): Context {
  return { block, store, emit: (type, attrs) => events.emit(type, attrs) };
}
