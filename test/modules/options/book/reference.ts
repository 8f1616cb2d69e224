// A deliberately simple order book to test the engine against: one array of orders, sorted into priority
// order on every step, one step at a time; FOK and combos are "try as IOC on a copy, keep it if it filled".
// Slow and obviously right, and written from the rules in modules/options/book/README.md, not from the
// engine's code.
import type { Fill, MakerCancel, MakerCheck, OrderInput, PlaceOptions, PlaceReason, PlaceResult, RestingOrder, Side, StpMode } from '../../../../modules/options/book';

type Order = { -readonly [K in keyof RestingOrder]: RestingOrder[K] };

export class RefError extends Error {
  constructor(readonly code: number) {
    super(`options/${code}`);
  }
}

const INVALID = 2;
const DUPLICATE = 3;
const NOT_FOUND = 4;

/** Priority order: bids high to low, asks low to high, then seq. */
function sorted(orders: Order[], side: Side): Order[] {
  return orders
    .filter((o) => o.side === side)
    .sort((a, b) => (a.price !== b.price ? (side === 'buy' ? b.price - a.price : a.price - b.price) : a.seq - b.seq));
}

export class RefBook {
  orders: Order[] = [];

  constructor(readonly instrument: string) {}

  snapshot(): { instrument: string; bids: RestingOrder[]; asks: RestingOrder[] } {
    return { instrument: this.instrument, bids: sorted(this.orders, 'buy').map((o) => ({ ...o })), asks: sorted(this.orders, 'sell').map((o) => ({ ...o })) };
  }

  copy(): RefBook {
    const b = new RefBook(this.instrument);
    b.orders = this.orders.map((o) => ({ ...o }));
    return b;
  }

  place(o: OrderInput, opts: PlaceOptions = {}): PlaceResult {
    if (this.orders.some((x) => x.id === o.id)) throw new RefError(DUPLICATE);
    const tif = o.timeInForce ?? 'GTC';
    const size = o.size;
    const limit = o.reduceOnly ? opts.reduceOnlyLimit! : size;
    const effective = Math.min(size, limit);
    const reject = (reason: PlaceReason): PlaceResult => ({ status: 'rejected', reason, fills: [], makerCancels: [], filledSize: 0, restedSize: 0, cancelledSize: size });
    if (effective === 0 || (tif === 'FOK' && effective < size)) return reject('reduce-only');
    const opposite = sorted(this.orders, o.side === 'buy' ? 'sell' : 'buy');
    const crosses = (p: number) => (o.side === 'buy' ? p <= o.price : p >= o.price);
    if (o.postOnly && opposite.length > 0 && crosses(opposite[0].price)) return reject('post-only');
    if (tif === 'FOK') {
      const saved = this.orders.map((x) => ({ ...x }));
      const r = this.take(o.id, o.owner, o.side, o.price, size, o.stp ?? 'cancel-maker', opts.makerCheck);
      if (r.filled === size) return { status: 'filled', reason: undefined, fills: r.fills, makerCancels: r.cancels, filledSize: size, restedSize: 0, cancelledSize: 0 };
      this.orders = saved;
      return reject('fok');
    }
    const r = this.take(o.id, o.owner, o.side, o.price, effective, o.stp ?? 'cancel-maker', opts.makerCheck);
    let reason: PlaceReason | undefined = effective < size ? 'reduce-only' : undefined;
    if (r.decremented > 0) reason = 'self-trade';
    const left = effective - r.filled - r.decremented;
    let rested = 0;
    if (left > 0) {
      if (r.stopped) reason = 'self-trade';
      else if (tif === 'IOC') reason = 'ioc';
      else {
        this.orders.push({ id: o.id, owner: o.owner, side: o.side, price: o.price, size: left, seq: o.seq, timeInForce: tif, postOnly: !!o.postOnly, reduceOnly: !!o.reduceOnly, clientId: o.clientId ?? '', goodTil: o.goodTil ?? 0 });
        rested = left;
      }
    }
    const status = rested > 0 ? 'rested' : r.filled === size ? 'filled' : 'cancelled';
    return { status, reason, fills: r.fills, makerCancels: r.cancels, filledSize: r.filled, restedSize: rested, cancelledSize: size - r.filled - rested };
  }

  /** One maker at a time, re-sorting the other side before each. */
  take(id: string, owner: string, side: Side, limitPrice: number, size: number, stp: StpMode, check: MakerCheck | undefined) {
    const fills: Fill[] = [];
    const cancels: MakerCancel[] = [];
    let filled = 0;
    let decremented = 0;
    let stopped = false;
    for (;;) {
      const left = size - filled - decremented;
      if (left === 0) break;
      const maker = sorted(this.orders, side === 'buy' ? 'sell' : 'buy')[0];
      if (!maker || (side === 'buy' ? maker.price > limitPrice : maker.price < limitPrice)) break;
      const remove = () => (this.orders = this.orders.filter((x) => x !== maker));
      if (maker.owner === owner) {
        if (stp === 'cancel-taker') {
          stopped = true;
          break;
        }
        const d = stp === 'cancel-maker' ? maker.size : Math.min(left, maker.size);
        if (stp === 'decrement-both') decremented += d;
        maker.size -= d;
        if (maker.size === 0) remove();
        cancels.push({ id: maker.id, owner: maker.owner, size: d, remaining: maker.size, reason: 'self-trade' });
        continue;
      }
      const q = Math.min(left, maker.size);
      if (check && !check({ ...maker }, q, maker.price)) {
        remove();
        cancels.push({ id: maker.id, owner: maker.owner, size: maker.size, remaining: 0, reason: 'maker-check' });
        continue;
      }
      maker.size -= q;
      if (maker.size === 0) remove();
      filled += q;
      fills.push({ makerId: maker.id, makerOwner: maker.owner, takerId: id, takerOwner: owner, price: maker.price, size: q, makerRemaining: maker.size });
    }
    return { fills, cancels, filled, decremented, stopped, notional: fills.reduce((s, f) => s + BigInt(f.price) * BigInt(f.size), 0n) };
  }

  cancel(id: string): RestingOrder {
    const o = this.orders.find((x) => x.id === id);
    if (!o) throw new RefError(NOT_FOUND);
    this.orders = this.orders.filter((x) => x !== o);
    return { ...o };
  }

  replace(id: string, next: OrderInput, opts: PlaceOptions = {}): PlaceResult & { keptPriority: boolean } {
    const old = this.orders.find((x) => x.id === id);
    if (!old) throw new RefError(NOT_FOUND);
    if (next.owner !== old.owner || next.side !== old.side) throw new RefError(INVALID);
    if (next.id !== id && this.orders.some((x) => x.id === next.id)) throw new RefError(DUPLICATE);
    const onlySmaller =
      next.id === id && next.price === old.price && next.size <= old.size && (next.timeInForce ?? 'GTC') === old.timeInForce &&
      !!next.postOnly === old.postOnly && !!next.reduceOnly === old.reduceOnly && (next.clientId ?? '') === old.clientId && (next.goodTil ?? 0) === old.goodTil &&
      (!old.reduceOnly || next.size <= opts.reduceOnlyLimit!);
    if (onlySmaller) {
      old.size = next.size;
      return { status: 'rested', reason: undefined, fills: [], makerCancels: [], filledSize: 0, restedSize: next.size, cancelledSize: 0, keptPriority: true };
    }
    if (next.seq <= old.seq) throw new RefError(INVALID);
    const saved = this.orders.map((x) => ({ ...x }));
    this.orders = this.orders.filter((x) => x !== old);
    const r = this.place(next, opts);
    if (r.status === 'rejected') this.orders = saved;
    return { ...r, keptPriority: false };
  }

  expire(ids: string[]): string[] {
    const out: string[] = [];
    for (const id of ids) {
      if (this.orders.some((x) => x.id === id)) out.push(this.cancel(id).id);
    }
    return out;
  }
}

export interface RefComboLeg {
  book: RefBook;
  side: Side;
  ratio: number;
}

/** Every leg as an IOC at any price on a copy of its book; kept only if every leg filled and the net is within the limit. */
export function refCombo(id: string, owner: string, legs: RefComboLeg[], quantity: number, limitPrice: number, check: MakerCheck | undefined) {
  const copies = legs.map((l) => l.book.copy());
  let net = 0n;
  const results = [];
  for (const [i, leg] of legs.entries()) {
    const size = leg.ratio * quantity;
    const r = copies[i].take(id, owner, leg.side, leg.side === 'buy' ? Number.MAX_SAFE_INTEGER : 0, size, 'cancel-maker', check);
    if (r.filled < size) return { status: 'rejected' as const, reason: 'liquidity' as const };
    net += leg.side === 'buy' ? r.notional : -r.notional;
    results.push({ instrument: leg.book.instrument, side: leg.side, size, fills: r.fills, makerCancels: r.cancels });
  }
  if (net > BigInt(limitPrice) * BigInt(quantity)) return { status: 'rejected' as const, reason: 'limit' as const, netCost: net };
  legs.forEach((l, i) => (l.book.orders = copies[i].orders));
  return { status: 'filled' as const, reason: undefined, legs: results, netCost: net };
}
