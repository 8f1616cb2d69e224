import { Secp256k1HdWallet } from '@cosmjs/amino';
import { DirectSecp256k1HdWallet, makeSignDoc, type OfflineSigner } from '@cosmjs/proto-signing';
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { GetTxRequest, GetTxResponse, SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BinaryWriter } from 'cosmjs-types/binary';
import { accountFromAny } from '@cosmjs/stargate';
import { ExecTxResult, RequestFinalizeBlock, RequestInitChain, ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp, SIMULATE_PATH } from '../../../chain/app';
import { GET_TX_PATH } from '../../../chain/app/tx-index';
import { Dec } from '../../../chain/math';
import { settleModules } from '../../../chain/node/modules';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/**
 * The tx pipeline in-process, with txs built and signed by real CosmJS (SigningStargateClient
 * offline, direct and amino wallets) and run through the real app and modules.
 */

const CHAIN_ID = 'settle-tx-test-1';
const MNEMONICS = [
  'session maze divert convince angry reform faint lazy spin setup unique text goose trigger palace use focus whip unlock gospel album magic admit glass',
  'boil upper sea remove lonely note gossip merge equip pink broom curve term beach alpha thunder man sleep donate time below spatial shock cruise',
];
const FEE: StdFee = { amount: [{ denom: 'usettle', amount: '5000' }], gas: '200000' };

interface Signer {
  address: string;
  client: SigningStargateClient;
}

async function signerFor(wallet: OfflineSigner): Promise<Signer> {
  const [{ address }] = await wallet.getAccounts();
  return { address, client: await SigningStargateClient.offline(wallet) };
}

let dir: string;
let app: SettleApp;
let height = 0;
let alice: Signer;
let aliceDirect: DirectSecp256k1HdWallet;
let aliceAmino: Signer;
let bob: Signer;

function send(from: string, to: string, amount: string, denom = 'uusdc') {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount: [{ denom, amount }] }) };
}

async function signed(s: Signer, msgs: { typeUrl: string; value: unknown }[], opts: { sequence: number; accountNumber?: number; chainId?: string; fee?: StdFee; memo?: string }): Promise<Uint8Array> {
  const raw = await s.client.sign(s.address, msgs, opts.fee ?? FEE, opts.memo ?? '', {
    accountNumber: BigInt(opts.accountNumber ?? (s.address === bob.address ? 1 : 0)),
    sequence: opts.sequence,
    chainId: opts.chainId ?? CHAIN_ID,
  });
  return TxRaw.encode(raw).finish();
}

async function block(txs: Uint8Array[]): Promise<ExecTxResult[]> {
  height++;
  const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: 1_764_000_000n + BigInt(height), nanos: 0 }, proposerAddress: Buffer.alloc(20, 1), txs }));
  await app.commit({});
  return res.txResults;
}

function dump(): string[] {
  return ['auth', 'bank'].flatMap((s) => [...app.workingStore(s).iterator()].map((p) => `${s}:${Buffer.from(p.key).toString('hex')}=${Buffer.from(p.value).toString('hex')}`));
}

function balance(address: string, denom: string): bigint {
  const key = Buffer.concat([Buffer.from([0x02, 20]), Buffer.from(require('@cosmjs/encoding').fromBech32(address).data), Buffer.from(denom)]);
  const v = app.workingStore('bank').get(key);
  return v ? BigInt(Buffer.from(v).toString()) : 0n;
}

beforeAll(async () => {
  aliceDirect = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONICS[0], { prefix: 'settle' });
  alice = await signerFor(aliceDirect);
  aliceAmino = await signerFor(await Secp256k1HdWallet.fromMnemonic(MNEMONICS[0], { prefix: 'settle' }));
  bob = await signerFor(await DirectSecp256k1HdWallet.fromMnemonic(MNEMONICS[1], { prefix: 'settle' }));
  dir = makeTmpDir('tx');
  app = await SettleApp.open({ dbPath: dir, ...settleModules({ minGasPrice: { denom: 'usettle', amount: Dec.parse('0.01') } }), logger: pino({ level: 'silent' }), sync: false });
  const coins = [{ denom: 'usettle', amount: '1000000000' }, { denom: 'uusdc', amount: '1000000000' }];
  const appState = {
    auth: {
      accounts: [alice, bob].map((s, i) => ({ '@type': '/cosmos.auth.v1beta1.BaseAccount', address: s.address, pub_key: null, account_number: String(i), sequence: '0' })),
    },
    bank: { balances: [alice, bob].map((s) => ({ address: s.address, coins })).sort((a, b) => (a.address < b.address ? -1 : 1)) },
  };
  await app.initChain(RequestInitChain.fromPartial({ chainId: CHAIN_ID, initialHeight: 1n, time: { seconds: 1_764_000_000n, nanos: 0 }, appStateBytes: Buffer.from(JSON.stringify(appState)), consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } } }));
  await block([]);
});

afterAll(async () => {
  await app.close();
  removeDir(dir);
});

describe('tx pipeline with CosmJS-signed txs', () => {
  test('a direct-signed MsgSend moves coins, charges the fee, bumps the sequence, emits SDK events', async () => {
    const before = [balance(alice.address, 'uusdc'), balance(bob.address, 'uusdc'), balance(alice.address, 'usettle')];
    const tx = await signed(alice, [send(alice.address, bob.address, '1234')], { sequence: 0 });
    expect((await app.checkTx({ tx, type: 0 })).code).toBe(0);
    const [r] = await block([tx]);
    expect(r.log).toBe('');
    expect(r.code).toBe(0);
    expect(r.gasUsed).toBeGreaterThan(0n);
    expect(r.gasWanted).toBe(200000n);
    expect([balance(alice.address, 'uusdc'), balance(bob.address, 'uusdc'), balance(alice.address, 'usettle')]).toEqual([before[0] - 1234n, before[1] + 1234n, before[2] - 5000n]);
    const types = r.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['tx', 'message', 'coin_spent', 'coin_received', 'transfer']));
    const message = r.events.find((e) => e.type === 'message' && e.attributes.some((a) => a.key === 'action'))!;
    expect(Object.fromEntries(message.attributes.map((a) => [a.key, a.value]))).toMatchObject({ action: '/cosmos.bank.v1beta1.MsgSend', sender: alice.address, module: 'bank' });
    expect(r.events.find((e) => e.type === 'tx' && e.attributes[0].key === 'acc_seq')!.attributes[0].value).toBe(`${alice.address}/0`);
  });

  test('GetTx answers committed txs by hash from the local index, and NotFound otherwise', async () => {
    const tx = await signed(alice, [send(alice.address, bob.address, '7')], { sequence: 1 });
    const [r] = await block([tx]);
    const hash = require('node:crypto').createHash('sha256').update(tx).digest('hex');
    const q = await app.query({ path: GET_TX_PATH, data: GetTxRequest.encode({ hash }).finish(), height: 0n, prove: false });
    expect(q.code).toBe(0);
    const res = GetTxResponse.decode(q.value);
    expect(res.txResponse!.height).toBe(BigInt(height));
    expect(res.txResponse!.txhash).toBe(hash.toUpperCase());
    expect(res.txResponse!.gasUsed).toBe(r.gasUsed);
    expect(res.txResponse!.timestamp).toBe(new Date(Number(1_764_000_000n + BigInt(height)) * 1000).toISOString().replace('.000Z', 'Z'));
    expect(res.tx!.body!.messages[0].typeUrl).toBe('/cosmos.bank.v1beta1.MsgSend');
    const missing = await app.query({ path: GET_TX_PATH, data: GetTxRequest.encode({ hash: '00'.repeat(32) }).finish(), height: 0n, prove: false });
    expect(missing.code).toBe(22);
    expect(missing.log).toMatch(/rpc error: code = NotFound/);
  });

  test('an amino-signed (Ledger/Keplr) MsgSend is accepted', async () => {
    const tx = await signed(aliceAmino, [send(alice.address, bob.address, '10')], { sequence: 2, memo: 'amino <&> memo' });
    const [r] = await block([tx]);
    expect([r.code, r.log]).toEqual([0, '']);
  });

  test('rejections carry a registered code and a clear log, and change nothing', async () => {
    const cases: [string, () => Promise<Uint8Array>, number, string, RegExp][] = [
      ['bad signature', async () => {
        const raw = TxRaw.decode(await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3 }));
        raw.signatures[0][5] ^= 1;
        return TxRaw.encode(raw).finish();
      }, 4, 'sdk', /signature verification failed/],
      ['wrong chain id', () => signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3, chainId: 'other-1' }), 4, 'sdk', /chain-id \(settle-tx-test-1\)/],
      ['wrong account number', () => signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3, accountNumber: 7 }), 4, 'sdk', /account number \(0\)/],
      ['replayed (old sequence)', () => signed(alice, [send(alice.address, bob.address, '1')], { sequence: 0 }), 32, 'sdk', /account sequence mismatch, expected 3, got 0/],
      ['fee in the wrong denom', () => signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3, fee: { amount: [{ denom: 'uusdc', amount: '5000' }], gas: '200000' } }), 13, 'sdk', /fees must be paid in usettle/],
      ['unknown message type', () => signed(alice, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgSend.fromPartial({}) }], { sequence: 3 }).catch(async () => {
        // CosmJS refuses to encode unregistered types, so build the Any by hand from a valid tx
        const raw = TxRaw.decode(await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3 }));
        const body = require('cosmjs-types/cosmos/tx/v1beta1/tx').TxBody.decode(raw.bodyBytes);
        body.messages[0].typeUrl = '/cosmos.gov.v1.MsgVote';
        raw.bodyBytes = require('cosmjs-types/cosmos/tx/v1beta1/tx').TxBody.encode(body).finish();
        return TxRaw.encode(raw).finish();
      }), 6, 'sdk', /unrecognized message type \/cosmos.gov.v1.MsgVote/],
      ['garbage bytes', async () => Buffer.from('definitely not a transaction'), 2, 'sdk', /tx parse error|cannot decode/],
    ];
    for (const [name, make, code, codespace, log] of cases) {
      const before = dump();
      const tx = await make();
      const check = await app.checkTx({ tx, type: 0 });
      expect({ name, code: check.code, codespace: check.codespace }).toEqual({ name, code, codespace });
      expect(check.log).toMatch(log);
      const [r] = await block([tx]);
      expect({ name, code: r.code }).toEqual({ name, code });
      expect(dump()).toEqual(before);
    }
  });

  test('a fee below the node minimum is refused by CheckTx', async () => {
    const tx = await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3, fee: { amount: [{ denom: 'usettle', amount: '1999' }], gas: '200000' } });
    const r = await app.checkTx({ tx, type: 0 });
    expect([r.code, r.codespace]).toEqual([13, 'sdk']);
    expect(r.log).toMatch(/insufficient fees; got: 1999usettle required: 2000usettle/);
  });

  test('an all-zero fee counts as no fee (as in the SDK): simulated, then refused by the node minimum; a zero coin beside others is invalid', async () => {
    const zero = { amount: [{ denom: 'usettle', amount: '0' }], gas: '0' };
    const raw = TxRaw.decode(await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3, fee: zero }));
    raw.signatures = [new Uint8Array(0)];
    const sim = await app.query({ path: SIMULATE_PATH, data: SimulateRequest.encode({ txBytes: TxRaw.encode(raw).finish() }).finish(), height: 0n, prove: false });
    expect([sim.code, sim.log]).toEqual([0, '']);
    const check = await app.checkTx({ tx: await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3, fee: { ...zero, gas: '200000' } }), type: 0 });
    expect([check.code, check.codespace]).toEqual([13, 'sdk']);
    expect(check.log).toMatch(/insufficient fees; got: 0usettle required: 2000usettle/);
    const mixed = { amount: [{ denom: 'usettle', amount: '5000' }, { denom: 'uusdc', amount: '0' }], gas: '200000' };
    const bad = await app.checkTx({ tx: await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 3, fee: mixed }), type: 0 });
    expect([bad.code, bad.codespace]).toEqual([10, 'sdk']);
    expect(bad.log).toMatch(/fee: 0uusdc is not positive/);
  });

  test('insufficient funds fails the message but keeps the fee and the sequence', async () => {
    const usettle = balance(alice.address, 'usettle');
    const tx = await signed(alice, [send(alice.address, bob.address, '999999999999')], { sequence: 3 });
    const [r] = await block([tx]);
    expect([r.code, r.codespace]).toEqual([5, 'sdk']);
    expect(r.log).toMatch(/insufficient funds/);
    expect(balance(alice.address, 'usettle')).toBe(usettle - 5000n);
    const next = await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 4 });
    expect((await block([next]))[0].code).toBe(0);
  });

  test('running out of gas aborts with out of gas', async () => {
    const tx = await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 5, fee: { amount: [{ denom: 'usettle', amount: '5000' }], gas: '3000' } });
    const before = dump();
    const [r] = await block([tx]);
    expect([r.code, r.codespace]).toEqual([11, 'sdk']);
    expect(r.log).toMatch(/out of gas/);
    // it ran out inside the ante pipeline (size + signature gas), so nothing changed, not even the sequence
    expect(dump()).toEqual(before);
  });

  test('Simulate estimates gas without a valid signature', async () => {
    const raw = TxRaw.decode(await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 5 }));
    raw.signatures = [new Uint8Array(0)];
    const q = await app.query({ path: SIMULATE_PATH, data: SimulateRequest.encode({ txBytes: TxRaw.encode(raw).finish() }).finish(), height: 0n, prove: false });
    expect(q.code).toBe(0);
    const sim = SimulateResponse.decode(q.value);
    expect(sim.gasInfo!.gasUsed).toBeGreaterThan(30000n);
    const real = await block([await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 5 })]);
    expect(real[0].code).toBe(0);
    // the real run verifies the signature too; the estimate charges the same verification gas
    expect(sim.gasInfo!.gasUsed).toBe(real[0].gasUsed);
  });

  test('Simulate accepts the deprecated decoded tx field (the Go relayer sends it) with the same estimate', async () => {
    const raw = TxRaw.decode(await signed(alice, [send(alice.address, bob.address, '1')], { sequence: 6 }));
    raw.signatures = [new Uint8Array(0)];
    const asBytes = await app.query({ path: SIMULATE_PATH, data: SimulateRequest.encode({ txBytes: TxRaw.encode(raw).finish() }).finish(), height: 0n, prove: false });
    const decoded = Tx.fromPartial({ body: TxBody.decode(raw.bodyBytes), authInfo: AuthInfo.decode(raw.authInfoBytes), signatures: raw.signatures });
    const asTx = await app.query({ path: SIMULATE_PATH, data: SimulateRequest.encode({ tx: decoded, txBytes: new Uint8Array(0) }).finish(), height: 0n, prove: false });
    expect([asTx.code, asBytes.code]).toEqual([0, 0]);
    expect(SimulateResponse.decode(asTx.value).gasInfo!.gasUsed).toBe(SimulateResponse.decode(asBytes.value).gasInfo!.gasUsed);
    const neither = await app.query({ path: SIMULATE_PATH, data: SimulateRequest.encode({ txBytes: new Uint8Array(0) }).finish(), height: 0n, prove: false });
    expect([neither.code, neither.codespace, neither.log]).toEqual([18, 'sdk', expect.stringMatching(/empty txBytes/)]);
  });

  test('signature checks prefetched on worker threads give the same verdicts', async () => {
    const good = await signed(bob, [send(bob.address, alice.address, '3')], { sequence: 0 });
    const raw = TxRaw.decode(await signed(bob, [send(bob.address, alice.address, '4')], { sequence: 1 }));
    raw.signatures[0][7] ^= 1;
    const tampered = TxRaw.encode(raw).finish();
    app.prefetchCheckTx({ tx: good, type: 0 });
    app.prefetchCheckTx({ tx: tampered, type: 0 });
    expect((await app.checkTx({ tx: good, type: 0 })).code).toBe(0);
    const bad = await app.checkTx({ tx: tampered, type: 0 });
    expect([bad.code, bad.codespace]).toEqual([4, 'sdk']);
    await block([]); // commit: the mempool state restarts from committed state
  });

  test('100 txs from one account pass CheckTx back to back and commit in order in one block', async () => {
    const txs: Uint8Array[] = [];
    for (let i = 0; i < 100; i++) txs.push(await signed(bob, [send(bob.address, alice.address, String(i + 1))], { sequence: i }));
    for (const tx of txs) expect((await app.checkTx({ tx, type: 0 })).code).toBe(0);
    const results = await block(txs);
    expect(results.map((r) => r.code)).toEqual(new Array(100).fill(0));
    // recheck after commit: the mempool state restarts from the committed sequence (100)
    const late = await signed(bob, [send(bob.address, alice.address, '1')], { sequence: 100 });
    expect((await app.checkTx({ tx: late, type: 1 })).code).toBe(0);
    await block([]);
  });

  test('a recheck answers what CometBFT reads (code, gas) without events or data, and still advances the sequence', async () => {
    const first = await signed(bob, [send(bob.address, alice.address, '1')], { sequence: 100 });
    const second = await signed(bob, [send(bob.address, alice.address, '2')], { sequence: 101 });
    const checked = await app.checkTx({ tx: first, type: 0 });
    expect(checked.code).toBe(0);
    expect(checked.events.map((e) => e.type)).toContain('tx');
    await block([]); // nothing included: both are rechecked against the committed state
    const rechecked = await app.checkTx({ tx: first, type: 1 });
    expect({ code: rechecked.code, gasWanted: rechecked.gasWanted, gasUsed: rechecked.gasUsed }).toEqual({ code: 0, gasWanted: checked.gasWanted, gasUsed: checked.gasUsed });
    expect(rechecked.events).toEqual([]);
    expect(rechecked.data).toEqual(new Uint8Array(0));
    expect((await app.checkTx({ tx: second, type: 0 })).code).toBe(0); // sequence 101 follows the rechecked 100
    const replayed = await app.checkTx({ tx: first, type: 1 });
    expect([replayed.code, replayed.codespace]).toEqual([32, 'sdk']);
    expect(replayed.log).toMatch(/account sequence mismatch, expected 102, got 100/);
    await block([]);
  });
});

describe('the tx envelope: canonical encoding, unsupported body fields, timeouts', () => {
  async function sequenceOf(address: string): Promise<number> {
    const q = await app.query({ path: '/cosmos.auth.v1beta1.Query/Account', data: QueryAccountRequest.encode({ address }).finish(), height: 0n, prove: false });
    return Number(accountFromAny(QueryAccountResponse.decode(q.value).account!).sequence);
  }

  /** A direct-mode tx whose body was changed before signing (fields CosmJS's sign() does not expose). */
  async function directWithBody(change: (body: TxBody) => void, sequence: number, change2?: (auth: AuthInfo) => void): Promise<Uint8Array> {
    const template = TxRaw.decode(await signed(alice, [send(alice.address, bob.address, '1')], { sequence }));
    const body = TxBody.decode(template.bodyBytes);
    change(body);
    const authInfo = AuthInfo.decode(template.authInfoBytes);
    change2?.(authInfo);
    const bodyBytes = TxBody.encode(body).finish();
    const authInfoBytes = AuthInfo.encode(authInfo).finish();
    const { signature } = await aliceDirect.signDirect(alice.address, makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, 0));
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
  }

  const withUnknownField = (bytes: Uint8Array): Uint8Array => Buffer.concat([bytes, Buffer.from([0xf8, 0x07, 0x01])]); // field 127, varint 1

  test('re-encodings of a signed tx (new hash, same signature) and unsupported fields are refused and change nothing', async () => {
    const seq = await sequenceOf(alice.address);
    const cases: [string, () => Promise<Uint8Array>, number, RegExp][] = [
      ['unknown field in TxRaw', async () => withUnknownField(await signed(alice, [send(alice.address, bob.address, '1')], { sequence: seq })), 2, /TxRaw is not canonically encoded/],
      ['TxRaw fields out of order', async () => {
        const raw = TxRaw.decode(await signed(alice, [send(alice.address, bob.address, '1')], { sequence: seq }));
        const field = (n: number, b: Uint8Array) => Buffer.concat([Buffer.from([(n << 3) | 2]), Buffer.from(new BinaryWriter().uint32(b.length).finish()), b]);
        return Buffer.concat([field(2, raw.authInfoBytes), field(1, raw.bodyBytes), field(3, raw.signatures[0])]);
      }, 2, /TxRaw is not canonically encoded/],
      ['amino-signed body with an unknown field (the signature covers JSON, not these bytes)', async () => {
        const raw = TxRaw.decode(await signed(aliceAmino, [send(alice.address, bob.address, '1')], { sequence: seq }));
        raw.bodyBytes = withUnknownField(raw.bodyBytes);
        return TxRaw.encode(raw).finish();
      }, 2, /TxBody is not canonically encoded/],
      ['amino-signed message with an unknown field', async () => {
        const raw = TxRaw.decode(await signed(aliceAmino, [send(alice.address, bob.address, '1')], { sequence: seq }));
        const body = TxBody.decode(raw.bodyBytes);
        body.messages[0].value = withUnknownField(body.messages[0].value);
        raw.bodyBytes = TxBody.encode(body).finish();
        return TxRaw.encode(raw).finish();
      }, 2, /message 0 \(\/cosmos.bank.v1beta1.MsgSend\) is not canonically encoded/],
      ['amino-signed tx whose public key Any carries the key twice', async () => {
        const raw = TxRaw.decode(await signed(aliceAmino, [send(alice.address, bob.address, '1')], { sequence: seq }));
        const auth = AuthInfo.decode(raw.authInfoBytes);
        const pk = auth.signerInfos[0].publicKey!;
        pk.value = Buffer.concat([pk.value, pk.value]);
        raw.authInfoBytes = AuthInfo.encode(auth).finish();
        return TxRaw.encode(raw).finish();
      }, 2, /signer 0's public key is not canonically encoded/],
      ['unordered', () => directWithBody((b) => (b.unordered = true), seq), 37, /unordered transactions are not supported/],
      ['non-critical extension option', () => directWithBody((b) => b.nonCriticalExtensionOptions.push({ typeUrl: '/x.Y', value: new Uint8Array(0) }), seq), 31, /non-critical extension option \/x.Y/],
      ['tip', () => directWithBody(() => undefined, seq, (a) => (a.tip = { amount: [{ denom: 'uusdc', amount: '1' }], tipper: alice.address })), 37, /tips are not supported/],
      ['expired timeout timestamp', () => directWithBody((b) => (b.timeoutTimestamp = { seconds: 1_764_000_000n, nanos: 5 }), seq), 42, /timeout timestamp: 2025-11-24T16:00:00.000000005Z: tx timeout/],
      ['timeout timestamp in an amino-signed tx', async () => {
        const raw = TxRaw.decode(await signed(aliceAmino, [send(alice.address, bob.address, '1')], { sequence: seq }));
        const body = TxBody.decode(raw.bodyBytes);
        body.timeoutTimestamp = { seconds: 4_000_000_000n, nanos: 0 };
        raw.bodyBytes = TxBody.encode(body).finish();
        return TxRaw.encode(raw).finish();
      }, 37, /timeout timestamp is not covered by a legacy amino JSON signature/],
    ];
    for (const [name, make, code, log] of cases) {
      const before = dump();
      const tx = await make();
      const [r] = await block([tx]);
      expect({ name, code: r.code, codespace: r.codespace }).toEqual({ name, code, codespace: 'sdk' });
      expect(r.log).toMatch(log);
      // CheckTx gives the same answer (the timeout against the last committed block's time)
      const check = await app.checkTx({ tx, type: 0 });
      expect({ name, code: check.code }).toEqual({ name, code });
      expect(dump()).toEqual(before);
    }
  });

  test('a future timeout timestamp is honoured, and a gas limit in [2^31, 2^32) gets a decodable response', async () => {
    const seq = await sequenceOf(alice.address);
    const tx = await directWithBody((b) => (b.timeoutTimestamp = { seconds: 4_000_000_000n, nanos: 0 }), seq);
    expect((await block([tx]))[0].code).toBe(0);
    const fee: StdFee = { amount: [{ denom: 'usettle', amount: '42949673' }], gas: '4294967295' };
    const big = await signed(alice, [send(alice.address, bob.address, '1')], { sequence: seq + 1, fee });
    const check = await app.checkTx({ tx: big, type: 0 });
    expect(check.code).toBe(0);
    const back = ResponseCheckTx.decode(ResponseCheckTx.encode(check).finish());
    expect(back.gasWanted).toBe(4_294_967_295n);
    const [r] = await block([big]);
    expect(r.code).toBe(0);
    expect(ExecTxResult.decode(ExecTxResult.encode(r).finish()).gasWanted).toBe(4_294_967_295n);
  });
});
