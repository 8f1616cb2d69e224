// An in-memory index of the subaccounts that carry risk (positions or a settlement debt), for the
// liquidation scan. State stays the source of truth: every write to a subaccount's positions, collateral
// or mode marks it dirty (also in branches later discarded, and in CheckTx: a superset is harmless), and
// `refresh` re-reads the dirty ones from the state it is given. Built from a full scan the first time
// (after a restart), so a node's index always equals one rebuilt from the same state.
//
// What the scan reads of each account lives in columns (AccountColumns: one Float64Array for all of them,
// in subaccount id order), not in an object per account: the scan walks 100,000 accounts every block, and
// reaching a separate array per account costs a cache miss or two each, most of the scan's time. A write
// that keeps an account's row length is copied into its row in place; a row that grows or shrinks, or an
// account that joins or leaves, rebuilds the columns once at the end of the refresh by one ordered merge.
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
}

/**
 * Many accounts' rows, flat. Row i (of `accounts[i]`) is data[offsets[i] .. offsets[i + 1]): [collateral count
 * C, position count P, then C × (denom number, amount), then P × (instrument number, size)], amounts and sizes
 * as doubles (exact below 2^53). Denoms and instruments are the index's own numbers for them (see `denom`,
 * `instrumentId`), in the order first seen: they only index arrays and never decide anything.
 */
export interface AccountColumns {
  accounts: readonly IndexedAccount[];
  offsets: Uint32Array;
  data: Float64Array;
  /** 1 where the account is in portfolio margin. */
  portfolio: Uint8Array;
}

/** Offsets into a row. */
export const PACKED_HEADER = 2;

const SUBACCOUNT_ID = 24;
const EMPTY: AccountColumns = { accounts: [], offsets: new Uint32Array(1), data: new Float64Array(0), portfolio: new Uint8Array(0) };

interface Loaded {
  entry: IndexedAccount;
  row: Float64Array;
}

export class AccountIndex {
  /** By subaccount id (owner ‖ number) in hex; only subaccounts with positions or a negative balance. */
  private accounts = new Map<string, IndexedAccount>();
  /** The ids of `columns.accounts`, in the same (sorted) order. */
  private ids: string[] = [];
  private columns: AccountColumns = EMPTY;
  private dirty = new Set<string>();
  private built = false;
  private instrumentNumbers = new Map<string, number>();
  private instrumentIds: string[] = [];
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
    this.ids = [];
    this.columns = EMPTY;
    this.dirty.clear();
    this.built = false;
    this.instrumentNumbers.clear();
    this.instrumentIds = [];
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

  /** The instrument id of an index number. */
  instrumentId(n: number): string {
    return this.instrumentIds[n];
  }

  /** How many instrument numbers exist (array sizes for per-instrument lookups). */
  get instrumentCount(): number {
    return this.instrumentIds.length;
  }

  private number(map: Map<string, number>, list: string[], key: string): number {
    let n = map.get(key);
    if (n === undefined) {
      n = list.length;
      map.set(key, n);
      list.push(key);
    }
    return n;
  }

  /** The index as of `ctx`'s state: every account carrying risk, in subaccount id order. */
  refresh(ctx: ReadContext): AccountColumns {
    if (!this.built) this.rebuild(ctx);
    else if (this.dirty.size > 0) this.update(ctx);
    this.dirty.clear();
    return this.columns;
  }

  /** One subaccount's entry as of the last refresh; undefined when it carries no risk. */
  get(owner: Uint8Array, number: number): IndexedAccount | undefined {
    return this.accounts.get(subaccountId(owner, number).toString('hex'));
  }

  /** The columns of the given subaccounts (owner bytes, number) that are indexed, in the order given. */
  select(refs: readonly { owner: Uint8Array; number: number }[]): AccountColumns {
    const entries: IndexedAccount[] = [];
    const rows: Float64Array[] = [];
    for (const r of refs) {
      const i = this.rowOf(subaccountId(r.owner, r.number).toString('hex'));
      if (i < 0) continue;
      entries.push(this.columns.accounts[i]);
      rows.push(this.columns.data.subarray(this.columns.offsets[i], this.columns.offsets[i + 1]));
    }
    return layout(entries, rows);
  }

  /** The position of an id in `ids`, or −1. */
  private rowOf(hex: string): number {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const id = this.ids[mid];
      if (id === hex) return mid;
      if (id < hex) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private rebuild(ctx: ReadContext): void {
    this.accounts.clear();
    const found = new Set<string>();
    const store = ctx.kvStore(this.key);
    for (const prefix of [Keys.positionPrefix, Keys.collateralPrefix]) {
      for (const { key } of prefixIterator(store, prefix)) found.add(Buffer.from(key.subarray(1, 1 + SUBACCOUNT_ID)).toString('hex'));
    }
    const ids: string[] = [];
    const entries: IndexedAccount[] = [];
    const rows: Float64Array[] = [];
    for (const hex of [...found].sort()) {
      const loaded = this.load(ctx, hex);
      if (!loaded) continue;
      this.accounts.set(hex, loaded.entry);
      ids.push(hex);
      entries.push(loaded.entry);
      rows.push(loaded.row);
    }
    this.ids = ids;
    this.columns = layout(entries, rows);
    this.built = true;
  }

  /** Re-reads the dirty accounts: rows of unchanged length in place, the rest by one merge into new columns. */
  private update(ctx: ReadContext): void {
    const { offsets, data, portfolio } = this.columns;
    /** id → its new row, or null when it left the index (only ids whose row cannot be written in place). */
    const moved = new Map<string, Loaded | null>();
    for (const hex of this.dirty) {
      const loaded = this.load(ctx, hex);
      const existing = this.accounts.get(hex);
      if (!existing) {
        if (loaded) moved.set(hex, loaded);
        continue;
      }
      if (!loaded) {
        moved.set(hex, null);
        continue;
      }
      const i = this.rowOf(hex);
      Object.assign(existing, loaded.entry);
      if (offsets[i + 1] - offsets[i] === loaded.row.length) {
        data.set(loaded.row, offsets[i]);
        portfolio[i] = existing.portfolio ? 1 : 0;
      } else moved.set(hex, { entry: existing, row: loaded.row });
    }
    if (moved.size > 0) this.merge(moved);
  }

  /** New columns: the current ones with `moved` rows replaced, added (in id order) or removed. */
  private merge(moved: Map<string, Loaded | null>): void {
    const old = this.columns;
    const added = [...moved.keys()].filter((hex) => !this.accounts.has(hex)).sort();
    const ids: string[] = [];
    const entries: IndexedAccount[] = [];
    // a row: a subarray of the old data, or a new one (layout copies them in order)
    const rows: Float64Array[] = [];
    let a = 0;
    const take = (hex: string, loaded: Loaded): void => {
      ids.push(hex);
      entries.push(loaded.entry);
      rows.push(loaded.row);
    };
    for (let i = 0; i < this.ids.length; i++) {
      const hex = this.ids[i];
      while (a < added.length && added[a] < hex) {
        const loaded = moved.get(added[a])!;
        this.accounts.set(added[a], loaded.entry);
        take(added[a++], loaded);
      }
      const m = moved.get(hex);
      if (m === null) {
        this.accounts.delete(hex);
        continue;
      }
      take(hex, m ?? { entry: old.accounts[i], row: old.data.subarray(old.offsets[i], old.offsets[i + 1]) });
    }
    for (; a < added.length; a++) {
      const loaded = moved.get(added[a])!;
      this.accounts.set(added[a], loaded.entry);
      take(added[a], loaded);
    }
    this.ids = ids;
    this.columns = layout(entries, rows);
  }

  private packRow(positions: IndexedAccount['positions'], collateral: Amount[]): Float64Array {
    const row = new Float64Array(PACKED_HEADER + 2 * (collateral.length + positions.length));
    row[0] = collateral.length;
    row[1] = positions.length;
    let k = PACKED_HEADER;
    for (const c of collateral) {
      row[k++] = this.number(this.denomNumbers, this.denoms, c.denom);
      row[k++] = Number(c.amount);
    }
    for (const p of positions) {
      row[k++] = this.number(this.instrumentNumbers, this.instrumentIds, p.instrumentId);
      row[k++] = Number(p.size);
    }
    return row;
  }

  /** The subaccount as state has it; undefined when it carries no risk. */
  private load(ctx: ReadContext, hex: string): Loaded | undefined {
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
    if (!raw || (positions.length === 0 && !collateral.some((c) => c.amount < 0n))) return undefined;
    const entry = { owner: accountAddress(owner), number, portfolio: Subaccount.decode(raw).portfolioMargin, positions, collateral };
    return { entry, row: this.packRow(positions, collateral) };
  }
}

/** Columns holding `rows` (copied, in order) for `entries`. */
function layout(entries: readonly IndexedAccount[], rows: readonly Float64Array[]): AccountColumns {
  const offsets = new Uint32Array(entries.length + 1);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    offsets[i] = total;
    total += rows[i].length;
  }
  offsets[rows.length] = total;
  const data = new Float64Array(total);
  const portfolio = new Uint8Array(entries.length);
  for (let i = 0; i < rows.length; i++) {
    data.set(rows[i], offsets[i]);
    portfolio[i] = entries[i].portfolio ? 1 : 0;
  }
  return { accounts: entries, offsets, data, portfolio };
}
