import { Errors, type QueryContext, type QueryHandler } from '../../chain/sdk';
import {
  QueryMarketsRequest,
  QueryMarketsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryPriceRequest,
  QueryPriceResponse,
  QueryPricesRequest,
  QueryPricesResponse,
  QueryTwapRequest,
  QueryTwapResponse,
  QueryVolSurfaceRequest,
  QueryVolSurfaceResponse,
} from '../../proto/gen/settle/oracle/v1/query';
import type { PriceWithAge } from '../../proto/gen/settle/oracle/v1/types';
import { OracleErrors } from './errors';
import { OracleKeeper, type OraclePrice } from './keeper';

const SERVICE = '/settle.oracle.v1.Query';

function withAge(p: OraclePrice): PriceWithAge {
  return {
    price: { market: p.market, price: p.price.toString(), height: BigInt(p.height), timeNanos: p.timeNanos, power: p.power },
    ageSeconds: BigInt(p.ageSeconds),
    stale: p.stale,
  };
}

function requireMarket(market: string): string {
  if (!market) throw Errors.invalidRequest.wrap('market cannot be empty');
  return market;
}

export function oracleQueries(keeper: OracleKeeper): Record<string, QueryHandler> {
  const now = (ctx: QueryContext): bigint => keeper.blockTime(ctx);
  return {
    [`${SERVICE}/Price`]: (ctx, data) => {
      const req = QueryPriceRequest.decode(data);
      const p = keeper.price(ctx, requireMarket(req.market));
      return QueryPriceResponse.encode({ price: withAge(p), blockTimeNanos: now(ctx) }).finish();
    },
    [`${SERVICE}/Prices`]: (ctx, data) => {
      QueryPricesRequest.decode(data);
      const prices = keeper.markets(ctx).flatMap((m) => (keeper.storedPrice(ctx, m.id) ? [withAge(keeper.price(ctx, m.id))] : []));
      return QueryPricesResponse.encode({ prices, blockTimeNanos: now(ctx) }).finish();
    },
    [`${SERVICE}/Twap`]: (ctx, data) => {
      const req = QueryTwapRequest.decode(data);
      const t = keeper.twap(ctx, requireMarket(req.market), Number(req.windowSeconds));
      return QueryTwapResponse.encode({ twap: t.twap.toString(), startNanos: t.startNanos, endNanos: t.endNanos }).finish();
    },
    [`${SERVICE}/VolSurface`]: (ctx, data) => {
      const req = QueryVolSurfaceRequest.decode(data);
      const s = keeper.volSurface(ctx, requireMarket(req.market));
      const age = now(ctx) > s.timeNanos ? (now(ctx) - s.timeNanos) / 1_000_000_000n : 0n;
      return QueryVolSurfaceResponse.encode({ surface: s, ageSeconds: age, stale: age > keeper.params(ctx).heartbeatSeconds }).finish();
    },
    [`${SERVICE}/Markets`]: (ctx, data) => {
      QueryMarketsRequest.decode(data);
      return QueryMarketsResponse.encode({ markets: keeper.markets(ctx) }).finish();
    },
    [`${SERVICE}/Params`]: (ctx, data) => {
      QueryParamsRequest.decode(data);
      return QueryParamsResponse.encode({ params: keeper.params(ctx) }).finish();
    },
  };
}

export { OracleErrors };
