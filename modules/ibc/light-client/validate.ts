/**
 * Stateless checks of the counterparty's header, commit and validator set, as CometBFT's
 * ValidateBasic methods (types/block.go, types/validator_set.go) and ibc-go's Header.ValidateBasic do
 * them. Each failure throws a registered 07-tendermint error.
 */
import type { Header as LightHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { type BlockID, type Commit, type Header, type SignedHeader } from 'cosmjs-types/tendermint/types/types';
import type { Validator, ValidatorSet } from 'cosmjs-types/tendermint/types/validator';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { bytesEqual, sha256 } from '../../../chain/sdk';
import { parseChainId } from './chain-id';
import { LightClientErrors as E } from './errors';
import { headerHash, isZeroBlockId, validatorSetHash } from './hashing';
import { isGoZeroTime, validTimestamp } from './time';

/** CometBFT's block protocol version (version.BlockProtocol). */
export const BLOCK_PROTOCOL = 11n;
export const MAX_CHAIN_ID_LENGTH = 50;
const HASH_SIZE = 32;
const ADDRESS_SIZE = 20;
const MAX_SIGNATURE_SIZE = 64;
/** types.MaxTotalVotingPower: max int64 / 8. */
export const MAX_TOTAL_VOTING_POWER = ((1n << 63n) - 1n) / 8n;

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

function checkHash(what: string, h: Uint8Array, err = E.invalidHeader): void {
  if (h.length !== 0 && h.length !== HASH_SIZE) throw err.wrap(`${what} has ${h.length} bytes, 0 or ${HASH_SIZE} expected`);
}

function checkBlockId(what: string, id: BlockID, err = E.invalidHeader): void {
  checkHash(`${what} hash`, id.hash, err);
  checkHash(`${what} part set header hash`, id.partSetHeader.hash, err);
}

/** types.Header.ValidateBasic. */
export function validateHeader(h: Header): void {
  if (h.version.block !== BLOCK_PROTOCOL) throw E.invalidHeader.wrap(`block protocol ${h.version.block}, ${BLOCK_PROTOCOL} expected`);
  if (h.chainId.length > MAX_CHAIN_ID_LENGTH) throw E.invalidHeader.wrap(`chain id longer than ${MAX_CHAIN_ID_LENGTH}`);
  if (h.height <= 0n) throw E.invalidHeader.wrap(`height ${h.height} is not positive`);
  if (!validTimestamp(h.time)) throw E.invalidHeader.wrap('header time out of range');
  checkBlockId('last block id', h.lastBlockId);
  checkHash('last commit hash', h.lastCommitHash);
  checkHash('data hash', h.dataHash);
  checkHash('evidence hash', h.evidenceHash);
  if (h.proposerAddress.length !== ADDRESS_SIZE) throw E.invalidHeader.wrap(`proposer address has ${h.proposerAddress.length} bytes`);
  checkHash('validators hash', h.validatorsHash);
  checkHash('next validators hash', h.nextValidatorsHash);
  checkHash('consensus hash', h.consensusHash);
  checkHash('last results hash', h.lastResultsHash);
}

/** types.Commit.ValidateBasic with each CommitSig.ValidateBasic. */
export function validateCommit(c: Commit): void {
  if (c.height < 0n) throw E.invalidCommit.wrap('negative height');
  if (c.round < 0) throw E.invalidCommit.wrap('negative round');
  if (c.height >= 1n) {
    if (isZeroBlockId(c.blockId)) throw E.invalidCommit.wrap('commit cannot be for nil block');
    if (c.signatures.length === 0) throw E.invalidCommit.wrap('no signatures in commit');
  }
  checkBlockId('commit block id', c.blockId, E.invalidCommit);
  c.signatures.forEach((s, i) => {
    if (s.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_ABSENT) {
      if (s.validatorAddress.length !== 0 || s.signature.length !== 0 || !isGoZeroTime(s.timestamp)) {
        throw E.invalidCommit.wrap(`absent signature ${i} carries an address, time or signature`);
      }
      return;
    }
    if (s.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT && s.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_NIL) {
      throw E.invalidCommit.wrap(`signature ${i} has unknown block id flag ${s.blockIdFlag}`);
    }
    if (s.validatorAddress.length !== ADDRESS_SIZE) throw E.invalidCommit.wrap(`signature ${i} has a ${s.validatorAddress.length}-byte address`);
    if (s.signature.length === 0 || s.signature.length > MAX_SIGNATURE_SIZE) throw E.invalidCommit.wrap(`signature ${i} has ${s.signature.length} bytes`);
    if (!validTimestamp(s.timestamp)) throw E.invalidCommit.wrap(`signature ${i} time out of range`);
  });
}

/**
 * types.SignedHeader.ValidateBasic(chainId): a valid header and commit for that chain, the commit at
 * the header's height and for the header's hash.
 */
export function validateSignedHeader(sh: SignedHeader | undefined, chainId: string): { header: Header; commit: Commit; hash: Buffer } {
  if (!sh?.header) throw E.invalidHeader.wrap('signed header has no header');
  if (!sh.commit) throw E.invalidHeader.wrap('signed header has no commit');
  const { header, commit } = sh;
  validateHeader(header);
  validateCommit(commit);
  if (header.chainId !== chainId) throw E.invalidChainId.wrap(`header is for chain ${JSON.stringify(header.chainId)}, not ${JSON.stringify(chainId)}`);
  if (commit.height !== header.height) throw E.invalidHeader.wrap(`commit height ${commit.height} differs from header height ${header.height}`);
  const hash = headerHash(header);
  if (!hash || !bytesEqual(hash, commit.blockId.hash)) {
    throw E.invalidHeader.wrap(`commit signs block ${hex(commit.blockId.hash)}, header hash is ${hash ? hex(hash) : 'nil'}`);
  }
  return { header, commit, hash };
}

/** An ed25519 validator's address: the first 20 bytes of sha256(public key). */
export function ed25519Address(pubKey: Uint8Array): Buffer {
  return sha256(pubKey).subarray(0, ADDRESS_SIZE);
}

function validateValidator(v: Validator, i: number): void {
  const key = v.pubKey?.ed25519;
  if (key === undefined) throw E.invalidValidatorSet.wrap(`validator ${i} has no ed25519 key (only ed25519 validators are supported)`);
  if (key.length !== 32) throw E.invalidValidatorSet.wrap(`validator ${i} has a ${key.length}-byte ed25519 key`);
  if (v.votingPower <= 0n) throw E.invalidValidatorSet.wrap(`validator ${i} has voting power ${v.votingPower}`);
  if (!bytesEqual(v.address, ed25519Address(key))) throw E.invalidValidatorSet.wrap(`validator ${i} address is not derived from its key`);
}

/**
 * types.ValidatorSetFromProto + ValidateBasic: a non-empty set of ed25519 validators, each with a
 * positive power and the address of its key, no address twice, the total within MaxTotalVotingPower.
 * Returns the set's hash and total power.
 */
export function validateValidatorSet(set: ValidatorSet | undefined, what: string): { validators: Validator[]; hash: Buffer; total: bigint } {
  if (!set || set.validators.length === 0) throw E.invalidValidatorSet.wrap(`${what} is empty`);
  const seen = new Set<string>();
  let total = 0n;
  set.validators.forEach((v, i) => {
    validateValidator(v, i);
    const addr = hex(v.address);
    if (seen.has(addr)) throw E.invalidValidatorSet.wrap(`${what} lists validator ${addr} twice`);
    seen.add(addr);
    total += v.votingPower;
    if (total > MAX_TOTAL_VOTING_POWER) throw E.invalidValidatorSet.wrap(`${what} total voting power exceeds ${MAX_TOTAL_VOTING_POWER}`);
  });
  return { validators: set.validators, hash: validatorSetHash(set.validators), total };
}

/** The IBC height of a light-client header: revision from the chain id, height from the header. */
export function headerHeight(h: Header): { revisionNumber: bigint; revisionHeight: bigint } {
  return { revisionNumber: parseChainId(h.chainId), revisionHeight: h.height };
}

/** ibc-go Header.ValidateBasic: a valid signed header, trusted height below it, a validator set matching validators_hash. */
export function validateLightHeader(h: LightHeader): { header: Header; commit: Commit; hash: Buffer; validators: Validator[]; total: bigint } {
  if (!h.signedHeader?.header) throw E.invalidHeader.wrap('tendermint header cannot be nil');
  const signed = validateSignedHeader(h.signedHeader, h.signedHeader.header.chainId);
  const height = headerHeight(signed.header);
  const th = h.trustedHeight;
  if (th.revisionNumber > height.revisionNumber || (th.revisionNumber === height.revisionNumber && th.revisionHeight >= height.revisionHeight)) {
    throw E.invalidHeaderHeight.wrap(`trusted height ${th.revisionNumber}-${th.revisionHeight} must be less than header height ${height.revisionNumber}-${height.revisionHeight}`);
  }
  const vals = validateValidatorSet(h.validatorSet, 'validator set');
  if (!bytesEqual(vals.hash, signed.header.validatorsHash)) {
    throw E.invalidHeader.wrap(`validator set hashes to ${hex(vals.hash)}, header says ${hex(signed.header.validatorsHash)}`);
  }
  return { ...signed, validators: vals.validators, total: vals.total };
}
