/**
 * What the validators sign, in the order a relayer submits it: valset updates (signed by the set
 * before) and anchors (signed by the set in force). Valset 0 is the deployment's genesis set and is
 * never signed. Fixed in beginBlock from the previous block's app hash; signatures arrive through vote
 * extensions (vote-extension.ts) and are added here.
 */
import type { Context, ReadContext } from '../../chain/sdk';
import { AttestationKind, type Anchor, type Attestation, type Settlement, type Valset } from '../../proto/gen/settle/bridge/v1/types';
import { addressBytes } from '../../chain/sdk';
import {
  anchorDigest,
  exceedsTwoThirds,
  formatEvmAddress,
  normalisedValset,
  parseEvmAddress,
  valsetCheckpoint,
  valsetUpdateDigest,
  withdrawalLeaf,
  settlementLeaf,
  type Domain,
} from './encoding';
import type { BridgeKeeper } from './keeper';
import { withdrawalsRoot } from './merkle';
import { domainOf } from './params';
import { recoverSigner } from './signatures';

/** The set the registrations give now: every chain validator with a key, at its consensus power. */
export function computedMembers(keeper: BridgeKeeper, state: ReadContext): { validators: string[]; powers: bigint[] } {
  const members = [];
  for (const v of keeper.chainValidators.validators(state)) {
    const k = keeper.bridgeKey(state, v.address);
    if (k && v.power > 0n) members.push({ evmAddress: parseEvmAddress(k.evmAddress), stake: v.power });
  }
  const set = normalisedValset(members);
  return { validators: set.validators.map(formatEvmAddress), powers: set.powers };
}

function sameMembers(a: { validators: string[]; powers: bigint[] }, b: { validators: string[]; powers: bigint[] }): boolean {
  return a.validators.length === b.validators.length && a.validators.every((v, i) => v === b.validators[i] && a.powers[i] === b.powers[i]);
}

export function makeValset(nonce: bigint, members: { validators: string[]; powers: bigint[] }, height: bigint): Valset {
  return { nonce, ...members, checkpoint: valsetCheckpoint(nonce, members.validators.map(parseEvmAddress), members.powers), height };
}

const totalPower = (v: Valset): bigint => v.powers.reduce((s, p) => s + p, 0n);

/**
 * Brings the bridge set in line with the registrations. No set yet, or no domain yet (the contract
 * not deployed, so nothing signed): valset 0 is (re)written. Otherwise a change makes set n + 1 and
 * a VALSET attestation that set n signs. An empty computed set changes nothing (the contract refuses one).
 */
export function refreshValset(keeper: BridgeKeeper, ctx: Context, domain: Domain | undefined): void {
  const members = computedMembers(keeper, ctx);
  if (members.validators.length === 0) return;
  const latest = keeper.latestValset(ctx);
  if (latest && sameMembers(latest, members)) return;
  const height = BigInt(ctx.block.height);
  if (!latest || (!domain && latest.nonce === 0n && keeper.nextSeq(ctx) === 1n)) {
    const v = makeValset(0n, members, height);
    keeper.putValset(ctx, v);
    ctx.emit('settle.bridge.v1.EventValsetCreated', { nonce: '"0"', seq: '"0"', checkpoint: JSON.stringify(Buffer.from(v.checkpoint).toString('base64')), validators: String(v.validators.length) });
    return;
  }
  if (!domain) return;
  const next = makeValset(latest.nonce + 1n, members, height);
  keeper.putValset(ctx, next);
  const att = newAttestation(keeper, ctx, AttestationKind.ATTESTATION_KIND_VALSET, next.nonce, valsetUpdateDigest(domain, next.checkpoint), latest);
  ctx.emit('settle.bridge.v1.EventValsetCreated', {
    nonce: JSON.stringify(next.nonce.toString()),
    seq: JSON.stringify(att.seq.toString()),
    checkpoint: JSON.stringify(Buffer.from(next.checkpoint).toString('base64')),
    validators: String(next.validators.length),
  });
}

function newAttestation(keeper: BridgeKeeper, ctx: Context, kind: AttestationKind, nonce: bigint, digest: Uint8Array, signers: Valset): Attestation {
  const att: Attestation = {
    seq: keeper.nextSeq(ctx),
    kind,
    nonce,
    digest,
    signerValsetNonce: signers.nonce,
    signedPower: 0n,
    totalPower: totalPower(signers),
    complete: false,
    height: BigInt(ctx.block.height),
  };
  keeper.putAttestation(ctx, att);
  return att;
}

export function settlementLeafOf(s: Settlement): Uint8Array {
  return settlementLeaf(s.instrumentId, addressBytes(s.owner), s.subaccount, s.size, BigInt(s.price));
}

/** The anchor interval is due at `height` (the block whose app hash is anchored). */
export function anchorDue(interval: bigint, height: bigint): boolean {
  return interval > 0n && height > 0n && height % interval === 0n;
}

/**
 * beginBlock: the valset refresh, then (every anchor_interval blocks, once the contract is configured)
 * the anchor of the previous height: its app hash (this block's header app hash), the withdrawals
 * since the previous anchor, the last credited deposit, the set in force.
 */
export function beginBlock(keeper: BridgeKeeper, ctx: Context): void {
  const p = keeper.params(ctx);
  const domain = domainOf(p, ctx.block.chainId);
  const anchoredHeight = BigInt(ctx.block.height) - 1n;
  const due = domain !== undefined && ctx.block.lastAppHash !== undefined && anchorDue(p.anchorInterval, anchoredHeight);
  // before the domain is known, valset 0 follows the registrations every block; after, changes wait for an anchor
  if (!domain || due) refreshValset(keeper, ctx, domain);
  if (!due) return;
  const set = keeper.latestValset(ctx);
  if (!set) return;
  const first = keeper.firstUnanchored(ctx);
  const next = keeper.nextWithdrawalId(ctx);
  const withdrawals = keeper.withdrawalRange(ctx, first, next);
  const leaves = withdrawals.map((w) => withdrawalLeaf(w.id, parseEvmAddress(w.to), parseEvmAddress(w.token), BigInt(w.amount)));
  // settlements recorded up to the anchored height (hook order may record this block's before this runs)
  const firstSettlement = keeper.firstUnrooted(ctx);
  const settlements = keeper.settlementRange(ctx, firstSettlement, keeper.nextSettlementId(ctx)).filter((s) => s.height <= anchoredHeight);
  const anchor: Anchor = {
    nonce: keeper.lastAnchorNonce(ctx) + 1n,
    height: anchoredHeight,
    appHash: ctx.block.lastAppHash!,
    settlementRoot: withdrawalsRoot(settlements.map(settlementLeafOf)),
    withdrawalsRoot: withdrawalsRoot(leaves),
    lastDepositNonce: keeper.lastDepositNonce(ctx),
    valsetCheckpoint: set.checkpoint,
    valsetNonce: set.nonce,
    firstWithdrawalId: first,
    withdrawalCount: next - first,
    seq: keeper.nextSeq(ctx),
    firstSettlementId: firstSettlement,
    settlementCount: BigInt(settlements.length),
  };
  if (settlements.length > 0) keeper.setFirstUnrooted(ctx, firstSettlement + BigInt(settlements.length));
  keeper.putAnchor(ctx, anchor);
  for (const w of withdrawals) keeper.putWithdrawal(ctx, { ...w, anchorNonce: anchor.nonce });
  if (next !== first) keeper.setFirstUnanchored(ctx, next);
  const att = newAttestation(keeper, ctx, AttestationKind.ATTESTATION_KIND_ANCHOR, anchor.nonce, anchorDigest(domain!, anchor), set);
  ctx.emit('settle.bridge.v1.EventAnchorCreated', {
    nonce: JSON.stringify(anchor.nonce.toString()),
    seq: JSON.stringify(att.seq.toString()),
    height: JSON.stringify(anchor.height.toString()),
    app_hash: JSON.stringify(Buffer.from(anchor.appHash).toString('base64')),
    withdrawals_root: JSON.stringify(Buffer.from(anchor.withdrawalsRoot).toString('base64')),
  });
}

/**
 * The attestations members still sign: the oldest `signing_window` incomplete ones (the relayer must
 * submit in seq order, so the oldest incomplete one is never given up on while newer ones are signed).
 */
export function signable(keeper: BridgeKeeper, state: ReadContext): Attestation[] {
  const window = keeper.params(state).signingWindow;
  const out: Attestation[] = [];
  const next = keeper.nextSeq(state);
  for (let seq = keeper.firstIncomplete(state); seq < next && out.length < window; seq++) {
    const a = keeper.attestation(state, seq)!;
    if (!a.complete) out.push(a);
  }
  return out;
}

/**
 * The member of attestation `seq`'s signer set that signed it (throws with the reason otherwise):
 * the same check for VerifyVoteExtension and FinalizeBlock, and what the contract does.
 */
export function checkSignature(keeper: BridgeKeeper, state: ReadContext, seq: bigint, signature: Uint8Array): { att: Attestation; signer: Uint8Array; power: bigint } {
  const att = keeper.attestation(state, seq);
  if (!att) throw new Error(`no attestation ${seq}`);
  const signer = recoverSigner(att.digest, signature);
  const set = keeper.valset(state, att.signerValsetNonce)!;
  const i = set.validators.indexOf(formatEvmAddress(signer));
  if (i < 0) throw new Error(`attestation ${seq}: signer ${formatEvmAddress(signer)} is not in valset ${set.nonce}`);
  return { att, signer, power: set.powers[i] };
}

/** Stores a member's signature once; the attestation completes when its signers pass 2/3 of the set's power. */
export function addSignature(keeper: BridgeKeeper, ctx: Context, seq: bigint, signature: Uint8Array): void {
  const { att, signer, power } = checkSignature(keeper, ctx, seq, signature);
  if (keeper.hasSignature(ctx, seq, signer)) return;
  keeper.putSignature(ctx, seq, signer, signature);
  att.signedPower += power;
  const completes = !att.complete && exceedsTwoThirds(att.signedPower, att.totalPower);
  if (completes) att.complete = true;
  keeper.putAttestation(ctx, att);
  if (completes && seq === keeper.firstIncomplete(ctx)) {
    let first = seq + 1n;
    const next = keeper.nextSeq(ctx);
    while (first < next && keeper.attestation(ctx, first)!.complete) first++;
    keeper.setFirstIncomplete(ctx, first);
  }
  if (completes) ctx.emit('settle.bridge.v1.EventAttestationSigned', { seq: JSON.stringify(seq.toString()), signed_power: JSON.stringify(att.signedPower.toString()) });
}
