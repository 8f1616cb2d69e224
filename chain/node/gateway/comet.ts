/**
 * CometBFT's JSON-RPC (the node this settled runs beside) for what the gateways serve from it: tx
 * broadcast, node info, blocks and validator sets, converted to the protobuf types of the SDK's
 * cosmos.base.tendermint.v1beta1.Service.
 */
import { toBech32 } from '@cosmjs/encoding';
import type { Block } from 'cosmjs-types/tendermint/types/block';
import type { BlockID, Commit, Header } from 'cosmjs-types/tendermint/types/types';
import type { Block as SdkBlock } from 'cosmjs-types/cosmos/base/tendermint/v1beta1/types';
import type { DefaultNodeInfo } from 'cosmjs-types/tendermint/p2p/types';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { Validator } from 'cosmjs-types/cosmos/base/tendermint/v1beta1/query';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { ACCOUNT_PREFIX } from '../../address';
import { txHash } from '../../app/tx-index';
import { Errors, ROOT_CODESPACE } from '../../errors';
import { GatewayError, GrpcCode } from './status';

export const VALCONS_PREFIX = `${ACCOUNT_PREFIX}valcons`;
export const VALOPER_PREFIX = `${ACCOUNT_PREFIX}valoper`;

/** One JSON-RPC call (POST). A CometBFT error becomes a gateway error with its message. */
export async function cometCall<T = any>(url: string, method: string, params: Record<string, unknown> = {}, timeoutMs = 10_000): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new GatewayError(GrpcCode.UNAVAILABLE, `CometBFT RPC ${url} unreachable: ${(err as Error).message}`);
  }
  const body = (await res.json()) as { result?: T; error?: { code: number; message: string; data?: string } };
  if (body.error) {
    const detail = body.error.data ? `${body.error.message}: ${body.error.data}` : body.error.message;
    const code = /must be less than or equal to the current blockchain height|is not available|height \d+ must be/.test(detail) ? GrpcCode.INVALID_ARGUMENT : GrpcCode.UNKNOWN;
    throw new GatewayError(code, `CometBFT ${method}: ${detail}`);
  }
  return body.result as T;
}

const hex = (s: string | null | undefined): Uint8Array => Buffer.from(s ?? '', 'hex');
const b64 = (s: string | null | undefined): Uint8Array => Buffer.from(s ?? '', 'base64');

/** RFC 3339 with up to nine fractional digits → Timestamp. */
export function parseTimestamp(s: string): Timestamp {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(s);
  if (!m) return { seconds: 0n, nanos: 0 };
  return { seconds: BigInt(Date.parse(`${m[1]}Z`) / 1000), nanos: Number((m[2] ?? '').padEnd(9, '0')) };
}

function blockId(j: any): BlockID {
  return { hash: hex(j?.hash), partSetHeader: { total: Number(j?.parts?.total ?? 0), hash: hex(j?.parts?.hash) } };
}

function header(h: any): Header {
  return {
    version: { block: BigInt(h.version?.block ?? 0), app: BigInt(h.version?.app ?? 0) },
    chainId: h.chain_id,
    height: BigInt(h.height),
    time: parseTimestamp(h.time),
    lastBlockId: blockId(h.last_block_id),
    lastCommitHash: hex(h.last_commit_hash),
    dataHash: hex(h.data_hash),
    validatorsHash: hex(h.validators_hash),
    nextValidatorsHash: hex(h.next_validators_hash),
    consensusHash: hex(h.consensus_hash),
    appHash: hex(h.app_hash),
    lastResultsHash: hex(h.last_results_hash),
    evidenceHash: hex(h.evidence_hash),
    proposerAddress: hex(h.proposer_address),
  };
}

function commit(c: any): Commit | undefined {
  if (!c) return undefined;
  return {
    height: BigInt(c.height),
    round: Number(c.round),
    blockId: blockId(c.block_id),
    signatures: (c.signatures ?? []).map((s: any) => ({
      blockIdFlag: Number(s.block_id_flag),
      validatorAddress: hex(s.validator_address),
      timestamp: parseTimestamp(s.timestamp),
      signature: b64(s.signature),
    })),
  };
}

export interface BlockAnswer {
  blockId: BlockID;
  block: Block;
  sdkBlock: SdkBlock;
}

/** CometBFT `/block` (latest when height is undefined) → GetLatestBlock/GetBlockByHeight's fields. */
export async function fetchBlock(url: string, height?: bigint): Promise<BlockAnswer> {
  const r = await cometCall(url, 'block', height === undefined ? {} : { height: height.toString() });
  const h = header(r.block.header);
  const data = { txs: (r.block.data?.txs ?? []).map((t: string) => b64(t)) };
  // evidence is not converted (a single-operator set has none to report); an empty list stands for it
  const evidence = { evidence: [] };
  const lastCommit = commit(r.block.last_commit);
  return {
    blockId: blockId(r.block_id),
    block: { header: h, data, evidence, lastCommit },
    sdkBlock: { header: { ...h, proposerAddress: toBech32(VALCONS_PREFIX, h.proposerAddress) }, data, evidence, lastCommit },
  };
}

export interface NodeStatusAnswer {
  nodeInfo: DefaultNodeInfo;
  catchingUp: boolean;
  latestHeight: bigint;
}

export async function fetchStatus(url: string): Promise<NodeStatusAnswer> {
  const r = await cometCall(url, 'status');
  const n = r.node_info;
  return {
    nodeInfo: {
      protocolVersion: {
        p2p: BigInt(n.protocol_version?.p2p ?? 0),
        block: BigInt(n.protocol_version?.block ?? 0),
        app: BigInt(n.protocol_version?.app ?? 0),
      },
      defaultNodeId: n.id,
      listenAddr: n.listen_addr,
      network: n.network,
      version: n.version,
      channels: hex(n.channels),
      moniker: n.moniker,
      other: { txIndex: n.other?.tx_index ?? '', rpcAddress: n.other?.rpc_address ?? '' },
    },
    catchingUp: Boolean(r.sync_info?.catching_up),
    latestHeight: BigInt(r.sync_info?.latest_block_height ?? 0),
  };
}

export interface CometValidator {
  address: Uint8Array;
  pubKeyType: string;
  pubKey: Uint8Array;
  votingPower: bigint;
  proposerPriority: bigint;
}

/** The whole validator set at a height (latest when undefined), with the height CometBFT answered for. */
export async function fetchValidators(url: string, height?: bigint): Promise<{ height: bigint; validators: CometValidator[] }> {
  const out: CometValidator[] = [];
  let answered = 0n;
  for (let page = 1; ; page++) {
    const params: Record<string, unknown> = { page: String(page), per_page: '100' };
    if (height !== undefined) params.height = height.toString();
    const r = await cometCall(url, 'validators', params);
    answered = BigInt(r.block_height);
    for (const v of r.validators ?? []) {
      out.push({
        address: hex(v.address),
        pubKeyType: v.pub_key?.type ?? '',
        pubKey: b64(v.pub_key?.value),
        votingPower: BigInt(v.voting_power),
        proposerPriority: BigInt(v.proposer_priority),
      });
    }
    if (out.length >= Number(r.total) || (r.validators ?? []).length === 0) break;
    height = answered;
  }
  return { height: answered, validators: out };
}

/** A CometBFT public key as the SDK's Any (ed25519 or secp256k1). */
export function pubKeyAny(v: CometValidator): { typeUrl: string; value: Uint8Array } {
  if (v.pubKeyType === 'tendermint/PubKeySecp256k1') {
    return { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: Secp256k1PubKey.encode({ key: v.pubKey }).finish() };
  }
  return { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: Ed25519PubKey.encode({ key: v.pubKey }).finish() };
}

export function tendermintValidator(v: CometValidator): Validator {
  return {
    address: toBech32(VALCONS_PREFIX, v.address),
    pubKey: pubKeyAny(v),
    votingPower: v.votingPower,
    proposerPriority: v.proposerPriority,
  };
}

/** CometBFT broadcast_tx_sync: the CheckTx result, as the SDK's TxResponse fields. */
export async function broadcastTxSync(url: string, tx: Uint8Array): Promise<{ code: number; codespace: string; log: string; hash: string; data: string }> {
  let r: any;
  try {
    r = await cometCall(url, 'broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') });
  } catch (err) {
    // CometBFT refuses some txs before CheckTx; the SDK answers those with its root codes (CheckCometError)
    const message = (err as Error).message;
    const known: Array<[RegExp, number]> = [
      [/tx already exists in cache/, Errors.txInMempoolCache.code],
      [/mempool is full/, Errors.mempoolIsFull.code],
      [/tx too large/, Errors.txTooLarge.code],
    ];
    const hit = known.find(([re]) => re.test(message));
    if (!hit) throw err;
    return { code: hit[1], codespace: ROOT_CODESPACE, log: message, hash: txHash(tx).toString('hex').toUpperCase(), data: '' };
  }
  return {
    code: Number(r.code ?? 0),
    codespace: String(r.codespace ?? ''),
    log: String(r.log ?? ''),
    hash: String(r.hash ?? '').toUpperCase(),
    data: r.data ? Buffer.from(String(r.data), 'base64').toString('hex').toUpperCase() : '',
  };
}
