/**
 * Trading, liquidation and expiry load for the fault run (test/reliability/lib/faults.ts): the localnet's
 * validators feed BTC/USD from a price server in the harness (an `http-json` source in each node's
 * app.toml) whose price moves by seeded shocks over the run, with SVI surfaces that include a short expiry
 * about two minutes after genesis; genesis lists at-the-money options at that expiry and at a Friday, on a
 * one-minute expiry grid (options params), so the short expiry passes and settles under the faults.
 *
 * Actors, each one account sending one tx at a time (faults.ts `Load` with a planner):
 * - the maker: a large deposit, then post-only bids and asks on the listed options around their intrinsic
 *   value, mass-cancelled now and then;
 * - writers: a thin deposit into a new subaccount and an IOC sale of 4–12 options into the maker's bids,
 *   again and again (the shocks take them below maintenance; some end below zero);
 * - the liquidator: a large deposit, then steps on the open auctions it reads with the `Auctions` and
 *   `Subaccount` queries, sometimes an invalid step, `MsgFundInsurance`, and a small withdrawal (refused
 *   with margin/17 while an auction is bankrupt).
 *
 * Their txs may fail (margin checks, races with the end of the block); what must hold is what the fault
 * run checks of every node: one history (block and app hashes at every height), every committed tx on
 * every node, equal balances; and the short expiry settles once the run passed it.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Dec } from '../../../chain/math';
import { fridayExpiries, simulatedPrice, simulatedSurface } from '../../../chain/node/daemons/feeder/simulated';
import { MsgDeposit, MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { QuerySubaccountRequest, QuerySubaccountResponse } from '../../../proto/gen/settle/margin/v1/query';
import { QueryAuctionsRequest, QueryAuctionsResponse, QueryLiquidationsRequest, QueryLiquidationsResponse } from '../../../proto/gen/settle/liquidation/v1/query';
import { QueryInstrumentRequest, QueryInstrumentResponse, QuerySettlementPricesRequest, QuerySettlementPricesResponse } from '../../../proto/gen/settle/options/v1/query';
import { MsgMassCancel, MsgPlaceOrder } from '../../../proto/gen/settle/options/v1/tx';
import { Instrument, InstrumentStatus, OptionKind, Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { Rng } from '../../helpers/rng';
import type { EncodedMsg, Key } from './accounts';
import { addOptionsGenesis, simInstruments } from './sim-options';
import { fundMsg, liquidateMsg, withShortSlice } from './sim-liquidation';

const UNIT = 1_000_000n;
const ORDER_GAS = 3_000_000n;

/** The price server's BTC/USD multiplier (per mille) by seconds since it started: 15 s each of calm, up, calm, down, far up, calm, over and over. */
export function marketShock(seed: number, elapsedSec: number): number {
  const r = new Rng(seed * 31 + 7);
  const levels = [1000, 1200 + r.int(150), 1000, 800 + r.int(60), 1350 + r.int(150), 1000];
  return levels[Math.floor(elapsedSec / 15) % levels.length];
}

/** Serves {"btc": price, "eth": price, "surfaces": {"btc": [slices]}} on 127.0.0.1 (an http-json source for every node). */
export class PriceServer {
  private server?: http.Server;
  private started = 0;
  port = 0;
  requests = 0;

  /** The short expiry (Unix seconds) whose slice the surfaces carry; set once genesis is written. */
  shortExpiry: number | undefined;

  constructor(private readonly seed: number) {}

  async start(): Promise<void> {
    this.started = Date.now();
    this.server = http.createServer((req, res) => {
      this.requests++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.body(Math.floor(Date.now() / 1000))));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/prices`;
  }

  /** BTC/USD now (what the validators are told), as a Dec. */
  price(t = Math.floor(Date.now() / 1000)): Dec {
    const permille = marketShock(this.seed, (Date.now() - this.started) / 1000);
    return simulatedPrice('faults', 'BTC/USD', t).mulInt(BigInt(permille)).divInt(1000n, 'down');
  }

  private body(t: number): unknown {
    const slices = withShortSlice(simulatedSurface('faults', 'BTC/USD', t), t, this.shortExpiry).map((s) => ({
      expiry: s.expiry,
      a: s.params.a.toString(),
      b: s.params.b.toString(),
      rho: s.params.rho.toString(),
      m: s.params.m.toString(),
      sigma: s.params.sigma.toString(),
    }));
    return { btc: this.price(t).toString(), eth: simulatedPrice('faults', 'ETH/USD', t).toString(), surfaces: { btc: slices } };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * The fault run's expiry grid: every minute (params expiry_period_seconds 60), its offset putting the short
 * expiry SHORT_EXPIRY_AFTER seconds after genesis: the writers trade it for half a minute, and it passes
 * while the short run's perturbations go on (they start a few seconds after genesis and last over a minute).
 */
export const FAULT_EXPIRY_PERIOD = 60n;
const SHORT_EXPIRY_AFTER = 45n;
/** The settlement window (params settlement_window_seconds): inside the chain's life, so the price is the window's own TWAP. */
const SETTLEMENT_WINDOW = 30n;

export function shortExpiryOf(genesisSeconds: bigint): bigint {
  return genesisSeconds + SHORT_EXPIRY_AFTER;
}

/** The options markets in the fault run's genesis: BTC/USD priced, calls and puts at a Friday and at the short expiry, on a one-minute expiry grid through the short expiry. */
export function marketGenesis(appState: Record<string, unknown>, genesisSeconds: bigint, shortExpiry: bigint): Instrument[] {
  const instruments = simInstruments(BigInt(fridayExpiries(Number(genesisSeconds))[1]), shortExpiry);
  addOptionsGenesis(appState, genesisSeconds, instruments);
  const params = (appState.options as Record<string, any>).params;
  params.expiryPeriodSeconds = FAULT_EXPIRY_PERIOD.toString();
  params.expiryOffsetSeconds = (shortExpiry % FAULT_EXPIRY_PERIOD).toString();
  params.settlementWindowSeconds = SETTLEMENT_WINDOW.toString();
  // the genesis surface carries the short expiry too
  const oracle = appState.oracle as Record<string, any>;
  const slices = withShortSlice(simulatedSurface('sim-genesis', 'BTC/USD', Number(genesisSeconds)), Number(genesisSeconds), Number(shortExpiry));
  oracle.surfaces[0].slices = slices.map((s) => ({ expiry: String(s.expiry), a: s.params.a.toString(), b: s.params.b.toString(), rho: s.params.rho.toString(), m: s.params.m.toString(), sigma: s.params.sigma.toString() }));
  return instruments;
}

/** The feeder source every node gets (replacing the simulated one). */
export function harnessSource(url: string): { name: string; type: 'http-json'; url: string; timeoutMs: number; paths: Record<string, string>; surfacePaths: Record<string, string> } {
  return { name: 'harness', type: 'http-json', url, timeoutMs: 1000, paths: { 'BTC/USD': 'btc', 'ETH/USD': 'eth' }, surfacePaths: { 'BTC/USD': 'surfaces.btc' } };
}

export interface MarketStats {
  /** Txs by actor kind and result ("write ok/0", "liquidate liquidation/8"…). */
  results: Record<string, number>;
  auctionsSeen: number;
}

/** A query against one node at its latest height. */
export type NodeQuery = (path: string, data: Uint8Array) => Promise<{ code: number; value: Buffer } | undefined>;

const MAKER = 0;
const LIQUIDATOR = 1;

/** Plans the market actors' txs (for faults.ts `Load`): actor 0 the maker, 1 the liquidator, the rest writers. */
export class MarketLoad {
  readonly stats: MarketStats = { results: {}, auctionsSeen: 0 };
  private readonly deposited = new Set<number>();
  private readonly nextSub = new Map<number, number>();
  private clientId = 1n;
  private steps = 0;

  constructor(
    readonly keys: Key[],
    readonly instruments: Instrument[],
    private readonly prices: PriceServer,
    private readonly query: NodeQuery,
  ) {}

  /** The result of one of the actor's txs (from /tx). */
  committed(actor: number, kind: string, code: number, codespace: string): void {
    const k = `${kind} ${code === 0 ? 'ok' : codespace}/${code}`;
    this.stats.results[k] = (this.stats.results[k] ?? 0) + 1;
    if (code === 0 && kind === 'deposit') this.deposited.add(actor);
  }

  private live(nowSec: number): Instrument[] {
    return this.instruments.filter((i) => i.strike === '100000' && Number(i.expiry) > nowSec + 8);
  }

  /** A plausible premium per contract in uusdc: intrinsic value plus 40 USDC, on the tick. */
  private premium(i: Instrument): bigint {
    const s = this.prices.price();
    const k = Dec.parse(i.strike);
    const intrinsic = i.kind === OptionKind.OPTION_KIND_CALL ? s.sub(k) : k.sub(s);
    const per = (intrinsic.isPositive() ? intrinsic.mul(Dec.parse(i.contractSize), 'down') : Dec.ZERO).add(Dec.fromInt(40n)).mulInt(UNIT).toBigInt('down');
    return (per / i.tickSize) * i.tickSize;
  }

  private place(owner: string, sub: number, i: Instrument, side: Side, price: bigint, size: bigint, tif: TimeInForce, postOnly: boolean): EncodedMsg {
    const onTick = (price / i.tickSize) * i.tickSize;
    const order = { clientId: this.clientId++, instrumentId: i.id, side, price: onTick < i.tickSize ? i.tickSize : onTick, size, timeInForce: tif, goodTilBlock: 0n, goodTilTime: 0n, postOnly, reduceOnly: false, selfTradePrevention: 0 };
    return { typeUrl: '/settle.options.v1.MsgPlaceOrder', value: MsgPlaceOrder.encode(MsgPlaceOrder.fromPartial({ owner, subaccount: sub, order })).finish() };
  }

  private deposit(owner: string, sub: number, amount: bigint): EncodedMsg {
    return { typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.encode(MsgDeposit.fromPartial({ owner, subaccount: sub, denom: 'uusdc', amount: amount.toString(), isolated: false })).finish() };
  }

  /** The next tx of actor `a` (undefined: nothing to do now). */
  async plan(a: number, r: Rng): Promise<{ msgs: EncodedMsg[]; gas: bigint; kind: string } | undefined> {
    const key = this.keys[a];
    const owner = key.address;
    const now = Math.floor(Date.now() / 1000);
    const live = this.live(now);
    if (a === MAKER || a === LIQUIDATOR) {
      if (!this.deposited.has(a)) return { msgs: [this.deposit(owner, 0, 500_000n * UNIT)], gas: 200_000n, kind: 'deposit' };
    }
    if (a === MAKER) {
      if (r.next() < 0.08) {
        return { msgs: [{ typeUrl: '/settle.options.v1.MsgMassCancel', value: MsgMassCancel.encode({ owner, subaccount: 0, instrumentId: '', underlying: '', expiry: 0n }).finish() }], gas: ORDER_GAS, kind: 'mass-cancel' };
      }
      const msgs = live.flatMap((i) => {
        const p = this.premium(i);
        return [this.place(owner, 0, i, Side.SIDE_BUY, (p * 9n) / 10n, 30n, TimeInForce.TIME_IN_FORCE_GTC, true), this.place(owner, 0, i, Side.SIDE_SELL, (p * 13n) / 10n, 5n, TimeInForce.TIME_IN_FORCE_GTC, true)];
      });
      return msgs.length > 0 ? { msgs, gas: ORDER_GAS, kind: 'quote' } : undefined;
    }
    if (a === LIQUIDATOR) return this.planLiquidator(owner, r);
    // a writer: a thin deposit and a sale into the maker's bids from a new subaccount
    if (live.length === 0) return undefined;
    const sub = (this.nextSub.get(a) ?? 0) + 1;
    this.nextSub.set(a, sub % 100);
    const i = r.pick(live);
    const dep = this.deposit(owner, sub, BigInt(800 + r.int(1_500)) * UNIT);
    return { msgs: [dep, this.place(owner, sub, i, Side.SIDE_SELL, i.tickSize, BigInt(4 + r.int(9)), TimeInForce.TIME_IN_FORCE_IOC, false)], gas: ORDER_GAS, kind: 'write' };
  }

  private async planLiquidator(owner: string, r: Rng): Promise<{ msgs: EncodedMsg[]; gas: bigint; kind: string } | undefined> {
    const res = await this.query('/settle.liquidation.v1.Query/Auctions', QueryAuctionsRequest.encode({}).finish());
    const auctions = res && res.code === 0 ? QueryAuctionsResponse.decode(res.value).auctions.map((x) => x.auction!) : [];
    this.stats.auctionsSeen = Math.max(this.stats.auctionsSeen, auctions.length);
    const v = r.next();
    if (v < 0.06) return { msgs: [fundMsg(owner, String(1 + r.int(50_000_000)))], gas: 200_000n, kind: 'fund' };
    if (v < 0.12) {
      // a small withdrawal: refused with margin/17 while an auction is bankrupt
      return { msgs: [{ typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.encode(MsgWithdraw.fromPartial({ owner, subaccount: 0, denom: 'uusdc', amount: '1' })).finish() }], gas: 200_000n, kind: auctions.some((x) => x.bankrupt) ? 'withdraw-while-bankrupt' : 'withdraw' };
    }
    const targets = auctions.filter((x) => !(x.owner === owner && x.subaccount === 0));
    if (targets.length === 0) {
      if (v < 0.2) return { msgs: [liquidateMsg({ liquidator: owner, liquidatorSubaccount: 0, owner: this.keys[MAKER].address, subaccount: 0, instrumentId: this.instruments[0].id, size: 1n })], gas: 400_000n, kind: 'liquidate-not-in-auction' };
      return undefined;
    }
    const t = r.pick(targets);
    const q = await this.query('/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner: t.owner, number: t.subaccount }).finish());
    const positions = q && q.code === 0 ? QuerySubaccountResponse.decode(q.value).subaccount?.positions ?? [] : [];
    if (positions.length === 0) return undefined;
    const p = r.pick(positions);
    const abs = BigInt(p.size) < 0n ? -BigInt(p.size) : BigInt(p.size);
    const cap = (abs + 1n) / 2n;
    this.steps++;
    // every fifth step asks for more than the block's share
    const size = this.steps % 5 === 0 && cap < abs ? cap + 1n : 1n + BigInt(r.int(Number(cap)));
    return { msgs: [liquidateMsg({ liquidator: owner, liquidatorSubaccount: 0, owner: t.owner, subaccount: t.subaccount, instrumentId: p.instrumentId, size })], gas: 1_000_000n, kind: 'liquidate' };
  }
}

/** What the chain did with the market at the end: liquidation records by kind, and the short-expiry instruments' status. */
export async function marketOutcome(query: NodeQuery, instruments: Instrument[]): Promise<{ records: Record<string, number>; settled: string[]; unsettled: string[]; fixedHeight?: number; fallback?: boolean }> {
  const records: Record<string, number> = {};
  const res = await query('/settle.liquidation.v1.Query/Liquidations', QueryLiquidationsRequest.encode({ owner: '', limit: 1000 }).finish());
  if (res && res.code === 0) for (const rec of QueryLiquidationsResponse.decode(res.value).records) records[rec.kind] = (records[rec.kind] ?? 0) + 1;
  const settled: string[] = [];
  const unsettled: string[] = [];
  const shortest = instruments.reduce((m, i) => (i.expiry < m ? i.expiry : m), instruments[0].expiry);
  for (const i of instruments.filter((x) => x.expiry === shortest)) {
    const q = await query('/settle.options.v1.Query/Instrument', QueryInstrumentRequest.encode({ id: i.id }).finish());
    const status = q && q.code === 0 ? QueryInstrumentResponse.decode(q.value).instrument?.status : undefined;
    (status === InstrumentStatus.INSTRUMENT_STATUS_SETTLED ? settled : unsettled).push(i.id);
  }
  const sp = await query('/settle.options.v1.Query/SettlementPrices', QuerySettlementPricesRequest.encode({ underlying: '' }).finish());
  const fixed = sp && sp.code === 0 ? QuerySettlementPricesResponse.decode(sp.value).prices.find((p) => p.expiry === shortest) : undefined;
  return { records, settled, unsettled, fixedHeight: fixed ? Number(fixed.fixedHeight) : undefined, fallback: fixed?.fallback };
}

/**
 * marketOutcome once the short expiry has had time to settle: waits until the clock is 30 s past it, then
 * until its instruments are SETTLED or `maxWaitMs` has gone by.
 */
export async function settledOutcome(query: NodeQuery, instruments: Instrument[], shortExpiry: number, maxWaitMs = 120_000): Promise<Awaited<ReturnType<typeof marketOutcome>>> {
  const deadline = Date.now() + maxWaitMs;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  while (Date.now() / 1000 < shortExpiry + 30 && Date.now() < deadline) await sleep(1000);
  let outcome = await marketOutcome(query, instruments);
  while (outcome.unsettled.length > 0 && Date.now() < deadline) {
    await sleep(2000);
    outcome = await marketOutcome(query, instruments);
  }
  return outcome;
}
