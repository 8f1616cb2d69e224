import { ics23, iavlSpec, tendermintSpec, verifyMembership, verifyNonMembership, calculateExistenceRoot } from '@confio/ics23';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { MultiStore } from '../../../chain/store';
import { Rng } from '../../helpers/rng';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

const enc = (s: string) => Buffer.from(s);

function decodeOps(ops: { type: string; key: Uint8Array; data: Uint8Array }[]) {
  expect(ops.map((o) => o.type)).toEqual(['ics23:iavl', 'ics23:simple']);
  return ops.map((o) => ics23.CommitmentProof.decode(o.data));
}

/** Verifies the two-op proof chain the way a light client does: key → store root → app hash. */
function verifyChain(
  ops: { type: string; key: Uint8Array; data: Uint8Array }[],
  appHash: Uint8Array,
  storeName: string,
  key: Uint8Array,
  value: Uint8Array | undefined,
): boolean {
  const [iavlProof, simpleProof] = decodeOps(ops);
  const storeRoot = calculateExistenceRoot(simpleProof.exist!);
  // the store root is the value proven by the simple op
  const rootOk = verifyMembership(simpleProof, tendermintSpec, appHash, enc(storeName), simpleProof.exist!.value!);
  const subRoot = simpleProof.exist!.value!;
  const keyOk =
    value === undefined
      ? verifyNonMembership(iavlProof, iavlSpec, subRoot, key)
      : verifyMembership(iavlProof, iavlSpec, subRoot, key, value);
  return rootOk && keyOk && Buffer.from(storeRoot).equals(Buffer.from(appHash));
}

describe('ICS-23 proofs', () => {
  let dir: string;
  let ms: MultiStore;
  const keys: Buffer[] = [];
  beforeAll(async () => {
    dir = makeTmpDir('proofs');
    ms = await MultiStore.open({ path: dir, stores: ['acc', 'bank', 'oracle', 'zeta', 'options'], sync: false });
    const rng = new Rng(7);
    for (let v = 0; v < 5; v++) {
      const b = ms.branch();
      for (let i = 0; i < 60; i++) {
        const k = Buffer.from(`key-${String(rng.int(500)).padStart(3, '0')}`);
        b.store('bank').set(k, rng.bytes(1 + rng.int(40)));
        b.store(rng.pick(['acc', 'oracle', 'zeta'])).set(k, rng.bytes(8));
      }
      b.write();
      await ms.commit();
    }
    for (const { key } of ms.store('bank').iterator()) keys.push(Buffer.from(key));
  });
  afterAll(async () => {
    await ms.close();
    removeDir(dir);
  });

  test('existing keys verify against the app hash, at the latest and an older version', async () => {
    for (const version of [ms.version, ms.version - 2]) {
      const appHash = (await ms.commitInfo(version)).hash;
      const store = ms.storeAt('bank', version);
      const present = [...store.iterator()].map((p) => p.key);
      for (const key of [present[0], present[Math.floor(present.length / 2)], present[present.length - 1]]) {
        const { value, proofOps } = ms.prove('bank', key, version);
        expect(value).toEqual(store.get(key));
        expect(verifyChain(proofOps, appHash, 'bank', key, value)).toBe(true);
      }
    }
  });

  test('absent keys before the first, after the last and between neighbours verify as non-members', () => {
    const appHash = ms.lastCommitInfo.hash;
    const between = Buffer.concat([keys[3], Buffer.from([0])]); // after keys[3], before keys[4]
    for (const key of [Buffer.from('a'), Buffer.from('zzz'), between]) {
      expect(ms.store('bank').get(key)).toBeUndefined();
      const { value, proofOps } = ms.prove('bank', key, ms.version);
      expect(value).toBeUndefined();
      const [p] = decodeOps(proofOps);
      expect(p.nonexist).toBeTruthy();
      if (key.toString() === 'a') expect(p.nonexist!.left).toBeFalsy();
      if (key.toString() === 'zzz') expect(p.nonexist!.right).toBeFalsy();
      if (key === between) {
        expect(Buffer.from(p.nonexist!.left!.key!)).toEqual(keys[3]);
        expect(Buffer.from(p.nonexist!.right!.key!)).toEqual(keys[4]);
      }
      expect(verifyChain(proofOps, appHash, 'bank', key, undefined)).toBe(true);
    }
  });

  test('a tampered value, proof or app hash fails verification', () => {
    const appHash = ms.lastCommitInfo.hash;
    const key = keys[10];
    const { value, proofOps } = ms.prove('bank', key, ms.version);
    const wrongValue = Buffer.concat([Buffer.from(value!), Buffer.from([1])]);
    expect(verifyChain(proofOps, appHash, 'bank', key, wrongValue)).toBe(false);
    const badHash = Buffer.from(appHash);
    badHash[0] ^= 1;
    expect(verifyChain(proofOps, badHash, 'bank', key, value)).toBe(false);
    // flip a byte of an inner sibling hash in the iavl op
    const proof = CommitmentProof.decode(proofOps[0].data);
    const step = proof.exist!.path[1];
    const target = step.suffix.length > 1 ? step.suffix : step.prefix;
    target[target.length - 1] ^= 1;
    const tampered = [{ ...proofOps[0], data: CommitmentProof.encode(proof).finish() }, proofOps[1]];
    expect(verifyChain(tampered, appHash, 'bank', key, value)).toBe(false);
    // a membership proof does not prove an absent key, and a present key has no non-membership proof
    expect(verifyChain(proofOps, appHash, 'bank', Buffer.from('key-zzz'), value)).toBe(false);
    expect(verifyChain(proofOps, appHash, 'bank', key, undefined)).toBe(false);
  });

  test('unknown stores and missing versions are clear errors', () => {
    expect(() => ms.prove('nope', keys[0], ms.version)).toThrow(/no store named/);
    expect(() => ms.prove('bank', keys[0], ms.version + 1)).toThrow(/does not exist/);
  });
});
