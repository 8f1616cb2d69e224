import { AppError, type Context, type QueryContext } from '../../chain/sdk';
import { Dec } from '../../chain/math';
import { GenesisState } from '../../proto/gen/settle/oracle/v1/genesis';
import type { Market } from '../../proto/gen/settle/oracle/v1/types';
import { OracleErrors } from './errors';
import { MARKET_ID, OracleKeeper } from './keeper';
import { defaultParams, parseShare, validateParams } from './params';

/** BTC/USD and ETH/USD: the markets a new chain starts with. */
export function defaultMarkets(): Market[] {
  return [
    { id: 'BTC/USD', decimals: 2, minReportPower: '', enabled: true, index: 0 },
    { id: 'ETH/USD', decimals: 4, minReportPower: '', enabled: true, index: 1 },
  ];
}

/** app_state.oracle: the proto3 JSON form of settle.oracle.v1.GenesisState. */
export function defaultGenesis(): unknown {
  return GenesisState.toJSON({ params: defaultParams(), markets: defaultMarkets(), prices: [], surfaces: [], checkpoints: [], blockTimeNanos: 0n });
}

export function validateMarket(m: Market): void {
  if (!MARKET_ID.test(m.id)) throw OracleErrors.invalidMarket.wrap(`market id "${m.id}" must look like BTC/USD (upper-case BASE/QUOTE)`);
  if (!Number.isInteger(m.decimals) || m.decimals < 0 || m.decimals > 12) throw OracleErrors.invalidMarket.wrap(`${m.id}: decimals must be 0..12, got ${m.decimals}`);
  if (m.minReportPower !== '') {
    try {
      const share = parseShare(m.minReportPower, 'min_report_power');
      if (share.lte(Dec.parse('0.5'))) throw OracleErrors.invalidMarket.wrap(`${m.id}: min_report_power must be above 0.5`);
    } catch (err) {
      throw OracleErrors.invalidMarket.wrap(`${m.id}: ${(err as AppError).message}`);
    }
  }
}

export function parseGenesis(raw: unknown): GenesisState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw OracleErrors.invalidGenesis.wrap('app_state.oracle must be an object');
  const known = ['params', 'markets', 'prices', 'surfaces', 'checkpoints', 'blockTimeNanos', 'block_time_nanos'];
  const extra = Object.keys(raw).filter((k) => !known.includes(k));
  if (extra.length > 0) throw OracleErrors.invalidGenesis.wrap(`unknown fields: ${extra.join(', ')}`);
  let g: GenesisState;
  try {
    g = GenesisState.fromJSON(raw);
  } catch (err) {
    throw OracleErrors.invalidGenesis.wrap((err as Error).message);
  }
  if (!g.params) throw OracleErrors.invalidGenesis.wrap('params are required');
  try {
    validateParams(g.params);
    const ids = new Set<string>();
    const indexes = new Set<number>();
    for (const m of g.markets) {
      validateMarket(m);
      if (ids.has(m.id) || indexes.has(m.index)) throw OracleErrors.invalidGenesis.wrap(`duplicate market ${m.id} or index ${m.index}`);
      ids.add(m.id);
      indexes.add(m.index);
    }
    for (const p of g.prices) {
      if (!ids.has(p.market)) throw OracleErrors.invalidGenesis.wrap(`price for unknown market ${p.market}`);
      Dec.parse(p.price);
    }
    for (const s of g.surfaces) if (!ids.has(s.market)) throw OracleErrors.invalidGenesis.wrap(`surface for unknown market ${s.market}`);
    for (const c of g.checkpoints) if (!ids.has(c.market)) throw OracleErrors.invalidGenesis.wrap(`checkpoints for unknown market ${c.market}`);
    if (g.blockTimeNanos < 0n) throw OracleErrors.invalidGenesis.wrap(`block_time_nanos must not be negative, got ${g.blockTimeNanos}`);
  } catch (err) {
    if (err instanceof AppError && err.registered === OracleErrors.invalidGenesis) throw err;
    throw OracleErrors.invalidGenesis.wrap((err as Error).message);
  }
  return g;
}

export function initGenesis(keeper: OracleKeeper, ctx: Context, raw: unknown): void {
  const g = parseGenesis(raw);
  keeper.setParams(ctx, g.params!);
  for (const m of g.markets) keeper.addMarket(ctx, m, false);
  for (const p of g.prices) keeper.setStoredPrice(ctx, p);
  for (const s of g.surfaces) keeper.setSurface(ctx, s);
  for (const c of g.checkpoints) for (const cp of c.checkpoints) keeper.setCheckpoint(ctx, c.market, cp);
  if (g.blockTimeNanos > 0n) keeper.setBlockTime(ctx, g.blockTimeNanos);
}

export function exportGenesis(keeper: OracleKeeper, ctx: QueryContext): unknown {
  const markets = keeper.markets(ctx);
  return GenesisState.toJSON({
    params: keeper.params(ctx),
    markets,
    prices: markets.flatMap((m) => keeper.storedPrice(ctx, m.id) ?? []),
    surfaces: markets.flatMap((m) => keeper.storedSurface(ctx, m.id) ?? []),
    checkpoints: markets.map((m) => ({ market: m.id, checkpoints: keeper.checkpoints(ctx, m.id) })).filter((c) => c.checkpoints.length > 0),
    blockTimeNanos: keeper.blockTime(ctx),
  });
}
