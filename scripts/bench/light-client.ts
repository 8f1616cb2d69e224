// npm run bench:light-client [-- --validators 4,50,150 --rounds 200]
// 07-tendermint header verification (verifyHeader) per second, adjacent and non-adjacent, for
// validator sets of the given sizes (equal power, everyone signs). The work is dominated by ed25519
// verifications: an adjacent update checks just over 2/3 of the signatures, a non-adjacent one
// just over 1/3 against the trusted set and just over 2/3 against the new set.
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import type { ClientState, Header as LightHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { Header } from 'cosmjs-types/tendermint/types/types';
import { BlockIDFlag, type Validator } from 'cosmjs-types/tendermint/types/validator';
import { sha256, verifyEd25519 } from '../../chain/sdk';
import { ed25519Address, headerHash, nanosToTimestamp, precommitSignBytes, validatorSetHash, verifyHeader } from '../../modules/ibc/light-client';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const SIZES = arg('validators', '4,50,150').split(',').map(Number);
const ROUNDS = Number(arg('rounds', '200'));
const CHAIN = 'bench-1';
const SECOND = 1_000_000_000n;
const T0 = 1_767_225_600n * SECOND;
const PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const h32 = (s: string): Uint8Array => Uint8Array.from(sha256(Buffer.from(s)));

function keys(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const key = createPrivateKey({ key: Buffer.concat([PKCS8, sha256(Buffer.from(`bench ${i}`))]), format: 'der', type: 'pkcs8' });
    const pub = Uint8Array.from(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12));
    const validator: Validator = { address: Uint8Array.from(ed25519Address(pub)), pubKey: { ed25519: pub }, votingPower: 10n, proposerPriority: 0n };
    return { key, validator };
  });
}

function header(height: bigint, time: bigint, vals: Validator[]): Header {
  const vh = Uint8Array.from(validatorSetHash(vals));
  return {
    version: { block: 11n, app: 1n }, chainId: CHAIN, height, time: nanosToTimestamp(time),
    lastBlockId: { hash: h32(`b${height - 1n}`), partSetHeader: { total: 1, hash: h32(`p${height - 1n}`) } },
    lastCommitHash: h32('c'), dataHash: h32('d'), validatorsHash: vh, nextValidatorsHash: vh, consensusHash: h32('k'),
    appHash: h32(`a${height}`), lastResultsHash: h32('r'), evidenceHash: h32('e'), proposerAddress: vals[0].address,
  };
}

function lightHeader(height: bigint, trustedHeight: bigint, ks: ReturnType<typeof keys>): LightHeader {
  const vals = ks.map((k) => k.validator);
  const hdr = header(height, T0 + height * SECOND, vals);
  const blockId = { hash: Uint8Array.from(headerHash(hdr)!), partSetHeader: { total: 1, hash: h32(`p${height}`) } };
  const signatures = ks.map((k) => {
    const timestamp = hdr.time;
    return { blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT, validatorAddress: k.validator.address, timestamp, signature: Uint8Array.from(sign(null, precommitSignBytes(CHAIN, height, 0, blockId, timestamp), k.key)) };
  });
  const set = { validators: vals, proposer: vals[0], totalVotingPower: BigInt(vals.length) * 10n };
  return { signedHeader: { header: hdr, commit: { height, round: 0, blockId, signatures } }, validatorSet: set, trustedHeight: { revisionNumber: 1n, revisionHeight: trustedHeight }, trustedValidators: set };
}

const cs: ClientState = {
  chainId: CHAIN, trustLevel: { numerator: 1n, denominator: 3n }, trustingPeriod: { seconds: 86_400n, nanos: 0 }, unbondingPeriod: { seconds: 2n * 86_400n, nanos: 0 },
  maxClockDrift: { seconds: 10n, nanos: 0 }, frozenHeight: { revisionNumber: 0n, revisionHeight: 0n }, latestHeight: { revisionNumber: 1n, revisionHeight: 10n },
  proofSpecs: [], upgradePath: [], allowUpdateAfterExpiry: false, allowUpdateAfterMisbehaviour: false,
};

// The unit of work: one ed25519 verification (OpenSSL, cached key object), the figure the others scale with.
{
  const [k] = keys(1);
  const msg = precommitSignBytes(CHAIN, 11n, 0, { hash: h32('b'), partSetHeader: { total: 1, hash: h32('p') } }, nanosToTimestamp(T0));
  const sig = Uint8Array.from(sign(null, msg, k.key));
  const n = ROUNDS * 20;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) verifyEd25519(k.validator.pubKey.ed25519!, msg, sig);
  const us = Number(process.hrtime.bigint() - start) / 1e3 / n;
  process.stdout.write(`ed25519 verify (one signature): ${us.toFixed(1)} µs\n`);
}

for (const n of SIZES) {
  const ks = keys(n);
  const vals = ks.map((k) => k.validator);
  const trustedHdr = header(10n, T0 + 10n * SECOND, vals);
  const trusted = { timestamp: trustedHdr.time, root: { hash: trustedHdr.appHash }, nextValidatorsHash: trustedHdr.nextValidatorsHash };
  for (const [kind, height] of [['adjacent', 11n], ['non-adjacent', 20n]] as const) {
    const h = lightHeader(height, 10n, ks);
    const now = T0 + 30n * SECOND;
    for (let i = 0; i < 10; i++) verifyHeader(cs, trusted, h, now);
    const start = process.hrtime.bigint();
    for (let i = 0; i < ROUNDS; i++) verifyHeader(cs, trusted, h, now);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    process.stdout.write(`light-client verifyHeader ${kind.padEnd(12)} ${String(n).padStart(4)} validators: ${(ms / ROUNDS).toFixed(3)} ms/header, ${((ROUNDS * 1000) / ms).toFixed(0)} headers/s\n`);
  }
}
