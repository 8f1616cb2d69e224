/** RFC 3339 UTC with second precision, as the SDK's TxResponse.timestamp; computed without Date. */
export function rfc3339(seconds: bigint): string {
  const days = seconds >= 0n ? seconds / 86400n : (seconds - 86399n) / 86400n;
  const rem = Number(seconds - days * 86400n);
  // civil date from days since 1970-01-01 (Howard Hinnant's algorithm)
  const z = Number(days) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(Math.floor(rem / 3600))}:${pad(Math.floor((rem % 3600) / 60))}:${pad(rem % 60)}Z`;
}

/** RFC 3339 UTC with nanoseconds, for ns since the epoch (block times in logs and errors). */
export function rfc3339Nanos(ns: bigint): string {
  const seconds = ns >= 0n ? ns / 1_000_000_000n : (ns - 999_999_999n) / 1_000_000_000n;
  const nanos = (ns - seconds * 1_000_000_000n).toString().padStart(9, '0');
  return rfc3339(seconds).replace(/Z$/, `.${nanos}Z`);
}
