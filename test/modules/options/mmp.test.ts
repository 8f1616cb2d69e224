// Market-maker protection's counting rules: the interval window, gross quantity, net delta and vega
// from the maker's side, and which limits are checked.
import { Dec } from '../../../chain/math';
import { countFill, EMPTY_MMP, isFrozen, limitReached } from '../../../modules/options/mmp';
import { MmpConfig, Side } from '../../../proto/gen/settle/options/v1/types';

const config: MmpConfig = { owner: 'x', subaccount: 0, underlying: 'BTC/USD', intervalSeconds: 10n, frozenSeconds: 5n, quantityLimit: 0n, deltaLimit: '0.5', vegaLimit: '' };
const g = { delta: Dec.parse('0.02'), vega: Dec.parse('1.5') };

describe('market-maker protection counts', () => {
  it('nets delta from the maker side and checks only the limits that are set', () => {
    let s = countFill(config, EMPTY_MMP, 100n, Side.SIDE_SELL, 10n, g); // sold 10: delta −0.2
    expect([s.quantity, s.delta, s.vega, s.windowStart]).toEqual([10n, '-0.2', '-15', 100n]);
    s = countFill(config, s, 105n, Side.SIDE_BUY, 5n, g); // bought back 5: net −0.1
    expect(s.delta).toBe('-0.1');
    expect(limitReached(config, s)).toBe(false); // the quantity limit is off, vega's is unset
    s = countFill(config, s, 109n, Side.SIDE_SELL, 20n, g); // net −0.5: |−0.5| ≥ 0.5
    expect(limitReached(config, s)).toBe(true);
    expect(limitReached({ ...config, deltaLimit: '0' }, s)).toBe(false);
    expect(limitReached({ ...config, deltaLimit: '', quantityLimit: 35n }, s)).toBe(true);
  });

  it('a new interval starts the counts again but keeps a freeze', () => {
    const frozen = { ...countFill(config, EMPTY_MMP, 100n, Side.SIDE_SELL, 30n, g), frozenUntil: 200n };
    const later = countFill(config, frozen, 110n, Side.SIDE_BUY, 1n, g); // 10 s later: a new window
    expect([later.quantity, later.delta, later.windowStart, later.frozenUntil]).toEqual([1n, '0.02', 110n, 200n]);
    expect([isFrozen(later, 199n), isFrozen(later, 200n)]).toEqual([true, false]);
  });
});
