import { type Context, type QueryContext } from '../../chain/sdk';
import { GenesisState } from '../../proto/gen/settle/liquidation/v1/genesis';
import { LiquidationErrors } from './errors';
import type { LiquidationKeeper } from './keeper';
import { DEFAULT_PARAMS, validateParams } from './params';

const FIELDS = ['params', 'auctions', 'fund', 'records', 'nextRecordId'];

/** app_state.liquidation: the proto3 JSON form of settle.liquidation.v1.GenesisState. */
export function defaultGenesis(): unknown {
  return GenesisState.toJSON({ params: DEFAULT_PARAMS, auctions: [], fund: undefined, records: [], nextRecordId: 1n });
}

export function parseGenesis(raw: unknown): GenesisState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw LiquidationErrors.invalidGenesis.wrap('app_state.liquidation must be an object');
  const extra = Object.keys(raw).filter((k) => !FIELDS.includes(k));
  if (extra.length > 0) throw LiquidationErrors.invalidGenesis.wrap(`unknown fields: ${extra.join(', ')}`);
  let g: GenesisState;
  try {
    g = GenesisState.fromJSON(raw);
  } catch (err) {
    throw LiquidationErrors.invalidGenesis.wrap((err as Error).message);
  }
  if (!g.params) throw LiquidationErrors.invalidGenesis.wrap('params are required');
  validateParams(g.params);
  const seen = new Set<string>();
  for (const a of g.auctions) {
    const id = `${a.owner}/${a.subaccount}`;
    if (seen.has(id)) throw LiquidationErrors.invalidGenesis.wrap(`auction of ${id} listed twice`);
    seen.add(id);
  }
  for (const f of g.fund ? [g.fund.initial, g.fund.funded, g.fund.penalties, g.fund.covered] : []) {
    if (!/^(0|[1-9][0-9]*)$/.test(f)) throw LiquidationErrors.invalidGenesis.wrap(`insurance fund totals must be non-negative integers, got "${f}"`);
  }
  const ids = new Set<bigint>();
  for (const r of g.records) {
    if (ids.has(r.id) || r.id >= g.nextRecordId) throw LiquidationErrors.invalidGenesis.wrap(`record ${r.id} duplicated or not below next_record_id ${g.nextRecordId}`);
    ids.add(r.id);
  }
  return g;
}

/**
 * Writes the module's genesis. Without fund totals, the insurance module account's genesis balance (from the
 * bank's genesis, which runs first) is the fund's initial amount.
 */
export function initGenesis(keeper: LiquidationKeeper, ctx: Context, raw: unknown): void {
  const g = parseGenesis(raw);
  keeper.setParams(ctx, g.params!);
  for (const a of g.auctions) keeper.setAuction(ctx, a);
  keeper.setFund(ctx, g.fund ?? { initial: keeper.fundBalance(ctx).toString(), funded: '0', penalties: '0', covered: '0' });
  for (const r of g.records) keeper.putRecord(ctx, r);
  keeper.setNextRecordId(ctx, g.nextRecordId === 0n ? 1n : g.nextRecordId);
}

export function exportGenesis(keeper: LiquidationKeeper, ctx: QueryContext): unknown {
  return GenesisState.toJSON({ params: keeper.params(ctx), auctions: keeper.auctions(ctx), fund: keeper.fund(ctx), records: [...keeper.records(ctx)], nextRecordId: keeper.nextRecordId(ctx) });
}
