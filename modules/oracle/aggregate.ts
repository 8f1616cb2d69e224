import { Dec } from '../../chain/math';

export interface WeightedValue<T> {
  value: T;
  power: bigint;
}

/**
 * The stake-weighted (lower) median: sort by value and return the first value at which the
 * cumulative power reaches half of the total. Reporters holding less than half of the reporting
 * power cannot move it outside the range of the others' values. Ties keep input order (callers pass
 * reports ordered by validator address), so the result is deterministic.
 */
export function weightedMedian<T>(reports: WeightedValue<T>[], cmp: (a: T, b: T) => number): T | undefined {
  const live = reports.filter((r) => r.power > 0n);
  if (live.length === 0) return undefined;
  const sorted = live.map((r, i) => ({ ...r, i })).sort((a, b) => cmp(a.value, b.value) || a.i - b.i);
  const total = sorted.reduce((s, r) => s + r.power, 0n);
  let cum = 0n;
  for (const r of sorted) {
    cum += r.power;
    if (cum * 2n >= total) return r.value;
  }
  return sorted[sorted.length - 1].value;
}

export const medianDec = (reports: WeightedValue<Dec>[]): Dec | undefined => weightedMedian(reports, (a, b) => a.cmp(b));
export const medianBig = (reports: WeightedValue<bigint>[]): bigint | undefined => weightedMedian(reports, (a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** power / total ≥ share, exactly. */
export function meetsShare(power: bigint, total: bigint, share: Dec): boolean {
  return total > 0n && power * 10n ** 18n >= share.raw * total;
}
