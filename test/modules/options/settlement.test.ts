/**
 * Expiry settlement in the app: at expiry the instrument stops trading, the settlement price is fixed
 * once at the oracle's TWAP over the window before expiry (queryable with its samples), every position
 * is cash-settled at the payoff through margin a bounded batch per block (here one position per block,
 * so the two sides settle in different blocks: the clearing balance keeps every invariant in between),
 * nothing settles twice, and a stale oracle at expiry delays settlement with an event.
 */
import { Dec } from '../../../chain/math';
import { instrumentId } from '../../../modules/options/instruments';
import { QuerySettlementPricesRequest, QuerySettlementPricesResponse } from '../../../proto/gen/settle/options/v1/query';
import { Instrument, InstrumentStatus, OptionKind, Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import type { Key } from '../../reliability/lib/accounts';
import { query } from '../helpers';
import { appState, depositTx, encode, GENESIS_TIME, OptionsChain, sliceAt, spec, USDC } from './chain';

const DAY = 86_400n;
/** The first 08:00 UTC after genesis (16 h later), and a day after it. */
const E1 = (GENESIS_TIME / DAY + 1n) * DAY + 28_800n;
const E2 = E1 + DAY;

function option(expiry: bigint, kind: OptionKind): Instrument {
  return {
    id: instrumentId('BTC/USD', expiry, Dec.parse('95000'), kind),
    underlying: 'BTC/USD',
    expiry,
    strike: '95000',
    kind,
    contractSize: '0.01',
    tickSize: 10_000n,
    minSize: 1n,
    openInterestCap: 0n,
    status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
    settlementPrice: '',
  };
}
const CALL1 = option(E1, OptionKind.OPTION_KIND_CALL);
const PUT1 = option(E1, OptionKind.OPTION_KIND_PUT);
const CALL2 = option(E2, OptionKind.OPTION_KIND_CALL);

function state(keys: Key[]): Record<string, unknown> {
  const s = appState(keys, [CALL1, PUT1, CALL2]);
  const oracle = s.oracle as Record<string, any>;
  const surface = oracle.surfaces[0];
  surface.slices = [sliceAt(surface.slices[0], E1), sliceAt(surface.slices[0], E2), ...surface.slices];
  (s.options as Record<string, any>).params.settlementBatch = 1;
  return s;
}

describe('expiry settlement', () => {
  let dir: string;
  let chain: OptionsChain;

  beforeEach(async () => {
    dir = makeTmpDir('options-settlement');
    chain = await OptionsChain.open(dir, 'options-settlement', 2, state);
  });

  afterEach(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  it('settles every position at the TWAP payoff, a batch per block, exactly once; a stale oracle delays it', async () => {
    const [alice, bob] = chain.keys;
    expect((await chain.run([depositTx(alice, 100_000n), depositTx(bob, 20_000n)])).txs.map((t) => t.code)).toEqual([0, 0]);
    // alice sells bob 3 E1 calls at 60 and 1 E2 call at 60; bob sells alice 2 E1 puts at 1
    const quote = (k: Key, id: string, clientId: bigint, side: Side, price: bigint, size: bigint) =>
      [k, [encode.place({ owner: k.address, subaccount: 0, order: spec({ instrumentId: id, clientId, side, price, size }) })]] as [Key, ReturnType<typeof encode.place>[]];
    await chain.run([quote(alice, CALL1.id, 1n, Side.SIDE_SELL, 60n * USDC, 3n), quote(alice, CALL2.id, 2n, Side.SIDE_SELL, 60n * USDC, 1n), quote(bob, PUT1.id, 1n, Side.SIDE_SELL, 1n * USDC, 2n)]);
    const take = (k: Key, id: string, clientId: bigint, side: Side, price: bigint, size: bigint) =>
      [k, [encode.place({ owner: k.address, subaccount: 0, order: spec({ instrumentId: id, clientId, side, price, size, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }) })]] as [Key, ReturnType<typeof encode.place>[]];
    const fills = await chain.run([take(bob, CALL1.id, 2n, Side.SIDE_BUY, 60n * USDC, 3n), take(bob, CALL2.id, 3n, Side.SIDE_BUY, 60n * USDC, 1n), take(alice, PUT1.id, 3n, Side.SIDE_BUY, 1n * USDC, 2n)]);
    expect(OptionsChain.events(fills.events, 'settle.options.v1.EventFill')).toHaveLength(3);
    const margin = chain.modules.keepers.margin;
    const usdc = (k: Key) => margin.collateral(chain.app.contextAt(), k.address, 0, 'uusdc');
    const before = [usdc(alice), usdc(bob)];
    const openInterest = (id: string) => chain.modules.keepers.options.stats(chain.app.contextAt(), id).openInterest;
    expect([CALL1, PUT1, CALL2].map((i) => openInterest(i.id))).toEqual([3n, 2n, 1n]);

    // jump to 10 s after E1: the E1 options expire, the price is fixed, one position settles per block
    chain.skip = E1 + 10n - GENESIS_TIME - BigInt(chain.height + 1);
    const events: ReturnType<typeof OptionsChain.events>[] = [];
    for (let i = 0; i < 6; i++) {
      const b = await chain.run([]);
      events.push(OptionsChain.events(b.events, 'settle.margin.v1.EventPositionChanged').filter((e) => e.reason === 'settlement'));
      if (i === 0) {
        expect(OptionsChain.events(b.events, 'settle.options.v1.EventSettlementPriceFixed')).toEqual([{ underlying: 'BTC/USD', expiry: String(E1), price: '100000', samples: 1, fallback: false }]);
      }
    }
    // four positions, one per block, then nothing more: each settled exactly once
    expect(events.map((e) => e.length)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(events.flat().map((e) => [e.instrument_id, e.size_delta]).sort()).toEqual(
      [[CALL1.id, '-3'], [CALL1.id, '3'], [PUT1.id, '-2'], [PUT1.id, '2']].sort(),
    );
    // the call pays (100,000 − 95,000) × 0.01 = 50 USDC a contract; the put nothing
    const ins = chain.modules.keepers.options;
    expect([ins.instrument(chain.app.contextAt(), CALL1.id)!.settlementPrice, ins.instrument(chain.app.contextAt(), PUT1.id)!.settlementPrice]).toEqual([String(50n * USDC), '0']);
    expect([ins.instrument(chain.app.contextAt(), CALL1.id)!.status, ins.instrument(chain.app.contextAt(), PUT1.id)!.status]).toEqual([InstrumentStatus.INSTRUMENT_STATUS_SETTLED, InstrumentStatus.INSTRUMENT_STATUS_SETTLED]);
    expect([usdc(alice) - before[0], usdc(bob) - before[1]]).toEqual([-150n * USDC, 150n * USDC]);
    expect(margin.positions(chain.app.contextAt(), bob.address, 0).map((p) => p.instrumentId)).toEqual([CALL2.id]);
    expect(margin.clearings(chain.app.contextAt())).toEqual([]);
    // settlement closes the longs: no open interest is left (the invariant checked every block says the same)
    expect([CALL1, PUT1, CALL2].map((i) => openInterest(i.id))).toEqual([0n, 0n, 1n]);
    const prices = await query(chain.app, '/settle.options.v1.Query/SettlementPrices', QuerySettlementPricesRequest, { underlying: 'BTC/USD' }, QuerySettlementPricesResponse);
    expect(prices.prices.map((p) => [p.expiry, p.price, p.windowEndNanos - p.windowStartNanos, p.samples.map((x) => x.price)])).toEqual([[E1, '100000', 1_800n * 1_000_000_000n, ['100000']]]);

    // E2: the price in force at expiry is 40 h old (heartbeat one day): settlement waits, with an event
    chain.skip = E2 + 10n - GENESIS_TIME - BigInt(chain.height + 1);
    const late = await chain.run([]);
    expect(OptionsChain.events(late.events, 'settle.options.v1.EventSettlementDelayed')).toEqual([
      { underlying: 'BTC/USD', expiry: String(E2), reason: 'the oracle price in force at expiry was stale; settlement waits for the first full 1800-second window of fresh prices after expiry and settles on its TWAP' },
    ]);
    expect(ins.instrument(chain.app.contextAt(), CALL2.id)!.status).toBe(InstrumentStatus.INSTRUMENT_STATUS_EXPIRED);
    expect(margin.position(chain.app.contextAt(), bob.address, 0, CALL2.id).size).toBe(1n);
  });
});

describe('expiry settlement after a stale price at expiry', () => {
  let dir: string;
  let chain: OptionsChain;

  beforeEach(async () => {
    dir = makeTmpDir('options-settlement-fallback');
    // a validator whose feeder reports nothing until the test sets a price; a 10-second settlement window
    chain = await OptionsChain.open(dir, 'options-settlement-fallback', 2, (keys) => {
      const s = state(keys);
      (s.options as Record<string, any>).params.settlementWindowSeconds = '10';
      return s;
    }, { oracle: true });
  });

  afterEach(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  it('waits with an event each block, then settles on the TWAP of the first full window of fresh prices after expiry', async () => {
    const [alice, bob] = chain.keys;
    await chain.run([depositTx(alice, 100_000n), depositTx(bob, 20_000n)]);
    await chain.run([[alice, [encode.place({ owner: alice.address, subaccount: 0, order: spec({ instrumentId: CALL2.id, clientId: 1n, side: Side.SIDE_SELL, price: 60n * USDC, size: 2n }) })]]]);
    await chain.run([[bob, [encode.place({ owner: bob.address, subaccount: 0, order: spec({ instrumentId: CALL2.id, clientId: 1n, side: Side.SIDE_BUY, price: 60n * USDC, size: 2n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }) })]]]);
    const ctx = () => chain.app.contextAt();
    const margin = chain.modules.keepers.margin;
    const options = chain.modules.keepers.options;
    expect(margin.position(ctx(), bob.address, 0, CALL2.id).size).toBe(2n);
    const usdc = (k: Key) => margin.collateral(ctx(), k.address, 0, 'uusdc');
    const before = [usdc(alice), usdc(bob)];

    // past E2 the genesis price (40 h old, heartbeat one day) is the one in force: every block waits (E1,
    // 16 h after genesis, fixes at once on that same price, still fresh then)
    const atE2 = (events: Record<string, unknown>[]) => events.filter((e) => e.expiry === String(E2));
    chain.skip = E2 + 5n - GENESIS_TIME - BigInt(chain.height + 1);
    for (let i = 0; i < 3; i++) {
      const b = await chain.run([]);
      expect(OptionsChain.events(b.events, 'settle.options.v1.EventSettlementDelayed').map((e) => e.expiry)).toEqual([String(E2)]);
      expect(atE2(OptionsChain.events(b.events, 'settle.options.v1.EventSettlementPriceFixed'))).toEqual([]);
    }
    expect(options.settlementPrice(ctx(), 'BTC/USD', E2)).toBeUndefined();

    // the feeder comes back: 104,000, then 106,000 (a vote extension moves the price from the block after)
    chain.setPrice('104000');
    const fixedAt: Record<string, unknown>[] = [];
    let delayedBlocks = 0;
    for (let i = 0; i < 20 && fixedAt.length === 0; i++) {
      if (i === 6) chain.setPrice('106000');
      const b = await chain.run([]);
      fixedAt.push(...atE2(OptionsChain.events(b.events, 'settle.options.v1.EventSettlementPriceFixed')));
      delayedBlocks += OptionsChain.events(b.events, 'settle.options.v1.EventSettlementDelayed').length;
    }
    expect(delayedBlocks).toBeGreaterThan(9); // a whole window of fresh prices must pass first
    const sp = options.settlementPrice(ctx(), 'BTC/USD', E2)!;
    expect(fixedAt).toEqual([{ underlying: 'BTC/USD', expiry: String(E2), price: sp.price, samples: sp.samples.length, fallback: true }]);
    expect(sp.fallback).toBe(true);
    // the window is the last 10 s, all after expiry, and its first sample is already a fresh price
    const NS = 1_000_000_000n;
    expect(sp.windowEndNanos - sp.windowStartNanos).toBe(10n * NS);
    expect(sp.windowStartNanos).toBeGreaterThanOrEqual(E2 * NS);
    expect(sp.samples[0].timeNanos).toBeGreaterThan(E2 * NS);
    expect(sp.samples[0].price).toBe('104000');
    // the TWAP recomputed from the samples: each price weighted by the time it was in force inside the window
    let weighted = 0n;
    sp.samples.forEach((x, i) => {
      const from = x.timeNanos > sp.windowStartNanos ? x.timeNanos : sp.windowStartNanos;
      const to = i + 1 < sp.samples.length ? sp.samples[i + 1].timeNanos : sp.windowEndNanos;
      weighted += Dec.parse(x.price).raw * (to - from);
    });
    expect(Dec.fromRaw(weighted / (sp.windowEndNanos - sp.windowStartNanos)).toString()).toBe(sp.price);
    expect(Dec.parse(sp.price).gt(Dec.parse('104000')) && Dec.parse(sp.price).lt(Dec.parse('106000'))).toBe(true);

    // the position settles at the fallback price's payoff: (S − 95,000) × 0.01 per contract, rounded down
    await chain.run([]);
    const payoff = Dec.parse(sp.price).sub(Dec.parse('95000')).mul(Dec.parse('0.01'), 'down').mulInt(USDC).toBigInt('down');
    expect(options.instrument(ctx(), CALL2.id)!.settlementPrice).toBe(payoff.toString());
    expect(options.instrument(ctx(), CALL2.id)!.status).toBe(InstrumentStatus.INSTRUMENT_STATUS_SETTLED);
    expect([usdc(alice) - before[0], usdc(bob) - before[1]]).toEqual([-2n * payoff, 2n * payoff]);
    expect(options.stats(ctx(), CALL2.id).openInterest).toBe(0n);
  });
});
