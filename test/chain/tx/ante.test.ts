import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { fromBech32 } from '@cosmjs/encoding';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ExecTxResult, RequestFinalizeBlock, RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp } from '../../../chain/app';
import { registerError } from '../../../chain/errors';
import { GenerationalCache } from '../../../chain/store/node-cache';
import { settleModules } from '../../../chain/node/modules';
import {
  composeAnte, defaultAnteDecorators, insertAnteAfter, insertAnteBefore, replaceAnte, TxPipeline,
  type AnteDecorator, type AnteDeps,
} from '../../../chain/tx';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/**
 * The ante chain as decorators: the default order, and a composition root that inserts, replaces
 * and wraps decorators through settleModules({ anteDecorators }), run through the real app.
 */

const CHAIN_ID = 'settle-ante-test-1';
const MNEMONICS = [
  'session maze divert convince angry reform faint lazy spin setup unique text goose trigger palace use focus whip unlock gospel album magic admit glass',
  'boil upper sea remove lonely note gossip merge equip pink broom curve term beach alpha thunder man sleep donate time below spatial shock cruise',
];
const FEE: StdFee = { amount: [{ denom: 'usettle', amount: '5000' }], gas: '200000' };

const DEFAULT_ORDER = [
  'validateGasLimit', 'validateMemo', 'txTimeoutHeight', 'txTimeoutTimestamp', 'validateSigCount', 'consumeTxSizeGas',
  'validateFeeDenom', 'checkMinGasPrice', 'loadSignerAccounts', 'deductFee',
  'resolvePubKey', 'checkSequence', 'consumeSigGas', 'verifySignature', 'incrementSequence',
];

/** A relayer-style rule: refuses txs whose memo starts with "blocked". */
const ErrRefused = registerError('antetest', 2, 'refused by the relayer rules');
const seenByRule: { accounts: number; signer: number }[] = [];
const relayerRule: AnteDecorator = {
  name: 'relayerRules',
  handle(a, next) {
    seenByRule.push({ accounts: a.accounts.length, signer: a.signer });
    if (a.tx.body.memo.startsWith('blocked')) throw ErrRefused.wrap(`memo ${JSON.stringify(a.tx.body.memo)}`);
    next(a);
  },
};

/** Acts after the rest of the chain: emits a summary of what it did. */
const anteSummary: AnteDecorator = {
  name: 'anteSummary',
  handle(a, next) {
    next(a);
    a.ctx.emit('ante_summary', { gas: String(a.meter.consumed), signers: String(a.accounts.length) });
  },
};

/** The shape of "orders that need no account sequence": skips the check for some txs, delegates otherwise. */
const sequenceUnlessOrder = (checkSequence: AnteDecorator): AnteDecorator => ({
  name: 'checkSequenceUnlessOrder',
  perSigner: true,
  handle(a, next) {
    if (a.tx.body.memo === 'order') next(a);
    else checkSequence.handle(a, next);
  },
});

/** A buggy decorator: returns without calling next for some txs. */
const forgetful: AnteDecorator = {
  name: 'forgetful',
  perSigner: true,
  handle(a, next) {
    if (a.tx.body.memo !== 'forget') next(a);
  },
};

function customize(defaults: AnteDecorator[]): AnteDecorator[] {
  let ds = insertAnteAfter(defaults, 'loadSignerAccounts', relayerRule);
  ds = replaceAnte(ds, 'checkSequence', sequenceUnlessOrder);
  ds = insertAnteBefore(ds, 'validateGasLimit', anteSummary);
  return insertAnteBefore(ds, 'verifySignature', forgetful);
}

interface Signer {
  address: string;
  client: SigningStargateClient;
}

let dir: string;
let app: SettleApp;
let pipeline: TxPipeline;
let height = 0;
let alice: Signer;
let bob: Signer;

async function signerFor(mnemonic: string): Promise<Signer> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'settle' });
  const [{ address }] = await wallet.getAccounts();
  return { address, client: await SigningStargateClient.offline(wallet) };
}

function send(from: string, to: string, amount: string) {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount: [{ denom: 'uusdc', amount }] }) };
}

async function signed(s: Signer, opts: { sequence: number; memo?: string; fee?: StdFee }): Promise<Uint8Array> {
  const to = s === alice ? bob : alice;
  const raw = await s.client.sign(s.address, [send(s.address, to.address, '1')], opts.fee ?? FEE, opts.memo ?? '', {
    accountNumber: s === alice ? 0n : 1n,
    sequence: opts.sequence,
    chainId: CHAIN_ID,
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
  const key = Buffer.concat([Buffer.from([0x02, 20]), Buffer.from(fromBech32(address).data), Buffer.from(denom)]);
  const v = app.workingStore('bank').get(key);
  return v ? BigInt(Buffer.from(v).toString()) : 0n;
}

beforeAll(async () => {
  alice = await signerFor(MNEMONICS[0]);
  bob = await signerFor(MNEMONICS[1]);
  dir = makeTmpDir('ante');
  const modules = settleModules({ anteDecorators: customize });
  pipeline = modules.txProcessor as TxPipeline;
  app = await SettleApp.open({ dbPath: dir, ...modules, logger: pino({ level: 'silent' }), sync: false });
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

describe('the ante decorator chain', () => {
  test('the default chain, in order', () => {
    const deps: AnteDeps = { accounts: {} as AnteDeps['accounts'], fees: {} as AnteDeps['fees'], verified: new GenerationalCache(2) };
    expect(defaultAnteDecorators(deps).map((d) => d.name)).toEqual(DEFAULT_ORDER);
    expect(defaultAnteDecorators(deps).filter((d) => d.perSigner).map((d) => d.name)).toEqual(['resolvePubKey', 'checkSequence', 'consumeSigGas', 'verifySignature', 'incrementSequence']);
  });

  test('the composition root inserts and replaces by name; unknown and duplicate names fail at startup', () => {
    expect(pipeline.anteDecorators.map((d) => d.name)).toEqual([
      'anteSummary',
      ...DEFAULT_ORDER.slice(0, DEFAULT_ORDER.indexOf('loadSignerAccounts') + 1),
      'relayerRules',
      // the options module's sequence-free order txs: stale quotes kept out of the mempool, a replay guard (its sequence steps keep their names)
      'shortTermStaleQuotes',
      'shortTermReplayGuard',
      'deductFee', 'resolvePubKey', 'checkSequenceUnlessOrder', 'consumeSigGas', 'forgetful', 'verifySignature', 'incrementSequence',
    ]);
    expect(() => insertAnteAfter(pipeline.anteDecorators, 'noSuchDecorator', relayerRule)).toThrow(/no ante decorator named noSuchDecorator; the chain is anteSummary, validateGasLimit/);
    expect(() => replaceAnte(pipeline.anteDecorators, 'checkSequence', relayerRule)).toThrow(/no ante decorator named checkSequence/);
    expect(() => composeAnte([relayerRule, relayerRule])).toThrow(/ante decorator relayerRules appears twice/);
  });

  test('a plain tx passes every decorator; the one acting after the rest sees all of it', async () => {
    const tx = await signed(alice, { sequence: 0 });
    const check = await app.checkTx({ tx, type: 0 });
    expect([check.code, check.log]).toEqual([0, '']);
    const [r] = await block([tx]);
    expect([r.code, r.log]).toEqual([0, '']);
    // the inserted rule ran once, after the signer accounts were loaded, outside the per-signer loop
    expect(seenByRule.slice(-1)).toEqual([{ accounts: 1, signer: -1 }]);
    // the summary comes after the last signer's events, before the message's, with the ante's gas
    const types = r.events.map((e) => e.type + ':' + e.attributes[0].key);
    const summary = types.indexOf('ante_summary:gas');
    expect(summary).toBe(types.lastIndexOf('tx:signature') + 1);
    expect(types[summary + 1]).toBe('message:action');
    const anteGas = BigInt(r.events[summary].attributes[0].value);
    expect(anteGas).toBeGreaterThan(1000n);
    expect(anteGas).toBeLessThan(r.gasUsed);
    expect(r.events[summary].attributes[1]).toMatchObject({ key: 'signers', value: '1' });
  });

  test('an inserted decorator rejects a tx with its registered error, at its position, changing nothing', async () => {
    const before = dump();
    const usettle = balance(alice.address, 'usettle');
    const tx = await signed(alice, { sequence: 1, memo: 'blocked by policy' });
    const check = await app.checkTx({ tx, type: 0 });
    expect([check.code, check.codespace, check.log]).toEqual([2, 'antetest', 'memo "blocked by policy": refused by the relayer rules']);
    expect(check.events).toEqual([]);
    const [r] = await block([tx]);
    expect([r.code, r.codespace, r.log]).toEqual([2, 'antetest', 'memo "blocked by policy": refused by the relayer rules']);
    expect(r.events).toEqual([]); // the summary never ran its second half: the chain threw below it
    expect(balance(alice.address, 'usettle')).toBe(usettle); // no fee: the rule runs before deductFee
    expect(dump()).toEqual(before); // nor a sequence increment
    // the checks before it win: a wrong fee denom is reported, not the rule
    const wrongDenom = await signed(alice, { sequence: 1, memo: 'blocked', fee: { amount: [{ denom: 'uusdc', amount: '5000' }], gas: '200000' } });
    const r2 = await app.checkTx({ tx: wrongDenom, type: 0 });
    expect([r2.code, r2.codespace]).toEqual([13, 'sdk']);
    // and the sequence, checked after it, is still 1
    const next = await signed(alice, { sequence: 1 });
    expect((await block([next]))[0].code).toBe(0);
  });

  test('a decorator replaced by name: the sequence check skipped for "orders", kept for everything else', async () => {
    // alice is at sequence 2; a tx claiming 7 fails as usual...
    const plain = await signed(alice, { sequence: 7 });
    const [r1] = await block([plain]);
    expect([r1.code, r1.codespace]).toEqual([32, 'sdk']);
    expect(r1.log).toMatch(/account sequence mismatch, expected 2, got 7/);
    // ...but an "order" passes the replaced check (the signature, over sign bytes without the
    // account's sequence in direct mode, still verifies) and the account's sequence still increments
    const order = await signed(alice, { sequence: 7, memo: 'order' });
    const [r2] = await block([order]);
    expect([r2.code, r2.log]).toEqual([0, '']);
    expect(r2.events.find((e) => e.type === 'tx' && e.attributes[0].key === 'acc_seq')!.attributes[0].value).toBe(`${alice.address}/2`);
    const after = await signed(alice, { sequence: 3 });
    expect((await block([after]))[0].code).toBe(0);
  });

  test('a decorator that returns without calling next fails the tx (internal error) instead of skipping the rest', async () => {
    const before = dump();
    const tx = await signed(bob, { sequence: 0, memo: 'forget' });
    const [r] = await block([tx]);
    expect([r.code, r.codespace, r.log]).toEqual([1, 'sdk', 'internal error: ante decorator forgetful returned without calling next or throwing']);
    expect(dump()).toEqual(before);
  });
});
