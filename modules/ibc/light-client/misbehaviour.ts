/**
 * Misbehaviour of the counterparty freezes the client (ibc-go misbehaviour.go, misbehaviour_handle.go):
 * - a Misbehaviour message: two headers, header1 at a height ≥ header2's, each a valid header whose
 *   own validator set signed it (> 2/3) and whose commit is signed by more than trust level of the
 *   validators trusted at its trusted height (within the trusting period); it is misbehaviour when the
 *   heights are equal and the block hashes differ (a fork) or header1 is higher but not later (BFT
 *   time going backwards). The client is then frozen at height 0-1.
 * - an update header that conflicts with what the client already stores: a different consensus
 *   state at the same height, or a time not strictly between its stored neighbours' times.
 */
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import type { ClientState, ConsensusState, Header as LightHeader, Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { bytesEqual } from '../../../chain/sdk';
import { compareHeights, isRevisionFormat, isZeroHeight, setRevisionNumber } from './chain-id';
import { verifyCommitLight, verifyCommitLightTrusting } from './commit';
import { LightClientErrors as E } from './errors';
import { durationNanos, timestampNanos } from './time';
import { headerHeight, validateLightHeader, validateValidatorSet } from './validate';

/** ibc-go FrozenHeight: the same for all misbehaviour, used as a flag. */
export const FROZEN_HEIGHT: Height = { revisionNumber: 0n, revisionHeight: 1n };

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

function validateMisbehaviourHeader(h: LightHeader | undefined, which: string): ReturnType<typeof validateLightHeader> {
  if (!h) throw E.invalidMisbehaviour.wrap(`${which} cannot be nil`);
  if (h.trustedHeight.revisionHeight === 0n) throw E.invalidMisbehaviour.wrap(`${which} trusted height cannot be zero`);
  if (!h.trustedValidators) throw E.invalidMisbehaviour.wrap(`${which} has no trusted validators`);
  return validateLightHeader(h);
}

/** validCommit: the header's own validator set committed to it (> 2/3). */
function checkOwnCommit(v: ReturnType<typeof validateLightHeader>): void {
  verifyCommitLight(v.header.chainId, v.validators, v.total, v.commit.blockId, v.commit.height, v.commit);
}

/** checkMisbehaviourHeader: the trusted validators match the trusted state, which has not expired, and signed more than trust level. */
function checkAgainstTrusted(cs: ClientState, trusted: ConsensusState, h: LightHeader, which: string, now: bigint): void {
  const vals = validateValidatorSet(h.trustedValidators, `${which} trusted validator set`);
  if (!bytesEqual(vals.hash, trusted.nextValidatorsHash)) {
    throw E.invalidValidatorSet.wrap(`${which} trusted validators hash to ${hex(vals.hash)}, the trusted consensus state expects ${hex(trusted.nextValidatorsHash)}`);
  }
  if (now - timestampNanos(trusted.timestamp) >= durationNanos(cs.trustingPeriod)) {
    throw E.trustingPeriodExpired.wrap(`${which}: the trusted consensus state is older than the trusting period`);
  }
  let chainId = cs.chainId;
  const height = headerHeight(h.signedHeader!.header!);
  if (isRevisionFormat(chainId) && height.revisionNumber > 0n) chainId = setRevisionNumber(chainId, height.revisionNumber);
  verifyCommitLightTrusting(chainId, vals.validators, vals.total, h.signedHeader!.commit!, cs.trustLevel);
}

/**
 * Verifies a Misbehaviour message; `trusted1` / `trusted2` are the consensus states stored at each
 * header's trusted height. Returns the frozen client state, or throws (nothing to freeze).
 */
export function checkMisbehaviour(cs: ClientState, trusted1: ConsensusState, trusted2: ConsensusState, m: Misbehaviour, now: bigint): ClientState {
  if (!isZeroHeight(cs.frozenHeight)) throw E.clientFrozen.wrap('client is already frozen');
  const v1 = validateMisbehaviourHeader(m.header1, 'header 1');
  const v2 = validateMisbehaviourHeader(m.header2, 'header 2');
  if (v1.header.chainId !== v2.header.chainId) throw E.invalidMisbehaviour.wrap('headers must have identical chain ids');
  if (v1.header.chainId !== cs.chainId) throw E.invalidChainId.wrap(`misbehaviour headers are for chain ${JSON.stringify(v1.header.chainId)}, the client tracks ${JSON.stringify(cs.chainId)}`);
  const cmp = compareHeights(headerHeight(v1.header), headerHeight(v2.header));
  if (cmp < 0) throw E.invalidMisbehaviour.wrap('header 1 height is less than header 2 height');
  if (cmp === 0) {
    if (bytesEqual(v1.commit.blockId.hash, v2.commit.blockId.hash)) throw E.invalidMisbehaviour.wrap('headers at the same height commit the same block');
  } else if (timestampNanos(v1.header.time) > timestampNanos(v2.header.time)) {
    throw E.invalidMisbehaviour.wrap('header 1 is higher and later than header 2: no BFT time violation');
  }
  // The trusted-set checks come first: until they pass, no key of the headers' own (submitter-chosen)
  // validator sets reaches a signature check. The outcome is the same in either order.
  checkAgainstTrusted(cs, trusted1, m.header1!, 'header 1', now);
  checkAgainstTrusted(cs, trusted2, m.header2!, 'header 2', now);
  checkOwnCommit(v1);
  checkOwnCommit(v2);
  return { ...cs, frozenHeight: FROZEN_HEIGHT };
}

/** What the client store already holds around a verified update header's height. */
export interface StoredNeighbours {
  /** The consensus state stored at the header's height, if any. */
  atHeight?: ConsensusState;
  /** The closest stored consensus state below / above the header's height, if any. */
  previous?: ConsensusState;
  next?: ConsensusState;
}

function sameConsensusState(a: ConsensusState, b: ConsensusState): boolean {
  return timestampNanos(a.timestamp) === timestampNanos(b.timestamp) && bytesEqual(a.root.hash, b.root.hash) && bytesEqual(a.nextValidatorsHash, b.nextValidatorsHash);
}

/**
 * ibc-go CheckForMisbehaviour on a verified update header: true (freeze) when a different consensus
 * state is stored at its height, or its time is not after the previous stored one or not before the next.
 * The same consensus state again is a duplicate update, not misbehaviour.
 */
export function updateIsMisbehaviour(created: ConsensusState, stored: StoredNeighbours): boolean {
  if (stored.atHeight) return !sameConsensusState(stored.atHeight, created);
  const t = timestampNanos(created.timestamp);
  if (stored.previous && timestampNanos(stored.previous.timestamp) >= t) return true;
  if (stored.next && timestampNanos(stored.next.timestamp) <= t) return true;
  return false;
}

/** ibc-go UpdateStateOnMisbehaviour. */
export function freeze(cs: ClientState): ClientState {
  return { ...cs, frozenHeight: FROZEN_HEIGHT };
}
