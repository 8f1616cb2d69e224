import { AppError, type Context, type QueryContext } from '../../chain/sdk';
import { GenesisState } from '../../proto/gen/settle/margin/v1/genesis';
import { MarginErrors } from './errors';
import type { MarginKeeper } from './keeper';
import { defaultAssets, defaultParams, validateAsset, validateParams, validateSettlementAsset } from './params';
import { subaccountState } from './queries';

/** app_state.margin: the proto3 JSON form of settle.margin.v1.GenesisState. */
export function defaultGenesis(): unknown {
  return GenesisState.toJSON({ params: defaultParams(), assets: defaultAssets(), subaccounts: [], clearing: [] });
}

export function parseGenesis(raw: unknown): GenesisState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw MarginErrors.invalidGenesis.wrap('app_state.margin must be an object');
  const extra = Object.keys(raw).filter((k) => !['params', 'assets', 'subaccounts', 'clearing'].includes(k));
  if (extra.length > 0) throw MarginErrors.invalidGenesis.wrap(`unknown fields: ${extra.join(', ')}`);
  let g: GenesisState;
  try {
    g = GenesisState.fromJSON(raw);
  } catch (err) {
    throw MarginErrors.invalidGenesis.wrap((err as Error).message);
  }
  if (!g.params) throw MarginErrors.invalidGenesis.wrap('params are required');
  try {
    validateParams(g.params);
    const denoms = new Set<string>();
    for (const a of g.assets) {
      validateAsset(a);
      if (denoms.has(a.denom)) throw MarginErrors.invalidGenesis.wrap(`asset ${a.denom} listed twice`);
      denoms.add(a.denom);
    }
    const seen = new Set<string>();
    const net = new Map<string, bigint>();
    for (const s of g.subaccounts) {
      const sub = s.subaccount;
      if (!sub) throw MarginErrors.invalidGenesis.wrap('a subaccount entry without its subaccount');
      const id = `${sub.owner}/${sub.number}`;
      if (seen.has(id)) throw MarginErrors.invalidGenesis.wrap(`subaccount ${id} listed twice`);
      seen.add(id);
      if (sub.number >= g.params.maxSubaccountsPerOwner) throw MarginErrors.invalidGenesis.wrap(`subaccount ${id}: number above max_subaccounts_per_owner`);
      for (const c of s.collateral) {
        if (!denoms.has(c.denom)) throw MarginErrors.invalidGenesis.wrap(`subaccount ${id} holds unlisted ${c.denom}`);
        // only the settlement balance may be negative (a debt left by trades or settlement)
        const pattern = c.denom === g.params.settlementDenom ? /^-?[1-9][0-9]{0,76}$/ : /^[1-9][0-9]{0,76}$/;
        if (!pattern.test(c.amount)) throw MarginErrors.invalidGenesis.wrap(`subaccount ${id}: ${c.denom} amount "${c.amount}" must be a non-zero integer`);
      }
      for (const p of s.positions) {
        if (!p.instrumentId) throw MarginErrors.invalidGenesis.wrap(`subaccount ${id}: a position without an instrument id`);
        if (!/^-?[1-9][0-9]{0,38}$/.test(p.size)) throw MarginErrors.invalidGenesis.wrap(`subaccount ${id}: ${p.instrumentId} size "${p.size}" must be a non-zero integer`);
        for (const [field, v] of [['cost_basis', p.costBasis], ['realized_pnl', p.realizedPnl], ['fees_paid', p.feesPaid]] as const) {
          if (!/^(0|-?[1-9][0-9]{0,76})$/.test(v)) throw MarginErrors.invalidGenesis.wrap(`subaccount ${id}: ${p.instrumentId} ${field} "${v}" must be an integer`);
        }
        net.set(p.instrumentId, (net.get(p.instrumentId) ?? 0n) + BigInt(p.size));
      }
    }
    for (const c of g.clearing) {
      const int = /^(0|-?[1-9][0-9]{0,76})$/;
      if (!c.instrumentId || !int.test(c.amount) || !int.test(c.settledSize)) throw MarginErrors.invalidGenesis.wrap(`clearing of "${c.instrumentId}": amount and settled_size must be integers`);
      net.set(c.instrumentId, (net.get(c.instrumentId) ?? 0n) + BigInt(c.settledSize));
    }
    // every contract has a buyer and a seller
    for (const [instrument, size] of [...net.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (size !== 0n) throw MarginErrors.invalidGenesis.wrap(`positions in ${instrument} sum to ${size}, not 0`);
    }
    validateSettlementAsset(g.params, g.assets.find((a) => a.denom === g.params!.settlementDenom));
  } catch (err) {
    if (err instanceof AppError && err.codespace === 'margin' && err.code === MarginErrors.invalidGenesis.code) throw err;
    throw MarginErrors.invalidGenesis.wrap((err as Error).message);
  }
  return g;
}

/**
 * Writes params, assets and subaccounts with their collateral; the totals follow. The bank genesis
 * must give the margin module account exactly the sum (the module's invariant checks it each block).
 */
export function initGenesis(keeper: MarginKeeper, ctx: Context, raw: unknown): void {
  const g = parseGenesis(raw);
  keeper.setParams(ctx, g.params!);
  for (const a of g.assets) keeper.setAsset(ctx, a);
  for (const c of g.clearing) {
    keeper.setClearing(ctx, c.instrumentId, BigInt(c.amount), BigInt(c.settledSize));
    keeper.addToTotal(ctx, g.params!.settlementDenom, BigInt(c.amount));
  }
  for (const s of g.subaccounts) {
    const sub = s.subaccount!;
    keeper.setSubaccount(ctx, sub);
    for (const c of s.collateral) {
      keeper.setCollateral(ctx, sub.owner, sub.number, c.denom, BigInt(c.amount));
      keeper.addToTotal(ctx, c.denom, BigInt(c.amount));
    }
    for (const p of s.positions) {
      keeper.setPosition(ctx, sub.owner, sub.number, p.instrumentId, { size: BigInt(p.size), costBasis: BigInt(p.costBasis), realizedPnl: BigInt(p.realizedPnl), feesPaid: BigInt(p.feesPaid) });
    }
  }
}

export function exportGenesis(keeper: MarginKeeper, ctx: QueryContext): unknown {
  return GenesisState.toJSON({
    params: keeper.params(ctx),
    assets: keeper.assets(ctx),
    subaccounts: [...keeper.allSubaccounts(ctx)].map((s) => subaccountState(keeper, ctx, s)),
    clearing: keeper.clearings(ctx).map((c) => ({ instrumentId: c.instrumentId, amount: c.amount.toString(), settledSize: c.settledSize.toString() })),
  });
}
