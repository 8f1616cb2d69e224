/**
 * The options module in the seeded simulation (test/reliability/lib/sim.ts): its genesis (BTC/USD
 * priced, a vol surface at the oracle feed's Friday expiries, six listed BTC options), the options
 * txs the simulation plans (places, batches with replaces, cancels, mass cancels, deliberately
 * invalid orders) with the outcome each must have, and a model of the open orders, positions and
 * fills that is checked against the app after every block.
 *
 * What the model predicts exactly: every code the module decides before its margin check (tick,
 * unknown instrument, duplicate client id, open-interest cap, missing subaccount, cancels of orders
 * that are gone…); a place that passes those may pass or fail the margin check (`margin/9`), so both
 * are accepted and the client ids it uses stay "uncertain" for the rest of the block. Matching at the
 * end of the block is not re-implemented: its events are read and judged (each fill against both
 * orders: prices, sides, sizes, owners, post-only, reduce-only, FOK, the in-block priority, the exact
 * fee), the model follows them, and the app's orders, books, positions, open interest and collateral
 * must then equal the model's at every height.
 */
import type { Event, ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { accountAddress } from '../../../chain/address';
import type { SettleApp } from '../../../chain/app';
import { Dec } from '../../../chain/math';
import { fridayExpiries, simulatedSurface } from '../../../chain/node/daemons/feeder/simulated';
import type { SettleModules } from '../../../chain/node/modules';
import { instrumentId } from '../../../modules/options/instruments';
import { defaultGenesis as optionsDefaultGenesis } from '../../../modules/options/genesis';
import { Position } from '../../../proto/gen/settle/margin/v1/types';
import { QueryBookRequest, QueryBookResponse, QueryOrderRequest, QueryOrderResponse } from '../../../proto/gen/settle/options/v1/query';
import { MsgBatch, MsgCancelOrder, MsgListInstrument, MsgMassCancel, MsgPlaceOrder } from '../../../proto/gen/settle/options/v1/tx';
import { Instrument, InstrumentStatus, OptionKind, Order, OrderSpec, SelfTradePrevention, Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import type { Rng } from '../../helpers/rng';
import type { EncodedMsg } from './accounts';

/** A finding of the simulation (the run stops at the first one). */
export class SimFailure extends Error {}

export const OPTIONS_TX_KINDS = ['oplace', 'obatch', 'ocancel', 'omass', 'obad'] as const;
export type OptionsTxKind = (typeof OPTIONS_TX_KINDS)[number];

export const UNDERLYING = 'BTC/USD';
/** Base units of uusdc per USDC. */
const UNIT = 1_000_000n;
const ORDER_GAS = 3_000_000n;
/** The open-interest cap of the 110,000 call (the others have none). */
const OI_CAP = 60n;
const BUY = Side.SIDE_BUY;
const SELL = Side.SIDE_SELL;

const OPTIONS_EVENT = 'settle.options.v1.';
const EV_PLACED = 'settle.options.v1.EventOrderPlaced';
const EV_DONE = 'settle.options.v1.EventOrderDone';
const EV_FILL = 'settle.options.v1.EventFill';
const SETTLEMENT_EVENTS = new Set(['EventInstrumentExpired', 'EventSettlementPriceFixed', 'EventSettlementDelayed', 'EventInstrumentSettled'].map((n) => `settle.options.v1.${n}`));

/** The expiry of the simulation's options: the third Friday 08:00 UTC after genesis, one of the oracle feed's surface expiries for the whole run. */
export function simExpiry(genesisSeconds: bigint): bigint {
  return BigInt(fridayExpiries(Number(genesisSeconds))[2]);
}

/** The first Friday 08:00 UTC after genesis: the short expiry the simulation's time jump lands before (settlement runs under load). */
export function simShortExpiry(genesisSeconds: bigint): bigint {
  return BigInt(fridayExpiries(Number(genesisSeconds))[0]);
}

/**
 * Calls and puts at 90,000, 100,000 and 110,000 (0.01 BTC contracts; calls tick 0.01 USDC, puts 0.05 USDC); the 110,000 call has an
 * open-interest cap. With `shortExpiry`, a 100,000 call and put at it too (listed after the others).
 */
export function simInstruments(expiry: bigint, shortExpiry?: bigint): Instrument[] {
  const out: Instrument[] = [];
  const lines: [bigint, bigint][] = [90_000n, 100_000n, 110_000n].map((k) => [k, expiry]);
  if (shortExpiry !== undefined) lines.push([100_000n, shortExpiry]);
  for (const [strike, exp] of lines) {
    const expiry = exp;
    for (const kind of [OptionKind.OPTION_KIND_CALL, OptionKind.OPTION_KIND_PUT]) {
      const call = kind === OptionKind.OPTION_KIND_CALL;
      out.push({
        id: instrumentId(UNDERLYING, expiry, Dec.fromInt(strike), kind),
        underlying: UNDERLYING,
        expiry,
        strike: strike.toString(),
        kind,
        contractSize: '0.01',
        tickSize: call ? 10_000n : 50_000n,
        minSize: 1n,
        openInterestCap: call && strike === 110_000n ? OI_CAP : 0n,
        status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
        settlementPrice: '',
      });
    }
  }
  return out;
}

/**
 * Adds the options markets to a sim genesis app_state: BTC/USD at 97,000 with the simulated feed's
 * surface at genesis (slices at the next four Fridays), a one-day heartbeat (prices and surfaces never
 * go stale during a run, whatever the vote extensions bring), and the listed instruments.
 */
export function addOptionsGenesis(state: Record<string, unknown>, genesisSeconds: bigint, instruments: Instrument[], heartbeatSeconds = 86_400): void {
  const oracle = state.oracle as Record<string, any>;
  const nanos = (genesisSeconds * 1_000_000_000n).toString();
  oracle.params.heartbeatSeconds = String(heartbeatSeconds);
  oracle.prices = [{ market: UNDERLYING, price: '97000', height: '0', timeNanos: nanos, power: '0' }];
  const slices = simulatedSurface('sim-genesis', UNDERLYING, Number(genesisSeconds)).map((s) => ({
    expiry: String(s.expiry),
    a: s.params.a.toString(),
    b: s.params.b.toString(),
    rho: s.params.rho.toString(),
    m: s.params.m.toString(),
    sigma: s.params.sigma.toString(),
  }));
  if (!slices.some((s) => BigInt(s.expiry) === instruments[0].expiry)) throw new Error('the genesis surface has no slice at the options expiry');
  oracle.surfaces = [{ market: UNDERLYING, slices, height: '0', timeNanos: nanos }];
  oracle.blockTimeNanos = nanos;
  const options = optionsDefaultGenesis() as Record<string, any>;
  options.instruments = instruments.map((i) => Instrument.toJSON(i));
  // a one-minute settlement window: the time jump lands shortly before the short expiry
  options.params.settlementWindowSeconds = '60';
  state.options = options;
}

/** What the planner expects of an options tx's messages once the ante has passed. */
export type OptionsExpect =
  | { kind: 'ok'; alt?: { codespace: string; code: number }[] }
  | { kind: 'fail'; codespace: string; code: number }
  /** refused by the message's own checks while decoding (CheckTx too; no fee, no sequence) */
  | { kind: 'stateless'; codespace: string; code: number };

/** What an options tx asks for, replayed on the model after the block. */
export interface OptionsPlan {
  op: 'place' | 'batch' | 'cancel' | 'mass' | 'bad';
  owner: string;
  sub: number;
  cancelClientIds: bigint[];
  cancelOrderId?: bigint;
  places: OrderSpec[];
  mass?: { instrumentId: string; underlying: string; expiry: bigint };
}

export interface PlannedOptionsTx {
  msgs: EncodedMsg[];
  gas: bigint;
  expect: OptionsExpect;
  plan: OptionsPlan;
  /** The variant, for the counters (e.g. "bad:tick"). */
  variant: string;
}

/** Counters of the options activity (JSON-serialisable: they travel between processes). */
export interface OptionsStats {
  /** Orders the module accepted (EventOrderPlaced). */
  ordersPlaced: number;
  fills: number;
  contracts: number;
  /** Premium and fees moved by fills, uusdc (decimal strings). */
  premium: string;
  fees: string;
  /** Orders removed by cancel, batch and mass-cancel txs. */
  cancelledByTx: number;
  /** End-of-block outcomes (EventOrderDone) by reason, and orders that rested. */
  done: Record<string, number>;
  rested: number;
  /** Options txs that failed, by codespace/code. */
  failures: Record<string, number>;
  /** Planned variants, e.g. place, batch:replace, cancel:stale, bad:tick. */
  variants: Record<string, number>;
  /** Orders whose remaining size a decrement-both self-trade prevention reduced (no event tells). */
  stpDecrements: number;
  /** Reduce-only orders cut to the position they could reduce when matched, the cut cancelled (no event tells). */
  reduceOnlyCuts: number;
  maxOpenOrders: number;
  maxOpenInterest: number;
  /** The largest gap seen between the stats' open interest and the model's positions' long sum (0 since open interest follows margin's position hook). */
  oiDrift: number;
  /** Blocks whose orders, books, positions and stats were checked against the model. */
  checks: number;
  /** Book comparisons of the reopened shadow app with the primary's (after reopening and after the block). */
  shadowBookChecks: number;
}

export function emptyOptionsStats(): OptionsStats {
  return { ordersPlaced: 0, fills: 0, contracts: 0, premium: '0', fees: '0', cancelledByTx: 0, done: {}, rested: 0, failures: {}, variants: {}, stpDecrements: 0, reduceOnlyCuts: 0, maxOpenOrders: 0, maxOpenInterest: 0, oiDrift: 0, checks: 0, shadowBookChecks: 0 };
}

interface SimOrder {
  id: bigint;
  owner: string;
  sub: number;
  spec: OrderSpec;
  remaining: bigint;
  placedHeight: bigint;
  /** Placed in the current block and not matched yet. */
  pending: boolean;
}

/** The planner's view of one subaccount's client ids during a block. */
interface SubPlan {
  /** Certainly open when the next tx of the block runs: client id → instrument and (for resting orders) order id. */
  open: Map<bigint, { instrumentId: string; orderId?: bigint }>;
  /** Maybe open (a place that may fail the margin check, a batch that may): never used again in this block. */
  uncertain: Map<bigint, string>;
}

/** Hooks into the bank and margin model for fills. */
export interface FillSink {
  /** The settlement balance of a subaccount changes (may go below zero). */
  cash(owner: string, sub: number, delta: bigint): void;
  /** A fee moves from the margin module account to the fee collector. */
  fee(amount: bigint): void;
}

const inc = (r: Record<string, number>, k: string, n = 1): void => {
  r[k] = (r[k] ?? 0) + n;
};
const subKey = (owner: string, sub: number): string => `${owner} ${sub}`;
const posKey = (owner: string, sub: number, ins: string): string => `${owner} ${sub} ${ins}`;
const specJson = (s: OrderSpec): string => JSON.stringify(OrderSpec.toJSON(s));
const abs = (v: bigint): bigint => (v < 0n ? -v : v);
const tifOf = (s: OrderSpec): TimeInForce => (s.timeInForce === TimeInForce.TIME_IN_FORCE_UNSPECIFIED ? TimeInForce.TIME_IN_FORCE_GTC : s.timeInForce);

function attrs(e: Event): Record<string, any> {
  const out: Record<string, any> = {};
  for (const a of e.attributes) if (a.key !== 'msg_index') out[a.key] = JSON.parse(a.value);
  return out;
}

function place(owner: string, sub: number, order: OrderSpec): EncodedMsg {
  return { typeUrl: '/settle.options.v1.MsgPlaceOrder', value: MsgPlaceOrder.encode({ owner, subaccount: sub, order }).finish() };
}

export class OptionsSim {
  readonly byId: Map<string, Instrument>;
  readonly expiry: bigint;
  readonly stats = emptyOptionsStats();
  /** Open orders (resting after the last block, and this block's accepted ones while it is replayed). */
  private readonly orders = new Map<bigint, SimOrder>();
  private readonly byClient = new Map<string, bigint>();
  private nextOrderId = 1n;
  /** Signed position sizes by "owner sub instrument". */
  private readonly positions = new Map<string, bigint>();
  private readonly volume = new Map<string, bigint>();
  /** Per subaccount: the next fresh client id, and client ids of orders done in earlier blocks. */
  private readonly nextClient = new Map<string, bigint>();
  private readonly doneClientIds = new Map<string, bigint[]>();
  /** A plausible premium per instrument (the mark at the last committed height), uusdc per contract. */
  private readonly fair = new Map<string, bigint>();
  private blockPlan = new Map<string, SubPlan>();
  private height = 0;
  private seconds = 0n;
  /**
   * Orders whose remaining size may shrink in this block without an event: those a decrement-both
   * self-trade prevention may reduce, and reduce-only orders placed in it (cut to what they can reduce
   * when matched). For them the app may hold less than the model's size-less-fills; never more.
   */
  private stpTouched = new Set<bigint>();
  private premium = 0n;
  private fees = 0n;

  constructor(readonly instruments: Instrument[]) {
    this.byId = new Map(instruments.map((i) => [i.id, i]));
    this.expiry = instruments[0].expiry;
    for (const i of instruments) {
      // intrinsic value plus some time value, until the first marks are read
      const k = Number(i.strike);
      const intrinsic = i.kind === OptionKind.OPTION_KIND_CALL ? Math.max(0, 97_000 - k) : Math.max(0, k - 97_000);
      this.fair.set(i.id, BigInt(Math.round((intrinsic * 0.01 + 30) * 100)) * 10_000n);
    }
  }

  // ---- the model's view for the rest of the simulation

  hasPositions(owner: string, sub: number): boolean {
    const prefix = `${owner} ${sub} `;
    for (const [k, v] of this.positions) if (v !== 0n && k.startsWith(prefix)) return true;
    return false;
  }

  openInterest(id: string): bigint {
    let oi = 0n;
    for (const [k, v] of this.positions) if (v > 0n && k.endsWith(` ${id}`)) oi += v;
    return oi;
  }

  openOrders(): number {
    return this.orders.size;
  }

  /** A position changed outside matching (a liquidation step, ADL, expiry settlement). */
  movePosition(owner: string, sub: number, instrumentId: string, delta: bigint): void {
    if (!this.byId.has(instrumentId)) throw new SimFailure(`a position change in unknown instrument ${instrumentId}`);
    const k = posKey(owner, sub, instrumentId);
    const next = (this.positions.get(k) ?? 0n) + delta;
    if (next === 0n) this.positions.delete(k);
    else this.positions.set(k, next);
  }

  /** Any position open (in any instrument). */
  anyPositions(): boolean {
    return this.positions.size > 0;
  }

  /** The subaccount's non-zero positions. */
  positionsOf(owner: string, sub: number): { instrumentId: string; size: bigint }[] {
    const prefix = `${owner} ${sub} `;
    return [...this.positions].filter(([k]) => k.startsWith(prefix)).map(([k, size]) => ({ instrumentId: k.slice(prefix.length), size }));
  }

  // ---- planning

  /** Before a block's txs are planned: the marks at the committed height price the orders. */
  beginBlock(height: number, seconds: bigint, mark: (id: string) => Dec | undefined): void {
    this.height = height;
    this.seconds = seconds;
    this.blockPlan = new Map();
    for (const i of this.instruments) {
      const m = mark(i.id);
      if (m && m.isPositive()) this.fair.set(i.id, m.raw / 10n ** 12n); // USDC per contract → uusdc
    }
  }

  private subPlan(owner: string, sub: number): SubPlan {
    const k = subKey(owner, sub);
    let p = this.blockPlan.get(k);
    if (!p) {
      p = { open: new Map(), uncertain: new Map() };
      for (const o of this.orders.values()) if (o.owner === owner && o.sub === sub) p.open.set(o.spec.clientId, { instrumentId: o.spec.instrumentId, orderId: o.id });
      this.blockPlan.set(k, p);
    }
    return p;
  }

  /** A client id not in use and not uncertain: mostly fresh, sometimes one of an order done in an earlier block (ids are free again). */
  private clientId(rng: Rng, owner: string, sub: number, p: SubPlan, exclude: Set<bigint> = new Set()): bigint {
    const k = subKey(owner, sub);
    const old = (this.doneClientIds.get(k) ?? []).filter((c) => !p.open.has(c) && !p.uncertain.has(c) && !exclude.has(c));
    if (old.length > 0 && rng.next() < 0.15) return rng.pick(old);
    const next = this.nextClient.get(k) ?? 1n;
    this.nextClient.set(k, next + 1n + BigInt(rng.int(3)));
    return next;
  }

  /** A random order on the tick around the instrument's fair premium. */
  private randomSpec(rng: Rng, owner: string, sub: number, clientId: bigint, ins?: Instrument, side?: Side): OrderSpec {
    // half the orders on the two at-the-money options, where books have depth and trades happen
    const atm = this.instruments.filter((x) => x.strike === '100000' && x.expiry > this.seconds);
    const i = ins ?? (rng.next() < 0.5 ? rng.pick(atm) : rng.pick(this.instruments));
    const held = this.positions.get(posKey(owner, sub, i.id)) ?? 0n;
    let reduceOnly = false;
    let s = side ?? (rng.next() < 0.5 ? BUY : SELL);
    if (side === undefined && held !== 0n && rng.next() < 0.4) {
      // close some of the position, often reduce-only
      s = held > 0n ? SELL : BUY;
      reduceOnly = rng.next() < 0.6;
    } else if (rng.next() < 0.04) reduceOnly = true; // reduce-only with nothing (or the wrong side) to reduce
    const fair = this.fair.get(i.id)!;
    // ±25 % around the fair premium, on a grid of 50 ticks (queues form) or on any tick
    const raw = (fair * BigInt(1000 + rng.int(501) - 250)) / 1000n;
    const grid = rng.next() < 0.8 ? 50n * i.tickSize : i.tickSize;
    let price = ((raw + grid / 2n) / grid) * grid;
    if (price < grid) price = grid;
    const r = rng.next();
    let size = r < 0.75 ? 1n + BigInt(rng.int(5)) : r < 0.95 ? 6n + BigInt(rng.int(35)) : 100n + BigInt(rng.int(300));
    if (reduceOnly && held !== 0n && rng.next() < 0.7) size = 1n + BigInt(rng.int(Number(abs(held))));
    const t = rng.next();
    const tif = t < 0.45 ? TimeInForce.TIME_IN_FORCE_GTC : t < 0.65 ? TimeInForce.TIME_IN_FORCE_IOC : t < 0.75 ? TimeInForce.TIME_IN_FORCE_FOK : t < 0.95 ? TimeInForce.TIME_IN_FORCE_GTB : TimeInForce.TIME_IN_FORCE_GTT;
    const resting = tif !== TimeInForce.TIME_IN_FORCE_IOC && tif !== TimeInForce.TIME_IN_FORCE_FOK;
    return OrderSpec.fromPartial({
      clientId,
      instrumentId: i.id,
      side: s,
      price,
      size,
      // unspecified means GTC: sometimes left out
      timeInForce: tif === TimeInForce.TIME_IN_FORCE_GTC && rng.next() < 0.2 ? TimeInForce.TIME_IN_FORCE_UNSPECIFIED : tif,
      goodTilBlock: tif === TimeInForce.TIME_IN_FORCE_GTB ? BigInt(this.height + rng.int(4)) : 0n,
      goodTilTime: tif === TimeInForce.TIME_IN_FORCE_GTT ? this.seconds + 1n + BigInt(rng.int(8)) : 0n,
      postOnly: resting && rng.next() < 0.2,
      reduceOnly,
      selfTradePrevention: rng.pick([
        SelfTradePrevention.SELF_TRADE_PREVENTION_UNSPECIFIED,
        SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_MAKER,
        SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_TAKER,
        SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_BOTH,
      ]),
    });
  }

  /**
   * The failure `place` decides before the margin check, in its order (subaccount, then per order:
   * instrument, expiry, tick / lot / good-til, open-interest cap, client id), or undefined.
   */
  private placeFailure(hasSub: boolean, open: Set<bigint>, specs: OrderSpec[]): { codespace: string; code: number } | undefined {
    if (!hasSub) return { codespace: 'options', code: 23 };
    if (open.size + specs.length > 1000) throw new SimFailure('the simulation planned more than 1000 open orders for a subaccount (max_open_orders_per_subaccount); it cannot predict that');
    const ids = new Set(open);
    for (const s of specs) {
      const i = this.byId.get(s.instrumentId);
      if (!i) return { codespace: 'options', code: 18 };
      if (i.expiry <= this.seconds) return { codespace: 'options', code: 19 };
      if (s.price % i.tickSize !== 0n || s.size % i.minSize !== 0n) return { codespace: 'options', code: 2 };
      if (s.goodTilBlock !== 0n && s.goodTilBlock < BigInt(this.height)) return { codespace: 'options', code: 2 };
      if (s.goodTilTime !== 0n && s.goodTilTime <= this.seconds) return { codespace: 'options', code: 2 };
      if (!s.reduceOnly && i.openInterestCap > 0n && this.openInterest(i.id) + s.size > i.openInterestCap) return { codespace: 'options', code: 22 };
      if (ids.has(s.clientId)) return { codespace: 'options', code: 20 };
      ids.add(s.clientId);
    }
    return undefined;
  }

  /** The outcome of places (after any cancels) on the planner's view, and the view updated for the txs after it. */
  private expectPlaces(p: SubPlan, hasSub: boolean, specs: OrderSpec[], cancels: bigint[]): OptionsExpect {
    const open = new Set([...p.open.keys()].filter((c) => !cancels.includes(c)));
    const fail = this.placeFailure(hasSub, open, specs);
    if (fail) return { kind: 'fail', ...fail };
    if (specs.length === 0) {
      for (const c of cancels) p.open.delete(c);
      return { kind: 'ok' };
    }
    // the margin check of the subaccount's open orders decides: either way the ids stay uncertain in this block
    for (const c of cancels) {
      p.uncertain.set(c, p.open.get(c)!.instrumentId);
      p.open.delete(c);
    }
    for (const s of specs) p.uncertain.set(s.clientId, s.instrumentId);
    return { kind: 'ok', alt: [{ codespace: 'margin', code: 9 }] };
  }

  /**
   * Plans one options tx of `kind` for subaccount `sub` of `owner` (it exists); `missing` are numbers
   * certainly without a subaccount.
   */
  plan(rng: Rng, kind: OptionsTxKind, owner: string, sub: number, missing: number[]): PlannedOptionsTx {
    const p = this.subPlan(owner, sub);
    const base = { owner, sub, cancelClientIds: [] as bigint[], places: [] as OrderSpec[] };
    const done = (variant: string, msgs: EncodedMsg[], expect: OptionsExpect, plan: OptionsPlan): PlannedOptionsTx => {
      inc(this.stats.variants, variant);
      return { msgs, gas: ORDER_GAS, expect, plan, variant };
    };
    switch (kind) {
      case 'oplace': {
        const spec = this.randomSpec(rng, owner, sub, this.clientId(rng, owner, sub, p));
        return done('place', [place(owner, sub, spec)], this.expectPlaces(p, true, [spec], []), { ...base, op: 'place', places: [spec] });
      }
      case 'obatch': {
        const open = [...p.open.keys()];
        const cancels: bigint[] = [];
        for (let n = rng.int(Math.min(open.length, 4) + 1); n > 0; n--) {
          const c = open.splice(rng.int(open.length), 1)[0];
          cancels.push(c);
        }
        const places: OrderSpec[] = [];
        let replaces = 0;
        for (const c of cancels) {
          if (rng.next() < 0.5) {
            // a replace: the same client id, instrument and side at a new price and size
            const prev = this.orders.get(p.open.get(c)!.orderId ?? -1n);
            places.push(this.randomSpec(rng, owner, sub, c, prev ? this.byId.get(prev.spec.instrumentId) : undefined, prev?.spec.side));
            replaces++;
          }
        }
        const used = new Set([...cancels, ...places.map((s) => s.clientId)]);
        for (let n = rng.int(4) + (cancels.length === 0 ? 1 : 0); n > 0; n--) {
          const c = this.clientId(rng, owner, sub, p, used);
          used.add(c);
          places.push(this.randomSpec(rng, owner, sub, c));
        }
        const msg: EncodedMsg = { typeUrl: '/settle.options.v1.MsgBatch', value: MsgBatch.encode({ owner, subaccount: sub, cancelClientIds: cancels, places }).finish() };
        const variant = replaces > 0 ? 'batch:replace' : places.length === 0 ? 'batch:cancels' : 'batch';
        return done(variant, [msg], this.expectPlaces(p, true, places, cancels), { ...base, op: 'batch', cancelClientIds: cancels, places });
      }
      case 'ocancel': {
        const open = [...p.open.entries()];
        const r = rng.next();
        const cancel = (v: Partial<MsgCancelOrder>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgCancelOrder', value: MsgCancelOrder.encode(MsgCancelOrder.fromPartial({ owner, subaccount: sub, ...v })).finish() });
        if (open.length > 0 && r < 0.65) {
          const [c] = rng.pick(open);
          p.open.delete(c);
          return done('cancel', [cancel({ clientId: c })], { kind: 'ok' }, { ...base, op: 'cancel', cancelClientIds: [c] });
        }
        const byId = open.filter(([, v]) => v.orderId !== undefined);
        if (byId.length > 0 && r < 0.8) {
          const [c, v] = rng.pick(byId);
          p.open.delete(c);
          return done('cancel:by-order-id', [cancel({ orderId: v.orderId })], { kind: 'ok' }, { ...base, op: 'cancel', cancelOrderId: v.orderId });
        }
        const foreign = [...this.orders.values()].filter((o) => !o.pending && (o.owner !== owner || o.sub !== sub));
        if (foreign.length > 0 && r < 0.87) {
          // someone else's order by its id: not found for this subaccount, and it must stay
          const o = rng.pick(foreign);
          return done('cancel:foreign', [cancel({ orderId: o.id })], { kind: 'fail', codespace: 'options', code: 4 }, { ...base, op: 'cancel', cancelOrderId: o.id });
        }
        // an order that no longer exists (done in an earlier block) or never did
        const free = (this.doneClientIds.get(subKey(owner, sub)) ?? []).filter((c) => !p.open.has(c) && !p.uncertain.has(c));
        const c = free.length > 0 && rng.next() < 0.7 ? rng.pick(free) : (this.nextClient.get(subKey(owner, sub)) ?? 1n) + 1_000_000n;
        return done('cancel:stale', [cancel({ clientId: c })], { kind: 'fail', codespace: 'options', code: 4 }, { ...base, op: 'cancel', cancelClientIds: [c] });
      }
      case 'omass': {
        const r = rng.next();
        const filter = { instrumentId: '', underlying: '', expiry: 0n };
        let variant = 'mass';
        if (r < 0.25) {
          filter.instrumentId = rng.pick(this.instruments).id;
          variant = 'mass:instrument';
        } else if (r < 0.35) {
          filter.underlying = rng.next() < 0.8 ? UNDERLYING : 'ETH/USD';
          variant = 'mass:underlying';
        } else if (r < 0.45) {
          filter.expiry = rng.next() < 0.8 ? this.expiry : this.expiry + 7n * 86_400n;
          variant = 'mass:expiry';
        }
        const matches = (ins: string): boolean =>
          (!filter.instrumentId || ins === filter.instrumentId) && (!filter.underlying || filter.underlying === UNDERLYING) && (filter.expiry === 0n || filter.expiry === this.byId.get(ins)!.expiry);
        for (const [c, v] of [...p.open]) if (matches(v.instrumentId)) p.open.delete(c);
        for (const [c, ins] of [...p.uncertain]) if (matches(ins)) p.uncertain.delete(c);
        const msg: EncodedMsg = { typeUrl: '/settle.options.v1.MsgMassCancel', value: MsgMassCancel.encode({ owner, subaccount: sub, ...filter }).finish() };
        return done(variant, [msg], { kind: 'ok' }, { ...base, op: 'mass', mass: filter });
      }
      case 'obad':
        return this.planBad(rng, owner, sub, missing, p, done);
    }
  }

  /**
   * A thinly collateralised writer's sell (sim-liquidation.ts): an at-the-money option of a live expiry, 4–15
   * contracts, priced below the fair premium so that it trades; GTC or IOC.
   */
  planWrite(rng: Rng, owner: string, sub: number): PlannedOptionsTx {
    const p = this.subPlan(owner, sub);
    const live = this.instruments.filter((i) => i.strike === '100000' && i.expiry > this.seconds);
    const ins = rng.pick(live);
    const base = this.randomSpec(rng, owner, sub, this.clientId(rng, owner, sub, p), ins, SELL);
    const raw = (this.fair.get(ins.id)! * BigInt(700 + rng.int(200))) / 1000n;
    const price = raw < ins.tickSize ? ins.tickSize : (raw / ins.tickSize) * ins.tickSize;
    const ioc = rng.next() < 0.3;
    const spec: OrderSpec = { ...base, price, size: 4n + BigInt(rng.int(12)), reduceOnly: false, postOnly: false, timeInForce: ioc ? TimeInForce.TIME_IN_FORCE_IOC : TimeInForce.TIME_IN_FORCE_GTC, goodTilBlock: 0n, goodTilTime: 0n };
    inc(this.stats.variants, 'write');
    return { msgs: [place(owner, sub, spec)], gas: ORDER_GAS, expect: this.expectPlaces(p, true, [spec], []), plan: { owner, sub, cancelClientIds: [], places: [spec], op: 'place' }, variant: 'write' };
  }

  /** Deliberately invalid options txs: each must fail with its documented code and change nothing. */
  private planBad(
    rng: Rng,
    owner: string,
    sub: number,
    missing: number[],
    p: SubPlan,
    done: (variant: string, msgs: EncodedMsg[], expect: OptionsExpect, plan: OptionsPlan) => PlannedOptionsTx,
  ): PlannedOptionsTx {
    const base = { owner, sub, cancelClientIds: [] as bigint[], places: [] as OrderSpec[], op: 'bad' as const };
    const fresh = (): OrderSpec => this.randomSpec(rng, owner, sub, this.clientId(rng, owner, sub, p));
    const variants = ['tick', 'duplicate', 'unknown-instrument', 'no-subaccount', 'gtb-passed', 'batch-duplicate', 'post-only-ioc', 'zero-size', 'no-id-cancel', 'not-authority'] as const;
    const v = rng.pick(variants);
    const placeBad = (variant: string, spec: OrderSpec, number = sub): PlannedOptionsTx => {
      // the failure before the margin check, which decides (e.g. the cap may come first)
      const fail = this.placeFailure(!missing.includes(number), new Set(number === sub ? p.open.keys() : []), [spec]);
      if (!fail) throw new SimFailure(`the simulation planned an invalid order (${variant}) that it does not expect to fail: ${specJson(spec)}`);
      return done(`bad:${variant}`, [place(owner, number, spec)], { kind: 'fail', ...fail }, { ...base, sub: number, places: [spec] });
    };
    switch (v) {
      case 'tick': {
        const s = fresh();
        return placeBad(v, { ...s, price: s.price + 1n + BigInt(rng.int(Number(this.byId.get(s.instrumentId)!.tickSize) - 1)) });
      }
      case 'duplicate': {
        if (p.open.size === 0) return placeBad('tick', { ...fresh(), price: 1n });
        const [c, info] = rng.pick([...p.open.entries()]);
        // on an instrument without a cap (the cap is checked before the client id)
        const ins = this.instruments.find((i) => i.openInterestCap === 0n && i.id === info.instrumentId) ?? this.instruments[0];
        return placeBad(v, { ...this.randomSpec(rng, owner, sub, c, ins), reduceOnly: false });
      }
      case 'unknown-instrument':
        return placeBad(v, { ...fresh(), instrumentId: rng.pick([instrumentId(UNDERLYING, this.expiry, Dec.fromInt(95_000n), OptionKind.OPTION_KIND_CALL), 'BTC-NOPE', 'ETH-20251212-3000-P']) });
      case 'no-subaccount':
        if (missing.length === 0) return placeBad('tick', { ...fresh(), price: 1n });
        return placeBad(v, fresh(), rng.pick(missing));
      case 'gtb-passed': {
        if (this.height <= 1) return placeBad('tick', { ...fresh(), price: 1n });
        return placeBad(v, { ...fresh(), timeInForce: TimeInForce.TIME_IN_FORCE_GTB, goodTilBlock: BigInt(this.height - 1 - rng.int(Math.min(this.height - 1, 5))), goodTilTime: 0n });
      }
      case 'batch-duplicate': {
        const a = fresh();
        const b = { ...this.randomSpec(rng, owner, sub, a.clientId, this.instruments.find((i) => i.openInterestCap === 0n)), reduceOnly: false };
        const specs = [{ ...a, reduceOnly: true }, b];
        const fail = this.placeFailure(true, new Set(p.open.keys()), specs);
        if (!fail) throw new SimFailure('a batch with one client id twice is not expected to fail');
        const msg: EncodedMsg = { typeUrl: '/settle.options.v1.MsgBatch', value: MsgBatch.encode({ owner, subaccount: sub, cancelClientIds: [], places: specs }).finish() };
        return done(`bad:${v}`, [msg], { kind: 'fail', ...fail }, { ...base, places: specs });
      }
      case 'post-only-ioc':
        return done(`bad:${v}`, [place(owner, sub, { ...fresh(), timeInForce: TimeInForce.TIME_IN_FORCE_IOC, goodTilBlock: 0n, goodTilTime: 0n, postOnly: true })], { kind: 'stateless', codespace: 'options', code: 2 }, base);
      case 'zero-size':
        return done(`bad:${v}`, [place(owner, sub, { ...fresh(), size: 0n })], { kind: 'stateless', codespace: 'options', code: 2 }, base);
      case 'no-id-cancel':
        return done(`bad:${v}`, [{ typeUrl: '/settle.options.v1.MsgCancelOrder', value: MsgCancelOrder.encode(MsgCancelOrder.fromPartial({ owner, subaccount: sub })).finish() }], { kind: 'stateless', codespace: 'options', code: 2 }, base);
      case 'not-authority': {
        // a valid new listing signed by a trader: only params.authority (gov) may list
        const ins = { ...simInstruments(this.expiry)[0], id: instrumentId(UNDERLYING, this.expiry, Dec.fromInt(95_000n), OptionKind.OPTION_KIND_CALL), strike: '95000' };
        const msg: EncodedMsg = { typeUrl: '/settle.options.v1.MsgListInstrument', value: MsgListInstrument.encode({ authority: owner, instrument: ins }).finish() };
        return done(`bad:${v}`, [msg], { kind: 'fail', codespace: 'options', code: 15 }, base);
      }
    }
  }

  // ---- after the block: the txs' and the block's events replayed on the model

  private addOrder(o: SimOrder): void {
    this.orders.set(o.id, o);
    this.byClient.set(`${o.owner} ${o.sub} ${o.spec.clientId}`, o.id);
  }

  private removeOrder(o: SimOrder): void {
    this.orders.delete(o.id);
    this.byClient.delete(`${o.owner} ${o.sub} ${o.spec.clientId}`);
    const k = subKey(o.owner, o.sub);
    const list = this.doneClientIds.get(k) ?? [];
    list.push(o.spec.clientId);
    if (list.length > 20) list.shift();
    this.doneClientIds.set(k, list);
  }

  private byClientId(owner: string, sub: number, clientId: bigint): SimOrder | undefined {
    const id = this.byClient.get(`${owner} ${sub} ${clientId}`);
    return id === undefined ? undefined : this.orders.get(id);
  }

  /**
   * Replays the block on the model: each options tx's events against what it asked for (in tx order),
   * then the end of the block's events (done orders, fills), judging every fill. Throws SimFailure.
   */
  afterBlock(
    height: number,
    blockSeconds: bigint,
    txs: { plan: OptionsPlan; result: ExecTxResult; index: number }[],
    blockEvents: Event[],
    index: Dec,
    feeParams: { maker: Dec; taker: Dec; cap: Dec },
    sink: FillSink,
  ): void {
    const fail = (msg: string): never => {
      throw new SimFailure(`height ${height}: ${msg}`);
    };
    this.stpTouched = new Set();
    const placedThisBlock: SimOrder[] = [];

    for (const { plan, result, index: ti } of txs) {
      const evs = result.events.filter((e) => e.type.startsWith(OPTIONS_EVENT));
      if (result.code !== 0) {
        if (evs.length > 0) fail(`tx ${ti} (${plan.op}) failed with ${result.codespace}/${result.code} but emitted ${evs.map((e) => e.type).join(', ')}`);
        inc(this.stats.failures, `${result.codespace}/${result.code}`);
        continue;
      }
      let k = 0;
      const take = (type: string): Record<string, any> => {
        const e = evs[k++];
        if (!e || e.type !== type) fail(`tx ${ti} (${plan.op}): expected ${type} as its event ${k}, got ${e?.type ?? 'nothing'}`);
        return attrs(e!);
      };
      const cancelled = (o: SimOrder | undefined, what: string): void => {
        if (!o) return fail(`tx ${ti} (${plan.op}) succeeded but the model has no open ${what} of subaccount ${plan.sub} of ${plan.owner}`);
        const a = take(EV_DONE);
        if (a.order_id !== o.id.toString() || a.reason !== 'cancelled' || a.remaining !== o.remaining.toString() || a.owner !== o.owner || a.subaccount !== o.sub || a.client_id !== o.spec.clientId.toString()) {
          fail(`tx ${ti} (${plan.op}): EventOrderDone ${JSON.stringify(a)} for order ${o.id} (client id ${o.spec.clientId}, remaining ${o.remaining})`);
        }
        this.removeOrder(o);
        this.stats.cancelledByTx++;
      };
      if (plan.op === 'bad') fail(`tx ${ti}: an invalid options tx succeeded`);
      for (const c of plan.cancelClientIds) cancelled(this.byClientId(plan.owner, plan.sub, c), `client id ${c}`);
      if (plan.cancelOrderId !== undefined) {
        const o = this.orders.get(plan.cancelOrderId);
        cancelled(o && o.owner === plan.owner && o.sub === plan.sub ? o : undefined, `order ${plan.cancelOrderId}`);
      }
      if (plan.mass) {
        const f = plan.mass;
        const hit = [...this.orders.values()]
          .filter((o) => o.owner === plan.owner && o.sub === plan.sub)
          .filter((o) => (!f.instrumentId || o.spec.instrumentId === f.instrumentId) && (!f.underlying || f.underlying === UNDERLYING) && (f.expiry === 0n || f.expiry === this.byId.get(o.spec.instrumentId)!.expiry))
          .sort((a, b) => (a.spec.clientId < b.spec.clientId ? -1 : 1));
        for (const o of hit) cancelled(o, `order ${o.id}`);
      }
      for (const s of plan.places) {
        const order = Order.fromJSON(take(EV_PLACED).order);
        if (order.id !== this.nextOrderId) fail(`tx ${ti}: order id ${order.id}, expected ${this.nextOrderId} (ids count up from 1, failed txs take none)`);
        if (order.owner !== plan.owner || order.subaccount !== plan.sub || !order.spec || specJson(order.spec) !== specJson(s) || order.remaining !== s.size || order.restSeq !== 0n || order.placedHeight !== BigInt(height)) {
          fail(`tx ${ti}: EventOrderPlaced ${JSON.stringify(Order.toJSON(order))} for the spec ${specJson(s)}`);
        }
        this.nextOrderId++;
        const o: SimOrder = { id: order.id, owner: plan.owner, sub: plan.sub, spec: s, remaining: s.size, placedHeight: BigInt(height), pending: true };
        this.addOrder(o);
        placedThisBlock.push(o);
        this.stats.ordersPlaced++;
      }
      if (k !== evs.length) fail(`tx ${ti} (${plan.op}): unexpected events ${evs.slice(k).map((e) => e.type).join(', ')}`);
    }

    // The end of the block. Matching order: post-only orders first, then the rest, each by id.
    const matchOrder = [...placedThisBlock.filter((o) => o.spec.postOnly), ...placedThisBlock.filter((o) => !o.spec.postOnly)];
    const rank = new Map(matchOrder.map((o, i) => [o.id, i]));
    for (const t of placedThisBlock) {
      if (t.spec.selfTradePrevention !== SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_BOTH) continue;
      // a decrement-both taker may silently reduce itself and its owner's orders on the instrument
      for (const o of this.orders.values()) if (o.owner === t.owner && o.spec.instrumentId === t.spec.instrumentId) this.stpTouched.add(o.id);
    }
    for (const o of placedThisBlock) if (o.spec.reduceOnly) this.stpTouched.add(o.id);
    const doneNow = new Map<bigint, { o: SimOrder; reason: string; remaining: bigint }>();
    const takerFilled = new Map<bigint, bigint>();
    const lastPrice = new Map<bigint, bigint>();
    let matched = -1; // rank of the latest taker seen
    for (const e of blockEvents) {
      if (!e.type.startsWith(OPTIONS_EVENT)) continue;
      const a = attrs(e);
      if (e.type === EV_DONE) {
        const id = BigInt(a.order_id);
        const o = this.orders.get(id);
        if (!o) fail(`EventOrderDone for order ${id}, which the model does not have open`);
        // (after matching, the liquidation module cancels the open orders of a subaccount whose auction opens)
        const pendingReasons = ['filled', 'ioc_remainder', 'fok_not_filled', 'post_only_would_cross', 'self_trade', 'insufficient_margin', 'reduce_only', 'open_interest_cap', 'liquidation'];
        // a resting maker refused by the pre-fill check: its margin, or (reduce-only) its position; the orders of an expired instrument
        const expiredIns = o !== undefined && this.byId.get(o.spec.instrumentId)!.expiry <= blockSeconds;
        const restingReasons = ['filled', 'self_trade', 'insufficient_margin', 'expired', 'liquidation', ...(o?.spec.reduceOnly ? ['reduce_only'] : []), ...(expiredIns ? ['instrument_expired'] : [])];
        if (!(o!.pending ? pendingReasons : restingReasons).includes(a.reason)) fail(`order ${id} (${o!.pending ? 'placed in this block' : 'resting'}) done at the end of the block with reason ${a.reason}`);
        if (a.owner !== o!.owner || a.subaccount !== o!.sub || a.client_id !== o!.spec.clientId.toString() || a.instrument_id !== o!.spec.instrumentId) fail(`EventOrderDone ${JSON.stringify(a)} does not describe order ${id}`);
        // a pending order is done when it is matched (a taker), or later as a maker once it rested
        if (o!.pending) matched = Math.max(matched, rank.get(id)!);
        if (a.reason === 'expired') {
          const tif = tifOf(o!.spec);
          const due = tif === TimeInForce.TIME_IN_FORCE_GTB ? o!.spec.goodTilBlock < BigInt(height) : tif === TimeInForce.TIME_IN_FORCE_GTT ? o!.spec.goodTilTime <= blockSeconds : false;
          if (!due) fail(`order ${id} (${TimeInForce[tif]}, good til block ${o!.spec.goodTilBlock} / time ${o!.spec.goodTilTime}) expired at height ${height}, time ${blockSeconds}`);
        }
        doneNow.set(id, { o: o!, reason: a.reason, remaining: BigInt(a.remaining) });
        this.removeOrder(o!);
        inc(this.stats.done, a.reason);
      } else if (e.type === EV_FILL) {
        const mid = BigInt(a.maker_order_id);
        const tid = BigInt(a.taker_order_id);
        const maker = this.orders.get(mid) ?? doneNow.get(mid)?.o;
        const taker = this.orders.get(tid);
        const f = `fill ${JSON.stringify(a)}`;
        if (!maker || !taker) return fail(`${f}: the model has no open ${!maker ? `maker ${mid}` : `taker ${tid}`}`);
        if (!taker.pending) fail(`${f}: the taker was not placed in this block`);
        const tr = rank.get(tid)!;
        if (tr < matched) fail(`${f}: taker ${tid} matched after a later order of the block (post-only first, then by id)`);
        matched = tr;
        if (maker.pending && rank.get(mid)! >= tr) fail(`${f}: the maker ${mid} had not been matched yet when the taker ${tid} was`);
        if (taker.spec.postOnly) fail(`${f}: a post-only order took liquidity`);
        const price = BigInt(a.price);
        const size = BigInt(a.size);
        const ins = this.byId.get(a.instrument_id);
        if (!ins || maker.spec.instrumentId !== ins.id || taker.spec.instrumentId !== ins.id) fail(`${f}: instruments ${maker.spec.instrumentId} / ${taker.spec.instrumentId}`);
        if (a.taker_side !== Side[taker.spec.side] || maker.spec.side === taker.spec.side) fail(`${f}: sides maker ${Side[maker.spec.side]}, taker ${Side[taker.spec.side]}`);
        if (a.maker !== maker.owner || a.maker_subaccount !== maker.sub || a.taker !== taker.owner || a.taker_subaccount !== taker.sub) fail(`${f}: owners differ from the orders'`);
        if (maker.owner === taker.owner) fail(`${f}: a trade between two subaccounts of ${maker.owner} (self-trade prevention is per owner)`);
        if (price !== maker.spec.price) fail(`${f}: not at the maker's price ${maker.spec.price}`);
        if (taker.spec.side === BUY ? taker.spec.price < price : taker.spec.price > price) fail(`${f}: beyond the taker's limit ${taker.spec.price}`);
        const lp = lastPrice.get(tid);
        if (lp !== undefined && (taker.spec.side === BUY ? price < lp : price > lp)) fail(`${f}: the taker's fills went from ${lp} to a better price ${price} (best price first)`);
        lastPrice.set(tid, price);
        if (size < 1n || size > maker.remaining || size > taker.remaining) fail(`${f}: size ${size} with ${maker.remaining} left on the maker and ${taker.remaining} on the taker`);
        // fees: per contract min(rate × index × contract size, cap × price), rounded up
        const unitFee = (rate: Dec): Dec => Dec.min(rate.mul(index, 'up').mul(Dec.parse(ins!.contractSize), 'up').mulInt(UNIT), feeParams.cap.mulInt(price));
        const makerFee = unitFee(feeParams.maker).mulInt(size).toBigInt('up');
        const takerFee = unitFee(feeParams.taker).mulInt(size).toBigInt('up');
        if (BigInt(a.maker_fee) !== makerFee || BigInt(a.taker_fee) !== takerFee) fail(`${f}: fees should be maker ${makerFee}, taker ${takerFee} (index ${index})`);
        const buyer = taker.spec.side === BUY ? taker : maker;
        const seller = buyer === taker ? maker : taker;
        for (const [o, delta] of [[buyer, size], [seller, -size]] as [SimOrder, bigint][]) {
          const k = posKey(o.owner, o.sub, ins!.id);
          const held = this.positions.get(k) ?? 0n;
          if (o.spec.reduceOnly && (delta > 0n ? -held < delta : held < -delta)) fail(`${f}: reduce-only order ${o.id} would grow a position of ${held} by ${delta}`);
          const next = held + delta;
          if (next === 0n) this.positions.delete(k);
          else this.positions.set(k, next);
        }
        const feeOf = (o: SimOrder): bigint => (o === maker ? makerFee : takerFee);
        sink.cash(buyer.owner, buyer.sub, -size * price - feeOf(buyer));
        sink.cash(seller.owner, seller.sub, size * price - feeOf(seller));
        sink.fee(makerFee + takerFee);
        maker.remaining -= size;
        taker.remaining -= size;
        takerFilled.set(tid, (takerFilled.get(tid) ?? 0n) + size);
        this.volume.set(ins!.id, (this.volume.get(ins!.id) ?? 0n) + size);
        this.stats.fills++;
        this.stats.contracts += Number(size);
        this.premium += size * price;
        this.fees += makerFee + takerFee;
      } else if (SETTLEMENT_EVENTS.has(e.type)) {
        // expiry settlement: replayed by sim-liquidation.ts (positions through margin's EventPositionChanged)
      } else {
        fail(`unexpected ${e.type} at the end of the block`);
      }
    }
    for (const { o, reason, remaining } of doneNow.values()) {
      const loose = this.stpTouched.has(o.id);
      if ((reason === 'filled') !== (remaining === 0n)) fail(`order ${o.id} done (${reason}) with ${remaining} left`);
      if (remaining !== o.remaining && !(loose && remaining < o.remaining)) fail(`order ${o.id} done (${reason}) with ${remaining} left; the model (its size less its fills) has ${o.remaining}`);
    }
    for (const o of placedThisBlock) {
      const tif = tifOf(o.spec);
      const filled = takerFilled.get(o.id) ?? 0n;
      if (tif === TimeInForce.TIME_IN_FORCE_FOK && filled !== 0n && filled !== o.spec.size) fail(`FOK order ${o.id} of size ${o.spec.size} filled ${filled}`);
      if (!this.orders.has(o.id)) continue;
      if (tif === TimeInForce.TIME_IN_FORCE_IOC || tif === TimeInForce.TIME_IN_FORCE_FOK) fail(`${TimeInForce[tif]} order ${o.id} rests after its block`);
      o.pending = false;
      this.stats.rested++;
    }
    this.stats.premium = this.premium.toString();
    this.stats.fees = this.fees.toString();
  }

  /**
   * The app's committed state at `height` against the model: open orders (and the Order query), each
   * instrument's Book query (never crossed, equal to the model's depth), positions (Σ per instrument
   * = 0), open interest and volume.
   */
  async checkState(app: SettleApp, keepers: SettleModules['keepers'], height: number, blockSeconds: bigint): Promise<void> {
    const fail = (msg: string): never => {
      throw new SimFailure(`height ${height}: ${msg}`);
    };
    const ctx = app.contextAt(height);
    const opts = keepers.options;
    if (opts.pendingIds(ctx).length > 0) fail(`${opts.pendingIds(ctx).length} orders still pending after the block`);
    const seen = new Set<bigint>();
    for (const o of opts.orders(ctx)) {
      seen.add(o.id);
      const m = this.orders.get(o.id);
      const spec = o.spec!;
      if (!m) return fail(`order ${o.id} ${JSON.stringify(Order.toJSON(o))} is open in the app, not in the model`);
      if (o.owner !== m.owner || o.subaccount !== m.sub || specJson(spec) !== specJson(m.spec) || o.placedHeight !== m.placedHeight) fail(`order ${o.id}: app ${JSON.stringify(Order.toJSON(o))}, model ${specJson(m.spec)}`);
      if (o.remaining < 1n || o.remaining > spec.size || o.restSeq < 1n) fail(`order ${o.id}: remaining ${o.remaining} of ${spec.size}, rest_seq ${o.restSeq}`);
      if (o.remaining !== m.remaining) {
        if (this.stpTouched.has(o.id) && o.remaining < m.remaining) {
          if (m.spec.reduceOnly && m.placedHeight === BigInt(height)) this.stats.reduceOnlyCuts++;
          else this.stats.stpDecrements++;
          m.remaining = o.remaining;
        } else fail(`order ${o.id}: ${o.remaining} left in the app, ${m.remaining} in the model (its size less its fills): ${specJson(m.spec)}`);
      }
      const tif = tifOf(spec);
      if (tif === TimeInForce.TIME_IN_FORCE_IOC || tif === TimeInForce.TIME_IN_FORCE_FOK) fail(`order ${o.id} is ${TimeInForce[tif]} and rests`);
      if (tif === TimeInForce.TIME_IN_FORCE_GTB && spec.goodTilBlock < BigInt(height)) fail(`order ${o.id} good til block ${spec.goodTilBlock} still rests at height ${height}`);
      if (tif === TimeInForce.TIME_IN_FORCE_GTT && spec.goodTilTime <= blockSeconds) fail(`order ${o.id} good til ${spec.goodTilTime} still rests at time ${blockSeconds}`);
      if (opts.orderByClientId(ctx, o.owner, o.subaccount, spec.clientId)?.id !== o.id) fail(`order ${o.id}: its client id does not lead back to it`);
    }
    for (const id of this.orders.keys()) if (!seen.has(id)) fail(`order ${id} is open in the model but gone from the app (no EventOrderDone)`);
    this.stats.maxOpenOrders = Math.max(this.stats.maxOpenOrders, this.orders.size);

    // the Order query for two of the open orders (chosen by height: the checks draw nothing from the seed)
    const ids = [...this.orders.keys()].sort((a, b) => (a < b ? -1 : 1));
    for (const id of ids.length > 0 ? [ids[height % ids.length], ids[(height * 7 + 3) % ids.length]] : []) {
      const r = await app.query({ path: '/settle.options.v1.Query/Order', data: QueryOrderRequest.encode({ id }).finish(), height: BigInt(height), prove: false });
      if (r.code !== 0) fail(`Order query for open order ${id}: ${r.codespace}/${r.code} ${r.log}`);
      const got = QueryOrderResponse.decode(r.value).order!;
      if (got.remaining !== this.orders.get(id)!.remaining || got.remaining < 1n || got.remaining > got.spec!.size) fail(`Order query for ${id}: remaining ${got.remaining} of ${got.spec!.size}, model ${this.orders.get(id)!.remaining}`);
    }

    // the books: never crossed, and exactly the model's resting orders by price level
    for (const i of this.instruments) {
      const r = await app.query({ path: '/settle.options.v1.Query/Book', data: QueryBookRequest.encode({ instrumentId: i.id, levels: 500 }).finish(), height: BigInt(height), prove: false });
      if (r.code !== 0) fail(`Book query of ${i.id}: ${r.codespace}/${r.code} ${r.log}`);
      const book = QueryBookResponse.decode(r.value);
      const show = (ls: { price: bigint; size: bigint; orders: number }[]): string => ls.map((l) => `${l.price}x${l.size}(${l.orders})`).join(' ');
      const want = { bids: new Map<bigint, { size: bigint; orders: number }>(), asks: new Map<bigint, { size: bigint; orders: number }>() };
      for (const o of this.orders.values()) {
        if (o.spec.instrumentId !== i.id) continue;
        const side = o.spec.side === BUY ? want.bids : want.asks;
        const l = side.get(o.spec.price) ?? { size: 0n, orders: 0 };
        side.set(o.spec.price, { size: l.size + o.remaining, orders: l.orders + 1 });
      }
      const levels = (m: Map<bigint, { size: bigint; orders: number }>, desc: boolean) =>
        [...m.entries()].sort(([a], [b]) => (desc ? (a > b ? -1 : 1) : a < b ? -1 : 1)).map(([price, l]) => ({ price, size: l.size, orders: l.orders }));
      const wb = levels(want.bids, true);
      const wa = levels(want.asks, false);
      if (show(book.bids) !== show(wb) || show(book.asks) !== show(wa)) fail(`Book of ${i.id}: app bids ${show(book.bids)} asks ${show(book.asks)}; model bids ${show(wb)} asks ${show(wa)}`);
      for (let k = 1; k < book.bids.length; k++) if (book.bids[k].price >= book.bids[k - 1].price) fail(`Book of ${i.id}: bids not best first`);
      for (let k = 1; k < book.asks.length; k++) if (book.asks[k].price <= book.asks[k - 1].price) fail(`Book of ${i.id}: asks not best first`);
      if (book.bids.length > 0 && book.asks.length > 0 && book.bids[0].price >= book.asks[0].price) fail(`Book of ${i.id} is crossed: best bid ${book.bids[0].price} ≥ best ask ${book.asks[0].price}`);
    }

    // positions: the margin store (0x05 ‖ owner ‖ number ‖ instrument → Position) equals the model, and every instrument nets to zero
    const net = new Map<string, bigint>();
    const app2: string[] = [];
    for (const { key, value } of app.storeAt('margin', height).iterator(Buffer.from([0x05]), Buffer.from([0x06]))) {
      const b = Buffer.from(key);
      const p = Position.decode(value);
      const owner = accountAddress(b.subarray(1, 21));
      const sub = b.readUInt32BE(21);
      if (p.instrumentId !== b.subarray(25).toString('utf8')) fail(`position key ${b.toString('hex')} holds ${p.instrumentId}`);
      app2.push(`${posKey(owner, sub, p.instrumentId)} ${p.size}`);
      net.set(p.instrumentId, (net.get(p.instrumentId) ?? 0n) + BigInt(p.size));
    }
    const model = [...this.positions.entries()].map(([k, v]) => `${k} ${v}`);
    if (app2.sort().join('\n') !== model.sort().join('\n')) {
      const a = new Set(app2);
      const m = new Set(model);
      fail(`positions differ from the model's (fills replayed); app only: ${app2.filter((l) => !m.has(l)).slice(0, 4).join(' | ')}; model only: ${model.filter((l) => !a.has(l)).slice(0, 4).join(' | ')}`);
    }
    for (const [id, v] of net) if (v !== 0n) fail(`the positions in ${id} sum to ${v}, not 0`);
    for (const i of this.instruments) {
      const s = opts.stats(ctx, i.id);
      const oi = this.openInterest(i.id);
      // open interest is the longs' sum whatever moved the positions (fills, liquidation, ADL, settlement)
      if (s.openInterest !== oi || s.volume !== (this.volume.get(i.id) ?? 0n)) fail(`${i.id}: open interest ${s.openInterest} and volume ${s.volume} in the app; the model's positions and fills give ${oi} and ${this.volume.get(i.id) ?? 0n}`);
      if (s.openInterest !== oi) this.stats.oiDrift = Math.max(this.stats.oiDrift, Number(s.openInterest - oi));
      if (i.openInterestCap > 0n && oi > i.openInterestCap) fail(`${i.id}: open interest ${oi} above its cap ${i.openInterestCap}`);
      this.stats.maxOpenInterest = Math.max(this.stats.maxOpenInterest, Number(oi));
    }
    this.stats.checks++;
  }
}

/** The options module's fee params as Decs. */
export function feeParams(keepers: SettleModules['keepers'], app: SettleApp, height: number): { maker: Dec; taker: Dec; cap: Dec } {
  const p = keepers.options.params(app.contextAt(height));
  return { maker: Dec.parse(p.makerFeeRate), taker: Dec.parse(p.takerFeeRate), cap: Dec.parse(p.feeCap) };
}
