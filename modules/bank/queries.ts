import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataByQueryStringRequest,
  QueryDenomMetadataByQueryStringResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySendEnabledRequest,
  QuerySendEnabledResponse,
  QuerySpendableBalanceByDenomRequest,
  QuerySpendableBalanceByDenomResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { addressBytes, AppError, decodeAmount, Errors, validateDenom, type QueryContext, type QueryHandler } from '../../chain/sdk';
import { BankKeeper } from './keeper';
import { balancesPrefix, Keys } from './keys';
import { toProtoParams } from './params';

function requireAddress(address: string): Uint8Array {
  if (!address) throw Errors.invalidRequest.wrap('address cannot be empty');
  return addressBytes(address);
}

function requireDenom(denom: string): string {
  if (!denom) throw Errors.invalidRequest.wrap('invalid denom: denom cannot be empty');
  try {
    validateDenom(denom);
  } catch (err) {
    throw Errors.invalidRequest.wrap((err as AppError).message);
  }
  return denom;
}

function notFound(what: string): AppError {
  return Errors.keyNotFound.wrap(`rpc error: code = NotFound desc = ${what}`);
}

const coinOf = (key: Uint8Array, value: Uint8Array): Coin => ({
  denom: Buffer.from(key).toString('utf8'),
  amount: decodeAmount(value).toString(),
});

function allBalances(keeper: BankKeeper, ctx: QueryContext, req: { address: string; pagination?: QueryAllBalancesRequest['pagination'] }) {
  const bytes = requireAddress(req.address);
  const page = keeper.page(ctx, balancesPrefix(bytes), req.pagination, coinOf);
  return { balances: page.items, pagination: page.pagination };
}

function metadata(keeper: BankKeeper, ctx: QueryContext, denom: string): Metadata {
  if (!denom) throw Errors.invalidRequest.wrap('invalid denom: denom cannot be empty');
  const m = keeper.denomMetadata(ctx, denom);
  if (!m) throw notFound(`client metadata for denom ${denom}`);
  return m;
}

/** cosmos.bank.v1beta1.Query: the methods CosmJS, wallets and explorers use. */
export function bankQueries(keeper: BankKeeper): Record<string, QueryHandler> {
  return {
    /** A zero coin for an unknown account or denom, as the SDK answers. */
    '/cosmos.bank.v1beta1.Query/Balance': (ctx, request) => {
      const req = QueryBalanceRequest.decode(request);
      requireAddress(req.address);
      requireDenom(req.denom);
      const amount = keeper.balance(ctx, req.address, req.denom);
      return QueryBalanceResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
    },

    '/cosmos.bank.v1beta1.Query/AllBalances': (ctx, request) => {
      const req = QueryAllBalancesRequest.decode(request);
      return QueryAllBalancesResponse.encode(allBalances(keeper, ctx, req)).finish();
    },

    '/cosmos.bank.v1beta1.Query/SpendableBalances': (ctx, request) => {
      const req = QuerySpendableBalancesRequest.decode(request);
      return QuerySpendableBalancesResponse.encode(allBalances(keeper, ctx, req)).finish();
    },

    '/cosmos.bank.v1beta1.Query/SpendableBalanceByDenom': (ctx, request) => {
      const req = QuerySpendableBalanceByDenomRequest.decode(request);
      requireAddress(req.address);
      requireDenom(req.denom);
      const amount = keeper.spendableBalance(ctx, req.address, req.denom);
      return QuerySpendableBalanceByDenomResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
    },

    '/cosmos.bank.v1beta1.Query/TotalSupply': (ctx, request) => {
      const req = QueryTotalSupplyRequest.decode(request);
      const page = keeper.page(ctx, Keys.supplyPrefix, req.pagination, coinOf);
      return QueryTotalSupplyResponse.encode({ supply: page.items, pagination: page.pagination }).finish();
    },

    '/cosmos.bank.v1beta1.Query/SupplyOf': (ctx, request) => {
      const req = QuerySupplyOfRequest.decode(request);
      requireDenom(req.denom);
      return QuerySupplyOfResponse.encode({ amount: { denom: req.denom, amount: keeper.supplyOf(ctx, req.denom).toString() } }).finish();
    },

    '/cosmos.bank.v1beta1.Query/Params': (ctx, request) => {
      QueryParamsRequest.decode(request);
      return QueryParamsResponse.encode({ params: toProtoParams(keeper.params(ctx)) }).finish();
    },

    '/cosmos.bank.v1beta1.Query/DenomMetadata': (ctx, request) => {
      const req = QueryDenomMetadataRequest.decode(request);
      return QueryDenomMetadataResponse.encode({ metadata: metadata(keeper, ctx, req.denom) }).finish();
    },

    '/cosmos.bank.v1beta1.Query/DenomMetadataByQueryString': (ctx, request) => {
      const req = QueryDenomMetadataByQueryStringRequest.decode(request);
      return QueryDenomMetadataByQueryStringResponse.encode({ metadata: metadata(keeper, ctx, req.denom) }).finish();
    },

    '/cosmos.bank.v1beta1.Query/DenomsMetadata': (ctx, request) => {
      const req = QueryDenomsMetadataRequest.decode(request);
      const page = keeper.page(ctx, Keys.denomMetadataPrefix, req.pagination, (_k, v) => Metadata.decode(v));
      return QueryDenomsMetadataResponse.encode({ metadatas: page.items, pagination: page.pagination }).finish();
    },

    /** With denoms: the entries that exist for them (no pagination); without: every entry, paginated. */
    '/cosmos.bank.v1beta1.Query/SendEnabled': (ctx, request) => {
      const req = QuerySendEnabledRequest.decode(request);
      if (req.denoms.length > 0) {
        const sendEnabled = [];
        for (const denom of req.denoms) {
          const enabled = keeper.sendEnabledEntry(ctx, denom);
          if (enabled !== undefined) sendEnabled.push({ denom, enabled });
        }
        return QuerySendEnabledResponse.encode({ sendEnabled }).finish();
      }
      const page = keeper.page(ctx, Keys.sendEnabledPrefix, req.pagination, (k, v) => ({
        denom: Buffer.from(k).toString('utf8'),
        enabled: v.length === 1 && v[0] === 1,
      }));
      return QuerySendEnabledResponse.encode({ sendEnabled: page.items, pagination: page.pagination }).finish();
    },
  };
}
