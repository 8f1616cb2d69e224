/**
 * What both gateways (REST and gRPC) answer from, by gRPC method path and protobuf bytes:
 * - every query path of the app's router (module queries, GetTx, Simulate), called in-process through
 *   the same ABCI Query the CometBFT RPC's abci_query reaches, so a gateway answer equals the RPC
 *   answer at the same height by construction;
 * - the methods that live outside the app in the SDK too: BroadcastTx (forwarded to CometBFT's
 *   broadcast_tx_sync), cosmos.base.tendermint.v1beta1.Service (CometBFT's status, blocks, validators,
 *   and ABCIQuery), and the staking service as a view of the fixed validator set.
 * Height: 0 = the latest committed block; every answer carries the height it was read at.
 */
import { TxResponse } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import * as nodeService from 'cosmjs-types/cosmos/base/node/v1beta1/query';
import * as tm from 'cosmjs-types/cosmos/base/tendermint/v1beta1/query';
import * as staking from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { BroadcastMode, BroadcastTxRequest, BroadcastTxResponse, GetTxRequest, GetTxResponse, GetTxsEventRequest, GetTxsEventResponse, OrderBy } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import type { RequestQuery, ResponseQuery } from 'cosmjs-types/tendermint/abci/types';
import { RequestQuery as RequestQueryCodec } from 'cosmjs-types/tendermint/abci/types';
import { addressBytes } from '../../address';
import { APP_NAME, APP_VERSION } from '../../app';
import { methodCodecs } from './codecs';
import { broadcastTxSync, cometCall, fetchBlock, fetchStatus, fetchValidators, tendermintValidator } from './comet';
import { findValidator, matchesStatus, stakingValidator } from './staking-view';
import { GatewayError, GrpcCode, queryError } from './status';

/** The part of the app the gateways use: its ABCI Query, its query paths and its last height. */
export interface QueryableApp {
  query(req: RequestQuery): Promise<ResponseQuery>;
  readonly queries: { readonly paths: string[] };
  readonly lastHeight: number;
}

export interface GatewayBackendOptions {
  app: QueryableApp;
  /** CometBFT's RPC, http://host:port. */
  rpcUrl: string;
  /** Validator consensus address (hex, upper case) → name, from genesis (the staking view's monikers). */
  validatorNames?: Map<string, string>;
  /** This node's app.toml settings that cosmos.base.node.v1beta1.Service/Config reports. */
  nodeConfig?: { minimumGasPrices: string; pruningKeepRecent: number };
}

export interface Answer {
  value: Uint8Array;
  height: bigint;
}

type OwnMethod = (request: Uint8Array, height: bigint) => Promise<Answer>;

export const BROADCAST_TX_PATH = '/cosmos.tx.v1beta1.Service/BroadcastTx';
export const GET_TXS_EVENT_PATH = '/cosmos.tx.v1beta1.Service/GetTxsEvent';
const GET_TX = '/cosmos.tx.v1beta1.Service/GetTx';
/** The SDK's page size limit for GetTxsEvent (and CometBFT's tx_search maximum). */
const MAX_TXS_PAGE = 100n;
const TM = '/cosmos.base.tendermint.v1beta1.Service';
const STAKING = '/cosmos.staking.v1beta1.Query';

export class GatewayBackend {
  private readonly own = new Map<string, OwnMethod>();

  constructor(private readonly options: GatewayBackendOptions) {
    const rpc = options.rpcUrl;
    const latest = (): bigint => BigInt(options.app.lastHeight);
    const answer = (value: Uint8Array, height = latest()): Answer => ({ value, height });

    this.own.set(BROADCAST_TX_PATH, async (request) => {
      const req = BroadcastTxRequest.decode(request);
      if (req.txBytes.length === 0) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, 'invalid empty tx');
      if (req.mode !== BroadcastMode.BROADCAST_MODE_SYNC && req.mode !== BroadcastMode.BROADCAST_MODE_ASYNC) {
        throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `unsupported broadcast mode ${BroadcastMode[req.mode] ?? req.mode}; use BROADCAST_MODE_SYNC or BROADCAST_MODE_ASYNC`);
      }
      const r = await broadcastTxSync(rpc, req.txBytes);
      const txResponse = TxResponse.fromPartial({ txhash: r.hash, code: r.code, codespace: r.codespace, rawLog: r.log, data: r.data });
      return answer(BroadcastTxResponse.encode({ txResponse }).finish());
    });

    // txs by events: CometBFT's tx_search finds the hashes, the app's tx index (GetTx) gives each tx
    this.own.set(GET_TXS_EVENT_PATH, async (request) => {
      const req = GetTxsEventRequest.decode(request);
      const query = req.query.trim() || req.events.map((e) => e.trim()).filter((e) => e).join(' AND ');
      if (!query) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, 'query cannot be empty');
      const limit = req.limit === 0n ? MAX_TXS_PAGE : req.limit;
      const page = req.page === 0n ? 1n : req.page;
      if (limit > MAX_TXS_PAGE) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `limit must not exceed ${MAX_TXS_PAGE}`);
      const orderBy = req.orderBy === OrderBy.ORDER_BY_DESC ? 'desc' : 'asc';
      const found = await cometCall(rpc, 'tx_search', { query, prove: false, page: page.toString(), per_page: limit.toString(), order_by: orderBy });
      const txs: GetTxResponse[] = [];
      for (const t of (found.txs ?? []) as Array<{ hash: string }>) {
        const res = await options.app.query(RequestQueryCodec.fromPartial({ path: GET_TX, data: GetTxRequest.encode({ hash: t.hash }).finish(), height: 0n }));
        if (res.code !== 0) throw queryError(res);
        txs.push(GetTxResponse.decode(res.value));
      }
      // a proposer's injected vote-extension record is not a Tx: not listed
      const listed = txs.filter((t) => t.tx !== undefined && t.txResponse !== undefined);
      const out = GetTxsEventResponse.encode({
        txs: listed.map((t) => t.tx!),
        txResponses: listed.map((t) => t.txResponse!),
        total: BigInt(found.total_count ?? 0),
      }).finish();
      return answer(out);
    });

    this.own.set(`${TM}/GetNodeInfo`, async () => {
      const st = await fetchStatus(rpc);
      const applicationVersion = { name: APP_NAME, appName: 'settled', version: APP_VERSION, gitCommit: '', buildTags: '', goVersion: `node ${process.version}`, buildDeps: [], cosmosSdkVersion: '' };
      return answer(tm.GetNodeInfoResponse.encode({ defaultNodeInfo: st.nodeInfo, applicationVersion }).finish());
    });
    this.own.set(`${TM}/GetSyncing`, async () => answer(tm.GetSyncingResponse.encode({ syncing: (await fetchStatus(rpc)).catchingUp }).finish()));
    this.own.set(`${TM}/GetLatestBlock`, async () => {
      const b = await fetchBlock(rpc);
      return answer(tm.GetLatestBlockResponse.encode(b).finish(), b.block.header.height);
    });
    this.own.set(`${TM}/GetBlockByHeight`, async (request) => {
      const { height } = tm.GetBlockByHeightRequest.decode(request);
      if (height <= 0n) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, 'requested block height must be positive');
      const b = await fetchBlock(rpc, height);
      return answer(tm.GetBlockByHeightResponse.encode(b).finish(), b.block.header.height);
    });
    this.own.set(`${TM}/GetLatestValidatorSet`, async () => {
      const set = await fetchValidators(rpc);
      const validators = set.validators.map(tendermintValidator);
      const pagination = { nextKey: new Uint8Array(0), total: BigInt(validators.length) };
      return answer(tm.GetLatestValidatorSetResponse.encode({ blockHeight: set.height, validators, pagination }).finish(), set.height);
    });
    this.own.set(`${TM}/GetValidatorSetByHeight`, async (request) => {
      const { height } = tm.GetValidatorSetByHeightRequest.decode(request);
      if (height <= 0n) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, 'requested validator set height must be positive');
      const set = await fetchValidators(rpc, height);
      const validators = set.validators.map(tendermintValidator);
      const pagination = { nextKey: new Uint8Array(0), total: BigInt(validators.length) };
      return answer(tm.GetValidatorSetByHeightResponse.encode({ blockHeight: set.height, validators, pagination }).finish(), set.height);
    });
    this.own.set(`${TM}/ABCIQuery`, async (request) => {
      const req = tm.ABCIQueryRequest.decode(request);
      const res = await options.app.query(RequestQueryCodec.fromPartial({ path: req.path, data: req.data, height: req.height, prove: req.prove }));
      const proofOps = res.proofOps ? { ops: res.proofOps.ops.map((o) => ({ type: o.type, key: o.key, data: o.data })) } : undefined;
      const out = tm.ABCIQueryResponse.encode({
        code: res.code,
        log: res.log,
        info: res.info,
        index: res.index,
        key: res.key,
        value: res.value,
        proofOps,
        height: res.height,
        codespace: res.codespace,
      }).finish();
      return answer(out, res.height);
    });

    // the staking service over CometBFT's validator set at the requested height (0 = latest)
    const stakingSet = async (height: bigint) => fetchValidators(rpc, height === 0n ? undefined : height);
    // a validator's name from genesis; this node's own validator unnamed there shows the node's moniker
    let self: Promise<{ address: string; moniker: string }> | undefined;
    const selfInfo = () =>
      (self ??= cometCall(rpc, 'status').then(
        (st) => ({ address: String(st.validator_info?.address ?? '').toUpperCase(), moniker: String(st.node_info?.moniker ?? '') }),
        () => ({ address: '', moniker: '' }),
      ));
    const moniker = async (address: Uint8Array): Promise<string> => {
      const hex = Buffer.from(address).toString('hex').toUpperCase();
      const named = options.validatorNames?.get(hex);
      if (named) return named;
      const me = await selfInfo();
      return me.address === hex ? me.moniker : '';
    };
    // staking Params is the app's (modules/consensus): one answer over ABCI, gRPC and REST
    this.own.set(`${STAKING}/Validators`, async (request, height) => {
      const req = staking.QueryValidatorsRequest.decode(request);
      const set = await stakingSet(height);
      const validators = matchesStatus(req.status) ? await Promise.all(set.validators.map(async (v) => stakingValidator(v, await moniker(v.address)))) : [];
      const pagination = { nextKey: new Uint8Array(0), total: BigInt(validators.length) };
      return answer(staking.QueryValidatorsResponse.encode({ validators, pagination }).finish(), set.height);
    });
    this.own.set(`${STAKING}/Pool`, async (_request, height) => {
      const set = await stakingSet(height);
      const bonded = set.validators.reduce((sum, v) => sum + v.votingPower, 0n);
      return answer(staking.QueryPoolResponse.encode({ pool: { bondedTokens: bonded.toString(), notBondedTokens: '0' } }).finish(), set.height);
    });
    // no delegations exist beside the fixed set: wallets asking for an account's delegations get none
    const delegator = (address: string): void => {
      try {
        addressBytes(address);
      } catch (err) {
        throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `invalid delegator address ${address}: ${(err as Error).message}`);
      }
    };
    const noPage = { nextKey: new Uint8Array(0), total: 0n };
    this.own.set(`${STAKING}/DelegatorDelegations`, async (request) => {
      delegator(staking.QueryDelegatorDelegationsRequest.decode(request).delegatorAddr);
      return answer(staking.QueryDelegatorDelegationsResponse.encode({ delegationResponses: [], pagination: noPage }).finish());
    });
    this.own.set(`${STAKING}/DelegatorUnbondingDelegations`, async (request) => {
      delegator(staking.QueryDelegatorUnbondingDelegationsRequest.decode(request).delegatorAddr);
      return answer(staking.QueryDelegatorUnbondingDelegationsResponse.encode({ unbondingResponses: [], pagination: noPage }).finish());
    });

    this.own.set('/cosmos.base.node.v1beta1.Service/Config', async () => {
      const c = options.nodeConfig ?? { minimumGasPrices: '', pruningKeepRecent: 0 };
      const config = { minimumGasPrice: c.minimumGasPrices, pruningKeepRecent: String(c.pruningKeepRecent), pruningInterval: '0', haltHeight: 0n };
      return answer(nodeService.ConfigResponse.encode(config).finish());
    });

    this.own.set(`${STAKING}/Validator`, async (request, height) => {
      const req = staking.QueryValidatorRequest.decode(request);
      const set = await stakingSet(height);
      const v = findValidator(set.validators, req.validatorAddr);
      return answer(staking.QueryValidatorResponse.encode({ validator: stakingValidator(v, await moniker(v.address)) }).finish(), set.height);
    });
  }

  /** Every gRPC method path served, sorted: the app router's (service paths only) and the gateway's own. */
  get methods(): string[] {
    const routed = this.options.app.queries.paths.filter((p) => /^\/[\w.]+\/\w+$/.test(p));
    return [...new Set([...routed, ...this.own.keys()])].sort();
  }

  /**
   * Calls a method with its protobuf request at `height` (0 = latest). Throws a GatewayError (a gRPC
   * status) when the method fails or does not exist.
   */
  async call(path: string, request: Uint8Array, height: bigint): Promise<Answer> {
    if (height < 0n) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `invalid height ${height}`);
    const own = this.own.get(path);
    if (own) {
      // the staking view reads the validator set at the height; the others are not versioned by height
      // (broadcast, txs by hash or events, node info; blocks and validator sets take it in the request)
      // a request that does not decode is the caller's error (the handlers decode it again)
      const codecs = methodCodecs(path);
      try {
        codecs?.request.decode(request);
      } catch (err) {
        throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `malformed ${path} request: ${(err as Error).message}`);
      }
      return own(request, height);
    }
    const res = await this.options.app.query(RequestQueryCodec.fromPartial({ path, data: request, height, prove: false }));
    if (res.code !== 0) throw queryError(res);
    return { value: res.value, height: res.height };
  }
}
