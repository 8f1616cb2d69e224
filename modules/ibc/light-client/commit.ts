/**
 * Commit verification as CometBFT's light client does it (types/validation.go):
 * - verifyCommitLight: the commit's own validator set, signatures matched to validators by index;
 *   more than 2/3 of the set's power must have precommitted the block.
 * - verifyCommitLightTrusting: a trusted (older) set, signatures matched by address; signers outside
 *   the set are skipped, a validator signing twice is an error; more than trustLevel of the trusted
 *   power must have precommitted the block.
 * Only BLOCK_ID_FLAG_COMMIT signatures count (absent and nil votes are skipped). Every counted
 * signature is checked (ed25519 over the CanonicalVote sign bytes) until the power is enough, as
 * CometBFT stops there too; a bad signature before that point refuses the commit.
 * settle is stricter in one place: a signature matched by index must carry that validator's address.
 */
import type { Fraction } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { type BlockID, type Commit, type CommitSig } from 'cosmjs-types/tendermint/types/types';
import type { Validator } from 'cosmjs-types/tendermint/types/validator';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { bytesEqual, verifyEd25519 } from '../../../chain/sdk';
import { LightClientErrors as E } from './errors';
import { precommitSignBytes } from './hashing';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

function sameBlockId(a: BlockID, b: BlockID): boolean {
  return bytesEqual(a.hash, b.hash) && a.partSetHeader.total === b.partSetHeader.total && bytesEqual(a.partSetHeader.hash, b.partSetHeader.hash);
}

/** Commit.VoteSignBytes(chainId, idx) for a signature that precommitted the commit's block. */
export function commitSigSignBytes(chainId: string, commit: Commit, sig: CommitSig): Uint8Array {
  return precommitSignBytes(chainId, commit.height, commit.round, commit.blockId, sig.timestamp);
}

/**
 * Signatures already verified in this commit: slot index → the public key that verified it (as
 * CometBFT's verifiedSignatureCache, so a non-adjacent update checks each signature once).
 */
export type VerifiedSignatures = Map<number, string>;

function checkSignature(chainId: string, commit: Commit, idx: number, val: Validator, verified?: VerifiedSignatures): void {
  const sig = commit.signatures[idx];
  const key = val.pubKey.ed25519 ?? new Uint8Array(0);
  const keyHex = hex(key);
  if (verified?.get(idx) === keyHex) return;
  if (!verifyEd25519(key, commitSigSignBytes(chainId, commit, sig), sig.signature)) {
    throw E.invalidCommit.wrap(`wrong signature (#${idx}) from validator ${hex(val.address)}`);
  }
  verified?.set(idx, keyHex);
}

/** More than 2/3 of `validators` (the commit's own set, total power `total`) precommitted `blockId` at `height`. */
export function verifyCommitLight(chainId: string, validators: readonly Validator[], total: bigint, blockId: BlockID, height: bigint, commit: Commit, verified?: VerifiedSignatures): void {
  if (validators.length !== commit.signatures.length) {
    throw E.invalidCommit.wrap(`${commit.signatures.length} signatures for ${validators.length} validators`);
  }
  if (commit.height !== height) throw E.invalidCommit.wrap(`commit height ${commit.height}, ${height} expected`);
  if (!sameBlockId(commit.blockId, blockId)) throw E.invalidCommit.wrap('commit is for another block id');
  const needed = (total * 2n) / 3n;
  let tallied = 0n;
  for (let idx = 0; idx < commit.signatures.length; idx++) {
    const sig = commit.signatures[idx];
    if (sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT) continue;
    const val = validators[idx];
    if (!bytesEqual(sig.validatorAddress, val.address)) {
      throw E.invalidCommit.wrap(`signature ${idx} is from ${hex(sig.validatorAddress)}, validator ${idx} is ${hex(val.address)}`);
    }
    checkSignature(chainId, commit, idx, val, verified);
    tallied += val.votingPower;
    if (tallied > needed) return;
  }
  throw E.insufficientVotingPower.wrap(`${tallied} of ${total} power signed, more than ${needed} needed`);
}

/**
 * More than `trustLevel` of `validators` (a trusted set, total power `total`) precommitted the
 * commit's block. Throws untrustedValidatorSet when the power falls short.
 */
export function verifyCommitLightTrusting(chainId: string, validators: readonly Validator[], total: bigint, commit: Commit, trustLevel: Fraction, verified?: VerifiedSignatures): void {
  if (trustLevel.denominator === 0n) throw E.invalidTrustLevel.wrap('zero denominator');
  const needed = (total * trustLevel.numerator) / trustLevel.denominator;
  const byAddress = new Map<string, number>();
  validators.forEach((v, i) => byAddress.set(hex(v.address), i));
  const seen = new Map<number, number>();
  let tallied = 0n;
  for (let idx = 0; idx < commit.signatures.length; idx++) {
    const sig = commit.signatures[idx];
    if (sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT) continue;
    const valIdx = byAddress.get(hex(sig.validatorAddress));
    if (valIdx === undefined) continue;
    const first = seen.get(valIdx);
    if (first !== undefined) throw E.invalidCommit.wrap(`double vote from ${hex(sig.validatorAddress)} (${first} and ${idx})`);
    seen.set(valIdx, idx);
    const val = validators[valIdx];
    checkSignature(chainId, commit, idx, val, verified);
    tallied += val.votingPower;
    if (tallied > needed) return;
  }
  throw E.untrustedValidatorSet.wrap(`${tallied} of ${total} trusted power signed, more than ${needed} needed`);
}
