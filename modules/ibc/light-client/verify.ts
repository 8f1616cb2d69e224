/**
 * Header verification of the 07-tendermint light client (ibc-go update.go verifyHeader over CometBFT
 * light/verifier.go Verify). Given the client state, the trusted consensus state at the header's
 * trusted height and the block time `now` (nanoseconds), a header is accepted when:
 * - the client is not frozen; the header is well formed, for the client's chain id, at the trusted
 *   height's revision and above the trusted height; its validator set hashes to validators_hash;
 * - the trusted validators hash to the trusted consensus state's next_validators_hash;
 * - the trusted state is within the trusting period (trusted time + trusting period > now);
 * - header time > trusted time and header time < now + max clock drift;
 * - adjacent (height = trusted + 1): validators_hash = the trusted next_validators_hash and more than
 *   2/3 of the new set signed; non-adjacent: more than trust level (≥ 1/3) of the trusted set signed
 *   and more than 2/3 of the new set signed.
 * Returns the consensus state the header creates; bad input throws a registered error.
 */
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import type { ClientState, ConsensusState, Header as LightHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { bytesEqual } from '../../../chain/sdk';
import { compareHeights, isZeroHeight } from './chain-id';
import { verifyCommitLight, verifyCommitLightTrusting } from './commit';
import { LightClientErrors as E } from './errors';
import { durationNanos, timestampNanos } from './time';
import { headerHeight, validateLightHeader, validateValidatorSet } from './validate';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

export interface VerifiedHeader {
  height: Height;
  consensusState: ConsensusState;
}

/** ibc-go Header.ConsensusState(): time, app hash as the commitment root, next validators hash. */
export function headerConsensusState(h: LightHeader): ConsensusState {
  const header = h.signedHeader!.header!;
  return { timestamp: header.time, root: { hash: header.appHash }, nextValidatorsHash: header.nextValidatorsHash };
}

/** light.HeaderExpired: trusted time + trusting period ≤ now. */
export function trustExpired(trustedTime: bigint, trustingPeriod: bigint, now: bigint): boolean {
  return trustedTime + trustingPeriod <= now;
}

/** `trusted` is the consensus state stored at header.trustedHeight; the trusted validators travel in the header. */
export function verifyHeader(clientState: ClientState, trusted: ConsensusState, h: LightHeader, now: bigint): VerifiedHeader {
  if (!isZeroHeight(clientState.frozenHeight)) throw E.clientFrozen.wrap('cannot update a frozen client');
  const untrusted = validateLightHeader(h);
  const height = headerHeight(untrusted.header);
  if (untrusted.header.chainId !== clientState.chainId) {
    throw E.invalidChainId.wrap(`header is for chain ${JSON.stringify(untrusted.header.chainId)}, the client tracks ${JSON.stringify(clientState.chainId)}`);
  }
  const trustedVals = validateValidatorSet(h.trustedValidators, 'trusted validator set');
  if (!bytesEqual(trustedVals.hash, trusted.nextValidatorsHash)) {
    throw E.invalidValidatorSet.wrap(`trusted validators hash to ${hex(trustedVals.hash)}, the trusted consensus state expects ${hex(trusted.nextValidatorsHash)}`);
  }
  if (height.revisionNumber !== h.trustedHeight.revisionNumber) {
    throw E.invalidHeaderHeight.wrap(`header revision ${height.revisionNumber} differs from trusted revision ${h.trustedHeight.revisionNumber}`);
  }
  if (compareHeights(height, h.trustedHeight) <= 0) throw E.invalidHeaderHeight.wrap('header height must be above the trusted height');

  const trustedTime = timestampNanos(trusted.timestamp);
  const headerTime = timestampNanos(untrusted.header.time);
  const trustingPeriod = durationNanos(clientState.trustingPeriod);
  if (trustExpired(trustedTime, trustingPeriod, now)) {
    throw E.trustingPeriodExpired.wrap(`trusted state of ${trustedTime} ns expired at ${trustedTime + trustingPeriod} ns, now is ${now} ns`);
  }
  if (headerTime <= trustedTime) throw E.headerTimeNotMonotonic.wrap(`header time ${headerTime} ns is not after trusted time ${trustedTime} ns`);
  const drift = durationNanos(clientState.maxClockDrift);
  if (headerTime >= now + drift) throw E.headerFromFuture.wrap(`header time ${headerTime} ns is not before now ${now} ns + drift ${drift} ns`);

  const chainId = clientState.chainId;
  const { commit } = untrusted;
  const verified = new Map<number, string>();
  if (untrusted.header.height === h.trustedHeight.revisionHeight + 1n) {
    if (!bytesEqual(untrusted.header.validatorsHash, trusted.nextValidatorsHash)) {
      throw E.invalidValidatorSet.wrap(`adjacent header's validators hash ${hex(untrusted.header.validatorsHash)} is not the trusted next validators hash ${hex(trusted.nextValidatorsHash)}`);
    }
  } else {
    verifyCommitLightTrusting(chainId, trustedVals.validators, trustedVals.total, commit, clientState.trustLevel, verified);
  }
  verifyCommitLight(chainId, untrusted.validators, untrusted.total, commit.blockId, untrusted.header.height, commit, verified);
  return { height, consensusState: headerConsensusState(h) };
}

/** ibc-go UpdateState: the client state with latest height raised to the header's when it is higher. */
export function updateClientState(clientState: ClientState, height: Height): ClientState {
  return compareHeights(height, clientState.latestHeight) > 0 ? { ...clientState, latestHeight: height } : clientState;
}
