/**
 * Golden: real CometBFT v0.38.25 light blocks (a 4-validator settle localnet, recorded by
 * scripts/ibc/record-light-blocks.ts; heights 30–39 include commits where one validator was absent
 * and commits in round 1). The light client's header hash must equal the block id CometBFT's
 * validators signed, its validator-set hash the header's validators_hash, and every commit signature
 * must verify over its sign bytes; the real headers then pass adjacent and non-adjacent verification.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { ClientState, ConsensusState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { verifyEd25519 } from '../../../../chain/sdk';
import {
  commitSigSignBytes,
  headerHash,
  LightClientErrors,
  parseChainId,
  precommitSignBytes,
  timestampNanos,
  validatorSetHash,
  verifyHeader,
} from '../../../../modules/ibc/light-client';
import { signedHeaderFromJson, validatorSetFromJson, type LightBlockFixture } from './helpers/rpc-json';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/localnet-light-blocks.json'), 'utf8')) as LightBlockFixture;
const blocks = fixture.blocks.map((b) => ({ signed: signedHeaderFromJson(b.signed_header), vals: validatorSetFromJson(b.validators) }));
const hex = (b: Uint8Array | undefined): string => Buffer.from(b ?? []).toString('hex');
const SECOND = 1_000_000_000n;

test('the fixture is what CometBFT v0.38.25 served: 10 consecutive heights of a 4-validator chain, some with an absent vote, some in round 1', () => {
  expect(fixture.node_version).toBe('0.38.25');
  expect(blocks).toHaveLength(10);
  expect(blocks.every((b) => b.vals.validators.length === 4)).toBe(true);
  const flags = blocks.flatMap((b) => b.signed.commit!.signatures.map((s) => s.blockIdFlag));
  expect(flags).toContain(BlockIDFlag.BLOCK_ID_FLAG_ABSENT);
  expect(blocks.some((b) => b.signed.commit!.round > 0)).toBe(true);
});

test.each(blocks.map((b) => [Number(b.signed.header!.height), b] as const))('height %i: header hash = the signed block id hash, validator set hash = validators_hash', (_h, b) => {
  const header = b.signed.header!;
  expect(hex(headerHash(header))).toBe(hex(b.signed.commit!.blockId.hash));
  expect(hex(validatorSetHash(b.vals.validators))).toBe(hex(header.validatorsHash));
  expect(hex(validatorSetHash(b.vals.validators))).toBe(hex(header.nextValidatorsHash));
});

test.each(blocks.map((b) => [Number(b.signed.header!.height), b] as const))('height %i: every precommit signature verifies over our sign bytes, and not over altered ones', (_h, b) => {
  const commit = b.signed.commit!;
  const chainId = b.signed.header!.chainId;
  let checked = 0;
  commit.signatures.forEach((sig, i) => {
    if (sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT) return;
    const key = b.vals.validators[i].pubKey.ed25519!;
    expect(hex(sig.validatorAddress)).toBe(hex(b.vals.validators[i].address));
    expect(verifyEd25519(key, commitSigSignBytes(chainId, commit, sig), sig.signature)).toBe(true);
    // Another round, another chain id, a nil vote: each changes the bytes, so the signature no longer verifies.
    expect(verifyEd25519(key, precommitSignBytes(chainId, commit.height, commit.round + 1, commit.blockId, sig.timestamp), sig.signature)).toBe(false);
    expect(verifyEd25519(key, precommitSignBytes('settle-localnet-2', commit.height, commit.round, commit.blockId, sig.timestamp), sig.signature)).toBe(false);
    expect(verifyEd25519(key, precommitSignBytes(chainId, commit.height, commit.round, { hash: new Uint8Array(0), partSetHeader: { total: 0, hash: new Uint8Array(0) } }, sig.timestamp), sig.signature)).toBe(false);
    checked++;
  });
  expect(checked).toBeGreaterThanOrEqual(3);
});

test('every one of the 14 header fields is in the hash', () => {
  const header = blocks[0].signed.header!;
  const base = hex(headerHash(header));
  const flip = (b: Uint8Array): Uint8Array => Uint8Array.from(b, (x, i) => (i === 0 ? x ^ 1 : x));
  const variants = [
    { ...header, version: { ...header.version, app: header.version.app + 1n } },
    { ...header, chainId: `${header.chainId}x` },
    { ...header, height: header.height + 1n },
    { ...header, time: { ...header.time, nanos: header.time.nanos + 1 } },
    { ...header, lastBlockId: { ...header.lastBlockId, hash: flip(header.lastBlockId.hash) } },
    { ...header, lastBlockId: { ...header.lastBlockId, partSetHeader: { ...header.lastBlockId.partSetHeader, total: 2 } } },
    ...(['lastCommitHash', 'dataHash', 'validatorsHash', 'nextValidatorsHash', 'consensusHash', 'appHash', 'lastResultsHash', 'evidenceHash', 'proposerAddress'] as const).map((k) => ({ ...header, [k]: flip(header[k]) })),
  ];
  const hashes = new Set(variants.map((v) => hex(headerHash(v))));
  expect(hashes.size).toBe(variants.length);
  expect(hashes.has(base)).toBe(false);
  expect(headerHash({ ...header, validatorsHash: new Uint8Array(0) })).toBeUndefined();
});

describe('the real headers pass the light client', () => {
  const chainId = fixture.chain_id;
  const revision = parseChainId(chainId);
  const clientState: ClientState = {
    chainId,
    trustLevel: { numerator: 1n, denominator: 3n },
    trustingPeriod: { seconds: 14n * 24n * 3600n, nanos: 0 },
    unbondingPeriod: { seconds: 21n * 24n * 3600n, nanos: 0 },
    maxClockDrift: { seconds: 10n, nanos: 0 },
    frozenHeight: { revisionNumber: 0n, revisionHeight: 0n },
    latestHeight: { revisionNumber: revision, revisionHeight: blocks[0].signed.header!.height },
    proofSpecs: [],
    upgradePath: ['upgrade', 'upgradedIBCState'],
    allowUpdateAfterExpiry: false,
    allowUpdateAfterMisbehaviour: false,
  };
  const consensusOf = (i: number): ConsensusState => {
    const h = blocks[i].signed.header!;
    return { timestamp: h.time, root: { hash: h.appHash }, nextValidatorsHash: h.nextValidatorsHash };
  };
  const lightHeader = (trusted: number, target: number) => ({
    signedHeader: blocks[target].signed,
    validatorSet: blocks[target].vals,
    trustedHeight: { revisionNumber: revision, revisionHeight: blocks[trusted].signed.header!.height },
    trustedValidators: blocks[trusted].vals,
  });
  const now = (i: number): bigint => timestampNanos(blocks[i].signed.header!.time) + SECOND;

  test('chain id settle-localnet-1 is revision 1', () => {
    expect(revision).toBe(1n);
  });

  test('adjacent: each height from the one before', () => {
    for (let i = 1; i < blocks.length; i++) {
      const out = verifyHeader(clientState, consensusOf(i - 1), lightHeader(i - 1, i), now(i));
      expect(out.height).toEqual({ revisionNumber: 1n, revisionHeight: blocks[i].signed.header!.height });
      expect(hex(out.consensusState.root.hash)).toBe(hex(blocks[i].signed.header!.appHash));
    }
  });

  test('non-adjacent: the last height straight from the first', () => {
    const out = verifyHeader(clientState, consensusOf(0), lightHeader(0, 9), now(9));
    expect(out.consensusState.timestamp).toEqual(blocks[9].signed.header!.time);
  });

  test('a real header under another chain id is refused', () => {
    expect(() => verifyHeader({ ...clientState, chainId: 'settle-localnet-2' }, consensusOf(0), lightHeader(0, 1), now(1))).toThrow(
      expect.objectContaining({ registered: LightClientErrors.invalidChainId }),
    );
  });
});
