import { MultiStore, PrefixStore, prefixIterator, StoreError } from '../../../chain/store';
import type { KVReader, KVStore } from '../../../chain/store';
import { Rng } from '../../helpers/rng';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/** Random operation sequences checked against an in-memory sorted-map model. */

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

class Model {
  m = new Map<string, string>();
  clone(): Model {
    const c = new Model();
    c.m = new Map(this.m);
    return c;
  }
  range(start?: Uint8Array, end?: Uint8Array, reverse = false): [string, string][] {
    const s = start ? hex(start) : undefined;
    const e = end ? hex(end) : undefined;
    const out = [...this.m.entries()].filter(([k]) => (s === undefined || k >= s) && (e === undefined || k < e)).sort(([a], [b]) => (a < b ? -1 : 1));
    return reverse ? out.reverse() : out;
  }
}

function randomKey(rng: Rng): Uint8Array {
  // a small keyspace with shared prefixes, so overwrites, deletes and prefix scans collide often
  return Uint8Array.from([rng.int(4), rng.int(8), ...rng.bytes(rng.int(3))]);
}

function listOf(it: Iterable<{ key: Uint8Array; value: Uint8Array }>): [string, string][] {
  return [...it].map(({ key, value }) => [hex(key), hex(value)]);
}

function checkAgainst(store: KVReader, model: Model, rng: Rng): void {
  for (let i = 0; i < 20; i++) {
    const k = randomKey(rng);
    const v = store.get(k);
    expect(v === undefined ? undefined : hex(v)).toEqual(model.m.get(hex(k)));
    expect(store.has(k)).toBe(model.m.has(hex(k)));
  }
  const a = randomKey(rng);
  const b = randomKey(rng);
  const [lo, hi] = Buffer.compare(a, b) <= 0 ? [a, b] : [b, a];
  const start = rng.next() < 0.2 ? undefined : lo;
  const end = rng.next() < 0.2 ? undefined : hi;
  expect(listOf(store.iterator(start, end))).toEqual(model.range(start, end));
  expect(listOf(store.reverseIterator(start, end))).toEqual(model.range(start, end, true));
}

function applyRandomOps(store: KVStore, model: Model, rng: Rng, n: number): void {
  for (let i = 0; i < n; i++) {
    const k = randomKey(rng);
    if (rng.next() < 0.3) {
      store.delete(k);
      model.m.delete(hex(k));
    } else {
      const v = rng.bytes(rng.int(5));
      store.set(k, v);
      model.m.set(hex(k), hex(v));
    }
  }
}

describe('store against a sorted-map model', () => {
  let dir: string;
  let ms: MultiStore;
  beforeEach(async () => {
    dir = makeTmpDir('model');
    ms = await MultiStore.open({ path: dir, stores: ['bank', 'oracle'], sync: false });
  });
  afterEach(async () => {
    await ms.close();
    removeDir(dir);
  });

  test.each([1, 2, 3, 4, 5])('random sets, deletes, nested branches and commits (seed %i)', async (seed) => {
    const rng = new Rng(seed);
    const committed = new Model();
    const history: Model[] = [];
    for (let block = 0; block < 12; block++) {
      const branch = ms.branch();
      const blockModel = committed.clone();
      const store = branch.store('bank');
      applyRandomOps(store, blockModel, rng, 30);
      checkAgainst(store, blockModel, rng);

      // a nested branch that is written, and one that is dropped
      const inner = branch.branch();
      const innerModel = blockModel.clone();
      applyRandomOps(inner.store('bank'), innerModel, rng, 15);
      checkAgainst(inner.store('bank'), innerModel, rng);
      checkAgainst(store, blockModel, rng); // parent unaffected before write
      if (rng.next() < 0.5) {
        inner.write();
        blockModel.m = innerModel.m;
      }
      checkAgainst(store, blockModel, rng);

      if (rng.next() < 0.2) {
        checkAgainst(ms.store('bank'), committed, rng); // the dropped block left nothing behind
        continue;
      }
      branch.write();
      checkAgainst(ms.store('bank'), blockModel, rng);
      await ms.commit();
      committed.m = blockModel.m;
      history[ms.version] = committed.clone();
    }
    // every kept version reads as it was
    for (let v = 1; v <= ms.version; v++) {
      if (history[v]) checkAgainst(ms.storeAt('bank', v), history[v], rng);
    }
  });

  test('prefix stores strip and scope their prefix', () => {
    const branch = ms.branch();
    const store = branch.store('bank');
    const p = new PrefixStore(store, Uint8Array.of(2));
    p.set(Uint8Array.of(1), Uint8Array.of(10));
    p.set(Uint8Array.of(0xff, 1), Uint8Array.of(11));
    store.set(Uint8Array.of(1, 9), Uint8Array.of(12));
    store.set(Uint8Array.of(3), Uint8Array.of(13));
    expect(store.get(Uint8Array.of(2, 1))).toEqual(Uint8Array.of(10));
    expect(listOf(p.iterator())).toEqual([['01', '0a'], ['ff01', '0b']]);
    expect(listOf(p.reverseIterator())).toEqual([['ff01', '0b'], ['01', '0a']]);
    expect(listOf(prefixIterator(store, Uint8Array.of(1)))).toEqual([['0109', '0c']]);
    const all = new PrefixStore(store, Uint8Array.of(0xff));
    all.set(Uint8Array.of(0xff), Uint8Array.of(1));
    expect(listOf(all.iterator())).toEqual([['ff', '01']]);
  });

  test('invalid keys and values are refused without changing anything', () => {
    const branch = ms.branch();
    const store = branch.store('bank');
    expect(() => store.set(new Uint8Array(0), Uint8Array.of(1))).toThrow(StoreError);
    expect(() => store.set(new Uint8Array(65_537), Uint8Array.of(1))).toThrow(/limit/);
    expect(() => store.set(Uint8Array.of(1), new Uint8Array(16 * 1024 * 1024 + 1))).toThrow(/limit/);
    store.set(new Uint8Array(65_536).fill(7), new Uint8Array(0));
    expect(store.get(new Uint8Array(65_536).fill(7))).toEqual(new Uint8Array(0));
    expect(branch.store('bank').pendingWrites).toBe(1);
    expect(() => ms.store('nope')).toThrow(/no store named/);
  });
});
