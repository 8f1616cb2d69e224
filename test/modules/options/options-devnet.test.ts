/**
 * Options and margin on a real devnet (compiled settled + real CometBFT + LevelDB, the simulated oracle
 * feeding prices and vol surfaces through vote extensions) driven by CosmJS: the listing schedule lists
 * BTC options at the oracle's expiries; a maker's quotes and a taker's order fill at the end of the block;
 * both subaccounts then hold live positions, Health marks them, a withdrawal that would break IM is
 * refused with margin/9, and an isolated sibling is untouched.
 */
import { DirectSecp256k1HdWallet, Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, QueryClient, SigningStargateClient } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import * as path from 'node:path';
import { devAccounts, type DevAccount } from '../../../chain/node/dev-accounts';
import { QueryHealthRequest, QueryHealthResponse, QuerySubaccountRequest, QuerySubaccountResponse } from '../../../proto/gen/settle/margin/v1/query';
import { MsgDeposit, MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { QueryInstrumentsRequest, QueryInstrumentsResponse, QueryMarketStatsRequest, QueryMarketStatsResponse } from '../../../proto/gen/settle/options/v1/query';
import { MsgBatch, MsgPlaceCombo, MsgPlaceOrder } from '../../../proto/gen/settle/options/v1/tx';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { OptionKind, OrderSpec, Side, TimeInForce, type Instrument } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, settled, waitHeight, type Proc } from '../../chain/node/helpers';

jest.setTimeout(180_000);

const registry = new Registry([
  ...defaultRegistryTypes,
  ['/settle.margin.v1.MsgDeposit', MsgDeposit],
  ['/settle.margin.v1.MsgWithdraw', MsgWithdraw],
  ['/settle.options.v1.MsgPlaceOrder', MsgPlaceOrder],
  ['/settle.options.v1.MsgBatch', MsgBatch],
  ['/settle.options.v1.MsgPlaceCombo', MsgPlaceCombo],
]);

let alice: DevAccount;
let bob: DevAccount;
let carol: DevAccount;
let tmp: string;
let home: string;
let rpcUrl: string;
let node: Proc;
let comet: CometClient;

beforeAll(async () => {
  checkPrerequisites();
  [alice, bob, carol] = await devAccounts();
  tmp = makeTmpDir('options-devnet');
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

async function abci<Res>(path: string, req: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
  const q = QueryClient.withExtensions(comet);
  return decode((await q.queryAbci(path, req)).value);
}

async function client(a: DevAccount): Promise<SigningStargateClient> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: 'settle' });
  return SigningStargateClient.connectWithSigner(rpcUrl, wallet, { registry, gasPrice: GasPrice.fromString('0.025usettle') });
}

/** The scheduled BTC calls once the oracle has a price and a surface (a few blocks after start). */
async function listedCalls(): Promise<Instrument[]> {
  for (let i = 0; i < 60; i++) {
    const r = await abci('/settle.options.v1.Query/Instruments', QueryInstrumentsRequest.encode({ underlying: 'BTC/USD', expiry: 0n, activeOnly: true }).finish(), QueryInstrumentsResponse.decode);
    const calls = r.instruments.filter((x) => x.kind === OptionKind.OPTION_KIND_CALL);
    if (calls.length > 0) return calls;
    await new Promise((res) => setTimeout(res, 1_000));
  }
  throw new Error('no BTC options were listed within 60 s');
}

test('scheduled listing, a maker quote filled by a taker, live positions in Health, IM-breaking withdrawal refused', async () => {
  const calls = await listedCalls();
  // 11 strikes × the scheduled expiries, all at 08:00 UTC
  expect(calls.every((c) => c.expiry % 86_400n === 28_800n)).toBe(true);
  const nearest = calls.filter((c) => c.expiry === calls.reduce((m, c2) => (c2.expiry < m ? c2.expiry : m), calls[0].expiry));
  expect(nearest.length).toBe(11);
  const stats0 = await abci('/settle.options.v1.Query/MarketStats', QueryMarketStatsRequest.encode({ instrumentId: nearest[5].id }).finish(), QueryMarketStatsResponse.decode);
  const index = Number(stats0.index);
  const otm = nearest.find((c) => Number(c.strike) > index) ?? nearest[nearest.length - 1];

  const a = await client(alice);
  const b = await client(bob);
  const deposit = (owner: string, subaccount: number, usdc: bigint, isolated = false) => ({
    typeUrl: '/settle.margin.v1.MsgDeposit',
    value: MsgDeposit.fromPartial({ owner, subaccount, denom: 'uusdc', amount: (usdc * 1_000_000n).toString(), isolated }),
  });
  expect((await a.signAndBroadcast(alice.address, [deposit(alice.address, 0, 2_000n), deposit(alice.address, 1, 1_000n, true)], 'auto')).code).toBe(0);
  expect((await b.signAndBroadcast(bob.address, [deposit(bob.address, 0, 50_000n)], 'auto')).code).toBe(0);

  // alice quotes the OTM call at 200 and 210 USDC a contract (10 and 5 contracts) in one batch
  const ask = (clientId: bigint, price: bigint, size: bigint) => OrderSpec.fromPartial({ clientId, instrumentId: otm.id, side: Side.SIDE_SELL, price: price * 1_000_000n, size, timeInForce: TimeInForce.TIME_IN_FORCE_GTC });
  const quote = { typeUrl: '/settle.options.v1.MsgBatch', value: MsgBatch.fromPartial({ owner: alice.address, subaccount: 0, places: [ask(1n, 200n, 10n), ask(2n, 210n, 5n)] }) };
  expect((await a.signAndBroadcast(alice.address, [quote], 'auto')).code).toBe(0);
  // bob lifts 12 contracts IOC up to 210: 10 at 200 and 2 at 210, matched at the end of the block
  const take = {
    typeUrl: '/settle.options.v1.MsgPlaceOrder',
    value: MsgPlaceOrder.fromPartial({ owner: bob.address, subaccount: 0, order: { clientId: 1n, instrumentId: otm.id, side: Side.SIDE_BUY, price: 210_000_000n, size: 12n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC } }),
  };
  const taken = await b.signAndBroadcast(bob.address, [take], 'auto');
  expect(taken.code).toBe(0);

  const sub = async (owner: string, number: number) =>
    (await abci('/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner, number }).finish(), QuerySubaccountResponse.decode)).subaccount!;
  expect((await sub(bob.address, 0)).positions.map((p) => [p.instrumentId, p.size, p.costBasis])).toEqual([[otm.id, '12', String((10n * 200n + 2n * 210n) * 1_000_000n)]]);
  expect((await sub(alice.address, 0)).positions.map((p) => [p.instrumentId, p.size])).toEqual([[otm.id, '-12']]);

  const health = async (owner: string, number: number) =>
    abci('/settle.margin.v1.Query/Health', QueryHealthRequest.encode({ owner, number }).finish(), QueryHealthResponse.decode);
  const h = await health(alice.address, 0);
  expect(h.positions).toHaveLength(1);
  expect(Number(h.positions[0].mark)).toBeLessThan(0); // short
  expect(Number(h.initialMargin)).toBeGreaterThan(0);
  expect(Number(h.freeCollateral)).toBeGreaterThan(0);
  expect(Number(h.freeCollateral)).toBeLessThan(Number(h.equity));

  // withdrawing everything subaccount 0 holds would leave the short uncovered: refused with margin/9
  const held = (await sub(alice.address, 0)).collateral.find((c) => c.denom === 'uusdc')!.amount;
  const withdraw = { typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.fromPartial({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: held }) };
  await expect(a.signAndBroadcast(alice.address, [withdraw], 'auto')).rejects.toThrow(/is below the initial margin/);
  const failed = await a.signAndBroadcast(alice.address, [withdraw], { amount: [{ denom: 'usettle', amount: '20000' }], gas: '800000' });
  expect([failed.code]).toEqual([9]);
  // the isolated sibling holds no position: its equity is its 1,000 USDC, whatever subaccount 0 does
  const sibling = await health(alice.address, 1);
  expect([sibling.equity, sibling.positions.length]).toEqual(['1000', 0]);
  a.disconnect();
  b.disconnect();
});

test('a market maker quotes 50 instruments two-sided in one tx, refreshes in parallel without sequence errors; a taker buys a call spread as one combo', async () => {
  const listed = (await abci('/settle.options.v1.Query/Instruments', QueryInstrumentsRequest.encode({ underlying: 'BTC/USD', expiry: 0n, activeOnly: true }).finish(), QueryInstrumentsResponse.decode)).instruments;
  expect(listed.length).toBeGreaterThanOrEqual(50);
  const quoted = listed.slice(0, 50);
  // the spread: the nearest expiry's two lowest-strike calls (K1 < K2)
  const expiry = listed.reduce((m, c) => (c.expiry < m ? c.expiry : m), listed[0].expiry);
  const calls = listed.filter((c) => c.expiry === expiry && c.kind === OptionKind.OPTION_KIND_CALL).sort((x, y) => Number(x.strike) - Number(y.strike));
  const [k1, k2] = calls;
  const mm = await client(carol);
  const taker = await client(bob);
  const deposit = (owner: string, usdc: bigint) => ({ typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.fromPartial({ owner, subaccount: 0, denom: 'uusdc', amount: (usdc * 1_000_000n).toString() }) });
  expect((await mm.signAndBroadcast(carol.address, [deposit(carol.address, 200_000n)], 'auto')).code).toBe(0);
  const sub = async (owner: string) => (await abci('/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner, number: 0 }).finish(), QuerySubaccountResponse.decode)).subaccount!;
  const usdc = async (owner: string) => BigInt((await sub(owner)).collateral.find((c) => c.denom === 'uusdc')?.amount ?? '0');

  // prices per contract in uusdc; the spread legs are priced so that every fee is the 12.5 % premium cap (exact)
  const book = new Map(quoted.map((i) => [i.id, { bid: 100_000n, ask: 1_000_000_000n }]));
  book.set(k1.id, { bid: 100_000n, ask: 600_000n });
  book.set(k2.id, { bid: 200_000n, ask: 1_000_000_000n });
  let clientId = 0n;
  const places = [...book.entries()].flatMap(([instrumentId, q]) => [
    OrderSpec.fromPartial({ clientId: ++clientId, instrumentId, side: Side.SIDE_BUY, price: q.bid, size: 2n, timeInForce: TimeInForce.TIME_IN_FORCE_GTC }),
    OrderSpec.fromPartial({ clientId: ++clientId, instrumentId, side: Side.SIDE_SELL, price: q.ask, size: 2n, timeInForce: TimeInForce.TIME_IN_FORCE_GTC }),
  ]);
  expect(places.length).toBeGreaterThanOrEqual(100);
  // sequence-free quote txs: timeout height a few blocks ahead, all signed with the same sequence
  const account = await mm.getSequence(carol.address);
  const height = BigInt(await mm.getHeight());
  const fee = { amount: [{ denom: 'usettle', amount: '200000' }], gas: '8000000' };
  const signer = { accountNumber: account.accountNumber, sequence: account.sequence, chainId: await mm.getChainId() };
  const batch = (p: OrderSpec[], cancels: bigint[] = []) => ({ typeUrl: '/settle.options.v1.MsgBatch', value: MsgBatch.fromPartial({ owner: carol.address, subaccount: 0, places: p, cancelClientIds: cancels }) });
  const first = await mm.sign(carol.address, [batch(places)], fee, '', signer, height + 10n);
  const firstResult = await mm.broadcastTx(TxRaw.encode(first).finish());
  expect(firstResult.code).toBe(0);
  // two refreshes signed in parallel with that same sequence: re-quote two far instruments' bids (cancel + place, new client ids)
  const refreshes = await Promise.all([0, 1].map((i) => {
    const old = BigInt(i * 2 + 1);
    const spec = { ...places[i * 2], clientId: 1_000n + BigInt(i), price: 110_000n };
    return mm.sign(carol.address, [batch([spec], [old])], fee, '', signer, height + 10n);
  }));
  const refreshed = await Promise.all(refreshes.map((tx) => mm.broadcastTx(TxRaw.encode(tx).finish())));
  expect(refreshed.map((r) => r.code)).toEqual([0, 0]);
  expect((await mm.getSequence(carol.address)).sequence).toBe(account.sequence); // untouched
  const mmBefore = await usdc(carol.address);

  // bob buys 2 call spreads (buy K1, sell K2) at a net of at most 0.50 USDC: filled at 0.60 − 0.20 = 0.40
  const combo = {
    typeUrl: '/settle.options.v1.MsgPlaceCombo',
    value: MsgPlaceCombo.fromPartial({ owner: bob.address, subaccount: 0, clientId: 77n, quantity: 2n, limitPrice: 500_000n, legs: [
      { instrumentId: k1.id, side: Side.SIDE_BUY, ratio: 1n },
      { instrumentId: k2.id, side: Side.SIDE_SELL, ratio: 1n },
    ] }),
  };
  const bobBefore = await usdc(bob.address);
  const res = await taker.signAndBroadcast(bob.address, [combo], 'auto');
  expect(res.code).toBe(0);
  const pos = async (owner: string) => Object.fromEntries((await sub(owner)).positions.map((p) => [p.instrumentId, p.size]));
  // by hand: bob pays 2 × 0.60 − 2 × 0.20 premium and taker fees 2 × 0.075 + 2 × 0.025 (12.5 % of each price) = 1.00 USDC;
  // the maker receives the premium less the same fees: 0.80 − 0.20 = 0.60 USDC
  expect(bobBefore - (await usdc(bob.address))).toBe(1_000_000n);
  expect((await usdc(carol.address)) - mmBefore).toBe(600_000n);
  expect((await pos(bob.address))[k1.id]).toBe('2');
  expect((await pos(bob.address))[k2.id]).toBe('-2');
  expect((await pos(carol.address))[k1.id]).toBe('-2');
  expect((await pos(carol.address))[k2.id]).toBe('2');
  mm.disconnect();
  taker.disconnect();
});
