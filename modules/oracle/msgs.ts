import { addressBytes, type Context, type MsgRegistration } from '../../chain/sdk';
import { MsgCreateMarket, MsgCreateMarketResponse, MsgUpdateParams, MsgUpdateParamsResponse } from '../../proto/gen/settle/oracle/v1/tx';
import { Market, Params } from '../../proto/gen/settle/oracle/v1/types';
import { OracleErrors } from './errors';
import { validateMarket } from './genesis';
import { OracleKeeper } from './keeper';
import { validateParams } from './params';

function checkAuthority(keeper: OracleKeeper, ctx: Context, authority: string): void {
  const expected = keeper.params(ctx).authority;
  if (authority !== expected) throw OracleErrors.invalidAuthority.wrap(`expected ${expected}, got ${authority}`);
}

export function validateMsgCreateMarket(msg: MsgCreateMarket): Market {
  addressBytes(msg.authority);
  if (!msg.market) throw OracleErrors.invalidMarket.wrap('market is required');
  validateMarket(msg.market);
  return msg.market;
}

export function handleMsgCreateMarket(keeper: OracleKeeper, ctx: Context, msg: MsgCreateMarket): MsgCreateMarketResponse {
  const market = validateMsgCreateMarket(msg);
  checkAuthority(keeper, ctx, msg.authority);
  const created = keeper.addMarket(ctx, market, true);
  return { index: created.index };
}

export function validateMsgUpdateParams(msg: MsgUpdateParams): Params {
  addressBytes(msg.authority);
  if (!msg.params) throw OracleErrors.invalidParams.wrap('params are required');
  validateParams(msg.params);
  return msg.params;
}

export function handleMsgUpdateParams(keeper: OracleKeeper, ctx: Context, msg: MsgUpdateParams): MsgUpdateParamsResponse {
  const params = validateMsgUpdateParams(msg);
  checkAuthority(keeper, ctx, msg.authority);
  keeper.setParams(ctx, params);
  return {};
}

const marketJSON = (m: Market | undefined) =>
  m && { id: m.id, decimals: m.decimals || undefined, min_report_power: m.minReportPower || undefined, enabled: m.enabled || undefined, index: m.index || undefined };

export function oracleMsgs(keeper: OracleKeeper): MsgRegistration[] {
  const create: MsgRegistration<MsgCreateMarket> = {
    typeUrl: '/settle.oracle.v1.MsgCreateMarket',
    decode: (bytes) => MsgCreateMarket.decode(bytes),
    encode: (msg) => MsgCreateMarket.encode(msg).finish(),
    signers: (msg) => [msg.authority],
    validateBasic: (msg) => void validateMsgCreateMarket(msg),
    handle: (ctx, msg) => MsgCreateMarketResponse.encode(handleMsgCreateMarket(keeper, ctx, msg)).finish(),
    responseTypeUrl: '/settle.oracle.v1.MsgCreateMarketResponse',
    amino: { type: 'settle/oracle/MsgCreateMarket', toJSON: (msg) => ({ authority: msg.authority, market: marketJSON(msg.market) }) },
  };
  const update: MsgRegistration<MsgUpdateParams> = {
    typeUrl: '/settle.oracle.v1.MsgUpdateParams',
    decode: (bytes) => MsgUpdateParams.decode(bytes),
    encode: (msg) => MsgUpdateParams.encode(msg).finish(),
    signers: (msg) => [msg.authority],
    validateBasic: (msg) => void validateMsgUpdateParams(msg),
    handle: (ctx, msg) => MsgUpdateParamsResponse.encode(handleMsgUpdateParams(keeper, ctx, msg)).finish(),
    responseTypeUrl: '/settle.oracle.v1.MsgUpdateParamsResponse',
    amino: {
      type: 'settle/oracle/MsgUpdateParams',
      toJSON: (msg) => ({
        authority: msg.authority,
        params: msg.params && {
          heartbeat_seconds: msg.params.heartbeatSeconds === 0n ? undefined : msg.params.heartbeatSeconds.toString(),
          max_vote_extension_bytes: msg.params.maxVoteExtensionBytes || undefined,
          min_report_power: msg.params.minReportPower || undefined,
          twap_window_seconds: msg.params.twapWindowSeconds === 0n ? undefined : msg.params.twapWindowSeconds.toString(),
          authority: msg.params.authority || undefined,
        },
      }),
    },
  };
  return [create, update];
}
