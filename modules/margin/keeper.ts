import { Dec, type SviParams } from '../../chain/math';
import { accountAddress, addressBytes, decodeAmount, encodeAmount, Errors, MAX_AMOUNT, prefixIterator, type Amount, type KVStore, type Context, type ReadContext, type StoreKey } from '../../chain/sdk';
import { Clearing, CollateralAsset, Params, Position, Subaccount } from '../../proto/gen/settle/margin/v1/types';
import { MarginErrors } from './errors';
import {
  assetKey,
  collateralKey,
  collateralPrefix,
  Keys,
  MODULE_ACCOUNT,
  clearingKey,
  holderKey,
  holdersPrefix,
  ownerSubaccountsPrefix,
  positionKey,
  positionPrefix,
  subaccountId,
  subaccountKey,
  totalKey,
} from './keys';
import { parseHaircut, parseUint } from './params';
import { applyFill, fillCash, FLAT, type PositionState } from './positions';
import { canTakeRisk, collateralValue as riskCollateralValue, health, instrumentRisk, markInstrument, marketData, requireFreshPrice, type CollateralBalance, type Health, type Instrument, type InstrumentMark, type InstrumentRisk, type MarketData } from './risk';
import { riskParams } from './params';
import { AccountIndex } from './account-index';
import { InstrumentRiskMemo } from './risk-cache';
import { HealthSession, type PricedAsset, type SubaccountInputs } from './health-session';
import type { RiskParams } from './risk';

/** What margin needs of the bank (implemented by modules/bank's BankKeeper; wired in the composition root). */
export interface MarginBankKeeper {
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Amount[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Amount[]): void;
  sendCoinsFromModuleToModule(ctx: Context, fromModule: string, toModule: string, coins: Amount[]): void;
  balance(ctx: ReadContext, address: string, denom: string): bigint;
}

/** What margin needs of the oracle (an adapter over modules/oracle's keeper, in the composition root). */
export interface MarginOracle {
  price(ctx: ReadContext, market: string, opts?: { maxAgeSeconds?: number }): { price: Dec; stale: boolean; ageSeconds: number; height: number };
  /** The market's SVI slices (expiry in Unix seconds) and whether the surface is older than `maxAgeSeconds`; undefined when it has none. */
  surface(ctx: ReadContext, market: string, opts?: { maxAgeSeconds?: number }): { slices: { expirySeconds: bigint; params: SviParams }[]; stale: boolean } | undefined;
  /** The current block's time in Unix seconds (a query's: the last block's). */
  nowSeconds(ctx: ReadContext): bigint;
}

/** What margin needs of a trading module's instruments (the options module implements it; wired in the composition root). */
export interface InstrumentSource {
  instrument(ctx: ReadContext, id: string): Instrument | undefined;
}

/** A change not written yet, for checking health as if it were. */
export interface PendingChange {
  /** A collateral delta of one denom. */
  denom?: string;
  amount?: bigint;
  portfolioMargin?: boolean;
  /** Position size deltas (orders not filled yet), and the settlement-balance delta they bring (premium, fees). */
  positions?: readonly PositionDelta[];
  cash?: bigint;
}

export interface PositionDelta {
  instrumentId: string;
  /** Contracts bought (positive) or sold (negative). */
  size: bigint;
}

/** One fill of one subaccount, as a trading module reports it. */
export interface Trade {
  instrumentId: string;
  /** Contracts bought (positive) or sold (negative). */
  size: bigint;
  /** Premium per contract, base units of the settlement denom. */
  price: bigint;
  /** Trading fee, base units of the settlement denom, paid to the fee module account. */
  fee: bigint;
}

/** Told of every change of a position (trade, settlement, liquidation, ADL), with its size before and after. */
export type PositionListener = (ctx: Context, instrumentId: string, before: bigint, after: bigint) => void;

export interface SubaccountRef {
  owner: string;
  number: number;
}

/** The only code that touches the margin store: params, collateral assets, subaccounts, their collateral and positions. */
export class MarginKeeper {
  private instruments: InstrumentSource | undefined;
  private positionListener: PositionListener | undefined;
  private withdrawalGate: ((ctx: ReadContext) => string | undefined) | undefined;
  /** The subaccounts carrying risk, for the liquidation scan (see account-index.ts). */
  readonly index: AccountIndex;
  /** Instrument risk memo of the health path (risk-cache.ts); undefined computes every time (tests compare both). */
  private riskMemo: InstrumentRiskMemo | undefined = new InstrumentRiskMemo();
  /** The last params decoded for the health path, by their stored bytes. */
  private healthParams: { raw: string; params: Params; risk: RiskParams } | undefined;
  /** The open health session (withHealthSession), if any. */
  private session: HealthSession | undefined;
  /** Whether withHealthSession opens sessions (the default); results are identical either way. */
  private sessions = true;
  /** The open fee batch (withBatchedFees): fees owed through its context, by fee module account, then denom. */
  private feeBatch: { ctx: Context; owed: Map<string, Map<string, bigint>> } | undefined;

  constructor(
    private readonly key: StoreKey,
    private readonly bank: MarginBankKeeper,
    private readonly oracle: MarginOracle,
    /** The margin module account's address (from auth, in the composition root). */
    readonly moduleAddress: string,
  ) {
    this.index = new AccountIndex(key);
  }

  /** What may block withdrawals chain-wide (the liquidation module: negative equity not covered yet); set once. */
  setWithdrawalGate(gate: (ctx: ReadContext) => string | undefined): void {
    if (this.withdrawalGate) throw new Error('the margin keeper already has a withdrawal gate');
    this.withdrawalGate = gate;
  }

  /** Turns the instrument risk memo on (the default) or off; results are identical either way. */
  setRiskCache(on: boolean): void {
    this.riskMemo = on ? new InstrumentRiskMemo() : undefined;
    this.healthParams = undefined;
  }

  /** Turns health sessions on (the default) or off; results are identical either way. */
  setHealthSessions(on: boolean): void {
    this.sessions = on;
  }

  /**
   * Runs `fn` with a health session over `ctx` (health-session.ts): health's decoded inputs are kept until
   * `fn` returns. The caller promises that `fn` writes no instrument and no oracle data (margin's own writes
   * keep the session right by themselves). Nested calls share the outer session.
   */
  withHealthSession<T>(ctx: ReadContext, fn: () => T): T {
    if (!this.sessions || this.session) return fn();
    this.session = new HealthSession(ctx);
    try {
      return fn();
    } finally {
      this.session = undefined;
    }
  }

  /**
   * Within `fn`, the fees of trades applied through `ctx` (the same context object) are added up and paid to
   * their fee accounts when `fn` returns, one bank transfer per account and denom (sorted), instead of one per
   * trade. Balances end the same; what changes is the bank events (the fee of each fill stays in its
   * EventPositionChanged). A trade through another context (a branch) pays at once. If `fn` throws, nothing
   * is paid: the caller discards `ctx`'s writes.
   */
  withBatchedFees<T>(ctx: Context, fn: () => T): T {
    if (this.feeBatch) return fn();
    const batch = { ctx, owed: new Map<string, Map<string, bigint>>() };
    this.feeBatch = batch;
    let result: T;
    try {
      result = fn();
    } finally {
      this.feeBatch = undefined;
    }
    for (const module of [...batch.owed.keys()].sort()) {
      const byDenom = batch.owed.get(module)!;
      const coins = [...byDenom.keys()].sort().map((denom) => ({ denom, amount: byDenom.get(denom)! }));
      this.bank.sendCoinsFromModuleToModule(ctx, MODULE_ACCOUNT, module, coins);
    }
    return result;
  }

  /** The open session if it serves `ctx`. */
  private sessionFor(ctx: ReadContext): HealthSession | undefined {
    return this.session?.serves(ctx) ? this.session : undefined;
  }

  /** Keeps the open session's copy of a subaccount right after a write to it (see health-session.ts). */
  private sessionWrite(ctx: Context, owner: string, number: number, apply: (session: HealthSession, id: string) => void): void {
    if (!this.session) return;
    const id = sessionSubaccountKey(owner, number);
    if (this.session.serves(ctx)) apply(this.session, id);
    else this.session.dropSubaccount(id);
  }

  /** The risk memo's hit and miss counts (benchmarks). */
  riskCacheStats(): { hits: number; misses: number } | undefined {
    return this.riskMemo && { hits: this.riskMemo.hits, misses: this.riskMemo.misses };
  }

  /** Params and the risk engine's view of them, decoded once per distinct stored bytes (read-only: never handed out). */
  private paramsForHealth(ctx: ReadContext): { raw: string; params: Params; risk: RiskParams } {
    const session = this.sessionFor(ctx);
    if (session) return (session.params ??= this.paramsFromStore(ctx));
    return this.paramsFromStore(ctx);
  }

  private paramsFromStore(ctx: ReadContext): { raw: string; params: Params; risk: RiskParams } {
    const bytes = ctx.kvStore(this.key).get(Keys.params);
    if (!bytes) throw MarginErrors.invalidParams.wrap('margin params are not set');
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (this.riskMemo && this.healthParams?.raw === raw) return this.healthParams;
    const params = Params.decode(bytes);
    const out = { raw, params, risk: riskParams(params) };
    if (this.riskMemo) this.healthParams = out;
    return out;
  }

  /** The trading module's instruments (set once, in the composition root). */
  setInstrumentSource(source: InstrumentSource): void {
    if (this.instruments) throw new Error('the margin keeper already has an instrument source');
    this.instruments = source;
  }

  /** The trading module's open-interest bookkeeping (set once, in the composition root). */
  setPositionListener(listener: PositionListener): void {
    if (this.positionListener) throw new Error('the margin keeper already has a position listener');
    this.positionListener = listener;
  }

  // ---- params and assets

  params(ctx: ReadContext): Params {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    if (!raw) throw MarginErrors.invalidParams.wrap('margin params are not set');
    return Params.decode(raw);
  }

  setParams(ctx: Context, p: Params): void {
    if (this.session) this.session = new HealthSession(this.session.ctx);
    ctx.kvStore(this.key).set(Keys.params, Params.encode(p).finish());
  }

  asset(ctx: ReadContext, denom: string): CollateralAsset | undefined {
    const raw = ctx.kvStore(this.key).get(assetKey(denom));
    return raw ? CollateralAsset.decode(raw) : undefined;
  }

  /** Listed assets in denom order. */
  assets(ctx: ReadContext): CollateralAsset[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.assetPrefix)].map(({ value }) => CollateralAsset.decode(value));
  }

  setAsset(ctx: Context, a: CollateralAsset): void {
    if (this.session) this.session = new HealthSession(this.session.ctx);
    ctx.kvStore(this.key).set(assetKey(a.denom), CollateralAsset.encode(a).finish());
  }

  /** Base units of `denom` held by all subaccounts together. */
  total(ctx: ReadContext, denom: string): bigint {
    return decodeAmount(ctx.kvStore(this.key).get(totalKey(denom)));
  }

  totals(ctx: ReadContext): Amount[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.totalPrefix)].map(({ key, value }) => ({
      denom: Buffer.from(key.subarray(Keys.totalPrefix.length)).toString('utf8'),
      amount: decodeAmount(value),
    }));
  }

  /** Signed like the balances it sums: one side of a fill may be applied before the other. */
  private setTotal(ctx: Context, denom: string, amount: bigint): void {
    writeSigned(ctx.kvStore(this.key), totalKey(denom), amount);
  }

  // ---- subaccounts

  subaccount(ctx: ReadContext, owner: string, number: number): Subaccount | undefined {
    const raw = ctx.kvStore(this.key).get(subaccountKey(addressBytes(owner), number));
    return raw ? Subaccount.decode(raw) : undefined;
  }

  requireSubaccount(ctx: ReadContext, owner: string, number: number): Subaccount {
    const s = this.subaccount(ctx, owner, number);
    if (!s) throw MarginErrors.unknownSubaccount.wrap(`${owner} has no subaccount ${number}`);
    return s;
  }

  /** An owner's subaccounts in number order. */
  subaccounts(ctx: ReadContext, owner: string): Subaccount[] {
    return [...prefixIterator(ctx.kvStore(this.key), ownerSubaccountsPrefix(addressBytes(owner)))].map(({ value }) => Subaccount.decode(value));
  }

  /** Every subaccount in (owner bytes, number) order. */
  *allSubaccounts(ctx: ReadContext): IterableIterator<Subaccount> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.subaccountPrefix)) yield Subaccount.decode(value);
  }

  setSubaccount(ctx: Context, s: Subaccount): void {
    this.index.touch(subaccountId(addressBytes(s.owner), s.number));
    ctx.kvStore(this.key).set(subaccountKey(addressBytes(s.owner), s.number), Subaccount.encode(s).finish());
    this.sessionWrite(ctx, s.owner, s.number, (session, id) => session.subaccountWritten(id, s));
  }

  /** The subaccount, created (cross or isolated) if it does not exist yet. */
  private ensureSubaccount(ctx: Context, owner: string, number: number, isolated: boolean): Subaccount {
    const existing = this.subaccount(ctx, owner, number);
    if (existing) return existing;
    this.checkNewNumber(ctx, number);
    const s: Subaccount = { owner, number, isolated, portfolioMargin: false };
    this.setSubaccount(ctx, s);
    ctx.emit('settle.margin.v1.EventSubaccountCreated', { owner: JSON.stringify(owner), number: String(number), isolated: String(isolated) });
    return s;
  }

  // ---- collateral

  collateral(ctx: ReadContext, owner: string, number: number, denom: string): bigint {
    return decodeAmount(ctx.kvStore(this.key).get(collateralKey(addressBytes(owner), number, denom)));
  }

  /** A subaccount's collateral in denom order. */
  collaterals(ctx: ReadContext, owner: string, number: number): Amount[] {
    const prefix = collateralPrefix(addressBytes(owner), number);
    return [...prefixIterator(ctx.kvStore(this.key), prefix)].map(({ key, value }) => ({
      denom: Buffer.from(key.subarray(prefix.length)).toString('utf8'),
      amount: decodeAmount(value),
    }));
  }

  /**
   * Sets a subaccount's collateral without moving coins or totals. Signed: only the settlement denom goes
   * below zero, and only through trades and settlement (withdrawals and transfers check what is held).
   */
  setCollateral(ctx: Context, owner: string, number: number, denom: string, amount: bigint): void {
    this.index.touch(subaccountId(addressBytes(owner), number));
    writeSigned(ctx.kvStore(this.key), collateralKey(addressBytes(owner), number, denom), amount);
    this.sessionWrite(ctx, owner, number, (session, id) => session.collateralWritten(id, denom, amount));
  }

  /** Genesis: the totals follow from the subaccounts' collateral. */
  addToTotal(ctx: Context, denom: string, amount: bigint): void {
    this.setTotal(ctx, denom, this.total(ctx, denom) + amount);
  }

  /**
   * The subaccount's collateral valued in the quote currency at haircut, rounded down (what counts as
   * equity). Prices must be fresh: a stale or missing price refuses with margin/10.
   */
  collateralValue(ctx: ReadContext, owner: string, number: number): Dec {
    return this.pricedCollateral(ctx, owner, number, maxPriceAge(this.params(ctx))).reduce((sum, c) => sum.add(riskCollateralValue(c)), Dec.ZERO);
  }

  /** The subaccount's collateral with fresh prices and haircuts, as the risk engine takes it; `change` as if applied. */
  private pricedCollateral(ctx: ReadContext, owner: string, number: number, maxAge: number | undefined, change?: PendingChange, kept?: readonly Amount[]): CollateralBalance[] {
    const held = kept ? [...kept] : this.collaterals(ctx, owner, number);
    const adjust = (denom: string, delta: bigint | undefined): void => {
      if (!delta) return;
      const i = held.findIndex((c) => c.denom === denom);
      if (i >= 0) held[i] = { denom, amount: held[i].amount + delta };
      else held.push({ denom, amount: delta });
    };
    if (change?.denom !== undefined) adjust(change.denom, change.amount);
    if (change?.cash) adjust(this.paramsForHealth(ctx).params.settlementDenom, change.cash);
    // priceCollateral re-reads params when maxAge is undefined (no maximum age set): in a tx that read is
    // gas, so only a session (the end of the block: no gas) skips it
    return this.sessionFor(ctx) ? this.priceHeld(ctx, held, maxAge) : this.priceCollateral(ctx, held, maxAge);
  }

  /** Collateral balances with fresh prices and haircuts, as the risk engine takes them (margin/10 when a price is stale). */
  priceCollateral(ctx: ReadContext, held: readonly Amount[], maxAge = maxPriceAge(this.params(ctx))): CollateralBalance[] {
    return this.priceHeld(ctx, held, maxAge);
  }

  private priceHeld(ctx: ReadContext, held: readonly Amount[], maxAge: number | undefined): CollateralBalance[] {
    const out: CollateralBalance[] = [];
    const session = this.sessionFor(ctx);
    for (const c of held) {
      if (c.amount === 0n) continue;
      let priced = session?.assets.get(c.denom);
      if (!priced) {
        priced = this.pricedAsset(ctx, c.denom, maxAge);
        session?.assets.set(c.denom, priced);
      }
      out.push({ denom: c.denom, amount: c.amount, ...priced });
    }
    return out;
  }

  /** A collateral denom's fresh price, haircut and decimals (margin/10 when its price is stale). */
  private pricedAsset(ctx: ReadContext, denom: string, maxAge: number | undefined): PricedAsset {
    const asset = this.asset(ctx, denom);
    if (!asset) throw Errors.logic.wrap(`${denom} is held but not listed`);
    let price = Dec.ONE;
    if (asset.oracleMarket !== '') {
      let p;
      try {
        p = this.oracle.price(ctx, asset.oracleMarket, { maxAgeSeconds: maxAge });
      } catch (err) {
        throw MarginErrors.staleMarketData.wrap(`${asset.oracleMarket}: ${(err as Error).message}`);
      }
      if (p.stale) throw MarginErrors.staleMarketData.wrap(`${asset.oracleMarket} was last updated ${p.ageSeconds}s ago at height ${p.height}`);
      price = p.price;
    }
    return { price, haircut: parseHaircut(asset.haircut), decimals: asset.decimals };
  }

  /**
   * The subaccount's health at the current prices: equity, IM, MM, per-position marks and Greeks (and
   * in portfolio mode the worst scenario). A stale price or surface of any underlying it holds, or of
   * a collateral asset, refuses with margin/10.
   */
  health(ctx: ReadContext, owner: string, number: number, change?: PendingChange): Health {
    const session = this.sessionFor(ctx);
    const kept = session ? this.sessionInputs(session, ctx, owner, number) : undefined;
    const sub = kept?.sub ?? this.requireSubaccount(ctx, owner, number);
    const { raw, params, risk } = this.paramsForHealth(ctx);
    const positions = withDeltas(kept?.positions ?? this.heldPositions(ctx, owner, number), change?.positions);
    const instruments = new Map<string, Instrument>();
    const markets = new Map<string, MarketData>();
    const maxAge = maxPriceAge(params);
    for (const p of positions) {
      const inst = session ? this.sessionInstrument(session, ctx, p.instrumentId) : this.instruments?.instrument(ctx, p.instrumentId);
      if (!inst) throw MarginErrors.unknownInstrument.wrap(`${p.instrumentId} (held by subaccount ${number} of ${owner})`);
      instruments.set(inst.id, inst);
      if (!markets.has(inst.underlying)) markets.set(inst.underlying, session ? this.sessionMarket(session, ctx, inst.underlying, maxAge) : this.market(ctx, inst.underlying, maxAge));
    }
    const portfolio = change?.portfolioMargin ?? sub.portfolioMargin;
    return health({
      collateral: this.pricedCollateral(ctx, owner, number, maxAge, change, kept?.collaterals),
      positions,
      instruments,
      markets,
      params: risk,
      mode: portfolio ? 'portfolio' : 'standard',
      risk: session ? this.sessionRisk(session, instruments, markets, risk, raw) : this.riskMemo?.riskOf(instruments, markets, risk, raw),
    });
  }

  /** A subaccount's positions as health takes them. */
  private heldPositions(ctx: ReadContext, owner: string, number: number): { instrumentId: string; size: bigint }[] {
    return this.positions(ctx, owner, number).map((p) => ({ instrumentId: p.instrumentId, size: BigInt(p.size) }));
  }

  private sessionInputs(session: HealthSession, ctx: ReadContext, owner: string, number: number): SubaccountInputs {
    const id = sessionSubaccountKey(owner, number);
    return (
      session.subaccount(id) ??
      session.keepSubaccount(id, { sub: this.requireSubaccount(ctx, owner, number), positions: this.heldPositions(ctx, owner, number), collaterals: this.collaterals(ctx, owner, number) })
    );
  }

  private sessionInstrument(session: HealthSession, ctx: ReadContext, id: string): Instrument | undefined {
    let inst = session.instruments.get(id);
    if (!inst) {
      inst = this.instruments?.instrument(ctx, id);
      if (inst) session.instruments.set(id, inst);
    }
    return inst;
  }

  private sessionMarket(session: HealthSession, ctx: ReadContext, underlying: string, maxAge: number | undefined): MarketData {
    let m = session.markets.get(underlying);
    if (!m) session.markets.set(underlying, (m = this.market(ctx, underlying, maxAge)));
    return m;
  }

  /** What riskOf would give (undefined when an instrument cannot be marked: health then fails with its own message), once per instrument per session. */
  private sessionRisk(session: HealthSession, instruments: ReadonlyMap<string, Instrument>, markets: ReadonlyMap<string, MarketData>, params: RiskParams, paramsKey: string): Map<string, InstrumentRisk> | undefined {
    const out = new Map<string, InstrumentRisk>();
    for (const ins of instruments.values()) {
      let r = session.risks.get(ins.id);
      if (!r) {
        const market = markets.get(ins.underlying);
        if (!market) return undefined;
        try {
          r = this.riskMemo ? this.riskMemo.get(ins, market, params, paramsKey) : instrumentRisk(ins, market, params);
        } catch {
          return undefined;
        }
        session.risks.set(ins.id, r);
      }
      out.set(ins.id, r);
    }
    return out;
  }

  /** An instrument as the risk engine sees it (from the trading module); undefined when unknown. */
  riskInstrument(ctx: ReadContext, id: string): Instrument | undefined {
    return this.instruments?.instrument(ctx, id);
  }

  /** An underlying's market data as margin reads it (maximum price age from params); freshness is the caller's to check. */
  marketData(ctx: ReadContext, underlying: string): MarketData {
    return this.market(ctx, underlying, maxPriceAge(this.params(ctx)));
  }

  /** The oracle's price and surface of an underlying as the risk engine reads them. */
  private market(ctx: ReadContext, underlying: string, maxAge: number | undefined): MarketData {
    const price = this.oracle.price(ctx, underlying, { maxAgeSeconds: maxAge });
    const surface = this.oracle.surface(ctx, underlying, { maxAgeSeconds: maxAge });
    return marketData({ underlying, price, nowSeconds: this.oracle.nowSeconds(ctx), slices: surface?.slices ?? [], surfaceStale: surface?.stale ?? true });
  }

  /** One contract's full risk (marks, standard per-contract requirements) at fresh prices (margin/10 when stale, margin/11 when unknown). */
  contractRisk(ctx: ReadContext, instrumentId: string): InstrumentRisk {
    const inst = this.instruments?.instrument(ctx, instrumentId);
    if (!inst) throw MarginErrors.unknownInstrument.wrap(instrumentId);
    const { raw, params, risk } = this.paramsForHealth(ctx);
    const market = this.market(ctx, inst.underlying, maxPriceAge(params));
    requireFreshPrice(market);
    return this.riskMemo?.riskOf(new Map([[inst.id, inst]]), new Map([[inst.underlying, market]]), risk, raw)?.get(inst.id) ?? instrumentRisk(inst, market, risk);
  }

  /** One contract's mark and Greeks at the latest prices (margin/10 when stale, margin/11 when unknown). */
  mark(ctx: ReadContext, instrumentId: string): InstrumentMark {
    const inst = this.instruments?.instrument(ctx, instrumentId);
    if (!inst) throw MarginErrors.unknownInstrument.wrap(instrumentId);
    return markInstrument(inst, this.market(ctx, inst.underlying, maxPriceAge(this.params(ctx))));
  }

  /** Base units of the settlement denom per quote unit (uusdc: 10^6). */
  settlementUnit(ctx: ReadContext): bigint {
    const denom = this.params(ctx).settlementDenom;
    const asset = this.asset(ctx, denom);
    if (!asset) throw Errors.logic.wrap(`the settlement denom ${denom} is not listed`);
    return 10n ** BigInt(asset.decimals);
  }

  /** Every position of every subaccount, in store order. */
  *allPositions(ctx: ReadContext): IterableIterator<Position> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.positionPrefix)) yield Position.decode(value);
  }

  // ---- positions (changed only through the narrow interface the options module gets)

  positions(ctx: ReadContext, owner: string, number: number): Position[] {
    return [...prefixIterator(ctx.kvStore(this.key), positionPrefix(addressBytes(owner), number))].map(({ value }) => Position.decode(value));
  }

  position(ctx: ReadContext, owner: string, number: number, instrumentId: string): PositionState {
    const raw = ctx.kvStore(this.key).get(positionKey(addressBytes(owner), number, instrumentId));
    if (!raw) return FLAT;
    const p = Position.decode(raw);
    return { size: BigInt(p.size), costBasis: BigInt(p.costBasis), realizedPnl: BigInt(p.realizedPnl), feesPaid: BigInt(p.feesPaid) };
  }

  /** Writes a position; a flat one is deleted (its realised PnL lives on in the events). Genesis and the trade path. */
  setPosition(ctx: Context, owner: string, number: number, instrumentId: string, p: PositionState): void {
    const ownerBytes = addressBytes(owner);
    const key = positionKey(ownerBytes, number, instrumentId);
    const holder = holderKey(instrumentId, ownerBytes, number);
    this.index.touch(subaccountId(ownerBytes, number));
    if (p.size === 0n) {
      ctx.kvStore(this.key).delete(key);
      ctx.kvStore(this.key).delete(holder);
    } else {
      ctx.kvStore(this.key).set(holder, new Uint8Array());
      const proto: Position = { instrumentId, size: p.size.toString(), costBasis: p.costBasis.toString(), realizedPnl: p.realizedPnl.toString(), feesPaid: p.feesPaid.toString() };
      ctx.kvStore(this.key).set(key, Position.encode(proto).finish());
    }
    this.sessionWrite(ctx, owner, number, (session, id) => session.positionWritten(id, instrumentId, p.size));
  }

  /**
   * Applies one fill to a subaccount: its position (size, cost basis, realised PnL, fees) and its
   * settlement balance (−size × price − fee, which may go below zero). The fee goes to `feeModule`'s
   * account. No margin check: the trading module checks before it matches (requireMargin) and calls this
   * for both sides of every fill in the same block, which keeps Σ balances equal to what the module account holds.
   */
  applyTrade(ctx: Context, ref: SubaccountRef, trade: Trade, feeModule: string): PositionState {
    this.requireSubaccount(ctx, ref.owner, ref.number);
    const session = this.sessionFor(ctx);
    if (!(session ? this.sessionInstrument(session, ctx, trade.instrumentId) : this.instruments?.instrument(ctx, trade.instrumentId))) throw MarginErrors.unknownInstrument.wrap(trade.instrumentId);
    return this.changePosition(ctx, ref, trade, 'trade', feeModule);
  }

  /**
   * Cash-settles a subaccount's whole position in one instrument at `price` per contract (the payoff, base
   * units of the settlement denom): the long receives size × price, the short pays it, and the position
   * closes. The trading module settles every holder of an expired instrument in the same block.
   */
  settlePosition(ctx: Context, ref: SubaccountRef, instrumentId: string, price: bigint): PositionState {
    const p = this.position(ctx, ref.owner, ref.number, instrumentId);
    if (p.size === 0n) throw MarginErrors.invalidPosition.wrap(`subaccount ${ref.number} of ${ref.owner} holds no ${instrumentId}`);
    return this.changePosition(ctx, ref, { instrumentId, size: -p.size, price, fee: 0n }, 'settlement', undefined);
  }

  /**
   * Moves `size` contracts of an instrument from one subaccount to another at `price` per contract: a
   * liquidator taking part of a position, or auto-deleveraging closing it against an opposite holder.
   * `size` is signed as `from`'s position (which moves toward zero by it); `to` takes it on (its position moves by +size). No margin check here: the liquidation
   * module checks the liquidator first; ADL happens without one.
   */
  transferPosition(ctx: Context, from: SubaccountRef, to: SubaccountRef, instrumentId: string, size: bigint, price: bigint, reason: 'liquidation' | 'adl'): void {
    const held = this.position(ctx, from.owner, from.number, instrumentId).size;
    if (size === 0n || held === 0n || (held > 0n) !== (size > 0n) || (size < 0n ? -size : size) > (held < 0n ? -held : held)) {
      throw MarginErrors.invalidPosition.wrap(`subaccount ${from.number} of ${from.owner} holds ${held} ${instrumentId}; cannot give up ${size}`);
    }
    this.requireSubaccount(ctx, to.owner, to.number);
    this.changePosition(ctx, from, { instrumentId, size: -size, price, fee: 0n }, reason, undefined);
    this.changePosition(ctx, to, { instrumentId, size, price, fee: 0n }, reason, undefined);
  }

  /** Debits a subaccount's settlement balance (it may go below zero) and pays the amount to a module account (a penalty to the insurance fund). */
  payToModule(ctx: Context, ref: SubaccountRef, amount: bigint, module: string): void {
    if (amount <= 0n) throw Errors.logic.wrap(`payToModule of ${amount}`);
    const denom = this.params(ctx).settlementDenom;
    this.requireSubaccount(ctx, ref.owner, ref.number);
    this.setCollateral(ctx, ref.owner, ref.number, denom, this.collateral(ctx, ref.owner, ref.number, denom) - amount);
    this.setTotal(ctx, denom, this.total(ctx, denom) - amount);
    this.bank.sendCoinsFromModuleToModule(ctx, MODULE_ACCOUNT, module, [{ denom, amount }]);
  }

  /** Credits a subaccount's settlement balance from a module account (the insurance fund covering a deficit). */
  receiveFromModule(ctx: Context, ref: SubaccountRef, amount: bigint, module: string): void {
    if (amount <= 0n) throw Errors.logic.wrap(`receiveFromModule of ${amount}`);
    const denom = this.params(ctx).settlementDenom;
    this.requireSubaccount(ctx, ref.owner, ref.number);
    this.bank.sendCoinsFromModuleToModule(ctx, module, MODULE_ACCOUNT, [{ denom, amount }]);
    this.setCollateral(ctx, ref.owner, ref.number, denom, this.collateral(ctx, ref.owner, ref.number, denom) + amount);
    this.setTotal(ctx, denom, this.total(ctx, denom) + amount);
  }

  /**
   * Up to `limit` holders of an instrument (subaccounts with a non-zero position), in (owner bytes, number)
   * order: the settlement queue reads them a batch per block.
   */
  holders(ctx: ReadContext, instrumentId: string, limit: number): SubaccountRef[] {
    const prefix = holdersPrefix(instrumentId);
    const out: SubaccountRef[] = [];
    for (const { key } of prefixIterator(ctx.kvStore(this.key), prefix)) {
      if (out.length >= limit) break;
      const id = key.subarray(prefix.length);
      out.push({ owner: accountAddress(id.subarray(0, id.length - 4)), number: Buffer.from(id).readUInt32BE(id.length - 4) });
    }
    return out;
  }

  /** An instrument's clearing while it settles (see the Clearing proto); zeros when none. */
  clearing(ctx: ReadContext, instrumentId: string): { amount: bigint; settledSize: bigint } {
    const raw = ctx.kvStore(this.key).get(clearingKey(instrumentId));
    if (!raw) return { amount: 0n, settledSize: 0n };
    const c = Clearing.decode(raw);
    return { amount: BigInt(c.amount), settledSize: BigInt(c.settledSize) };
  }

  /** Every instrument part-way through settlement, by id. */
  clearings(ctx: ReadContext): { instrumentId: string; amount: bigint; settledSize: bigint }[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.clearingPrefix)].map(({ value }) => {
      const c = Clearing.decode(value);
      return { instrumentId: c.instrumentId, amount: BigInt(c.amount), settledSize: BigInt(c.settledSize) };
    });
  }

  /** Writes an instrument's clearing; both zero deletes it. */
  setClearing(ctx: Context, instrumentId: string, amount: bigint, settledSize: bigint): void {
    const key = clearingKey(instrumentId);
    if (amount === 0n && settledSize === 0n) ctx.kvStore(this.key).delete(key);
    else ctx.kvStore(this.key).set(key, Clearing.encode({ instrumentId, amount: amount.toString(), settledSize: settledSize.toString() }).finish());
  }

  private changePosition(ctx: Context, ref: SubaccountRef, t: Trade, reason: 'trade' | 'settlement' | 'liquidation' | 'adl', feeModule: string | undefined): PositionState {
    const before = this.position(ctx, ref.owner, ref.number, t.instrumentId);
    const next = applyFill(before, t.size, t.price, t.fee);
    const denom = this.paramsForHealth(ctx).params.settlementDenom;
    const cash = fillCash(t.size, t.price, t.fee);
    this.setPosition(ctx, ref.owner, ref.number, t.instrumentId, next);
    this.positionListener?.(ctx, t.instrumentId, before.size, next.size);
    this.setCollateral(ctx, ref.owner, ref.number, denom, this.collateral(ctx, ref.owner, ref.number, denom) + cash);
    // a trade's two sides are applied in the same block; a settlement's are not (the queue is bounded), so its
    // cash passes through the instrument's clearing balance, which returns to zero once every holder settled
    if (reason === 'settlement') {
      const c = this.clearing(ctx, t.instrumentId);
      this.setClearing(ctx, t.instrumentId, c.amount - cash, c.settledSize - t.size);
    }
    else this.setTotal(ctx, denom, this.total(ctx, denom) + cash);
    if (t.fee > 0n) {
      if (!feeModule) throw Errors.logic.wrap('a fee without a fee module account');
      if (this.feeBatch?.ctx === ctx) {
        const owed = this.feeBatch.owed.get(feeModule) ?? new Map<string, bigint>();
        owed.set(denom, (owed.get(denom) ?? 0n) + t.fee);
        this.feeBatch.owed.set(feeModule, owed);
      } else this.bank.sendCoinsFromModuleToModule(ctx, MODULE_ACCOUNT, feeModule, [{ denom, amount: t.fee }]);
    }
    ctx.emit('settle.margin.v1.EventPositionChanged', {
      owner: JSON.stringify(ref.owner),
      subaccount: String(ref.number),
      instrument_id: JSON.stringify(t.instrumentId),
      reason: JSON.stringify(reason),
      size_delta: JSON.stringify(t.size.toString()),
      price: JSON.stringify(t.price.toString()),
      cash: JSON.stringify(cash.toString()),
      fee: JSON.stringify(t.fee.toString()),
      size: JSON.stringify(next.size.toString()),
      cost_basis: JSON.stringify(next.costBasis.toString()),
      realized_pnl: JSON.stringify(next.realizedPnl.toString()),
    });
    return next;
  }

  /**
   * Refuses (margin/9) a change that would leave the subaccount below its initial margin at fresh prices
   * (margin/10 when stale). A change that only reduces positions passes as long as it does not lower the
   * free collateral (equity − IM): an account under water may always cut its risk.
   */
  requireMargin(ctx: ReadContext, ref: SubaccountRef, change: PendingChange): Health {
    const after = this.health(ctx, ref.owner, ref.number, change);
    if (canTakeRisk(after)) return after;
    if (change.positions && change.positions.length > 0 && this.onlyReduces(ctx, ref, change.positions)) {
      const before = this.health(ctx, ref.owner, ref.number);
      if (after.equity.sub(after.im).gte(before.equity.sub(before.im))) return after;
    }
    throw MarginErrors.insufficientMargin.wrap(`subaccount ${ref.number} of ${ref.owner}: equity ${after.equity} is below the initial margin ${after.im} after this change`);
  }

  private onlyReduces(ctx: ReadContext, ref: SubaccountRef, deltas: readonly PositionDelta[]): boolean {
    if (deltas.some((d) => d.size !== 0n && deltas.filter((e) => e.instrumentId === d.instrumentId).length > 1)) return false;
    return deltas.every((d) => {
      const held = this.position(ctx, ref.owner, ref.number, d.instrumentId).size;
      return d.size === 0n || (held !== 0n && (held > 0n) !== (d.size > 0n) && (d.size < 0n ? -d.size : d.size) <= (held < 0n ? -held : held));
    });
  }

  // ---- collateral movements

  deposit(ctx: Context, ref: SubaccountRef, denom: string, amount: bigint, isolated: boolean): void {
    const asset = this.asset(ctx, denom);
    if (!asset) throw MarginErrors.unknownCollateral.wrap(`${denom} is not listed; see the CollateralAssets query`);
    if (!asset.enabled) throw MarginErrors.unknownCollateral.wrap(`deposits of ${denom} are disabled`);
    const cap = parseUint(asset.depositCap, 'deposit_cap');
    const total = this.total(ctx, denom);
    if (cap > 0n && total + amount > cap) {
      throw MarginErrors.depositCapExceeded.wrap(`${denom}: ${total} held of a ${cap} cap; at most ${cap > total ? cap - total : 0n} more can be deposited`);
    }
    this.ensureSubaccount(ctx, ref.owner, ref.number, isolated);
    this.bank.sendCoinsFromAccountToModule(ctx, ref.owner, MODULE_ACCOUNT, [{ denom, amount }]);
    this.setCollateral(ctx, ref.owner, ref.number, denom, this.collateral(ctx, ref.owner, ref.number, denom) + amount);
    this.setTotal(ctx, denom, total + amount);
    ctx.emit('settle.margin.v1.EventDeposit', amountEvent(ref, denom, amount));
  }

  withdraw(ctx: Context, ref: SubaccountRef, denom: string, amount: bigint): void {
    this.requireSubaccount(ctx, ref.owner, ref.number);
    const blocked = this.withdrawalGate?.(ctx);
    if (blocked) throw MarginErrors.withdrawalsBlocked.wrap(blocked);
    this.checkHeld(ctx, ref, denom, amount);
    this.checkRisk(ctx, ref, { denom, amount: -amount });
    this.debit(ctx, ref, denom, amount);
    this.setTotal(ctx, denom, this.total(ctx, denom) - amount);
    this.bank.sendCoinsFromModuleToAccount(ctx, MODULE_ACCOUNT, ref.owner, [{ denom, amount }]);
    ctx.emit('settle.margin.v1.EventWithdraw', amountEvent(ref, denom, amount));
  }

  transfer(ctx: Context, owner: string, from: number, to: number, denom: string, amount: bigint): void {
    if (from === to) throw MarginErrors.isolatedTransfer.wrap(`from and to are both subaccount ${from}`);
    const source = { owner, number: from };
    this.requireSubaccount(ctx, owner, from);
    this.checkHeld(ctx, source, denom, amount);
    this.checkRisk(ctx, source, { denom, amount: -amount });
    if (!this.subaccount(ctx, owner, to)) this.checkNewNumber(ctx, to);
    this.debit(ctx, source, denom, amount);
    const target = this.ensureSubaccount(ctx, owner, to, false);
    this.setCollateral(ctx, owner, target.number, denom, this.collateral(ctx, owner, target.number, denom) + amount);
    ctx.emit('settle.margin.v1.EventTransfer', {
      owner: JSON.stringify(owner),
      from_subaccount: String(from),
      to_subaccount: String(to),
      denom: JSON.stringify(denom),
      amount: JSON.stringify(amount.toString()),
    });
  }

  setMarginMode(ctx: Context, ref: SubaccountRef, portfolio: boolean): void {
    const s = this.requireSubaccount(ctx, ref.owner, ref.number);
    if (s.portfolioMargin === portfolio) return;
    this.checkRisk(ctx, ref, { portfolioMargin: portfolio });
    this.setSubaccount(ctx, { ...s, portfolioMargin: portfolio });
    ctx.emit('settle.margin.v1.EventMarginModeSet', { owner: JSON.stringify(ref.owner), subaccount: String(ref.number), portfolio_margin: String(portfolio) });
  }

  private checkHeld(ctx: ReadContext, ref: SubaccountRef, denom: string, amount: bigint): void {
    const held = this.collateral(ctx, ref.owner, ref.number, denom);
    if (held < amount) throw MarginErrors.insufficientCollateral.wrap(`subaccount ${ref.number} of ${ref.owner} holds ${held}${denom}, less than ${amount}${denom}`);
  }

  /** Every check is done before the first write (checkHeld, checkRisk), so a failure changes nothing. */
  private debit(ctx: Context, ref: SubaccountRef, denom: string, amount: bigint): void {
    this.setCollateral(ctx, ref.owner, ref.number, denom, this.collateral(ctx, ref.owner, ref.number, denom) - amount);
  }


  private checkNewNumber(ctx: ReadContext, number: number): void {
    const max = this.params(ctx).maxSubaccountsPerOwner;
    if (number >= max) throw MarginErrors.invalidSubaccount.wrap(`subaccount numbers are 0..${max - 1}, got ${number}`);
  }

  /**
   * Before a change that lowers a subaccount's equity or raises its requirement: equity − IM must stay
   * ≥ 0 at fresh prices with the change applied (margin/9, margin/10). A subaccount without positions or
   * debts holds no risk: its collateral may all go.
   */
  private checkRisk(ctx: ReadContext, ref: SubaccountRef, change: PendingChange): void {
    if (this.positions(ctx, ref.owner, ref.number).length === 0 && !this.collaterals(ctx, ref.owner, ref.number).some((c) => c.amount < 0n)) return;
    const h = this.health(ctx, ref.owner, ref.number, change);
    if (!canTakeRisk(h)) {
      throw MarginErrors.insufficientMargin.wrap(`subaccount ${ref.number} of ${ref.owner}: equity ${h.equity} is below the initial margin ${h.im} after this change`);
    }
  }
}

/** A subaccount's key in a health session: its store id, so every spelling of the owner's address meets. */
function sessionSubaccountKey(owner: string, number: number): string {
  return subaccountId(addressBytes(owner), number).toString('latin1');
}

/** The oldest oracle price margin accepts, in seconds; undefined leaves it to the oracle's heartbeat. */
function maxPriceAge(params: Params): number | undefined {
  return Number(params.maxPriceAgeSeconds) || undefined;
}

/** A signed decimal amount; zero deletes the key. */
function writeSigned(store: KVStore, key: Uint8Array, amount: bigint): void {
  const magnitude = amount < 0n ? -amount : amount;
  if (magnitude > MAX_AMOUNT) throw Errors.logic.wrap(`stored amount ${amount} out of range`);
  if (amount === 0n) store.delete(key);
  else store.set(key, encodeAmount(amount));
}

/** Positions with pending size deltas applied; flat ones dropped. */
function withDeltas(held: readonly { instrumentId: string; size: bigint }[], deltas: readonly PositionDelta[] | undefined): { instrumentId: string; size: bigint }[] {
  if (!deltas || deltas.length === 0) return held.filter((p) => p.size !== 0n);
  const sizes = new Map(held.map((p) => [p.instrumentId, p.size]));
  for (const d of deltas) sizes.set(d.instrumentId, (sizes.get(d.instrumentId) ?? 0n) + d.size);
  return [...sizes.entries()].filter(([, size]) => size !== 0n).map(([instrumentId, size]) => ({ instrumentId, size }));
}

function amountEvent(ref: SubaccountRef, denom: string, amount: bigint): Record<string, string> {
  return { owner: JSON.stringify(ref.owner), subaccount: String(ref.number), denom: JSON.stringify(denom), amount: JSON.stringify(amount.toString()) };
}


