/**
 * The account index's columns (margin/account-index.ts) under random writes: after every refresh they equal
 * the columns of an index rebuilt from the same state — rows written in place, rows that grow or shrink,
 * subaccounts that join and leave in one refresh — and `select` gives the same rows.
 */
import { encodeAmount, StoreKey, type KVPair, type KVStore } from '../../../chain/sdk';
import { CacheKVStore } from '../../../chain/store/cache-kv';
import { AccountIndex, PACKED_HEADER, type AccountColumns } from '../../../modules/margin/account-index';
import { collateralKey, positionKey, subaccountId, subaccountKey } from '../../../modules/margin/keys';
import { Position, Subaccount } from '../../../proto/gen/settle/margin/v1/types';
import { accountAddress } from '../../../chain/address';
import { Rng } from '../../helpers/rng';

const empty: KVStore = {
  get: () => undefined,
  has: () => false,
  set: () => undefined,
  delete: () => undefined,
  iterator: function* (): IterableIterator<KVPair> {},
  reverseIterator: function* (): IterableIterator<KVPair> {},
};

const INSTRUMENTS = ['BTC-A-C', 'BTC-B-P', 'BTC-C-C', 'ETH-A-C', 'ETH-B-P', 'SOL-A-C'];
const DENOMS = ['sat', 'uusdc', 'wei'];

/** Every account's row with the index's numbers turned back into ids and denoms, as text. */
function describe_(index: AccountIndex, c: AccountColumns): string[] {
  return c.accounts.map((a, i) => {
    const x = c.data.subarray(c.offsets[i], c.offsets[i + 1]);
    const cols: string[] = [];
    for (let k = PACKED_HEADER; k < PACKED_HEADER + 2 * x[0]; k += 2) cols.push(`${index.denom(x[k])}=${x[k + 1]}`);
    const pos: string[] = [];
    for (let k = PACKED_HEADER + 2 * x[0]; k < x.length; k += 2) pos.push(`${index.instrumentId(x[k])}=${x[k + 1]}`);
    const fromEntry = `${a.collateral.map((d) => `${d.denom}=${d.amount}`).join(',')}|${a.positions.map((p) => `${p.instrumentId}=${p.size}`).join(',')}`;
    return `${a.owner}/${a.number} p${c.portfolio[i]}${a.portfolio ? 1 : 0} ${cols.join(',')}|${pos.join(',')} ${fromEntry}`;
  });
}

describe('the account index', () => {
  it.each([1, 2, 3])('equals a rebuild after every refresh of random writes (seed %i)', (seed) => {
    const rand = new Rng(seed);
    const r = (): number => rand.next();
    const key = new StoreKey('margin');
    const store = new CacheKVStore(empty);
    const ctx = { kvStore: () => store };
    const index = new AccountIndex(key);
    const owners = Array.from({ length: 40 }, (_, i) => {
      const b = Buffer.alloc(20);
      b.writeUInt32BE(i * 7919, 0);
      return b;
    });
    const subaccounts = owners.flatMap((o) => [0, 1].map((n) => ({ owner: o, number: n })));
    index.refresh(ctx); // built (empty): from now on writes are tracked by touch
    let joins = 0;
    let leaves = 0;
    let inPlace = 0;
    for (let round = 0; round < 60; round++) {
      const before = new Map(index.refresh(ctx).accounts.map((a) => [`${a.owner}/${a.number}`, a.positions.length + a.collateral.length]));
      const writes = 1 + Math.floor(r() * 12);
      for (let w = 0; w < writes; w++) {
        const s = subaccounts[Math.floor(r() * subaccounts.length)];
        const what = r();
        if (what < 0.08) {
          // closes everything and repays any debt: the subaccount leaves the index
          for (const id of INSTRUMENTS) store.delete(positionKey(s.owner, s.number, id));
          for (const denom of DENOMS) store.set(collateralKey(s.owner, s.number, denom), encodeAmount(1_000n));
        } else if (what < 0.15) store.set(subaccountKey(s.owner, s.number), Subaccount.encode({ owner: accountAddress(s.owner), number: s.number, isolated: false, portfolioMargin: r() < 0.5 }).finish());
        else if (what < 0.6) {
          const id = INSTRUMENTS[Math.floor(r() * INSTRUMENTS.length)];
          const size = BigInt(Math.floor(r() * 11) - 5);
          if (size === 0n) store.delete(positionKey(s.owner, s.number, id));
          else store.set(positionKey(s.owner, s.number, id), Position.encode(Position.fromPartial({ instrumentId: id, size: size.toString() })).finish());
        } else {
          const denom = DENOMS[Math.floor(r() * DENOMS.length)];
          const amount = BigInt(Math.floor(r() * 2_000_000) - 500_000);
          if (amount === 0n) store.delete(collateralKey(s.owner, s.number, denom));
          else store.set(collateralKey(s.owner, s.number, denom), encodeAmount(amount));
        }
        // every subaccount written has its record (a position or balance never exists without one)
        if (!store.has(subaccountKey(s.owner, s.number))) store.set(subaccountKey(s.owner, s.number), Subaccount.encode({ owner: accountAddress(s.owner), number: s.number, isolated: false, portfolioMargin: false }).finish());
        index.touch(subaccountId(s.owner, s.number));
      }
      const live = index.refresh(ctx);
      const after = new Map(live.accounts.map((a) => [`${a.owner}/${a.number}`, a.positions.length + a.collateral.length]));
      for (const k of after.keys()) if (!before.has(k)) joins++;
      for (const [k, n] of before) {
        if (!after.has(k)) leaves++;
        else if (after.get(k) === n) inPlace++;
      }
      const fresh = new AccountIndex(key);
      const rebuilt = fresh.refresh(ctx);
      expect(describe_(index, live)).toEqual(describe_(fresh, rebuilt));
      // ids strictly increasing (the order the scan reports in)
      const ids = live.accounts.map((a, i) => subaccountId(Buffer.from(owners.find((o) => accountAddress(o) === a.owner)!), a.number).toString('hex') + i);
      for (let i = 1; i < ids.length; i++) expect(ids[i - 1] < ids[i]).toBe(true);
      // select: the same rows for a subset, in the order asked (absent ones left out)
      const pick = [...subaccounts].reverse().filter(() => r() < 0.3);
      const chosen = index.select(pick);
      const want = pick.map((s) => index.get(s.owner, s.number)).filter((a) => a !== undefined);
      expect(chosen.accounts).toEqual(want);
      const liveRows = new Map(describe_(index, live).map((d, i) => [live.accounts[i], d]));
      expect(describe_(index, chosen)).toEqual(chosen.accounts.map((a) => liveRows.get(a)));
    }
    // the run exercised joins, leaves and in-place rewrites
    expect(joins).toBeGreaterThan(10);
    expect(leaves).toBeGreaterThan(3);
    expect(inPlace).toBeGreaterThan(10);
  });
});
