// Random books (seeded): what holds for every book, checked on 400 of them.
import { Dec } from '../../../../chain/math';
import { buildRiskCache, health, type Instrument, type Position } from '../../../../modules/margin/risk';
import { Rng } from '../../../helpers/rng';
import { byId, d, EXPIRY_30D, EXPIRY_7D, EXPIRY_90D, market, option, PARAMS, pos } from './fixtures';
import { directScenarioPnl, maxLossAtExpiry, num } from './helpers';

const rng = new Rng(20240613);
const EXPIRIES = [EXPIRY_7D, EXPIRY_30D, EXPIRY_90D];
const STRIKES = ['60', '70', '80', '85', '90', '95', '100', '105', '110', '115', '120', '130', '150'];

function randomBook(): { instruments: Instrument[]; positions: Position[] } {
  const n = 1 + rng.int(8);
  const seen = new Map<string, Instrument>();
  const positions: Position[] = [];
  for (let i = 0; i < n; i++) {
    const ins = option(rng.next() < 0.5 ? 'call' : 'put', rng.pick(STRIKES), rng.pick(EXPIRIES), rng.next() < 0.7 ? '1' : '0.1');
    if (seen.has(ins.id)) continue;
    seen.set(ins.id, ins);
    let size = BigInt(1 + rng.int(20));
    if (rng.next() < 0.5) size = -size;
    positions.push(pos(ins, size));
  }
  return { instruments: [...seen.values()], positions };
}

const spots = ['100', '93.5', '108.25'];
const markets = spots.map((spot, i) => market({ spot, skew: i !== 1 }));

describe('random books (seeded)', () => {
  const books = Array.from({ length: 400 }, (_, i) => ({ ...randomBook(), m: markets[i % markets.length] }));
  const caches = markets.map((m) => buildRiskCache(
    EXPIRIES.flatMap((e) => STRIKES.flatMap((k) => [option('call', k, e), option('put', k, e), option('call', k, e, '0.1'), option('put', k, e, '0.1')])),
    new Map([['BTC/USD', m]]), PARAMS));

  test('IM >= MM >= 0 (both modes); portfolio IM >= its worst scenario loss, <= the max loss at expiry; dot product = direct revaluation', () => {
    let capped = 0;
    let bounded = 0;
    books.forEach(({ instruments, positions, m }, i) => {
      const args = { collateral: [], positions, instruments: byId(instruments), markets: new Map([['BTC/USD', m]]), params: PARAMS, risk: caches[i % markets.length] };
      const std = health({ ...args, mode: 'standard' });
      const pm = health({ ...args, mode: 'portfolio' });
      const u = pm.underlyings![0];
      const ctx = `book ${i}: ${JSON.stringify(positions, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}`;
      expect([ctx, std.im.gte(std.mm) && !std.mm.isNegative()]).toEqual([ctx, true]);
      expect([ctx, pm.im.gte(pm.mm) && !pm.mm.isNegative()]).toEqual([ctx, true]);

      const direct = directScenarioPnl(positions, byId(instruments), m, PARAMS);
      const worst = direct.reduce((w, p) => Dec.max(w, p.neg()), Dec.ZERO);
      const scale = 1 + direct.reduce((a, p) => Math.max(a, Math.abs(num(p))), 0);
      expect([ctx, Math.abs(num(u.worstLoss) - num(worst)) < 1e-12 * scale * 100]).toEqual([ctx, true]);
      expect([ctx, u.worstLoss.gte(worst)]).toEqual([ctx, true]); // rounded against the account

      const maxLoss = maxLossAtExpiry(positions, byId(instruments), m);
      if (maxLoss) {
        bounded++;
        expect([ctx, u.maxLoss !== null && u.maxLoss.gte(maxLoss)]).toEqual([ctx, true]);
        expect([ctx, pm.im.lte(maxLoss.add(d('0.000000001')))]).toEqual([ctx, true]);
        // the worst scenario loses no more than the book can lose at expiry (arbitrage-free smiles)
        expect([ctx, worst.lte(maxLoss.add(d('0.000000001')))]).toEqual([ctx, true]);
        if (u.maxLoss!.lt(u.worstLoss.add(u.contingency))) capped++;
      } else {
        expect([ctx, u.maxLoss]).toEqual([ctx, null]);
      }
      expect([ctx, pm.im.gte(worst)]).toEqual([ctx, true]);
      // IM = min(1.0 · (worst + contingencies), max loss)
      const expected = Dec.min(u.worstLoss.add(u.contingency), u.maxLoss ?? u.worstLoss.add(u.contingency));
      expect([ctx, Math.abs(num(pm.im) - num(expected)) < 1e-9 * scale]).toEqual([ctx, true]);
    });
    expect(bounded).toBeGreaterThan(50);
    expect(capped).toBeGreaterThan(5);
  });

  test('health does not depend on the order of positions or on whether instrument risk was precomputed', () => {
    const ser = (x: unknown) => JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
    books.slice(0, 60).forEach(({ instruments, positions, m }, i) => {
      const shuffled = [...positions];
      for (let k = shuffled.length - 1; k > 0; k--) {
        const j = rng.int(k + 1);
        [shuffled[k], shuffled[j]] = [shuffled[j], shuffled[k]];
      }
      const args = { collateral: [], instruments: byId(instruments), markets: new Map([['BTC/USD', m]]), params: PARAMS };
      for (const mode of ['standard', 'portfolio'] as const) {
        const a = health({ ...args, mode, positions, risk: caches[i % markets.length] });
        const b = health({ ...args, mode, positions: shuffled });
        expect(ser(b)).toBe(ser(a));
      }
    });
  });
});
