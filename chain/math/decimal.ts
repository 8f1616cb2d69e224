import { MathError } from './errors';
import { divRound, Rounding } from './rounding';

/** Fractional digits of a Dec. */
export const DECIMALS = 18;
/** 10^18: the raw value of 1. */
export const SCALE = 10n ** 18n;
/** Largest raw magnitude: a Dec always fits a signed 256-bit integer (|value| < 2^255 / 10^18 ≈ 5.79e58). */
export const MAX_RAW = (1n << 255n) - 1n;

const DECIMAL_RE = /^(-)?(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

function checked(raw: bigint): bigint {
  if (raw > MAX_RAW || raw < -MAX_RAW) throw new MathError('overflow', 'decimal beyond ±(2^255-1)·10^-18');
  return raw;
}

/**
 * A signed fixed-point decimal with 18 fractional digits: value = raw / 10^18, raw a bigint with |raw| <= 2^255 - 1.
 * Immutable. Every operation that can lose digits takes an explicit rounding mode.
 */
export class Dec {
  static readonly ZERO = new Dec(0n);
  static readonly ONE = new Dec(SCALE);

  private constructor(readonly raw: bigint) {}

  /** The Dec whose raw value (value × 10^18) is `raw`. */
  static fromRaw(raw: bigint): Dec {
    return new Dec(checked(raw));
  }

  /** An integer as a Dec (a number must be a safe integer). */
  static fromInt(n: bigint | number): Dec {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new MathError('domain', `not a safe integer: ${n}`);
    return new Dec(checked(BigInt(n) * SCALE));
  }

  /**
   * Parses `-?(0|[1-9][0-9]*)(.[0-9]+)?` (no exponent, sign only '-', no leading zeros).
   * More than 18 fractional digits is an error unless `rounding` says how to drop them.
   */
  static parse(text: string, rounding?: Rounding): Dec {
    const m = DECIMAL_RE.exec(text);
    if (!m) throw new MathError('parse', `not a decimal: ${JSON.stringify(text.length > 80 ? text.slice(0, 80) + '…' : text)}`);
    const frac = m[3] ?? '';
    let raw: bigint;
    if (frac.length <= DECIMALS) {
      raw = BigInt(m[2] + frac.padEnd(DECIMALS, '0'));
      if (m[1]) raw = -raw;
    } else {
      if (!rounding) throw new MathError('parse', `more than ${DECIMALS} fractional digits: ${text.slice(0, 80)}`);
      let exact = BigInt(m[2] + frac);
      if (m[1]) exact = -exact;
      raw = divRound(exact, 10n ** BigInt(frac.length - DECIMALS), rounding);
    }
    return new Dec(checked(raw));
  }

  add(o: Dec): Dec {
    return new Dec(checked(this.raw + o.raw));
  }

  sub(o: Dec): Dec {
    return new Dec(checked(this.raw - o.raw));
  }

  mul(o: Dec, rounding: Rounding): Dec {
    return new Dec(checked(divRound(this.raw * o.raw, SCALE, rounding)));
  }

  div(o: Dec, rounding: Rounding): Dec {
    if (o.raw === 0n) throw new MathError('division-by-zero', 'decimal division by zero');
    return new Dec(checked(divRound(this.raw * SCALE, o.raw, rounding)));
  }

  /** Exact product with an integer. */
  mulInt(n: bigint): Dec {
    return new Dec(checked(this.raw * n));
  }

  /** Quotient by an integer, rounded. */
  divInt(n: bigint, rounding: Rounding): Dec {
    if (n === 0n) throw new MathError('division-by-zero', 'decimal division by zero');
    return new Dec(divRound(this.raw, n, rounding));
  }

  neg(): Dec {
    return new Dec(-this.raw);
  }

  abs(): Dec {
    return this.raw < 0n ? new Dec(-this.raw) : this;
  }

  /** -1, 0 or 1. */
  cmp(o: Dec): number {
    return this.raw < o.raw ? -1 : this.raw > o.raw ? 1 : 0;
  }
  eq(o: Dec): boolean {
    return this.raw === o.raw;
  }
  lt(o: Dec): boolean {
    return this.raw < o.raw;
  }
  lte(o: Dec): boolean {
    return this.raw <= o.raw;
  }
  gt(o: Dec): boolean {
    return this.raw > o.raw;
  }
  gte(o: Dec): boolean {
    return this.raw >= o.raw;
  }
  isZero(): boolean {
    return this.raw === 0n;
  }
  isNegative(): boolean {
    return this.raw < 0n;
  }
  isPositive(): boolean {
    return this.raw > 0n;
  }
  /** True when the value has no fractional part. */
  isInteger(): boolean {
    return this.raw % SCALE === 0n;
  }

  static min(a: Dec, b: Dec): Dec {
    return a.raw <= b.raw ? a : b;
  }
  static max(a: Dec, b: Dec): Dec {
    return a.raw >= b.raw ? a : b;
  }

  /** The value rounded to an integer. */
  toBigInt(rounding: Rounding): bigint {
    return divRound(this.raw, SCALE, rounding);
  }

  /** Rounded to `digits` fractional digits (0..18). */
  round(digits: number, rounding: Rounding): Dec {
    if (!Number.isInteger(digits) || digits < 0 || digits > DECIMALS) throw new MathError('domain', `digits must be 0..18: ${digits}`);
    const unit = 10n ** BigInt(DECIMALS - digits);
    return new Dec(checked(divRound(this.raw, unit, rounding) * unit));
  }

  /** Canonical form: no exponent, no trailing fractional zeros, no '.' for integers; `Dec.parse` inverts it. */
  toString(): string {
    const neg = this.raw < 0n;
    const abs = neg ? -this.raw : this.raw;
    const int = abs / SCALE;
    const frac = (abs % SCALE).toString().padStart(DECIMALS, '0').replace(/0+$/, '');
    return (neg ? '-' : '') + int.toString() + (frac ? '.' + frac : '');
  }

  /** Exactly `digits` fractional digits, rounded. */
  toFixed(digits: number, rounding: Rounding): string {
    const r = this.round(digits, rounding);
    const neg = r.raw < 0n;
    const abs = neg ? -r.raw : r.raw;
    const int = (abs / SCALE).toString();
    const frac = (abs % SCALE).toString().padStart(DECIMALS, '0').slice(0, digits);
    return (neg ? '-' : '') + int + (digits > 0 ? '.' + frac : '');
  }

  toJSON(): string {
    return this.toString();
  }
}

/** Shorthand for `Dec.parse`. */
export function dec(text: string): Dec {
  return Dec.parse(text);
}
