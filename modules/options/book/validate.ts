// Input checks: every malformed order is OptionsErrors.invalidOrder, thrown before the book changes.
import { OptionsErrors } from '../errors';
import type { OrderInput, RestingOrder, StpMode, TakeSpec, TimeInForce } from './types';

const TIFS: ReadonlySet<string> = new Set<TimeInForce>(['GTC', 'GTT', 'GTB', 'IOC', 'FOK']);
const STPS: ReadonlySet<string> = new Set<StpMode>(['cancel-maker', 'cancel-taker', 'decrement-both']);

function bad(id: unknown, what: string): never {
  throw OptionsErrors.invalidOrder.wrap(`order ${typeof id === 'string' ? JSON.stringify(id) : '?'}: ${what}`);
}

export function isPositiveSafe(n: unknown): n is number {
  return Number.isSafeInteger(n) && (n as number) > 0;
}

/** Checks what an order is made of; `resting` for orders that rest as given (restore): no IOC/FOK. */
function checkCommon(o: OrderInput | RestingOrder, tif: TimeInForce, resting: boolean): void {
  const id = o.id;
  if (typeof id !== 'string' || id.length === 0) bad(id, 'id must be a non-empty string');
  if (typeof o.owner !== 'string' || o.owner.length === 0) bad(id, 'owner must be a non-empty string');
  if (o.side !== 'buy' && o.side !== 'sell') bad(id, `side must be buy or sell, got ${String(o.side)}`);
  if (!isPositiveSafe(o.price)) bad(id, `price must be a positive safe integer (ticks), got ${String(o.price)}`);
  if (!isPositiveSafe(o.size)) bad(id, `size must be a positive safe integer (lots), got ${String(o.size)}`);
  if (!Number.isSafeInteger(o.seq) || o.seq < 0) bad(id, `seq must be a non-negative safe integer, got ${String(o.seq)}`);
  if (!TIFS.has(tif)) bad(id, `unknown time in force ${String(tif)}`);
  if (resting && (tif === 'IOC' || tif === 'FOK')) bad(id, `${tif} orders never rest`);
  if (o.postOnly !== undefined && typeof o.postOnly !== 'boolean') bad(id, 'postOnly must be a boolean');
  if (o.reduceOnly !== undefined && typeof o.reduceOnly !== 'boolean') bad(id, 'reduceOnly must be a boolean');
  if (o.postOnly === true && (tif === 'IOC' || tif === 'FOK')) bad(id, `post-only cannot be ${tif}`);
  if (o.clientId !== undefined && typeof o.clientId !== 'string') bad(id, 'clientId must be a string');
  const goodTil = o.goodTil ?? 0;
  if (tif === 'GTT' || tif === 'GTB') {
    if (!isPositiveSafe(goodTil)) bad(id, `${tif} needs goodTil, a positive safe integer`);
  } else if (goodTil !== 0) {
    bad(id, `goodTil is only for GTT/GTB, not ${tif}`);
  }
}

export function checkOrder(o: OrderInput): void {
  checkCommon(o, o.timeInForce ?? 'GTC', false);
  if (o.stp !== undefined && !STPS.has(o.stp)) bad(o.id, `unknown self-trade prevention ${String(o.stp)}`);
}

export function checkResting(o: RestingOrder): void {
  checkCommon(o, o.timeInForce, true);
}

/** The reduce-only limit of an order: Infinity when it is not reduce-only. */
export function reduceOnlyLimit(o: OrderInput, limit: number | undefined): number {
  if (o.reduceOnly !== true) return Infinity;
  if (!Number.isSafeInteger(limit) || (limit as number) < 0) bad(o.id, 'a reduce-only order needs reduceOnlyLimit, a non-negative safe integer');
  return limit as number;
}

export function checkTakeSpec(t: TakeSpec): void {
  if (typeof t.id !== 'string' || t.id.length === 0) bad(t.id, 'id must be a non-empty string');
  if (typeof t.owner !== 'string' || t.owner.length === 0) bad(t.id, 'owner must be a non-empty string');
  if (t.side !== 'buy' && t.side !== 'sell') bad(t.id, `side must be buy or sell, got ${String(t.side)}`);
  if (!Number.isSafeInteger(t.limitPrice) || t.limitPrice < 0) bad(t.id, `limit price must be a non-negative safe integer, got ${String(t.limitPrice)}`);
  if (!isPositiveSafe(t.size)) bad(t.id, `size must be a positive safe integer, got ${String(t.size)}`);
  if (!STPS.has(t.stp)) bad(t.id, `unknown self-trade prevention ${String(t.stp)}`);
}
