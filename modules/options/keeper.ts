import { Dec } from '../../chain/math';
import { addressBytes, concatBytes, prefixIterator, type Context, type ReadContext, type StoreKey } from '../../chain/sdk';
import { Combo, DeadManSwitch, Instrument, InstrumentStats, InstrumentStatus, MmpConfig, MmpState, Order, Params, Quote, Rfq, SettlementPrice, TimeInForce } from '../../proto/gen/settle/options/v1/types';
import { OptionsErrors } from './errors';
import { expiryGrid } from './expiry-grid';
import { validateNewInstrument } from './instruments';
import { EMPTY_MMP } from './mmp';
import { clientKey, comboKey, deadManByHeightKey, deadManKey, expiryKey, gtbKey, gttKey, instrumentKey, instrumentOrderKey, instrumentOrdersPrefix, Keys, mmpConfigKey, mmpStateKey, quoteIndexKey, quoteKey, rfqKey, rfqQuotesPrefix, settlementPriceKey, settleQueueKey, shortTermByHeightKey, shortTermTxKey, orderKey, pendingKey, statsKey, subaccountOrdersPrefix, u64be } from './keys';

/** What options needs of margin (implemented by modules/margin's MarginKeeper; wired in the composition root). */
export interface OptionsMargin {
  hasSubaccount(ctx: ReadContext, owner: string, number: number): boolean;
  /** Runs `fn` with margin's health inputs kept (a matching pass: it must write no instrument and no oracle data). */
  withHealthSession<T>(ctx: ReadContext, fn: () => T): T;
  /** Runs `fn` with the fees of trades through `ctx` paid once at its end (one bank transfer per fee account). */
  withBatchedFees<T>(ctx: Context, fn: () => T): T;
  /** Refuses (margin/9, margin/10) unless the subaccount stays above IM with these size deltas and cash applied. */
  requireMargin(ctx: ReadContext, ref: { owner: string; number: number }, change: { positions: { instrumentId: string; size: bigint }[]; cash: bigint }): void;
  applyTrade(ctx: Context, ref: { owner: string; number: number }, trade: { instrumentId: string; size: bigint; price: bigint; fee: bigint }, feeModule: string): { size: bigint };
  positionSize(ctx: ReadContext, owner: string, number: number, instrumentId: string): bigint;
  /** Every open position of every subaccount (invariants only: scales with positions). */
  allPositions(ctx: ReadContext): Iterable<{ instrumentId: string; size: bigint }>;
  /** Base units of the settlement denom per quote unit (uusdc: 10^6). */
  settlementUnit(ctx: ReadContext): bigint;
  /** One contract's delta and vega at the latest prices; undefined when they cannot be marked (stale). */
  greeks(ctx: ReadContext, instrumentId: string): { delta: Dec; vega: Dec } | undefined;
  /** Up to `limit` subaccounts holding the instrument. */
  holders(ctx: ReadContext, instrumentId: string, limit: number): { owner: string; number: number }[];
  /** Cash-settles a subaccount's whole position at `price` per contract (base units). */
  settlePosition(ctx: Context, ref: { owner: string; number: number }, instrumentId: string, price: bigint): void;
}

export interface SettlementTwap {
  price: Dec;
  samples: { timeNanos: bigint; price: string }[];
  /** The price in force at the window's end was older than the oracle's heartbeat then. */
  stale: boolean;
  /** At no moment of the window was the price in force older than the heartbeat. */
  freshThroughout: boolean;
}

/** What options needs of the oracle: the index price (fees, MarketStats) and the block time. */
export interface OptionsOracle {
  price(ctx: ReadContext, market: string): { price: Dec; stale: boolean } | undefined;
  /**
   * The TWAP of a market over [start, end] (Unix seconds, a past window), with the price samples it used;
   * undefined when the oracle cannot compute it (no price at the window's start, or history no longer kept).
   */
  settlementTwap(ctx: ReadContext, market: string, startSeconds: bigint, endSeconds: bigint): SettlementTwap | undefined;
  /** The expiries (Unix seconds) of the market's current vol surface; none when it has none or it is stale. */
  surfaceExpiries(ctx: ReadContext, market: string): bigint[];
  nowSeconds(ctx: ReadContext): bigint;
}

/** The only code that touches the options store: params, instruments, their stats, and orders. */
export class OptionsKeeper {
  constructor(
    private readonly key: StoreKey,
    readonly margin: OptionsMargin,
    readonly oracle: OptionsOracle,
  ) {}

  // ---- params

  params(ctx: ReadContext): Params {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    if (!raw) throw OptionsErrors.invalidParams.wrap('options params are not set');
    return Params.decode(raw);
  }

  setParams(ctx: Context, p: Params): void {
    ctx.kvStore(this.key).set(Keys.params, Params.encode(p).finish());
  }

  // ---- instruments

  instrument(ctx: ReadContext, id: string): Instrument | undefined {
    const raw = ctx.kvStore(this.key).get(instrumentKey(id));
    return raw ? Instrument.decode(raw) : undefined;
  }

  requireInstrument(ctx: ReadContext, id: string): Instrument {
    const i = this.instrument(ctx, id);
    if (!i) throw OptionsErrors.unknownInstrument.wrap(`${id}; see the Instruments query`);
    return i;
  }

  /** Listed instruments in id order. */
  *instruments(ctx: ReadContext): IterableIterator<Instrument> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.instrumentPrefix)) yield Instrument.decode(value);
  }

  /** Writes an instrument and its lifecycle index: active ones by expiry, expired ones in the settlement queue. */
  setInstrument(ctx: Context, i: Instrument): void {
    const store = ctx.kvStore(this.key);
    store.set(instrumentKey(i.id), Instrument.encode(i).finish());
    const active = expiryKey(i.expiry, i.id);
    const queued = settleQueueKey(i.expiry, i.id);
    if (i.status === InstrumentStatus.INSTRUMENT_STATUS_ACTIVE) store.set(active, new Uint8Array());
    else store.delete(active);
    if (i.status === InstrumentStatus.INSTRUMENT_STATUS_EXPIRED) store.set(queued, new Uint8Array());
    else store.delete(queued);
  }

  /** Expired instruments waiting for settlement, in (expiry, id) order. */
  settleQueue(ctx: ReadContext): string[] {
    const p = Keys.settleQueuePrefix.length + 8;
    return [...prefixIterator(ctx.kvStore(this.key), Keys.settleQueuePrefix)].map(({ key }) => Buffer.from(key.subarray(p)).toString('utf8'));
  }

  settlementPrice(ctx: ReadContext, underlying: string, expiry: bigint): SettlementPrice | undefined {
    const raw = ctx.kvStore(this.key).get(settlementPriceKey(underlying, expiry));
    return raw ? SettlementPrice.decode(raw) : undefined;
  }

  setSettlementPrice(ctx: Context, sp: SettlementPrice): void {
    ctx.kvStore(this.key).set(settlementPriceKey(sp.underlying, sp.expiry), SettlementPrice.encode(sp).finish());
  }

  *settlementPrices(ctx: ReadContext): IterableIterator<SettlementPrice> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.settlementPricePrefix)) yield SettlementPrice.decode(value);
  }

  /** Lists a new instrument (authority or schedule): validated, not listed before, not expired. */
  list(ctx: Context, candidate: Instrument): Instrument {
    const i = validateNewInstrument(candidate, expiryGrid(this.params(ctx)));
    if (this.instrument(ctx, i.id)) throw OptionsErrors.instrumentExists.wrap(i.id);
    const now = this.oracle.nowSeconds(ctx);
    if (i.expiry <= now) throw OptionsErrors.invalidInstrument.wrap(`${i.id} expires at ${i.expiry}, not after the block time ${now}`);
    this.setInstrument(ctx, i);
    ctx.emit('settle.options.v1.EventInstrumentListed', { instrument: JSON.stringify(Instrument.toJSON(i)) });
    return i;
  }

  /** Active instruments whose expiry is at or before `now`, in (expiry, id) order. */
  dueForExpiry(ctx: ReadContext, now: bigint): string[] {
    const out: string[] = [];
    for (const { key } of prefixIterator(ctx.kvStore(this.key), Keys.expiryPrefix)) {
      const expiry = Buffer.from(key.subarray(Keys.expiryPrefix.length, Keys.expiryPrefix.length + 8)).readBigUInt64BE(0);
      if (expiry > now) break;
      out.push(Buffer.from(key.subarray(Keys.expiryPrefix.length + 8)).toString('utf8'));
    }
    return out;
  }

  // ---- stats

  stats(ctx: ReadContext, id: string): InstrumentStats {
    const raw = ctx.kvStore(this.key).get(statsKey(id));
    return raw ? InstrumentStats.decode(raw) : { instrumentId: id, openInterest: 0n, volume: 0n, lastPrice: 0n, lastTradeHeight: 0n };
  }

  *allStats(ctx: ReadContext): IterableIterator<InstrumentStats> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.statsPrefix)) yield InstrumentStats.decode(value);
  }

  setStats(ctx: Context, s: InstrumentStats): void {
    ctx.kvStore(this.key).set(statsKey(s.instrumentId), InstrumentStats.encode(s).finish());
  }

  /** Per instrument, the sum of its long positions in margin: what its open interest must equal. */
  longOpenInterest(ctx: ReadContext): Map<string, bigint> {
    const longs = new Map<string, bigint>();
    for (const p of this.margin.allPositions(ctx)) if (p.size > 0n) longs.set(p.instrumentId, (longs.get(p.instrumentId) ?? 0n) + p.size);
    return longs;
  }

  /**
   * Margin's position hook: every change of a position (trade, settlement, liquidation transfer, ADL) moves
   * the instrument's open interest, the sum of its long positions, by the change of this position's long side.
   */
  onPositionChange(ctx: Context, instrumentId: string, before: bigint, after: bigint): void {
    const delta = (after > 0n ? after : 0n) - (before > 0n ? before : 0n);
    if (delta === 0n) return;
    const stats = this.stats(ctx, instrumentId);
    this.setStats(ctx, { ...stats, openInterest: stats.openInterest + delta });
  }

  // ---- orders

  order(ctx: ReadContext, id: bigint): Order | undefined {
    const raw = ctx.kvStore(this.key).get(orderKey(id));
    return raw ? Order.decode(raw) : undefined;
  }

  /** Every open order (pending and resting) in id order. */
  *orders(ctx: ReadContext): IterableIterator<Order> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.orderPrefix)) yield Order.decode(value);
  }

  /** An instrument's open orders in id order. */
  instrumentOrders(ctx: ReadContext, instrumentId: string): Order[] {
    const prefix = instrumentOrdersPrefix(instrumentId);
    const out: Order[] = [];
    for (const { key } of prefixIterator(ctx.kvStore(this.key), prefix)) {
      const o = this.order(ctx, Buffer.from(key).readBigUInt64BE(prefix.length));
      if (o) out.push(o);
    }
    return out;
  }

  /** A subaccount's open orders in client-id order. */
  subaccountOrders(ctx: ReadContext, owner: string, subaccount: number): Order[] {
    const out: Order[] = [];
    for (const { value } of prefixIterator(ctx.kvStore(this.key), subaccountOrdersPrefix(addressBytes(owner), subaccount))) {
      const o = this.order(ctx, Buffer.from(value).readBigUInt64BE(0));
      if (o) out.push(o);
    }
    return out;
  }

  /** Writes an open order with its indexes (client id; good-til block or time). */
  putOrder(ctx: Context, o: Order): void {
    const store = ctx.kvStore(this.key);
    const spec = o.spec!;
    store.set(orderKey(o.id), Order.encode(o).finish());
    store.set(clientKey(addressBytes(o.owner), o.subaccount, spec.clientId), u64be(o.id));
    store.set(instrumentOrderKey(spec.instrumentId, o.id), new Uint8Array());
    if (spec.timeInForce === TimeInForce.TIME_IN_FORCE_GTB) store.set(gtbKey(spec.goodTilBlock, o.id), new Uint8Array());
    if (spec.timeInForce === TimeInForce.TIME_IN_FORCE_GTT) store.set(gttKey(BigInt(spec.goodTilTime), o.id), new Uint8Array());
  }

  /**
   * Rewrites only an open order's record (remaining size, rest sequence), not its indexes: for an order placed
   * in this block, whose indexes this block already wrote with the same values (a rewrite would change nothing).
   */
  setOrderRecord(ctx: Context, o: Order): void {
    ctx.kvStore(this.key).set(orderKey(o.id), Order.encode(o).finish());
  }

  /** Removes an order and its indexes. */
  deleteOrder(ctx: Context, o: Order): void {
    const store = ctx.kvStore(this.key);
    const spec = o.spec!;
    store.delete(orderKey(o.id));
    store.delete(clientKey(addressBytes(o.owner), o.subaccount, spec.clientId));
    store.delete(instrumentOrderKey(spec.instrumentId, o.id));
    store.delete(pendingKey(o.id));
    if (spec.timeInForce === TimeInForce.TIME_IN_FORCE_GTB) store.delete(gtbKey(spec.goodTilBlock, o.id));
    if (spec.timeInForce === TimeInForce.TIME_IN_FORCE_GTT) store.delete(gttKey(BigInt(spec.goodTilTime), o.id));
  }

  /** The open order of a subaccount with this client id. */
  orderByClientId(ctx: ReadContext, owner: string, subaccount: number, clientId: bigint): Order | undefined {
    const raw = ctx.kvStore(this.key).get(clientKey(addressBytes(owner), subaccount, clientId));
    return raw ? this.order(ctx, Buffer.from(raw).readBigUInt64BE(0)) : undefined;
  }

  /** Marks an order as accepted in this block (matched at its end). */
  addPending(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).set(pendingKey(id), new Uint8Array());
  }

  /** The ids accepted in this block, in id (arrival) order. */
  pendingIds(ctx: ReadContext): bigint[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.pendingPrefix)].map(({ key }) => Buffer.from(key).readBigUInt64BE(Keys.pendingPrefix.length));
  }

  clearPending(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).delete(pendingKey(id));
  }

  /** Order ids whose good-til index (gtbPrefix or gttPrefix) is below `limit`, in (limit, id) order. */
  expiredOrderIds(ctx: ReadContext, prefix: Uint8Array, limit: bigint): bigint[] {
    const out: bigint[] = [];
    for (const { key } of prefixIterator(ctx.kvStore(this.key), prefix)) {
      const at = Buffer.from(key).readBigUInt64BE(prefix.length);
      if (at >= limit) break;
      out.push(Buffer.from(key).readBigUInt64BE(prefix.length + 8));
    }
    return out;
  }

  // ---- combos (pending within their block only)

  putCombo(ctx: Context, c: Combo): void {
    ctx.kvStore(this.key).set(comboKey(c.id), Combo.encode(c).finish());
  }

  deleteCombo(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).delete(comboKey(id));
  }

  /** This block's combos in id (arrival) order. */
  pendingCombos(ctx: ReadContext): Combo[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.comboPrefix)].map(({ value }) => Combo.decode(value));
  }

  // ---- dead-man switches

  deadMan(ctx: ReadContext, owner: string, subaccount: number): DeadManSwitch | undefined {
    const raw = ctx.kvStore(this.key).get(deadManKey(addressBytes(owner), subaccount));
    return raw ? DeadManSwitch.decode(raw) : undefined;
  }

  /** Arms (height > 0) or disarms (0) a subaccount's switch, replacing any earlier one. */
  setDeadMan(ctx: Context, owner: string, subaccount: number, height: bigint): void {
    const store = ctx.kvStore(this.key);
    const ownerBytes = addressBytes(owner);
    const old = this.deadMan(ctx, owner, subaccount);
    if (old) store.delete(deadManByHeightKey(old.height, ownerBytes, subaccount));
    if (height === 0n) {
      store.delete(deadManKey(ownerBytes, subaccount));
      return;
    }
    store.set(deadManKey(ownerBytes, subaccount), DeadManSwitch.encode({ owner, subaccount, height }).finish());
    store.set(deadManByHeightKey(height, ownerBytes, subaccount), new Uint8Array());
  }

  /** Switches due at or before `height`, in (height, owner, subaccount) order. */
  dueDeadMen(ctx: ReadContext, height: bigint): DeadManSwitch[] {
    const out: DeadManSwitch[] = [];
    const p = Keys.deadManByHeightPrefix.length;
    for (const { key } of prefixIterator(ctx.kvStore(this.key), Keys.deadManByHeightPrefix)) {
      if (Buffer.from(key).readBigUInt64BE(p) > height) break;
      const raw = ctx.kvStore(this.key).get(concatBytes(Keys.deadManPrefix, key.subarray(p + 8)));
      if (raw) out.push(DeadManSwitch.decode(raw));
    }
    return out;
  }

  *allDeadMen(ctx: ReadContext): IterableIterator<DeadManSwitch> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.deadManPrefix)) yield DeadManSwitch.decode(value);
  }

  // ---- market-maker protection

  mmpConfig(ctx: ReadContext, owner: string, subaccount: number, underlying: string): MmpConfig | undefined {
    const raw = ctx.kvStore(this.key).get(mmpConfigKey(addressBytes(owner), subaccount, underlying));
    return raw ? MmpConfig.decode(raw) : undefined;
  }

  mmpState(ctx: ReadContext, owner: string, subaccount: number, underlying: string): MmpState {
    const raw = ctx.kvStore(this.key).get(mmpStateKey(addressBytes(owner), subaccount, underlying));
    return raw ? MmpState.decode(raw) : { ...EMPTY_MMP };
  }

  /** Sets a config; interval 0 removes it with its state. */
  setMmpConfig(ctx: Context, c: MmpConfig): void {
    const store = ctx.kvStore(this.key);
    const owner = addressBytes(c.owner);
    if (c.intervalSeconds === 0n) {
      store.delete(mmpConfigKey(owner, c.subaccount, c.underlying));
      store.delete(mmpStateKey(owner, c.subaccount, c.underlying));
    } else store.set(mmpConfigKey(owner, c.subaccount, c.underlying), MmpConfig.encode(c).finish());
  }

  setMmpState(ctx: Context, owner: string, subaccount: number, underlying: string, st: MmpState): void {
    ctx.kvStore(this.key).set(mmpStateKey(addressBytes(owner), subaccount, underlying), MmpState.encode(st).finish());
  }

  /** Every config with its state, in key order (genesis). */
  *allMmp(ctx: ReadContext): IterableIterator<{ config: MmpConfig; state: MmpState }> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.mmpConfigPrefix)) {
      const config = MmpConfig.decode(value);
      yield { config, state: this.mmpState(ctx, config.owner, config.subaccount, config.underlying) };
    }
  }

  // ---- sequence-free order txs (replay protection until their timeout height)

  shortTermSeen(ctx: ReadContext, hash: Uint8Array): boolean {
    return ctx.kvStore(this.key).get(shortTermTxKey(hash)) !== undefined;
  }

  recordShortTerm(ctx: Context, hash: Uint8Array, timeoutHeight: bigint): void {
    ctx.kvStore(this.key).set(shortTermTxKey(hash), u64be(timeoutHeight));
    ctx.kvStore(this.key).set(shortTermByHeightKey(timeoutHeight, hash), new Uint8Array());
  }

  /** Forgets the records whose timeout height is below `height` (a replay of them fails its timeout). */
  pruneShortTerm(ctx: Context, height: bigint): void {
    const store = ctx.kvStore(this.key);
    const p = Keys.shortTermByHeightPrefix.length;
    const gone: Uint8Array[] = [];
    for (const { key } of prefixIterator(store, Keys.shortTermByHeightPrefix)) {
      if (Buffer.from(key).readBigUInt64BE(p) >= height) break;
      gone.push(key);
    }
    for (const key of gone) {
      store.delete(key);
      store.delete(shortTermTxKey(key.subarray(p + 8)));
    }
  }

  // ---- requests for quotes and quotes

  rfq(ctx: ReadContext, id: bigint): Rfq | undefined {
    const raw = ctx.kvStore(this.key).get(rfqKey(id));
    return raw ? Rfq.decode(raw) : undefined;
  }

  *rfqs(ctx: ReadContext): IterableIterator<Rfq> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.rfqPrefix)) yield Rfq.decode(value);
  }

  setRfq(ctx: Context, r: Rfq): void {
    ctx.kvStore(this.key).set(rfqKey(r.id), Rfq.encode(r).finish());
  }

  /** Removes a request with all its quotes. */
  deleteRfq(ctx: Context, id: bigint): void {
    for (const q of this.quotes(ctx, id)) this.deleteQuote(ctx, q);
    ctx.kvStore(this.key).delete(rfqKey(id));
  }

  /** A request's quotes in id order. */
  quotes(ctx: ReadContext, rfqId: bigint): Quote[] {
    return [...prefixIterator(ctx.kvStore(this.key), rfqQuotesPrefix(rfqId))].map(({ value }) => Quote.decode(value));
  }

  quote(ctx: ReadContext, id: bigint): Quote | undefined {
    const rfqId = ctx.kvStore(this.key).get(quoteIndexKey(id));
    if (!rfqId) return undefined;
    const raw = ctx.kvStore(this.key).get(quoteKey(Buffer.from(rfqId).readBigUInt64BE(0), id));
    return raw ? Quote.decode(raw) : undefined;
  }

  setQuote(ctx: Context, q: Quote): void {
    ctx.kvStore(this.key).set(quoteKey(q.rfqId, q.id), Quote.encode(q).finish());
    ctx.kvStore(this.key).set(quoteIndexKey(q.id), u64be(q.rfqId));
  }

  deleteQuote(ctx: Context, q: Quote): void {
    ctx.kvStore(this.key).delete(quoteKey(q.rfqId, q.id));
    ctx.kvStore(this.key).delete(quoteIndexKey(q.id));
  }

  counter(ctx: ReadContext, key: Uint8Array): bigint {
    const raw = ctx.kvStore(this.key).get(key);
    return raw ? Buffer.from(raw).readBigUInt64BE(0) : 1n;
  }

  setCounter(ctx: Context, key: Uint8Array, value: bigint): void {
    ctx.kvStore(this.key).set(key, u64be(value));
  }
}
