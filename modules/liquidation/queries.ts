import { addressBytes, Errors, type QueryHandler } from '../../chain/sdk';
import {
  QueryAuctionsRequest,
  QueryAuctionsResponse,
  QueryInsuranceFundRequest,
  QueryInsuranceFundResponse,
  QueryLiquidationsRequest,
  QueryLiquidationsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from '../../proto/gen/settle/liquidation/v1/query';
import type { LiquidationKeeper } from './keeper';
import { auctionRates, discountAt } from './params';
import { auctionPrice, markValue, penaltyPerContract } from './pricing';
import { stepCap } from './auction';
import type { AuctionPosition } from '../../proto/gen/settle/liquidation/v1/query';

const SERVICE = '/settle.liquidation.v1.Query';

export function liquidationQueries(keeper: LiquidationKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Params`]: (ctx, data) => {
      QueryParamsRequest.decode(data);
      return QueryParamsResponse.encode({ params: keeper.params(ctx) }).finish();
    },
    [`${SERVICE}/InsuranceFund`]: (ctx, data) => {
      QueryInsuranceFundRequest.decode(data);
      return QueryInsuranceFundResponse.encode({
        denom: keeper.margin.settlementDenom(ctx),
        balance: keeper.fundBalance(ctx).toString(),
        totals: keeper.fund(ctx),
        withdrawalsBlocked: keeper.firstBankrupt(ctx) !== undefined,
      }).finish();
    },
    [`${SERVICE}/Auctions`]: (ctx, data) => {
      QueryAuctionsRequest.decode(data);
      const rates = auctionRates(keeper.params(ctx));
      const next = BigInt(ctx.height) + 1n;
      const unit = keeper.margin.settlementUnit(ctx);
      return QueryAuctionsResponse.encode({
        auctions: keeper.auctions(ctx).map((a) => {
          const discount = discountAt(rates, a.startHeight, next);
          let positions: AuctionPosition[] = [];
          try {
            positions = keeper.margin.positions(ctx, { owner: a.owner, number: a.subaccount }).map((p) => {
              const cr = keeper.margin.contractRisk(ctx, p.instrumentId);
              const long = p.size > 0n;
              const abs = long ? p.size : -p.size;
              return {
                instrumentId: p.instrumentId,
                size: p.size,
                price: auctionPrice(cr, long, discount, unit),
                mark: markValue(cr, long, unit),
                maxSize: stepCap(abs, rates.maxSharePerBlock),
                penaltyPerContract: penaltyPerContract(cr, long, rates.penalty, unit),
              };
            });
          } catch {
            positions = []; // a stale price: no step would be accepted now
          }
          return { auction: a, discount: discount.toString(), positions };
        }),
      }).finish();
    },
    [`${SERVICE}/Liquidations`]: (ctx, data) => {
      const req = QueryLiquidationsRequest.decode(data);
      if (req.owner) {
        try {
          addressBytes(req.owner);
        } catch (err) {
          throw Errors.invalidRequest.wrap((err as Error).message);
        }
      }
      const limit = req.limit === 0 ? 100 : Math.min(req.limit, 1000);
      return QueryLiquidationsResponse.encode({ records: keeper.recentRecords(ctx, limit, req.owner || undefined) }).finish();
    },
  };
}
