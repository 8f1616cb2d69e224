import { ClassicLevel } from 'classic-level';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MultiStore, StoreError } from '../../../chain/store';
import { PAGE_NODES } from '../../../chain/store/iavl/node-db';
import { Rng } from '../../helpers/rng';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/** Reads the node pages and their live counts of a store from the raw database. */
async function pageRecords(dbPath: string, store: string): Promise<{ pages: Set<string>; liveNodes: number }> {
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dbPath, { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  const prefix = Buffer.concat([Buffer.from([0x74, store.length]), Buffer.from(store)]);
  const pages = new Set<string>();
  let liveNodes = 0;
  for await (const [k, v] of db.iterator()) {
    const key = Buffer.from(k);
    if (!key.subarray(0, prefix.length).equals(prefix)) continue;
    const kind = String.fromCharCode(key[prefix.length]);
    if (kind !== 'p' && kind !== 'l') continue;
    const id = `${key.readBigUInt64BE(prefix.length + 1)}/${key.readUInt32BE(prefix.length + 9)}`;
    if (kind === 'p') pages.add(id);
    if (kind === 'l') liveNodes += Buffer.from(v).readUInt32BE(0);
  }
  await db.close();
  return { pages, liveNodes };
}

async function commitRandomBlocks(ms: MultiStore, rng: Rng, blocks: number, writes: number): Promise<Map<number, Buffer>> {
  const hashes = new Map<number, Buffer>();
  for (let b = 0; b < blocks; b++) {
    const branch = ms.branch();
    for (let i = 0; i < writes; i++) {
      const k = Buffer.from(`k${rng.int(300)}`);
      if (rng.next() < 0.25) branch.store('bank').delete(k);
      else branch.store('bank').set(k, rng.bytes(16));
    }
    branch.write();
    const r = await ms.commit();
    hashes.set(r.version, r.hash);
  }
  return hashes;
}

describe('persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTmpDir('persist');
  });
  afterEach(() => removeDir(dir));

  test('reopening loads the latest version with the same app hash and contents', async () => {
    let ms = await MultiStore.open({ path: dir, stores: ['bank', 'acc'] });
    const hashes = await commitRandomBlocks(ms, new Rng(1), 10, 50);
    const dump = (m: MultiStore) => [...m.store('bank').iterator()].map((p) => Buffer.from(p.key).toString('hex') + '=' + Buffer.from(p.value).toString('hex'));
    const before = dump(ms);
    const lastHash = ms.lastCommitInfo.hash;
    await ms.close();
    ms = await MultiStore.open({ path: dir, stores: ['bank', 'acc'] });
    expect(ms.version).toBe(10);
    expect(ms.lastCommitInfo.hash).toEqual(lastHash);
    expect(ms.workingHash()).toBeDefined();
    expect(dump(ms)).toEqual(before);
    for (const [v, h] of hashes) expect((await ms.commitInfo(v)).hash).toEqual(h);
    // continuing after reopen gives the same hashes as never closing
    const rngA = new Rng(99);
    const continued = await commitRandomBlocks(ms, rngA, 3, 40);
    await ms.close();
    const dir2 = makeTmpDir('persist2');
    const ref = await MultiStore.open({ path: dir2, stores: ['bank', 'acc'] });
    await commitRandomBlocks(ref, new Rng(1), 10, 50);
    const refContinued = await commitRandomBlocks(ref, new Rng(99), 3, 40);
    expect([...continued.values()]).toEqual([...refContinued.values()]);
    await ref.close();
    removeDir(dir2);
  });

  test('pruning keeps the latest N versions readable and deletes what only older ones used', async () => {
    const keep = 3;
    const ms = await MultiStore.open({ path: dir, stores: ['bank'], keepRecent: keep });
    const rng = new Rng(5);
    const snapshots = new Map<number, string>();
    let pruned = 0;
    for (let b = 0; b < 20; b++) {
      const branch = ms.branch();
      for (let i = 0; i < 40; i++) branch.store('bank').set(Buffer.from(`k${rng.int(100)}`), rng.bytes(8));
      branch.write();
      const r = await ms.commit();
      pruned += r.prunedNodes;
      snapshots.set(r.version, JSON.stringify([...ms.storeAt('bank', r.version).iterator()].map((p) => Buffer.from(p.value).toString('hex'))));
    }
    expect(pruned).toBeGreaterThan(0);
    for (let v = 18; v <= 20; v++) {
      expect(JSON.stringify([...ms.storeAt('bank', v).iterator()].map((p) => Buffer.from(p.value).toString('hex')))).toBe(snapshots.get(v));
      expect(ms.prove('bank', Buffer.from('k1'), v).proofOps).toHaveLength(2);
    }
    expect(() => ms.storeAt('bank', 17)).toThrow(/pruned/);
    await expect(ms.commitInfo(5)).rejects.toThrow(StoreError);
    await ms.close();

    // the database holds only nodes reachable from the kept versions
    const reopened = await MultiStore.open({ path: dir, stores: ['bank'], keepRecent: keep });
    const reachable = new Set<string>();
    for (let v = 18; v <= 20; v++) {
      const s = reopened.storeAt('bank', v);
      const a = s.ndb.arena;
      const walk = (n: number): void => {
        reachable.add(`${a.version(n)}/${a.nonce(n)}`);
        if (a.height(n) > 0) {
          walk(s.ndb.left(n));
          walk(s.ndb.right(n));
        }
      };
      const root = s.root;
      if (root !== null) walk(root);
    }
    await reopened.close();
    const { pages, liveNodes } = await pageRecords(dir, 'bank');
    expect(liveNodes).toBe(reachable.size);
    const reachablePages = new Set([...reachable].map((id) => {
      const [v, n] = id.split('/').map(Number);
      return `${v}/${Math.floor((n - 1) / PAGE_NODES)}`;
    }));
    expect([...pages].sort()).toEqual([...reachablePages].sort());
  });

  test('a store added at a later height starts empty and joins the app hash', async () => {
    let ms = await MultiStore.open({ path: dir, stores: ['bank'] });
    await commitRandomBlocks(ms, new Rng(2), 3, 10);
    await ms.close();
    ms = await MultiStore.open({ path: dir, stores: ['bank', 'oracle'] });
    expect([...ms.store('oracle').iterator()]).toEqual([]);
    expect(() => ms.storeAt('oracle', 3)).toThrow(/did not exist at version 3/);
    const b = ms.branch();
    b.store('oracle').set(Buffer.from('price'), Buffer.from('1'));
    b.write();
    const r = await ms.commit();
    expect(r.stores.map((s) => s.name)).toEqual(['bank', 'oracle']);
    expect(Buffer.from(ms.storeAt('oracle', 4).get(Buffer.from('price'))!).toString()).toBe('1');
    await ms.close();
    // dropping a store is refused, not silently ignored
    await expect(MultiStore.open({ path: dir, stores: ['bank'] })).rejects.toThrow(/does not declare: oracle/);
  });

  test('the initial version sets the first committed version', async () => {
    const ms = await MultiStore.open({ path: dir, stores: ['bank'] });
    await ms.setInitialVersion(100);
    const r = await ms.commit();
    expect(r.version).toBe(100);
    await expect(ms.setInitialVersion(5)).rejects.toThrow(/before the first commit/);
    await ms.close();
  });

  test('a foreign database is refused and left untouched', async () => {
    const db = new ClassicLevel(dir);
    await db.put('hello', 'world');
    await db.close();
    await expect(MultiStore.open({ path: dir, stores: ['bank'] })).rejects.toThrow(/did not write/);
    const again = new ClassicLevel(dir);
    expect(await again.get('hello')).toBe('world');
    await again.close();
  });

  test('a corrupt database fails to open with a clear error and is not reset', async () => {
    const ms = await MultiStore.open({ path: dir, stores: ['bank'] });
    await commitRandomBlocks(ms, new Rng(3), 2, 10);
    await ms.close();
    // damage LevelDB's manifest
    const current = fs.readFileSync(path.join(dir, 'CURRENT'), 'utf8').trim();
    fs.writeFileSync(path.join(dir, current), Buffer.alloc(64, 0xab));
    // LevelDB rotates its own info log (LOG) on every open attempt; the data files must stay as they were
    const dataFiles = () => fs.readdirSync(dir).filter((f) => !f.startsWith('LOG')).sort().map((f) => f + ':' + fs.readFileSync(path.join(dir, f)).toString('hex'));
    const filesBefore = dataFiles();
    await expect(MultiStore.open({ path: dir, stores: ['bank'] })).rejects.toThrow(/cannot be opened/);
    expect(dataFiles()).toEqual(filesBefore);
  });

  test('a database whose commit info disagrees with its trees is refused', async () => {
    const ms = await MultiStore.open({ path: dir, stores: ['bank'] });
    await commitRandomBlocks(ms, new Rng(4), 2, 10);
    await ms.close();
    const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    // point version 2's root at version 1's root
    const root1 = await db.get(Buffer.concat([Buffer.from('\x74\x04bankr'), Buffer.from('0000000000000001', 'hex')]));
    await db.put(Buffer.concat([Buffer.from('\x74\x04bankr'), Buffer.from('0000000000000002', 'hex')]), root1!);
    await db.close();
    await expect(MultiStore.open({ path: dir, stores: ['bank'] })).rejects.toThrow(/does not match the commit info/);
  });

  test('a second process cannot open a database in use', async () => {
    const ms = await MultiStore.open({ path: dir, stores: ['bank'] });
    await expect(MultiStore.open({ path: dir, stores: ['bank'] })).rejects.toThrow(StoreError);
    await ms.close();
  });
});
