import { black76, Dec, sviVol } from '../../../../chain/math';
import { MarginErrors } from '../../../../modules/margin/errors';
import { forwardAt, instrumentScenarioValues, markInstrument, marketData, volAt, YEAR_SECONDS, yearsToExpiry } from '../../../../modules/margin/risk';
import { INTRINSIC_MARK_SECONDS } from '../../../../modules/margin/risk/market';
import { d, EXPIRY_30D, flatSlice, market, NOW, option, PARAMS } from './fixtures';

const T30 = Dec.fromInt(30n * 86_400n).divInt(YEAR_SECONDS, 'half-even'); // 2,592,000 / 31,557,600 = 0.082135523613963039 (half-even)

describe('marks', () => {
  test('T = (expiry − now) / Julian year', () => {
    expect(yearsToExpiry(market(), EXPIRY_30D).toString()).toBe('0.082135523613963039');
    expect(T30.toString()).toBe('0.082135523613963039');
    expect(yearsToExpiry(market(), NOW).isZero()).toBe(true);
    expect(yearsToExpiry(market(), NOW - 5n).isZero()).toBe(true);
  });

  test('mark = chain/math black76(forward = spot, strike, T, SVI vol at the strike) × contract size; Greeks too', () => {
    const m = market({ skew: true });
    for (const [kind, strike] of [['call', '110'], ['put', '90'], ['call', '100'], ['put', '120']] as const) {
      const ins = option(kind, strike, EXPIRY_30D, '0.1');
      const mk = markInstrument(ins, m);
      const vol = sviVol(m.surface.get(EXPIRY_30D)!, T30, d('100'), d(strike));
      expect(mk.vol.eq(vol)).toBe(true);
      const g = black76({ kind, forward: d('100'), strike: d(strike), time: T30, vol, rate: Dec.ZERO });
      expect(mk.price.eq(g.price)).toBe(true);
      expect(mk.mark.eq(g.price.mul(d('0.1'), 'half-even'))).toBe(true);
      expect(mk.markUp.eq(g.price.mul(d('0.1'), 'up'))).toBe(true);
      expect(mk.markDown.eq(g.price.mul(d('0.1'), 'down'))).toBe(true);
      expect(mk.markUp.raw - mk.markDown.raw).toBeLessThanOrEqual(1n);
      expect(mk.delta.eq(g.delta.mul(d('0.1'), 'half-even'))).toBe(true);
      expect(mk.gamma.eq(g.gamma.mul(d('0.1'), 'half-even'))).toBe(true);
      expect(mk.vega.eq(g.vega.mul(d('0.1'), 'half-even'))).toBe(true);
      expect(mk.theta.eq(g.theta.mul(d('0.1'), 'half-even'))).toBe(true);
    }
  });

  test('flat 60% smile: the ATM 30-day call is about 0.4·F·σ·√T = 0.4·100·0.6·0.2866 ≈ 6.88', () => {
    const mk = markInstrument(option('call', '100'), market());
    expect(mk.vol.toFixed(9, 'half-even')).toBe('0.600000000');
    expect(Number(mk.mark.toFixed(2, 'half-even'))).toBeCloseTo(6.87, 1);
  });

  test('the forward is a separate input: given per expiry it replaces the spot', () => {
    const fwd = new Map([[EXPIRY_30D, d('105')]]);
    const m = market({ forwards: fwd });
    expect(forwardAt(m, EXPIRY_30D).toString()).toBe('105');
    const mk = markInstrument(option('call', '100'), m);
    const g = black76({ kind: 'call', forward: d('105'), strike: d('100'), time: T30, vol: volAt(m, EXPIRY_30D, d('100')), rate: Dec.ZERO });
    expect(mk.price.eq(g.price)).toBe(true);
    expect(mk.forward.toString()).toBe('105');
  });

  test('expired (T <= 0): intrinsic value against the spot, delta 1/0, other Greeks 0, no vol needed', () => {
    const expired = NOW - 60n;
    const m = marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: false }, nowSeconds: NOW, slices: [] });
    const call = markInstrument(option('call', '90', expired, '0.1'), m); // (100 − 90) × 0.1 = 1
    expect(call.expired).toBe(true);
    expect(call.mark.toString()).toBe('1');
    expect(call.delta.toString()).toBe('0.1');
    expect(call.gamma.isZero() && call.vega.isZero() && call.theta.isZero()).toBe(true);
    const put = markInstrument(option('put', '90', expired), m); // max(90 − 100, 0) = 0
    expect(put.mark.isZero()).toBe(true);
    expect(markInstrument(option('put', '130', NOW), m).mark.toString()).toBe('30'); // expiring now: 130 − 100
  });

  test('in its last hour an option without a vol slice is marked at intrinsic value (not refused); with one, by Black-76', () => {
    const soon = NOW + 600n; // 10 minutes to expiry
    const without = marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: false }, nowSeconds: NOW, slices: [{ expirySeconds: EXPIRY_30D, params: flatSlice(d('0.6'), EXPIRY_30D) }] });
    const call = markInstrument(option('call', '95', soon, '0.1'), without);
    expect([call.expired, call.mark.toString(), call.vol.isZero(), call.time.isZero()]).toEqual([true, '0.5', true, true]); // (100 − 95) × 0.1
    expect(markInstrument(option('put', '95', soon), without).mark.isZero()).toBe(true);
    // a stale surface in the last hour: intrinsic too (the price itself must still be fresh)
    const staleSurface = marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: false }, nowSeconds: NOW, slices: [{ expirySeconds: soon, params: flatSlice(d('0.6'), soon) }], surfaceStale: true });
    expect(markInstrument(option('call', '95', soon, '0.1'), staleSurface).mark.toString()).toBe('0.5');
    expect(() => markInstrument(option('call', '95', soon), marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: true }, nowSeconds: NOW, slices: [] }))).toThrow(/stale/);
    // with its slice it keeps its (small) time value
    const withSlice = marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: false }, nowSeconds: NOW, slices: [{ expirySeconds: soon, params: flatSlice(d('0.6'), soon) }] });
    const live = markInstrument(option('call', '100', soon), withSlice);
    expect(live.expired).toBe(false);
    expect(live.mark.isPositive() && live.mark.lt(d('0.5'))).toBe(true);
    // the portfolio scenarios of an intrinsic mark: intrinsic at the moved spot
    const sc = instrumentScenarioValues(option('call', '95', soon), without, PARAMS);
    expect(sc.values.every((v) => !v.isNegative())).toBe(true);
    expect(sc.values.some((v) => v.gt(d('5')))).toBe(true);
    // more than an hour out, a missing slice is still refused: the time value would be too large to ignore
    const later = NOW + INTRINSIC_MARK_SECONDS + 1n;
    expect(() => markInstrument(option('call', '95', later), without)).toThrow(new RegExp(`no slice for expiry ${later}`));
  });

  test('expired with a fixed settlement price: the payoff at that price in every scenario, whatever the spot', () => {
    const expired = NOW - 60n;
    const m = marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: false }, nowSeconds: NOW, slices: [] });
    const ins = { ...option('call', '90', expired, '0.1'), settlementPrice: d('93') };
    expect(markInstrument(ins, m).mark.toString()).toBe('0.3'); // (93 − 90) × 0.1, not (100 − 90) × 0.1
    const sc = instrumentScenarioValues(ins, m, PARAMS);
    expect(sc.values.every((v) => v.toString() === '0.3')).toBe(true);
    expect(Array.from(sc.pnl).every((x) => x === 0)).toBe(true);
  });

  test('stale data is refused with margin/10 and a clear message', () => {
    const ins = option('call', '100');
    const expectStale = (f: () => unknown, msg: RegExp) => {
      try {
        f();
        throw new Error('no error');
      } catch (e) {
        expect(MarginErrors.staleMarketData.is(e)).toBe(true);
        expect((e as Error).message).toMatch(msg);
      }
    };
    expectStale(() => markInstrument(ins, market({ stale: true })), /oracle price of BTC\/USD is stale/);
    expectStale(() => markInstrument(ins, market({ surfaceStale: true })), /vol surface of BTC\/USD is stale/);
    const noSlice = marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: false }, nowSeconds: NOW, slices: [{ expirySeconds: EXPIRY_30D + 1n, params: flatSlice(d('0.6'), EXPIRY_30D) }] });
    expectStale(() => markInstrument(ins, noSlice), new RegExp(`no slice for expiry ${EXPIRY_30D}`));
  });

  test('bad inputs are margin/13 invalidMarkInput', () => {
    const m = market();
    expect(() => markInstrument(option('call', '100', EXPIRY_30D, '1', 'ETH/USD'), m)).toThrow(/is on ETH\/USD, market data is for BTC\/USD/);
    const isMark = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return MarginErrors.invalidMarkInput.is(e);
      }
      return false;
    };
    expect(isMark(() => markInstrument({ ...option('call', '100'), strike: Dec.ZERO }, m))).toBe(true);
    expect(isMark(() => markInstrument({ ...option('call', '100'), contractSize: d('-1') }, m))).toBe(true);
    expect(isMark(() => markInstrument(option('call', '100'), market({ spot: '0' })))).toBe(true);
    // a smile giving more than 10,000% vol: the pricer's domain error becomes invalidMarkInput
    const crazy = marketData({ underlying: 'BTC/USD', price: { price: d('100'), stale: false }, nowSeconds: NOW, slices: [{ expirySeconds: EXPIRY_30D, params: flatSlice(d('200'), EXPIRY_30D) }] });
    expect(isMark(() => markInstrument(option('call', '100'), crazy))).toBe(true);
  });
});
