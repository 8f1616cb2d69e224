import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { RequestFinalizeBlock, RequestInitChain, RequestPrepareProposal, RequestProcessProposal, ResponseProcessProposal_ProposalStatus } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp } from '../../../chain/app';
import { Errors } from '../../../chain/errors';
import { settleModules } from '../../../chain/node/modules';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';

/**
 * The block gas limit (consensus param block.max_gas) with CosmJS-signed txs through the real app:
 * CheckTx refuses a tx over it, PrepareProposal stops where the next tx would pass it, ProcessProposal
 * rejects a proposal whose txs' gas limits add up to more, and all of it holds after a restart.
 */

const CHAIN_ID = 'settle-block-gas-1';
const MNEMONIC = 'session maze divert convince angry reform faint lazy spin setup unique text goose trigger palace use focus whip unlock gospel album magic admit glass';
const MAX_GAS = 500_000n;
const { ACCEPT, REJECT } = ResponseProcessProposal_ProposalStatus;

let dir: string;
let app: SettleApp;
let address: string;
let client: SigningStargateClient;

function fee(gas: bigint): StdFee {
  return { amount: [{ denom: 'usettle', amount: '5000' }], gas: String(gas) };
}

async function send(sequence: number, gas: bigint): Promise<Uint8Array> {
  const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: address, toAddress: address, amount: [{ denom: 'uusdc', amount: '1' }] }) };
  const raw = await client.sign(address, [msg], fee(gas), '', { accountNumber: 0n, sequence, chainId: CHAIN_ID });
  return TxRaw.encode(raw).finish();
}

function open(): Promise<SettleApp> {
  return SettleApp.open({ dbPath: dir, ...settleModules(), logger: pino({ level: 'silent' }), sync: false });
}

async function prepare(txs: Uint8Array[]): Promise<Uint8Array[]> {
  return (await app.prepareProposal(RequestPrepareProposal.fromPartial({ txs, maxTxBytes: 4_194_304n, height: 2n }))).txs;
}

async function processStatus(txs: Uint8Array[]) {
  return (await app.processProposal(RequestProcessProposal.fromPartial({ txs, height: 2n }))).status;
}

beforeAll(async () => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'settle' });
  [{ address }] = await wallet.getAccounts();
  client = await SigningStargateClient.offline(wallet);
  dir = makeTmpDir('block-gas');
  app = await open();
  const appState = {
    auth: { accounts: [{ '@type': '/cosmos.auth.v1beta1.BaseAccount', address, pub_key: null, account_number: '0', sequence: '0' }] },
    bank: { balances: [{ address, coins: [{ denom: 'usettle', amount: '1000000000' }, { denom: 'uusdc', amount: '1000000000' }] }] },
  };
  await app.initChain(
    RequestInitChain.fromPartial({
      chainId: CHAIN_ID,
      initialHeight: 1n,
      time: { seconds: 1_764_000_000n, nanos: 0 },
      appStateBytes: Buffer.from(JSON.stringify(appState)),
      consensusParams: { block: { maxBytes: 4_194_304n, maxGas: MAX_GAS } },
    }),
  );
  await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 1n, time: { seconds: 1_764_000_001n, nanos: 0 }, proposerAddress: Buffer.alloc(20, 1) }));
  await app.commit({});
});

afterAll(async () => {
  await app.close();
  removeDir(dir);
});

describe('block gas limit', () => {
  test('CheckTx refuses a tx whose gas limit is over the block gas limit, and accepts one at it', async () => {
    const over = await app.checkTx({ tx: await send(0, MAX_GAS + 1n), type: 0 });
    expect(over.code).toBe(Errors.invalidGasLimit.code);
    expect(over.log).toContain(`tx gas limit ${MAX_GAS + 1n} exceeds the block gas limit ${MAX_GAS}`);
    expect((await app.checkTx({ tx: await send(0, MAX_GAS), type: 0 })).code).toBe(0);
  });

  test('PrepareProposal takes txs in mempool order until the next would pass the limit', async () => {
    const txs = [await send(0, 200_000n), await send(1, 200_000n), await send(2, 200_000n), await send(3, 50_000n)];
    const picked = await prepare(txs);
    // 400,000 fits; the third would make 600,000: it and everything after it wait (the fourth is the same signer's next sequence)
    expect(picked.map((t) => Buffer.from(t).toString('hex'))).toEqual(txs.slice(0, 2).map((t) => Buffer.from(t).toString('hex')));
    expect(await prepare([await send(0, MAX_GAS)])).toHaveLength(1);
  });

  test('ProcessProposal rejects txs whose gas limits add up to more than the limit; a tx that does not decode counts 0', async () => {
    const two = [await send(0, 200_000n), await send(1, 300_000n)];
    expect(await processStatus(two)).toBe(ACCEPT);
    expect(await processStatus([...two, Buffer.from('not a tx')])).toBe(ACCEPT);
    expect(await processStatus([...two, await send(2, 1n)])).toBe(REJECT);
    expect(await processStatus([])).toBe(ACCEPT);
  });

  test('the limit is read from state after a restart', async () => {
    await app.close();
    app = await open();
    expect((await app.checkTx({ tx: await send(0, MAX_GAS + 1n), type: 0 })).code).toBe(Errors.invalidGasLimit.code);
    expect(await processStatus([await send(0, 300_000n), await send(1, 300_000n)])).toBe(REJECT);
    expect(await prepare([await send(0, 300_000n), await send(1, 300_000n)])).toHaveLength(1);
  });

  test('a committed tx runs within the limit: a MsgSend uses less gas than the limit of one tx', async () => {
    const tx = await send(0, 200_000n);
    expect(await prepare([tx])).toHaveLength(1);
    const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 2n, time: { seconds: 1_764_000_002n, nanos: 0 }, proposerAddress: Buffer.alloc(20, 1), txs: [tx] }));
    await app.commit({});
    expect(res.txResults[0].code).toBe(0);
    expect(res.txResults[0].gasUsed).toBeLessThan(200_000n);
  });
});
