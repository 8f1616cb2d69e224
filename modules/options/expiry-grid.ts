// The expiry grid (params expiry_period_seconds, expiry_offset_seconds): instruments expire only at
// offset + k × period (Unix seconds). The default grid, 86400 and 28800, is every day at 08:00 UTC; a devnet
// may use a grid of seconds or minutes so that a test reaches an expiry.
import type { Params } from '../../proto/gen/settle/options/v1/types';

export interface ExpiryGrid {
  period: bigint;
  offset: bigint;
}

export const DAY_SECONDS = 86_400n;
export const DEFAULT_EXPIRY_GRID: ExpiryGrid = { period: DAY_SECONDS, offset: 8n * 3_600n };
export const MIN_EXPIRY_PERIOD = 60n;
/** A leap year: the longest grid period accepted. */
export const MAX_EXPIRY_PERIOD = 366n * DAY_SECONDS;

export function expiryGrid(p: Pick<Params, 'expiryPeriodSeconds' | 'expiryOffsetSeconds'>): ExpiryGrid {
  return { period: p.expiryPeriodSeconds, offset: p.expiryOffsetSeconds };
}

/** A grid the params may hold; undefined when valid, else why not. */
export function gridProblem(g: ExpiryGrid): string | undefined {
  if (g.period < MIN_EXPIRY_PERIOD || g.period > MAX_EXPIRY_PERIOD) return `expiry_period_seconds must be ${MIN_EXPIRY_PERIOD}..${MAX_EXPIRY_PERIOD}, got ${g.period}`;
  if (g.offset < 0n || g.offset >= g.period) return `expiry_offset_seconds must be 0..expiry_period_seconds − 1 (${g.period - 1n}), got ${g.offset}`;
  return undefined;
}

export function onGrid(expiry: bigint, g: ExpiryGrid): boolean {
  return expiry > 0n && expiry >= g.offset && (expiry - g.offset) % g.period === 0n;
}

/** A daily grid (any time of day): the listing schedule's daily, weekly and monthly expiries apply to it. */
export function isDailyGrid(g: ExpiryGrid): boolean {
  return g.period === DAY_SECONDS;
}

/** The first `count` grid points strictly after `t`. */
export function nextGridPoints(t: bigint, g: ExpiryGrid, count: number): bigint[] {
  const k = t < g.offset ? 0n : (t - g.offset) / g.period + 1n;
  return Array.from({ length: count }, (_, i) => g.offset + (k + BigInt(i)) * g.period);
}
