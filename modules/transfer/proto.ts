import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { DenomTrace } from 'cosmjs-types/ibc/applications/transfer/v1/denomtrace';

/**
 * ibc-go v8's DenomTrace / DenomTraces queries (ibc/applications/transfer/v1/query.proto), which
 * cosmjs-types 0.11 (generated from ibc-go v10, where they became Denom / Denoms) no longer ships.
 * Wallets and the Go relayer v2.6.0 (`rly query balance`) call them. Field numbers from ibc-go v8:
 *   QueryDenomTraceRequest  { string hash = 1; }
 *   QueryDenomTraceResponse { DenomTrace denom_trace = 1; }
 *   QueryDenomTracesRequest { PageRequest pagination = 1; }
 *   QueryDenomTracesResponse{ repeated DenomTrace denom_traces = 1; PageResponse pagination = 2; }
 */
export interface QueryDenomTraceRequest {
  hash: string;
}

export interface QueryDenomTracesRequest {
  pagination?: PageRequest;
}

export interface QueryDenomTracesResponse {
  denomTraces: DenomTrace[];
  pagination?: PageResponse;
}

/** Reads fields of a message, skipping unknown ones as protobuf requires. */
function readFields(bytes: Uint8Array, onField: (field: number, r: BinaryReader) => boolean): void {
  const r = new BinaryReader(bytes);
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (!onField(tag >>> 3, r)) r.skipType(tag & 7);
  }
}

export const QueryDenomTraceRequestCodec = {
  encode: (m: QueryDenomTraceRequest): Uint8Array => {
    const w = BinaryWriter.create();
    if (m.hash !== '') w.uint32(10).string(m.hash);
    return w.finish();
  },
  decode: (bytes: Uint8Array): QueryDenomTraceRequest => {
    const m: QueryDenomTraceRequest = { hash: '' };
    readFields(bytes, (f, r) => (f === 1 ? ((m.hash = r.string()), true) : false));
    return m;
  },
};

export const QueryDenomTraceResponseCodec = {
  encode: (m: { denomTrace?: DenomTrace }): Uint8Array => {
    const w = BinaryWriter.create();
    if (m.denomTrace) DenomTrace.encode(m.denomTrace, w.uint32(10).fork()).ldelim();
    return w.finish();
  },
  decode: (bytes: Uint8Array): { denomTrace?: DenomTrace } => {
    const m: { denomTrace?: DenomTrace } = {};
    readFields(bytes, (f, r) => (f === 1 ? ((m.denomTrace = DenomTrace.decode(r.bytes())), true) : false));
    return m;
  },
};

export const QueryDenomTracesRequestCodec = {
  encode: (m: QueryDenomTracesRequest): Uint8Array => {
    const w = BinaryWriter.create();
    if (m.pagination) PageRequest.encode(m.pagination, w.uint32(10).fork()).ldelim();
    return w.finish();
  },
  decode: (bytes: Uint8Array): QueryDenomTracesRequest => {
    const m: QueryDenomTracesRequest = {};
    readFields(bytes, (f, r) => (f === 1 ? ((m.pagination = PageRequest.decode(r.bytes())), true) : false));
    return m;
  },
};

export const QueryDenomTracesResponseCodec = {
  encode: (m: QueryDenomTracesResponse): Uint8Array => {
    const w = BinaryWriter.create();
    for (const t of m.denomTraces) DenomTrace.encode(t, w.uint32(10).fork()).ldelim();
    if (m.pagination) PageResponse.encode(m.pagination, w.uint32(18).fork()).ldelim();
    return w.finish();
  },
  decode: (bytes: Uint8Array): QueryDenomTracesResponse => {
    const m: QueryDenomTracesResponse = { denomTraces: [] };
    readFields(bytes, (f, r) => {
      if (f === 1) m.denomTraces.push(DenomTrace.decode(r.bytes()));
      else if (f === 2) m.pagination = PageResponse.decode(r.bytes());
      else return false;
      return true;
    });
    return m;
  },
};
