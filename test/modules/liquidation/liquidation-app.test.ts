/**
 * Liquidations in the app, prices moved through the oracle's vote extensions: detection opens an auction the
 * block the price arrives (open orders cancelled), liquidators take positions at the auction's discounted price
 * within the per-block share, penalties go to the insurance fund, the auction ends once the subaccount is
 * healthy; a bankrupt subaccount blocks withdrawals until the fund covers its deficit; with an empty fund,
 * auto-deleveraging closes it against the profitable opposite holder at the bankruptcy price. Every block's
 * invariants are checked (collateral held, positions net zero, insurance fund, negative equity handled).
 */
import { Dec } from '../../../chain/math';
import { MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { QueryAuctionsRequest, QueryAuctionsResponse, QueryInsuranceFundRequest, QueryInsuranceFundResponse, QueryLiquidationsRequest, QueryLiquidationsResponse } from '../../../proto/gen/settle/liquidation/v1/query';
import { MsgFundInsurance, MsgLiquidate } from '../../../proto/gen/settle/liquidation/v1/tx';
import { Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import type { EncodedMsg, Key } from '../../reliability/lib/accounts';
import type { SettleApp } from '../../../chain/app';
import { CHAIN_ID, openApp, query } from '../helpers';
import { appState, CALL_100K, CALL_110K, encode, GENESIS_TIME, OptionsChain, spec, USDC } from '../options/chain';

const msg = {
  liquidate: (v: Partial<MsgLiquidate>): EncodedMsg => ({ typeUrl: '/settle.liquidation.v1.MsgLiquidate', value: MsgLiquidate.encode(MsgLiquidate.fromPartial(v)).finish() }),
  fund: (v: Partial<MsgFundInsurance>): EncodedMsg => ({ typeUrl: '/settle.liquidation.v1.MsgFundInsurance', value: MsgFundInsurance.encode(MsgFundInsurance.fromPartial(v)).finish() }),
  withdraw: (v: Partial<MsgWithdraw>): EncodedMsg => ({ typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.encode(MsgWithdraw.fromPartial(v)).finish() }),
};

const PREMIUM = 57n * USDC;

describe('liquidations', () => {
  let dir: string;
  let chain: OptionsChain;
  let maker: Key, trader: Key, liquidator: Key, bystander: Key;

  beforeEach(async () => {
    dir = makeTmpDir('liquidation-app');
    chain = await OptionsChain.open(dir, 'liquidation-app', 4, appState, { oracle: true });
    [maker, trader, liquidator, bystander] = chain.keys;
  });

  afterEach(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  const margin = () => chain.modules.keepers.margin;
  const state = () => chain.app.contextAt(chain.height);
  const size = (k: Key, id = CALL_100K.id) => margin().position(state(), k.address, 0, id).size;
  const usdc = (k: Key) => margin().collateral(state(), k.address, 0, 'uusdc');
  const fund = () => query(chain.app, '/settle.liquidation.v1.Query/InsuranceFund', QueryInsuranceFundRequest, {}, QueryInsuranceFundResponse);
  const auctions = async () => (await query(chain.app, '/settle.liquidation.v1.Query/Auctions', QueryAuctionsRequest, {}, QueryAuctionsResponse)).auctions;
  const events = (b: { events: { type: string }[] }, type: string) => OptionsChain.events(b.events as never, type);
  const liquidate = (n: bigint) => [liquidator, [msg.liquidate({ liquidator: liquidator.address, owner: trader.address, instrumentId: CALL_100K.id, size: n })]] as [Key, EncodedMsg[]];

  /** The trader sells 10 ATM calls to the maker at 57 USDC with `collateral` USDC; the liquidator and bystander hold cash; the fund gets `fundUsdc`. */
  async function setUp(collateral: bigint, fundUsdc: bigint): Promise<void> {
    const deposit = (k: Key, amount: bigint) => [k, [encode.deposit({ owner: k.address, subaccount: 0, denom: 'uusdc', amount: amount.toString() })]] as [Key, EncodedMsg[]];
    const setup = await chain.run([deposit(maker, 900_000n * USDC), deposit(trader, collateral), deposit(liquidator, 500_000n * USDC), deposit(bystander, 1_000n * USDC)]);
    expect(setup.txs.map((t) => t.code)).toEqual([0, 0, 0, 0]);
    if (fundUsdc > 0n) expect((await chain.run([[maker, [msg.fund({ sender: maker.address, amount: fundUsdc.toString() })]]])).txs[0].code).toBe(0);
    const bid = await chain.run([[maker, [encode.place({ owner: maker.address, subaccount: 0, order: spec({ instrumentId: CALL_100K.id, clientId: 1n, side: Side.SIDE_BUY, price: PREMIUM, size: 10n }) })]]]);
    expect(bid.txs[0].code).toBe(0);
    const sell = await chain.run([[trader, [encode.place({ owner: trader.address, subaccount: 0, order: spec({ instrumentId: CALL_100K.id, clientId: 1n, side: Side.SIDE_SELL, price: PREMIUM, size: 10n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }) })]]]);
    expect(sell.txs[0].code).toBe(0);
    expect(size(trader)).toBe(-10n);
    expect(size(maker)).toBe(10n);
  }

  /** Moves BTC/USD: the feeder reports it at the next height's vote extension, the oracle applies it the height after. */
  async function movePrice(price: string) {
    chain.setPrice(price);
    await chain.run([]);
    return chain.run([]);
  }

  it('a 20 % move: the auction opens, liquidators take the position at the discounted price within the per-block share, penalties fund the insurance, healthy ends it', async () => {
    await setUp(3_000n * USDC, 10_000n * USDC);
    // a resting ask the auction will cancel
    const ask = await chain.run([[trader, [encode.place({ owner: trader.address, subaccount: 0, order: spec({ instrumentId: CALL_110K.id, clientId: 2n, side: Side.SIDE_SELL, price: 900n * USDC, size: 1n, postOnly: true }) })]]]);
    expect(ask.txs[0].code).toBe(0);
    const before = await chain.run([]);
    const traderCash = usdc(trader);
    expect(events(before, 'settle.liquidation.v1.EventLiquidationStarted')).toEqual([]);

    const crash = await movePrice('120000');
    expect(chain.modules.keepers.oracle.price(state(), 'BTC/USD').price.toString()).toBe('120000');
    const started = events(crash, 'settle.liquidation.v1.EventLiquidationStarted');
    expect(started).toEqual([expect.objectContaining({ owner: trader.address, subaccount: 0, cancelled_orders: 1 })]);
    expect(events(crash, 'settle.options.v1.EventOrderDone')).toEqual([expect.objectContaining({ owner: trader.address, reason: 'liquidation' })]);
    const health = margin().health(state(), trader.address, 0);
    expect(health.equity.isPositive()).toBe(true);
    expect(health.equity.lt(health.mm)).toBe(true);
    // the maker (long the calls) is untouched
    expect((await auctions()).map((a) => a.auction!.owner)).toEqual([trader.address]);
    const startHeight = chain.height;
    // what a liquidator sees: per position the next block's price, the mark, the block's share and the penalty
    {
      const cr = margin().contractRisk(state(), CALL_100K.id);
      const d = Dec.parse('0.15'); // start 0.1 + one block × 0.05
      const [st] = await auctions();
      expect(st.discount).toBe('0.15');
      expect(st.positions).toEqual([
        {
          instrumentId: CALL_100K.id,
          size: -10n,
          price: cr.mark.markUp.add(cr.standard.shortMm.sub(cr.mark.markUp).mul(d, 'up')).mulInt(USDC).toBigInt('up'),
          mark: cr.mark.markUp.mulInt(USDC).toBigInt('up'),
          maxSize: 5n,
          penaltyPerContract: cr.standard.shortMm.mul(Dec.parse('0.1'), 'down').mulInt(USDC).toBigInt('down'),
        },
      ]);
    }

    // one block later: the cap is half the position (5); a sixth contract in the same block is refused
    const step = await chain.run([liquidate(5n), liquidate(1n)]);
    expect(step.txs.map((t) => [t.codespace, t.code])).toEqual([['', 0], ['liquidation', 8]]);
    expect(step.txs[1].log).toContain('5 of 5 contracts already taken this block');
    const cr = margin().contractRisk(state(), CALL_100K.id);
    const discount = Dec.parse('0.1').add(Dec.parse('0.05').mulInt(BigInt(chain.height - startHeight)));
    const price = cr.mark.markUp.add(cr.standard.shortMm.sub(cr.mark.markUp).mul(discount, 'up')).mulInt(USDC).toBigInt('up');
    const penalty = cr.standard.shortMm.mul(Dec.parse('0.1'), 'down').mulInt(USDC).toBigInt('down') * 5n;
    const [record] = (await query(chain.app, '/settle.liquidation.v1.Query/Liquidations', QueryLiquidationsRequest, {}, QueryLiquidationsResponse)).records;
    expect(record).toMatchObject({ kind: 'auction', owner: trader.address, counterpartyOwner: liquidator.address, instrumentId: CALL_100K.id, size: -5n, price, amount: penalty.toString() });
    expect(size(trader)).toBe(-5n);
    expect(size(liquidator)).toBe(-5n);
    expect(usdc(trader)).toBe(traderCash - 5n * price - penalty);
    expect(BigInt((await fund()).balance)).toBe(10_000n * USDC + penalty);

    // genesis export → import reproduces the liquidation store (an open auction with its step budget, the fund, a record)
    const exported = chain.app.exportGenesis();
    const dir2 = makeTmpDir('liquidation-import');
    const { app: other } = await openApp(dir2);
    try {
      await other.initChain({ chainId: CHAIN_ID, initialHeight: 1n, time: { seconds: GENESIS_TIME, nanos: 0 }, validators: [], consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } }, appStateBytes: Buffer.from(JSON.stringify(exported)) });
      const dump = (a: SettleApp) => [...a.workingStore('liquidation').iterator()].map((p) => Buffer.from(p.key).toString('hex') + '=' + Buffer.from(p.value).toString('hex'));
      expect(dump(other).length).toBeGreaterThan(4);
      expect(dump(other)).toEqual(dump(chain.app));
    } finally {
      await other.close();
      removeDir(dir2);
    }

    // the next block's cap is half of what is left (3): the subaccount is healthy after it and the auction ends
    const last = await chain.run([liquidate(3n)]);
    expect(last.txs[0].code).toBe(0);
    // the step itself ends it (the tx's events)
    expect(OptionsChain.events(last.txs[0].events, 'settle.liquidation.v1.EventAuctionEnded')).toEqual([expect.objectContaining({ owner: trader.address, subaccount: 0, reason: 'healthy' })]);
    expect(await auctions()).toEqual([]);
    expect(size(trader)).toBe(-2n);
    const after = margin().health(state(), trader.address, 0);
    expect(after.equity.gte(after.mm)).toBe(true);
    const records = (await query(chain.app, '/settle.liquidation.v1.Query/Liquidations', QueryLiquidationsRequest, { owner: trader.address }, QueryLiquidationsResponse)).records;
    const penalties = records.reduce((s, r) => s + BigInt(r.amount), 0n);
    const f = await fund();
    expect(BigInt(f.balance)).toBe(10_000n * USDC + penalties);
    expect(f.totals).toMatchObject({ funded: (10_000n * USDC).toString(), penalties: penalties.toString(), covered: '0' });
    // nothing happens to it any more
    expect(events(await chain.run([]), 'settle.liquidation.v1.EventLiquidationStarted')).toEqual([]);
  });

  it('negative equity blocks withdrawals until the insurance fund covers the deficit left after the auction', async () => {
    await setUp(3_000n * USDC, 10_000n * USDC);
    const crash = await movePrice('200000');
    expect(events(crash, 'settle.liquidation.v1.EventLiquidationStarted')).toHaveLength(1);
    expect((await auctions())[0].auction!.bankrupt).toBe(true);
    const f0 = await fund();
    expect(f0.withdrawalsBlocked).toBe(true);
    const blocked = await chain.run([[bystander, [msg.withdraw({ owner: bystander.address, subaccount: 0, denom: 'uusdc', amount: '1' })]]]);
    expect([blocked.txs[0].codespace, blocked.txs[0].code]).toEqual(['margin', 17]);
    expect(blocked.txs[0].log).toContain('negative equity');

    // liquidators take it all (caps 5, 3, 1, 1): no penalty while equity is negative
    for (const n of [5n, 3n, 1n, 1n]) {
      const b = await chain.run([liquidate(n)]);
      expect(b.txs[0].code).toBe(0);
      expect(OptionsChain.events(b.txs[0].events, 'settle.liquidation.v1.EventLiquidation')).toEqual([expect.objectContaining({ kind: 'auction', amount: '0' })]);
    }
    expect(size(trader)).toBe(0n);
    // the last step's block ended with the fund covering what was owed
    const records = (await query(chain.app, '/settle.liquidation.v1.Query/Liquidations', QueryLiquidationsRequest, { owner: trader.address }, QueryLiquidationsResponse)).records;
    const cover = records.find((r) => r.kind === 'cover');
    expect(cover).toBeDefined();
    expect(usdc(trader)).toBe(0n);
    expect(await auctions()).toEqual([]);
    const f = await fund();
    expect(f.withdrawalsBlocked).toBe(false);
    expect(BigInt(f.balance)).toBe(10_000n * USDC - BigInt(cover!.amount));
    expect(f.totals?.covered).toBe(cover!.amount);
    const ok = await chain.run([[bystander, [msg.withdraw({ owner: bystander.address, subaccount: 0, denom: 'uusdc', amount: '1' })]]]);
    expect(ok.txs[0].code).toBe(0);
  });

  it('with an empty fund, auto-deleveraging closes the bankrupt position against the profitable opposite holder at the bankruptcy price', async () => {
    await setUp(3_000n * USDC, 0n);
    const makerCash = usdc(maker);
    const traderCash = usdc(trader);
    const crash = await movePrice('200000');
    const adl = events(crash, 'settle.liquidation.v1.EventLiquidation');
    expect(adl).toEqual([expect.objectContaining({ kind: 'adl', owner: trader.address, counterparty_owner: maker.address, size: '-10' })]);
    const price = BigInt((adl[0] as { price: string }).price);
    // the trader ends flat with equity just at or above zero: the deficit shared over its 10 contracts
    expect(size(trader)).toBe(0n);
    expect(size(maker)).toBe(0n);
    // (the deficit shared per contract rounds up: at most one base unit per contract over)
    expect(usdc(trader) >= 0n && usdc(trader) <= 10n).toBe(true);
    expect(usdc(trader)).toBe(traderCash - 10n * price);
    expect(usdc(maker)).toBe(makerCash + 10n * price);
    // below the mark: the maker gives up part of its profit
    const cr = margin().contractRisk(state(), CALL_100K.id);
    expect(Dec.fromInt(price).lt(cr.mark.markDown.mulInt(USDC))).toBe(true);
    expect(events(crash, 'settle.liquidation.v1.EventAuctionEnded')).toEqual([expect.objectContaining({ owner: trader.address, subaccount: 0, reason: 'healthy' })]);
    expect((await fund()).balance).toBe('0');
  });
});

describe('liquidation messages: bad input gets its error and changes nothing', () => {
  let dir: string;
  let chain: OptionsChain;

  beforeAll(async () => {
    dir = makeTmpDir('liquidation-errors');
    chain = await OptionsChain.open(dir, 'liquidation-errors', 4, appState, { oracle: true });
    const [maker, trader, liquidator, second] = chain.keys;
    const deposit = (k: Key, amount: bigint) => [k, [encode.deposit({ owner: k.address, subaccount: 0, denom: 'uusdc', amount: amount.toString() })]] as [Key, EncodedMsg[]];
    await chain.run([deposit(maker, 900_000n * USDC), deposit(trader, 3_000n * USDC), deposit(liquidator, 500_000n * USDC), deposit(second, 3_000n * USDC)]);
    await chain.run([[maker, [encode.place({ owner: maker.address, subaccount: 0, order: spec({ instrumentId: CALL_100K.id, clientId: 1n, side: Side.SIDE_BUY, price: PREMIUM, size: 20n }) })]]]);
    const sell = (k: Key) => [k, [encode.place({ owner: k.address, subaccount: 0, order: spec({ instrumentId: CALL_100K.id, clientId: 1n, side: Side.SIDE_SELL, price: PREMIUM, size: 10n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }) })]] as [Key, EncodedMsg[]];
    await chain.run([sell(trader), sell(second)]);
  });

  afterAll(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  it('each failure has its registered code, and the store does not change', async () => {
    const [maker, trader, liquidator, second] = chain.keys;
    const liq = (v: Partial<MsgLiquidate>) => msg.liquidate({ liquidator: liquidator.address, owner: trader.address, instrumentId: CALL_100K.id, size: 1n, ...v });
    // not yet in auction
    const before = await chain.run([[liquidator, [liq({})]]]);
    expect([before.txs[0].codespace, before.txs[0].code]).toEqual(['liquidation', 5]);
    chain.setPrice('120000');
    await chain.run([]);
    await chain.run([]);
    const fundBefore = await query(chain.app, '/settle.liquidation.v1.Query/InsuranceFund', QueryInsuranceFundRequest, {}, QueryInsuranceFundResponse);
    const margin = chain.modules.keepers.margin;
    const snapshot = () => {
      const ctx = chain.app.contextAt(chain.height);
      return [trader, liquidator, maker].map((k) => [margin.position(ctx, k.address, 0, CALL_100K.id).size, margin.collateral(ctx, k.address, 0, 'uusdc')]);
    };
    const held = snapshot();
    const cases: [string, EncodedMsg, Key, string, number][] = [
      ['no such position', liq({ instrumentId: CALL_110K.id }), liquidator, 'liquidation', 6],
      ['more than held', liq({ size: 11n }), liquidator, 'liquidation', 7],
      ['zero size', liq({ size: 0n }), liquidator, 'liquidation', 7],
      ['self', liq({ liquidator: trader.address }), trader, 'liquidation', 9],
      ['not in auction', liq({ owner: maker.address }), liquidator, 'liquidation', 5],
      ['the liquidator is itself in auction', liq({ liquidator: second.address }), second, 'liquidation', 11],
      ['unknown liquidator subaccount', liq({ liquidatorSubaccount: 7 }), liquidator, 'liquidation', 12],
      ['stale price', liq({}), liquidator, 'margin', 10],
      ['fund amount not a positive integer', msg.fund({ sender: maker.address, amount: '-5' }), maker, 'liquidation', 10],
      ['fund amount zero', msg.fund({ sender: maker.address, amount: '0' }), maker, 'liquidation', 10],
    ];
    for (const [what, m, signer, codespace, code] of cases) {
      // (a jump of two days makes the last price stale: the step must refuse, not use it)
      if (what === 'stale price') {
        chain.feed = undefined;
        chain.skip += 2n * 86_400n;
      }
      const b = await chain.run([[signer, [m]]]);
      expect([what, b.txs[0].codespace, b.txs[0].code]).toEqual([what, codespace, code]);
      expect(b.txs[0].log.length).toBeGreaterThan(10);
    }
    expect(snapshot()).toEqual(held);
    expect(await query(chain.app, '/settle.liquidation.v1.Query/InsuranceFund', QueryInsuranceFundRequest, {}, QueryInsuranceFundResponse)).toEqual(fundBefore);
    // stale prices pause detection: the block says so, and the auctions stay as they were
    const paused = await chain.run([]);
    expect(OptionsChain.events(paused.events, 'settle.liquidation.v1.EventLiquidationsPaused')).toEqual([expect.objectContaining({ market: 'BTC/USD' })]);
    expect(OptionsChain.events(paused.events, 'settle.liquidation.v1.EventAuctionEnded')).toEqual([]);
  });

  it('params: only the authority, only valid values', async () => {
    const [maker] = chain.keys;
    const { MsgUpdateParams } = await import('../../../proto/gen/settle/liquidation/v1/tx');
    const { DEFAULT_PARAMS } = await import('../../../modules/liquidation/params');
    const update = (params: typeof DEFAULT_PARAMS): EncodedMsg => ({ typeUrl: '/settle.liquidation.v1.MsgUpdateParams', value: MsgUpdateParams.encode({ authority: maker.address, params }).finish() });
    const wrongAuthority = await chain.run([[maker, [update(DEFAULT_PARAMS)]]]);
    expect([wrongAuthority.txs[0].codespace, wrongAuthority.txs[0].code]).toEqual(['liquidation', 4]);
    for (const bad of [{ maxDiscount: '1.5' }, { startDiscount: '0.9', maxDiscount: '0.8' }, { maxSharePerBlock: '0' }, { penalty: 'x' }, { maxNewAuctionsPerBlock: 0 }, { maxAdlCounterparties: 0 }]) {
      const b = await chain.run([[maker, [update({ ...DEFAULT_PARAMS, ...bad })]]]);
      expect([JSON.stringify(bad), b.txs[0].codespace, b.txs[0].code]).toEqual([JSON.stringify(bad), 'liquidation', 3]);
    }
  });
});
