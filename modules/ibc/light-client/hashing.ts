/**
 * CometBFT v0.38's hashes and sign bytes, byte for byte:
 * - header hash (types.Header.Hash): the Merkle root of its 14 fields, each encoded as Go does it —
 *   Version and LastBlockID as their protobuf messages, Time as a protobuf Timestamp, the chain id,
 *   height and byte fields through cdcEncode (gogoproto StringValue / Int64Value / BytesValue, empty
 *   for a zero value);
 * - validator set hash (types.ValidatorSet.Hash): the Merkle root of each validator's
 *   SimpleValidator{pub_key, voting_power} protobuf, in the set's order;
 * - vote sign bytes (types.VoteSignBytes): the length-delimited CanonicalVote protobuf.
 * proto3 rules: zero scalars and empty bytes/strings are left out; gogoproto non-nullable messages
 * (BlockID.part_set_header, CanonicalVote.timestamp) are always written, even when empty.
 */
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { BlockID, Header } from 'cosmjs-types/tendermint/types/types';
import type { Validator } from 'cosmjs-types/tendermint/types/validator';
import { merkleRoot } from './merkle';
import { bytesField, EMPTY, lengthDelimited, sfixed64Field, varintField } from './proto';

/** SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT */
const PRECOMMIT = 2n;

const cat = (parts: (Buffer | false)[]): Buffer => Buffer.concat(parts.filter((p): p is Buffer => p !== false));

/** google.protobuf.Timestamp{seconds = 1 (int64), nanos = 2 (int32)}. */
function timestampBytes(t: Timestamp): Buffer {
  return cat([t.seconds !== 0n && varintField(1, t.seconds), t.nanos !== 0 && varintField(2, BigInt(t.nanos))]);
}

/** BlockID and CanonicalBlockID share their layout: hash = 1, part_set_header = 2 {total = 1 (uint32), hash = 2} (always written). */
function blockIdBytes(id: BlockID): Buffer {
  const psh = cat([id.partSetHeader.total !== 0 && varintField(1, BigInt(id.partSetHeader.total)), id.partSetHeader.hash.length > 0 && bytesField(2, id.partSetHeader.hash)]);
  return cat([id.hash.length > 0 && bytesField(1, id.hash), bytesField(2, psh)]);
}

const cdcString = (s: string): Buffer => (s.length === 0 ? EMPTY : bytesField(1, s));
const cdcInt64 = (v: bigint): Buffer => (v === 0n ? EMPTY : varintField(1, v));
const cdcBytes = (b: Uint8Array): Buffer => (b.length === 0 ? EMPTY : bytesField(1, b));

/** types.Header.Hash(); undefined (Go's nil) when the validators hash is empty. */
export function headerHash(h: Header): Buffer | undefined {
  if (h.validatorsHash.length === 0) return undefined;
  return merkleRoot([
    cat([h.version.block !== 0n && varintField(1, h.version.block), h.version.app !== 0n && varintField(2, h.version.app)]),
    cdcString(h.chainId),
    cdcInt64(h.height),
    timestampBytes(h.time),
    blockIdBytes(h.lastBlockId),
    cdcBytes(h.lastCommitHash),
    cdcBytes(h.dataHash),
    cdcBytes(h.validatorsHash),
    cdcBytes(h.nextValidatorsHash),
    cdcBytes(h.consensusHash),
    cdcBytes(h.appHash),
    cdcBytes(h.lastResultsHash),
    cdcBytes(h.evidenceHash),
    cdcBytes(h.proposerAddress),
  ]);
}

/** types.Validator.Bytes(): SimpleValidator{pub_key = 1 (PublicKey oneof: ed25519 = 1, secp256k1 = 2), voting_power = 2 (int64)}. */
export function simpleValidatorBytes(v: Validator): Buffer {
  const key = v.pubKey.ed25519 !== undefined ? bytesField(1, v.pubKey.ed25519) : v.pubKey.secp256k1 !== undefined ? bytesField(2, v.pubKey.secp256k1) : EMPTY;
  return cat([bytesField(1, key), v.votingPower !== 0n && varintField(2, v.votingPower)]);
}

/** types.ValidatorSet.Hash(). */
export function validatorSetHash(validators: readonly Validator[]): Buffer {
  return merkleRoot(validators.map(simpleValidatorBytes));
}

export function isZeroBlockId(id: BlockID): boolean {
  return id.hash.length === 0 && id.partSetHeader.total === 0 && id.partSetHeader.hash.length === 0;
}

/**
 * types.VoteSignBytes for a precommit: protoio.MarshalDelimited(CanonicalVote{type = 1 (enum),
 * height = 2 (sfixed64), round = 3 (sfixed64), block_id = 4 (CanonicalBlockID, left out when the
 * vote is for nil), timestamp = 5 (always written), chain_id = 6}).
 */
export function precommitSignBytes(chainId: string, height: bigint, round: number, blockId: BlockID, timestamp: Timestamp): Buffer {
  return lengthDelimited(
    cat([
      varintField(1, PRECOMMIT),
      height !== 0n && sfixed64Field(2, height),
      round !== 0 && sfixed64Field(3, BigInt(round)),
      !isZeroBlockId(blockId) && bytesField(4, blockIdBytes(blockId)),
      bytesField(5, timestampBytes(timestamp)),
      chainId.length > 0 && bytesField(6, chainId),
    ]),
  );
}
