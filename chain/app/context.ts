import type { Event } from 'cosmjs-types/tendermint/abci/types';
import { CacheKVStore, type KVReader, type KVStore } from '../store';
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
  /** The block gas limit from the consensus params (`block.max_gas`): absent, -1 or 0 for none. */
  maxGas?: bigint;
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
  /**
   * Charges gas for work the handler does beyond its store access (the SDK's ctx.GasMeter().ConsumeGas), e.g. a
   * message with a fixed gas schedule that scales with state (see MsgRegistration.fixedGas). Block hooks and
   * genesis run without a gas meter: there it charges nothing.
   */
  consumeGas(amount: bigint, descriptor: string): void;
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
  return { block, kvStore: open, emit: (type, attrs) => events.emit(type, attrs), consumeGas: () => undefined };
}

/**
 * A nested branch of `parent` (the SDK's ctx.CacheContext()): reads see the parent, writes and events
 * stay in the branch until `write()` applies them to the parent (writes in key order per store, then
 * the events in emission order); dropping the branch discards both. For a handler that must undo a
 * callee's writes without failing its own message (ibc-go discards an app's writes on an error ack).
 */
export function branchContext(parent: Context): { ctx: Context; write(): void } {
  const stores = new Map<StoreKey, CacheKVStore>();
  const events = new EventCollector();
  const ctx: Context = {
    block: parent.block,
    kvStore: (key) => {
      let s = stores.get(key);
      if (!s) {
        s = new CacheKVStore(parent.kvStore(key));
        stores.set(key, s);
      }
      return s;
    },
    emit: (type, attrs) => events.emit(type, attrs),
    consumeGas: (amount, descriptor) => parent.consumeGas(amount, descriptor),
  };
  return {
    ctx,
    write: () => {
      for (const s of stores.values()) s.write();
      for (const e of events.events) parent.emit(e.type, e.attributes.map((a) => [a.key, a.value] as [string, string]));
    },
  };
}
