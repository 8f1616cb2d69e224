/**
 * The block hooks beyond begin/end (preBlock, precommit, prepareCheckState) and store capabilities,
 * on the real app built by the composition root with one extra recorder module.
 */
import { RequestFinalizeBlock, RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp, StoreKey, type BlockTx, type Module, type QueryContext } from '../../../chain/app';
import { settleModules, type SettleStoreKeys } from '../../../chain/node/modules';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { deriveKeys, fundedAppState, msgSend, signTx, type Key } from '../../reliability/lib/accounts';

const CHAIN_ID = 'settle-hooks-1';
const T0 = 1_764_000_000n;

/** Writes one key per block in endBlock; keeps an in-memory count of them rebuilt by prepareCheckState (the order-book pattern). */
class Recorder {
  readonly key = new StoreKey('recorder');
  readonly calls: string[] = [];
  preBlockTxs: BlockTx[] = [];
  /** In-memory state: the number of blocks recorded in the store, as of the last commit. */
  memCount = -1;

  module(): Module {
    return {
      name: 'recorder',
      storeKey: this.key,
      preBlock: (ctx, txs) => {
        this.calls.push(`preBlock ${ctx.block.height}`);
        this.preBlockTxs = [...txs];
      },
      beginBlock: (ctx) => {
        this.calls.push(`beginBlock ${ctx.block.height}`);
      },
      endBlock: (ctx) => {
        this.calls.push(`endBlock ${ctx.block.height}`);
        const b = Buffer.alloc(8);
        b.writeBigUInt64BE(BigInt(ctx.block.height));
        ctx.kvStore(this.key).set(b, Buffer.from([1]));
      },
      precommit: (state) => {
        this.calls.push(`precommit ${state.height}`);
      },
      prepareCheckState: (state) => {
        this.calls.push(`prepareCheckState ${state.height}`);
        this.memCount = this.count(state);
      },
    };
  }

  count(state: QueryContext): number {
    return [...state.kvStore(this.key).iterator()].length;
  }
}

function initRequest(appState: object): RequestInitChain {
  return RequestInitChain.fromPartial({
    chainId: CHAIN_ID,
    initialHeight: 1n,
    time: { seconds: T0, nanos: 0 },
    appStateBytes: Buffer.from(JSON.stringify(appState)),
    consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n }, abci: { voteExtensionsEnableHeight: 0n } },
  });
}

function block(height: number, txs: Uint8Array[] = []): RequestFinalizeBlock {
  return RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: T0 + BigInt(height), nanos: 0 }, proposerAddress: Buffer.alloc(20, 1), txs });
}

describe('block hooks and store capabilities', () => {
  let dir: string;
  let keys: Key[];

  beforeAll(async () => {
    keys = await deriveKeys('hooks', 2);
  });
  beforeEach(() => {
    dir = makeTmpDir('hooks');
  });
  afterEach(() => removeDir(dir));

  async function open(recorder: Recorder, extra: (keys: SettleStoreKeys) => Module[] = () => []): Promise<SettleApp> {
    const m = settleModules({ extraModules: (k) => [recorder.module(), ...extra(k)] });
    return SettleApp.open({ dbPath: dir, ...m, logger: pino({ level: 'silent' }), sync: false });
  }

  it('run in order: preBlock (sees the decoded txs) → beginBlock → txs → endBlock → precommit → Commit → prepareCheckState; rebuilt after a restart', async () => {
    const rec = new Recorder();
    let app = await open(rec);
    expect(rec.calls).toEqual([]); // nothing committed, no genesis yet
    await app.initChain(initRequest(fundedAppState([{ address: keys[0].address, coins: [{ denom: 'usettle', amount: '1000000' }] }])));
    expect(rec.calls).toEqual(['prepareCheckState 0']);
    expect(rec.memCount).toBe(0);

    const send = await signTx(keys[0], [msgSend(keys[0].address, keys[1].address, [{ denom: 'usettle', amount: '5' }])], { chainId: CHAIN_ID, accountNumber: 0n, sequence: 0n, fee: [], gas: 200_000n });
    const junk = Uint8Array.from([1, 2, 3]);
    rec.calls.length = 0;
    const res = await app.finalizeBlock(block(1, [send, junk]));
    expect(res.txResults.map((r) => r.code)).toEqual([0, 2]);
    expect(rec.calls).toEqual(['preBlock 1', 'beginBlock 1', 'endBlock 1']);
    expect(rec.preBlockTxs.map((t) => ({ index: t.index, msgs: t.msgs?.map((m) => m.typeUrl) }))).toEqual([
      { index: 0, msgs: ['/cosmos.bank.v1beta1.MsgSend'] },
      { index: 1, msgs: undefined },
    ]);
    expect((rec.preBlockTxs[0].msgs![0].msg as { toAddress: string }).toAddress).toBe(keys[1].address);
    expect(rec.memCount).toBe(0); // in-memory state moves only at commit
    await app.commit({});
    expect(rec.calls).toEqual(['preBlock 1', 'beginBlock 1', 'endBlock 1', 'precommit 1', 'prepareCheckState 1']);
    expect(rec.memCount).toBe(1);
    await app.finalizeBlock(block(2));
    await app.commit({});
    expect(rec.memCount).toBe(2);
    await app.close();

    // a restart: the new process's in-memory state is rebuilt from the committed store at open
    const again = new Recorder();
    app = await open(again);
    expect(again.calls).toEqual(['prepareCheckState 2']);
    expect(again.memCount).toBe(2);
    await app.close();
  });

  it('a module opens only the stores of the keys the app mounted: a forged key with the same name is refused', async () => {
    const rec = new Recorder();
    const forged = new StoreKey('bank');
    let wiredWithBank: StoreKey | undefined;
    const app = await open(rec, (k) => {
      wiredWithBank = k.bank;
      return [];
    });
    await app.initChain(initRequest(fundedAppState([{ address: keys[0].address, coins: [{ denom: 'usettle', amount: '7' }] }])));
    await app.finalizeBlock(block(1));
    await app.commit({});
    const state = app.contextAt();
    expect(() => state.kvStore(forged)).toThrow(/StoreKey\(bank\) is not a key this app mounted/);
    expect(() => state.kvStore(new StoreKey('recorder'))).toThrow(/not a key this app mounted/);
    expect([...state.kvStore(rec.key).iterator()]).toHaveLength(1);
    expect([...state.kvStore(wiredWithBank!).iterator()].length).toBeGreaterThan(0); // the real key opens it
    await app.close();
  });

  it("the app refuses a module given another module's store key, and two modules with one name", async () => {
    const m = settleModules();
    const wrong: Module = { name: 'thief', storeKey: m.keys.bank };
    await expect(SettleApp.open({ dbPath: dir, ...m, modules: [...m.modules, wrong], logger: pino({ level: 'silent' }), sync: false })).rejects.toThrow(/module thief was given the store key of "bank"/);
    const twin: Module = { name: 'bank', storeKey: new StoreKey('bank') };
    await expect(SettleApp.open({ dbPath: dir, ...m, modules: [...m.modules, twin], logger: pino({ level: 'silent' }), sync: false })).rejects.toThrow(/duplicate module names/);
  });
});
