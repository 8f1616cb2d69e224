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
import { BinaryWriter } from 'cosmjs-types/binary';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { SignedMsgType, type BlockID, type Header } from 'cosmjs-types/tendermint/types/types';
import type { Validator } from 'cosmjs-types/tendermint/types/validator';
import { merkleRoot } from './merkle';

function timestampBytes(t: Timestamp): Uint8Array {
  const w = BinaryWriter.create();
  if (t.seconds !== 0n) w.uint32(0x08).int64(t.seconds);
  if (t.nanos !== 0) w.uint32(0x10).int32(t.nanos);
  return w.finish();
}

/** PartSetHeader / CanonicalPartSetHeader: total = 1 (uint32), hash = 2 (bytes). */
function partSetHeaderBytes(total: number, hash: Uint8Array): Uint8Array {
  const w = BinaryWriter.create();
  if (total !== 0) w.uint32(0x08).uint32(total);
  if (hash.length > 0) w.uint32(0x12).bytes(hash);
  return w.finish();
}

/** BlockID and CanonicalBlockID share their layout: hash = 1, part_set_header = 2 (always written). */
function blockIdBytes(id: BlockID): Uint8Array {
  const w = BinaryWriter.create();
  if (id.hash.length > 0) w.uint32(0x0a).bytes(id.hash);
  w.uint32(0x12).bytes(partSetHeaderBytes(id.partSetHeader.total, id.partSetHeader.hash));
  return w.finish();
}

const cdcString = (s: string): Uint8Array => (s.length === 0 ? new Uint8Array(0) : BinaryWriter.create().uint32(0x0a).string(s).finish());
const cdcInt64 = (v: bigint): Uint8Array => (v === 0n ? new Uint8Array(0) : BinaryWriter.create().uint32(0x08).int64(v).finish());
const cdcBytes = (b: Uint8Array): Uint8Array => (b.length === 0 ? new Uint8Array(0) : BinaryWriter.create().uint32(0x0a).bytes(b).finish());

/** types.Header.Hash(); undefined (Go's nil) when the validators hash is empty. */
export function headerHash(h: Header): Buffer | undefined {
  if (h.validatorsHash.length === 0) return undefined;
  const version = BinaryWriter.create();
  if (h.version.block !== 0n) version.uint32(0x08).uint64(h.version.block);
  if (h.version.app !== 0n) version.uint32(0x10).uint64(h.version.app);
  return merkleRoot([
    version.finish(),
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

/** types.Validator.Bytes(): SimpleValidator{pub_key = 1 (PublicKey oneof: ed25519 = 1, secp256k1 = 2), voting_power = 2}. */
export function simpleValidatorBytes(v: Validator): Uint8Array {
  const key = BinaryWriter.create();
  if (v.pubKey.ed25519 !== undefined) key.uint32(0x0a).bytes(v.pubKey.ed25519);
  else if (v.pubKey.secp256k1 !== undefined) key.uint32(0x12).bytes(v.pubKey.secp256k1);
  const w = BinaryWriter.create().uint32(0x0a).bytes(key.finish());
  if (v.votingPower !== 0n) w.uint32(0x10).int64(v.votingPower);
  return w.finish();
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
export function precommitSignBytes(chainId: string, height: bigint, round: number, blockId: BlockID, timestamp: Timestamp): Uint8Array {
  const w = BinaryWriter.create();
  w.uint32(0x08).int32(SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT);
  if (height !== 0n) w.uint32(0x11).sfixed64(height);
  if (round !== 0) w.uint32(0x19).sfixed64(BigInt(round));
  if (!isZeroBlockId(blockId)) w.uint32(0x22).bytes(blockIdBytes(blockId));
  w.uint32(0x2a).bytes(timestampBytes(timestamp));
  if (chainId.length > 0) w.uint32(0x32).string(chainId);
  return BinaryWriter.create().bytes(w.finish()).finish();
}
