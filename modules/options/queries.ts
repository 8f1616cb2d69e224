import { addressBytes, Errors, type QueryContext, type QueryHandler } from '../../chain/sdk';
import {
  QueryBookRequest,
  QueryBookResponse,
  QueryInstrumentRequest,
  QueryInstrumentResponse,
  QueryInstrumentsRequest,
  QueryInstrumentsResponse,
  QueryMarketStatsRequest,
  QueryMarketStatsResponse,
  QueryMmpRequest,
  QueryMmpResponse,
  QueryRfqsRequest,
  QueryRfqsResponse,
  QuerySettlementPricesRequest,
  QuerySettlementPricesResponse,
  QueryOrderRequest,
  QueryOrderResponse,
  QueryOrdersBySubaccountRequest,
  QueryOrdersBySubaccountResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from '../../proto/gen/settle/options/v1/query';
import { InstrumentStatus } from '../../proto/gen/settle/options/v1/types';
import type { OptionsKeeper } from './keeper';
import { buildBooks } from './orders';

const SERVICE = '/settle.options.v1.Query';
const notFound = (what: string) => Errors.keyNotFound.wrap(`rpc error: code = NotFound desc = ${what}`);

/** The mark of one contract of an instrument at the latest prices, when its market data is fresh. */
export type MarkSource = (ctx: QueryContext, instrumentId: string) => string | undefined;

export function optionsQueries(keeper: OptionsKeeper, mark: MarkSource): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Params`]: (ctx, data) => {
      QueryParamsRequest.decode(data);
      return QueryParamsResponse.encode({ params: keeper.params(ctx) }).finish();
    },
    [`${SERVICE}/Instrument`]: (ctx, data) => {
      const req = QueryInstrumentRequest.decode(data);
      const instrument = keeper.instrument(ctx, req.id);
      if (!instrument) throw notFound(`instrument ${req.id} is not listed`);
      return QueryInstrumentResponse.encode({ instrument }).finish();
    },
    [`${SERVICE}/Instruments`]: (ctx, data) => {
      const req = QueryInstrumentsRequest.decode(data);
      const instruments = [...keeper.instruments(ctx)].filter(
        (i) =>
          (!req.underlying || i.underlying === req.underlying) &&
          (req.expiry === 0n || i.expiry === req.expiry) &&
          (!req.activeOnly || i.status === InstrumentStatus.INSTRUMENT_STATUS_ACTIVE),
      );
      return QueryInstrumentsResponse.encode({ instruments }).finish();
    },
    // Depth from the queried height's state (not the live books: a query at an old height sees that height).
    [`${SERVICE}/Book`]: (ctx, data) => {
      const req = QueryBookRequest.decode(data);
      if (!keeper.instrument(ctx, req.instrumentId)) throw notFound(`instrument ${req.instrumentId} is not listed`);
      const levels = req.levels === 0 ? 20 : Math.min(req.levels, 500);
      const book = buildBooks(keeper, ctx, req.instrumentId).get(req.instrumentId);
      const depth = book ? book.depth(levels) : { bids: [], asks: [] };
      const level = (l: { price: number; size: number; orders: number }) => ({ price: BigInt(l.price), size: BigInt(l.size), orders: l.orders });
      return QueryBookResponse.encode({ bids: depth.bids.map(level), asks: depth.asks.map(level) }).finish();
    },
    [`${SERVICE}/Order`]: (ctx, data) => {
      const req = QueryOrderRequest.decode(data);
      const order = keeper.order(ctx, req.id);
      if (!order) throw notFound(`order ${req.id} is not open`);
      return QueryOrderResponse.encode({ order }).finish();
    },
    [`${SERVICE}/OrdersBySubaccount`]: (ctx, data) => {
      const req = QueryOrdersBySubaccountRequest.decode(data);
      try {
        addressBytes(req.owner);
      } catch (err) {
        throw Errors.invalidRequest.wrap((err as Error).message);
      }
      return QueryOrdersBySubaccountResponse.encode({ orders: keeper.subaccountOrders(ctx, req.owner, req.subaccount) }).finish();
    },
    [`${SERVICE}/Mmp`]: (ctx, data) => {
      const req = QueryMmpRequest.decode(data);
      try {
        addressBytes(req.owner);
      } catch (err) {
        throw Errors.invalidRequest.wrap((err as Error).message);
      }
      const config = keeper.mmpConfig(ctx, req.owner, req.subaccount, req.underlying);
      if (!config) throw notFound(`subaccount ${req.subaccount} of ${req.owner} has no protection on ${req.underlying}`);
      return QueryMmpResponse.encode({ config, state: keeper.mmpState(ctx, req.owner, req.subaccount, req.underlying) }).finish();
    },
    [`${SERVICE}/Rfqs`]: (ctx, data) => {
      QueryRfqsRequest.decode(data);
      return QueryRfqsResponse.encode({ rfqs: [...keeper.rfqs(ctx)].map((rfq) => ({ rfq, quotes: keeper.quotes(ctx, rfq.id) })) }).finish();
    },
    [`${SERVICE}/SettlementPrices`]: (ctx, data) => {
      const req = QuerySettlementPricesRequest.decode(data);
      const prices = [...keeper.settlementPrices(ctx)].filter((p) => !req.underlying || p.underlying === req.underlying);
      return QuerySettlementPricesResponse.encode({ prices }).finish();
    },
    [`${SERVICE}/MarketStats`]: (ctx, data) => {
      const req = QueryMarketStatsRequest.decode(data);
      const ins = keeper.instrument(ctx, req.instrumentId);
      if (!ins) throw notFound(`instrument ${req.instrumentId} is not listed`);
      const index = keeper.oracle.price(ctx, ins.underlying);
      return QueryMarketStatsResponse.encode({ stats: keeper.stats(ctx, ins.id), index: index?.price.toString() ?? '', mark: mark(ctx, ins.id) ?? '' }).finish();
    },
  };
}
