/**
 * The options module in the app (real stores, tx pipeline, signed txs, margin and oracle wired by the
 * composition root): orders accepted in DeliverTx and matched at the end of the block, fills that move
 * premium and fees through margin, positions and health with live positions, the in-block ordering
 * (cancels and post-only quotes before takers), pre-trade margin refusals, batches, and books that a
 * restarted node rebuilds identically. Every block checks every module invariant.
 */
import { QueryHealthRequest, QueryHealthResponse } from '../../../proto/gen/settle/margin/v1/query';
import { QueryBookRequest, QueryBookResponse, QueryMarketStatsRequest, QueryMarketStatsResponse, QueryOrdersBySubaccountRequest, QueryOrdersBySubaccountResponse, QueryRfqsRequest, QueryRfqsResponse } from '../../../proto/gen/settle/options/v1/query';
import { OptionKind, SelfTradePrevention, Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { Dec } from '../../../chain/math';
import { instrumentId } from '../../../modules/options/instruments';
import { MarginErrors } from '../../../modules/margin/errors';
import { OptionsErrors } from '../../../modules/options/errors';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { openApp, query } from '../helpers';
import { btcOption, CALL_100K, CALL_110K, encode, OptionsChain, PUT_90K, spec, USDC } from './chain';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { MsgRequestQuoteResponse, MsgSubmitQuoteResponse } from '../../../proto/gen/settle/options/v1/tx';

const BUY = Side.SIDE_BUY;
const SELL = Side.SIDE_SELL;

describe('options module in the app', () => {
  let dir: string;
  let chain: OptionsChain;
  let alice: OptionsChain['keys'][number];
  let bob: OptionsChain['keys'][number];
  let carol: OptionsChain['keys'][number];

  beforeEach(async () => {
    dir = makeTmpDir('options-app');
    chain = await OptionsChain.open(dir, 'options-app', 3);
    [alice, bob, carol] = chain.keys;
    // alice (the market maker) and bob (a taker) fund subaccount 0; carol only a little
    const r = await chain.run([
      [alice, [encode.deposit({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: (200_000n * USDC).toString() })]],
      [bob, [encode.deposit({ owner: bob.address, subaccount: 0, denom: 'uusdc', amount: (20_000n * USDC).toString() })]],
      [carol, [encode.deposit({ owner: carol.address, subaccount: 0, denom: 'uusdc', amount: (100n * USDC).toString() })]],
    ]);
    expect(r.txs.map((t) => t.code)).toEqual([0, 0, 0]);
  });

  afterEach(async () => {
    await chain?.app.close();
    removeDir(dir);
  });

  const place = (key: typeof alice, s: ReturnType<typeof spec>, subaccount = 0) => [key, [encode.place({ owner: key.address, subaccount, order: s })]] as [typeof alice, ReturnType<typeof encode.place>[]];
  const usdc = (addr: string) => chain.modules.keepers.margin.collateral(chain.app.contextAt(), addr, 0, 'uusdc');
  const position = (addr: string, id = CALL_110K.id) => chain.modules.keepers.margin.position(chain.app.contextAt(), addr, 0, id).size;
  const book = async (id = CALL_110K.id) => query(chain.app, '/settle.options.v1.Query/Book', QueryBookRequest, { instrumentId: id, levels: 100 }, QueryBookResponse);

  it('a resting ask is taken in a later block: premium and fees move, positions and open interest follow', async () => {
    const quote = await chain.run([place(alice, spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 10n }))]);
    expect(quote.txs[0].code).toBe(0);
    expect((await book()).asks).toEqual([{ price: 500n * USDC, size: 10n, orders: 1 }]);
    const aliceBefore = usdc(alice.address);
    const bobBefore = usdc(bob.address);

    const take = await chain.run([place(bob, spec({ clientId: 7n, side: BUY, price: 600n * USDC, size: 4n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }))]);
    expect(take.txs[0].code).toBe(0);
    const [fill] = OptionsChain.events(take.events, 'settle.options.v1.EventFill');
    // at the maker's price; fees min(rate × 100,000 × 0.01, 12.5 % × 500) per contract: maker 0.1, taker 0.3 USDC
    expect(fill).toMatchObject({ instrument_id: CALL_110K.id, price: String(500n * USDC), size: '4', maker_fee: String(400_000n), taker_fee: String(1_200_000n), taker_side: 'SIDE_BUY' });
    expect(usdc(bob.address)).toBe(bobBefore - 4n * 500n * USDC - 1_200_000n);
    expect(usdc(alice.address)).toBe(aliceBefore + 4n * 500n * USDC - 400_000n);
    expect(position(bob.address)).toBe(4n);
    expect(position(alice.address)).toBe(-4n);
    expect((await book()).asks).toEqual([{ price: 500n * USDC, size: 6n, orders: 1 }]);
    const stats = await query(chain.app, '/settle.options.v1.Query/MarketStats', QueryMarketStatsRequest, { instrumentId: CALL_110K.id }, QueryMarketStatsResponse);
    expect(stats.stats).toMatchObject({ openInterest: 4n, volume: 4n, lastPrice: 500n * USDC });
    expect(stats.index).toBe('100000');
    expect(Number(stats.mark)).toBeGreaterThan(0);
    // health with a live position: the short's mark and its standard IM
    const h = await query(chain.app, '/settle.margin.v1.Query/Health', QueryHealthRequest, { owner: alice.address, number: 0 }, QueryHealthResponse);
    expect(h.positions.map((p) => [p.instrumentId, p.size])).toEqual([[CALL_110K.id, '-4']]);
    expect(Number(h.initialMargin)).toBeGreaterThan(4 * 0.01 * 100_000 * 0.1); // ≥ the 10 % floor of spot per contract
    expect(h.status).toBe('healthy');
  });

  it('within a block, cancels and post-only re-quotes land before takers', async () => {
    await chain.run([place(alice, spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 10n }))]);
    // in one block: bob's taker first, then alice's replace (cancel 1, post-only quote at 550)
    const blk = await chain.run([
      place(bob, spec({ clientId: 1n, side: BUY, price: 600n * USDC, size: 2n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC })),
      [alice, [encode.batch({ owner: alice.address, subaccount: 0, cancelClientIds: [1n], places: [spec({ clientId: 2n, side: SELL, price: 550n * USDC, size: 10n, postOnly: true })] })]],
    ]);
    expect(blk.txs.map((t) => t.code)).toEqual([0, 0]);
    const fills = OptionsChain.events(blk.events, 'settle.options.v1.EventFill');
    expect(fills.map((f) => [f.price, f.size])).toEqual([[String(550n * USDC), '2']]);
    expect((await book()).asks).toEqual([{ price: 550n * USDC, size: 8n, orders: 1 }]);
  });

  it('refusals: margin, tick, duplicate client id, post-only crossing, self trade; nothing changes', async () => {
    await chain.run([place(alice, spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 10n }))]);
    // carol (100 USDC) cannot sell 10 calls down to 0.01 USDC: IM is about 10 × 0.01 × 100,000 × 0.1 = 1,000
    const r = await chain.run([
      place(carol, spec({ clientId: 1n, side: SELL, price: 10_000n, size: 10n })),
      place(bob, spec({ clientId: 1n, side: BUY, price: 123n, size: 1n })),
      place(alice, spec({ clientId: 1n, side: SELL, price: 800n * USDC, size: 1n })),
    ]);
    expect(r.txs.map((t) => [t.codespace, t.code])).toEqual([
      ['margin', MarginErrors.insufficientMargin.code],
      ['options', OptionsErrors.invalidOrder.code],
      ['options', OptionsErrors.duplicateClientId.code],
    ]);
    expect(r.txs[1].log).toContain('not a multiple of the tick size 10000');
    // a post-only bid at the ask is refused at the end of the block; alice's own bid against her ask cancels the ask (STP)
    const blk = await chain.run([
      place(bob, spec({ clientId: 2n, side: BUY, price: 500n * USDC, size: 1n, postOnly: true })),
      place(alice, spec({ clientId: 3n, side: BUY, price: 500n * USDC, size: 1n, selfTradePrevention: SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_MAKER })),
    ]);
    const done = OptionsChain.events(blk.events, 'settle.options.v1.EventOrderDone').map((e) => e.reason);
    expect(done).toEqual(['post_only_would_cross', 'self_trade']);
    expect(OptionsChain.events(blk.events, 'settle.options.v1.EventFill')).toEqual([]);
    // alice's bid rests (her ask is gone), bob's did not
    const b = await book();
    expect(b.asks).toEqual([]);
    expect(b.bids).toEqual([{ price: 500n * USDC, size: 1n, orders: 1 }]);
  });

  it('a market maker quotes 50 strikes-worth of orders in one batch; a restarted node rebuilds the same books', async () => {
    const places = Array.from({ length: 50 }, (_, i) => spec({ clientId: BigInt(i + 1), side: i % 2 === 0 ? SELL : BUY, price: (i % 2 === 0 ? 600n + BigInt(i) : 400n - BigInt(i)) * USDC, size: 5n }));
    const r = await chain.run([[alice, [encode.batch({ owner: alice.address, subaccount: 0, places })]]]);
    expect(r.txs[0].code).toBe(0);
    const before = await book();
    expect(before.asks.length + before.bids.length).toBe(50);
    const orders = await query(chain.app, '/settle.options.v1.Query/OrdersBySubaccount', QueryOrdersBySubaccountRequest, { owner: alice.address, subaccount: 0 }, QueryOrdersBySubaccountResponse);
    expect(orders.orders).toHaveLength(50);
    // restart: close the app and open it again on the same data
    const live = [...chain.modules.books.snapshots().entries()];
    await chain.app.close();
    const reopened = await openApp(dir);
    try {
      expect([...reopened.books.snapshots().entries()]).toEqual(live);
      expect(reopened.app.checkInvariants()).toEqual([]);
    } finally {
      await reopened.app.close();
      (chain as { app: unknown }).app = { close: async () => undefined };
    }
  });

  it('the authority lists an instrument (others cannot); its open-interest cap refuses larger orders', async () => {
    const capped = { ...btcOption(120_000, 'C'), openInterestCap: 2n };
    const r = await chain.run([
      [bob, [encode.list({ authority: bob.address, instrument: capped })]],
      [alice, [encode.list({ authority: alice.address, instrument: { ...capped, id: 'BTC-NOPE' } })]],
    ]);
    expect(r.txs.map((t) => [t.codespace, t.code])).toEqual([
      ['options', OptionsErrors.invalidAuthority.code],
      ['options', OptionsErrors.invalidInstrument.code],
    ]);
    expect(r.txs[1].log).toContain(`id must be "${capped.id}"`);
    expect((await chain.run([[alice, [encode.list({ authority: alice.address, instrument: capped })]]])).txs[0].code).toBe(0);
    const o = await chain.run([
      place(bob, spec({ instrumentId: capped.id, clientId: 1n, side: BUY, price: 10_000n, size: 3n })),
      place(bob, spec({ instrumentId: capped.id, clientId: 2n, side: BUY, price: 10_000n, size: 2n })),
    ]);
    expect(o.txs.map((t) => [t.codespace, t.code])).toEqual([['options', OptionsErrors.openInterestCap.code], ['', 0]]);
  });

  it('the expiry grid: listings off the grid are refused; a one-minute grid (params) admits minute expiries; a bad grid is refused', async () => {
    const params = chain.modules.keepers.options.params(chain.app.contextAt());
    const ten = CALL_100K.expiry + 600n; // 08:10 UTC: off the default daily grid
    const offGrid = { ...btcOption(120_000, 'C'), expiry: ten, id: instrumentId('BTC/USD', ten, Dec.parse('120000'), OptionKind.OPTION_KIND_CALL) };
    expect(offGrid.id).toMatch(/^BTC-\d{8}T081000-120000-C$/);
    const refused = await chain.run([[alice, [encode.list({ authority: alice.address, instrument: offGrid })]]]);
    expect([refused.txs[0].codespace, refused.txs[0].code]).toEqual(['options', OptionsErrors.invalidInstrument.code]);
    expect(refused.txs[0].log).toContain('is not on the expiry grid: 28800 + k × 86400 seconds');
    expect(chain.modules.keepers.options.instrument(chain.app.contextAt(), offGrid.id)).toBeUndefined();
    // a grid below a minute, or an offset not below the period: options/14, params unchanged
    const bad = await chain.run([
      [alice, [encode.updateParams({ authority: alice.address, params: { ...params, expiryPeriodSeconds: 59n, expiryOffsetSeconds: 0n } })]],
      [alice, [encode.updateParams({ authority: alice.address, params: { ...params, expiryPeriodSeconds: 60n, expiryOffsetSeconds: 60n } })]],
    ]);
    expect(bad.txs.map((t) => [t.codespace, t.code])).toEqual([['options', OptionsErrors.invalidParams.code], ['options', OptionsErrors.invalidParams.code]]);
    expect(bad.txs[0].log).toContain('expiry_period_seconds must be 60..31622400, got 59');
    expect(bad.txs[1].log).toContain('expiry_offset_seconds must be 0..expiry_period_seconds − 1 (59), got 60');
    expect(chain.modules.keepers.options.params(chain.app.contextAt())).toEqual(params);
    // a one-minute grid: 08:10 is on it now
    expect((await chain.run([[alice, [encode.updateParams({ authority: alice.address, params: { ...params, expiryPeriodSeconds: 60n, expiryOffsetSeconds: 0n } })]]])).txs[0].code).toBe(0);
    expect((await chain.run([[alice, [encode.list({ authority: alice.address, instrument: offGrid })]]])).txs[0].code).toBe(0);
    expect(chain.modules.keepers.options.instrument(chain.app.contextAt(), offGrid.id)?.expiry).toBe(ten);
  });

  it('a call spread as one combo fills both legs at its net price, or nothing at all', async () => {
    // alice: ask 5 × 100k calls at 3,000, bid 5 × 110k calls at 1,000
    await chain.run([[alice, [encode.batch({ owner: alice.address, subaccount: 0, places: [
      spec({ instrumentId: CALL_100K.id, clientId: 1n, side: SELL, price: 3_000n * USDC, size: 5n }),
      spec({ instrumentId: CALL_110K.id, clientId: 2n, side: BUY, price: 1_000n * USDC, size: 5n }),
    ] })]]]);
    const spread = (clientId: bigint, quantity: bigint, limit: bigint) => [bob, [encode.combo({
      owner: bob.address, subaccount: 0, clientId, quantity, limitPrice: limit * USDC,
      legs: [{ instrumentId: CALL_100K.id, side: BUY, ratio: 1n }, { instrumentId: CALL_110K.id, side: SELL, ratio: 1n }],
    })]] as [typeof bob, ReturnType<typeof encode.combo>[]];
    const bookBefore = [await book(CALL_100K.id), await book(CALL_110K.id)];
    // too large for the books, and a limit below the net of 2,000: neither fills, nothing changes
    const no = await chain.run([spread(1n, 6n, 2_100n), spread(2n, 2n, 1_999n)]);
    expect(no.txs.map((t) => t.code)).toEqual([0, 0]);
    expect(OptionsChain.events(no.events, 'settle.options.v1.EventComboDone').map((e) => [e.status, e.reason])).toEqual([['not_filled', 'liquidity'], ['not_filled', 'limit']]);
    expect(OptionsChain.events(no.events, 'settle.options.v1.EventFill')).toEqual([]);
    expect([await book(CALL_100K.id), await book(CALL_110K.id)]).toEqual(bookBefore);
    expect(position(bob.address, CALL_100K.id)).toBe(0n);
    const before = usdc(bob.address);
    const yes = await chain.run([spread(3n, 2n, 2_100n)]);
    const [done] = OptionsChain.events(yes.events, 'settle.options.v1.EventComboDone');
    expect(done).toMatchObject({ status: 'filled', net_cost: String(2n * 2_000n * USDC) });
    expect(OptionsChain.events(yes.events, 'settle.options.v1.EventFill').map((f) => [f.instrument_id, f.price, f.size])).toEqual([
      [CALL_100K.id, String(3_000n * USDC), '2'],
      [CALL_110K.id, String(1_000n * USDC), '2'],
    ]);
    expect([position(bob.address, CALL_100K.id), position(bob.address, CALL_110K.id)]).toEqual([2n, -2n]);
    expect([position(alice.address, CALL_100K.id), position(alice.address, CALL_110K.id)]).toEqual([-2n, 2n]);
    // the net premium and two taker fees per leg (0.3 USDC a contract: 0.03 % × 100,000 × 0.01)
    expect(before - usdc(bob.address)).toBe(2n * 2_000n * USDC + 4n * 300_000n);
  });

  it('the dead-man switch cancels every open order at its height unless renewed', async () => {
    // armed in block A to fire at the end of A + 2; renewed in block A + 2 itself (txs run before the end of the block)
    const a = chain.height + 1;
    await chain.run([[alice, [
      encode.batch({ owner: alice.address, subaccount: 0, places: [spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 1n }), spec({ clientId: 2n, side: BUY, price: 100n * USDC, size: 1n })] }),
      encode.cancelAllAfter({ owner: alice.address, subaccount: 0, height: BigInt(a + 2) }),
    ]]]);
    await chain.run([]);
    const renewed = await chain.run([[alice, [encode.cancelAllAfter({ owner: alice.address, subaccount: 0, height: BigInt(a + 4) })]]]);
    expect(OptionsChain.events(renewed.events, 'settle.options.v1.EventDeadManTriggered')).toEqual([]);
    const quiet = await chain.run([]);
    expect(OptionsChain.events(quiet.events, 'settle.options.v1.EventDeadManTriggered')).toEqual([]);
    expect((await book()).asks).toHaveLength(1);
    const fired = await chain.run([]);
    expect(chain.height).toBe(a + 4);
    expect(OptionsChain.events(fired.events, 'settle.options.v1.EventDeadManTriggered')).toEqual([{ owner: alice.address, subaccount: 0, height: String(a + 4), cancelled: 2 }]);
    expect(OptionsChain.events(fired.events, 'settle.options.v1.EventOrderDone').map((e) => e.reason)).toEqual(['dead_man_switch', 'dead_man_switch']);
    const b = await book();
    expect([b.bids, b.asks]).toEqual([[], []]);
    // a height in the past is refused
    const bad = await chain.run([[alice, [encode.cancelAllAfter({ owner: alice.address, subaccount: 0, height: 1n })]]]);
    expect([bad.txs[0].codespace, bad.txs[0].code]).toEqual(['options', OptionsErrors.invalidOrder.code]);
  });

  it('market-maker protection freezes a maker in the middle of a sweep, cancels its quotes and refuses new ones until reset', async () => {
    const config = { owner: alice.address, subaccount: 0, underlying: 'BTC/USD', intervalSeconds: 60n, frozenSeconds: 30n, quantityLimit: 3n, deltaLimit: '', vegaLimit: '' };
    const set = await chain.run([[alice, [
      encode.setMmp({ owner: alice.address, subaccount: 0, config }),
      encode.batch({ owner: alice.address, subaccount: 0, places: [
        spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 3n }),
        spec({ clientId: 2n, side: SELL, price: 510n * USDC, size: 4n }),
        spec({ instrumentId: CALL_100K.id, clientId: 3n, side: SELL, price: 3_000n * USDC, size: 2n }),
      ] }),
    ]]]);
    expect(set.txs[0].code).toBe(0);
    // bob sweeps 10 up to 600: the first 3 reach alice's limit; her 510 ask is refused mid-sweep
    const sweep = await chain.run([place(bob, spec({ clientId: 1n, side: BUY, price: 600n * USDC, size: 10n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }))]);
    expect(OptionsChain.events(sweep.events, 'settle.options.v1.EventFill').map((f) => [f.price, f.size])).toEqual([[String(500n * USDC), '3']]);
    const done = OptionsChain.events(sweep.events, 'settle.options.v1.EventOrderDone').map((e) => [e.client_id, e.reason]);
    expect(done).toEqual(expect.arrayContaining([['1', 'filled'], ['2', 'mmp_frozen'], ['3', 'mmp_frozen']]));
    const [frozen] = OptionsChain.events(sweep.events, 'settle.options.v1.EventMmpFrozen');
    expect(frozen).toMatchObject({ owner: alice.address, underlying: 'BTC/USD', quantity: '3', cancelled: 1 });
    expect([(await book()).asks, (await book(CALL_100K.id)).asks]).toEqual([[], []]);
    // quoting BTC is refused while frozen; after MsgResetMmp it works again
    const refused = await chain.run([place(alice, spec({ clientId: 4n, side: SELL, price: 520n * USDC, size: 1n }))]);
    expect([refused.txs[0].codespace, refused.txs[0].code]).toEqual(['options', OptionsErrors.mmpFrozen.code]);
    expect(refused.txs[0].log).toContain('MsgResetMmp lifts it');
    const reset = await chain.run([[alice, [encode.resetMmp({ owner: alice.address, subaccount: 0, underlying: 'BTC/USD' }), encode.place({ owner: alice.address, subaccount: 0, order: spec({ clientId: 4n, side: SELL, price: 520n * USDC, size: 1n }) })]]]);
    expect(reset.txs[0].code).toBe(0);
    expect((await book()).asks).toEqual([{ price: 520n * USDC, size: 1n, orders: 1 }]);
  });

  it('order txs with a timeout height in the window need no sequence; the same bytes are refused until they time out', async () => {
    const seq = await chain.sequence(alice);
    const timeout = BigInt(chain.height + 5);
    // three quote txs signed in parallel with the same (even stale) sequence: all accepted, the sequence does not move
    const quotes = await Promise.all([1n, 2n, 3n].map((c) => chain.sign(alice, [encode.place({ owner: alice.address, subaccount: 0, order: spec({ clientId: c, side: SELL, price: (500n + c) * USDC, size: 1n }) })], 0n, timeout)));
    const r = await chain.runRaw(quotes);
    expect(r.txs.map((t) => t.code)).toEqual([0, 0, 0]);
    expect(await chain.sequence(alice)).toBe(seq);
    expect((await book()).asks).toHaveLength(3);
    // a replay of the same bytes is refused (options/26), and costs nothing
    const fee = await chain.modules.keepers.bank.balance(chain.app.contextAt(), alice.address, 'usettle');
    const replay = await chain.runRaw([quotes[0]]);
    expect([replay.txs[0].codespace, replay.txs[0].code]).toEqual(['options', OptionsErrors.replayedTx.code]);
    expect(await chain.modules.keepers.bank.balance(chain.app.contextAt(), alice.address, 'usettle')).toBe(fee);
    // outside the window, or with a non-order message, the sequence is checked as usual
    const far = await chain.sign(alice, [encode.cancel({ owner: alice.address, subaccount: 0, clientId: 1n })], 0n, BigInt(chain.height + 50));
    const mixed = await chain.sign(alice, [encode.cancel({ owner: alice.address, subaccount: 0, clientId: 1n }), encode.deposit({ owner: alice.address, subaccount: 0, denom: 'uusdc', amount: '1' })], 0n, BigInt(chain.height + 3));
    const normal = await chain.runRaw([far, mixed]);
    expect(normal.txs.map((t) => [t.codespace, t.code])).toEqual([['sdk', 32], ['sdk', 32]]);
    // once the timeout height has passed, the replay fails its timeout instead
    while (chain.height <= Number(timeout)) await chain.runRaw([]);
    const late = await chain.runRaw([quotes[1]]);
    expect(late.txs[0].code).not.toBe(0);
    expect(late.txs[0].log).toMatch(/timeout/);
  });

  it('the mempool refuses and evicts sequence-free txs whose good-til-block quotes have passed; DeliverTx is unchanged', async () => {
    const gtb = BigInt(chain.height + 2);
    const quote = (clientId: bigint) => encode.batch({ owner: alice.address, subaccount: 0, cancelClientIds: [], places: [spec({ clientId, side: SELL, price: 600n * USDC, size: 1n, timeInForce: TimeInForce.TIME_IN_FORCE_GTB, goodTilBlock: gtb })] });
    const shortTerm = await chain.sign(alice, [quote(41n)], 0n, BigInt(chain.height + 10));
    const CHECK = 0;
    const RECHECK = 1;
    expect((await chain.app.checkTx({ tx: shortTerm, type: CHECK })).code).toBe(0);
    // two blocks later the next block is past the quote's good-til-block
    await chain.runRaw([]);
    expect((await chain.app.checkTx({ tx: shortTerm, type: RECHECK })).code).toBe(0);
    await chain.runRaw([]);
    for (const type of [RECHECK, CHECK]) {
      const r = await chain.app.checkTx({ tx: shortTerm, type });
      expect([r.codespace, r.code]).toEqual(['options', OptionsErrors.invalidOrder.code]);
      expect(r.log).toContain(`good_til_block ${gtb} has passed (the next block is ${gtb + 1n})`);
    }
    // a sequenced tx with the same stale quote stays for DeliverTx (evicting it would strand later sequences)
    const sequenced = await chain.sign(alice, [quote(42n)], await chain.sequence(alice), 0n);
    expect((await chain.app.checkTx({ tx: sequenced, type: CHECK })).code).toBe(0);
    // in a block both fail as before, in the message handler: the fee is charged and nothing is placed
    const fee = await chain.modules.keepers.bank.balance(chain.app.contextAt(), alice.address, 'usettle');
    const r = await chain.runRaw([shortTerm, sequenced]);
    expect(r.txs.map((t) => [t.codespace, t.code])).toEqual([['options', OptionsErrors.invalidOrder.code], ['options', OptionsErrors.invalidOrder.code]]);
    expect(r.txs[0].log).toContain(`good_til_block ${gtb} has passed (height ${gtb + 1n})`);
    expect(await chain.modules.keepers.bank.balance(chain.app.contextAt(), alice.address, 'usettle')).toBe(fee - 10_000n);
  });

  it('a block trade: a request for quotes above the minimum size, firm quotes, one accepted atomically', async () => {
    const legs = [{ instrumentId: CALL_100K.id, side: BUY, ratio: 1n }, { instrumentId: PUT_90K.id, side: BUY, ratio: 1n }];
    const small = await chain.run([[bob, [encode.rfq({ owner: bob.address, subaccount: 0, legs, quantity: 12n, expiresAt: BigInt(chain.height + 10) })]]]);
    expect([small.txs[0].codespace, small.txs[0].code, small.txs[0].log]).toEqual(['options', OptionsErrors.invalidRfq.code, expect.stringContaining('at least 25 contracts, this one 24')]);
    const req = await chain.run([[bob, [encode.rfq({ owner: bob.address, subaccount: 0, legs, quantity: 20n, expiresAt: BigInt(chain.height + 10) })]]]);
    expect(req.txs[0].code).toBe(0);
    const rfqId = MsgRequestQuoteResponse.decode(TxMsgData.decode(req.txs[0].data).msgResponses[0].value).rfqId;
    // alice quotes 500 + 300 a straddle; carol (100 USDC) cannot carry 20 short straddles; bob cannot quote himself
    const quotes = await chain.run([
      [alice, [encode.quote({ owner: alice.address, subaccount: 0, rfqId, legPrices: [500n * USDC, 300n * USDC], expiresAt: BigInt(chain.height + 5) })]],
      [carol, [encode.quote({ owner: carol.address, subaccount: 0, rfqId, legPrices: [1n * USDC, 1n * USDC], expiresAt: BigInt(chain.height + 5) })]],
      [bob, [encode.quote({ owner: bob.address, subaccount: 0, rfqId, legPrices: [1n * USDC, 1n * USDC], expiresAt: BigInt(chain.height + 5) })]],
    ]);
    expect(quotes.txs.map((t) => [t.codespace, t.code])).toEqual([['', 0], ['margin', MarginErrors.insufficientMargin.code], ['options', OptionsErrors.invalidRfq.code]]);
    const quoteId = MsgSubmitQuoteResponse.decode(TxMsgData.decode(quotes.txs[0].data).msgResponses[0].value).quoteId;
    const open = await query(chain.app, '/settle.options.v1.Query/Rfqs', QueryRfqsRequest, {}, QueryRfqsResponse);
    expect(open.rfqs.map((r) => [r.rfq!.id, r.quotes.map((q) => q.id)])).toEqual([[rfqId, [quoteId]]]);
    // a limit below the quote's net of 800 is refused; at 800 it trades
    const bobBefore = usdc(bob.address);
    const [tooLow, ok] = (await chain.run([
      [bob, [encode.accept({ owner: bob.address, rfqId, quoteId, maxNetPrice: 799n * USDC })]],
      [bob, [encode.accept({ owner: bob.address, rfqId, quoteId, maxNetPrice: 800n * USDC })]],
    ])).txs;
    expect([tooLow.codespace, tooLow.code]).toEqual(['options', OptionsErrors.quoteWorseThanLimit.code]);
    expect(ok.code).toBe(0);
    expect(OptionsChain.events(ok.events, 'settle.options.v1.EventBlockTrade')[0]).toMatchObject({ rfq_id: String(rfqId), quote_id: String(quoteId), net_cost: String(20n * 800n * USDC) });
    expect([position(bob.address, CALL_100K.id), position(bob.address, PUT_90K.id)]).toEqual([20n, 20n]);
    expect([position(alice.address, CALL_100K.id), position(alice.address, PUT_90K.id)]).toEqual([-20n, -20n]);
    // premium 16,000 and taker fees per leg min(0.03 % × 100,000 × 0.01, 12.5 % × price) = 0.3 USDC × 20 × 2
    expect(bobBefore - usdc(bob.address)).toBe(16_000n * USDC + 2n * 20n * 300_000n);
    expect((await query(chain.app, '/settle.options.v1.Query/Rfqs', QueryRfqsRequest, {}, QueryRfqsResponse)).rfqs).toEqual([]);
  });

  it('mass cancel and good-til-block expiry remove resting orders', async () => {
    const r = await chain.run([
      [alice, [encode.batch({ owner: alice.address, subaccount: 0, places: [
        spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 1n }),
        spec({ clientId: 2n, side: SELL, price: 510n * USDC, size: 1n, timeInForce: TimeInForce.TIME_IN_FORCE_GTB, goodTilBlock: BigInt(chain.height + 2) }),
      ] })]],
    ]);
    expect(r.txs[0].code).toBe(0);
    await chain.run([]);
    expect((await book()).asks).toHaveLength(2);
    const expired = await chain.run([]);
    expect(OptionsChain.events(expired.events, 'settle.options.v1.EventOrderDone').map((e) => e.reason)).toEqual(['expired']);
    const mc = await chain.run([[alice, [encode.massCancel({ owner: alice.address, subaccount: 0, underlying: 'BTC/USD' })]]]);
    expect(mc.txs[0].code).toBe(0);
    expect((await book()).asks).toEqual([]);
  });
});
