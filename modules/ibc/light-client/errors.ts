import { registerError } from '../../../chain/sdk';

/** ibc-go's 07-tendermint codespace; codes 2–15 keep ibc-go's numbers, settle's own start at 101. */
export const CODESPACE = '07-tendermint';

export const LightClientErrors = {
  invalidChainId: registerError(CODESPACE, 2, 'invalid chain-id'),
  invalidTrustingPeriod: registerError(CODESPACE, 3, 'invalid trusting period'),
  invalidUnbondingPeriod: registerError(CODESPACE, 4, 'invalid unbonding period'),
  invalidHeaderHeight: registerError(CODESPACE, 5, 'invalid header height'),
  invalidHeader: registerError(CODESPACE, 6, 'invalid header'),
  invalidMaxClockDrift: registerError(CODESPACE, 7, 'invalid max clock drift'),
  trustingPeriodExpired: registerError(CODESPACE, 11, 'time since latest trusted state has passed the trusting period'),
  invalidProofSpecs: registerError(CODESPACE, 13, 'invalid proof specs'),
  invalidValidatorSet: registerError(CODESPACE, 14, 'invalid validator set'),
  invalidTrustLevel: registerError(CODESPACE, 15, 'invalid trust level'),
  insufficientVotingPower: registerError(CODESPACE, 101, 'not enough voting power signed the commit'),
  untrustedValidatorSet: registerError(CODESPACE, 102, 'too little of the trusted validator set signed the commit'),
  invalidCommit: registerError(CODESPACE, 103, 'invalid commit'),
  headerFromFuture: registerError(CODESPACE, 104, 'header time is beyond the max clock drift'),
  headerTimeNotMonotonic: registerError(CODESPACE, 105, 'header time is not after the trusted time'),
  invalidMisbehaviour: registerError(CODESPACE, 106, 'invalid misbehaviour'),
  clientFrozen: registerError(CODESPACE, 107, 'client is frozen'),
} as const;
