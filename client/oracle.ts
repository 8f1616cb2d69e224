/**
 * The oracle for apps and wallets: message registry entries and amino converters for the oracle's
 * messages, and a CosmJS query extension for its queries. Imports only generated proto code and
 * CosmJS (no chain/ or module code), so it bundles for browsers.
 *
 *   const client = QueryClient.withExtensions(await Comet38Client.connect(rpc), setupOracleExtension);
 *   const { price } = await client.oracle.price('BTC/USD');   // price.stale, price.ageSeconds …
 */
import type { AminoConverters } from '@cosmjs/stargate';
import type { GeneratedType } from '@cosmjs/proto-signing';
import type { QueryClient } from '@cosmjs/stargate';
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
} from '../proto/gen/settle/oracle/v1/query';
import { MsgCreateMarket, MsgUpdateParams } from '../proto/gen/settle/oracle/v1/tx';

/** typeUrl → codec, for `new Registry([...defaultRegistryTypes, ...oracleRegistryTypes])`. */
export const oracleRegistryTypes: ReadonlyArray<[string, GeneratedType]> = [
  ['/settle.oracle.v1.MsgCreateMarket', MsgCreateMarket as unknown as GeneratedType],
  ['/settle.oracle.v1.MsgUpdateParams', MsgUpdateParams as unknown as GeneratedType],
];

/** Legacy amino JSON (Ledger, Keplr), as the chain renders it for LEGACY_AMINO_JSON signatures. */
export const oracleAminoConverters: AminoConverters = {
  '/settle.oracle.v1.MsgCreateMarket': {
    aminoType: 'settle/oracle/MsgCreateMarket',
    toAmino: (msg: MsgCreateMarket) => ({
      authority: msg.authority,
      market: msg.market && {
        id: msg.market.id,
        decimals: msg.market.decimals || undefined,
        min_report_power: msg.market.minReportPower || undefined,
        enabled: msg.market.enabled || undefined,
        index: msg.market.index || undefined,
      },
    }),
    fromAmino: (a: any): MsgCreateMarket => ({
      authority: a.authority,
      market: a.market && { id: a.market.id, decimals: a.market.decimals ?? 0, minReportPower: a.market.min_report_power ?? '', enabled: Boolean(a.market.enabled), index: a.market.index ?? 0 },
    }),
  },
  '/settle.oracle.v1.MsgUpdateParams': {
    aminoType: 'settle/oracle/MsgUpdateParams',
    toAmino: (msg: MsgUpdateParams) => ({
      authority: msg.authority,
      params: msg.params && {
        heartbeat_seconds: msg.params.heartbeatSeconds === 0n ? undefined : msg.params.heartbeatSeconds.toString(),
        max_vote_extension_bytes: msg.params.maxVoteExtensionBytes || undefined,
        min_report_power: msg.params.minReportPower || undefined,
        twap_window_seconds: msg.params.twapWindowSeconds === 0n ? undefined : msg.params.twapWindowSeconds.toString(),
        authority: msg.params.authority || undefined,
      },
    }),
    fromAmino: (a: any): MsgUpdateParams => ({
      authority: a.authority,
      params: a.params && {
        heartbeatSeconds: BigInt(a.params.heartbeat_seconds ?? 0),
        maxVoteExtensionBytes: a.params.max_vote_extension_bytes ?? 0,
        minReportPower: a.params.min_report_power ?? '',
        twapWindowSeconds: BigInt(a.params.twap_window_seconds ?? 0),
        authority: a.params.authority ?? '',
      },
    }),
  },
};

const SERVICE = '/settle.oracle.v1.Query';

export interface OracleExtension {
  readonly oracle: {
    /** A market's price with its age and stale flag (error "no price for market" before the first update). */
    price(market: string, height?: number): Promise<QueryPriceResponse>;
    prices(height?: number): Promise<QueryPricesResponse>;
    /** Time-weighted average over the `windowSeconds` before the block time. */
    twap(market: string, windowSeconds: number, height?: number): Promise<QueryTwapResponse>;
    volSurface(market: string, height?: number): Promise<QueryVolSurfaceResponse>;
    markets(height?: number): Promise<QueryMarketsResponse>;
    params(height?: number): Promise<QueryParamsResponse>;
  };
}

export function setupOracleExtension(base: QueryClient): OracleExtension {
  const q = async (method: string, data: Uint8Array, height?: number): Promise<Uint8Array> => (await base.queryAbci(`${SERVICE}/${method}`, data, height)).value;
  return {
    oracle: {
      price: async (market, h) => QueryPriceResponse.decode(await q('Price', QueryPriceRequest.encode({ market }).finish(), h)),
      prices: async (h) => QueryPricesResponse.decode(await q('Prices', QueryPricesRequest.encode({}).finish(), h)),
      twap: async (market, w, h) => QueryTwapResponse.decode(await q('Twap', QueryTwapRequest.encode({ market, windowSeconds: BigInt(w) }).finish(), h)),
      volSurface: async (market, h) => QueryVolSurfaceResponse.decode(await q('VolSurface', QueryVolSurfaceRequest.encode({ market }).finish(), h)),
      markets: async (h) => QueryMarketsResponse.decode(await q('Markets', QueryMarketsRequest.encode({}).finish(), h)),
      params: async (h) => QueryParamsResponse.decode(await q('Params', QueryParamsRequest.encode({}).finish(), h)),
    },
  };
}
