// Market-maker protection (Deribit's MMP), applied at fill time. Per subaccount and underlying the
// maker's fills are counted over an interval: gross contracts, and net delta and net vega (signed,
// from the maker's side). The fill that reaches a limit still executes; from then on the maker's orders
// on that underlying are refused as makers, cancelled, and new ones refused until the freeze ends.
// Within one taker's matching the engine asks `allows` before every fill and `count` tracks the fills
// it allowed, so a limit stops the maker in the middle of a sweep, not only at the next block.
import { Dec } from '../../chain/math';
import { MmpConfig, MmpState, Side } from '../../proto/gen/settle/options/v1/types';
import { OptionsErrors } from './errors';
import { MARKET, parseDec } from './params';

export interface Greeks {
  delta: Dec;
  vega: Dec;
}

export const ZERO_GREEKS: Greeks = { delta: Dec.ZERO, vega: Dec.ZERO };

export const EMPTY_MMP: MmpState = { windowStart: 0n, quantity: 0n, delta: '0', vega: '0', frozenUntil: 0n };

export function validateMmpConfig(c: MmpConfig): void {
  const bad = (why: string) => OptionsErrors.invalidMmp.wrap(`${c.underlying}: ${why}`);
  if (!MARKET.test(c.underlying)) throw bad('underlying must look like BTC/USD');
  if (c.intervalSeconds < 0n || c.intervalSeconds > 86_400n) throw bad('interval_seconds must be 0 (off) .. 86400');
  if (c.frozenSeconds < 0n || c.frozenSeconds > 86_400n) throw bad('frozen_seconds must be 0 .. 86400');
  for (const [v, what] of [[c.deltaLimit, 'delta_limit'], [c.vegaLimit, 'vega_limit']] as const) {
    if (parseDec(v === '' ? '0' : v, what).isNegative()) throw bad(`${what} must not be negative`);
  }
}

/** The counts after one more fill of `size` contracts on the maker's `side` with per-contract Greeks. */
export function countFill(c: MmpConfig, s: MmpState, now: bigint, side: Side, size: bigint, g: Greeks): MmpState {
  const fresh = now - s.windowStart >= c.intervalSeconds;
  const base = fresh ? { ...EMPTY_MMP, windowStart: now, frozenUntil: s.frozenUntil } : s;
  const signed = side === Side.SIDE_BUY ? size : -size;
  return {
    ...base,
    quantity: base.quantity + size,
    delta: Dec.parse(base.delta).add(g.delta.mulInt(signed)).toString(),
    vega: Dec.parse(base.vega).add(g.vega.mulInt(signed)).toString(),
  };
}

/** Whether the counts reached a limit (zero limits are off). */
export function limitReached(c: MmpConfig, s: MmpState): boolean {
  if (c.quantityLimit > 0n && s.quantity >= c.quantityLimit) return true;
  const over = (value: string, limit: string) => limit !== '' && !Dec.parse(limit).isZero() && Dec.parse(value).abs().gte(Dec.parse(limit));
  return over(s.delta, c.deltaLimit) || over(s.vega, c.vegaLimit);
}

export function isFrozen(s: MmpState, now: bigint): boolean {
  return s.frozenUntil > now;
}
