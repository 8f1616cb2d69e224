/**
 * CosmJS 0.39 against a real devnet (compiled settled + real CometBFT + LevelDB): the things a wallet
 * or app does, unchanged from any Cosmos SDK chain, and verified balance proofs.
 */
import { Secp256k1HdWallet } from '@cosmjs/amino';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, calculateFee } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import { MsgMultiSend, MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import * as path from 'node:path';
import { balanceKey, getVerifiedBalance, verifyStoreProof } from '../../client/proofs';
import { devAccounts, type DevAccount } from '../../chain/node/dev-accounts';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, settled, waitHeight, type Proc } from '../chain/node/helpers';

jest.setTimeout(120_000);

let alice: DevAccount;
let bob: DevAccount;
let carol: DevAccount;
const GAS_PRICE = GasPrice.fromString('0.025usettle');
let tmp: string;
let home: string;
let rpcUrl: string;
let node: Proc;
let comet: CometClient;

beforeAll(async () => {
  checkPrerequisites();
  [alice, bob, carol] = await devAccounts();
  tmp = makeTmpDir('cosmjs');
  home = path.join(tmp, 'devnet');
  const base = await freeBasePort(1);
  rpcUrl = `http://127.0.0.1:${base + 1}`;
  node = settled(['devnet', '--home', home, '--base-port', String(base)], path.join(tmp, 'devnet.log'));
  await waitHeight(base + 1, 2, 60_000, node);
  comet = await connectComet(rpcUrl);
});

afterAll(async () => {
  comet?.disconnect();
  await killAll([home]);
  removeDir(tmp);
});

async function directClient(mnemonic: string) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'settle' });
  return SigningStargateClient.connectWithSigner(rpcUrl, wallet, { gasPrice: GAS_PRICE });
}

test('getAccount, getBalance, getAllBalances on funded dev accounts; a missing account is null', async () => {
  const client = await StargateClient.connect(rpcUrl);
  expect(await client.getChainId()).toBe('settle-devnet-1');
  const acc = await client.getAccount(alice.address);
  expect(acc?.address).toBe(alice.address);
  expect(await client.getAccount('settle1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqzspgka')).toBeNull();
  const usdc = await client.getBalance(alice.address, 'uusdc');
  expect(BigInt(usdc.amount)).toBeGreaterThan(0n);
  const all = await client.getAllBalances(alice.address);
  expect(all.map((c) => c.denom)).toEqual(['usettle', 'uusdc']);
  client.disconnect();
});

test('sendTokens with fee "auto" (Simulate), getTx, searchTx by sender; direct and amino wallets', async () => {
  const client = await directClient(alice.mnemonic);
  const before = BigInt((await client.getBalance(bob.address, 'uusdc')).amount);
  const res = await client.sendTokens(alice.address, bob.address, [{ denom: 'uusdc', amount: '1500000' }], 'auto', 'hello settle');
  expect(res.code).toBe(0);
  expect(BigInt((await client.getBalance(bob.address, 'uusdc')).amount)).toBe(before + 1_500_000n);
  const tx = await client.getTx(res.transactionHash);
  expect(tx?.height).toBe(res.height);
  const found = await client.searchTx(`message.sender='${alice.address}'`);
  expect(found.map((t) => t.hash)).toContain(res.transactionHash);
  // The default index_events keep what wallets search on; the other attributes are still in the result.
  const received = await client.searchTx([{ key: 'transfer.recipient', value: bob.address }]);
  expect(received.map((t) => t.hash)).toContain(res.transactionHash);
  expect(tx?.events.some((e) => e.type === 'transfer' && e.attributes.some((a) => a.key === 'amount'))).toBe(true);

  const aminoWallet = await Secp256k1HdWallet.fromMnemonic(bob.mnemonic, { prefix: 'settle' });
  const amino = await SigningStargateClient.connectWithSigner(rpcUrl, aminoWallet, { gasPrice: GAS_PRICE });
  const back = await amino.sendTokens(bob.address, alice.address, [{ denom: 'uusdc', amount: '1' }], 'auto', 'signed with amino JSON');
  expect(back.code).toBe(0);
  amino.disconnect();
  client.disconnect();
});

test('a multisend', async () => {
  const client = await directClient(carol.mnemonic);
  const msg = {
    typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend',
    value: MsgMultiSend.fromPartial({
      inputs: [{ address: carol.address, coins: [{ denom: 'uusdc', amount: '30' }] }],
      outputs: [
        { address: alice.address, coins: [{ denom: 'uusdc', amount: '10' }] },
        { address: bob.address, coins: [{ denom: 'uusdc', amount: '20' }] },
      ],
    }),
  };
  const res = await client.signAndBroadcast(carol.address, [msg], 'auto');
  expect(res.code).toBe(0);
  expect(res.events.filter((e) => e.type === 'transfer').length).toBeGreaterThanOrEqual(2);
  client.disconnect();
});

test('100 txs from one account broadcast back to back: all committed, in order', async () => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(bob.mnemonic, { prefix: 'settle' });
  const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet);
  const { accountNumber, sequence } = await client.getSequence(bob.address);
  const chainId = await client.getChainId();
  const fee = calculateFee(100_000, GAS_PRICE);
  const hashes: string[] = [];
  for (let i = 0; i < 100; i++) {
    const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: bob.address, toAddress: alice.address, amount: [{ denom: 'uusdc', amount: String(i + 1) }] }) };
    const raw = await client.sign(bob.address, [msg], fee, `#${i}`, { accountNumber: BigInt(accountNumber), sequence: sequence + i, chainId });
    hashes.push(await client.broadcastTxSync(TxRaw.encode(raw).finish()));
  }
  const positions: [number, number][] = [];
  for (const hash of hashes) {
    let tx = null;
    for (let tries = 0; tries < 100 && !tx; tries++) {
      tx = await client.getTx(hash);
      if (!tx) await new Promise((r) => setTimeout(r, 200));
    }
    expect(tx?.code).toBe(0);
    const block = await comet.block(tx!.height);
    const index = block.block.txs.findIndex((t) => Buffer.from(require('node:crypto').createHash('sha256').update(t).digest()).toString('hex').toUpperCase() === hash);
    positions.push([tx!.height, index]);
  }
  const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  expect(positions).toEqual(sorted); // committed in sequence order
  client.disconnect();
});

test('the client proof helper verifies a real balance against the next header, and rejects a tampered value', async () => {
  const client = await StargateClient.connect(rpcUrl);
  const proven = await getVerifiedBalance(comet, alice.address, 'uusdc');
  const atHeight = await comet.abciQuery({ path: '/cosmos.bank.v1beta1.Query/Balance', data: require('cosmjs-types/cosmos/bank/v1beta1/query').QueryBalanceRequest.encode({ address: alice.address, denom: 'uusdc' }).finish(), height: proven.height });
  const viaQuery = require('cosmjs-types/cosmos/bank/v1beta1/query').QueryBalanceResponse.decode(atHeight.value).balance.amount;
  expect(proven.amount.toString()).toBe(viaQuery);
  const absent = await getVerifiedBalance(comet, alice.address, 'unope');
  expect(absent.amount).toBe(0n);

  const key = balanceKey(alice.address, 'uusdc');
  const res = await comet.abciQuery({ path: '/store/bank/key', data: key, height: proven.height, prove: true });
  expect(() => verifyStoreProof(res.proof!.ops, proven.appHash, 'bank', key, res.value)).not.toThrow();
  const tampered = new TextEncoder().encode((BigInt(new TextDecoder().decode(res.value)) + 1n).toString());
  expect(() => verifyStoreProof(res.proof!.ops, proven.appHash, 'bank', key, tampered)).toThrow(/does not verify/);
  client.disconnect();
});

test('the README CosmJS example works against the devnet as written', async () => {
  const readme = require('node:fs').readFileSync(path.join(__dirname, '../../README.md'), 'utf8') as string;
  const block = /```js\n(\/\/ send\.js[\s\S]*?)```/.exec(readme);
  expect(block).not.toBeNull();
  const script = block![1].replace("'http://127.0.0.1:26657'", `'${rpcUrl}'`); // the test devnet's port
  const file = path.join(tmp, 'send.js');
  require('node:fs').writeFileSync(file, script);
  const { execFileSync } = require('node:child_process');
  const out: string = execFileSync(process.execPath, [file], { cwd: path.join(__dirname, '../..'), encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(__dirname, '../../node_modules') } });
  expect(out).toMatch(/committed at height \d+ tx [0-9A-F]{64} gas used \d+/);
  expect(out).toMatch(/bob has \d+ uusdc/);
});
