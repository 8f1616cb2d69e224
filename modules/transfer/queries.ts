import {
  QueryDenomHashRequest,
  QueryDenomHashResponse,
  QueryEscrowAddressRequest,
  QueryEscrowAddressResponse,
  QueryParamsResponse,
  QueryTotalEscrowForDenomRequest,
  QueryTotalEscrowForDenomResponse,
} from 'cosmjs-types/ibc/applications/transfer/v1/query';
import { accountAddress, AppError, Errors, validateDenom, type QueryHandler } from '../../chain/sdk';
import { denomTraceHash, parseDenomTrace, parseHexHash, validateDenomTrace } from './denom';
import { escrowAddress } from './escrow';
import type { TransferKeeper } from './keeper';
import { QueryDenomTraceRequestCodec, QueryDenomTraceResponseCodec, QueryDenomTracesRequestCodec, QueryDenomTracesResponseCodec } from './proto';

const notFound = (what: string) => Errors.keyNotFound.wrap(`rpc error: code = NotFound desc = ${what}`);
const invalidArgument = (what: string) => Errors.invalidRequest.wrap(`rpc error: code = InvalidArgument desc = ${what}`);

/** ibc.applications.transfer.v1.Query as ibc-go v8 answers it (keeper/grpc_query.go). */
export function transferQueries(keeper: TransferKeeper): Record<string, QueryHandler> {
  return {
    '/ibc.applications.transfer.v1.Query/DenomTrace': (ctx, request) => {
      const req = QueryDenomTraceRequestCodec.decode(request);
      const hex = req.hash.startsWith('ibc/') ? req.hash.slice(4) : req.hash;
      let hash: Uint8Array;
      try {
        hash = parseHexHash(hex);
      } catch (err) {
        throw invalidArgument(`invalid denom trace hash: ${hex}, error: ${(err as AppError).message}`);
      }
      const trace = keeper.denomTrace(ctx, hash);
      if (!trace) throw notFound(`${req.hash}: denomination trace not found`);
      return QueryDenomTraceResponseCodec.encode({ denomTrace: trace });
    },
    '/ibc.applications.transfer.v1.Query/DenomTraces': (ctx, request) => {
      const req = QueryDenomTracesRequestCodec.decode(request);
      const page = keeper.denomTraces(ctx, req.pagination);
      return QueryDenomTracesResponseCodec.encode({ denomTraces: page.items, pagination: page.pagination });
    },
    '/ibc.applications.transfer.v1.Query/Params': (ctx) => {
      const p = keeper.params(ctx);
      return QueryParamsResponse.encode({ params: { sendEnabled: p.sendEnabled, receiveEnabled: p.receiveEnabled } }).finish();
    },
    '/ibc.applications.transfer.v1.Query/DenomHash': (ctx, request) => {
      const req = QueryDenomHashRequest.decode(request);
      const trace = parseDenomTrace(req.trace);
      try {
        validateDenomTrace(trace);
      } catch (err) {
        throw invalidArgument((err as AppError).message);
      }
      const hash = denomTraceHash(trace);
      if (!keeper.hasDenomTrace(ctx, hash)) throw notFound(`${req.trace}: denomination trace not found`);
      return QueryDenomHashResponse.encode({ hash: Buffer.from(hash).toString('hex').toUpperCase() }).finish();
    },
    '/ibc.applications.transfer.v1.Query/EscrowAddress': (_ctx, request) => {
      const req = QueryEscrowAddressRequest.decode(request);
      return QueryEscrowAddressResponse.encode({ escrowAddress: accountAddress(escrowAddress(req.portId, req.channelId)) }).finish();
    },
    '/ibc.applications.transfer.v1.Query/TotalEscrowForDenom': (ctx, request) => {
      const req = QueryTotalEscrowForDenomRequest.decode(request);
      try {
        validateDenom(req.denom);
      } catch (err) {
        throw invalidArgument((err as AppError).message);
      }
      return QueryTotalEscrowForDenomResponse.encode({ amount: { denom: req.denom, amount: keeper.totalEscrow(ctx, req.denom).toString() } }).finish();
    },
  };
}
