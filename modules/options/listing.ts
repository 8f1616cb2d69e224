// The listing schedule: at the end of every block, for each scheduled underlying, the module lists calls
// and puts at the oracle surface's scheduled expiries on the expiry grid, at `strikes_each_side` strikes
// either side of the at-the-money strike (the index rounded to the strike step). On a daily grid (the
// default: 08:00 UTC) the scheduled expiries are the nearest `daily` ones, the nearest `weekly` Fridays and
// `monthly` last Fridays of a month; on any other grid (a devnet's minutes) the nearest `daily` grid points.
// An expiry is listed only while more than a settlement window away, so trading starts before the window
// that fixes its settlement price. As the index moves, new strikes appear; nothing listed is ever removed
// before expiry.
import { Dec } from '../../chain/math';
import type { Context } from '../../chain/sdk';
import { InstrumentStatus, OptionKind, type ListingSchedule } from '../../proto/gen/settle/options/v1/types';
import { civilDate, weekday } from './calendar';
import { DAY_SECONDS as DAY, DEFAULT_EXPIRY_GRID, expiryGrid, isDailyGrid, onGrid, type ExpiryGrid } from './expiry-grid';
import { instrumentId } from './instruments';
import type { OptionsKeeper } from './keeper';
import { parseDec } from './params';

const FRIDAY = 5;

/** The expiries to list out of the surface's (on the grid, strictly after `after`), in increasing order. */
export function scheduledExpiries(surface: readonly bigint[], after: bigint, s: Pick<ListingSchedule, 'daily' | 'weekly' | 'monthly'>, grid: ExpiryGrid = DEFAULT_EXPIRY_GRID): bigint[] {
  const live = [...new Set(surface)].filter((e) => e > after && onGrid(e, grid)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!isDailyGrid(grid)) return live.slice(0, s.daily);
  const fridays = live.filter((e) => weekday(e) === FRIDAY);
  const lastFridays = fridays.filter((e) => civilDate(e + 7n * DAY).month !== civilDate(e).month);
  const picked = new Set([...live.slice(0, s.daily), ...fridays.slice(0, s.weekly), ...lastFridays.slice(0, s.monthly)]);
  return live.filter((e) => picked.has(e));
}

/** Strikes around the index: the at-the-money multiple of `step` and `each` steps either side (positive only). */
export function scheduledStrikes(index: Dec, step: Dec, each: number): Dec[] {
  const atm = index.div(step, 'half-even').round(0, 'half-even').mul(step, 'half-even');
  const out: Dec[] = [];
  for (let k = -each; k <= each; k++) {
    const strike = atm.add(step.mulInt(BigInt(k)));
    if (strike.isPositive()) out.push(strike);
  }
  return out;
}

/** Lists what the schedule asks for and is not listed yet; returns how many were listed. */
export function runListingSchedule(keeper: OptionsKeeper, ctx: Context): number {
  const params = keeper.params(ctx);
  const now = keeper.oracle.nowSeconds(ctx);
  const grid = expiryGrid(params);
  let listed = 0;
  for (const s of params.listings) {
    const index = keeper.oracle.price(ctx, s.underlying);
    const surface = keeper.oracle.surfaceExpiries(ctx, s.underlying);
    if (!index || index.stale || !index.price.isPositive() || surface.length === 0) continue;
    const strikes = scheduledStrikes(index.price, parseDec(s.strikeStep, 'strike_step'), s.strikesEachSide);
    for (const expiry of scheduledExpiries(surface, now + params.settlementWindowSeconds, s, grid)) {
      for (const strike of strikes) {
        for (const kind of [OptionKind.OPTION_KIND_CALL, OptionKind.OPTION_KIND_PUT]) {
          const id = instrumentId(s.underlying, expiry, strike, kind);
          if (keeper.instrument(ctx, id)) continue;
          keeper.list(ctx, {
            id,
            underlying: s.underlying,
            expiry,
            strike: strike.toString(),
            kind,
            contractSize: s.contractSize,
            tickSize: s.tickSize,
            minSize: s.minSize,
            openInterestCap: s.openInterestCap,
            status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
            settlementPrice: '',
          });
          listed++;
        }
      }
    }
  }
  return listed;
}
