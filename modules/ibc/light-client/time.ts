/**
 * Time as CometBFT and ibc-go compare it, in integer nanoseconds (bigint): a protobuf Timestamp is
 * seconds·10⁹ + nanos since the Unix epoch, a Duration the same count. Never the wall clock: "now"
 * is the block time the caller passes in.
 */
import type { Duration } from 'cosmjs-types/google/protobuf/duration';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';

const NANOS = 1_000_000_000n;

/** Go's zero time.Time (0001-01-01T00:00:00Z) as protobuf seconds: what an absent commit signature carries. */
export const GO_ZERO_TIME_SECONDS = -62_135_596_800n;
/** 10000-01-01T00:00:00Z: the first second a protobuf Timestamp may not hold. */
const MAX_TIMESTAMP_SECONDS = 253_402_300_800n;

export function timestampNanos(t: Timestamp): bigint {
  return t.seconds * NANOS + BigInt(t.nanos);
}

export function durationNanos(d: Duration): bigint {
  return d.seconds * NANOS + BigInt(d.nanos);
}

export function nanosToTimestamp(ns: bigint): Timestamp {
  let seconds = ns / NANOS;
  let nanos = ns % NANOS;
  if (nanos < 0n) {
    seconds -= 1n;
    nanos += NANOS;
  }
  return { seconds, nanos: Number(nanos) };
}

/** A Timestamp Go's StdTimeFromProto accepts: 0001-01-01 ≤ t < 10000-01-01, 0 ≤ nanos < 10⁹. */
export function validTimestamp(t: Timestamp): boolean {
  return Number.isInteger(t.nanos) && t.nanos >= 0 && t.nanos < 1_000_000_000 && t.seconds >= GO_ZERO_TIME_SECONDS && t.seconds < MAX_TIMESTAMP_SECONDS;
}

export function isGoZeroTime(t: Timestamp): boolean {
  return t.seconds === GO_ZERO_TIME_SECONDS && t.nanos === 0;
}
