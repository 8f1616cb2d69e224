import type { Context, QueryContext } from '../../chain/app';
import { Dec, SCALE } from '../../chain/math';
import { prefixIterator, type KVReader, type KVStore } from '../../chain/store';
import { Market, Params, Price, TwapCheckpoint, VolSurface } from '../../proto/gen/settle/oracle/v1/types';
import { OracleErrors } from './errors';
import { parseShare } from './params';

export const STORE_NAME = 'oracle';

/** Store layout (see README). */
export const Keys = {
  params: Uint8Array.of(0x01),
  /** 0x02 ‖ market id → Market */
  marketPrefix: Uint8Array.of(0x02),
  /** 0x03 ‖ index u32 BE → market id */
  indexPrefix: Uint8Array.of(0x03),
  /** 0x04 ‖ market id → Price */
  pricePrefix: Uint8Array.of(0x04),
  /** 0x05 ‖ market id → VolSurface */
  surfacePrefix: Uint8Array.of(0x05),
  /** 0x06 ‖ len(id) ‖ id ‖ time ns u64 BE → TwapCheckpoint */
  checkpointPrefix: Uint8Array.of(0x06),
  /** next market index, u32 BE */
  nextIndex: Uint8Array.of(0x07),
  /** time of the last block (ns, u64 BE), so queries can age prices */
  blockTime: Uint8Array.of(0x08),
} as const;

const NS = 1_000_000_000n;
export const MARKET_ID = /^[A-Z0-9]{1,16}\/[A-Z0-9]{1,16}$/;

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const cat = (...parts: Uint8Array[]): Buffer => Buffer.concat(parts);
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
function u64(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

function checkpointPrefix(market: string): Buffer {
  const id = utf8(market);
  return cat(Keys.checkpointPrefix, Uint8Array.of(id.length), id);
}

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
  price(ctx: Context | QueryContext, market: string, opts?: { maxAgeSeconds?: number }): OraclePrice;
  /** The price if fresh (age ≤ maxAgeSeconds, default the heartbeat); otherwise throws oracle/8 stale price (or oracle/7 when none). */
  freshPrice(ctx: Context | QueryContext, market: string, opts?: { maxAgeSeconds?: number }): OraclePrice;
  /** Time-weighted average over [now − windowSeconds, now]. */
  twap(ctx: Context | QueryContext, market: string, windowSeconds: number): { twap: Dec; startNanos: bigint; endNanos: bigint };
  volSurface(ctx: Context | QueryContext, market: string): VolSurface;
}

/** The only code that touches the oracle store. */
export class OracleKeeper implements OracleKeeperReader {
  // ---- params

  params(store: KVReader): Params {
    const raw = store.get(Keys.params);
    if (!raw) throw OracleErrors.invalidParams.wrap('oracle params are not set');
    return Params.decode(raw);
  }

  setParams(store: KVStore, p: Params): void {
    store.set(Keys.params, Params.encode(p).finish());
  }

  // ---- markets

  market(store: KVReader, id: string): Market | undefined {
    const raw = store.get(cat(Keys.marketPrefix, utf8(id)));
    return raw ? Market.decode(raw) : undefined;
  }

  marketByIndex(store: KVReader, index: number): Market | undefined {
    const id = store.get(cat(Keys.indexPrefix, u32(index)));
    return id ? this.market(store, Buffer.from(id).toString('utf8')) : undefined;
  }

  /** Markets ordered by index. */
  markets(store: KVReader): Market[] {
    const out: Market[] = [];
    for (const { value } of prefixIterator(store, Keys.indexPrefix)) {
      const m = this.market(store, Buffer.from(value).toString('utf8'));
      if (m) out.push(m);
    }
    return out;
  }

  nextIndex(store: KVReader): number {
    const raw = store.get(Keys.nextIndex);
    return raw ? Buffer.from(raw).readUInt32BE(0) : 0;
  }

  /** Adds a market (index assigned when `index` is undefined). */
  addMarket(ctx: Context, m: Market, assignIndex: boolean): Market {
    const store = ctx.store(STORE_NAME);
    if (this.market(store, m.id)) throw OracleErrors.marketExists.wrap(m.id);
    const index = assignIndex ? this.nextIndex(store) : m.index;
    if (store.has(cat(Keys.indexPrefix, u32(index)))) throw OracleErrors.invalidMarket.wrap(`index ${index} is taken`);
    const market: Market = { ...m, index };
    store.set(cat(Keys.marketPrefix, utf8(m.id)), Market.encode(market).finish());
    store.set(cat(Keys.indexPrefix, u32(index)), utf8(m.id));
    if (index >= this.nextIndex(store)) store.set(Keys.nextIndex, u32(index + 1));
    ctx.emit('settle.oracle.v1.EventMarketCreated', { market: JSON.stringify(m.id), index: String(index), decimals: String(m.decimals) });
    return market;
  }

  /** The share of total power that must report this market for its price to update. */
  minShare(store: KVReader, m: Market): Dec {
    return parseShare(m.minReportPower || this.params(store).minReportPower, 'min_report_power');
  }

  // ---- block time

  setBlockTime(store: KVStore, timeNanos: bigint): void {
    store.set(Keys.blockTime, u64(timeNanos));
  }

  blockTime(store: KVReader): bigint {
    const raw = store.get(Keys.blockTime);
    return raw ? Buffer.from(raw).readBigUInt64BE(0) : 0n;
  }

  private now(ctx: Context | QueryContext): bigint {
    return 'block' in ctx ? ctx.block.timeNanos : this.blockTime(ctx.store(STORE_NAME));
  }

  // ---- prices

  storedPrice(store: KVReader, market: string): Price | undefined {
    const raw = store.get(cat(Keys.pricePrefix, utf8(market)));
    return raw ? Price.decode(raw) : undefined;
  }

  /** Sets a market's price at the block's time and advances its TWAP accumulator (O(1) writes). */
  setPrice(ctx: Context, market: string, price: Dec, power: bigint): void {
    const store = ctx.store(STORE_NAME);
    const t = ctx.block.timeNanos;
    const last = this.lastCheckpoint(store, market);
    let cumulative = 0n;
    if (last) {
      if (t < last.timeNanos) throw new Error(`block time went backwards for ${market}`);
      cumulative = BigInt(last.cumulative) + Dec.parse(last.price).raw * (t - last.timeNanos);
    }
    const cp: TwapCheckpoint = { timeNanos: t, cumulative: cumulative.toString(), price: price.toString() };
    store.set(cat(checkpointPrefix(market), u64(t)), TwapCheckpoint.encode(cp).finish());
    this.pruneCheckpoints(store, market, t);
    const p: Price = { market, price: price.toString(), height: BigInt(ctx.block.height), timeNanos: t, power };
    store.set(cat(Keys.pricePrefix, utf8(market)), Price.encode(p).finish());
  }

  /** Keeps the checkpoints a TWAP over params.twap_window_seconds needs; deletes at most 2 per call. */
  private pruneCheckpoints(store: KVStore, market: string, now: bigint): void {
    const horizon = now - this.params(store).twapWindowSeconds * NS;
    if (horizon <= 0n) return;
    const prefix = checkpointPrefix(market);
    // the newest checkpoint at or before the horizon must stay (it prices the window's start)
    const keep = this.checkpointAtOrBefore(store, market, horizon);
    if (!keep) return;
    let deleted = 0;
    for (const { key } of prefixIterator(store, prefix)) {
      if (deleted >= 2 || Buffer.from(key.subarray(prefix.length)).readBigUInt64BE(0) >= keep.timeNanos) break;
      store.delete(key);
      deleted++;
    }
  }

  lastCheckpoint(store: KVReader, market: string): TwapCheckpoint | undefined {
    for (const { value } of prefixIterator(store, checkpointPrefix(market), true)) return TwapCheckpoint.decode(value);
    return undefined;
  }

  checkpointAtOrBefore(store: KVReader, market: string, t: bigint): TwapCheckpoint | undefined {
    const prefix = checkpointPrefix(market);
    for (const { value } of store.reverseIterator(prefix, cat(prefix, u64(t + 1n)))) return TwapCheckpoint.decode(value);
    return undefined;
  }

  checkpoints(store: KVReader, market: string): TwapCheckpoint[] {
    return [...prefixIterator(store, checkpointPrefix(market))].map(({ value }) => TwapCheckpoint.decode(value));
  }

  setCheckpoint(store: KVStore, market: string, cp: TwapCheckpoint): void {
    store.set(cat(checkpointPrefix(market), u64(cp.timeNanos)), TwapCheckpoint.encode(cp).finish());
  }

  setStoredPrice(store: KVStore, p: Price): void {
    store.set(cat(Keys.pricePrefix, utf8(p.market)), Price.encode(p).finish());
  }

  price(ctx: Context | QueryContext, market: string, opts: { maxAgeSeconds?: number } = {}): OraclePrice {
    const store = ctx.store(STORE_NAME);
    if (!this.market(store, market)) throw OracleErrors.unknownMarket.wrap(market);
    const p = this.storedPrice(store, market);
    if (!p) throw OracleErrors.priceNotFound.wrap(market);
    const now = this.now(ctx);
    const ageNs = now > p.timeNanos ? now - p.timeNanos : 0n;
    const maxAge = BigInt(opts.maxAgeSeconds ?? Number(this.params(store).heartbeatSeconds));
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

  freshPrice(ctx: Context | QueryContext, market: string, opts: { maxAgeSeconds?: number } = {}): OraclePrice {
    const p = this.price(ctx, market, opts);
    if (p.stale) {
      throw OracleErrors.stalePrice.wrap(`${market} was last updated at height ${p.height}, ${p.ageSeconds}s ago (maximum age ${opts.maxAgeSeconds ?? Number(this.params(ctx.store(STORE_NAME)).heartbeatSeconds)}s)`);
    }
    return p;
  }

  /**
   * TWAP over [now − W, now]: the difference of the price·time accumulator at both ends divided by W.
   * Each end is the newest checkpoint at or before it plus its price times the time since (the price
   * is constant between checkpoints), so the result is the exact time-weighted mean of the stored
   * prices, rounded down to 18 decimals. Two reverse seeks: O(log n).
   */
  twap(ctx: Context | QueryContext, market: string, windowSeconds: number): { twap: Dec; startNanos: bigint; endNanos: bigint } {
    const store = ctx.store(STORE_NAME);
    if (!this.market(store, market)) throw OracleErrors.unknownMarket.wrap(market);
    const max = this.params(store).twapWindowSeconds;
    if (!Number.isSafeInteger(windowSeconds) || windowSeconds <= 0 || BigInt(windowSeconds) > max) {
      throw OracleErrors.twapUnavailable.wrap(`window must be 1..${max} seconds, got ${windowSeconds}`);
    }
    const end = this.now(ctx);
    const start = end - BigInt(windowSeconds) * NS;
    const cumAt = (t: bigint): bigint | undefined => {
      const cp = this.checkpointAtOrBefore(store, market, t);
      return cp ? BigInt(cp.cumulative) + Dec.parse(cp.price).raw * (t - cp.timeNanos) : undefined;
    };
    const a = cumAt(start);
    const b = cumAt(end);
    if (a === undefined || b === undefined) throw OracleErrors.twapUnavailable.wrap(`${market} has no price at the window's start (${windowSeconds}s ago)`);
    return { twap: Dec.fromRaw((b - a) / (end - start)), startNanos: start, endNanos: end };
  }

  // ---- surfaces

  storedSurface(store: KVReader, market: string): VolSurface | undefined {
    const raw = store.get(cat(Keys.surfacePrefix, utf8(market)));
    return raw ? VolSurface.decode(raw) : undefined;
  }

  setSurface(store: KVStore, s: VolSurface): void {
    store.set(cat(Keys.surfacePrefix, utf8(s.market)), VolSurface.encode(s).finish());
  }

  volSurface(ctx: Context | QueryContext, market: string): VolSurface {
    const store = ctx.store(STORE_NAME);
    if (!this.market(store, market)) throw OracleErrors.unknownMarket.wrap(market);
    const s = this.storedSurface(store, market);
    if (!s) throw OracleErrors.surfaceNotFound.wrap(market);
    return s;
  }
}

export { SCALE };
