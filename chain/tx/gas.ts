import { Errors } from '../errors';
import type { KVPair, KVStore } from '../store';

/** The Cosmos SDK's default KV gas costs (store/types.KVGasConfig), so gas estimates carry over. */
export const KV_GAS = {
  hasCost: 1000n,
  deleteCost: 1000n,
  readCostFlat: 1000n,
  readCostPerByte: 3n,
  writeCostFlat: 2000n,
  writeCostPerByte: 30n,
  iterNextCostFlat: 30n,
} as const;

/** Counts gas against a limit; running out throws ErrOutOfGas (the tx is aborted, its fee kept). */
export class GasMeter {
  consumed = 0n;

  constructor(readonly limit: bigint) {}

  consume(amount: bigint, descriptor: string): void {
    this.consumed += amount;
    if (this.consumed > this.limit) {
      throw Errors.outOfGas.wrap(`out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.consumed}`);
    }
  }
}

/** A meter that never runs out (block hooks, genesis). */
export const INFINITE_GAS = (1n << 63n) - 1n;

/** Charges every store access to a gas meter. */
export class GasKVStore implements KVStore {
  constructor(private readonly parent: KVStore, private readonly meter: GasMeter) {}

  get(key: Uint8Array): Uint8Array | undefined {
    this.meter.consume(KV_GAS.readCostFlat, 'ReadFlat');
    const v = this.parent.get(key);
    this.meter.consume(KV_GAS.readCostPerByte * BigInt(key.length + (v ? v.length : 0)), 'ReadPerByte');
    return v;
  }

  has(key: Uint8Array): boolean {
    this.meter.consume(KV_GAS.hasCost, 'Has');
    return this.parent.has(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.meter.consume(KV_GAS.writeCostFlat, 'WriteFlat');
    this.meter.consume(KV_GAS.writeCostPerByte * BigInt(key.length + value.length), 'WritePerByte');
    this.parent.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.meter.consume(KV_GAS.deleteCost, 'Delete');
    this.parent.delete(key);
  }

  iterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return this.metered(this.parent.iterator(start, end));
  }

  reverseIterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return this.metered(this.parent.reverseIterator(start, end));
  }

  private *metered(it: IterableIterator<KVPair>): IterableIterator<KVPair> {
    for (const pair of it) {
      this.meter.consume(KV_GAS.iterNextCostFlat, 'IterNextFlat');
      this.meter.consume(KV_GAS.readCostPerByte * BigInt(pair.key.length + pair.value.length), 'ValuePerByte');
      yield pair;
    }
  }
}
