/**
 * The bridge's section of ABCI 2.0 vote extensions (a VoteExtensionContributor beside the oracle's):
 * ExtendVote signs every attestation this node's bridge key still owes and reports the deposits its
 * watcher saw; VerifyVoteExtension checks form and signers (only facts that later blocks cannot
 * change, since FinalizeBlock re-verifies against newer state); FinalizeBlock stores the signatures
 * and credits deposits. The proposer injects nothing of its own: the app injects the extended commit.
 */
import type { RequestExtendVote } from 'cosmjs-types/tendermint/abci/types';
import type { ChainParams, Context, ExtensionVote, ReadContext, VoteExtensionContributor, VoteExtensionEnv } from '../../chain/sdk';
import { BridgeVoteExtension, type Deposit } from '../../proto/gen/settle/bridge/v1/types';
import { addSignature, checkSignature, signable } from './attestations';
import { checkDepositReport, creditDeposits } from './deposits';
import { formatEvmAddress } from './encoding';
import { BridgeErrors } from './errors';
import type { BridgeKeeper } from './keeper';
import { STORE_NAME } from './keys';
import { signDigest } from './signatures';

/** This node's bridge signing key (node-side; `<home>/config/bridge_key.json`). */
export interface BridgeSigner {
  evmAddress: string;
  sign(digest: Uint8Array): Uint8Array;
}

/** This node's view of the contract's finalized Deposited events (the watcher daemon). */
export interface DepositSource {
  /** Deposits with nonce ≥ `from`, ascending and gap-free, at most `max`. */
  pending(from: bigint, max: number): Deposit[];
}

export function privateKeySigner(privateKey: Uint8Array, evmAddress: Uint8Array): BridgeSigner {
  return { evmAddress: formatEvmAddress(evmAddress), sign: (digest) => signDigest(privateKey, digest) };
}

/** Most signatures in one section (the signing window's maximum). */
const MAX_SIGNATURES = 64;
const SIGNATURE_BYTES = 80;
const DEPOSIT_BYTES = 200;

/** Builds this validator's section from the last committed state: what a settle node sends. */
export function buildSection(keeper: BridgeKeeper, state: ReadContext, signer: BridgeSigner | undefined, deposits: DepositSource | undefined): Uint8Array {
  const p = keeper.params(state);
  const ext: BridgeVoteExtension = { signatures: [], deposits: [] };
  if (signer) {
    for (const att of signable(keeper, state)) {
      const set = keeper.valset(state, att.signerValsetNonce);
      if (!set?.validators.includes(signer.evmAddress)) continue;
      const me = Buffer.from(signer.evmAddress.slice(2), 'hex');
      if (keeper.hasSignature(state, att.seq, me)) continue;
      ext.signatures.push({ seq: att.seq, signature: signer.sign(att.digest) });
    }
  }
  if (deposits) ext.deposits = deposits.pending(keeper.lastDepositNonce(state) + 1n, p.maxDepositsPerExtension);
  if (ext.signatures.length === 0 && ext.deposits.length === 0) return new Uint8Array(0);
  return BridgeVoteExtension.encode(ext).finish();
}

/** Decodes and checks a section; throws bridge/11 with the reason. */
export function decodeSection(keeper: BridgeKeeper, state: ReadContext, bytes: Uint8Array): BridgeVoteExtension {
  const bad = (why: string): never => {
    throw BridgeErrors.invalidVoteExtension.wrap(why);
  };
  let ext: BridgeVoteExtension;
  try {
    ext = BridgeVoteExtension.decode(bytes);
  } catch (err) {
    return bad(`not a BridgeVoteExtension: ${(err as Error).message}`);
  }
  if (!Buffer.from(BridgeVoteExtension.encode(ext).finish()).equals(Buffer.from(bytes))) bad('not canonically encoded');
  if (ext.signatures.length > MAX_SIGNATURES) bad(`${ext.signatures.length} signatures, at most ${MAX_SIGNATURES}`);
  let prev = 0n;
  for (const s of ext.signatures) {
    if (s.seq <= prev) bad('signatures must be in strictly increasing seq order');
    prev = s.seq;
    try {
      checkSignature(keeper, state, s.seq, s.signature);
    } catch (err) {
      bad((err as Error).message);
    }
  }
  const max = keeper.params(state).maxDepositsPerExtension;
  if (ext.deposits.length > max) bad(`${ext.deposits.length} deposit reports, at most ${max}`);
  prev = 0n;
  for (const d of ext.deposits) {
    if (d.nonce <= prev) bad('deposit reports must be in strictly increasing nonce order');
    prev = d.nonce;
    try {
      checkDepositReport(d);
    } catch (err) {
      bad((err as Error).message);
    }
  }
  return ext;
}

export class BridgeVoteExtensions implements VoteExtensionContributor {
  readonly name = STORE_NAME;

  constructor(
    private readonly keeper: BridgeKeeper,
    private readonly node: { signer?: BridgeSigner; deposits?: DepositSource } = {},
  ) {}

  maxSectionBytes(state: ReadContext): number {
    return 64 + MAX_SIGNATURES * SIGNATURE_BYTES + this.keeper.params(state).maxDepositsPerExtension * DEPOSIT_BYTES;
  }

  extendVote(env: VoteExtensionEnv, _req: RequestExtendVote): Uint8Array {
    return buildSection(this.keeper, env.state, this.node.signer, this.node.deposits);
  }

  verifySection(state: ReadContext, section: Uint8Array): void {
    decodeSection(this.keeper, state, section);
  }

  applyVotes(ctx: Context, chain: ChainParams, votes: ExtensionVote[]): void {
    const total = (chain.validators ?? []).reduce((s, v) => s + v.power, 0n);
    const decoded = votes.filter((v) => v.section.length > 0).map((v) => ({ power: v.validator.power, ext: decodeSection(this.keeper, ctx, v.section) }));
    for (const { ext } of decoded) for (const s of ext.signatures) addSignature(this.keeper, ctx, s.seq, s.signature);
    creditDeposits(this.keeper, ctx, decoded.map((d) => ({ power: d.power, deposits: d.ext.deposits })), total);
  }
}
