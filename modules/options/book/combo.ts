// Multi-leg combos against the leg books (implied from the outright books), all or nothing: every leg fills
// its ratio × quantity completely, at a total net price at or better than the limit, or nothing changes.
// Net price = Σ side · ratio · leg price (buy +1, sell −1): positive is paid, negative received; the combo
// fills when Σ over legs of side · Σ fill price × size ≤ limitPrice × quantity (exact, bigint).
// Each leg takes the best prices of its book (which minimises the net), with cancel-maker self-trade
// prevention: the owner's own resting orders are passed over and, when the combo fills, removed.
import { OptionsErrors } from '../errors';
import { OrderBook } from './book';
import type { Fill, MakerCancel, MakerCheck, Side, TakePlan } from './types';
import { isPositiveSafe } from './validate';

export const MAX_COMBO_LEGS = 4;

export interface ComboLeg {
  book: OrderBook;
  side: Side;
  /** Lots of this leg per combo unit, a positive safe integer. */
  ratio: number;
}

export interface ComboOrder {
  /** The taker id in the legs' fills. */
  id: string;
  owner: string;
  /** 2 to 4 legs on distinct instruments. */
  legs: readonly ComboLeg[];
  /** Combo units, a positive safe integer. */
  quantity: number;
  /** Worst net price per unit, in ticks (may be negative: a credit). */
  limitPrice: number;
}

/** liquidity: a leg cannot fill completely; limit: all legs can, but only at a net worse than the limit. */
export type ComboRejectReason = 'liquidity' | 'limit';

export interface ComboPlan {
  order: ComboOrder;
  ok: boolean;
  reason: ComboRejectReason | undefined;
  /** One per leg, in leg order (when a leg lacks liquidity, the legs up to it). */
  legs: TakePlan[];
  /** Σ side · notional of the planned fills. */
  netCost: bigint;
}

export interface ComboLegResult {
  instrument: string;
  side: Side;
  size: number;
  fills: Fill[];
  makerCancels: MakerCancel[];
}

export interface ComboResult {
  status: 'filled' | 'rejected';
  reason: ComboRejectReason | undefined;
  /** Empty when rejected. */
  legs: ComboLegResult[];
  netCost: bigint;
}

/** What the combo would do, without changing any book (the maker check is asked now). Throws invalidCombo. */
export function planCombo(order: ComboOrder, makerCheck?: MakerCheck): ComboPlan {
  checkCombo(order);
  const legs: TakePlan[] = [];
  let netCost = 0n;
  for (const leg of order.legs) {
    const size = leg.ratio * order.quantity;
    const p = leg.book.planTake({ id: order.id, owner: order.owner, side: leg.side, limitPrice: leg.side === 'buy' ? Number.MAX_SAFE_INTEGER : 0, size, stp: 'cancel-maker' }, makerCheck);
    legs.push(p);
    if (p.filled < size) return { order, ok: false, reason: 'liquidity', legs, netCost };
    netCost += leg.side === 'buy' ? p.notional : -p.notional;
  }
  const ok = netCost <= BigInt(order.limitPrice) * BigInt(order.quantity);
  return { order, ok, reason: ok ? undefined : 'limit', legs, netCost };
}

/** Carries out a plan that is ok on books unchanged since it was made: comboNotFilled if it is not ok,
 *  stalePlan if any leg book changed (checked for every leg before any changes). */
export function applyCombo(plan: ComboPlan): ComboResult {
  if (!plan.ok) throw OptionsErrors.comboNotFilled.wrap(`combo ${JSON.stringify(plan.order.id)}: ${plan.reason}`);
  const legs = plan.order.legs;
  legs.forEach((leg, i) => {
    if (leg.book.version !== plan.legs[i].version) throw OptionsErrors.stalePlan.wrap(`combo ${JSON.stringify(plan.order.id)}, leg ${leg.book.instrument}`);
  });
  const results = legs.map((leg, i): ComboLegResult => {
    const r = leg.book.applyTake(plan.legs[i]);
    return { instrument: leg.book.instrument, side: leg.side, size: plan.legs[i].taker.size, fills: r.fills, makerCancels: r.makerCancels };
  });
  return { status: 'filled', reason: undefined, legs: results, netCost: plan.netCost };
}

/** Plans and, when every leg fills within the limit, applies the combo; otherwise changes nothing. */
export function fillCombo(order: ComboOrder, makerCheck?: MakerCheck): ComboResult {
  const plan = planCombo(order, makerCheck);
  if (!plan.ok) return { status: 'rejected', reason: plan.reason, legs: [], netCost: plan.netCost };
  return applyCombo(plan);
}

function checkCombo(o: ComboOrder): void {
  const bad = (what: string): never => {
    throw OptionsErrors.invalidCombo.wrap(`combo ${typeof o.id === 'string' ? JSON.stringify(o.id) : '?'}: ${what}`);
  };
  if (typeof o.id !== 'string' || o.id.length === 0) bad('id must be a non-empty string');
  if (typeof o.owner !== 'string' || o.owner.length === 0) bad('owner must be a non-empty string');
  if (!isPositiveSafe(o.quantity)) bad(`quantity must be a positive safe integer, got ${String(o.quantity)}`);
  if (!Number.isSafeInteger(o.limitPrice)) bad(`limit price must be a safe integer (ticks), got ${String(o.limitPrice)}`);
  if (!Array.isArray(o.legs) || o.legs.length < 2 || o.legs.length > MAX_COMBO_LEGS) bad(`needs 2 to ${MAX_COMBO_LEGS} legs`);
  const instruments = new Set<string>();
  for (const leg of o.legs) {
    if (!(leg.book instanceof OrderBook)) bad('a leg has no book');
    if (leg.side !== 'buy' && leg.side !== 'sell') bad(`leg side must be buy or sell, got ${String(leg.side)}`);
    if (!isPositiveSafe(leg.ratio) || !Number.isSafeInteger(leg.ratio * o.quantity)) bad(`leg ratio must be a positive safe integer (and ratio × quantity safe), got ${String(leg.ratio)}`);
    if (instruments.has(leg.book.instrument)) bad(`two legs on ${leg.book.instrument}`);
    instruments.add(leg.book.instrument);
  }
}
