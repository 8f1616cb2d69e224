/**
 * Client status and client-state validation (ibc-go client_state.go Status / IsExpired / Validate,
 * CometBFT light.ValidateTrustLevel).
 */
import type { ClientState, ConsensusState, Fraction } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { isZeroHeight, parseChainId } from './chain-id';
import { LightClientErrors as E } from './errors';
import { MAX_CHAIN_ID_LENGTH } from './validate';
import { durationNanos, timestampNanos } from './time';
import { trustExpired } from './verify';

export type ClientStatus = 'Active' | 'Expired' | 'Frozen';

/** Frozen when misbehaviour froze it; Expired when the latest consensus state is missing or older than the trusting period; else Active. */
export function status(cs: ClientState, latest: ConsensusState | undefined, now: bigint): ClientStatus {
  if (!isZeroHeight(cs.frozenHeight)) return 'Frozen';
  if (!latest) return 'Expired';
  return isExpired(cs, latest, now) ? 'Expired' : 'Active';
}

/** latest time + trusting period ≤ now. */
export function isExpired(cs: ClientState, latest: ConsensusState, now: bigint): boolean {
  return trustExpired(timestampNanos(latest.timestamp), durationNanos(cs.trustingPeriod), now);
}

/** The trust level lies in [1/3, 1] with a non-zero denominator. */
export function validateTrustLevel(t: Fraction): void {
  if (t.denominator === 0n || t.numerator * 3n < t.denominator || t.numerator > t.denominator) {
    throw E.invalidTrustLevel.wrap(`trust level ${t.numerator}/${t.denominator} must be within [1/3, 1]`);
  }
}

/** ibc-go ClientState.Validate: what a client must satisfy to be created. */
export function validateClientState(cs: ClientState): void {
  if (cs.chainId.trim().length === 0) throw E.invalidChainId.wrap('chain id cannot be empty');
  if (cs.chainId.length > MAX_CHAIN_ID_LENGTH) throw E.invalidChainId.wrap(`chain id longer than ${MAX_CHAIN_ID_LENGTH}`);
  validateTrustLevel(cs.trustLevel);
  const trusting = durationNanos(cs.trustingPeriod);
  const unbonding = durationNanos(cs.unbondingPeriod);
  if (trusting <= 0n) throw E.invalidTrustingPeriod.wrap('trusting period must be positive');
  if (unbonding <= 0n) throw E.invalidUnbondingPeriod.wrap('unbonding period must be positive');
  if (durationNanos(cs.maxClockDrift) <= 0n) throw E.invalidMaxClockDrift.wrap('max clock drift must be positive');
  if (cs.latestHeight.revisionHeight === 0n) throw E.invalidHeaderHeight.wrap('latest height revision height cannot be zero');
  if (cs.latestHeight.revisionNumber !== parseChainId(cs.chainId)) {
    throw E.invalidHeaderHeight.wrap(`latest height revision ${cs.latestHeight.revisionNumber} differs from chain id revision ${parseChainId(cs.chainId)}`);
  }
  if (trusting >= unbonding) throw E.invalidTrustingPeriod.wrap('trusting period must be shorter than the unbonding period');
  if (cs.proofSpecs.length === 0) throw E.invalidProofSpecs.wrap('proof specs cannot be empty');
  cs.upgradePath.forEach((k, i) => {
    if (k.trim().length === 0) throw E.invalidProofSpecs.wrap(`upgrade path key ${i} cannot be empty`);
  });
}
