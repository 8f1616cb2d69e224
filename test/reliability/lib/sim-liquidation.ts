/**
 * The liquidation module (and expiry settlement) in the seeded simulation (test/reliability/lib/sim.ts):
 *
 * - the schedule of one run, from its seed: price shocks of the simulated BTC/USD feed at seeded heights
 *   (up and down, large enough to take thinly collateralised option writers below maintenance, sometimes
 *   below zero), a time jump to just before a short expiry (so that expiry settlement runs under load), and
 *   in one seed family a shorter oracle heartbeat with every feeder down for a stretch (prices go stale);
 * - the liquidator actor's txs: valid `MsgLiquidate` steps on the open auctions (read through the app's
 *   `Auctions` query, as a liquidator reads them) and invalid ones with their documented codes
 *   (not in auction, over the per-block share, size above the position, no such position, self-liquidation,
 *   size 0, the liquidator itself under auction, an unknown liquidator subaccount), `MsgFundInsurance`;
 * - the replay of every liquidation and settlement on the model: margin's `EventPositionChanged` (reasons
 *   `liquidation`, `adl`, `settlement`) moves the model's positions and collateral, `EventLiquidation`
 *   penalties and covers move the model's bank (margin ⇄ insurance module accounts), each judged (both
 *   sides of a transfer at one price, cash = −size × price, records matching their transfers, orders
 *   cancelled by an auction = its `cancelled_orders`);
 * - the checks on stale prices: in a block where BTC/USD's price or surface was stale, no auction starts,
 *   no step or ADL happens, no `MsgLiquidate` succeeds, and `EventLiquidationsPaused` names BTC/USD while
 *   positions exist; a settlement price is fixed only when the price in force at expiry was fresh, or (the
 *   fallback) on a window after expiry in which the price in force was never stale.
 */
import type { Event, ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import type { SettleApp } from '../../../chain/app';
import { Dec, validateSvi } from '../../../chain/math';
import type { FeedSlice } from '../../../modules/oracle/feed';
import type { SettleModules } from '../../../chain/node/modules';
import { QueryAuctionsRequest, QueryAuctionsResponse } from '../../../proto/gen/settle/liquidation/v1/query';
import { MsgFundInsurance, MsgLiquidate } from '../../../proto/gen/settle/liquidation/v1/tx';
import type { Auction } from '../../../proto/gen/settle/liquidation/v1/types';
import { Rng } from '../../helpers/rng';
import type { EncodedMsg } from './accounts';
import { SimFailure, UNDERLYING } from './sim-options';

/**
 * The node's simulated feed drops expiries less than an hour away; the simulation's feeders keep quoting the
 * short expiry until it (its total variance scaled from the nearest slice's by time), so that
 * its holders can be margined while the time jump brings it close.
 */
export function withShortSlice(slices: FeedSlice[], t: number, shortExpiry: number | undefined): FeedSlice[] {
  if (shortExpiry === undefined || shortExpiry - t < 2 || slices.length === 0 || slices.some((x) => x.expiry === shortExpiry)) return slices;
  const near = slices[0];
  const b = near.params.b.mulInt(BigInt(shortExpiry - t)).divInt(BigInt(near.expiry - t), 'down').round(8, 'down');
  const params = { ...near.params, a: b.divInt(10n, 'down').round(8, 'down'), b };
  try {
    validateSvi(params, Dec.fromInt(BigInt(shortExpiry - t)).divInt(31_557_600n, 'half-even'));
  } catch {
    return slices;
  }
  return [{ expiry: shortExpiry, params }, ...slices];
}

export const LIQUIDATION_TX_KINDS = ['lthin', 'lliq', 'lfund'] as const;
export type LiquidationTxKind = (typeof LIQUIDATION_TX_KINDS)[number];

const EV_POSITION = 'settle.margin.v1.EventPositionChanged';
const EV_STARTED = 'settle.liquidation.v1.EventLiquidationStarted';
const EV_LIQ = 'settle.liquidation.v1.EventLiquidation';
const EV_ENDED = 'settle.liquidation.v1.EventAuctionEnded';
const EV_PAUSED = 'settle.liquidation.v1.EventLiquidationsPaused';
const EV_DONE = 'settle.options.v1.EventOrderDone';
const EV_PRICE_FIXED = 'settle.options.v1.EventSettlementPriceFixed';
const NS = 1_000_000_000n;

/** The liquidator's subaccount number (funded by the liquidator's first txs). */
export const LIQUIDATOR_SUB = 8;
/** The subaccount number thin writers use. */
export const THIN_SUB = 6;

/** A run's schedule of shocks, the time jump and the feeder outage (all from the seed). */
export interface LiquidationSchedule {
  /** BTC/USD feed multiplier (per mille) from each height on, ascending heights. */
  shocks: { height: number; permille: number }[];
  /** The height whose block time jumps to `jumpTo` seconds (0: none). */
  jumpHeight: number;
  /** Seconds before the short expiry the jump lands at (the settlement window is 60 s). */
  jumpBefore: number;
  /** Heights [from, to] at which no feeder reports anything (0: none). */
  outage: [number, number] | undefined;
  /** The oracle's heartbeat in seconds. */
  heartbeat: number;
}

export function liquidationSchedule(seed: number, blocks: number): LiquidationSchedule {
  const rng = new Rng(seed * 7919 + 17);
  const shocks: { height: number; permille: number }[] = [];
  const levels = [700, 780, 850, 1000, 1180, 1280, 1400];
  let h = 8 + rng.int(Math.max(1, Math.floor(blocks / 6)));
  while (h < blocks - 3) {
    shocks.push({ height: h, permille: rng.pick(levels) });
    h += 6 + rng.int(Math.max(1, Math.floor(blocks / 4)));
  }
  const family = seed % 3;
  const outageStart = Math.floor(blocks * 0.55) + rng.int(Math.max(1, Math.floor(blocks / 8)));
  return {
    shocks,
    jumpHeight: Math.max(3, Math.floor(blocks * 0.15) + rng.int(Math.max(1, Math.floor(blocks / 10)))),
    jumpBefore: 65 + rng.int(30),
    outage: family === 1 ? [outageStart, outageStart + 20 + rng.int(12)] : undefined,
    heartbeat: family === 1 ? 30 : 86_400,
  };
}

/** The feed multiplier at a height (per mille). */
export function shockAt(s: LiquidationSchedule, height: number): number {
  let p = 1000;
  for (const x of s.shocks) if (x.height <= height) p = x.permille;
  return p;
}

export interface LiquidationStats {
  auctionsStarted: number;
  auctionsEnded: Record<string, number>;
  /** EventLiquidation by kind (auction = a step, adl, cover, bad_debt). */
  records: Record<string, number>;
  penalties: string;
  covered: string;
  funded: string;
  ordersCancelled: number;
  /** Blocks with EventLiquidationsPaused, and blocks in which BTC/USD was stale at EndBlock. */
  pausedBlocks: number;
  staleBlocks: number;
  /** Blocks in which some auction was bankrupt at the end (withdrawals blocked). */
  bankruptBlocks: number;
  maxOpenAuctions: number;
  /** MsgLiquidate / MsgFundInsurance / withdrawal results by variant and code. */
  liquidateTxs: Record<string, number>;
  withdrawalsBlocked: number;
  /** Positions settled at expiry, instruments settled, settlement prices fixed, delays. */
  settledPositions: number;
  instrumentsSettled: number;
  settlementPricesFixed: number;
  settlementDelayedBlocks: number;
}

export function emptyLiquidationStats(): LiquidationStats {
  return {
    auctionsStarted: 0,
    auctionsEnded: {},
    records: {},
    penalties: '0',
    covered: '0',
    funded: '0',
    ordersCancelled: 0,
    pausedBlocks: 0,
    staleBlocks: 0,
    bankruptBlocks: 0,
    maxOpenAuctions: 0,
    liquidateTxs: {},
    withdrawalsBlocked: 0,
    settledPositions: 0,
    instrumentsSettled: 0,
    settlementPricesFixed: 0,
    settlementDelayedBlocks: 0,
  };
}

const inc = (r: Record<string, number>, k: string, n = 1): void => {
  r[k] = (r[k] ?? 0) + n;
};

function attrs(e: Event): Record<string, any> {
  const out: Record<string, any> = {};
  for (const a of e.attributes) if (a.key !== 'msg_index') out[a.key] = JSON.parse(a.value);
  return out;
}

/** What the rest of the simulation's model offers the replay. */
export interface LiquidationSink {
  /** A subaccount's settlement balance changes by `delta` (uusdc). */
  cash(owner: string, sub: number, delta: bigint): void;
  /** A position changes by `delta` contracts. */
  position(owner: string, sub: number, instrumentId: string, delta: bigint): void;
  /** uusdc moves between the margin and insurance module accounts (positive: to the fund). */
  toFund(amount: bigint): void;
}

export interface PlannedLiquidation {
  msgs: EncodedMsg[];
  variant: string;
  expect: { kind: 'ok'; alt: { codespace: string; code: number }[] } | { kind: 'fail'; codespace: string; code: number } | { kind: 'stateless'; codespace: string; code: number };
}

export function liquidateMsg(v: Partial<MsgLiquidate>): EncodedMsg {
  return { typeUrl: '/settle.liquidation.v1.MsgLiquidate', value: MsgLiquidate.encode(MsgLiquidate.fromPartial(v)).finish() };
}

export function fundMsg(sender: string, amount: string): EncodedMsg {
  return { typeUrl: '/settle.liquidation.v1.MsgFundInsurance', value: MsgFundInsurance.encode({ sender, amount }).finish() };
}

export class LiquidationSim {
  readonly stats = emptyLiquidationStats();
  /** Open auctions at the committed height (the Auctions query). */
  auctions: Auction[] = [];
  /** Some auction was bankrupt at the committed height (withdrawals blocked). */
  blocked = false;
  /** The committed BTC/USD price or surface may be stale at this block's time (margin/10 possible). */
  staleRisk = false;
  /**
   * An option is minutes from expiry: its SVI slice (quoted some seconds earlier) gives vols that grow without
   * bound as its time to expiry shrinks, and the vol-up scenarios can leave the pricing domain (margin/13).
   */
  nearExpiry = false;
  /** Auctioned subaccounts a tx of this block already targeted (their state is uncertain until the block ends). */
  private touched = new Set<string>();
  /** A MsgLiquidate was planned in this block (the withdrawal gate may change in it). */
  liquidatedThisBlock = false;
  private penalties = 0n;
  private covered = 0n;
  private funded = 0n;
  /** Σ of settlement cash per instrument (what margin's clearing balance holds, negated). */
  readonly clearing = new Map<string, bigint>();

  constructor(readonly schedule: LiquidationSchedule) {}

  /** The funded total (MsgFundInsurance) the model expects. */
  get fundedTotal(): bigint {
    return this.funded;
  }

  /** Reads the committed auctions through the query path and decides whether prices may be stale at `seconds`. */
  async beginBlock(app: SettleApp, keepers: SettleModules['keepers'], height: number, seconds: bigint, expiries: bigint[]): Promise<void> {
    this.touched = new Set();
    this.liquidatedThisBlock = false;
    this.nearExpiry = expiries.some((e) => e > seconds - 10n && e - seconds < 900n);
    if (height <= 1) return;
    const r = await app.query({ path: '/settle.liquidation.v1.Query/Auctions', data: QueryAuctionsRequest.encode({}).finish(), height: BigInt(height - 1), prove: false });
    if (r.code !== 0) throw new SimFailure(`height ${height}: Auctions query ${r.codespace}/${r.code} ${r.log}`);
    this.auctions = QueryAuctionsResponse.decode(r.value).auctions.map((a) => a.auction!);
    this.blocked = this.auctions.some((a) => a.bankrupt);
    const ctx = app.contextAt(height - 1);
    const maxAge = BigInt(Number(keepers.margin.params(ctx).maxPriceAgeSeconds) || Number(keepers.oracle.params(ctx).heartbeatSeconds));
    const p = keepers.oracle.storedPrice(ctx, UNDERLYING);
    const s = keepers.oracle.storedSurface(ctx, UNDERLYING);
    const oldest = p && s ? (p.timeNanos < s.timeNanos ? p.timeNanos : s.timeNanos) : 0n;
    // a block's time carries nanoseconds: one second of slack
    this.staleRisk = seconds * NS - oldest + NS > maxAge * NS;
  }

  auctionAt(owner: string, sub: number): Auction | undefined {
    return this.auctions.find((a) => a.owner === owner && a.subaccount === sub);
  }

  /** Open auctions no tx of this block touched yet. */
  untouched(): Auction[] {
    return this.auctions.filter((a) => !this.touched.has(`${a.owner} ${a.subaccount}`));
  }

  touch(owner: string, sub: number): void {
    this.touched.add(`${owner} ${sub}`);
  }

  /** Alternatives a margin-checked tx may also end with in this block (a stale price). */
  staleAlt(): { codespace: string; code: number }[] {
    return [...(this.staleRisk ? [{ codespace: 'margin', code: 10 }] : []), ...(this.nearExpiry ? [{ codespace: 'margin', code: 13 }] : [])];
  }

  /**
   * Replays a block's liquidation and settlement on the model: the successful MsgLiquidate txs' events (before
   * the end of the block's fills: call with `phase` 'txs'), then the end of the block's (phase 'block'). Judges
   * each transfer, record and cancellation; `stale` says whether BTC/USD was stale at this block's EndBlock.
   */
  replay(height: number, phase: 'txs' | 'block', events: Event[], sink: LiquidationSink, stale: boolean, hasPositionsAfter: () => boolean): void {
    const fail = (msg: string): never => {
      throw new SimFailure(`height ${height} (${phase}): ${msg}`);
    };
    const pending: Record<string, any>[] = [];
    const cancelledBy = new Map<string, number>();
    const doneBy = new Map<string, number>();
    let paused = false;
    for (const e of events) {
      if (e.type === EV_POSITION) {
        const a = attrs(e);
        const delta = BigInt(a.size_delta);
        const price = BigInt(a.price);
        const cash = BigInt(a.cash);
        if (a.reason === 'trade') continue; // fills: the options model
        if (!['liquidation', 'adl', 'settlement'].includes(a.reason)) fail(`EventPositionChanged reason ${a.reason}`);
        if (BigInt(a.fee) !== 0n) fail(`a ${a.reason} transfer charged a fee: ${JSON.stringify(a)}`);
        if (cash !== -delta * price) fail(`${a.reason}: cash ${cash} is not −size × price (${delta} × ${price})`);
        if (price < 0n) fail(`${a.reason} at a negative price ${price}`);
        sink.position(a.owner, a.subaccount, a.instrument_id, delta);
        sink.cash(a.owner, a.subaccount, cash);
        if (a.reason === 'settlement') {
          if (phase !== 'block') fail('a settlement in a tx');
          this.clearing.set(a.instrument_id, (this.clearing.get(a.instrument_id) ?? 0n) + cash);
          if (BigInt(a.size) !== 0n) fail(`settlement left ${a.size} of ${a.instrument_id} to subaccount ${a.subaccount} of ${a.owner}`);
          this.stats.settledPositions++;
        } else pending.push(a);
      } else if (e.type === EV_LIQ) {
        const a = attrs(e);
        const amount = BigInt(a.amount);
        inc(this.stats.records, a.kind);
        if (a.kind === 'auction' || a.kind === 'adl') {
          if (stale) fail(`a liquidation (${a.kind}) of subaccount ${a.subaccount} of ${a.owner} while ${UNDERLYING} was stale`);
          const [from, to] = pending.splice(0, 2);
          const size = BigInt(a.size);
          const price = BigInt(a.price);
          if (!from || !to || pending.length > 0) fail(`EventLiquidation ${a.kind} ${a.id} without exactly its two position changes`);
          if (from.reason !== (a.kind === 'adl' ? 'adl' : 'liquidation') || to.reason !== from.reason) fail(`EventLiquidation ${a.kind}: position changes with reasons ${from.reason}/${to.reason}`);
          if (from.owner !== a.owner || from.subaccount !== a.subaccount || to.owner !== a.counterparty_owner || to.subaccount !== a.counterparty_subaccount) fail(`EventLiquidation ${a.id} sides differ from its position changes`);
          if (BigInt(from.size_delta) !== -size || BigInt(to.size_delta) !== size || BigInt(from.price) !== price || BigInt(to.price) !== price) fail(`EventLiquidation ${a.id}: size ${size} at ${price}, position changes ${from.size_delta}@${from.price} / ${to.size_delta}@${to.price}`);
          if (from.instrument_id !== a.instrument_id || to.instrument_id !== a.instrument_id) fail(`EventLiquidation ${a.id}: instrument`);
          if (a.owner === a.counterparty_owner && a.subaccount === a.counterparty_subaccount) fail(`EventLiquidation ${a.id}: a subaccount liquidated into itself`);
          if (a.kind === 'adl' && amount !== 0n) fail(`ADL ${a.id} with amount ${amount}`);
          if (amount < 0n) fail(`penalty ${amount}`);
          if (amount > 0n) {
            sink.cash(a.owner, a.subaccount, -amount);
            sink.toFund(amount);
            this.penalties += amount;
          }
        } else if (a.kind === 'cover') {
          if (amount <= 0n) fail(`cover of ${amount}`);
          sink.cash(a.owner, a.subaccount, amount);
          sink.toFund(-amount);
          this.covered += amount;
        } else if (a.kind !== 'bad_debt') fail(`EventLiquidation kind ${a.kind}`);
      } else if (e.type === EV_STARTED) {
        if (phase !== 'block') fail('an auction started in a tx');
        if (stale) fail(`an auction started (subaccount ${attrs(e).subaccount}) while ${UNDERLYING} was stale`);
        const a = attrs(e);
        this.stats.auctionsStarted++;
        cancelledBy.set(`${a.owner} ${a.subaccount}`, Number(a.cancelled_orders));
        this.stats.ordersCancelled += Number(a.cancelled_orders);
      } else if (e.type === EV_ENDED) {
        inc(this.stats.auctionsEnded, attrs(e).reason);
      } else if (e.type === EV_PAUSED) {
        const a = attrs(e);
        if (a.market === UNDERLYING) paused = true;
      } else if (e.type === EV_DONE) {
        const a = attrs(e);
        if (a.reason === 'liquidation') doneBy.set(`${a.owner} ${a.subaccount}`, (doneBy.get(`${a.owner} ${a.subaccount}`) ?? 0) + 1);
      } else if (e.type === EV_PRICE_FIXED) {
        this.stats.settlementPricesFixed++;
      } else if (e.type === 'settle.options.v1.EventInstrumentSettled') {
        this.stats.instrumentsSettled++;
      } else if (e.type === 'settle.options.v1.EventSettlementDelayed') {
        this.stats.settlementDelayedBlocks++;
      }
    }
    if (pending.some((a) => a.reason !== 'settlement')) fail(`position changes (${pending.map((a) => a.reason).join(', ')}) without their EventLiquidation`);
    for (const [k, n] of doneBy) if (cancelledBy.get(k) !== n) fail(`${n} orders of ${k} done with reason liquidation; its EventLiquidationStarted says ${cancelledBy.get(k)}`);
    for (const [k, n] of cancelledBy) if ((doneBy.get(k) ?? 0) !== n) fail(`EventLiquidationStarted of ${k} cancelled ${n} orders; ${doneBy.get(k) ?? 0} EventOrderDone say so`);
    if (phase === 'block') {
      if (paused) this.stats.pausedBlocks++;
      if (stale) {
        this.stats.staleBlocks++;
        if (!paused && hasPositionsAfter()) fail(`${UNDERLYING} was stale with positions open, and no EventLiquidationsPaused named it`);
      } else if (paused) fail(`EventLiquidationsPaused for ${UNDERLYING} while its price and surface were fresh`);
    }
    this.stats.penalties = this.penalties.toString();
    this.stats.covered = this.covered.toString();
  }

  /** A MsgFundInsurance the model applied. */
  fundedBy(amount: bigint): void {
    this.funded += amount;
    this.stats.funded = this.funded.toString();
  }

  /** After the block: the committed auctions, for the stats. */
  afterBlock(keepers: SettleModules['keepers'], app: SettleApp, height: number): void {
    const ctx = app.contextAt(height);
    const open = keepers.liquidation.auctions(ctx);
    this.stats.maxOpenAuctions = Math.max(this.stats.maxOpenAuctions, open.length);
    if (open.some((a) => a.bankrupt)) this.stats.bankruptBlocks++;
  }
}

/**
 * Whether BTC/USD could not be judged at the committed height's EndBlock, as margin's scan decides it: its price
 * or surface stale (margin/10), or one of its unexpired options not markable (margin/13: the scan then pauses
 * the whole underlying too).
 */
export function staleAt(keepers: SettleModules['keepers'], app: SettleApp, height: number, instruments: { id: string; expiry: bigint }[], blockSeconds: bigint): boolean {
  const ctx = app.contextAt(height);
  for (const i of instruments) {
    if (i.expiry <= blockSeconds) continue;
    try {
      keepers.margin.contractRisk(ctx, i.id);
    } catch (err) {
      const e = err as { codespace?: string; code?: number };
      if (e.codespace === 'margin' && (e.code === 10 || e.code === 13)) return true;
      throw err;
    }
  }
  return false;
}

/**
 * The settlement price of (underlying, expiry) was fixed on a price in force at expiry that was fresh then;
 * or, marked fallback, on a window wholly after expiry in which the price in force was never stale.
 */
export function checkSettlementFresh(keepers: SettleModules['keepers'], app: SettleApp, height: number, events: Event[], heartbeat: number): void {
  for (const e of events) {
    if (e.type !== EV_PRICE_FIXED) continue;
    const a = attrs(e);
    const expiry = BigInt(a.expiry);
    const ctx = app.contextAt(height);
    if (a.fallback === true) {
      const sp = keepers.options.settlementPrice(ctx, a.underlying, expiry);
      if (!sp?.fallback || sp.windowStartNanos < expiry * NS) throw new SimFailure(`height ${height}: fallback settlement price of ${a.underlying}@${expiry} not on a window after expiry`);
      let t = sp.windowStartNanos;
      let inForce = keepers.oracle.checkpointAtOrBefore(ctx, a.underlying, t);
      for (;;) {
        if (!inForce) throw new SimFailure(`height ${height}: fallback settlement of ${a.underlying}@${expiry}: no price in force at ${t}`);
        const next = keepers.oracle.checkpoints(ctx, a.underlying).find((c) => c.timeNanos > inForce!.timeNanos && c.timeNanos <= sp.windowEndNanos);
        const until = next ? next.timeNanos : sp.windowEndNanos;
        if (until - inForce.timeNanos > BigInt(heartbeat) * NS) throw new SimFailure(`height ${height}: fallback settlement of ${a.underlying}@${expiry} rests on a price ${(until - inForce.timeNanos) / NS}s old inside its window`);
        if (!next) break;
        inForce = next;
        t = next.timeNanos;
      }
      continue;
    }
    const cp = keepers.oracle.checkpointAtOrBefore(ctx, a.underlying, expiry * NS);
    if (!cp) throw new SimFailure(`height ${height}: settlement price of ${a.underlying}@${expiry} fixed with no price in force at expiry`);
    if (expiry * NS - cp.timeNanos > BigInt(heartbeat) * NS) throw new SimFailure(`height ${height}: settlement price of ${a.underlying}@${expiry} fixed on a price ${(expiry * NS - cp.timeNanos) / NS}s old at expiry`);
  }
}

/** Events of one tx result (for the liquidation replay of MsgLiquidate txs). */
export function txEvents(r: ExecTxResult): Event[] {
  return r.code === 0 ? r.events : [];
}
