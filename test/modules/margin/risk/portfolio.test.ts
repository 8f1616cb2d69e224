import { black76Price, Dec, decToF64, pow } from '../../../../chain/math';
import { MarginErrors } from '../../../../modules/margin/errors';
import {
  buildRiskCache,
  health,
  instrumentScenarioValues,
  markInstrument,
  portfolioMargin,
  portfolioUnderlyings,
  scenarioGrid,
  volShock,
  type Instrument,
  type Position,
} from '../../../../modules/margin/risk';
import { byId, d, DAY, EXPIRY_30D, EXPIRY_90D, market, option, PARAMS, pos } from './fixtures';
import { directScenarioPnl, maxLossAtExpiry, num } from './helpers';

const M = market();
const markets = new Map([['BTC/USD', M]]);

function both(instruments: Instrument[], positions: Position[]) {
  const args = { collateral: [], positions, instruments: byId(instruments), markets, params: PARAMS };
  return { std: health({ ...args, mode: 'standard' }), pm: health({ ...args, mode: 'portfolio' }) };
}

/** Collateral the book needs to open: IM − the equity of its positions. */
const needed = (h: { im: Dec; equity: Dec }) => h.im.sub(h.equity);

describe('scenario grid', () => {
  test('13 spot moves −15%..+15% in 2.5% steps × {up, unchanged, down}, then ±33% extended × 3: 45 scenarios', () => {
    const g = scenarioGrid(PARAMS.portfolio);
    expect(g.scenarios).toHaveLength(45);
    expect(g.scenarios.slice(0, 4).map((s) => s.name)).toEqual(['spot -15%, vol up', 'spot -15%, vol unchanged', 'spot -15%, vol down', 'spot -12.5%, vol up']);
    expect(g.scenarios[19].name).toBe('spot 0%, vol unchanged');
    expect(g.scenarios[38].name).toBe('spot +15%, vol down');
    expect(g.scenarios[39].name).toBe('spot -33% (extended), vol up');
    expect(g.scenarios[44].name).toBe('spot +33% (extended), vol down');
    expect(g.scenarios.map((s) => s.move.toString()).filter((_, i) => i % 3 === 0)).toEqual(
      ['-0.15', '-0.125', '-0.1', '-0.075', '-0.05', '-0.025', '0', '0.025', '0.05', '0.075', '0.1', '0.125', '0.15', '-0.33', '0.33']);
    expect(g.scenarios[40].weight.toString()).toBe('0.33');
    expect(g.scenarios[20].weight.toString()).toBe('1');
    expect(scenarioGrid(PARAMS.portfolio)).toBe(g); // memoized per params object
  });

  test('vol shocks: mult = (30d / max(T, 1d))^p, p = 0.3 under 30 days, 0.13 beyond; up 1 + 0.45·mult, down 1 − 0.3·mult', () => {
    const at30 = volShock(30n * DAY, PARAMS.portfolio);
    expect([at30.mult.toString(), at30.up.toString(), at30.down.toString()]).toEqual(['1', '1.45', '0.7']);
    const at1 = volShock(DAY, PARAMS.portfolio);
    expect(at1.mult.eq(pow(d('30'), d('0.3')))).toBe(true); // 30^0.3 ≈ 2.7742
    expect(at1.mult.toFixed(4, 'half-even')).toBe('2.7742');
    expect(volShock(3600n, PARAMS.portfolio).mult.eq(at1.mult)).toBe(true); // T floored at 1 day
    expect(volShock(-5n, PARAMS.portfolio).mult.eq(at1.mult)).toBe(true);
    const at7_5 = volShock(648_000n, PARAMS.portfolio); // 7.5 days: 4^0.3 ≈ 1.5157
    expect(at7_5.mult.eq(pow(d('4'), d('0.3')))).toBe(true);
    const at120 = volShock(120n * DAY, PARAMS.portfolio); // 0.25^0.13 ≈ 0.8351
    expect(at120.mult.eq(pow(d('0.25'), d('0.13')))).toBe(true);
    expect(at120.up.eq(Dec.ONE.add(d('0.45').mul(at120.mult, 'half-even')))).toBe(true);
    // 1 − 0.3·2.7742 = 0.1677 (still positive at the 1-day floor)
    expect(at1.down.toFixed(4, 'half-even')).toBe('0.1677');
  });
});

describe('instrument scenario values', () => {
  const ins = option('put', '95', EXPIRY_30D, '0.1');
  const sv = instrumentScenarioValues(ins, market({ skew: true }), PARAMS);
  const g = scenarioGrid(PARAMS.portfolio);

  test('value per contract = Black-76 at the moved forward and the shocked SVI vol × contract size', () => {
    const m = market({ skew: true });
    const mk = markInstrument(ins, m);
    const shock = volShock(30n * DAY, PARAMS.portfolio);
    for (const s of [0, 1, 2, 19, 30, 41]) {
      const sc = g.scenarios[s];
      const vol = sc.vol === 'up' ? mk.vol.mul(shock.up, 'half-even') : sc.vol === 'down' ? mk.vol.mul(shock.down, 'half-even') : mk.vol;
      const v = black76Price({ kind: 'put', forward: d('100').mul(Dec.ONE.add(sc.move), 'half-even'), strike: d('95'), time: mk.time, vol, rate: Dec.ZERO });
      expect(sv.values[s].eq(v.mul(d('0.1'), 'half-even'))).toBe(true);
    }
    expect(sv.values[19].eq(mk.mark)).toBe(true); // spot 0%, vol unchanged: the mark
    expect(sv.pnl[19]).toBe(0);
    // the vector holds weight · (value − mark): 1 on the main grid, 0.33 on the extended moves
    expect(sv.pnl[0]).toBe(decToF64(sv.values[0].sub(mk.mark)));
    expect(sv.pnl[39]).toBe(decToF64(sv.values[39].sub(mk.mark).mul(d('0.33'), 'half-even')));
  });

  test('identical on repeat, bit for bit', () => {
    const again = instrumentScenarioValues(ins, market({ skew: true }), PARAMS);
    expect(Buffer.from(again.pnl.buffer).equals(Buffer.from(sv.pnl.buffer))).toBe(true);
    expect(again.values.map(String)).toEqual(sv.values.map(String));
  });

  test('stale data is refused', () => {
    expect(() => instrumentScenarioValues(ins, market({ stale: true }), PARAMS)).toThrow(/stale/);
    try {
      instrumentScenarioValues(ins, market({ surfaceStale: true }), PARAMS);
    } catch (e) {
      expect(MarginErrors.staleMarketData.is(e)).toBe(true);
    }
  });
});

describe('portfolio margin of hedged books', () => {
  const c100 = option('call', '100');
  const c110 = option('call', '110');
  const c115 = option('call', '115');
  const c50 = option('call', '50');
  const p100 = option('put', '100');
  const p85 = option('put', '85');

  function check(name: string, instruments: Instrument[], positions: Position[], opts: { imBelowStandard: boolean }) {
    const { std, pm } = both(instruments, positions);
    const maxLoss = maxLossAtExpiry(positions, byId(instruments), M);
    const line = `${name}: standard IM ${std.im.toFixed(4, 'up')} (needs ${needed(std).toFixed(4, 'up')}), portfolio IM ${pm.im.toFixed(4, 'up')} (needs ${needed(pm).toFixed(4, 'up')}), max loss ${maxLoss?.toFixed(4, 'up') ?? '∞'}, worst ${pm.worstScenario}`;
    if (opts.imBelowStandard) expect([line, pm.im.lt(std.im)]).toEqual([line, true]);
    expect([line, needed(pm).lt(needed(std))]).toEqual([line, true]);
    if (maxLoss) expect([line, pm.im.lte(maxLoss.add(Dec.fromRaw(1000n)))]).toEqual([line, true]);
    expect(pm.mm.lte(pm.im) && !pm.mm.isNegative()).toBe(true);
    return { std, pm, maxLoss };
  }

  test('bear call spread (short 100 call, long 110 call): never more than its max loss 10 − credit', () => {
    const { pm, maxLoss } = check('bear call spread', [c100, c110], [pos(c100, -1n), pos(c110, 1n)], { imBelowStandard: true });
    // max loss = 10 − (mark100 − mark110); the engine's own bound of it is never below the exact one
    expect(maxLoss!.toFixed(6, 'half-even')).toBe(d('10').sub(markInstrument(c100, M).mark).add(markInstrument(c110, M).mark).toFixed(6, 'half-even'));
    expect(pm.underlyings![0].maxLoss!.gte(maxLoss!)).toBe(true);
  });

  test('bull call spread (long 100 call, short 110 call): at most the debit', () => {
    check('bull call spread', [c100, c110], [pos(c100, 1n), pos(c110, -1n)], { imBelowStandard: true });
  });

  test('covered call (deep ITM long 50 call as the underlying, short 110 call): far less collateral', () => {
    // Standard margin charges the long call nothing but counts only half its ~50 mark as equity, so its IM
    // alone (mark110 + 10) is not comparable: portfolio IM is the −15% loss of the covered book (~13.8),
    // and the collateral the book needs (IM − position equity) is ~24 lower.
    const { std, pm } = check('covered call', [c50, c110], [pos(c50, 1n), pos(c110, -1n)], { imBelowStandard: false });
    expect(needed(std).sub(needed(pm)).gt(d('20'))).toBe(true);
    expect(pm.worstScenario).toBe('spot -15%, vol up');
  });

  test('short straddle against its hedge (long 85 put / 115 call wings: an iron fly)', () => {
    const { std, pm, maxLoss } = check('iron fly', [c100, p100, c115, p85], [pos(c100, -1n), pos(p100, -1n), pos(c115, 1n), pos(p85, 1n)], { imBelowStandard: true });
    expect(pm.im.lt(std.im.divInt(3n, 'down'))).toBe(true);
    expect(maxLoss!.lt(d('15'))).toBe(true);
  });

  test('short 30-day straddle against a long 90-day straddle (calendar)', () => {
    const c90 = option('call', '100', EXPIRY_90D);
    const p90 = option('put', '100', EXPIRY_90D);
    const { maxLoss } = check('calendar straddle', [c100, p100, c90, p90], [pos(c100, -1n), pos(p100, -1n), pos(c90, 1n), pos(p90, 1n)], { imBelowStandard: true });
    expect(maxLoss).toBeNull(); // the 30-day expiry is net short a call: unbounded at that expiry in this measure
  });

  test('naked short call: worst scenario "spot +15%, vol up"; naked short put: "spot -15%, vol up"', () => {
    expect(both([c100], [pos(c100, -1n)]).pm.worstScenario).toBe('spot +15%, vol up');
    expect(both([p100], [pos(p100, -1n)]).pm.worstScenario).toBe('spot -15%, vol up');
    expect(both([c100], [pos(c100, 1n)]).pm.worstScenario).toBe('spot -15%, vol down');
  });

  test('naked short call: IM = worst loss + 0.01·spot per net short contract + 0.005·spot·|delta|; MM = 0.8·that', () => {
    const { pm } = both([c100], [pos(c100, -2n)]);
    const u = pm.underlyings![0];
    const mk = markInstrument(c100, M);
    const direct = directScenarioPnl([pos(c100, -2n)], byId([c100]), M, PARAMS);
    const worst = direct.reduce((w, p) => Dec.max(w, p.neg()), Dec.ZERO);
    // contingency: 0.01·100·2 + 0.005·100·|−2·delta|
    const contingency = d('2').add(d('0.5').mul(mk.delta.mulInt(2n), 'half-even'));
    expect(num(u.worstLoss)).toBeCloseTo(num(worst), 9);
    expect(u.worstLoss.gte(worst)).toBe(true);
    expect(num(u.contingency)).toBeCloseTo(num(contingency), 9);
    expect(num(pm.im)).toBeCloseTo(num(worst.add(contingency)), 9);
    expect(num(pm.mm)).toBeCloseTo(num(worst.add(contingency).mul(d('0.8'), 'up')), 9);
    expect(u.maxLoss).toBeNull();
  });

  test('a long option needs at most its mark: the cap binds when contingencies would exceed it', () => {
    const far = option('call', '160');
    const { pm } = both([far], [pos(far, 1n)]);
    const mk = markInstrument(far, M);
    const u = pm.underlyings![0];
    expect(u.worstLoss.add(u.contingency).gt(mk.mark)).toBe(true);
    expect(pm.im.gte(mk.mark)).toBe(true);
    expect(pm.im.sub(mk.mark).lt(d('0.000000001'))).toBe(true);
    // MM = min(0.8·(worst + contingencies), max loss)
    const eight = u.worstLoss.add(u.contingency).mul(d('0.8'), 'up');
    expect(num(pm.mm)).toBeCloseTo(num(Dec.min(eight, mk.mark)), 9);
  });
});

describe('the per-account dot product', () => {
  const ins = [option('call', '90'), option('call', '100'), option('put', '95'), option('put', '105', EXPIRY_90D, '0.1'), option('call', '120', EXPIRY_90D, '0.1')];
  const book = [pos(ins[0], 3n), pos(ins[1], -5n), pos(ins[2], 2n), pos(ins[3], -40n), pos(ins[4], 25n)];
  const cache = buildRiskCache(ins, markets, PARAMS);
  const legs = [...book].sort((a, b) => (a.instrumentId < b.instrumentId ? -1 : 1)).map((p) => ({ risk: cache.get(p.instrumentId)!, size: p.size }));

  test('equals a direct Dec revaluation of the book in every scenario', () => {
    const [u] = portfolioUnderlyings(legs, PARAMS, { pnl: true });
    const direct = directScenarioPnl(book, byId(ins), M, PARAMS);
    for (let s = 0; s < direct.length; s++) expect(Math.abs(u.pnl![s] - num(direct[s]))).toBeLessThan(1e-9);
    const worstDirect = direct.reduce((w, p) => Dec.max(w, p.neg()), Dec.ZERO);
    expect(Math.abs(u.worstLoss - num(worstDirect))).toBeLessThan(1e-9);
    expect(scenarioGrid(PARAMS.portfolio).scenarios[u.worstIndex].name).toBe(
      scenarioGrid(PARAMS.portfolio).scenarios[direct.findIndex((p) => p.neg().eq(direct.reduce((w, q) => Dec.max(w, q.neg()), direct[0].neg())))].name);
  });

  test('health with a prebuilt cache equals health computed from scratch; position order does not matter', () => {
    const base = { collateral: [], instruments: byId(ins), markets, params: PARAMS, mode: 'portfolio' as const };
    const a = health({ ...base, positions: book, risk: cache });
    const b = health({ ...base, positions: [...book].reverse() });
    expect(JSON.stringify(a, (_, v) => (typeof v === 'bigint' ? v.toString() : v))).toBe(JSON.stringify(b, (_, v) => (typeof v === 'bigint' ? v.toString() : v)));
    expect(portfolioMargin(legs, PARAMS)).toEqual({ im: a.im, mm: a.mm });
  });

  test('independent of the order accounts are evaluated in', () => {
    const accounts = Array.from({ length: 30 }, (_, k) => legs.map((l, i) => ({ risk: l.risk, size: BigInt(((k * 7 + i * 13) % 11) - 5) })));
    const forward = accounts.map((a) => portfolioMargin(a, PARAMS));
    const backward = [...accounts].reverse().map((a) => portfolioMargin(a, PARAMS)).reverse();
    expect(backward.map((r) => r.im.toString())).toEqual(forward.map((r) => r.im.toString()));
    expect(backward.map((r) => r.mm.toString())).toEqual(forward.map((r) => r.mm.toString()));
  });

  test('refuses legs out of instrument order or duplicated, and sizes beyond 2^53', () => {
    expect(() => portfolioUnderlyings([...legs].reverse(), PARAMS)).toThrow(/strictly increasing instrument order/);
    expect(() => portfolioUnderlyings([legs[0], legs[0]], PARAMS)).toThrow(/strictly increasing/);
    expect(() => portfolioUnderlyings([{ risk: legs[0].risk, size: 1n << 53n }], PARAMS)).toThrow(/out of range/);
    expect(() => health({ collateral: [], instruments: byId(ins), markets, params: PARAMS, mode: 'portfolio', positions: [book[0], book[0]] })).toThrow(/two positions/);
  });

  test('two underlyings: requirements add up; the worst scenario names its underlying', () => {
    const eth = market({ underlying: 'ETH/USD', spot: '2000' });
    const e1 = option('call', '2000', EXPIRY_30D, '1', 'ETH/USD');
    const both2 = new Map([['BTC/USD', M], ['ETH/USD', eth]]);
    const h = health({ collateral: [], instruments: byId([...ins, e1]), markets: both2, params: PARAMS, mode: 'portfolio', positions: [...book, pos(e1, -1n)] });
    expect(h.underlyings!.map((u) => u.underlying)).toEqual(['BTC/USD', 'ETH/USD']);
    const sum = h.underlyings![0].im.add(h.underlyings![1].im);
    expect(h.im.gte(sum.sub(Dec.fromRaw(10n))) && h.im.sub(sum).lt(d('0.000000001'))).toBe(true);
    expect(h.worstScenario).toBe('ETH/USD: spot +15%, vol up');
  });
});
