/**
 * The margin module in the app (composition root, real tx pipeline, signed txs): subaccounts created
 * on first deposit, deposits and withdrawals against bank balances, transfers between one's own
 * subaccounts, listing by the authority, deposit caps, the invariant, queries and genesis round trip.
 */
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { QueryAccountInfoRequest, QueryAccountInfoResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import type { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import type { SettleApp } from '../../../chain/app';
import type { MarginKeeper } from '../../../modules/margin/keeper';
import { moduleAddress } from '../../../modules/auth/keeper';
import { defaultGenesis as marginDefaultGenesis } from '../../../modules/margin/genesis';
import { MarginErrors } from '../../../modules/margin/errors';
import {
  QueryCollateralAssetsRequest,
  QueryCollateralAssetsResponse,
  QuerySubaccountRequest,
  QuerySubaccountResponse,
  QuerySubaccountsRequest,
  QuerySubaccountsResponse,
} from '../../../proto/gen/settle/margin/v1/query';
import { MsgDeposit, MsgSetCollateralAsset, MsgSetMarginMode, MsgTransfer, MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { deriveKeys, fundedAppState, signTx, type EncodedMsg, type Key } from '../../reliability/lib/accounts';
import { block, CHAIN_ID, openApp, query, rawQuery } from '../helpers';

const MARGIN = moduleAddress('margin');

const msg = {
  deposit: (v: Partial<MsgDeposit>): EncodedMsg => ({ typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.encode(MsgDeposit.fromPartial(v)).finish() }),
  withdraw: (v: Partial<MsgWithdraw>): EncodedMsg => ({ typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.encode(MsgWithdraw.fromPartial(v)).finish() }),
  transfer: (v: Partial<MsgTransfer>): EncodedMsg => ({ typeUrl: '/settle.margin.v1.MsgTransfer', value: MsgTransfer.encode(MsgTransfer.fromPartial(v)).finish() }),
  mode: (v: Partial<MsgSetMarginMode>): EncodedMsg => ({ typeUrl: '/settle.margin.v1.MsgSetMarginMode', value: MsgSetMarginMode.encode(MsgSetMarginMode.fromPartial(v)).finish() }),
  asset: (v: Partial<MsgSetCollateralAsset>): EncodedMsg => ({
    typeUrl: '/settle.margin.v1.MsgSetCollateralAsset',
    value: MsgSetCollateralAsset.encode(MsgSetCollateralAsset.fromPartial(v)).finish(),
  }),
};

describe('margin module in the app', () => {
  let dir: string;
  let app: SettleApp;
  let margin: MarginKeeper;
  let keys: Key[];
  let alice: Key;
  let bob: Key;
  let height: number;
  const sequences = new Map<string, bigint>();

  beforeAll(async () => {
    keys = await deriveKeys('margin-app', 2);
    [alice, bob] = keys;
  });

  beforeEach(async () => {
    dir = makeTmpDir('margin-app');
    let keepers;
    ({ app, keepers } = await openApp(dir));
    margin = keepers.margin;
    const state = fundedAppState(keys.map((k) => ({ address: k.address, coins: [{ denom: 'usettle', amount: '1000000' }, { denom: 'uusdc', amount: '5000000' }] })));
    // alice is the margin authority here; a second asset with a cap
    const marginGenesis = marginDefaultGenesis() as Record<string, any>;
    marginGenesis.params.authority = alice.address;
    marginGenesis.assets.push({ denom: 'ucapped', haircut: '0.5', oracleMarket: '', decimals: 6, depositCap: '300', enabled: true });
    const bank = state.bank as Record<string, any>;
    bank.balances = bank.balances.map((b: { address: string; coins: object[] }) => ({ ...b, coins: [...b.coins, { denom: 'ubtc', amount: '100000000' }, { denom: 'ucapped', amount: '1000' }].sort((x: any, y: any) => (x.denom < y.denom ? -1 : 1)) }));
    bank.supply = [];
    await app.initChain({ ...initRequest(), appStateBytes: Buffer.from(JSON.stringify({ ...state, margin: marginGenesis })) });
    height = 0;
    sequences.clear();
    await run([]);
  });

  afterEach(async () => {
    await app.close();
    removeDir(dir);
  });

  function initRequest() {
    return {
      chainId: CHAIN_ID,
      initialHeight: 1n,
      time: { seconds: 1_764_000_000n, nanos: 0 },
      validators: [],
      consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } },
      appStateBytes: new Uint8Array(0),
    };
  }

  /** Signs each msg list as one tx of its key, runs them in one block, commits; returns the results. */
  async function run(txs: [Key, EncodedMsg[]][]): Promise<ExecTxResult[]> {
    const signed: Uint8Array[] = [];
    for (const [key, msgs] of txs) {
      const seq = sequences.get(key.address) ?? 0n;
      sequences.set(key.address, seq + 1n);
      signed.push(await signTx(key, msgs, { chainId: CHAIN_ID, accountNumber: BigInt(keys.indexOf(key)), sequence: seq, fee: [{ denom: 'usettle', amount: '500' }], gas: 300_000n }));
    }
    height++;
    const res = await app.finalizeBlock(block(height, signed));
    await app.commit({});
    // a tx refused before its ante (validateBasic) or in it used no sequence: read them back
    for (const [key] of txs) {
      const info = await query(app, '/cosmos.auth.v1beta1.Query/AccountInfo', QueryAccountInfoRequest, { address: key.address }, QueryAccountInfoResponse);
      sequences.set(key.address, info.info!.sequence);
    }
    expect(app.checkInvariants()).toEqual([]);
    return res.txResults;
  }

  async function balance(address: string, denom: string): Promise<bigint> {
    const r = await query(app, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest, { address, denom }, QueryBalanceResponse);
    return BigInt(r.balance!.amount);
  }

  async function subaccount(owner: string, number: number) {
    return (await query(app, '/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest, { owner, number }, QuerySubaccountResponse)).subaccount!;
  }

  const code = (r: ExecTxResult) => [r.codespace, r.code];

  it('a first deposit creates the subaccount; collateral moves to the module account; withdraw returns it', async () => {
    const [r] = await run([[alice, [msg.deposit({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: '1000000' })]]]);
    expect(code(r)).toEqual(['', 0]);
    expect(r.events.map((e) => e.type)).toContain('settle.margin.v1.EventSubaccountCreated');
    expect(await balance(alice.address, 'uusdc')).toBe(4_000_000n);
    expect(await balance(MARGIN, 'uusdc')).toBe(1_000_000n);
    const s = await subaccount(alice.address, 0);
    expect(s.subaccount).toEqual({ owner: alice.address, number: 0, isolated: false, portfolioMargin: false });
    expect(s.collateral).toEqual([{ denom: 'uusdc', amount: '1000000' }]);

    const [w, tooMuch] = await run([
      [alice, [msg.withdraw({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: '400000' })]],
      [alice, [msg.withdraw({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: '600001' })]],
    ]);
    expect(code(w)).toEqual(['', 0]);
    expect(code(tooMuch)).toEqual(['margin', MarginErrors.insufficientCollateral.code]);
    expect(tooMuch.log).toContain('holds 600000uusdc, less than 600001uusdc');
    expect(await balance(alice.address, 'uusdc')).toBe(4_400_000n);
    expect((await subaccount(alice.address, 0)).collateral).toEqual([{ denom: 'uusdc', amount: '600000' }]);
  });

  it('bad deposits get clear errors and change nothing: unlisted denom, more than the bank balance, above the cap, bad amounts', async () => {
    const before = await balance(alice.address, 'uusdc');
    const results = await run([
      [alice, [msg.deposit({ owner: alice.address, denom: 'uatom', amount: '5' })]],
      [alice, [msg.deposit({ owner: alice.address, denom: 'uusdc', amount: '5000001' })]],
      [alice, [msg.deposit({ owner: alice.address, denom: 'ucapped', amount: '200' })]],
      [bob, [msg.deposit({ owner: bob.address, denom: 'ucapped', amount: '101' })]],
      [alice, [msg.deposit({ owner: alice.address, subaccount: 128, denom: 'uusdc', amount: '5' })]],
      // refused by the message's own checks, before the ante (they use no sequence): last
      [alice, [msg.deposit({ owner: alice.address, denom: 'uusdc', amount: '0' })]],
      [alice, [msg.deposit({ owner: alice.address, denom: 'uusdc', amount: '-5' })]],
    ]);
    expect(results.map(code)).toEqual([
      ['margin', MarginErrors.unknownCollateral.code],
      ['sdk', 5], // the bank's insufficient funds
      ['', 0],
      ['margin', MarginErrors.depositCapExceeded.code],
      ['margin', MarginErrors.invalidSubaccount.code],
      ['margin', MarginErrors.invalidAmount.code],
      ['margin', MarginErrors.invalidAmount.code],
    ]);
    expect(results[3].log).toContain('ucapped: 200 held of a 300 cap; at most 100 more can be deposited');
    expect(results[0].log).toContain('uatom is not listed');
    expect(await balance(alice.address, 'uusdc')).toBe(before);
    const subs = (await query(app, '/settle.margin.v1.Query/Subaccounts', QuerySubaccountsRequest, { owner: bob.address }, QuerySubaccountsResponse)).subaccounts;
    expect(subs).toEqual([]); // the failed deposit created no subaccount
    const assets = await query(app, '/settle.margin.v1.Query/CollateralAssets', QueryCollateralAssetsRequest, {}, QueryCollateralAssetsResponse);
    expect(assets.assets.map((a) => a.denom)).toEqual(['ucapped', 'uusdc']);
    expect(assets.totals).toEqual([{ denom: 'ucapped', amount: '200' }]);
  });

  it('transfers between one’s own subaccounts (creating the target), isolated subaccounts, margin mode', async () => {
    const results = await run([
      [alice, [msg.deposit({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: '1000' })]],
      [alice, [msg.deposit({ owner: alice.address, subaccount: 2, denom: 'uusdc', amount: '500', isolated: true })]],
      [alice, [msg.transfer({ owner: alice.address, fromSubaccount: 0, toSubaccount: 1, denom: 'uusdc', amount: '300' })]],
      [alice, [msg.transfer({ owner: alice.address, fromSubaccount: 2, toSubaccount: 0, denom: 'uusdc', amount: '501' })]],
      [alice, [msg.transfer({ owner: alice.address, fromSubaccount: 5, toSubaccount: 0, denom: 'uusdc', amount: '1' })]],
      [alice, [msg.mode({ owner: alice.address, subaccount: 1, portfolioMargin: true })]],
      [alice, [msg.transfer({ owner: alice.address, fromSubaccount: 1, toSubaccount: 1, denom: 'uusdc', amount: '1' })]], // refused before the ante: last
    ]);
    expect(results.map(code)).toEqual([
      ['', 0],
      ['', 0],
      ['', 0],
      ['margin', MarginErrors.insufficientCollateral.code],
      ['margin', MarginErrors.unknownSubaccount.code],
      ['', 0],
      ['margin', MarginErrors.isolatedTransfer.code],
    ]);
    expect((await subaccount(alice.address, 0)).collateral).toEqual([{ denom: 'uusdc', amount: '700' }]);
    expect((await subaccount(alice.address, 1)).collateral).toEqual([{ denom: 'uusdc', amount: '300' }]);
    expect((await subaccount(alice.address, 1)).subaccount?.portfolioMargin).toBe(true);
    expect((await subaccount(alice.address, 2)).subaccount?.isolated).toBe(true);
    expect((await subaccount(alice.address, 2)).collateral).toEqual([{ denom: 'uusdc', amount: '500' }]);
    // bob cannot move alice's collateral: the signer is the owner
    const [theft] = await run([[bob, [msg.withdraw({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: '1' })]]]);
    expect(code(theft)).toEqual(['sdk', 8]); // invalid pubkey: bob's key does not sign for alice
    const missing = await rawQuery(app, '/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner: alice.address, number: 9 }).finish());
    expect(missing.log).toMatch(/rpc error: code = NotFound desc = .* has no subaccount 9/);
  });

  it('only the authority lists collateral; a listed asset priced by a stale or missing oracle price cannot be valued', async () => {
    const asset = { denom: 'ubtc', haircut: '0.1', oracleMarket: 'BTC/USD', decimals: 8, depositCap: '0', enabled: true };
    const [byBob, byAlice, badHaircut] = await run([
      [bob, [msg.asset({ authority: bob.address, asset })]],
      [alice, [msg.asset({ authority: alice.address, asset })]],
      [alice, [msg.asset({ authority: alice.address, asset: { ...asset, haircut: '1.5' } })]],
    ]);
    expect(code(byBob)).toEqual(['margin', MarginErrors.invalidAuthority.code]);
    expect(code(byAlice)).toEqual(['', 0]);
    expect(code(badHaircut)).toEqual(['margin', MarginErrors.invalidParams.code]);
    // a subaccount holding only USDC is valued at 1 per whole unit, no haircut, rounded down
    const [usdc, btc] = await run([
      [alice, [msg.deposit({ owner: alice.address, denom: 'uusdc', amount: '2500001' })]],
      [alice, [msg.deposit({ owner: alice.address, subaccount: 4, denom: 'ubtc', amount: '1000' })]],
    ]);
    expect([code(usdc), code(btc)]).toEqual([['', 0], ['', 0]]);
    expect(margin.collateralValue(app.contextAt(), alice.address, 0).toString()).toBe('2.500001');
    // BTC/USD has no price in this chain (no vote extensions): valuing ubtc refuses with margin/10, never a silent zero
    expect(() => margin.collateralValue(app.contextAt(), alice.address, 4)).toThrow(/BTC\/USD: .*no price/);
    try {
      margin.collateralValue(app.contextAt(), alice.address, 4);
    } catch (err) {
      expect([(err as { codespace: string }).codespace, (err as { code: number }).code]).toEqual(['margin', MarginErrors.staleMarketData.code]);
    }
  });

  it('genesis export → import reproduces the margin store', async () => {
    await run([
      [alice, [msg.deposit({ owner: alice.address, subaccount: 3, denom: 'uusdc', amount: '777', isolated: true })]],
      [bob, [msg.deposit({ owner: bob.address, denom: 'ucapped', amount: '50' })]],
    ]);
    const exported = app.exportGenesis();
    const dir2 = makeTmpDir('margin-import');
    const { app: other } = await openApp(dir2);
    try {
      await other.initChain({ ...initRequest(), appStateBytes: Buffer.from(JSON.stringify(exported)) });
      const dump = (a: SettleApp) => [...a.workingStore('margin').iterator()].map((p) => Buffer.from(p.key).toString('hex') + '=' + Buffer.from(p.value).toString('hex'));
      expect(dump(other)).toEqual(dump(app));
    } finally {
      await other.close();
      removeDir(dir2);
    }
  });
});
