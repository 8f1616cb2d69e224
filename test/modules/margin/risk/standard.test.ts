import { Dec } from '../../../../chain/math';
import { canTakeRisk, health, markInstrument, standardPerContract, standardPosition } from '../../../../modules/margin/risk';
import { byId, d, market, option, PARAMS, pos } from './fixtures';

// Spot S = 100. Add-ons per unit of underlying, by hand:
//   short call IM add-on = max(0.15·S − OTM, 0.10·S), OTM = max(K − S, 0);   MM add-on = 0.075·S = 7.5
//   short put  IM add-on = max(0.15·K − OTM·K/S, 0.10·K), OTM = max(S − K, 0); MM add-on = 0.075·K
const CASES: [kind: 'call' | 'put', strike: string, im: string, mm: string, why: string][] = [
  ['call', '90', '15', '7.5', 'ITM: OTM 0 → 0.15·100 = 15'],
  ['call', '100', '15', '7.5', 'ATM: 0.15·100 = 15'],
  ['call', '102', '13', '7.5', 'OTM 2: 15 − 2 = 13 > 10'],
  ['call', '105', '10', '7.5', 'OTM 5: 15 − 5 = 10 = floor'],
  ['call', '110', '10', '7.5', 'OTM 10: 15 − 10 = 5, floor 0.10·100 = 10 binds'],
  ['put', '110', '16.5', '8.25', 'ITM: 0.15·110 = 16.5; MM 0.075·110 = 8.25'],
  ['put', '100', '15', '7.5', 'ATM: 0.15·100 = 15'],
  ['put', '98', '12.74', '7.35', 'OTM 2: 0.15·98 − 2·98/100 = 14.7 − 1.96 = 12.74 > 9.8; MM 7.35'],
  ['put', '90', '9', '6.75', 'OTM 10: 13.5 − 9 = 4.5, floor 0.10·90 = 9 binds; MM 6.75'],
];

describe('standard margin', () => {
  const m = market();
  test.each(CASES)('short %s K=%s: IM = mark + %s, MM = mark + %s (%s)', (kind, strike, im, mm) => {
    const ins = option(kind, strike);
    const mk = markInstrument(ins, m);
    const per = standardPerContract(ins, mk, m.spot, PARAMS.standard);
    expect(per.shortIm.toString()).toBe(mk.markUp.add(d(im)).toString());
    expect(per.shortMm.toString()).toBe(mk.markUp.add(d(mm)).toString());
    // × |size|: 3 short contracts
    const p = standardPosition(-3n, per);
    expect(p.im.toString()).toBe(mk.markUp.add(d(im)).mulInt(3n).toString());
    expect(p.mm.toString()).toBe(mk.markUp.add(d(mm)).mulInt(3n).toString());
    expect(p.equity.toString()).toBe(mk.markUp.mulInt(-3n).toString());
  });

  test('per contract × contractSize: 0.1 BTC contracts, short 7 calls K=102 → 7·(mark·0.1 + 13·0.1)', () => {
    const ins = option('call', '102', undefined, '0.1');
    const mk = markInstrument(ins, m);
    const p = standardPosition(-7n, standardPerContract(ins, mk, m.spot, PARAMS.standard));
    expect(p.im.toString()).toBe(mk.markUp.add(d('1.3')).mulInt(7n).toString());
    expect(p.mm.toString()).toBe(mk.markUp.add(d('0.75')).mulInt(7n).toString());
  });

  test('a long option has no requirement and counts as equity at (1 − 0.5)·mark', () => {
    const ins = option('call', '100');
    const mk = markInstrument(ins, m);
    const p = standardPosition(4n, standardPerContract(ins, mk, m.spot, PARAMS.standard));
    expect(p.im.isZero() && p.mm.isZero()).toBe(true);
    expect(p.equity.toString()).toBe(mk.markDown.mul(d('0.5'), 'down').mulInt(4n).toString());
  });

  test('health in standard mode: collateral at its haircut + position values; spreads are not recognised', () => {
    const short = option('call', '100');
    const long = option('call', '110');
    const mS = markInstrument(short, m);
    const mL = markInstrument(long, m);
    // 1,000 USDC = 1,000,000,000 uusdc at price 1 with a 2% haircut: 980
    const h = health({
      collateral: [{ denom: 'uusdc', amount: 1_000_000_000n, price: d('1'), haircut: d('0.02'), decimals: 6 }],
      positions: [pos(long, 2n), pos(short, -2n)],
      instruments: byId([short, long]),
      markets: new Map([['BTC/USD', m]]),
      params: PARAMS,
      mode: 'standard',
    });
    expect(h.collateralValue.toString()).toBe('980');
    // equity = 980 − 2·mark(100) + 2·0.5·mark(110)
    expect(h.equity.toString()).toBe(d('980').sub(mS.markUp.mulInt(2n)).add(mL.markDown.mul(d('0.5'), 'down').mulInt(2n)).toString());
    // the short call carries its full requirement although the long call covers it: 2·(mark + 15)
    expect(h.im.toString()).toBe(mS.markUp.add(d('15')).mulInt(2n).toString());
    expect(h.mm.toString()).toBe(mS.markUp.add(d('7.5')).mulInt(2n).toString());
    const row = h.positions.find((p) => p.id === short.id)!;
    expect(row.mark.toString()).toBe(mS.mark.mulInt(-2n).toString());
    expect(row.delta.toString()).toBe(mS.delta.mulInt(-2n).toString());
    expect(h.positions.map((p) => p.id)).toEqual([short.id, long.id].sort());
    expect(canTakeRisk(h)).toBe(true);
    expect(canTakeRisk({ equity: h.im.sub(Dec.fromRaw(1n)), im: h.im })).toBe(false);
    expect(canTakeRisk({ equity: h.im, im: h.im })).toBe(true);
  });

  test('collateral value rounds down: 1 uusdc at price 0.999999 → 0.000000999999; 3 units of an 18-decimal token', () => {
    const h = (amount: bigint, price: string, decimals: number, haircut = '0') =>
      health({ collateral: [{ denom: 'x', amount, price: d(price), haircut: d(haircut), decimals }], positions: [], instruments: new Map(), markets: new Map(), params: PARAMS, mode: 'standard' }).equity.toString();
    expect(h(1n, '0.999999', 6)).toBe('0.000000999999');
    expect(h(3n, '0.3', 18, '0.5')).toBe('0'); // 3e-18 · 0.3 · 0.5 = 4.5e-19 → 0
    expect(h(10n ** 18n, '2500', 18, '0.1')).toBe('2250');
  });
});
