import { addressBytes, Errors, type QueryContext, type QueryHandler } from '../../chain/sdk';
import {
  QueryCollateralAssetsRequest,
  QueryCollateralAssetsResponse,
  QueryHealthRequest,
  QueryHealthResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySubaccountRequest,
  QuerySubaccountResponse,
  QuerySubaccountsRequest,
  QuerySubaccountsResponse,
} from '../../proto/gen/settle/margin/v1/query';
import type { Subaccount, SubaccountState } from '../../proto/gen/settle/margin/v1/types';
import type { MarginKeeper } from './keeper';
import { healthStatus } from './status';

const SERVICE = '/settle.margin.v1.Query';

/** A subaccount with its collateral and positions. */
export function subaccountState(keeper: MarginKeeper, ctx: QueryContext, s: Subaccount): SubaccountState {
  return {
    subaccount: s,
    collateral: keeper.collaterals(ctx, s.owner, s.number).map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
    positions: keeper.positions(ctx, s.owner, s.number),
  };
}

function requireOwner(owner: string): void {
  if (!owner) throw Errors.invalidRequest.wrap('owner cannot be empty');
  try {
    addressBytes(owner);
  } catch (err) {
    throw Errors.invalidRequest.wrap((err as Error).message);
  }
}

export function marginQueries(keeper: MarginKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Subaccount`]: (ctx, data) => {
      const req = QuerySubaccountRequest.decode(data);
      requireOwner(req.owner);
      const s = keeper.subaccount(ctx, req.owner, req.number);
      if (!s) throw Errors.keyNotFound.wrap(`rpc error: code = NotFound desc = ${req.owner} has no subaccount ${req.number}`);
      return QuerySubaccountResponse.encode({ subaccount: subaccountState(keeper, ctx, s) }).finish();
    },
    [`${SERVICE}/Subaccounts`]: (ctx, data) => {
      const req = QuerySubaccountsRequest.decode(data);
      requireOwner(req.owner);
      return QuerySubaccountsResponse.encode({ subaccounts: keeper.subaccounts(ctx, req.owner).map((s) => subaccountState(keeper, ctx, s)) }).finish();
    },
    [`${SERVICE}/CollateralAssets`]: (ctx, data) => {
      QueryCollateralAssetsRequest.decode(data);
      const totals = keeper.totals(ctx).map((t) => ({ denom: t.denom, amount: t.amount.toString() }));
      return QueryCollateralAssetsResponse.encode({ assets: keeper.assets(ctx), totals }).finish();
    },
    [`${SERVICE}/Health`]: (ctx, data) => {
      const req = QueryHealthRequest.decode(data);
      requireOwner(req.owner);
      const h = keeper.health(ctx, req.owner, req.number);
      const levels = healthStatus(keeper.params(ctx), h);
      return QueryHealthResponse.encode({
        portfolioMargin: h.mode === 'portfolio',
        collateralValue: h.collateralValue.toString(),
        equity: h.equity.toString(),
        initialMargin: h.im.toString(),
        maintenanceMargin: h.mm.toString(),
        freeCollateral: h.equity.sub(h.im).toString(),
        positions: h.positions.map((p) => ({
          instrumentId: p.id,
          size: p.size.toString(),
          mark: p.mark.toString(),
          delta: p.delta.toString(),
          gamma: p.gamma.toString(),
          vega: p.vega.toString(),
          theta: p.theta.toString(),
          initialMargin: p.im.toString(),
          maintenanceMargin: p.mm.toString(),
        })),
        worstScenario: h.worstScenario ?? '',
        marginCallLevel: levels.marginCallLevel.toString(),
        liquidationLevel: levels.liquidationLevel.toString(),
        status: levels.status,
      }).finish();
    },
    [`${SERVICE}/Params`]: (ctx, data) => {
      QueryParamsRequest.decode(data);
      return QueryParamsResponse.encode({ params: keeper.params(ctx) }).finish();
    },
  };
}
