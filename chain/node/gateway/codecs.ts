/**
 * The protobuf codecs of every gRPC method the gateways serve, by method path
 * (`/cosmos.bank.v1beta1.Query/Balance`): cosmjs-types for the cosmos.* services, proto/gen for
 * settle's own. The gRPC server passes bytes through untouched; these codecs are for REST (JSON in,
 * JSON out) and for the methods the gateway answers itself (BroadcastTx, the tendermint Service).
 */
import * as authQuery from 'cosmjs-types/cosmos/auth/v1beta1/query';
import * as bankQuery from 'cosmjs-types/cosmos/bank/v1beta1/query';
import * as consensusQuery from 'cosmjs-types/cosmos/consensus/v1/query';
import * as nodeService from 'cosmjs-types/cosmos/base/node/v1beta1/query';
import * as tmService from 'cosmjs-types/cosmos/base/tendermint/v1beta1/query';
import * as stakingQuery from 'cosmjs-types/cosmos/staking/v1beta1/query';
import * as txService from 'cosmjs-types/cosmos/tx/v1beta1/service';
import * as marginQuery from '../../../proto/gen/settle/margin/v1/query';
import * as optionsQuery from '../../../proto/gen/settle/options/v1/query';
import * as oracleQuery from '../../../proto/gen/settle/oracle/v1/query';

/** What ts-proto and cosmjs-types generate for every message. */
export interface Codec<T = any> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
  fromJSON(object: any): T;
  toJSON(message: T): unknown;
  fromPartial(object: any): T;
}

export interface MethodCodecs {
  path: string;
  request: Codec;
  response: Codec;
}

/** service name → (generated module, prefix of its message names: `Query` for Query services). */
const SERVICES: Array<[string, Record<string, unknown>, string]> = [
  ['cosmos.auth.v1beta1.Query', authQuery, 'Query'],
  ['cosmos.bank.v1beta1.Query', bankQuery, 'Query'],
  ['cosmos.consensus.v1.Query', consensusQuery, 'Query'],
  ['cosmos.staking.v1beta1.Query', stakingQuery, 'Query'],
  ['cosmos.tx.v1beta1.Service', txService, ''],
  ['cosmos.base.tendermint.v1beta1.Service', tmService, ''],
  ['cosmos.base.node.v1beta1.Service', nodeService, ''],
  ['settle.margin.v1.Query', marginQuery, 'Query'],
  ['settle.options.v1.Query', optionsQuery, 'Query'],
  ['settle.oracle.v1.Query', oracleQuery, 'Query'],
];

function isCodec(v: unknown): v is Codec {
  return typeof v === 'object' && v !== null && typeof (v as Codec).decode === 'function' && typeof (v as Codec).toJSON === 'function';
}

/** The request/response codecs of a method path, or undefined when settle has no codec for it. */
export function methodCodecs(path: string): MethodCodecs | undefined {
  const m = /^\/([\w.]+)\/(\w+)$/.exec(path);
  if (!m) return undefined;
  const entry = SERVICES.find(([service]) => service === m[1]);
  if (!entry) return undefined;
  const [, mod, prefix] = entry;
  const request = mod[`${prefix}${m[2]}Request`];
  const response = mod[`${prefix}${m[2]}Response`];
  if (!isCodec(request) || !isCodec(response)) return undefined;
  return { path, request, response };
}

/** `/cosmos.bank.v1beta1.Query/Balance` → `cosmos.bank.v1beta1.Query`. */
export function serviceOf(path: string): string {
  return path.slice(1, path.lastIndexOf('/'));
}
