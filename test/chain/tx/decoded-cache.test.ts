import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { RequestFinalizeBlock, RequestInitChain, ResponseCheckTx, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp } from '../../../chain/app';
import { settleModules } from '../../../chain/node/modules';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/**
 * The decoded-tx cache must not change any result: the same CheckTx / recheck / FinalizeBlock
 * script runs on an app with the cache and on one without, and every response and app hash must be
 * byte-identical. The script repeats txs across those calls (hits), and mixes in txs that fail to
 * decode, fail the ante or fail their message.
 */

const CHAIN_ID = 'settle-decoded-cache-1';
const MNEMONIC = 'session maze divert convince angry reform faint lazy spin setup unique text goose trigger palace use focus whip unlock gospel album magic admit glass';
const FEE: StdFee = { amount: [{ denom: 'usettle', amount: '5000' }], gas: '200000' };

async function openApp(dir: string, decodedTxCacheSize: number | undefined, address: string): Promise<SettleApp> {
  const app = await SettleApp.open({ dbPath: dir, ...settleModules({ decodedTxCacheSize }), logger: pino({ level: 'silent' }), sync: false });
  const appState = {
    auth: { accounts: [{ '@type': '/cosmos.auth.v1beta1.BaseAccount', address, pub_key: null, account_number: '0', sequence: '0' }] },
    bank: { balances: [{ address, coins: [{ denom: 'usettle', amount: '100000000' }, { denom: 'uusdc', amount: '1000' }] }] },
  };
  await app.initChain(RequestInitChain.fromPartial({ chainId: CHAIN_ID, initialHeight: 1n, time: { seconds: 1_764_000_000n, nanos: 0 }, appStateBytes: Buffer.from(JSON.stringify(appState)), consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } } }));
  return app;
}

test('CheckTx, recheck and FinalizeBlock give identical responses and app hashes with and without the decoded-tx cache', async () => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'settle' });
  const [{ address }] = await wallet.getAccounts();
  const client = await SigningStargateClient.offline(wallet);
  const sign = async (sequence: number, amount: string, chainId = CHAIN_ID) => {
    const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: address, toAddress: address, amount: [{ denom: 'uusdc', amount }] }) };
    return TxRaw.encode(await client.sign(address, [msg], FEE, '', { accountNumber: 0n, sequence, chainId })).finish();
  };
  const good = await Promise.all([0, 1, 2, 3, 4, 5].map((seq) => sign(seq, '10')));
  const tooMuch = await sign(6, '999999'); // passes the ante, fails its message (insufficient funds)
  const wrongChain = await sign(7, '10', 'other-chain'); // signature fails
  const garbage = Uint8Array.from([10, 3, 1, 2, 3, 18, 255]);
  const truncated = good[0].subarray(0, good[0].length - 5);

  const dirs = [makeTmpDir('dcache-on'), makeTmpDir('dcache-off')];
  const apps = [await openApp(dirs[0], undefined, address), await openApp(dirs[1], 0, address)];
  try {
    const transcript = async (app: SettleApp): Promise<string[]> => {
      const out: string[] = [];
      const check = async (tx: Uint8Array, type: number) => out.push(Buffer.from(ResponseCheckTx.encode(await app.checkTx({ tx, type })).finish()).toString('hex'));
      const finalize = async (height: number, txs: Uint8Array[]) => {
        const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: 1_764_000_000n + BigInt(height), nanos: 0 }, proposerAddress: Buffer.alloc(20, 1), txs }));
        out.push(Buffer.from(ResponseFinalizeBlock.encode(res).finish()).toString('hex'));
        await app.commit({});
      };
      for (const tx of [good[0], good[1], good[1], garbage, truncated, good[3], wrongChain, good[2]]) await check(tx, 0);
      await finalize(1, [good[0], garbage, good[1], good[1], tooMuch, truncated]);
      for (const tx of [good[2], good[3], wrongChain]) await check(tx, 1); // recheck after the commit
      await finalize(2, [good[2], good[3], good[4], tooMuch, good[5], wrongChain, good[0]]);
      for (const tx of [good[5], tooMuch, garbage]) await check(tx, 0);
      return out;
    };
    const [withCache, without] = [await transcript(apps[0]), await transcript(apps[1])];
    expect(withCache).toEqual(without);
    expect(withCache).toHaveLength(16);
  } finally {
    for (const app of apps) await app.close();
    dirs.forEach(removeDir);
  }
}, 60_000);
