/**
 * The bridge's chain side in the real app, four validators with real vote extensions (the oracle
 * harness: ed25519-signed extensions, PrepareProposal → ProcessProposal → FinalizeBlock → Commit):
 * valset 0 from genesis keys, anchors of the previous height's app hash signed by every validator's
 * bridge key, deposits credited exactly once behind > 2/3 of power, withdrawals burnt and proven
 * against the next anchor (OpenZeppelin StandardMerkleTree as the reference), key registration with
 * proof of possession and the signed valset update it causes. Digests are compared with viem's.
 */
import { sign } from 'node:crypto';
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { getAddress, recoverMessageAddress, toHex, type Hex } from 'viem';
import type { ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import { accountAddress } from '../../../chain/address';
import { formatEvmAddress, registrationDigest } from '../../../modules/bridge/encoding';
import { evmAddressOfPrivateKey, signDigest } from '../../../modules/bridge/signatures';
import { buildSection, decodeSection, privateKeySigner, type BridgeSigner, type DepositSource } from '../../../modules/bridge/vote-extension';
import { DEFAULT_PARAMS } from '../../../modules/bridge/params';
import { QueryAnchorRequest, QueryAnchorResponse, QueryAttestationsRequest, QueryAttestationsResponse, QueryDepositsRequest, QueryDepositsResponse, QueryValsetRequest, QueryValsetResponse, QueryWithdrawalProofRequest, QueryWithdrawalProofResponse } from '../../../proto/gen/settle/bridge/v1/query';
import { MsgRegisterBridgeKey, MsgWithdraw } from '../../../proto/gen/settle/bridge/v1/tx';
import { MsgDeposit } from '../../../proto/gen/settle/margin/v1/tx';
import { AttestationKind, BridgeVoteExtension, type Deposit, type Params } from '../../../proto/gen/settle/bridge/v1/types';
import { RequestVerifyVoteExtension, ResponseVerifyVoteExtension_VerifyStatus } from 'cosmjs-types/tendermint/abci/types';
import { encodeVoteExtension } from '../../../chain/app';
import * as ref from '../../../scripts/bridge/encoding';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { deriveKeys, fundedAppState, signTx, type EncodedMsg, type Key } from '../../reliability/lib/accounts';
import { query } from '../helpers';
import { CHAIN_ID, OracleChain, validator, type Validator } from '../oracle/harness';

const BRIDGE = '0x00000000000000000000000000000000000b41d6';
const TOKEN = '0x000000000000000000000000000000000000a5dc';
const EVM_CHAIN = 31337n;
const USDC = 1_000_000n;
const evmKey = (i: number) => Buffer.from(ref.ANCHOR_TAG.slice(2), 'hex').map((b, j) => (j === 31 ? i + 1 : b)) as Uint8Array;
const refDomain: ref.Domain = { settleChainId: CHAIN_ID, evmChainId: EVM_CHAIN, bridge: getAddress(BRIDGE) };

/** A deposit watcher the test controls: what this validator "saw" on the EVM chain. */
class Watcher implements DepositSource {
  seen: Deposit[] = [];
  pending(from: bigint, max: number): Deposit[] {
    return this.seen.filter((d) => d.nonce >= from).slice(0, max);
  }
}

describe('bridge in the app', () => {
  let dir: string;
  let chain: OracleChain;
  let vals: Validator[];
  let signers: (BridgeSigner | undefined)[];
  let watchers: Watcher[];
  let users: Key[];
  const sequences = new Map<string, bigint>();
  /** Validators whose nodes send no bridge section. */
  const offline = new Set<number>();

  const keeper = () => chain.modules.keepers.bridge;
  const state = () => chain.app.contextAt(chain.height);
  const bridgeParams = (over: Partial<Params> = {}): Params => ({ ...DEFAULT_PARAMS, anchorInterval: 3n, evmChainId: EVM_CHAIN, bridgeContract: BRIDGE, token: TOKEN, ...over });

  async function open(registered = 4, over: Partial<Params> = {}): Promise<void> {
    dir = makeTmpDir('bridge-app');
    sequences.clear();
    offline.clear();
    vals = [10n, 20n, 30n, 40n].map((p, i) => validator(i, p));
    signers = vals.map((_, i) => privateKeySigner(evmKey(i), evmAddressOfPrivateKey(evmKey(i))));
    watchers = vals.map(() => new Watcher());
    users = await deriveKeys('bridge-app', 2);
    const appState = fundedAppState(users.map((u) => ({ address: u.address, coins: [{ denom: 'usettle', amount: '1000000000' }] })));
    appState.bridge = {
      params: bridgeParamsJSON(bridgeParams(over)),
      keys: vals.slice(0, registered).map((v, i) => ({ validatorAddress: v.address.toString('hex'), evmAddress: signers[i]!.evmAddress })),
    };
    // bridged USDC listed as margin collateral (valued like USDC, 2 % haircut), as bridgenet's genesis does
    const margin = appState.margin as { assets: unknown[] };
    margin.assets = [...margin.assets, { denom: 'ubusdc', haircut: '0.02', oracleMarket: '', decimals: 6, depositCap: '0', enabled: true }];
    chain = await OracleChain.open(dir, vals, undefined, { appState, bridge: { signer: signers[0], deposits: watchers[0] } });
    chain.otherSections = (i) => {
      if (offline.has(i)) return new Map();
      const section = buildSection(keeper(), state(), signers[i], watchers[i]);
      return new Map(section.length > 0 ? [['bridge', section]] : []);
    };
  }

  afterEach(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  async function tx(key: Key, msgs: EncodedMsg[]): Promise<Uint8Array> {
    const seq = sequences.get(key.address) ?? 0n;
    sequences.set(key.address, seq + 1n);
    return signTx(key, msgs, { chainId: CHAIN_ID, accountNumber: BigInt(users.indexOf(key)), sequence: seq, fee: [{ denom: 'usettle', amount: '5000' }], gas: 2_000_000n });
  }

  const steps = async (n: number, txs: Uint8Array[] = []): Promise<ResponseFinalizeBlock[]> => {
    const out: ResponseFinalizeBlock[] = [];
    for (let i = 0; i < n; i++) out.push(await chain.step(1n, i === 0 ? txs : []));
    return out;
  };
  const q = {
    valset: (req: object) => query(chain.app, '/settle.bridge.v1.Query/Valset', QueryValsetRequest, req, QueryValsetResponse),
    anchor: (nonce: bigint) => query(chain.app, '/settle.bridge.v1.Query/Anchor', QueryAnchorRequest, { nonce }, QueryAnchorResponse),
    attestations: () => query(chain.app, '/settle.bridge.v1.Query/Attestations', QueryAttestationsRequest, { fromSeq: 1n, limit: 100 }, QueryAttestationsResponse),
    deposits: () => query(chain.app, '/settle.bridge.v1.Query/Deposits', QueryDepositsRequest, {}, QueryDepositsResponse),
    proof: (id: bigint) => query(chain.app, '/settle.bridge.v1.Query/WithdrawalProof', QueryWithdrawalProofRequest, { id }, QueryWithdrawalProofResponse),
  };
  const balance = (address: string) => chain.modules.keepers.bank.balance(state(), address, 'ubusdc');
  const refAnchor = (a: NonNullable<QueryAnchorResponse['anchor']>): ref.Anchor => ({
    nonce: a.nonce,
    height: a.height,
    appHash: toHex(a.appHash),
    settlementRoot: toHex(a.settlementRoot),
    withdrawalsRoot: toHex(a.withdrawalsRoot),
    lastDepositNonce: a.lastDepositNonce,
    valsetCheckpoint: toHex(a.valsetCheckpoint),
  });

  it('valset 0 from genesis keys; every 3rd height an anchor of its app hash, signed by all four bridge keys in vote extensions', async () => {
    await open();
    const results = await steps(8);
    const v0 = (await q.valset({ nonce: 0n })).valset!;
    const expected = ref.normalisedValset(0n, vals.map((v, i) => ({ address: getAddress(signers[i]!.evmAddress), stake: v.power })));
    expect(v0.validators.map((a) => getAddress(a))).toEqual(expected.validators);
    expect(v0.powers).toEqual(expected.powers);
    expect(toHex(v0.checkpoint)).toBe(ref.valsetCheckpoint(expected));

    const appHashAt = (h: bigint) => toHex(results[Number(h) - 1].appHash);
    const first = await q.anchor(1n);
    expect(first.anchor!.height).toBe(3n);
    expect(toHex(first.anchor!.appHash)).toBe(appHashAt(3n)); // the header app hash of height 4
    expect(toHex(first.anchor!.valsetCheckpoint)).toBe(toHex(v0.checkpoint));
    expect(toHex(first.attestation!.digest)).toBe(ref.anchorDigest(refDomain, refAnchor(first.anchor!)));
    // anchor 1 is fixed in block 4, signed in the extensions of height 5, stored in block 6
    expect(first.attestation!.complete).toBe(true);
    expect(first.signatures.map((s) => s.evmAddress)).toEqual([...v0.validators]);
    for (const s of first.signatures) expect(await recoverMessageAddress({ message: { raw: toHex(first.attestation!.digest) }, signature: toHex(s.signature) })).toBe(getAddress(s.evmAddress));
    const second = await q.anchor(2n);
    expect(second.anchor!.height).toBe(6n);
    expect(toHex(second.anchor!.appHash)).toBe(appHashAt(6n));
    expect(chain.app.checkInvariants()).toEqual([]);
  });

  it('a 1,000 USDC deposit is credited once > 2/3 of power reports the identical event, exactly once; conflicting or minority reports are not', async () => {
    await open();
    const recipient = users[1];
    const dep: Deposit = { nonce: 1n, token: TOKEN, from: '0x00000000000000000000000000000000000000f1', recipient: Buffer.from(accountAddressBytes(recipient.address)), amount: (1_000n * USDC).toString() };
    await steps(1);
    // validators 0, 1, 2: 60 of 100 power (≤ 2/3), and validator 3 reports a different amount
    for (const i of [0, 1, 2]) watchers[i].seen = [dep];
    watchers[3].seen = [{ ...dep, amount: '999' }];
    await steps(3);
    expect(balance(recipient.address)).toBe(0n);
    expect((await q.deposits()).lastDepositNonce).toBe(0n);
    // validator 3 now sees the same event: 100 of 100
    watchers[3].seen = [dep];
    await steps(3);
    expect(balance(recipient.address)).toBe(1_000n * USDC);
    // usable as margin collateral
    const toMargin: EncodedMsg = { typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.encode(MsgDeposit.fromPartial({ owner: recipient.address, subaccount: 0, denom: 'ubusdc', amount: (250n * USDC).toString() })).finish() };
    const [deposited] = await steps(1, [await tx(recipient, [toMargin])]);
    expect(deposited.txResults.at(-1)!.code).toBe(0);
    expect(chain.modules.keepers.margin.collateral(state(), recipient.address, 0, 'ubusdc')).toBe(250n * USDC);
    expect(balance(recipient.address)).toBe(750n * USDC);
    const d = await q.deposits();
    expect(d.lastDepositNonce).toBe(1n);
    expect(d.deposits).toHaveLength(1);
    expect(d.deposits[0].credited).toBe(true);
    expect(d.totals!.deposited).toBe((1_000n * USDC).toString());
    // the watchers keep reporting nonce 1 and replay it: nothing more
    await steps(3);
    expect(balance(recipient.address)).toBe(750n * USDC);
    // an anchor after the credit carries it
    const last = keeper().lastAnchorNonce(state());
    expect(keeper().anchor(state(), last)!.lastDepositNonce).toBe(1n);
    // a deposit of another token is consumed without minting
    for (const w of watchers) w.seen = [dep, { ...dep, nonce: 2n, token: '0x00000000000000000000000000000000000000ee' }];
    await steps(2);
    expect((await q.deposits()).lastDepositNonce).toBe(2n);
    expect(balance(recipient.address)).toBe(750n * USDC);
    expect(chain.app.checkInvariants()).toEqual([]);
  });

  it('a withdrawal burns, lands in the next anchor, and its proof verifies against StandardMerkleTree; bad input changes nothing', async () => {
    await open();
    const user = users[1];
    const dep: Deposit = { nonce: 1n, token: TOKEN, from: '0x00000000000000000000000000000000000000f1', recipient: Buffer.from(accountAddressBytes(user.address)), amount: (1_000n * USDC).toString() };
    for (const w of watchers) w.seen = [dep];
    await steps(3);
    expect(balance(user.address)).toBe(1_000n * USDC);
    const withdraw = (to: string, amount: string): EncodedMsg => ({ typeUrl: '/settle.bridge.v1.MsgWithdraw', value: MsgWithdraw.encode({ sender: user.address, to, amount }).finish() });
    const to = '0x00000000000000000000000000000000000000c1';
    const [res] = await steps(1, [await tx(user, [withdraw(to, (400n * USDC).toString()), withdraw('0x00000000000000000000000000000000000000c2', (100n * USDC).toString())])]);
    expect(res.txResults.at(-1)!.code).toBe(0);
    expect(balance(user.address)).toBe(500n * USDC);
    const [bad] = await steps(1, [await tx(user, [withdraw(to, (600n * USDC).toString())])]);
    expect(bad.txResults.at(-1)!.code).not.toBe(0);
    const [zero] = await steps(1, [await tx(user, [withdraw('0x0000000000000000000000000000000000000000', '1')])]);
    expect(zero.txResults.at(-1)!.codespace).toBe('bridge');
    expect(balance(user.address)).toBe(500n * USDC);
    const pending = await q.proof(1n);
    expect(pending.withdrawal!.anchorNonce).toBe(0n);
    await steps(4);
    const p = await q.proof(1n);
    expect(p.withdrawal!.anchorNonce).toBeGreaterThan(0n);
    const anchor = (await q.anchor(p.withdrawal!.anchorNonce)).anchor!;
    expect(anchor.withdrawalCount).toBe(2n);
    const values = [1n, 2n].map((id) => keeper().withdrawal(state(), id)!).map((w) => [w.id.toString(), w.to, w.token, w.amount]);
    const tree = StandardMerkleTree.of(values, ref.WITHDRAWAL_LEAF_TYPES);
    expect(toHex(anchor.withdrawalsRoot)).toBe(tree.root);
    expect(p.proof.map((x) => toHex(x))).toEqual(tree.getProof(values[0]));
    expect(toHex(p.leaf)).toBe(ref.withdrawalLeaf(1n, getAddress(to), getAddress(TOKEN), 400n * USDC));
    expect((await q.deposits()).totals!.withdrawn).toBe((500n * USDC).toString());
    expect(chain.app.checkInvariants()).toEqual([]);

    // export → import reproduces the bridge store byte for byte
    const exported = chain.app.exportGenesis();
    const storeOf = (c: OracleChain) => [...c.app.storeAt('bridge', c.height).iterator()].map((kv) => `${toHex(kv.key)}=${toHex(kv.value)}`);
    const original = storeOf(chain);
    const dir2 = makeTmpDir('bridge-app-import');
    const imported = await OracleChain.open(dir2, vals, exported.oracle as Record<string, unknown>, { appState: exported });
    try {
      await imported.step();
      expect(storeOf(imported)).toEqual(original);
    } finally {
      await imported.app.close();
      removeDir(dir2);
    }
  });

  it('MsgRegisterBridgeKey with proof of possession by both keys; the new key makes valset 1, signed by set 0 before the next anchor', async () => {
    await open(3); // validator 3 has no key yet
    await steps(1);
    const v0 = (await q.valset({ latest: true })).valset!;
    expect(v0.validators).toHaveLength(3);
    const evm = evmAddressOfPrivateKey(evmKey(3));
    const digest = registrationDigest(CHAIN_ID, vals[3].address, evm);
    const msg = (over: Partial<MsgRegisterBridgeKey> = {}): EncodedMsg => ({
      typeUrl: '/settle.bridge.v1.MsgRegisterBridgeKey',
      value: MsgRegisterBridgeKey.encode({
        sender: users[0].address,
        validatorAddress: vals[3].address.toString('hex'),
        evmAddress: formatEvmAddress(evm),
        evmSignature: signDigest(evmKey(3), digest),
        validatorSignature: sign(null, digest, vals[3].priv),
        ...over,
      }).finish(),
    });
    const taken = registrationDigest(CHAIN_ID, vals[3].address, evmAddressOfPrivateKey(evmKey(0)));
    // wrong EVM key, wrong consensus key, a key already in use, an unknown validator: refused with bridge errors
    const refused = await steps(1, [
      await tx(users[0], [msg({ evmSignature: signDigest(evmKey(9), digest) })]),
      await tx(users[0], [msg({ validatorSignature: sign(null, digest, vals[2].priv) })]),
      await tx(users[0], [msg({ evmAddress: signers[0]!.evmAddress, evmSignature: signDigest(evmKey(0), taken), validatorSignature: sign(null, taken, vals[3].priv) })]),
      await tx(users[0], [msg({ validatorAddress: 'ab'.repeat(20) })]),
    ]);
    expect(refused[0].txResults.slice(-4).map((r) => `${r.codespace}/${r.code}`)).toEqual(['bridge/7', 'bridge/7', 'bridge/8', 'bridge/6']);
    expect(keeper().bridgeKey(state(), vals[3].address)).toBeUndefined();
    const [ok] = await steps(1, [await tx(users[0], [msg()])]);
    expect(ok.txResults.at(-1)!.code).toBe(0);
    await steps(6);
    const v1 = (await q.valset({ nonce: 1n })).valset!;
    expect(v1.validators).toHaveLength(4);
    const atts = (await q.attestations()).attestations;
    const update = atts.find((a) => a.attestation!.kind === AttestationKind.ATTESTATION_KIND_VALSET)!;
    expect(update.attestation!.signerValsetNonce).toBe(0n);
    expect(toHex(update.attestation!.digest)).toBe(ref.valsetUpdateDigest(refDomain, { nonce: 1n, validators: v1.validators.map((a) => getAddress(a)), powers: v1.powers }));
    expect(update.attestation!.complete).toBe(true);
    expect(update.signatures.map((s) => s.evmAddress)).toEqual(v0.validators); // the old set signs the move
    const next = atts.find((a) => a.attestation!.seq > update.attestation!.seq && a.attestation!.kind === AttestationKind.ATTESTATION_KIND_ANCHOR)!;
    expect(toHex(next.anchor!.valsetCheckpoint)).toBe(toHex(v1.checkpoint));
    expect(next.signatures.map((s) => s.evmAddress)).toEqual(v1.validators);
  });
  it('VerifyVoteExtension rejects a malformed bridge section with the reason (bridge/11), and the chain goes on', async () => {
    await open();
    await steps(5);
    const seq = keeper().nextSeq(state()) - 1n;
    const att = keeper().attestation(state(), seq)!;
    const good = signers[1]!.sign(att.digest);
    const dep: Deposit = { nonce: 1n, token: TOKEN, from: TOKEN, recipient: new Uint8Array(20).fill(7), amount: '5' };
    const enc = (e: Partial<BridgeVoteExtension>) => BridgeVoteExtension.encode(BridgeVoteExtension.fromPartial(e)).finish();
    const highS = Buffer.from(good);
    const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    highS.set(Buffer.from((N - BigInt(toHex(good.subarray(32, 64)))).toString(16).padStart(64, '0'), 'hex'), 32);
    highS[64] = good[64] === 27 ? 28 : 27;
    const cases: [Uint8Array, RegExp][] = [
      [Uint8Array.of(0xff, 0xff, 0xff), /not a BridgeVoteExtension/],
      [Buffer.concat([enc({ deposits: [dep] }), Uint8Array.of(0x08, 0x01)]), /canonical|not a BridgeVoteExtension/],
      [enc({ signatures: [{ seq: 999n, signature: good }] }), /no attestation 999/],
      [enc({ signatures: [{ seq, signature: signDigest(evmKey(9), att.digest) }] }), /is not in valset/],
      [enc({ signatures: [{ seq, signature: highS }] }), /lower half/],
      [enc({ signatures: [{ seq, signature: good }, { seq, signature: good }] }), /strictly increasing seq/],
      [enc({ deposits: [{ ...dep, token: TOKEN.toUpperCase().replace('0X', '0x') }] }), /lower-case 0x address/],
      [enc({ deposits: [{ ...dep, recipient: new Uint8Array(5) }] }), /20 or 32 bytes/],
      [enc({ deposits: [{ ...dep, amount: '0' }] }), /amount must be/],
      [enc({ deposits: [{ ...dep, amount: (1n << 128n).toString() }] }), /amount must be/],
      [enc({ deposits: [dep, dep] }), /strictly increasing nonce/],
      [enc({ deposits: Array.from({ length: 17 }, (_, i) => ({ ...dep, nonce: BigInt(i + 1) })) }), /at most 16/],
    ];
    for (const [bytes, why] of cases) {
      expect(() => decodeSection(keeper(), state(), bytes)).toThrow(why);
      const res = await chain.app.verifyVoteExtension(RequestVerifyVoteExtension.fromPartial({ height: BigInt(chain.height + 1), validatorAddress: vals[1].address, voteExtension: encodeVoteExtension(new Map([['bridge', bytes]])) }));
      expect(res.status).toBe(ResponseVerifyVoteExtension_VerifyStatus.REJECT);
    }
    expect(() => decodeSection(keeper(), state(), enc({ signatures: [{ seq, signature: good }], deposits: [dep] }))).not.toThrow();
    const ok = await chain.app.verifyVoteExtension(RequestVerifyVoteExtension.fromPartial({ height: BigInt(chain.height + 1), validatorAddress: vals[1].address, voteExtension: encodeVoteExtension(new Map([['bridge', enc({ signatures: [{ seq, signature: good }] })]])) }));
    expect(ok.status).toBe(ResponseVerifyVoteExtension_VerifyStatus.ACCEPT);
    await steps(2);
    expect(chain.app.checkInvariants()).toEqual([]);
  });
  it('attestations left incomplete while > 1/3 of power is silent are signed oldest first once it returns (none given up)', async () => {
    await open(4, { anchorInterval: 1n, signingWindow: 2 });
    offline.add(2).add(3); // 70 of 100 power silent: nothing completes
    await steps(10);
    const incomplete = () => keeper().attestations(state()).filter((a) => !a.complete).map((a) => a.seq);
    expect(incomplete().length).toBeGreaterThanOrEqual(8);
    expect(incomplete()[0]).toBe(1n);
    offline.clear();
    await steps(3);
    expect(keeper().attestation(state(), 1n)!.complete).toBe(true); // the oldest first, not the newest window
    await steps(20);
    const left = incomplete();
    expect(left.every((seq) => seq >= keeper().nextSeq(state()) - 3n)).toBe(true); // only the newest, still being signed
    expect(keeper().firstIncomplete(state())).toBe(left[0] ?? keeper().nextSeq(state()));
  });
});

function accountAddressBytes(address: string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fromBech32 } = require('@cosmjs/encoding') as typeof import('@cosmjs/encoding');
  const bytes = fromBech32(address).data;
  if (accountAddress(bytes) !== address) throw new Error('bech32 round trip');
  return bytes;
}

function bridgeParamsJSON(p: Params): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Params: codec } = require('../../../proto/gen/settle/bridge/v1/types') as typeof import('../../../proto/gen/settle/bridge/v1/types');
  return codec.toJSON(p);
}
