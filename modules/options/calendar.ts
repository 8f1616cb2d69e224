// Calendar arithmetic on Unix seconds, in integers (no Date: the same answer on every machine and
// runtime). Days from the civil date, after Howard Hinnant's chrono algorithms.
const DAY = 86_400n;

/** The UTC calendar date of a Unix time. */
export function civilDate(seconds: bigint): { year: number; month: number; day: number } {
  const z = floorDiv(seconds, DAY) + 719_468n;
  const era = floorDiv(z, 146_097n);
  const doe = z - era * 146_097n;
  const yoe = (doe - doe / 1_460n + doe / 36_524n - doe / 146_096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const day = doy - (153n * mp + 2n) / 5n + 1n;
  const month = mp < 10n ? mp + 3n : mp - 9n;
  const year = yoe + era * 400n + (month <= 2n ? 1n : 0n);
  return { year: Number(year), month: Number(month), day: Number(day) };
}

/** Days since 1970-01-01 of a civil date. */
export function daysFromCivil(year: number, month: number, day: number): bigint {
  const y = BigInt(month <= 2 ? year - 1 : year);
  const era = floorDiv(y, 400n);
  const yoe = y - era * 400n;
  const m = BigInt(month);
  const doy = (153n * (m > 2n ? m - 3n : m + 9n) + 2n) / 5n + BigInt(day) - 1n;
  const doe = yoe * 365n + yoe / 4n - yoe / 100n + doy;
  return era * 146_097n + doe - 719_468n;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(seconds: bigint): number {
  return Number((floorDiv(seconds, DAY) + 4n) % 7n);
}

/** "YYYYMMDD" of a Unix time (UTC). */
export function yyyymmdd(seconds: bigint): string {
  const { year, month, day } = civilDate(seconds);
  return `${year}`.padStart(4, '0') + `${month}`.padStart(2, '0') + `${day}`.padStart(2, '0');
}

/** "HHMMSS" of a Unix time (UTC). */
export function hhmmss(seconds: bigint): string {
  const s = seconds - floorDiv(seconds, DAY) * DAY;
  return [s / 3_600n, (s / 60n) % 60n, s % 60n].map((x) => `${x}`.padStart(2, '0')).join('');
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
