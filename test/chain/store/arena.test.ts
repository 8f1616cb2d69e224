import { ics23, iavlSpec, verifyMembership } from '@confio/ics23';
import { MultiStore } from '../../../chain/store';
import type { IavlStore } from '../../../chain/store/iavl-store';
import { Rng } from '../../helpers/rng';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/**
 * Tree nodes live in arena slots owned by the newest tree or by the bounded cache (docs/store.md,
 * "Memory and the node cache"). These tests stress the ownership rules: every pinHeight and cache
 * size must give the same hashes and contents, slots must not leak, and readers holding slots across
 * writes and commits must stay correct.
 */

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const CONFIGS = [
  { pinHeight: 1, cacheNodes: 1_000_000 },
  { pinHeight: 1, cacheNodes: 2 },
  { pinHeight: 2, cacheNodes: 2 },
  { pinHeight: 3, cacheNodes: 16 },
  { pinHeight: 5, cacheNodes: 64 },
];

function blockWrites(ms: MultiStore, version: number): void {
  const rng = new Rng(version * 31 + 7);
  const branch = ms.branch();
  for (let i = 0; i < 120; i++) {
    const key = Buffer.from(`k${rng.int(400)}`);
    if (rng.next() < 0.3) branch.store('bank').delete(key);
    else branch.store('bank').set(key, rng.bytes(rng.int(80)));
  }
  branch.write();
}

async function run(config: (typeof CONFIGS)[number], dir: string): Promise<{ hashes: string[]; contents: string[] }> {
  const hashes: string[] = [];
  const contents: string[] = [];
  let ms = await MultiStore.open({ path: dir, stores: ['bank'], keepRecent: 6, sync: false, ...config });
  for (let v = 1; v <= 30; v++) {
    if (v === 15) {
      await ms.close();
      ms = await MultiStore.open({ path: dir, stores: ['bank'], keepRecent: 6, sync: false, ...config });
    }
    blockWrites(ms, v);
    hashes.push(hex((await ms.commit()).hash));
    contents.push(JSON.stringify([...ms.store('bank').iterator()].map((p) => [hex(p.key), hex(p.value)])));
    // an older kept version reads as it was when it was the latest
    if (v > 3) {
      const old = JSON.stringify([...ms.storeAt('bank', v - 3).iterator()].map((p) => [hex(p.key), hex(p.value)]));
      expect(old).toBe(contents[v - 4]);
    }
    const stats = ms.cacheStats();
    const tree = (ms.store('bank') as IavlStore).tree;
    const treeNodes = tree.size === 0 ? 0 : 2 * tree.size - 1;
    if (config.pinHeight === 1 && v < 15) expect(stats.arenaNodes - stats.nodes).toBe(treeNodes);
    else expect(stats.arenaNodes - stats.nodes).toBeLessThanOrEqual(treeNodes);
  }
  await ms.close();
  return { hashes, contents };
}

describe('node arena ownership', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTmpDir('arena');
  });
  afterEach(() => removeDir(dir));

  test('every pinHeight and cache size gives the same hashes and contents, without leaking slots', async () => {
    const results = [];
    for (const config of CONFIGS) {
      const d = `${dir}/${config.pinHeight}-${config.cacheNodes}`;
      results.push(await run(config, d));
    }
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  test('an iterator over the working tree continues after its last key when the tree is written', async () => {
    const ms = await MultiStore.open({ path: dir, stores: ['bank'], sync: false });
    const store = ms.store('bank');
    for (let i = 0; i < 200; i++) store.set(Buffer.from(`k${String(i).padStart(3, '0')}`), Buffer.from([i]));
    await ms.commit();
    const it = store.iterator();
    const seen: string[] = [];
    for (let i = 0; i < 50; i++) seen.push(Buffer.from(it.next().value!.key).toString());
    for (let i = 0; i < 200; i += 2) store.delete(Buffer.from(`k${String(i).padStart(3, '0')}`));
    store.set(Buffer.from('k0495'), Buffer.from([1]));
    for (const p of it) seen.push(Buffer.from(p.key).toString());
    const want = [
      ...Array.from({ length: 50 }, (_, i) => `k${String(i).padStart(3, '0')}`),
      ...Array.from({ length: 150 }, (_, i) => `k${String(i + 50).padStart(3, '0')}`).filter((k) => Number(k.slice(1)) % 2 === 1),
      'k0495',
    ].sort();
    expect(seen).toEqual(want);
    await ms.close();
  });

  test.each([1, 3])('readers of a saved version stay correct across later commits (pinHeight %i)', async (pinHeight) => {
    const ms = await MultiStore.open({ path: dir, stores: ['bank'], sync: false, pinHeight, cacheNodes: 8 });
    blockWrites(ms, 1);
    await ms.commit();
    const v1 = ms.storeAt('bank', 1);
    const want = [...v1.iterator()].map((p) => [hex(p.key), hex(p.value)]);
    const wantBack = [...v1.reverseIterator()].map((p) => [hex(p.key), hex(p.value)]);
    const forward = v1.iterator();
    const backward = v1.reverseIterator();
    const got: string[][] = [];
    const gotBack: string[][] = [];
    for (let v = 2; got.length < want.length || gotBack.length < wantBack.length; v++) {
      for (let i = 0; i < 7; i++) {
        const f = forward.next();
        if (!f.done) got.push([hex(f.value.key), hex(f.value.value)]);
        const b = backward.next();
        if (!b.done) gotBack.push([hex(b.value.key), hex(b.value.value)]);
      }
      blockWrites(ms, v);
      await ms.commit();
      expect(v1.get(Buffer.from(want[0][0], 'hex'))).toEqual(Uint8Array.from(Buffer.from(want[0][1], 'hex')));
    }
    expect(got).toEqual(want);
    expect(gotBack).toEqual(wantBack);
    await ms.close();
  });
});

describe('inline and pooled keys', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTmpDir('arena-keys');
  });
  afterEach(() => removeDir(dir));

  // Keys up to INLINE_KEY (32) bytes live in the node record, longer ones in the byte pool; inner
  // nodes copy or share them, and removals move them between nodes. Shared prefixes make the
  // comparisons run past the first bytes.
  test('keys around the inline limit read, iterate and prove like a plain map', async () => {
    const rng = new Rng(99);
    const model = new Map<string, string>();
    let ms = await MultiStore.open({ path: dir, stores: ['bank'], keepRecent: 3, sync: false });
    const lengths = [1, 2, 31, 32, 33, 34, 64, 100];
    for (let v = 1; v <= 12; v++) {
      if (v === 7) {
        await ms.close();
        ms = await MultiStore.open({ path: dir, stores: ['bank'], keepRecent: 3, sync: false });
      }
      const branch = ms.branch();
      for (let i = 0; i < 150; i++) {
        const len = lengths[rng.int(lengths.length)];
        const key = Buffer.alloc(len, 0x61);
        key[len - 1] = rng.int(6);
        if (len > 1) key[rng.int(len - 1)] = 0x60 + rng.int(3);
        if (rng.next() < 0.3) {
          branch.store('bank').delete(key);
          model.delete(hex(key));
        } else {
          const value = rng.bytes(1 + rng.int(40)); // a proof of an empty value does not verify (as in the SDK)
          branch.store('bank').set(key, value);
          model.set(hex(key), hex(value));
        }
      }
      branch.write();
      await ms.commit();
      const want = [...model].sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'hex'), Buffer.from(b, 'hex')));
      expect([...ms.store('bank').iterator()].map((p) => [hex(p.key), hex(p.value)])).toEqual(want);
      for (const [k, val] of want.slice(0, 20)) {
        expect(hex(ms.store('bank').get(Buffer.from(k, 'hex'))!)).toBe(val);
        const { proofOps } = ms.prove('bank', Buffer.from(k, 'hex'), ms.version);
        const proof = ics23.CommitmentProof.decode(proofOps[0].data);
        const root = ics23.CommitmentProof.decode(proofOps[1].data).exist!.value!;
        expect(verifyMembership(proof, iavlSpec, root, Buffer.from(k, 'hex'), Buffer.from(val, 'hex'))).toBe(true);
      }
    }
    await ms.close();
  });
});
