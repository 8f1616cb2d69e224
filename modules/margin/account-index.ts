// An in-memory index of the subaccounts that carry risk (positions or a settlement debt), for the
// liquidation scan. State stays the source of truth: every write to a subaccount's positions, collateral
// or mode marks it dirty (also in branches later discarded, and in CheckTx: a superset is harmless), and
// `refresh` re-reads the dirty ones from the state it is given. Built from a full scan the first time
// (after a restart), so a node's index always equals one rebuilt from the same state.
import { accountAddress, decodeAmount, prefixIterator, type Amount, type ReadContext, type StoreKey } from '../../chain/sdk';
import { Position, Subaccount } from '../../proto/gen/settle/margin/v1/types';
import { collateralPrefix, Keys, positionPrefix, subaccountId, subaccountKey } from './keys';

export interface IndexedAccount {
  owner: string;
  number: number;
  portfolio: boolean;
  /** Positions in instrument id order. */
  positions: { instrumentId: string; size: bigint }[];
  /** Collateral in denom order. */
  collateral: Amount[];
  /**
   * What the scan's first pass reads, in one array (one object to reach per account, not several):
   * [collateral count C, position count P, then C × (denom number, amount), then P × (instrument number,
   * size)], amounts and sizes as doubles (exact below 2^53). Denoms and instruments are the index's own
   * numbers for them (see `denom`, `instrumentId`), in the order first seen: they only index arrays and
   * never decide anything.
   */
  packed: Float64Array;
}

/** Offsets into IndexedAccount.packed. */
export const PACKED_HEADER = 2;

const SUBACCOUNT_ID = 24;

export class AccountIndex {
  /** By subaccount id (owner ‖ number) in hex; only subaccounts with positions or a negative balance. */
  private accounts = new Map<string, IndexedAccount>();
  private dirty = new Set<string>();
  private built = false;
  /** The accounts in id order; dropped when one joins or leaves (entries are updated in place). */
  private sorted: IndexedAccount[] | undefined;
  private numbers = new Map<string, number>();
  private ids: string[] = [];
  private denomNumbers = new Map<string, number>();
  private denoms: string[] = [];

  constructor(private readonly key: StoreKey) {}

  /** A write to the subaccount (owner bytes ‖ number u32 BE) happened or may have. */
  touch(id: Uint8Array): void {
    if (this.built) this.dirty.add(Buffer.from(id).toString('hex'));
  }

  /** Forgets everything: the next refresh rebuilds from state (after a restart, or for a test). */
  reset(): void {
    this.accounts.clear();
    this.dirty.clear();
    this.built = false;
    this.sorted = undefined;
    this.numbers.clear();
    this.ids = [];
    this.denomNumbers.clear();
    this.denoms = [];
  }

  /** The denom of an index number. */
  denom(n: number): string {
    return this.denoms[n];
  }

  get denomCount(): number {
    return this.denoms.length;
  }

  private denomNumber(denom: string): number {
    let n = this.denomNumbers.get(denom);
    if (n === undefined) {
      n = this.denoms.length;
      this.denomNumbers.set(denom, n);
      this.denoms.push(denom);
    }
    return n;
  }

  /** The instrument id of an index number. */
  instrumentId(n: number): string {
    return this.ids[n];
  }

  /** How many instrument numbers exist (array sizes for per-instrument lookups). */
  get instrumentCount(): number {
    return this.ids.length;
  }

  private instrumentNumber(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.numbers.set(id, n);
      this.ids.push(id);
    }
    return n;
  }



  /** The index as of `ctx`'s state; the accounts in subaccount id order. */
  refresh(ctx: ReadContext): IndexedAccount[] {
    if (!this.built) this.rebuild(ctx);
    else for (const hex of this.dirty) this.load(ctx, hex);
    this.dirty.clear();
    if (!this.sorted) this.sorted = [...this.accounts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
    return this.sorted;
  }

  /** One subaccount's entry as of the last refresh; undefined when it carries no risk. */
  get(owner: Uint8Array, number: number): IndexedAccount | undefined {
    return this.accounts.get(subaccountId(owner, number).toString('hex'));
  }

  private pack(positions: IndexedAccount['positions'], collateral: Amount[]): Float64Array {
    const packed = new Float64Array(PACKED_HEADER + 2 * (collateral.length + positions.length));
    packed[0] = collateral.length;
    packed[1] = positions.length;
    let k = PACKED_HEADER;
    for (const c of collateral) {
      packed[k++] = this.denomNumber(c.denom);
      packed[k++] = Number(c.amount);
    }
    for (const p of positions) {
      packed[k++] = this.instrumentNumber(p.instrumentId);
      packed[k++] = Number(p.size);
    }
    return packed;
  }

  private rebuild(ctx: ReadContext): void {
    this.accounts.clear();
    this.sorted = undefined;
    const ids = new Set<string>();
    const store = ctx.kvStore(this.key);
    for (const prefix of [Keys.positionPrefix, Keys.collateralPrefix]) {
      for (const { key } of prefixIterator(store, prefix)) ids.add(Buffer.from(key.subarray(1, 1 + SUBACCOUNT_ID)).toString('hex'));
    }
    for (const hex of ids) this.load(ctx, hex);
    this.built = true;
  }

  private load(ctx: ReadContext, hex: string): void {
    const id = Buffer.from(hex, 'hex');
    const owner = id.subarray(0, 20);
    const number = id.readUInt32BE(20);
    const store = ctx.kvStore(this.key);
    const positions = [...prefixIterator(store, positionPrefix(owner, number))].map(({ value }) => {
      const p = Position.decode(value);
      return { instrumentId: p.instrumentId, size: BigInt(p.size) };
    });
    const cp = collateralPrefix(owner, number);
    const collateral = [...prefixIterator(store, cp)].map(({ key, value }) => ({ denom: Buffer.from(key.subarray(cp.length)).toString('utf8'), amount: decodeAmount(value) }));
    const raw = store.get(subaccountKey(owner, number));
    const existing = this.accounts.get(hex);
    if (!raw || (positions.length === 0 && !collateral.some((c) => c.amount < 0n))) {
      if (this.accounts.delete(hex)) this.sorted = undefined;
      return;
    }
    const entry: IndexedAccount = {
      owner: accountAddress(owner),
      number,
      portfolio: Subaccount.decode(raw).portfolioMargin,
      positions,
      collateral,
      packed: this.pack(positions, collateral),
    };
    if (existing) Object.assign(existing, entry);
    else {
      this.accounts.set(hex, entry);
      this.sorted = undefined;
    }
  }
}
