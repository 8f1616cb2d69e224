// CometBFT RPC JSON (/commit, /validators) decoded into cosmjs-types' protobuf types, field by field,
// for the golden tests. RFC 3339 times keep their nanoseconds (Date would cut them to milliseconds).
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { BlockID, Commit, Header, SignedHeader } from 'cosmjs-types/tendermint/types/types';
import type { BlockIDFlag, Validator, ValidatorSet } from 'cosmjs-types/tendermint/types/validator';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const b64 = (s: string | null): Uint8Array => Uint8Array.from(Buffer.from(s ?? '', 'base64'));

/** "2026-12-05T06:11:46.142413772Z" → { seconds, nanos }; "0001-01-01T00:00:00Z" → Go's zero time. */
export function parseRfc3339(s: string): Timestamp {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/.exec(s);
  if (!m) throw new Error(`not an RFC 3339 UTC time: ${s}`);
  const [, y, mo, d, h, mi, se, frac] = m;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(se), 0);
  return { seconds: BigInt(date.getTime()) / 1000n, nanos: Number((frac ?? '').padEnd(9, '0')) };
}

function blockId(j: any): BlockID {
  return { hash: hex(j.hash), partSetHeader: { total: Number(j.parts.total), hash: hex(j.parts.hash) } };
}

export function headerFromJson(j: any): Header {
  return {
    version: { block: BigInt(j.version.block), app: BigInt(j.version.app ?? 0) },
    chainId: j.chain_id,
    height: BigInt(j.height),
    time: parseRfc3339(j.time),
    lastBlockId: blockId(j.last_block_id),
    lastCommitHash: hex(j.last_commit_hash),
    dataHash: hex(j.data_hash),
    validatorsHash: hex(j.validators_hash),
    nextValidatorsHash: hex(j.next_validators_hash),
    consensusHash: hex(j.consensus_hash),
    appHash: hex(j.app_hash),
    lastResultsHash: hex(j.last_results_hash),
    evidenceHash: hex(j.evidence_hash),
    proposerAddress: hex(j.proposer_address),
  };
}

export function commitFromJson(j: any): Commit {
  return {
    height: BigInt(j.height),
    round: Number(j.round),
    blockId: blockId(j.block_id),
    signatures: j.signatures.map((s: any) => ({
      blockIdFlag: Number(s.block_id_flag) as BlockIDFlag,
      validatorAddress: hex(s.validator_address),
      timestamp: parseRfc3339(s.timestamp),
      signature: b64(s.signature),
    })),
  };
}

export function signedHeaderFromJson(j: any): SignedHeader {
  return { header: headerFromJson(j.header), commit: commitFromJson(j.commit) };
}

export function validatorFromJson(j: any): Validator {
  if (j.pub_key.type !== 'tendermint/PubKeyEd25519') throw new Error(`unexpected key type ${j.pub_key.type}`);
  return { address: hex(j.address), pubKey: { ed25519: b64(j.pub_key.value) }, votingPower: BigInt(j.voting_power), proposerPriority: BigInt(j.proposer_priority) };
}

export function validatorSetFromJson(vals: any[]): ValidatorSet {
  const validators = vals.map(validatorFromJson);
  const total = validators.reduce((s, v) => s + v.votingPower, 0n);
  return { validators, proposer: validators[0], totalVotingPower: total };
}

export interface LightBlockFixture {
  node_version: string;
  chain_id: string;
  blocks: { height: string; signed_header: any; canonical: boolean; validators: any[] }[];
}
