// The order lifecycle: accepting orders and cancels in DeliverTx, matching at the end of the block,
// and the in-memory books (state is the source of truth; the books are rebuilt from it on open).
//
// Within a block, cancels apply as their txs run, and at the end of the block the accepted orders are
// matched: post-only ones first, then the rest, each group in arrival order. So a maker's cancel or
// re-quote in a block always lands before a taker of the same block can reach it.
import { AppError, type Context, type QueryContext, type ReadContext } from '../../chain/sdk';
import { Combo, ComboLeg, Instrument, InstrumentStatus, MmpState, Order, OrderSpec, SelfTradePrevention, Side, TimeInForce } from '../../proto/gen/settle/options/v1/types';
import { comboInstruments, comboMarginChange } from './combos';
import { applyCombo, OrderBook, planCombo, type Fill } from './book';
import type { OrderInput, PlaceResult, RestingOrder, StpMode, TimeInForce as BookTif } from './book';
import { OptionsErrors } from './errors';
import type { OptionsKeeper } from './keeper';
import { applyFills, emitDone, feePricing, sideSign, type DoneReason, type FeePricing } from './fills';
import { countFill, isFrozen, limitReached, ZERO_GREEKS } from './mmp';
import { Keys } from './keys';
import { timeInForce, validateSpecForBlock } from './order-spec';
import { feeRates, type FeeRates } from './params';
import { ORDER_GAS } from './gas';

export interface SubaccountRef {
  owner: string;
  number: number;
}

const stpMode = (s: SelfTradePrevention): StpMode =>
  s === SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_TAKER ? 'cancel-taker' : s === SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_BOTH ? 'decrement-both' : 'cancel-maker';
const BOOK_TIF: Record<number, BookTif> = {
  [TimeInForce.TIME_IN_FORCE_GTC]: 'GTC',
  [TimeInForce.TIME_IN_FORCE_GTT]: 'GTT',
  [TimeInForce.TIME_IN_FORCE_GTB]: 'GTB',
  [TimeInForce.TIME_IN_FORCE_IOC]: 'IOC',
  [TimeInForce.TIME_IN_FORCE_FOK]: 'FOK',
};

/** `map`'s value for `key`, loaded (and kept) the first time. */
function readOnce<V>(map: Map<string, V>, key: string, load: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = load()));
  return v;
}

export class OrderBooks {
  private books = new Map<string, OrderBook>();
  /** Whether the books were built from state (once, at open or at the first block). */
  private built = false;
  /** Resting orders cancelled by txs of the current block (verified against state before use: a failed tx's cancel is not). */
  private cancelledThisBlock: bigint[] = [];

  /** During one taker's matching: market-maker protection counts of the makers it filled so far, by subaccount and underlying. */
  private mmpInMatch = new Map<string, MmpState>();
  /**
   * During one taker's matching (or combo): the fills the pre-fill check approved so far, per maker
   * subaccount (sizes per instrument, premium). They are applied only after the walk, so the check of a
   * subaccount's next order must count them.
   */
  private walk = new Map<string, { sizes: Map<string, bigint>; cash: bigint }>();
  /** During one taker's matching: why the pre-fill check refused a maker. */
  private refused = new Map<string, DoneReason>();
  /**
   * During one matching pass: each underlying's fee pricing (index price, settlement unit), read once; the
   * pass writes neither (see endBlock).
   */
  private passPricing = new Map<string, FeePricing>();
  /** During one matching pass: the instruments read so far (the pass writes none). */
  private passInstruments = new Map<string, Instrument | undefined>();
  /** During one taker's matching: the maker orders the pre-fill check read, by id (as they are until the fills are applied). */
  private walkOrders = new Map<string, Order>();

  constructor(private readonly keeper: OptionsKeeper) {}

  // ---- DeliverTx and CheckTx

  /** Accepts orders of one subaccount (all or nothing); they are matched at the end of the block. Returns their ids. */
  place(ctx: Context, ref: SubaccountRef, specs: readonly OrderSpec[]): bigint[] {
    if (specs.length === 0) return []; // a cancel-only batch: no margin check to run (or to pay for)
    if (!this.keeper.margin.hasSubaccount(ctx, ref.owner, ref.number)) {
      throw OptionsErrors.invalidSubaccount.wrap(`${ref.owner} has no subaccount ${ref.number}; deposit collateral first`);
    }
    const params = this.keeper.params(ctx);
    const now = this.keeper.oracle.nowSeconds(ctx);
    const open = this.keeper.subaccountOrders(ctx, ref.owner, ref.number);
    ctx.consumeGas(ORDER_GAS.openOrder * BigInt(open.length), 'open orders in the margin check');
    if (open.length + specs.length > params.maxOpenOrdersPerSubaccount) {
      throw OptionsErrors.tooManyOrders.wrap(`subaccount ${ref.number} of ${ref.owner} has ${open.length} open orders; at most ${params.maxOpenOrdersPerSubaccount}`);
    }
    const clientIds = new Set(open.map((o) => o.spec!.clientId));
    // Read once per batch (the gas is fixed, so what is read is free to keep): instruments, open interest, MMP freezes.
    const instruments = new Map<string, Instrument>();
    const openInterest = new Map<string, bigint>();
    const frozenUntil = new Map<string, bigint>();
    for (const s of specs) {
      const ins = readOnce(instruments, s.instrumentId, () => this.keeper.requireInstrument(ctx, s.instrumentId));
      if (ins.status !== InstrumentStatus.INSTRUMENT_STATUS_ACTIVE || ins.expiry <= now) throw OptionsErrors.instrumentNotActive.wrap(`${ins.id} has expired`);
      validateSpecForBlock(s, ins, BigInt(ctx.block.height), now);
      if (!s.reduceOnly && ins.openInterestCap > 0n) {
        const oi = readOnce(openInterest, ins.id, () => this.keeper.stats(ctx, ins.id).openInterest);
        if (oi + s.size > ins.openInterestCap) throw OptionsErrors.openInterestCap.wrap(`${ins.id}: ${oi} contracts open of a ${ins.openInterestCap} cap`);
      }
      const frozen = readOnce(frozenUntil, ins.underlying, () => this.keeper.mmpState(ctx, ref.owner, ref.number, ins.underlying).frozenUntil);
      if (frozen > now) throw OptionsErrors.mmpFrozen.wrap(`subaccount ${ref.number} of ${ref.owner} may not quote ${ins.underlying} until ${frozen} (MsgResetMmp lifts it)`);
      if (clientIds.has(s.clientId)) throw OptionsErrors.duplicateClientId.wrap(`subaccount ${ref.number} of ${ref.owner} has an open order with client id ${s.clientId}`);
      clientIds.add(s.clientId);
    }
    const all = [...open.map((o) => ({ spec: o.spec!, remaining: o.remaining })), ...specs.map((spec) => ({ spec, remaining: spec.size }))];
    this.keeper.margin.withHealthSession(ctx, () => this.checkOpenOrdersMargin(ctx, ref, all));
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
   * Every open order of a subaccount is removed (the liquidation module, when it opens an auction, after this
   * block's matching): resting ones leave their books at once.
   */
  cancelAll(ctx: Context, ref: SubaccountRef): number {
    let n = 0;
    for (const o of this.keeper.subaccountOrders(ctx, ref.owner, ref.number)) {
      if (o.restSeq > 0n) this.books.get(o.spec!.instrumentId)?.cancel(String(o.id));
      this.keeper.deleteOrder(ctx, o);
      emitDone(ctx, o, 'liquidation');
      n++;
    }
    return n;
  }

  /** Accepts a multi-leg order (matched all or nothing at the end of the block); returns its id. */
  placeCombo(ctx: Context, ref: SubaccountRef, m: { clientId: bigint; legs: ComboLeg[]; quantity: bigint; limitPrice: bigint }): bigint {
    if (!this.keeper.margin.hasSubaccount(ctx, ref.owner, ref.number)) {
      throw OptionsErrors.invalidSubaccount.wrap(`${ref.owner} has no subaccount ${ref.number}; deposit collateral first`);
    }
    comboInstruments(this.keeper, ctx, m.legs, m.quantity, this.keeper.oracle.nowSeconds(ctx));
    this.keeper.margin.requireMargin(ctx, ref, comboMarginChange(m.legs, m.quantity, m.limitPrice));
    const id = this.keeper.counter(ctx, Keys.nextOrderId);
    this.keeper.setCounter(ctx, Keys.nextOrderId, id + 1n);
    this.keeper.putCombo(ctx, { id, owner: ref.owner, subaccount: ref.number, clientId: m.clientId, legs: m.legs, quantity: m.quantity, limitPrice: m.limitPrice, placedHeight: BigInt(ctx.block.height) });
    return id;
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
    emitDone(ctx, o, reason);
  }

  // ---- the end of the block

  endBlock(ctx: Context): void {
    this.ensureBuilt(ctx);
    this.triggerDeadMen(ctx);
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
    // nothing below writes an instrument or oracle data: margin may keep health's inputs for the pass
    this.passPricing.clear();
    this.passInstruments.clear();
    try {
      this.keeper.margin.withHealthSession(ctx, () => this.keeper.margin.withBatchedFees(ctx, () => this.matchPending(ctx)));
    } finally {
      this.passPricing.clear();
      this.passInstruments.clear();
    }
  }

  private passInstrument(ctx: ReadContext, id: string): Instrument | undefined {
    if (!this.passInstruments.has(id)) this.passInstruments.set(id, this.keeper.instrument(ctx, id));
    return this.passInstruments.get(id);
  }

  private readonly pricingOf = (ctx: Context) => (ins: Instrument): FeePricing => readOnce(this.passPricing, ins.underlying, () => feePricing(this.keeper, ctx, ins));

  /** This block's accepted orders and combos: post-only ones first, then takers and combos in arrival order. */
  private matchPending(ctx: Context): void {
    const pending = this.keeper.pendingIds(ctx).map((id) => this.keeper.order(ctx, id)!);
    const fees = feeRates(this.keeper.params(ctx));
    for (const o of pending.filter((x) => x.spec!.postOnly)) {
      this.keeper.clearPending(ctx, o.id);
      this.match(ctx, o, fees);
    }
    // then takers and combos together, in arrival (id) order
    const takers = pending.filter((x) => !x.spec!.postOnly);
    const combos = this.keeper.pendingCombos(ctx);
    for (let i = 0, j = 0; i < takers.length || j < combos.length; ) {
      if (j >= combos.length || (i < takers.length && takers[i].id < combos[j].id)) {
        const o = takers[i++];
        this.keeper.clearPending(ctx, o.id);
        this.match(ctx, o, fees);
      } else {
        const c = combos[j++];
        this.keeper.deleteCombo(ctx, c.id);
        this.matchCombo(ctx, c, fees);
      }
    }
  }

  /** Subaccounts whose cancel-all-after height has come lose every open order. */
  private triggerDeadMen(ctx: Context): void {
    const height = BigInt(ctx.block.height);
    for (const d of this.keeper.dueDeadMen(ctx, height)) {
      let n = 0;
      for (const o of this.keeper.subaccountOrders(ctx, d.owner, d.subaccount)) {
        this.done(ctx, o, 'dead_man_switch');
        n++;
      }
      this.keeper.setDeadMan(ctx, d.owner, d.subaccount, 0n);
      ctx.emit('settle.options.v1.EventDeadManTriggered', { owner: JSON.stringify(d.owner), subaccount: String(d.subaccount), height: JSON.stringify(d.height.toString()), cancelled: String(n) });
    }
  }

  private matchCombo(ctx: Context, c: Combo, fees: FeeRates): void {
    const ref = { owner: c.owner, number: c.subaccount };
    const finish = (status: 'filled' | 'not_filled', reason: string, netCost: bigint) =>
      ctx.emit('settle.options.v1.EventComboDone', {
        combo_id: JSON.stringify(c.id.toString()),
        owner: JSON.stringify(c.owner),
        subaccount: String(c.subaccount),
        client_id: JSON.stringify(c.clientId.toString()),
        status: JSON.stringify(status),
        reason: JSON.stringify(reason),
        net_cost: JSON.stringify(netCost.toString()),
      });
    let instruments: Instrument[];
    try {
      instruments = comboInstruments(this.keeper, ctx, c.legs, c.quantity, this.keeper.oracle.nowSeconds(ctx));
    } catch {
      return finish('not_filled', 'instrument_expired', 0n);
    }
    try {
      this.keeper.margin.requireMargin(ctx, ref, comboMarginChange(c.legs, c.quantity, c.limitPrice));
    } catch (err) {
      if (err instanceof AppError && err.codespace === 'margin') return finish('not_filled', 'insufficient_margin', 0n);
      throw err;
    }
    const legs = c.legs.map((l, i) => {
      let book = this.books.get(instruments[i].id);
      if (!book) this.books.set(instruments[i].id, (book = new OrderBook(instruments[i].id)));
      return { book, side: l.side === Side.SIDE_BUY ? ('buy' as const) : ('sell' as const), ratio: Number(l.ratio) };
    });
    const byId = new Map(instruments.map((i) => [i.id, i]));
    this.mmpInMatch.clear();
    this.walk.clear();
    this.refused.clear();
    const plan = planCombo({ id: String(c.id), owner: c.owner, legs, quantity: Number(c.quantity), limitPrice: Number(c.limitPrice) }, (maker, size, price) =>
      this.makerOk(ctx, maker, byId.get(this.keeper.order(ctx, BigInt(maker.id))?.spec?.instrumentId ?? '')!, size, price),
    );
    if (!plan.ok) return finish('not_filled', plan.reason ?? 'liquidity', 0n);
    const result = applyCombo(plan);
    result.legs.forEach((leg, i) => {
      const makers = leg.fills.map((f) => this.keeper.order(ctx, BigInt(f.makerId))!);
      applyFills(this.keeper, ctx, { id: c.id, owner: c.owner, subaccount: c.subaccount, side: c.legs[i].side }, instruments[i], leg.fills, leg.makerCancels, fees, this.refusedReason, this.pricingOf(ctx));
      this.countMakerFills(ctx, instruments[i], leg.fills, makers);
    });
    finish('filled', '', result.netCost);
  }

  private removeResting(ctx: Context, id: bigint, reason: DoneReason): void {
    const o = this.keeper.order(ctx, id);
    if (!o) return;
    const book = this.books.get(o.spec!.instrumentId);
    if (o.restSeq > 0n && book?.has(String(id))) book.cancel(String(id));
    this.keeper.deleteOrder(ctx, o);
    emitDone(ctx, o, reason);
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
        emitDone(ctx, o, 'instrument_expired');
      }
    }
  }

  private match(ctx: Context, o: Order, fees: FeeRates): void {
    const spec = o.spec!;
    const ref = { owner: o.owner, number: o.subaccount };
    const ins = this.passInstrument(ctx, spec.instrumentId);
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
    this.mmpInMatch.clear();
    this.walk.clear();
    this.refused.clear();
    this.walkOrders.clear();
    const result = book.place(input, {
      reduceOnlyLimit,
      makerCheck: (maker: RestingOrder, size: number, price: number) => this.makerOk(ctx, maker, ins, size, price),
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
   * Before a maker fills: market-maker protection must not have frozen it (counting the fills of this match
   * so far), and it must still be able to carry the trade (its margin may have moved since it rested).
   */
  private makerOk(ctx: ReadContext, maker: RestingOrder, ins: Instrument, size: number, price: number): boolean {
    const o = this.keeper.order(ctx, BigInt(maker.id));
    if (!o) return false;
    this.walkOrders.set(maker.id, o);
    const spec = o.spec!;
    const config = this.keeper.mmpConfig(ctx, o.owner, o.subaccount, ins.underlying);
    const key = `${o.owner}/${o.subaccount}/${ins.underlying}`;
    const now = this.keeper.oracle.nowSeconds(ctx);
    const counted = config && (this.mmpInMatch.get(key) ?? this.keeper.mmpState(ctx, o.owner, o.subaccount, ins.underlying));
    if (counted && isFrozen(counted, now)) {
      this.refused.set(maker.id, 'mmp_frozen');
      return false;
    }
    const walkKey = `${o.owner}/${o.subaccount}`;
    const walked = this.walk.get(walkKey) ?? { sizes: new Map<string, bigint>(), cash: 0n };
    const delta = sideSign(spec.side) * BigInt(size);
    let ok: boolean;
    if (spec.reduceOnly) {
      const held = this.keeper.margin.positionSize(ctx, o.owner, o.subaccount, ins.id) + (walked.sizes.get(ins.id) ?? 0n);
      ok = spec.side === Side.SIDE_BUY ? -held >= BigInt(size) : held >= BigInt(size);
      if (!ok) this.refused.set(maker.id, 'reduce_only');
    } else {
      const sizes = new Map(walked.sizes);
      sizes.set(ins.id, (sizes.get(ins.id) ?? 0n) + delta);
      const positions = [...sizes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([instrumentId, s2]) => ({ instrumentId, size: s2 }));
      ok = this.marginOkChange(ctx, { owner: o.owner, number: o.subaccount }, { positions, cash: walked.cash - delta * BigInt(price) });
    }
    if (ok) {
      const sizes = new Map(walked.sizes);
      sizes.set(ins.id, (sizes.get(ins.id) ?? 0n) + delta);
      this.walk.set(walkKey, { sizes, cash: walked.cash - delta * BigInt(price) });
    }
    if (ok && config && counted) {
      const next = countFill(config, counted, now, spec.side, BigInt(size), this.keeper.margin.greeks(ctx, ins.id) ?? ZERO_GREEKS);
      if (limitReached(config, next)) next.frozenUntil = now + config.frozenSeconds;
      this.mmpInMatch.set(key, next);
    }
    return ok;
  }

  private readonly refusedReason = (id: string): DoneReason => this.refused.get(id) ?? 'insufficient_margin';

  /**
   * Market-maker protection's counts of the makers that traded, in fill order (the same order the pre-fill
   * check saw them); a maker whose fill reached a limit is frozen and loses its quotes on the underlying.
   */
  private countMakerFills(ctx: Context, ins: Instrument, fills: readonly Fill[], makers: readonly Order[]): void {
    const now = this.keeper.oracle.nowSeconds(ctx);
    fills.forEach((f, i) => {
      const m = makers[i];
      const config = this.keeper.mmpConfig(ctx, m.owner, m.subaccount, ins.underlying);
      if (!config) return;
      const before = this.keeper.mmpState(ctx, m.owner, m.subaccount, ins.underlying);
      const next = countFill(config, before, now, m.spec!.side, BigInt(f.size), this.keeper.margin.greeks(ctx, ins.id) ?? ZERO_GREEKS);
      const freezes = !isFrozen(before, now) && limitReached(config, next);
      if (freezes) next.frozenUntil = now + config.frozenSeconds;
      this.keeper.setMmpState(ctx, m.owner, m.subaccount, ins.underlying, next);
      if (!freezes) return;
      let cancelled = 0;
      for (const o of this.keeper.subaccountOrders(ctx, m.owner, m.subaccount)) {
        if (this.keeper.instrument(ctx, o.spec!.instrumentId)?.underlying !== ins.underlying) continue;
        if (o.restSeq > 0n) this.books.get(o.spec!.instrumentId)?.cancel(String(o.id));
        this.keeper.deleteOrder(ctx, o);
        emitDone(ctx, o, 'mmp_frozen');
        cancelled++;
      }
      ctx.emit('settle.options.v1.EventMmpFrozen', {
        owner: JSON.stringify(m.owner),
        subaccount: String(m.subaccount),
        underlying: JSON.stringify(ins.underlying),
        frozen_until: JSON.stringify(next.frozenUntil.toString()),
        quantity: JSON.stringify(next.quantity.toString()),
        delta: JSON.stringify(next.delta),
        vega: JSON.stringify(next.vega),
        cancelled: String(cancelled),
      });
    });
  }

  private applyResult(ctx: Context, taker: Order, ins: Instrument, r: PlaceResult, fees: FeeRates, restSeq: bigint): void {
    const spec = taker.spec!;
    const makers = r.fills.map((f) => this.walkOrders.get(f.makerId) ?? this.keeper.order(ctx, BigInt(f.makerId))!);
    applyFills(this.keeper, ctx, { id: taker.id, owner: taker.owner, subaccount: taker.subaccount, side: spec.side }, ins, r.fills, r.makerCancels, fees, this.refusedReason, this.pricingOf(ctx));
    this.countMakerFills(ctx, ins, r.fills, makers);
    if (r.status === 'rested') {
      // placed in this block (it was pending): its indexes were written with it
      this.keeper.setOrderRecord(ctx, { ...taker, remaining: BigInt(r.restedSize), restSeq });
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
    emitDone(ctx, o, reason);
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
