import type { QueryContext, QueryHandler } from '../../chain/app';
import { Errors } from '../../chain/errors';
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
import { OracleKeeper, STORE_NAME, type OraclePrice } from './keeper';

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
  const now = (ctx: QueryContext): bigint => keeper.blockTime(ctx.store(STORE_NAME));
  return {
    [`${SERVICE}/Price`]: (ctx, data) => {
      const req = QueryPriceRequest.decode(data);
      const p = keeper.price(ctx, requireMarket(req.market));
      return QueryPriceResponse.encode({ price: withAge(p), blockTimeNanos: now(ctx) }).finish();
    },
    [`${SERVICE}/Prices`]: (ctx, data) => {
      QueryPricesRequest.decode(data);
      const store = ctx.store(STORE_NAME);
      const prices = keeper.markets(store).flatMap((m) => (keeper.storedPrice(store, m.id) ? [withAge(keeper.price(ctx, m.id))] : []));
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
      return QueryVolSurfaceResponse.encode({ surface: s, ageSeconds: age, stale: age > keeper.params(ctx.store(STORE_NAME)).heartbeatSeconds }).finish();
    },
    [`${SERVICE}/Markets`]: (ctx, data) => {
      QueryMarketsRequest.decode(data);
      return QueryMarketsResponse.encode({ markets: keeper.markets(ctx.store(STORE_NAME)) }).finish();
    },
    [`${SERVICE}/Params`]: (ctx, data) => {
      QueryParamsRequest.decode(data);
      return QueryParamsResponse.encode({ params: keeper.params(ctx.store(STORE_NAME)) }).finish();
    },
  };
}

export { OracleErrors };
