/**
 * The margin module on a real devnet (compiled settled + real CometBFT + LevelDB) driven by CosmJS:
 * deposit into a new subaccount with the fee estimated by Simulate, transfer to a sibling, withdraw,
 * refusals with the module's codes, and the Subaccount query.
 */
import { DirectSecp256k1HdWallet, Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, SigningStargateClient, QueryClient } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import * as path from 'node:path';
import { devAccounts, type DevAccount } from '../../../chain/node/dev-accounts';
import { QuerySubaccountRequest, QuerySubaccountResponse } from '../../../proto/gen/settle/margin/v1/query';
import { MsgDeposit, MsgTransfer, MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, settled, waitHeight, type Proc } from '../../chain/node/helpers';

jest.setTimeout(120_000);

const registry = new Registry([
  ...defaultRegistryTypes,
  ['/settle.margin.v1.MsgDeposit', MsgDeposit],
  ['/settle.margin.v1.MsgWithdraw', MsgWithdraw],
  ['/settle.margin.v1.MsgTransfer', MsgTransfer],
]);

let alice: DevAccount;
let tmp: string;
let home: string;
let rpcUrl: string;
let node: Proc;
let comet: CometClient;

beforeAll(async () => {
  checkPrerequisites();
  [alice] = await devAccounts();
  tmp = makeTmpDir('margin-devnet');
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

async function subaccount(owner: string, number: number) {
  const q = QueryClient.withExtensions(comet);
  const bytes = await q.queryAbci('/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner, number }).finish());
  return QuerySubaccountResponse.decode(bytes.value).subaccount!;
}

test('deposit, transfer and withdraw with CosmJS; refusals carry the margin codes and change nothing', async () => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: 'settle' });
  const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet, { registry, gasPrice: GasPrice.fromString('0.025usettle') });
  const owner = alice.address;
  const before = BigInt((await client.getBalance(owner, 'uusdc')).amount);

  const deposit = { typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.fromPartial({ owner, subaccount: 0, denom: 'uusdc', amount: '2000000' }) };
  const res = await client.signAndBroadcast(owner, [deposit], 'auto');
  expect(res.code).toBe(0);
  expect(res.events.some((e) => e.type === 'settle.margin.v1.EventSubaccountCreated')).toBe(true);
  expect(BigInt((await client.getBalance(owner, 'uusdc')).amount)).toBe(before - 2_000_000n);

  const transfer = { typeUrl: '/settle.margin.v1.MsgTransfer', value: MsgTransfer.fromPartial({ owner, fromSubaccount: 0, toSubaccount: 1, denom: 'uusdc', amount: '500000' }) };
  expect((await client.signAndBroadcast(owner, [transfer], 'auto')).code).toBe(0);
  expect((await subaccount(owner, 0)).collateral).toEqual([{ denom: 'uusdc', amount: '1500000' }]);
  expect((await subaccount(owner, 1)).collateral).toEqual([{ denom: 'uusdc', amount: '500000' }]);

  // more than subaccount 1 holds: refused at simulation (fee "auto") with the module's code and log
  const tooMuch = { typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.fromPartial({ owner, subaccount: 1, denom: 'uusdc', amount: '500001' }) };
  await expect(client.signAndBroadcast(owner, [tooMuch], 'auto')).rejects.toThrow(/holds 500000uusdc, less than 500001uusdc/);
  // with a fixed fee it is included and fails with margin/8, changing nothing but the fee
  const failed = await client.signAndBroadcast(owner, [tooMuch], { amount: [{ denom: 'usettle', amount: '5000' }], gas: '200000' });
  expect([failed.code]).toEqual([8]);
  expect((await subaccount(owner, 1)).collateral).toEqual([{ denom: 'uusdc', amount: '500000' }]);

  const withdraw = { typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.fromPartial({ owner, subaccount: 1, denom: 'uusdc', amount: '500000' }) };
  expect((await client.signAndBroadcast(owner, [withdraw], 'auto')).code).toBe(0);
  expect((await subaccount(owner, 1)).collateral).toEqual([]);
  expect(BigInt((await client.getBalance(owner, 'uusdc')).amount)).toBe(before - 1_500_000n);
  client.disconnect();
});
