import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { RequestFinalizeBlock, RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { MempoolMirror, SettleApp, type MempoolLimits } from '../../../chain/app';
import { settleModules } from '../../../chain/node/modules';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/**
 * CometBFT drops a tx that CheckTx accepted when its mempool filled meanwhile, and the account's
 * later txs then failed on their sequence until the next block. With the mempool limits, CheckTx
 * refuses such a tx itself (sdk code 20), leaving the check state as it was.
 */

const CHAIN_ID = 'settle-mempool-mirror-1';
const MNEMONIC = 'boil upper sea remove lonely note gossip merge equip pink broom curve term beach alpha thunder man sleep donate time below spatial shock cruise';
const FEE: StdFee = { amount: [{ denom: 'usettle', amount: '5000' }], gas: '200000' };

test('MempoolMirror mirrors CometBFT isFull: by count and by bytes, reset at commit', () => {
  const m = new MempoolMirror({ maxTxs: 2, maxTxsBytes: 1000 });
  expect(m.wouldOverflow(1000)).toBe(false);
  expect(m.wouldOverflow(1001)).toBe(true);
  m.add(600);
  expect(m.wouldOverflow(400)).toBe(false);
  expect(m.wouldOverflow(401)).toBe(true);
  m.add(100);
  expect(m.wouldOverflow(1)).toBe(true); // 2 txs: full by count
  m.reset();
  expect(m.size).toEqual({ txs: 0, bytes: 0 });
  expect(m.wouldOverflow(1)).toBe(false);
});

describe('CheckTx with mempool limits', () => {
  let dir: string;
  let app: SettleApp;
  let sign: (sequence: number, memo?: string) => Promise<Uint8Array>;
  let height = 0;

  let address: string;

  beforeAll(async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'settle' });
    address = (await wallet.getAccounts())[0].address;
    const client = await SigningStargateClient.offline(wallet);
    sign = async (sequence, memo = '') => {
      const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: address, toAddress: address, amount: [{ denom: 'uusdc', amount: '1' }] }) };
      return TxRaw.encode(await client.sign(address, [msg], FEE, memo, { accountNumber: 0n, sequence, chainId: CHAIN_ID })).finish();
    };
  });

  async function open(limits: MempoolLimits): Promise<void> {
    dir = makeTmpDir('mempool-mirror');
    app = await SettleApp.open({ dbPath: dir, ...settleModules(), mempool: limits, logger: pino({ level: 'silent' }), sync: false });
    const appState = {
      auth: { accounts: [{ '@type': '/cosmos.auth.v1beta1.BaseAccount', address, pub_key: null, account_number: '0', sequence: '0' }] },
      bank: { balances: [{ address, coins: [{ denom: 'usettle', amount: '100000000' }, { denom: 'uusdc', amount: '1000' }] }] },
    };
    await app.initChain(RequestInitChain.fromPartial({ chainId: CHAIN_ID, initialHeight: 1n, time: { seconds: 1_764_000_000n, nanos: 0 }, appStateBytes: Buffer.from(JSON.stringify(appState)), consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } } }));
    height = 0;
  }

  async function block(txs: Uint8Array[]): Promise<number[]> {
    height++;
    const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: 1_764_000_000n + BigInt(height), nanos: 0 }, proposerAddress: Buffer.alloc(20, 1), txs }));
    await app.commit({});
    return res.txResults.map((r) => r.code);
  }

  afterEach(async () => {
    await app.close();
    removeDir(dir);
  });

  test('a tx that would not fit is refused with code 20 and does not advance the sequence', async () => {
    const small = await Promise.all([0, 1, 2].map((seq) => sign(seq)));
    const big = await sign(1, 'x'.repeat(200));
    await open({ maxTxs: 3, maxTxsBytes: small[0].length * 2 + 100 });
    expect((await app.checkTx({ tx: small[0], type: 0 })).code).toBe(0);
    const refused = await app.checkTx({ tx: big, type: 0 }); // over max_txs_bytes
    expect([refused.code, refused.codespace]).toEqual([20, 'sdk']);
    expect(refused.log).toMatch(/mempool is full/);
    // Sequence 1 is still expected: the refused tx left the check state alone.
    expect((await app.checkTx({ tx: small[1], type: 0 })).code).toBe(0);
    expect((await app.checkTx({ tx: small[2], type: 0 })).code).toBe(20);
  });

  test('after a block the count restarts from the rechecked txs', async () => {
    const txs = await Promise.all([0, 1, 2, 3, 4].map((seq) => sign(seq)));
    await open({ maxTxs: 2, maxTxsBytes: 1 << 20 });
    expect((await app.checkTx({ tx: txs[0], type: 0 })).code).toBe(0);
    expect((await app.checkTx({ tx: txs[1], type: 0 })).code).toBe(0);
    expect((await app.checkTx({ tx: txs[2], type: 0 })).code).toBe(20);
    // A block with tx 0; CometBFT rechecks tx 1, which stays: room for one more.
    expect(await block([txs[0]])).toEqual([0]);
    expect((await app.checkTx({ tx: txs[1], type: 1 })).code).toBe(0);
    expect((await app.checkTx({ tx: txs[2], type: 0 })).code).toBe(0);
    expect((await app.checkTx({ tx: txs[3], type: 0 })).code).toBe(20);
    // An empty mempool after a block: no rechecks, the limit is free again.
    expect(await block([txs[1], txs[2]])).toEqual([0, 0]);
    expect((await app.checkTx({ tx: txs[3], type: 0 })).code).toBe(0);
    expect((await app.checkTx({ tx: txs[4], type: 0 })).code).toBe(0);
  });
});
