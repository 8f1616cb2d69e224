// The listing schedule's date and strike rules, and the calendar they use, against hand-checked dates.
import { Dec } from '../../../chain/math';
import { civilDate, daysFromCivil, weekday, yyyymmdd } from '../../../modules/options/calendar';
import { scheduledExpiries, scheduledStrikes } from '../../../modules/options/listing';
import { gridProblem, nextGridPoints, onGrid } from '../../../modules/options/expiry-grid';
import { expiryLabel } from '../../../modules/options/instruments';

const at8 = (y: number, m: number, d: number) => daysFromCivil(y, m, d) * 86_400n + 28_800n;

describe('calendar', () => {
  it('civil dates round-trip and weekdays are right', () => {
    expect(yyyymmdd(1_764_000_000n)).toBe('20251124');
    expect(weekday(at8(2026, 12, 25))).toBe(5); // Christmas 2026 is a Friday
    expect(weekday(at8(2000, 2, 29))).toBe(2); // a Tuesday
    for (let day = -800n; day < 80_000n; day += 37n) {
      const { year, month, day: d } = civilDate(day * 86_400n + 5n);
      expect(daysFromCivil(year, month, d)).toBe(day);
    }
  });
});

describe('listing schedule', () => {
  // the oracle's surface: every day at 08:00 from Thu 2026-12-03 for 70 days, plus one at 09:00 (ignored)
  const surface = Array.from({ length: 70 }, (_, i) => at8(2026, 12, 3) + BigInt(i) * 86_400n).concat([at8(2026, 12, 10) + 3_600n]);
  const now = at8(2026, 12, 4) - 3_600n; // Fri 07:00

  it('picks the nearest dailies, Fridays and last Fridays after now', () => {
    const got = scheduledExpiries(surface, now, { daily: 2, weekly: 2, monthly: 2 }).map(yyyymmdd);
    expect(got).toEqual(['20261204', '20261205', '20261211', '20261225', '20270129']);
  });

  it('strikes around the index at the step, positive only', () => {
    expect(scheduledStrikes(Dec.parse('97412.5'), Dec.parse('1000'), 2).map(String)).toEqual(['95000', '96000', '97000', '98000', '99000']);
    expect(scheduledStrikes(Dec.parse('120'), Dec.parse('50'), 3).map(String)).toEqual(['50', '100', '150', '200', '250']);
  });
});

describe('expiry grid', () => {
  const minute = { period: 60n, offset: 0n };

  it('grid points, validation and the id\'s date label', () => {
    expect(nextGridPoints(119n, minute, 3)).toEqual([120n, 180n, 240n]);
    expect(nextGridPoints(120n, minute, 2)).toEqual([180n, 240n]); // strictly after
    expect(nextGridPoints(5n, { period: 60n, offset: 30n }, 2)).toEqual([30n, 90n]);
    expect([onGrid(at8(2026, 12, 4), { period: 86_400n, offset: 28_800n }), onGrid(at8(2026, 12, 4) + 60n, { period: 86_400n, offset: 28_800n }), onGrid(at8(2026, 12, 4) + 60n, minute)]).toEqual([true, false, true]);
    expect(gridProblem({ period: 86_400n, offset: 28_800n })).toBeUndefined();
    expect(gridProblem({ period: 59n, offset: 0n })).toMatch(/expiry_period_seconds must be 60\.\./);
    expect(gridProblem({ period: 60n, offset: 60n })).toMatch(/expiry_offset_seconds must be 0\.\./);
    expect(gridProblem({ period: 60n, offset: -1n })).toMatch(/expiry_offset_seconds/);
    expect(expiryLabel(at8(2026, 12, 4))).toBe('20261204');
    expect(expiryLabel(at8(2026, 12, 4) + 3_723n)).toBe('20261204T090203');
    expect(expiryLabel(daysFromCivil(2026, 12, 5) * 86_400n)).toBe('20261205T000000');
  });

  it('on a grid other than daily the schedule lists the nearest `daily` grid points of the surface (weekly and monthly do not apply)', () => {
    const now = at8(2026, 12, 4);
    const surface = [now + 30n, now + 60n, now + 120n, now + 180n, now + 240n]; // now + 30 is off the minute grid
    expect(scheduledExpiries(surface, now + 10n, { daily: 2, weekly: 4, monthly: 2 }, minute)).toEqual([now + 60n, now + 120n]);
    // the default grid ignores them all (none is at 08:00)
    expect(scheduledExpiries(surface, now + 10n, { daily: 2, weekly: 4, monthly: 2 })).toEqual([]);
  });
});
