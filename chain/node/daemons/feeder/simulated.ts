/**
 * SIMULATED market data for devnets and localnets: clearly not a real market. Prices follow a
 * multi-scale value-noise walk — for each time scale (5 s … 1 day) a pseudo-random level in [-1, 1]
 * per bucket, from sha256(seed, market, scale, bucket), linearly interpolated — and
 * price = base · exp(volatility · Σ amplitude·level). Everything is a function of (seed, whole
 * second of the wall clock): nodes with the same seed report the same price in the same second,
 * and the path is continuous and O(1) to evaluate. Exact Dec arithmetic (chain/math), no floats.
 */
import { createHash } from 'node:crypto';
import { Dec, exp, validateSvi, type SviParams } from '../../../math';
import type { FeedSlice } from '../../../../modules/oracle/feed';

const BASE: Record<string, string> = { 'BTC/USD': '97000', 'ETH/USD': '3400', 'SOL/USD': '180', 'ATOM/USD': '6.5' };
const ATM_VOL: Record<string, string> = { 'BTC/USD': '0.55', 'ETH/USD': '0.7' };
const SKEW: Record<string, string> = { 'BTC/USD': '-0.3', 'ETH/USD': '-0.4' };
/** [period seconds, amplitude of log-price] */
const SCALES: [number, string][] = [
  [5, '0.0008'],
  [60, '0.003'],
  [900, '0.008'],
  [3600, '0.015'],
  [86400, '0.04'],
];
const DAY = 86_400;
const YEAR_SECONDS = 31_557_600n;

/** A level in [-1, 1] for (seed, market, scale, bucket). */
function level(seed: string, market: string, scale: number, bucket: number): Dec {
  const h = createHash('sha256').update(`${seed}\u0000${market}\u0000${scale}\u0000${bucket}`).digest();
  const u = h.readBigUInt64BE(0) % 2_000_000_000_000_000_001n; // 0 … 2·10^18
  return Dec.fromRaw(u - 1_000_000_000_000_000_000n);
}

/** Σ amplitude·interpolated level at second t. */
export function noise(seed: string, market: string, t: number, scales = SCALES): Dec {
  let sum = Dec.ZERO;
  for (const [period, amp] of scales) {
    const bucket = Math.floor(t / period);
    const frac = Dec.fromInt(t - bucket * period).divInt(BigInt(period), 'half-even');
    const a = level(seed, market, period, bucket);
    const b = level(seed, market, period, bucket + 1);
    const lv = a.add(b.sub(a).mul(frac, 'half-even'));
    sum = sum.add(lv.mul(Dec.parse(amp), 'half-even'));
  }
  return sum;
}

/** The simulated price of a market at Unix second t. */
export function simulatedPrice(seed: string, market: string, t: number, volatility = Dec.ONE): Dec {
  const base = Dec.parse(BASE[market] ?? '100');
  return base.mul(exp(noise(seed, market, t).mul(volatility, 'half-even')), 'half-even').round(8, 'half-even');
}

/**
 * The next `count` Fridays 08:00 UTC after t (the usual crypto option expiries). Reported until the
 * expiry itself, so that an option in its last hour is still marked with a vol.
 */
export function fridayExpiries(t: number, count = 4): number[] {
  const day = Math.floor(t / DAY);
  const dow = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  let friday = (day + ((5 - dow + 7) % 7)) * DAY + 8 * 3600;
  while (friday <= t) friday += 7 * DAY;
  return Array.from({ length: count }, (_, i) => friday + i * 7 * DAY);
}

/**
 * The expiry grid of the chain the simulated market reports for (the options params
 * expiry_period_seconds and expiry_offset_seconds, given in the source's config).
 */
export interface SimulatedGrid {
  periodSeconds: number;
  offsetSeconds: number;
}

/** The daily 08:00 UTC grid: the market reports Fridays, as crypto option markets list. */
export const DEFAULT_SIMULATED_GRID: SimulatedGrid = { periodSeconds: DAY, offsetSeconds: 8 * 3600 };

/** The expiries reported at t: Fridays on the default grid, else the next `count` points of the grid after t. */
export function simulatedExpiries(t: number, grid: SimulatedGrid = DEFAULT_SIMULATED_GRID, count = 4): number[] {
  if (grid.periodSeconds === DEFAULT_SIMULATED_GRID.periodSeconds && grid.offsetSeconds === DEFAULT_SIMULATED_GRID.offsetSeconds) return fridayExpiries(t, count);
  const k = t < grid.offsetSeconds ? 0 : Math.floor((t - grid.offsetSeconds) / grid.periodSeconds) + 1;
  return Array.from({ length: count }, (_, i) => grid.offsetSeconds + (k + i) * grid.periodSeconds);
}

/**
 * A simulated SVI surface: per expiry T (years), total ATM variance σ²T with σ the market's ATM vol
 * moved by the slow part of the walk; a = ½σ²T, b = 5σ²T, ρ the market's skew, m = 0, sigma = 0.1.
 * Every slice passes chain/math's validateSvi.
 */
export function simulatedSurface(seed: string, market: string, t: number, grid: SimulatedGrid = DEFAULT_SIMULATED_GRID): FeedSlice[] {
  const atm = Dec.parse(ATM_VOL[market] ?? '0.6').mul(exp(noise(seed, `${market}/vol`, t, SCALES.slice(2))), 'half-even');
  const rho = Dec.parse(SKEW[market] ?? '-0.2');
  const out: FeedSlice[] = [];
  for (const expiry of simulatedExpiries(t, grid)) {
    const T = Dec.fromInt(expiry - t).divInt(YEAR_SECONDS, 'half-even');
    const v = atm.mul(atm, 'half-even').mul(T, 'half-even');
    const params: SviParams = { a: v.divInt(2n, 'half-even').round(8, 'down'), b: v.mulInt(5n).round(8, 'down'), rho, m: Dec.ZERO, sigma: Dec.parse('0.1') };
    try {
      validateSvi(params, T);
      out.push({ expiry, params });
    } catch {
      // not reported
    }
  }
  return out;
}
