// A synthetic CometBFT chain for the light-client tests: ed25519 validators from fixed seeds, headers
// built field by field, commits signed over the light client's precommit sign bytes (checked against
// real CometBFT signatures in golden.test.ts).
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { ClientState, ConsensusState, Header as LightHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { BlockID, Commit, CommitSig, Header, SignedHeader } from 'cosmjs-types/tendermint/types/types';
import { BlockIDFlag, type Validator, type ValidatorSet } from 'cosmjs-types/tendermint/types/validator';
import { sha256 } from '../../../../../chain/sdk';
import { ed25519Address, headerHash, nanosToTimestamp, parseChainId, precommitSignBytes, timestampNanos, validatorSetHash } from '../../../../../modules/ibc/light-client';

export const SECOND = 1_000_000_000n;
/** 2026-01-01T00:00:00Z */
export const T0 = 1_767_225_600n * SECOND;
export const GO_ZERO_TIME: Timestamp = { seconds: -62_135_596_800n, nanos: 0 };

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface TestValidator {
  name: string;
  key: KeyObject;
  validator: Validator;
}

/** A validator whose key is derived from its name (same name, same key). */
export function testValidator(name: string, power: bigint): TestValidator {
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, sha256(Buffer.from(`validator ${name}`))]), format: 'der', type: 'pkcs8' });
  const pub = Uint8Array.from(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12));
  return { name, key, validator: { address: Uint8Array.from(ed25519Address(pub)), pubKey: { ed25519: pub }, votingPower: power, proposerPriority: 0n } };
}

export function validatorSet(vals: readonly TestValidator[]): ValidatorSet {
  const validators = vals.map((v) => v.validator);
  return { validators, proposer: validators[0], totalVotingPower: validators.reduce((s, v) => s + v.votingPower, 0n) };
}

const label = (s: string): Uint8Array => Uint8Array.from(sha256(Buffer.from(s)));

export interface HeaderSpec {
  chainId: string;
  height: bigint;
  /** nanoseconds since the epoch */
  time: bigint;
  vals: readonly TestValidator[];
  nextVals?: readonly TestValidator[];
  appHash?: Uint8Array;
}

export function makeHeader(s: HeaderSpec): Header {
  return {
    version: { block: 11n, app: 1n },
    chainId: s.chainId,
    height: s.height,
    time: nanosToTimestamp(s.time),
    lastBlockId: { hash: label(`block ${s.height - 1n}`), partSetHeader: { total: 1, hash: label(`parts ${s.height - 1n}`) } },
    lastCommitHash: label(`last commit ${s.height}`),
    dataHash: label(`data ${s.height}`),
    validatorsHash: Uint8Array.from(validatorSetHash(s.vals.map((v) => v.validator))),
    nextValidatorsHash: Uint8Array.from(validatorSetHash((s.nextVals ?? s.vals).map((v) => v.validator))),
    consensusHash: label('consensus params'),
    appHash: s.appHash ?? label(`app ${s.height}`),
    lastResultsHash: label(`results ${s.height}`),
    evidenceHash: label(''),
    proposerAddress: s.vals[0].validator.address,
  };
}

export type Vote = 'commit' | 'nil' | 'absent';

export interface SignOptions {
  round?: number;
  /** The vote of each validator of the header's set, by index; default: all commit. */
  votes?: readonly Vote[];
  /** Replace the signer of slot i (address and key) with another validator. */
  signAs?: Record<number, TestValidator>;
  /** Chain id signed over (default the header's). */
  signChainId?: string;
}

export function blockIdOf(header: Header): BlockID {
  return { hash: Uint8Array.from(headerHash(header)!), partSetHeader: { total: 1, hash: label(`parts ${header.height}`) } };
}

/** A commit of `header` by `vals` (the header's validator set, in its order). */
export function signCommit(header: Header, vals: readonly TestValidator[], opts: SignOptions = {}): Commit {
  const round = opts.round ?? 0;
  const blockId = blockIdOf(header);
  const signatures: CommitSig[] = vals.map((v, i) => {
    const vote = opts.votes?.[i] ?? 'commit';
    if (vote === 'absent') return { blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_ABSENT, validatorAddress: new Uint8Array(0), timestamp: GO_ZERO_TIME, signature: new Uint8Array(0) };
    const signer = opts.signAs?.[i] ?? v;
    const timestamp = nanosToTimestamp(timestampNanos(header.time) + BigInt(i + 1) * 1_000_000n);
    const voted = vote === 'commit' ? blockId : { hash: new Uint8Array(0), partSetHeader: { total: 0, hash: new Uint8Array(0) } };
    const bytes = precommitSignBytes(opts.signChainId ?? header.chainId, header.height, round, voted, timestamp);
    return {
      blockIdFlag: vote === 'commit' ? BlockIDFlag.BLOCK_ID_FLAG_COMMIT : BlockIDFlag.BLOCK_ID_FLAG_NIL,
      validatorAddress: signer.validator.address,
      timestamp,
      signature: Uint8Array.from(sign(null, bytes, signer.key)),
    };
  });
  return { height: header.height, round, blockId, signatures };
}

export function signedHeader(spec: HeaderSpec, opts: SignOptions = {}): SignedHeader {
  const header = makeHeader(spec);
  return { header, commit: signCommit(header, spec.vals, opts) };
}

/** The light-client Header message for `signed`, trusting `trustedVals` at `trustedHeight`. */
export function lightHeader(signed: SignedHeader, vals: readonly TestValidator[], trustedHeight: bigint, trustedVals: readonly TestValidator[]): LightHeader {
  return {
    signedHeader: signed,
    validatorSet: validatorSet(vals),
    trustedHeight: { revisionNumber: parseChainId(signed.header!.chainId), revisionHeight: trustedHeight },
    trustedValidators: validatorSet(trustedVals),
  };
}

export function consensusStateOf(header: Header): ConsensusState {
  return { timestamp: header.time, root: { hash: header.appHash }, nextValidatorsHash: header.nextValidatorsHash };
}

export function clientState(chainId: string, latestHeight: bigint, over: Partial<ClientState> = {}): ClientState {
  return {
    chainId,
    trustLevel: { numerator: 1n, denominator: 3n },
    trustingPeriod: { seconds: 14n * 86_400n, nanos: 0 },
    unbondingPeriod: { seconds: 21n * 86_400n, nanos: 0 },
    maxClockDrift: { seconds: 10n, nanos: 0 },
    frozenHeight: { revisionNumber: 0n, revisionHeight: 0n },
    latestHeight: { revisionNumber: parseChainId(chainId), revisionHeight: latestHeight },
    proofSpecs: [{ maxDepth: 0, minDepth: 0 }],
    upgradePath: ['upgrade', 'upgradedIBCState'],
    allowUpdateAfterExpiry: false,
    allowUpdateAfterMisbehaviour: false,
    ...over,
  };
}
