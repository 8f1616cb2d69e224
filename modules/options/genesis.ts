import { AppError, type Context, type QueryContext } from '../../chain/sdk';
import { GenesisState } from '../../proto/gen/settle/options/v1/genesis';
import { InstrumentStatus } from '../../proto/gen/settle/options/v1/types';
import { OptionsErrors } from './errors';
import { validateNewInstrument } from './instruments';
import type { OptionsKeeper } from './keeper';
import { Keys } from './keys';
import { validateMmpConfig } from './mmp';
import { defaultParams, validateParams } from './params';

/** app_state.options: the proto3 JSON form of settle.options.v1.GenesisState. */
export function defaultGenesis(): unknown {
  return GenesisState.toJSON({ params: defaultParams(), instruments: [], stats: [], orders: [], nextOrderId: 1n, nextRestSeq: 1n, deadManSwitches: [], mmp: [], rfqs: [], quotes: [], settlementPrices: [] });
}

export function parseGenesis(raw: unknown): GenesisState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw OptionsErrors.invalidGenesis.wrap('app_state.options must be an object');
  const known = ['params', 'instruments', 'stats', 'orders', 'nextOrderId', 'nextRestSeq', 'next_order_id', 'next_rest_seq', 'deadManSwitches', 'dead_man_switches', 'mmp', 'rfqs', 'quotes', 'settlementPrices', 'settlement_prices'];
  const extra = Object.keys(raw).filter((k) => !known.includes(k));
  if (extra.length > 0) throw OptionsErrors.invalidGenesis.wrap(`unknown fields: ${extra.join(', ')}`);
  let g: GenesisState;
  try {
    g = GenesisState.fromJSON(raw);
  } catch (err) {
    throw OptionsErrors.invalidGenesis.wrap((err as Error).message);
  }
  if (!g.params) throw OptionsErrors.invalidGenesis.wrap('params are required');
  try {
    validateParams(g.params);
    const ids = new Set<string>();
    for (const i of g.instruments) {
      // a listed instrument validates as a new one would, whatever its status now
      validateNewInstrument({ ...i, status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE, settlementPrice: '' });
      if (i.status === InstrumentStatus.INSTRUMENT_STATUS_UNSPECIFIED) throw OptionsErrors.invalidGenesis.wrap(`${i.id}: status is required`);
      if (ids.has(i.id)) throw OptionsErrors.invalidGenesis.wrap(`instrument ${i.id} listed twice`);
      ids.add(i.id);
    }
    for (const s of g.stats) if (!ids.has(s.instrumentId)) throw OptionsErrors.invalidGenesis.wrap(`stats of unlisted ${s.instrumentId}`);
    const active = new Set(g.instruments.filter((i) => i.status === InstrumentStatus.INSTRUMENT_STATUS_ACTIVE).map((i) => i.id));
    const orderIds = new Set<bigint>();
    const clientIds = new Set<string>();
    for (const o of g.orders) {
      // between blocks every open order rests: it has its rest sequence and something left to fill
      if (!o.spec || !active.has(o.spec.instrumentId)) throw OptionsErrors.invalidGenesis.wrap(`order ${o.id}: not on an active instrument`);
      if (o.id < 1n || o.id >= g.nextOrderId || orderIds.has(o.id)) throw OptionsErrors.invalidGenesis.wrap(`order ${o.id}: ids are unique and below next_order_id`);
      if (o.restSeq < 1n || o.restSeq >= g.nextRestSeq) throw OptionsErrors.invalidGenesis.wrap(`order ${o.id}: rest_seq must be in 1 .. next_rest_seq − 1`);
      if (o.remaining < 1n || o.remaining > o.spec.size) throw OptionsErrors.invalidGenesis.wrap(`order ${o.id}: remaining must be in 1 .. size`);
      const client = `${o.owner}/${o.subaccount}/${o.spec.clientId}`;
      if (clientIds.has(client)) throw OptionsErrors.invalidGenesis.wrap(`order ${o.id}: client id ${client} used twice`);
      orderIds.add(o.id);
      clientIds.add(client);
    }
    const switches = new Set<string>();
    for (const d of g.deadManSwitches) {
      const id = `${d.owner}/${d.subaccount}`;
      if (d.height < 1n || switches.has(id)) throw OptionsErrors.invalidGenesis.wrap(`dead-man switch ${id}: one per subaccount, at a positive height`);
      switches.add(id);
    }
    for (const e of g.mmp) {
      if (!e.config || !e.state) throw OptionsErrors.invalidGenesis.wrap('an mmp entry needs its config and state');
      validateMmpConfig(e.config);
      if (e.config.intervalSeconds === 0n) throw OptionsErrors.invalidGenesis.wrap(`mmp ${e.config.owner}/${e.config.subaccount}/${e.config.underlying}: interval 0 is no config`);
    }
    const rfqIds = new Set(g.rfqs.map((r) => r.id));
    if (rfqIds.size !== g.rfqs.length) throw OptionsErrors.invalidGenesis.wrap('two requests for quotes with one id');
    for (const q of g.quotes) {
      const r = g.rfqs.find((x) => x.id === q.rfqId);
      if (!r || q.legPrices.length !== r.legs.length) throw OptionsErrors.invalidGenesis.wrap(`quote ${q.id}: no open request ${q.rfqId} with ${q.legPrices.length} legs`);
    }
    if (g.nextOrderId < 1n || g.nextRestSeq < 1n) throw OptionsErrors.invalidGenesis.wrap('next_order_id and next_rest_seq start at 1');
  } catch (err) {
    if (err instanceof AppError && err.codespace === 'options' && err.code === OptionsErrors.invalidGenesis.code) throw err;
    throw OptionsErrors.invalidGenesis.wrap((err as Error).message);
  }
  return g;
}

export function initGenesis(keeper: OptionsKeeper, ctx: Context, raw: unknown): void {
  const g = parseGenesis(raw);
  keeper.setParams(ctx, g.params!);
  for (const i of g.instruments) keeper.setInstrument(ctx, i);
  for (const s of g.stats) keeper.setStats(ctx, s);
  deriveOpenInterest(keeper, ctx);
  for (const o of g.orders) keeper.putOrder(ctx, o);
  for (const d of g.deadManSwitches) keeper.setDeadMan(ctx, d.owner, d.subaccount, d.height);
  for (const sp of g.settlementPrices) keeper.setSettlementPrice(ctx, sp);
  for (const r of g.rfqs) keeper.setRfq(ctx, r);
  for (const q of g.quotes) keeper.setQuote(ctx, q);
  for (const e of g.mmp) {
    keeper.setMmpConfig(ctx, e.config!);
    keeper.setMmpState(ctx, e.config!.owner, e.config!.subaccount, e.config!.underlying, e.state!);
  }
  keeper.setCounter(ctx, Keys.nextOrderId, g.nextOrderId);
  keeper.setCounter(ctx, Keys.nextRestSeq, g.nextRestSeq);
}

/**
 * Open interest is derived state: the sum of the long positions margin's genesis (imported before this
 * module's) holds, whatever the stats say, so that every later position change moves it from the truth.
 */
function deriveOpenInterest(keeper: OptionsKeeper, ctx: Context): void {
  const longs = new Map<string, bigint>();
  for (const p of keeper.margin.allPositions(ctx)) if (p.size > 0n) longs.set(p.instrumentId, (longs.get(p.instrumentId) ?? 0n) + p.size);
  const ids = new Set([...longs.keys(), ...[...keeper.allStats(ctx)].map((s) => s.instrumentId)]);
  for (const id of [...ids].sort()) {
    const stats = keeper.stats(ctx, id);
    const oi = longs.get(id) ?? 0n;
    if (stats.openInterest !== oi || !keeper.hasStats(ctx, id)) keeper.setStats(ctx, { ...stats, openInterest: oi });
  }
}

export function exportGenesis(keeper: OptionsKeeper, ctx: QueryContext): unknown {
  return GenesisState.toJSON({
    params: keeper.params(ctx),
    instruments: [...keeper.instruments(ctx)],
    stats: [...keeper.allStats(ctx)],
    orders: [...keeper.orders(ctx)],
    nextOrderId: keeper.counter(ctx, Keys.nextOrderId),
    nextRestSeq: keeper.counter(ctx, Keys.nextRestSeq),
    deadManSwitches: [...keeper.allDeadMen(ctx)],
    mmp: [...keeper.allMmp(ctx)],
    rfqs: [...keeper.rfqs(ctx)],
    quotes: [...keeper.rfqs(ctx)].flatMap((r) => keeper.quotes(ctx, r.id)),
    settlementPrices: [...keeper.settlementPrices(ctx)],
  });
}
