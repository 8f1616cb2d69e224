import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { MultiStore } from '../../../chain/store';
import type { IavlStore, VersionedStore } from '../../../chain/store/iavl-store';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import sequencesFile from './vectors/iavl-sequences.json';
import proofsFile from './vectors/iavl-proofs.json';
import multistoreFile from './vectors/multistore.json';

/** Known answers produced by the real cosmos/iavl v1.2.8 and cosmossdk.io/store v1.1.2 (scripts/iavl-vectors). */

interface Op {
  op: string;
  key: string;
  value?: string;
}
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => Buffer.from(h, 'hex');

function applyOps(store: IavlStore, ops: Op[]): void {
  for (const op of ops) {
    if (op.op === 'set') store.tree.set(bytes(op.key), bytes(op.value!));
    else store.tree.remove(bytes(op.key));
  }
}

function preorder(s: VersionedStore): object[] {
  const out: object[] = [];
  const a = s.ndb.arena;
  const walk = (n: number): void => {
    out.push({
      key: hex(a.keyCopy(n)),
      height: a.height(n),
      size: a.size(n),
      version: a.version(n),
      nonce: a.nonce(n),
      hash: a.hashBytes(n).toString('hex'),
      ...(a.height(n) === 0 ? { value: hex(a.bytes.copy(a.value(n))) } : {}),
    });
    if (a.height(n) > 0) {
      walk(s.ndb.left(n));
      walk(s.ndb.right(n));
    }
  };
  const root = s.root;
  if (root !== null) walk(root);
  return out;
}

let dir: string;
beforeEach(() => {
  dir = makeTmpDir('vectors');
});
afterEach(() => removeDir(dir));

describe(`IAVL sequences (${sequencesFile.iavl_version})`, () => {
  test.each(sequencesFile.sequences.map((s) => [s.name, s] as const))('%s: root hash, size, height and nodes at every version', async (_name, seq) => {
    const ms = await MultiStore.open({ path: dir, stores: ['seq'], sync: false });
    if (seq.options.initial_version > 0) await ms.setInitialVersion(seq.options.initial_version);
    for (const v of seq.versions) {
      const store = ms.store('seq') as IavlStore;
      applyOps(store, v.ops);
      const working = ms.workingHash(); // hashing before commit must not change the result
      const r = await ms.commit();
      expect(r.version).toBe(v.version);
      expect(hex(r.stores[0].hash)).toBe(v.root_hash);
      expect(store.tree.size).toBe(v.size);
      expect(store.tree.height).toBe(v.height);
      expect(working).toEqual(r.hash);
      if ('nodes' in v && v.nodes) expect(preorder(ms.storeAt('seq', v.version))).toEqual(v.nodes);
    }
    await ms.close();
  });
});

describe('IAVL ICS-23 proofs are byte-identical', () => {
  test.each(proofsFile.trees.map((t) => [t.name, t] as const))('%s', async (_name, tree) => {
    const ms = await MultiStore.open({ path: dir, stores: ['seq'], sync: false });
    const versions = 'from_sequence' in tree && tree.from_sequence
      ? sequencesFile.sequences.find((s) => s.name === tree.from_sequence)!.versions
      : (tree as { versions: { ops: Op[] }[] }).versions;
    for (const v of versions) {
      applyOps(ms.store('seq') as IavlStore, v.ops);
      await ms.commit();
    }
    expect(ms.version).toBe(tree.version);
    expect(hex(ms.lastCommitInfo.stores[0].hash)).toBe(tree.root_hash);
    for (const p of tree.proofs) {
      const { value, proofOps } = ms.prove('seq', bytes(p.key), tree.version);
      expect({ case: p.case, proof: hex(proofOps[0].data) }).toEqual({ case: p.case, proof: p.proof });
      expect(value === undefined ? undefined : hex(value)).toBe(p.exists ? p.value : undefined);
      expect(CommitmentProof.decode(proofOps[0].data).exist !== undefined).toBe(p.exists);
    }
    await ms.close();
  });
});

describe(`multistore app hash (${multistoreFile.store_version})`, () => {
  const iavlStores = (mounted: string[]) => mounted.filter((n) => n !== 'memory_cap' && n !== 'transient_tx');

  test('per-store roots and app hashes across commits, stores added and deleted by upgrades', async () => {
    let ms: MultiStore | undefined;
    let mounted: string[] = [];
    for (const c of multistoreFile.commits) {
      const deleted = c.upgrade?.deleted ?? [];
      if (!ms || c.upgrade) {
        await ms?.close();
        mounted = iavlStores(c.mounted).filter((n) => !deleted.includes(n));
        ms = await MultiStore.open({ path: dir, stores: mounted, deletedStores: deleted, sync: false });
      }
      for (const w of c.writes) {
        if (!mounted.includes(w.store)) continue; // transient/memory stores: outside the app hash, not modelled here
        const store = ms.store(w.store) as IavlStore;
        if (w.op === 'set') store.tree.set(bytes(w.key), bytes(w.value!));
        else store.tree.remove(bytes(w.key));
      }
      const r = await ms.commit();
      expect(r.version).toBe(c.height);
      expect(r.stores.map((s) => ({ name: s.name, version: c.height, root_hash: hex(s.hash) }))).toEqual(
        c.stores.map((s) => ({ name: s.name, version: s.version, root_hash: s.root_hash })),
      );
      expect(hex(r.hash)).toBe(c.app_hash);
      expect(ms.storeNames.sort()).toEqual(mounted.sort());
    }
    // proven queries: both proof ops byte-identical to the SDK's
    for (const q of multistoreFile.queries) {
      const name = q.path.split('/')[1];
      const { value, proofOps } = ms!.prove(name, bytes(q.key), q.height);
      expect(hex((await ms!.commitInfo(q.height)).hash)).toBe(q.app_hash);
      expect(value === undefined ? undefined : hex(value)).toBe(q.value ?? undefined);
      expect(proofOps.map((o) => ({ type: o.type, key: hex(o.key), data: hex(o.data) }))).toEqual(q.proof_ops);
    }
    await ms!.close();
  });
});
