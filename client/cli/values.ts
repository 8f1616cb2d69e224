// Parsers of the human values on settle's command line (amounts, prices, sides, times). Pure
// functions: each returns the chain's integer form or throws a CliError saying what it expected.
import { fromBech32 } from '@cosmjs/encoding';
import { CliError } from './errors';

export const MAX_UINT64 = (1n << 64n) - 1n;
const MAX_INT64 = (1n << 63n) - 1n;

export function parseUint(text: string, what: string, max = MAX_UINT64): bigint {
  if (!/^\d+$/.test(text.trim())) throw new CliError(`${what}: expected a non-negative integer, got '${text}'`);
  const n = BigInt(text.trim());
  if (n > max) throw new CliError(`${what}: ${text} is too large (at most ${max})`);
  return n;
}

export function parseUint32(text: string, what: string): number {
  return Number(parseUint(text, what, 0xffffffffn));
}

export function parseInt64(text: string, what: string): bigint {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) throw new CliError(`${what}: expected an integer, got '${text}'`);
  const n = BigInt(t);
  if (n > MAX_INT64 || n < -MAX_INT64 - 1n) throw new CliError(`${what}: ${text} is out of range`);
  return n;
}

/**
 * A decimal in display units to integer base units, exactly: `1.5` with 6 decimals → 1500000n.
 * More fractional digits than the unit has is an error, never a silent rounding.
 */
export function parseUnits(text: string, decimals: number, what: string, signed = false): bigint {
  const t = text.trim().replace(/_/g, '');
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new CliError(`${what}: expected a decimal number, got '${text}'`);
  if (m[1] && !signed) throw new CliError(`${what}: must not be negative, got '${text}'`);
  const frac = m[3] ?? '';
  if (frac.replace(/0+$/, '').length > decimals) throw new CliError(`${what}: ${text} has more than ${decimals} decimal places`);
  const units = BigInt((m[2] || '0') + frac.padEnd(decimals, '0').slice(0, decimals));
  return m[1] ? -units : units;
}

/** Integer base units back to a display decimal: 1500000n with 6 decimals → "1.5". */
export function formatUnits(units: bigint, decimals: number): string {
  const neg = units < 0n;
  const s = (neg ? -units : units).toString().padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** A denom the chain knows with its decimals (a collateral asset, the fee denom). */
export interface DenomUnit {
  denom: string;
  decimals: number;
}

/**
 * A coin as simd writes it, `1000000uusdc` (base units), or in display units, `1.5usdc` / `1.5 USDC`
 * when the chain lists `uusdc` with 6 decimals (display = the base denom without its `u`).
 */
export function parseCoin(text: string, units: readonly DenomUnit[], what = 'amount'): { denom: string; amount: bigint } {
  const m = /^\s*(-?[\d_]*\.?[\d_]*)\s*([A-Za-z][A-Za-z0-9/:._-]{1,127})\s*$/.exec(text);
  if (!m || !/\d/.test(m[1]!)) throw new CliError(`${what}: expected an amount with a denom such as 250usdc or 250000000uusdc, got '${text}'`);
  const [, number, denom] = m as unknown as [string, string, string];
  const base = units.find((u) => u.denom === denom);
  if (base) return { denom, amount: parseUnits(number, 0, `${what} (${denom} is in base units)`) };
  const display = units.find((u) => u.decimals > 0 && u.denom.startsWith('u') && u.denom.slice(1).toLowerCase() === denom.toLowerCase());
  if (display) return { denom: display.denom, amount: parseUnits(number, display.decimals, what) };
  if (units.length === 0 || /^[a-z]/.test(denom)) return { denom, amount: parseUnits(number, 0, what) };
  throw new CliError(`${what}: unknown denom '${denom}' (known: ${units.map((u) => u.denom).join(', ')})`);
}

/** Comma-separated coins (`1usdc,2usettle`), sorted by denom as the chain requires; a denom twice is an error. */
export function parseCoins(text: string, units: readonly DenomUnit[], what = 'amount'): { denom: string; amount: bigint }[] {
  const coins = text.split(',').map((c) => parseCoin(c, units, what));
  coins.sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
  for (let i = 1; i < coins.length; i++) if (coins[i]!.denom === coins[i - 1]!.denom) throw new CliError(`${what}: ${coins[i]!.denom} given twice`);
  return coins;
}

function choice<T>(text: string, what: string, table: Record<string, T>): T {
  const v = table[text.trim().toLowerCase()];
  if (v === undefined) throw new CliError(`${what}: expected one of ${Object.keys(table).join(', ')}, got '${text}'`);
  return v;
}

/** Enum values as the generated code numbers them (settle.options.v1). */
export const SIDES = { buy: 1, sell: 2 } as const;
export const TIME_IN_FORCE = { gtc: 1, gtt: 2, gtb: 3, ioc: 4, fok: 5 } as const;
export const SELF_TRADE_PREVENTION = { 'cancel-maker': 1, 'cancel-taker': 2, 'cancel-both': 3 } as const;

export const parseSide = (t: string): number => choice(t, 'side', SIDES);
export const parseTimeInForce = (t: string): number => choice(t, 'time in force', TIME_IN_FORCE);
export const parseSelfTradePrevention = (t: string): number => choice(t, 'self-trade prevention', SELF_TRADE_PREVENTION);

/** A time as Unix seconds or an ISO-8601 date (`2026-12-11T08:00:00Z`) → Unix seconds. */
export function parseTime(text: string, what: string): bigint {
  if (/^\d+$/.test(text.trim())) return parseUint(text, what, MAX_INT64);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new CliError(`${what}: expected Unix seconds or an ISO date, got '${text}'`);
  return BigInt(Math.floor(ms / 1000));
}

export function isAddress(text: string): boolean {
  try {
    return fromBech32(text).prefix === 'settle';
  } catch {
    return false;
  }
}

/** `BTC-20261211-100000-C:buy:2` → a combo leg (ratio 1 when left out). */
export function parseLeg(text: string): { instrumentId: string; side: number; ratio: bigint } {
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3 || !parts[0]) throw new CliError(`leg: expected INSTRUMENT:buy|sell[:RATIO], got '${text}'`);
  return { instrumentId: parts[0], side: parseSide(parts[1]!), ratio: parts[2] === undefined ? 1n : parseUint(parts[2], 'leg ratio') };
}

/** `instrument=X,side=buy,price=1.5,size=2` → the pairs, keys checked against `allowed`. */
export function parseKeyValues(text: string, allowed: readonly string[], what: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(',')) {
    const [k, ...rest] = part.split('=');
    const key = k!.trim();
    if (!allowed.includes(key)) throw new CliError(`${what}: unknown key '${key}' (expected ${allowed.join(', ')})`);
    out.set(key, rest.length === 0 ? 'true' : rest.join('=').trim());
  }
  return out;
}
