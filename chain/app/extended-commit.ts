/**
 * CometBFT's extended commit, checked the way CometBFT itself checks it: the canonical sign bytes of
 * a vote extension, ed25519 signatures, and the rules that tie a proposer's injected votes to the
 * block's last commit. Used by the vote-extension router (vote-extensions.ts) for every contributor.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { BinaryWriter } from 'cosmjs-types/binary';
import type { CommitInfo, ExtendedCommitInfo } from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { ChainParams, GenesisValidator } from './chain-params';

/**
 * CometBFT v0.38 types.VoteExtensionSignBytes: protoio.MarshalDelimited(CanonicalVoteExtension{
 * extension = 1 (bytes), height = 2 (sfixed64), round = 3 (sfixed64), chain_id = 4 (string)}),
 * proto3 (zero values omitted), prefixed with its uvarint length.
 */
export function voteExtensionSignBytes(extension: Uint8Array, height: bigint, round: bigint, chainId: string): Uint8Array {
  const body = BinaryWriter.create();
  if (extension.length > 0) body.uint32(0x0a).bytes(extension);
  if (height !== 0n) body.uint32(0x11).fixed64(BigInt.asUintN(64, height));
  if (round !== 0n) body.uint32(0x19).fixed64(BigInt.asUintN(64, round));
  if (chainId.length > 0) body.uint32(0x22).string(chainId);
  return BinaryWriter.create().bytes(body.finish()).finish();
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const keyCache = new Map<string, KeyObject>();

/** An ed25519 signature check (OpenSSL); false for malformed keys or signatures, never a throw. */
export function verifyEd25519(pubKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (pubKey.length !== 32 || signature.length !== 64) return false;
  const id = Buffer.from(pubKey).toString('hex');
  let key = keyCache.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, pubKey]), format: 'der', type: 'spki' });
    keyCache.set(id, key);
  }
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** Vote extensions are in the precommits of heights ≥ the enable height, so the block after carries them. */
export function injectionDue(chain: ChainParams, height: bigint): boolean {
  const enable = chain.consensusParams.abci?.voteExtensionsEnableHeight ?? 0n;
  return enable > 0n && height > enable && height > BigInt(chain.initialHeight);
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** The stored validator set by hex address, and its total power. */
export function validatorMap(chain: ChainParams): { byAddress: Map<string, GenesisValidator>; total: bigint } {
  const byAddress = new Map<string, GenesisValidator>();
  let total = 0n;
  for (const v of chain.validators ?? []) {
    byAddress.set(hex(v.address), v);
    total += v.power;
  }
  return { byAddress, total };
}

/**
 * Checks an extended commit info for `height` (its votes are for height − 1): known validators with
 * their stored power, no duplicates, a valid ed25519 signature on every commit vote's extension,
 * nothing in non-commit votes, and more than 2/3 of the total power behind valid commit votes.
 * Returns the power of the commit votes.
 */
export function checkExtendedCommit(chain: ChainParams, height: bigint, info: ExtendedCommitInfo): bigint {
  const { byAddress, total } = validatorMap(chain);
  const seen = new Set<string>();
  let power = 0n;
  for (const v of info.votes) {
    const addr = hex(v.validator?.address ?? new Uint8Array(0));
    const known = byAddress.get(addr);
    if (!known) throw new Error(`vote from unknown validator ${addr}`);
    if (seen.has(addr)) throw new Error(`two votes from validator ${addr}`);
    seen.add(addr);
    if (v.validator!.power !== known.power) throw new Error(`validator ${addr} has power ${known.power}, the vote says ${v.validator!.power}`);
    if (v.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT) {
      const msg = voteExtensionSignBytes(v.voteExtension, height - 1n, BigInt(info.round), chain.chainId);
      if (!verifyEd25519(known.pubKey, msg, v.extensionSignature)) throw new Error(`invalid extension signature of validator ${addr}`);
      power += known.power;
    } else if (v.voteExtension.length > 0 || v.extensionSignature.length > 0) {
      throw new Error(`validator ${addr} did not precommit the block but carries an extension`);
    }
  }
  if (power * 3n <= total * 2n) throw new Error(`extensions backed by ${power} of ${total} power, more than 2/3 needed`);
  return power;
}

/**
 * The injected votes must be the block's last commit, vote for vote: the same round, the same
 * validators in the same order with the same power and the same flag. A proposer can then neither
 * add a vote nor leave out a validator who precommitted (and so pick a median).
 */
export function matchLastCommit(info: ExtendedCommitInfo, last: CommitInfo | undefined): void {
  if (!last) throw new Error('the proposal has no last commit to compare the injected votes with');
  if (last.round !== info.round) throw new Error(`injected round ${info.round} differs from the last commit's ${last.round}`);
  if (last.votes.length !== info.votes.length) throw new Error(`${info.votes.length} injected votes for the last commit's ${last.votes.length}`);
  last.votes.forEach((want, i) => {
    const got = info.votes[i];
    const addr = hex(want.validator?.address ?? new Uint8Array(0));
    if (hex(got.validator?.address ?? new Uint8Array(0)) !== addr) throw new Error(`injected vote ${i} is from ${hex(got.validator?.address ?? new Uint8Array(0))}, the last commit's from ${addr}`);
    if (got.validator!.power !== want.validator!.power) throw new Error(`injected vote ${i} (${addr}) has power ${got.validator!.power}, the last commit says ${want.validator!.power}`);
    if (got.blockIdFlag !== want.blockIdFlag) throw new Error(`injected vote ${i} (${addr}) has flag ${got.blockIdFlag}, the last commit has ${want.blockIdFlag}`);
  });
}
