import { Dec, SCALE } from '../../chain/math';
import { prefixIterator, type Context, type ReadContext, type StoreKey } from '../../chain/sdk';
import { Market, Params, Price, TwapCheckpoint, VolSurface } from '../../proto/gen/settle/oracle/v1/types';
import { OracleErrors } from './errors';
import { parseShare } from './params';
import { checkpointKey, checkpointPrefix, indexKey, Keys, marketKey, priceKey, surfaceKey, u32, u64 } from './keys';

const NS = 1_000_000_000n;
export const MARKET_ID = /^[A-Z0-9]{1,16}\/[A-Z0-9]{1,16}$/;

/** A stored price as consumers see it: with its age at the current block and a stale flag. */
export interface OraclePrice {
  market: string;
  price: Dec;
  height: number;
  timeNanos: bigint;
  ageSeconds: number;
  stale: boolean;
  /** The reporting power behind it. */
  power: bigint;
}

/** What other modules (margin, options) may read: prices with explicit staleness, TWAP, surfaces. */
export interface OracleKeeperReader {
  /** The price and its age; `stale` when older than maxAgeSeconds (default: params.heartbeat_seconds). Throws priceNotFound when never priced. */
  price(ctx: ReadContext, market: string, opts?: { maxAgeSeconds?: number }): OraclePrice;
  /** The price if fresh (age ≤ maxAgeSeconds, default the heartbeat); otherwise throws oracle/8 stale price (or oracle/7 when none). */
  freshPrice(ctx: ReadContext, market: string, opts?: { maxAgeSeconds?: number }): OraclePrice;
  /** Time-weighted average over [now − windowSeconds, now]. */
  twap(ctx: ReadContext, market: string, windowSeconds: number): { twap: Dec; startNanos: bigint; endNanos: bigint };
  /** TWAP over a past window [start, end] in ns, the checkpoints it used, and the age of the price in force at its end. */
  twapBetween(ctx: ReadContext, market: string, startNanos: bigint, endNanos: bigint): { twap: Dec; startNanos: bigint; endNanos: bigint; samples: TwapCheckpoint[]; ageAtEndSeconds: bigint };
  volSurface(ctx: ReadContext, market: string): VolSurface;
}

/** The only code that touches the oracle store. */
export class OracleKeeper implements OracleKeeperReader {
  constructor(private readonly key: StoreKey) {}

  // ---- params

  params(ctx: ReadContext): Params {
    const store = ctx.kvStore(this.key);
    const raw = store.get(Keys.params);
    if (!raw) throw OracleErrors.invalidParams.wrap('oracle params are not set');
    return Params.decode(raw);
  }

  setParams(ctx: Context, p: Params): void {
    const store = ctx.kvStore(this.key);
    store.set(Keys.params, Params.encode(p).finish());
  }

  // ---- markets

  market(ctx: ReadContext, id: string): Market | undefined {
    const store = ctx.kvStore(this.key);
    const raw = store.get(marketKey(id));
    return raw ? Market.decode(raw) : undefined;
  }

  marketByIndex(ctx: ReadContext, index: number): Market | undefined {
    const store = ctx.kvStore(this.key);
    const id = store.get(indexKey(index));
    return id ? this.market(ctx, Buffer.from(id).toString('utf8')) : undefined;
  }

  /** Markets ordered by index. */
  markets(ctx: ReadContext): Market[] {
    const store = ctx.kvStore(this.key);
    const out: Market[] = [];
    for (const { value } of prefixIterator(store, Keys.indexPrefix)) {
      const m = this.market(ctx, Buffer.from(value).toString('utf8'));
      if (m) out.push(m);
    }
    return out;
  }

  nextIndex(ctx: ReadContext): number {
    const store = ctx.kvStore(this.key);
    const raw = store.get(Keys.nextIndex);
    return raw ? Buffer.from(raw).readUInt32BE(0) : 0;
  }

  /** Adds a market (index assigned when `index` is undefined). */
  addMarket(ctx: Context, m: Market, assignIndex: boolean): Market {
    const store = ctx.kvStore(this.key);
    if (this.market(ctx, m.id)) throw OracleErrors.marketExists.wrap(m.id);
    const index = assignIndex ? this.nextIndex(ctx) : m.index;
    if (store.has(indexKey(index))) throw OracleErrors.invalidMarket.wrap(`index ${index} is taken`);
    const market: Market = { ...m, index };
    store.set(marketKey(m.id), Market.encode(market).finish());
    store.set(indexKey(index), Buffer.from(m.id, 'utf8'));
    if (index >= this.nextIndex(ctx)) store.set(Keys.nextIndex, u32(index + 1));
    ctx.emit('settle.oracle.v1.EventMarketCreated', { market: JSON.stringify(m.id), index: String(index), decimals: String(m.decimals) });
    return market;
  }

  /** The share of total power that must report this market for its price to update. */
  minShare(ctx: ReadContext, m: Market): Dec {
    return parseShare(m.minReportPower || this.params(ctx).minReportPower, 'min_report_power');
  }

  // ---- block time

  setBlockTime(ctx: Context, timeNanos: bigint): void {
    const store = ctx.kvStore(this.key);
    store.set(Keys.blockTime, u64(timeNanos));
  }

  blockTime(ctx: ReadContext): bigint {
    const store = ctx.kvStore(this.key);
    const raw = store.get(Keys.blockTime);
    return raw ? Buffer.from(raw).readBigUInt64BE(0) : 0n;
  }

  private now(ctx: ReadContext): bigint {
    return 'block' in ctx ? (ctx as Context).block.timeNanos : this.blockTime(ctx);
  }

  // ---- prices

  storedPrice(ctx: ReadContext, market: string): Price | undefined {
    const store = ctx.kvStore(this.key);
    const raw = store.get(priceKey(market));
    return raw ? Price.decode(raw) : undefined;
  }

  /** Sets a market's price at the block's time and advances its TWAP accumulator (O(1) writes). */
  setPrice(ctx: Context, market: string, price: Dec, power: bigint): void {
    const store = ctx.kvStore(this.key);
    const t = ctx.block.timeNanos;
    const last = this.lastCheckpoint(ctx, market);
    let cumulative = 0n;
    if (last) {
      if (t < last.timeNanos) throw new Error(`block time went backwards for ${market}`);
      cumulative = BigInt(last.cumulative) + Dec.parse(last.price).raw * (t - last.timeNanos);
    }
    const cp: TwapCheckpoint = { timeNanos: t, cumulative: cumulative.toString(), price: price.toString() };
    store.set(checkpointKey(market, t), TwapCheckpoint.encode(cp).finish());
    this.pruneCheckpoints(ctx, market, t);
    const p: Price = { market, price: price.toString(), height: BigInt(ctx.block.height), timeNanos: t, power };
    store.set(priceKey(market), Price.encode(p).finish());
  }

  /** Keeps the checkpoints a TWAP over params.twap_window_seconds needs; deletes at most 2 per call. */
  private pruneCheckpoints(ctx: Context, market: string, now: bigint): void {
    const store = ctx.kvStore(this.key);
    const horizon = now - this.params(ctx).twapWindowSeconds * NS;
    if (horizon <= 0n) return;
    const prefix = checkpointPrefix(market);
    // the newest checkpoint at or before the horizon must stay (it prices the window's start)
    const keep = this.checkpointAtOrBefore(ctx, market, horizon);
    if (!keep) return;
    let deleted = 0;
    for (const { key } of prefixIterator(store, prefix)) {
      if (deleted >= 2 || Buffer.from(key.subarray(prefix.length)).readBigUInt64BE(0) >= keep.timeNanos) break;
      store.delete(key);
      deleted++;
    }
  }

  lastCheckpoint(ctx: ReadContext, market: string): TwapCheckpoint | undefined {
    const store = ctx.kvStore(this.key);
    for (const { value } of prefixIterator(store, checkpointPrefix(market), true)) return TwapCheckpoint.decode(value);
    return undefined;
  }

  checkpointAtOrBefore(ctx: ReadContext, market: string, t: bigint): TwapCheckpoint | undefined {
    const store = ctx.kvStore(this.key);
    const prefix = checkpointPrefix(market);
    for (const { value } of store.reverseIterator(prefix, checkpointKey(market, t + 1n))) return TwapCheckpoint.decode(value);
    return undefined;
  }

  checkpoints(ctx: ReadContext, market: string): TwapCheckpoint[] {
    const store = ctx.kvStore(this.key);
    return [...prefixIterator(store, checkpointPrefix(market))].map(({ value }) => TwapCheckpoint.decode(value));
  }

  setCheckpoint(ctx: Context, market: string, cp: TwapCheckpoint): void {
    const store = ctx.kvStore(this.key);
    store.set(checkpointKey(market, cp.timeNanos), TwapCheckpoint.encode(cp).finish());
  }

  setStoredPrice(ctx: Context, p: Price): void {
    const store = ctx.kvStore(this.key);
    store.set(priceKey(p.market), Price.encode(p).finish());
  }

  price(ctx: ReadContext, market: string, opts: { maxAgeSeconds?: number } = {}): OraclePrice {
    if (!this.market(ctx, market)) throw OracleErrors.unknownMarket.wrap(market);
    const p = this.storedPrice(ctx, market);
    if (!p) throw OracleErrors.priceNotFound.wrap(market);
    const now = this.now(ctx);
    const ageNs = now > p.timeNanos ? now - p.timeNanos : 0n;
    const maxAge = BigInt(opts.maxAgeSeconds ?? Number(this.params(ctx).heartbeatSeconds));
    return {
      market,
      price: Dec.parse(p.price),
      height: Number(p.height),
      timeNanos: p.timeNanos,
      ageSeconds: Number(ageNs / NS),
      stale: ageNs > maxAge * NS,
      power: p.power,
    };
  }

  freshPrice(ctx: ReadContext, market: string, opts: { maxAgeSeconds?: number } = {}): OraclePrice {
    const p = this.price(ctx, market, opts);
    if (p.stale) {
      throw OracleErrors.stalePrice.wrap(`${market} was last updated at height ${p.height}, ${p.ageSeconds}s ago (maximum age ${opts.maxAgeSeconds ?? Number(this.params(ctx).heartbeatSeconds)}s)`);
    }
    return p;
  }

  /**
   * TWAP over [now − W, now]: the difference of the price·time accumulator at both ends divided by W.
   * Each end is the newest checkpoint at or before it plus its price times the time since (the price
   * is constant between checkpoints), so the result is the exact time-weighted mean of the stored
   * prices, rounded down to 18 decimals. Two reverse seeks: O(log n).
   */
  twap(ctx: ReadContext, market: string, windowSeconds: number): { twap: Dec; startNanos: bigint; endNanos: bigint } {
    if (!this.market(ctx, market)) throw OracleErrors.unknownMarket.wrap(market);
    const max = this.params(ctx).twapWindowSeconds;
    if (!Number.isSafeInteger(windowSeconds) || windowSeconds <= 0 || BigInt(windowSeconds) > max) {
      throw OracleErrors.twapUnavailable.wrap(`window must be 1..${max} seconds, got ${windowSeconds}`);
    }
    const end = this.now(ctx);
    const r = this.twapBetween(ctx, market, end - BigInt(windowSeconds) * NS, end);
    return { twap: r.twap, startNanos: r.startNanos, endNanos: r.endNanos };
  }

  /**
   * TWAP over any past window [start, end] (ns) whose checkpoints are still kept, with the samples it used
   * (the checkpoint in force at `start`, then every one up to `end`) and the age of the price in force at
   * `end` (a settlement must not rest on a price that was already stale then).
   */
  twapBetween(ctx: ReadContext, market: string, startNanos: bigint, endNanos: bigint): { twap: Dec; startNanos: bigint; endNanos: bigint; samples: TwapCheckpoint[]; ageAtEndSeconds: bigint } {
    if (!this.market(ctx, market)) throw OracleErrors.unknownMarket.wrap(market);
    if (endNanos <= startNanos) throw OracleErrors.twapUnavailable.wrap('the window must end after it starts');
    const first = this.checkpointAtOrBefore(ctx, market, startNanos);
    const last = this.checkpointAtOrBefore(ctx, market, endNanos);
    if (!first || !last) throw OracleErrors.twapUnavailable.wrap(`${market} has no price at the window's start (${startNanos} ns)`);
    const cumAt = (cp: TwapCheckpoint, t: bigint): bigint => BigInt(cp.cumulative) + Dec.parse(cp.price).raw * (t - cp.timeNanos);
    const samples = [first];
    const store = ctx.kvStore(this.key);
    for (const { value } of store.iterator(checkpointKey(market, startNanos + 1n), checkpointKey(market, endNanos + 1n))) samples.push(TwapCheckpoint.decode(value));
    return {
      twap: Dec.fromRaw((cumAt(last, endNanos) - cumAt(first, startNanos)) / (endNanos - startNanos)),
      startNanos,
      endNanos,
      samples,
      ageAtEndSeconds: (endNanos - last.timeNanos) / NS,
    };
  }

  // ---- surfaces

  storedSurface(ctx: ReadContext, market: string): VolSurface | undefined {
    const store = ctx.kvStore(this.key);
    const raw = store.get(surfaceKey(market));
    return raw ? VolSurface.decode(raw) : undefined;
  }

  setSurface(ctx: Context, s: VolSurface): void {
    const store = ctx.kvStore(this.key);
    store.set(surfaceKey(s.market), VolSurface.encode(s).finish());
  }

  volSurface(ctx: ReadContext, market: string): VolSurface {
    if (!this.market(ctx, market)) throw OracleErrors.unknownMarket.wrap(market);
    const s = this.storedSurface(ctx, market);
    if (!s) throw OracleErrors.surfaceNotFound.wrap(market);
    return s;
  }
}

export { SCALE };
