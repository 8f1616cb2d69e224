// The 07-tendermint light client of the counterparty chain: pure verification (no store). The ICS-02
// client keeper calls it with the states it stores and the block time.
export { LightClientErrors, CODESPACE } from './errors';
export { compareHeights, isRevisionFormat, isZeroHeight, parseChainId, setRevisionNumber } from './chain-id';
export { headerHash, precommitSignBytes, simpleValidatorBytes, validatorSetHash } from './hashing';
export { merkleRoot } from './merkle';
export { commitSigSignBytes, verifyCommitLight, verifyCommitLightTrusting } from './commit';
export { ed25519Address, headerHeight, validateLightHeader, validateSignedHeader, validateValidatorSet } from './validate';
export { headerConsensusState, trustExpired, updateClientState, verifyHeader, type VerifiedHeader } from './verify';
export { checkMisbehaviour, FROZEN_HEIGHT, freeze, updateIsMisbehaviour, type StoredNeighbours } from './misbehaviour';
export { isExpired, status, validateClientState, validateTrustLevel, type ClientStatus } from './status';
export { durationNanos, nanosToTimestamp, timestampNanos } from './time';
