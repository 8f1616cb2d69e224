// Our side's proofs: /store/ibc/key with prove=true serves the two ICS-23 ops a Go relayer turns into
// a MerkleProof (ics23:iavl keyed by the path, then ics23:simple keyed by "ibc"), and they verify
// against settle's app hash with @confio/ics23 — membership of stored values and non-membership of
// an absent receipt. Also: the ibc genesis section round-trips the store.
import { iavlSpec, ics23, tendermintSpec, verifyMembership as ics23Membership, verifyNonMembership as ics23NonMembership, calculateExistenceRoot } from '@confio/ics23';
import { MerkleProof } from 'cosmjs-types/ibc/core/commitment/v1/commitment';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import type { SettleApp } from '../../../chain/app';
import { Paths, RECEIPT_VALUE, u64 } from '../../../modules/ibc/keys';
import { defaultGenesis } from '../../../modules/ibc/genesis';
import { verifyMembership, verifyNonMembership } from '../../../modules/ibc/proof';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { openApp, startChain } from '../helpers';

const entries: [string, Uint8Array][] = [
  [Paths.packetReceipt('transfer', 'channel-0', 1n), RECEIPT_VALUE],
  [Paths.packetReceipt('transfer', 'channel-0', 3n), RECEIPT_VALUE],
  [Paths.packetCommitment('transfer', 'channel-0', 7n), Buffer.alloc(32, 9)],
  [Paths.nextSequenceRecv('transfer', 'channel-0'), u64(4n)],
];
const ABSENT = Paths.packetReceipt('transfer', 'channel-0', 2n);

describe('ICS-23 proofs served from store ibc', () => {
  let dir: string;
  let app: SettleApp;
  let appHash: Uint8Array;
  let genesis: ReturnType<typeof defaultGenesis>;

  beforeAll(async () => {
    dir = makeTmpDir('ibc-proofs');
    app = (await openApp(dir)).app;
    genesis = { ...defaultGenesis(), state: entries.map(([k, v]) => ({ key: Buffer.from(k).toString('hex'), value: Buffer.from(v).toString('base64') })) };
    await startChain(app, { ibc: genesis });
    appHash = (await app.info({ version: '', blockVersion: 0n, p2pVersion: 0n, abciVersion: '' })).lastBlockAppHash;
  });
  afterAll(async () => {
    await app.close();
    removeDir(dir);
  });

  async function prove(path: string) {
    const r = await app.query({ path: '/store/ibc/key', data: Buffer.from(path), height: 1n, prove: true });
    expect(r.code).toBe(0);
    return r;
  }
  const merkleProof = (ops: { data: Uint8Array }[]) => MerkleProof.encode({ proofs: ops.map((o) => CommitmentProof.decode(o.data)) }).finish();

  test('the ops are ics23:iavl keyed by the path, then ics23:simple keyed by the store name', async () => {
    const r = await prove(entries[0][0]);
    expect(r.proofOps!.ops.map((o) => [o.type, Buffer.from(o.key).toString()])).toEqual([
      ['ics23:iavl', entries[0][0]],
      ['ics23:simple', 'ibc'],
    ]);
    expect(Buffer.from(r.value)).toEqual(Buffer.from(RECEIPT_VALUE));
  });

  test('the Go relayer\'s path without the leading slash ("store/ibc/key") is served the same proof', async () => {
    const [path] = entries[0];
    const withSlash = await prove(path);
    const r = await app.query({ path: 'store/ibc/key', data: Buffer.from(path), height: 1n, prove: true });
    expect(r.code).toBe(0);
    expect(r.proofOps).toEqual(withSlash.proofOps);
    expect((await app.query({ path: 'cosmos.bank.v1beta1.Query/Params', data: new Uint8Array(0), height: 0n, prove: false })).code).not.toBe(0);
  });

  test('every stored value verifies against the app hash, with @confio/ics23 directly and through the keeper’s verifier', async () => {
    for (const [path, value] of entries) {
      const r = await prove(path);
      const [iavl, simple] = r.proofOps!.ops.map((o) => ics23.CommitmentProof.decode(o.data));
      const storeRoot = calculateExistenceRoot(iavl.exist!);
      expect(ics23Membership(iavl, iavlSpec, storeRoot, Buffer.from(path), value)).toBe(true);
      expect(ics23Membership(simple, tendermintSpec, appHash, Buffer.from('ibc'), storeRoot)).toBe(true);
      expect(() => verifyMembership(merkleProof(r.proofOps!.ops), appHash, { prefix: Buffer.from('ibc'), key: Buffer.from(path) }, value)).not.toThrow();
    }
  });

  test('an absent receipt has a non-existence proof that verifies; membership claims about it fail', async () => {
    const r = await prove(ABSENT);
    expect(r.value.length).toBe(0);
    const [iavl, simple] = r.proofOps!.ops.map((o) => ics23.CommitmentProof.decode(o.data));
    expect(iavl.nonexist).toBeTruthy();
    const storeRoot = calculateExistenceRoot((iavl.nonexist!.left ?? iavl.nonexist!.right)!);
    expect(ics23NonMembership(iavl, iavlSpec, storeRoot, Buffer.from(ABSENT))).toBe(true);
    expect(ics23Membership(simple, tendermintSpec, appHash, Buffer.from('ibc'), storeRoot)).toBe(true);
    const proof = merkleProof(r.proofOps!.ops);
    expect(() => verifyNonMembership(proof, appHash, { prefix: Buffer.from('ibc'), key: Buffer.from(ABSENT) })).not.toThrow();
    expect(() => verifyMembership(proof, appHash, { prefix: Buffer.from('ibc'), key: Buffer.from(ABSENT) }, RECEIPT_VALUE)).toThrow(/existence proof/);
  });

  test('proofs fail for another value, another key, another root, another prefix, and present keys are not absent', async () => {
    const [path, value] = entries[2];
    const proof = merkleProof((await prove(path)).proofOps!.ops);
    const at = { prefix: Buffer.from('ibc'), key: Buffer.from(path) };
    expect(() => verifyMembership(proof, appHash, at, Buffer.alloc(32, 8))).toThrow(/not proven/);
    expect(() => verifyMembership(proof, appHash, { ...at, key: Buffer.from(entries[1][0]) }, value)).toThrow(/not proven/);
    expect(() => verifyMembership(proof, Buffer.alloc(32, 1), at, value)).toThrow(/store root/);
    expect(() => verifyMembership(proof, appHash, { ...at, prefix: Buffer.from('bank') }, value)).toThrow(/store root/);
    expect(() => verifyNonMembership(proof, appHash, at)).toThrow(/non-existence/);
    const absentProof = merkleProof((await prove(ABSENT)).proofOps!.ops);
    expect(() => verifyNonMembership(absentProof, appHash, { prefix: Buffer.from('ibc'), key: Buffer.from(entries[0][0]) })).toThrow(/not proven/);
    expect(() => verifyMembership(Buffer.from('garbage'), appHash, at, value)).toThrow(/MerkleProof|proofs/);
    expect(() => verifyMembership(new Uint8Array(0), appHash, at, value)).toThrow(/empty/);
  });

  test('the ibc genesis section exports what it imported', () => {
    const exported = app.exportGenesis().ibc as typeof genesis;
    expect(exported.client_params).toEqual(genesis.client_params);
    expect([...exported.state].sort((x, y) => (x.key < y.key ? -1 : 1))).toEqual([...genesis.state].sort((x, y) => (x.key < y.key ? -1 : 1)));
  });
});
