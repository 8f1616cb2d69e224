// The order lifecycle: accepting orders and cancels in DeliverTx, matching at the end of the block,
// and the in-memory books (state is the source of truth; the books are rebuilt from it on open).
//
// Within a block, cancels apply as their txs run, and at the end of the block the accepted orders are
// matched: post-only ones first, then the rest, each group in arrival order. So a maker's cancel or
// re-quote in a block always lands before a taker of the same block can reach it.
import { Dec } from '../../chain/math';
import { AppError, type Context, type QueryContext, type ReadContext } from '../../chain/sdk';
import { Instrument, InstrumentStatus, Order, OrderSpec, SelfTradePrevention, Side, TimeInForce } from '../../proto/gen/settle/options/v1/types';
import { OrderBook } from './book';
import type { OrderInput, PlaceResult, RestingOrder, StpMode, TimeInForce as BookTif } from './book';
import { OptionsErrors } from './errors';
import type { OptionsKeeper } from './keeper';
import { FEE_ACCOUNT, Keys } from './keys';
import { timeInForce, validateSpecForBlock } from './order-spec';
import { feeRates, type FeeRates } from './params';

export interface SubaccountRef {
  owner: string;
  number: number;
}

export type DoneReason =
  | 'filled'
  | 'cancelled'
  | 'expired'
  | 'ioc_remainder'
  | 'fok_not_filled'
  | 'post_only_would_cross'
  | 'self_trade'
  | 'insufficient_margin'
  | 'reduce_only'
  | 'instrument_expired'
  | 'open_interest_cap';

const sideSign = (s: Side): bigint => (s === Side.SIDE_BUY ? 1n : -1n);
const stpMode = (s: SelfTradePrevention): StpMode =>
  s === SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_TAKER ? 'cancel-taker' : s === SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_BOTH ? 'decrement-both' : 'cancel-maker';
const BOOK_TIF: Record<number, BookTif> = {
  [TimeInForce.TIME_IN_FORCE_GTC]: 'GTC',
  [TimeInForce.TIME_IN_FORCE_GTT]: 'GTT',
  [TimeInForce.TIME_IN_FORCE_GTB]: 'GTB',
  [TimeInForce.TIME_IN_FORCE_IOC]: 'IOC',
  [TimeInForce.TIME_IN_FORCE_FOK]: 'FOK',
};

export class OrderBooks {
  private books = new Map<string, OrderBook>();
  /** Whether the books were built from state (once, at open or at the first block). */
  private built = false;
  /** Resting orders cancelled by txs of the current block (verified against state before use: a failed tx's cancel is not). */
  private cancelledThisBlock: bigint[] = [];

  constructor(private readonly keeper: OptionsKeeper) {}

  // ---- DeliverTx and CheckTx

  /** Accepts orders of one subaccount (all or nothing); they are matched at the end of the block. Returns their ids. */
  place(ctx: Context, ref: SubaccountRef, specs: readonly OrderSpec[]): bigint[] {
    if (!this.keeper.margin.hasSubaccount(ctx, ref.owner, ref.number)) {
      throw OptionsErrors.invalidSubaccount.wrap(`${ref.owner} has no subaccount ${ref.number}; deposit collateral first`);
    }
    const params = this.keeper.params(ctx);
    const now = this.keeper.oracle.nowSeconds(ctx);
    const open = this.keeper.subaccountOrders(ctx, ref.owner, ref.number);
    if (open.length + specs.length > params.maxOpenOrdersPerSubaccount) {
      throw OptionsErrors.tooManyOrders.wrap(`subaccount ${ref.number} of ${ref.owner} has ${open.length} open orders; at most ${params.maxOpenOrdersPerSubaccount}`);
    }
    const clientIds = new Set(open.map((o) => o.spec!.clientId));
    for (const s of specs) {
      const ins = this.keeper.requireInstrument(ctx, s.instrumentId);
      if (ins.status !== InstrumentStatus.INSTRUMENT_STATUS_ACTIVE || ins.expiry <= now) throw OptionsErrors.instrumentNotActive.wrap(`${ins.id} has expired`);
      validateSpecForBlock(s, ins, BigInt(ctx.block.height), now);
      if (!s.reduceOnly && ins.openInterestCap > 0n && this.keeper.stats(ctx, ins.id).openInterest + s.size > ins.openInterestCap) {
        throw OptionsErrors.openInterestCap.wrap(`${ins.id}: ${this.keeper.stats(ctx, ins.id).openInterest} contracts open of a ${ins.openInterestCap} cap`);
      }
      if (clientIds.has(s.clientId)) throw OptionsErrors.duplicateClientId.wrap(`subaccount ${ref.number} of ${ref.owner} has an open order with client id ${s.clientId}`);
      clientIds.add(s.clientId);
    }
    this.checkOpenOrdersMargin(ctx, ref, [...open.map((o) => ({ spec: o.spec!, remaining: o.remaining })), ...specs.map((spec) => ({ spec, remaining: spec.size }))]);
    const ids: bigint[] = [];
    let next = this.keeper.counter(ctx, Keys.nextOrderId);
    for (const spec of specs) {
      const order: Order = { id: next++, owner: ref.owner, subaccount: ref.number, spec, remaining: spec.size, placedHeight: BigInt(ctx.block.height), restSeq: 0n };
      this.keeper.putOrder(ctx, order);
      this.keeper.addPending(ctx, order.id);
      ctx.emit('settle.options.v1.EventOrderPlaced', { order: JSON.stringify(Order.toJSON(order)) });
      ids.push(order.id);
    }
    this.keeper.setCounter(ctx, Keys.nextOrderId, next);
    return ids;
  }

  cancel(ctx: Context, ref: SubaccountRef, which: { orderId: bigint } | { clientId: bigint }): void {
    const o = 'orderId' in which ? this.keeper.order(ctx, which.orderId) : this.keeper.orderByClientId(ctx, ref.owner, ref.number, which.clientId);
    const what = 'orderId' in which ? `order ${which.orderId}` : `client id ${which.clientId}`;
    if (!o || o.owner !== ref.owner || o.subaccount !== ref.number) throw OptionsErrors.orderNotFound.wrap(`subaccount ${ref.number} of ${ref.owner} has no open ${what}`);
    this.done(ctx, o, 'cancelled');
  }

  massCancel(ctx: Context, ref: SubaccountRef, filter: { instrumentId: string; underlying: string; expiry: bigint }): number {
    let n = 0;
    for (const o of this.keeper.subaccountOrders(ctx, ref.owner, ref.number)) {
      if (filter.instrumentId && o.spec!.instrumentId !== filter.instrumentId) continue;
      if (filter.underlying || filter.expiry !== 0n) {
        const ins = this.keeper.instrument(ctx, o.spec!.instrumentId);
        if (!ins || (filter.underlying && ins.underlying !== filter.underlying) || (filter.expiry !== 0n && ins.expiry !== filter.expiry)) continue;
      }
      this.done(ctx, o, 'cancelled');
      n++;
    }
    return n;
  }

  /**
   * The worst case of a subaccount's open orders: every buy filled at its limit, and separately every sell
   * (Deribit's open-order margin: the larger of the two sides). Reduce-only orders add no risk.
   */
  private checkOpenOrdersMargin(ctx: ReadContext, ref: SubaccountRef, orders: { spec: OrderSpec; remaining: bigint }[]): void {
    for (const side of [Side.SIDE_BUY, Side.SIDE_SELL]) {
      const sized = orders.filter((o) => o.spec.side === side && !o.spec.reduceOnly && o.remaining > 0n);
      if (sized.length === 0) continue;
      const byInstrument = new Map<string, bigint>();
      let cash = 0n;
      for (const o of sized) {
        const size = sideSign(side) * o.remaining;
        byInstrument.set(o.spec.instrumentId, (byInstrument.get(o.spec.instrumentId) ?? 0n) + size);
        cash -= size * o.spec.price;
      }
      const positions = [...byInstrument.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([instrumentId, size]) => ({ instrumentId, size }));
      this.keeper.margin.requireMargin(ctx, ref, { positions, cash });
    }
  }

  /** Removes an open order (pending or resting) with an EventOrderDone. */
  private done(ctx: Context, o: Order, reason: DoneReason): void {
    this.keeper.deleteOrder(ctx, o);
    if (o.restSeq > 0n) this.cancelledThisBlock.push(o.id);
    this.emitDone(ctx, o, reason);
  }

  // ---- the end of the block

  endBlock(ctx: Context): void {
    this.ensureBuilt(ctx);
    // resting orders cancelled by this block's txs that really are gone from state
    for (const id of this.cancelledThisBlock) {
      if (this.keeper.order(ctx, id)) continue;
      for (const book of this.books.values()) if (book.has(String(id))) book.cancel(String(id));
    }
    this.cancelledThisBlock = [];
    const now = this.keeper.oracle.nowSeconds(ctx);
    this.expireInstruments(ctx, now);
    for (const id of this.keeper.expiredOrderIds(ctx, Keys.gtbPrefix, BigInt(ctx.block.height))) this.removeResting(ctx, id, 'expired');
    for (const id of this.keeper.expiredOrderIds(ctx, Keys.gttPrefix, now + 1n)) this.removeResting(ctx, id, 'expired');
    this.cancelledThisBlock = [];

    const pending = this.keeper.pendingIds(ctx).map((id) => this.keeper.order(ctx, id)!);
    const ordered = [...pending.filter((o) => o.spec!.postOnly), ...pending.filter((o) => !o.spec!.postOnly)];
    const fees = feeRates(this.keeper.params(ctx));
    for (const o of ordered) {
      this.keeper.clearPending(ctx, o.id);
      this.match(ctx, o, fees);
    }
  }

  private removeResting(ctx: Context, id: bigint, reason: DoneReason): void {
    const o = this.keeper.order(ctx, id);
    if (!o) return;
    const book = this.books.get(o.spec!.instrumentId);
    if (o.restSeq > 0n && book?.has(String(id))) book.cancel(String(id));
    this.keeper.deleteOrder(ctx, o);
    this.emitDone(ctx, o, reason);
  }

  private emitDone(ctx: Context, o: Order, reason: DoneReason): void {
    ctx.emit('settle.options.v1.EventOrderDone', {
      order_id: JSON.stringify(o.id.toString()),
      owner: JSON.stringify(o.owner),
      subaccount: String(o.subaccount),
      client_id: JSON.stringify(o.spec!.clientId.toString()),
      instrument_id: JSON.stringify(o.spec!.instrumentId),
      remaining: JSON.stringify(o.remaining.toString()),
      reason: JSON.stringify(reason),
    });
  }

  /** Active instruments at or past expiry stop trading: their orders are cancelled and their books dropped. */
  private expireInstruments(ctx: Context, now: bigint): void {
    for (const id of this.keeper.dueForExpiry(ctx, now)) {
      const ins = this.keeper.requireInstrument(ctx, id);
      this.keeper.setInstrument(ctx, { ...ins, status: InstrumentStatus.INSTRUMENT_STATUS_EXPIRED });
      ctx.emit('settle.options.v1.EventInstrumentExpired', { instrument_id: JSON.stringify(id) });
      this.books.delete(id);
      for (const o of this.keeper.instrumentOrders(ctx, id)) {
        this.keeper.deleteOrder(ctx, o);
        this.emitDone(ctx, o, 'instrument_expired');
      }
    }
  }

  private match(ctx: Context, o: Order, fees: FeeRates): void {
    const spec = o.spec!;
    const ref = { owner: o.owner, number: o.subaccount };
    const ins = this.keeper.instrument(ctx, spec.instrumentId);
    if (!ins || ins.status !== InstrumentStatus.INSTRUMENT_STATUS_ACTIVE) return this.finish(ctx, o, 'instrument_expired');
    // the taker's margin may have changed since its tx (fills earlier in this block)
    if (!spec.reduceOnly && ins.openInterestCap > 0n && this.keeper.stats(ctx, ins.id).openInterest + o.remaining > ins.openInterestCap) return this.finish(ctx, o, 'open_interest_cap');
    if (!spec.reduceOnly && !this.marginOk(ctx, ref, spec.instrumentId, sideSign(spec.side) * o.remaining, spec.price)) return this.finish(ctx, o, 'insufficient_margin');
    let book = this.books.get(ins.id);
    if (!book) this.books.set(ins.id, (book = new OrderBook(ins.id)));
    const tif = timeInForce(spec);
    const restSeq = this.keeper.counter(ctx, Keys.nextRestSeq);
    const input: OrderInput = {
      id: String(o.id),
      owner: o.owner,
      side: spec.side === Side.SIDE_BUY ? 'buy' : 'sell',
      price: Number(spec.price),
      size: Number(o.remaining),
      seq: Number(restSeq),
      timeInForce: BOOK_TIF[tif],
      postOnly: spec.postOnly,
      reduceOnly: spec.reduceOnly,
      clientId: spec.clientId.toString(),
      goodTil: tif === TimeInForce.TIME_IN_FORCE_GTB ? Number(spec.goodTilBlock) : tif === TimeInForce.TIME_IN_FORCE_GTT ? Number(spec.goodTilTime) : undefined,
      stp: stpMode(spec.selfTradePrevention),
    };
    let reduceOnlyLimit: number | undefined;
    if (spec.reduceOnly) {
      const held = this.keeper.margin.positionSize(ctx, o.owner, o.subaccount, ins.id);
      const reducible = spec.side === Side.SIDE_BUY ? (held < 0n ? -held : 0n) : held > 0n ? held : 0n;
      reduceOnlyLimit = Number(reducible);
    }
    // Fills are applied after the walk: the check of a maker must count the fills it already approved in
    // this walk for the same subaccount (each approval is exactly one fill, in the walk and in a FOK's plan).
    const walk = new Map<string, { size: bigint; cash: bigint }>();
    const result = book.place(input, {
      reduceOnlyLimit,
      makerCheck: (maker: RestingOrder, size: number, price: number) => this.makerOk(ctx, maker, ins, size, price, walk),
    });
    this.applyResult(ctx, o, ins, result, fees, restSeq);
  }

  private marginOk(ctx: ReadContext, ref: SubaccountRef, instrumentId: string, size: bigint, price: bigint): boolean {
    return this.marginOkChange(ctx, ref, { positions: [{ instrumentId, size }], cash: -size * price });
  }

  private marginOkChange(ctx: ReadContext, ref: SubaccountRef, change: { positions: { instrumentId: string; size: bigint }[]; cash: bigint }): boolean {
    try {
      this.keeper.margin.requireMargin(ctx, ref, change);
      return true;
    } catch (err) {
      if (err instanceof AppError && err.codespace === 'margin') return false;
      throw err;
    }
  }

  /**
   * Before a maker fills: it must still be able to carry the trade (its margin may have moved since it
   * rested), counting the fills of its subaccount approved earlier in the same walk (`walk`, not applied yet).
   */
  private makerOk(ctx: ReadContext, maker: RestingOrder, ins: Instrument, size: number, price: number, walk: Map<string, { size: bigint; cash: bigint }>): boolean {
    const o = this.keeper.order(ctx, BigInt(maker.id));
    if (!o) return false;
    const key = `${o.owner}/${o.subaccount}`;
    const before = walk.get(key) ?? { size: 0n, cash: 0n };
    const delta = sideSign(o.spec!.side) * BigInt(size);
    let ok: boolean;
    if (o.spec!.reduceOnly) {
      const held = this.keeper.margin.positionSize(ctx, o.owner, o.subaccount, ins.id) + before.size;
      ok = o.spec!.side === Side.SIDE_BUY ? -held >= BigInt(size) : held >= BigInt(size);
    } else {
      const total = before.size + delta;
      ok = this.marginOkChange(ctx, { owner: o.owner, number: o.subaccount }, { positions: [{ instrumentId: ins.id, size: total }], cash: before.cash - delta * BigInt(price) });
    }
    if (ok) walk.set(key, { size: before.size + delta, cash: before.cash - delta * BigInt(price) });
    return ok;
  }

  private applyResult(ctx: Context, taker: Order, ins: Instrument, r: PlaceResult, fees: FeeRates, restSeq: bigint): void {
    const spec = taker.spec!;
    const takerRef = { owner: taker.owner, number: taker.subaccount };
    const unit = this.keeper.margin.settlementUnit(ctx);
    const index = this.keeper.oracle.price(ctx, ins.underlying)?.price ?? Dec.ZERO;
    const stats = this.keeper.stats(ctx, ins.id);
    for (const c of r.makerCancels) {
      const m = this.keeper.order(ctx, BigInt(c.id))!;
      if (c.remaining === 0) {
        this.keeper.deleteOrder(ctx, m);
        this.emitDone(ctx, m, c.reason === 'self-trade' ? 'self_trade' : 'insufficient_margin');
      } else this.keeper.putOrder(ctx, { ...m, remaining: BigInt(c.remaining) });
    }
    for (const f of r.fills) {
      const maker = this.keeper.order(ctx, BigInt(f.makerId))!;
      const size = BigInt(f.size);
      const price = BigInt(f.price);
      const makerFee = fee(fees.maker, fees.cap, index, ins, size, price, unit);
      const takerFee = fee(fees.taker, fees.cap, index, ins, size, price, unit);
      const takerSize = sideSign(spec.side) * size;
      const makerRef = { owner: maker.owner, number: maker.subaccount };
      const before = abs(this.keeper.margin.positionSize(ctx, maker.owner, maker.subaccount, ins.id)) + abs(this.keeper.margin.positionSize(ctx, taker.owner, taker.subaccount, ins.id));
      const m = this.keeper.margin.applyTrade(ctx, makerRef, { instrumentId: ins.id, size: -takerSize, price, fee: makerFee }, FEE_ACCOUNT);
      const t = this.keeper.margin.applyTrade(ctx, takerRef, { instrumentId: ins.id, size: takerSize, price, fee: takerFee }, FEE_ACCOUNT);
      const after = abs(m.size) + abs(t.size);
      // open interest: half the change of Σ |position| over both sides
      stats.openInterest = stats.openInterest + (after - before) / 2n;
      stats.volume += size;
      stats.lastPrice = price;
      stats.lastTradeHeight = BigInt(ctx.block.height);
      if (f.makerRemaining === 0) {
        this.keeper.deleteOrder(ctx, maker);
        this.emitDone(ctx, { ...maker, remaining: 0n }, 'filled');
      } else this.keeper.putOrder(ctx, { ...maker, remaining: BigInt(f.makerRemaining) });
      ctx.emit('settle.options.v1.EventFill', {
        instrument_id: JSON.stringify(ins.id),
        maker_order_id: JSON.stringify(maker.id.toString()),
        taker_order_id: JSON.stringify(taker.id.toString()),
        maker: JSON.stringify(maker.owner),
        maker_subaccount: String(maker.subaccount),
        taker: JSON.stringify(taker.owner),
        taker_subaccount: String(taker.subaccount),
        taker_side: JSON.stringify(Side[spec.side]),
        price: JSON.stringify(price.toString()),
        size: JSON.stringify(size.toString()),
        maker_fee: JSON.stringify(makerFee.toString()),
        taker_fee: JSON.stringify(takerFee.toString()),
      });
    }
    if (r.fills.length > 0) this.keeper.setStats(ctx, stats);
    if (r.status === 'rested') {
      this.keeper.putOrder(ctx, { ...taker, remaining: BigInt(r.restedSize), restSeq });
      this.keeper.setCounter(ctx, Keys.nextRestSeq, restSeq + 1n);
      return;
    }
    const reason: DoneReason =
      r.status === 'filled'
        ? 'filled'
        : r.reason === 'post-only'
          ? 'post_only_would_cross'
          : r.reason === 'fok'
            ? 'fok_not_filled'
            : r.reason === 'self-trade'
              ? 'self_trade'
              : r.reason === 'reduce-only'
                ? 'reduce_only'
                : 'ioc_remainder';
    this.finish(ctx, { ...taker, remaining: BigInt(r.cancelledSize) }, reason);
  }

  /** A pending order that does not rest: removed with its reason. */
  private finish(ctx: Context, o: Order, reason: DoneReason): void {
    this.keeper.deleteOrder(ctx, o);
    this.emitDone(ctx, o, reason);
  }

  // ---- the in-memory books

  /** After every commit (and once at open): the books must reflect the committed state. */
  prepareCheckState(state: QueryContext): void {
    this.cancelledThisBlock = [];
    if (!this.built) this.rebuild(state);
  }

  private ensureBuilt(ctx: ReadContext): void {
    if (!this.built) this.rebuild(ctx);
  }

  /** The books from state: every resting order (rest_seq > 0) in its book. */
  rebuild(ctx: ReadContext): void {
    this.books = buildBooks(this.keeper, ctx);
    this.built = true;
  }

  book(instrumentId: string): OrderBook | undefined {
    return this.books.get(instrumentId);
  }

  /** Every live book's snapshot, by instrument id (the simulation compares it with a rebuild). */
  snapshots(): Map<string, ReturnType<OrderBook['snapshot']>> {
    return new Map([...this.books.entries()].filter(([, b]) => b.size > 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, b]) => [id, b.snapshot()]));
  }
}

/** Books holding every resting order in state, by instrument. */
export function buildBooks(keeper: OptionsKeeper, ctx: ReadContext, onlyInstrument?: string): Map<string, OrderBook> {
  const resting = new Map<string, RestingOrder[]>();
  for (const o of onlyInstrument === undefined ? keeper.orders(ctx) : keeper.instrumentOrders(ctx, onlyInstrument)) {
    if (o.restSeq === 0n) continue;
    const spec = o.spec!;
    const tif = timeInForce(spec);
    const list = resting.get(spec.instrumentId) ?? [];
    list.push({
      id: String(o.id),
      owner: o.owner,
      side: spec.side === Side.SIDE_BUY ? 'buy' : 'sell',
      price: Number(spec.price),
      size: Number(o.remaining),
      seq: Number(o.restSeq),
      timeInForce: BOOK_TIF[tif],
      postOnly: spec.postOnly,
      reduceOnly: spec.reduceOnly,
      clientId: spec.clientId.toString(),
      goodTil: tif === TimeInForce.TIME_IN_FORCE_GTB ? Number(spec.goodTilBlock) : tif === TimeInForce.TIME_IN_FORCE_GTT ? Number(spec.goodTilTime) : 0,
    });
    resting.set(spec.instrumentId, list);
  }
  const books = new Map<string, OrderBook>();
  for (const [id, orders] of [...resting.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bids = orders.filter((o) => o.side === 'buy').sort((a, b) => b.price - a.price || a.seq - b.seq);
    const asks = orders.filter((o) => o.side === 'sell').sort((a, b) => a.price - b.price || a.seq - b.seq);
    books.set(id, OrderBook.fromSnapshot({ instrument: id, bids, asks }));
  }
  return books;
}

const abs = (v: bigint): bigint => (v < 0n ? -v : v);

/**
 * A fill's fee in base units, rounded up: size × min(rate × index × contract size, cap × price per contract)
 * with the index in quote units and `unit` base units per quote unit.
 */
export function fee(rate: Dec, cap: Dec, index: Dec, ins: Instrument, size: bigint, price: bigint, unit: bigint): bigint {
  const byUnderlying = rate.mul(index, 'up').mul(Dec.parse(ins.contractSize), 'up').mulInt(unit);
  const byPremium = cap.mulInt(price);
  return Dec.min(byUnderlying, byPremium).mulInt(size).toBigInt('up');
}
