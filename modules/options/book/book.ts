// The order book of one instrument: price-time priority, orders in, fills out. Pure and in memory; the
// keeper persists what the results say and rebuilds the book with `restore`/`fromSnapshot` after a restart.
import { OptionsErrors } from '../errors';
import { copyOrder, OrderNode } from './level';
import { match, type MatchOut } from './match';
import { violations } from './invariants';
import { apply, plan } from './plan';
import { BookSide } from './side';
import type {
  BookSnapshot,
  Depth,
  DepthLevel,
  Fill,
  MakerCancel,
  MakerCheck,
  OrderInput,
  PlaceOptions,
  PlaceReason,
  PlaceResult,
  ReplaceResult,
  RestingOrder,
  Side,
  TakePlan,
  TakeResult,
  TakeSpec,
} from './types';
import { checkOrder, checkResting, checkTakeSpec, reduceOnlyLimit } from './validate';

const NO_FILLS: readonly Fill[] = Object.freeze([]);
const NO_CANCELS: readonly MakerCancel[] = Object.freeze([]);

export class OrderBook {
  private readonly bids = new BookSide(true);
  private readonly asks = new BookSide(false);
  private readonly index = new Map<string, OrderNode>();
  private changes = 0;

  constructor(readonly instrument: string) {
    if (typeof instrument !== 'string' || instrument.length === 0) throw OptionsErrors.invalidOrder.wrap('a book needs an instrument id');
  }

  /** Counts the changes to the book; a plan (planTake) applies only at the version it was made at. */
  get version(): number {
    return this.changes;
  }

  /** Number of resting orders. */
  get size(): number {
    return this.index.size;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** A copy of the resting order, or undefined. */
  get(id: string): RestingOrder | undefined {
    const node = this.index.get(id);
    return node === undefined ? undefined : copyOrder(node);
  }

  bestBid(): number | undefined {
    return this.bids.best()?.price;
  }

  bestAsk(): number | undefined {
    return this.asks.best()?.price;
  }

  /**
   * Matches the order against the other side and rests what is left (GTC/GTT/GTB). Throws invalidOrder,
   * duplicateOrder (its id rests already) before changing anything; every other outcome is in the result.
   */
  place(order: OrderInput, opts?: PlaceOptions): PlaceResult {
    checkOrder(order);
    if (this.index.has(order.id)) throw OptionsErrors.duplicateOrder.wrap(`order ${JSON.stringify(order.id)}`);
    const tif = order.timeInForce ?? 'GTC';
    const rests = tif !== 'IOC' && tif !== 'FOK';
    const buy = order.side === 'buy';
    const own = buy ? this.bids : this.asks;
    const opp = buy ? this.asks : this.bids;
    if (rests) this.checkSeqFree(own, order.price, order.seq, order.id);
    const size = order.size;
    const limit = reduceOnlyLimit(order, opts?.reduceOnlyLimit);
    const effective = size < limit ? size : limit;
    if (effective === 0 || (tif === 'FOK' && effective < size)) return rejected('reduce-only', size);
    if (order.postOnly === true && opp.crossedBy(order.price)) return rejected('post-only', size);
    const stp = order.stp ?? 'cancel-maker';
    const check = opts?.makerCheck;
    const out: MatchOut = { fills: null, makerCancels: null, decremented: 0 };
    let reason: PlaceReason | undefined = effective < size ? 'reduce-only' : undefined;
    let remaining: number;
    if (tif === 'FOK') {
      const spec: TakeSpec = { id: order.id, owner: order.owner, side: order.side, limitPrice: order.price, size, stp };
      const walk = plan(opp, spec, check);
      if (walk.filled < size) return rejected('fok', size);
      this.changes++;
      apply(opp, this.index, spec, walk.steps, out);
      remaining = 0;
    } else {
      this.changes++;
      remaining = match(opp, this.index, order.id, order.owner, order.price, effective, stp, check, out);
      if (out.decremented > 0) reason = 'self-trade';
    }
    let restedSize = 0;
    if (remaining > 0) {
      if (stp === 'cancel-taker' && opp.crossedBy(order.price)) reason = 'self-trade';
      else if (!rests) reason = 'ioc';
      else {
        const node = new OrderNode(order.id, order.owner, order.side, order.price, remaining, order.seq, tif, order.postOnly === true, order.reduceOnly === true, order.clientId ?? '', order.goodTil ?? 0);
        own.levelAt(order.price).insert(node);
        this.index.set(order.id, node);
        restedSize = remaining;
      }
    }
    const filledSize = effective - remaining - out.decremented;
    return {
      status: restedSize > 0 ? 'rested' : filledSize === size ? 'filled' : 'cancelled',
      reason,
      fills: out.fills ?? NO_FILLS,
      makerCancels: out.makerCancels ?? NO_CANCELS,
      filledSize,
      restedSize,
      cancelledSize: size - filledSize - restedSize,
    };
  }

  /** Removes a resting order and returns it; orderNotFound when no order has this id. */
  cancel(id: string): RestingOrder {
    const node = this.index.get(id);
    if (node === undefined) throw OptionsErrors.orderNotFound.wrap(`order ${JSON.stringify(id)}`);
    this.detach(node);
    return copyOrder(node);
  }

  /**
   * Replaces resting order `id` with `next` (same owner and side; the id may change). When `next` differs only
   * by a size no larger than the remaining size (and, reduce-only, within its limit), the order shrinks in
   * place and keeps its priority and seq (`next.seq` is not used).
   * Otherwise it is cancel + place: `next` needs a later seq than the old order and loses priority. If the
   * place is rejected (post-only would cross, FOK, reduce-only) or throws, the old order rests as before.
   */
  replace(id: string, next: OrderInput, opts?: PlaceOptions): ReplaceResult {
    const old = this.index.get(id);
    if (old === undefined) throw OptionsErrors.orderNotFound.wrap(`order ${JSON.stringify(id)}`);
    checkOrder(next);
    if (next.owner !== old.owner || next.side !== old.side) throw OptionsErrors.invalidOrder.wrap(`order ${JSON.stringify(next.id)}: a replacement keeps the owner and side`);
    if (next.id !== id && this.index.has(next.id)) throw OptionsErrors.duplicateOrder.wrap(`order ${JSON.stringify(next.id)}`);
    const replaced = copyOrder(old);
    if (sameButSmaller(old, next) && (!old.reduceOnly || next.size <= reduceOnlyLimit(next, opts?.reduceOnlyLimit))) {
      this.changes++;
      if (next.size !== old.size) (old.side === 'buy' ? this.bids : this.asks).resize(old, next.size);
      return { status: 'rested', reason: undefined, fills: NO_FILLS, makerCancels: NO_CANCELS, filledSize: 0, restedSize: next.size, cancelledSize: 0, replaced, keptPriority: true };
    }
    if (next.seq <= old.seq) throw OptionsErrors.invalidOrder.wrap(`order ${JSON.stringify(next.id)}: a replacement that loses priority needs a later seq than ${old.seq}`);
    this.detach(old);
    let result: PlaceResult;
    try {
      result = this.place(next, opts);
    } catch (err) {
      this.attach(old);
      throw err;
    }
    if (result.status === 'rejected') this.attach(old);
    return { ...result, replaced, keptPriority: false };
  }

  /** Removes the resting orders with these ids (GTT/GTB expiry, or any caller-side sweep) and returns them in
   *  the order given; ids that do not rest (filled, cancelled) are skipped. */
  expire(ids: Iterable<string>): RestingOrder[] {
    const out: RestingOrder[] = [];
    for (const id of ids) {
      const node = this.index.get(id);
      if (node === undefined) continue;
      this.detach(node);
      out.push(copyOrder(node));
    }
    return out;
  }

  /** Removes every resting order the predicate selects, visiting them in book order (bids best first, then
   *  asks); O(resting orders), so the keeper should prefer `expire(ids)` from an expiry index. */
  expireWhere(predicate: (o: RestingOrder) => boolean): RestingOrder[] {
    const hit: OrderNode[] = [];
    for (const side of [this.bids, this.asks]) {
      forEachNode(side, (n) => {
        if (predicate(n)) hit.push(n);
      });
    }
    return this.expire(hit.map((n) => n.id));
  }

  /** Puts a resting order back as it was (rebuilding the book from the store): no matching. Throws
   *  invalidOrder, duplicateOrder, or crossedBook if it would cross the other side. */
  restore(order: RestingOrder): void {
    checkResting(order);
    if (this.index.has(order.id)) throw OptionsErrors.duplicateOrder.wrap(`order ${JSON.stringify(order.id)}`);
    const buy = order.side === 'buy';
    const own = buy ? this.bids : this.asks;
    if ((buy ? this.asks : this.bids).crossedBy(order.price)) throw OptionsErrors.crossedBook.wrap(`order ${JSON.stringify(order.id)} at ${order.price}`);
    this.checkSeqFree(own, order.price, order.seq, order.id);
    this.attach(new OrderNode(order.id, order.owner, order.side, order.price, order.size, order.seq, order.timeInForce, order.postOnly === true, order.reduceOnly === true, order.clientId ?? '', order.goodTil ?? 0));
  }

  /** Aggregated size and order count of the best `levels` prices per side. */
  depth(levels: number): Depth {
    if (!Number.isSafeInteger(levels) || levels < 0) throw OptionsErrors.invalidOrder.wrap(`depth: levels must be a non-negative integer, got ${String(levels)}`);
    const of = (side: BookSide): DepthLevel[] => {
      const out: DepthLevel[] = [];
      for (let i = side.levels.length - 1; i >= 0 && out.length < levels; i--) {
        const l = side.levels[i];
        out.push({ price: l.price, size: l.size, orders: l.orders });
      }
      return out;
    };
    return { bids: of(this.bids), asks: of(this.asks) };
  }

  /** Copies of the resting orders in book order: bids best price first, then seq; then asks the same way
   *  (or one side). */
  *orders(side?: Side): IterableIterator<RestingOrder> {
    const sides = side === 'buy' ? [this.bids] : side === 'sell' ? [this.asks] : [this.bids, this.asks];
    for (const s of sides) {
      for (let i = s.levels.length - 1; i >= 0; i--) {
        for (let n = s.levels[i].head; n !== null; n = n.next) yield copyOrder(n);
      }
    }
  }

  /** The canonical form: two books with equal snapshots behave the same from here on. */
  snapshot(): BookSnapshot {
    return { instrument: this.instrument, bids: [...this.orders('buy')], asks: [...this.orders('sell')] };
  }

  static fromSnapshot(s: BookSnapshot): OrderBook {
    const book = new OrderBook(s.instrument);
    for (const o of s.bids) book.restore(o);
    for (const o of s.asks) book.restore(o);
    return book;
  }

  clone(): OrderBook {
    return OrderBook.fromSnapshot(this.snapshot());
  }

  /** Same instrument and the same resting orders (every field) in the same priority order. */
  equals(other: OrderBook): boolean {
    if (other.instrument !== this.instrument || other.size !== this.size) return false;
    const a = this.orders();
    const b = other.orders();
    for (let x = a.next(), y = b.next(); !x.done || !y.done; x = a.next(), y = b.next()) {
      if (x.done || y.done || !sameOrder(x.value, y.value)) return false;
    }
    return true;
  }

  /**
   * What a taker would do against this book (fills, self-trade and maker-check removals), without changing
   * it; the maker check is asked now. Apply with applyTake before anything else changes the book.
   */
  planTake(taker: TakeSpec, makerCheck?: MakerCheck): TakePlan {
    checkTakeSpec(taker);
    const walk = plan(taker.side === 'buy' ? this.asks : this.bids, taker, makerCheck);
    return { instrument: this.instrument, version: this.changes, taker, ...walk };
  }

  /** Carries out a plan of planTake; stalePlan if it is not this book's or the book changed since. */
  applyTake(p: TakePlan): TakeResult {
    if (p.instrument !== this.instrument || p.version !== this.changes) throw OptionsErrors.stalePlan.wrap(`book ${this.instrument}: plan of version ${p.version}, book at ${this.changes}`);
    this.changes++;
    const out: MatchOut = { fills: null, makerCancels: null, decremented: 0 };
    apply(p.taker.side === 'buy' ? this.asks : this.bids, this.index, p.taker, p.steps, out);
    return { fills: out.fills ?? [], makerCancels: out.makerCancels ?? [] };
  }

  /** Broken invariants, as messages (empty when the book is sound): see ./invariants.ts. */
  invariantViolations(): string[] {
    return violations(this.bids, this.asks, this.index);
  }

  private checkSeqFree(own: BookSide, price: number, seq: number, id: string): void {
    const level = own.byPrice.get(price);
    if (level !== undefined && level.before(seq)?.seq === seq) throw OptionsErrors.invalidOrder.wrap(`order ${JSON.stringify(id)}: seq ${seq} is taken at price ${price}`);
  }

  private attach(node: OrderNode): void {
    this.changes++;
    (node.side === 'buy' ? this.bids : this.asks).levelAt(node.price).insert(node);
    this.index.set(node.id, node);
  }

  private detach(node: OrderNode): void {
    this.changes++;
    (node.side === 'buy' ? this.bids : this.asks).removeOrder(node);
    this.index.delete(node.id);
  }
}

function rejected(reason: PlaceReason, size: number): PlaceResult {
  return { status: 'rejected', reason, fills: NO_FILLS, makerCancels: NO_CANCELS, filledSize: 0, restedSize: 0, cancelledSize: size };
}

function forEachNode(side: BookSide, f: (n: OrderNode) => void): void {
  for (let i = side.levels.length - 1; i >= 0; i--) for (let n = side.levels[i].head; n !== null; n = n.next) f(n);
}

/** `next` is `old` with only a size no larger than old's remaining size. */
function sameButSmaller(old: RestingOrder, next: OrderInput): boolean {
  return (
    next.id === old.id &&
    next.price === old.price &&
    next.size <= old.size &&
    (next.timeInForce ?? 'GTC') === old.timeInForce &&
    (next.postOnly === true) === old.postOnly &&
    (next.reduceOnly === true) === old.reduceOnly &&
    (next.clientId ?? '') === old.clientId &&
    (next.goodTil ?? 0) === old.goodTil
  );
}

function sameOrder(a: RestingOrder, b: RestingOrder): boolean {
  return (
    a.id === b.id &&
    a.owner === b.owner &&
    a.side === b.side &&
    a.price === b.price &&
    a.size === b.size &&
    a.seq === b.seq &&
    a.timeInForce === b.timeInForce &&
    a.postOnly === b.postOnly &&
    a.reduceOnly === b.reduceOnly &&
    a.clientId === b.clientId &&
    a.goodTil === b.goodTil
  );
}
