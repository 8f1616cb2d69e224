/**
 * The oracle's ABCI 2.0 vote-extension handler: ExtendVote (this validator's prices), VerifyVoteExtension
 * (well-formed and small enough), the proposer's injected tx carrying the previous height's extended
 * commit info (PrepareProposal), its checks (ProcessProposal) and the stake-weighted aggregation
 * (FinalizeBlock). See README.md and docs/oracle.md.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import {
  CommitInfo,
  ExtendedCommitInfo,
  type RequestExtendVote,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestVerifyVoteExtension,
} from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { ChainParams, Context, GenesisValidator, VoteExtensionEnv, VoteExtensionHandler } from '../../chain/app';
import { Dec, validateSvi, type SviParams } from '../../chain/math';
import type { KVReader } from '../../chain/store';
import { OracleVoteExtension, type Market, type SviSlice } from '../../proto/gen/settle/oracle/v1/types';
import { meetsShare, medianDec, type WeightedValue } from './aggregate';
import { OracleErrors } from './errors';
import type { PriceFeed } from './feed';
import { OracleKeeper, STORE_NAME } from './keeper';

/** Marks the injected tx: a 0x00 first byte is never a valid protobuf tag, so no Cosmos TxRaw starts like this. */
export const INJECTED_TX_MAGIC = Buffer.from([0x00, 0x53, 0x45, 0x54, 0x4c, 0x56, 0x45, 0x01]); // "\0SETLVE\1"
/** SVI parameters travel as integers scaled by 10^8. */
export const SVI_SCALE = 100_000_000n;
export const MAX_SLICES = 16;
const NS = 1_000_000_000n;
const YEAR_NS = 31_557_600n * NS; // Julian year

// ---------------------------------------------------------------------------------------------
// CometBFT's canonical vote-extension sign bytes and ed25519

function uvarint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function sfixed64(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(n);
  return b;
}

/**
 * CometBFT v0.38 types.VoteExtensionSignBytes: protoio.MarshalDelimited(CanonicalVoteExtension{
 * extension = 1 (bytes), height = 2 (sfixed64), round = 3 (sfixed64), chain_id = 4 (string)}),
 * proto3 (zero values omitted), prefixed with its uvarint length.
 */
export function voteExtensionSignBytes(extension: Uint8Array, height: bigint, round: bigint, chainId: string): Buffer {
  const parts: Buffer[] = [];
  if (extension.length > 0) parts.push(Buffer.from([0x0a, ...uvarint(extension.length)]), Buffer.from(extension));
  if (height !== 0n) parts.push(Buffer.from([0x11]), sfixed64(height));
  if (round !== 0n) parts.push(Buffer.from([0x19]), sfixed64(round));
  const chain = Buffer.from(chainId, 'utf8');
  if (chain.length > 0) parts.push(Buffer.from([0x22, ...uvarint(chain.length)]), chain);
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(uvarint(body.length)), body]);
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const keyCache = new Map<string, KeyObject>();

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

// ---------------------------------------------------------------------------------------------
// The extension's content

/** Decodes and checks an extension against the markets in state; throws oracle/12 with the reason. */
export function decodeExtension(keeper: OracleKeeper, store: KVReader, bytes: Uint8Array, maxBytes: number): OracleVoteExtension {
  const bad = (why: string): never => {
    throw OracleErrors.invalidVoteExtension.wrap(why);
  };
  if (bytes.length > maxBytes) bad(`${bytes.length} bytes, the maximum is ${maxBytes}`);
  let ext: OracleVoteExtension;
  try {
    ext = OracleVoteExtension.decode(bytes);
  } catch (err) {
    return bad(`not an OracleVoteExtension: ${(err as Error).message}`);
  }
  // Canonical encoding only: no unknown fields, no padding, nothing a different encoder could vary.
  if (!Buffer.from(OracleVoteExtension.encode(ext).finish()).equals(Buffer.from(bytes))) bad('not canonically encoded');
  let prev = -1;
  for (const p of ext.prices) {
    if (p.marketIndex <= prev) bad('price reports must be in strictly increasing market order');
    prev = p.marketIndex;
    const m = keeper.marketByIndex(store, p.marketIndex);
    if (!m || !m.enabled) bad(`unknown or disabled market index ${p.marketIndex}`);
    if (p.value <= 0n) bad(`non-positive price for market ${m!.id}`);
  }
  prev = -1;
  for (const s of ext.surfaces) {
    if (s.marketIndex <= prev) bad('surfaces must be in strictly increasing market order');
    prev = s.marketIndex;
    const m = keeper.marketByIndex(store, s.marketIndex);
    if (!m || !m.enabled) bad(`unknown or disabled market index ${s.marketIndex}`);
    if (s.slices.length === 0 || s.slices.length > MAX_SLICES) bad(`a surface has 1..${MAX_SLICES} slices, got ${s.slices.length}`);
    let prevExpiry = 0n;
    for (const sl of s.slices) {
      if (sl.expiry <= prevExpiry) bad('slices must be in strictly increasing expiry order');
      prevExpiry = sl.expiry;
      if (sl.b < 0n || sl.sigma <= 0n || sl.rho <= -SVI_SCALE || sl.rho >= SVI_SCALE) bad('SVI parameters out of range (b >= 0, |rho| < 1, sigma > 0)');
    }
  }
  return ext;
}

/** Encodes a feed snapshot for the markets in state, within the size limit (surfaces dropped first). */
export function buildExtension(markets: Market[], feed: ReturnType<PriceFeed['latest']>, maxBytes: number): Uint8Array {
  if (!feed) return new Uint8Array(0);
  const ext: OracleVoteExtension = { prices: [], surfaces: [] };
  for (const m of markets) {
    if (!m.enabled) continue;
    const price = feed.prices.get(m.id);
    if (price && price.isPositive()) {
      const value = price.mulInt(10n ** BigInt(m.decimals)).toBigInt('half-even');
      if (value > 0n && value < 1n << 63n) ext.prices.push({ marketIndex: m.index, value });
    }
    const slices = (feed.surfaces.get(m.id) ?? []).slice().sort((a, b) => a.expiry - b.expiry).slice(0, MAX_SLICES);
    if (slices.length > 0) {
      const scaled = (d: Dec): bigint => d.mulInt(SVI_SCALE).toBigInt('half-even');
      ext.surfaces.push({
        marketIndex: m.index,
        slices: slices.map((s) => ({ expiry: BigInt(s.expiry), a: scaled(s.params.a), b: scaled(s.params.b), rho: scaled(s.params.rho), m: scaled(s.params.m), sigma: scaled(s.params.sigma) })),
      });
    }
  }
  let bytes = OracleVoteExtension.encode(ext).finish();
  if (bytes.length > maxBytes) bytes = OracleVoteExtension.encode({ prices: ext.prices, surfaces: [] }).finish();
  return bytes.length > maxBytes ? new Uint8Array(0) : bytes;
}

// ---------------------------------------------------------------------------------------------
// The injected tx

export function isInjectedTx(tx: Uint8Array): boolean {
  return tx.length >= INJECTED_TX_MAGIC.length && Buffer.from(tx.subarray(0, INJECTED_TX_MAGIC.length)).equals(INJECTED_TX_MAGIC);
}

export function encodeInjectedTx(info: ExtendedCommitInfo): Uint8Array {
  return Buffer.concat([INJECTED_TX_MAGIC, ExtendedCommitInfo.encode(info).finish()]);
}

export function decodeInjectedTx(tx: Uint8Array): ExtendedCommitInfo {
  if (!isInjectedTx(tx)) throw new Error('not an injected vote-extension tx');
  return ExtendedCommitInfo.decode(tx.subarray(INJECTED_TX_MAGIC.length));
}

/** Vote extensions are in the precommits of heights ≥ the enable height, so the block after carries them. */
export function injectionDue(chain: ChainParams, height: bigint): boolean {
  const enable = chain.consensusParams.abci?.voteExtensionsEnableHeight ?? 0n;
  return enable > 0n && height > enable && height > BigInt(chain.initialHeight);
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function validatorMap(chain: ChainParams): { byAddress: Map<string, GenesisValidator>; total: bigint } {
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
 * The checks on a block's injected tx that need no block context: present exactly when due,
 * decodable, and a valid extended commit (checkExtendedCommit). Returns the decoded info, or
 * undefined when none is due; throws with the reason otherwise.
 */
export function checkInjection(chain: ChainParams, height: bigint, injected: Uint8Array | undefined): ExtendedCommitInfo | undefined {
  if (!injectionDue(chain, height)) {
    if (injected) throw new Error(`height ${height} carries an injected tx but vote extensions are not due`);
    return undefined;
  }
  if (!injected) throw new Error(`height ${height} lacks the injected vote extensions`);
  let info: ExtendedCommitInfo;
  try {
    info = decodeInjectedTx(injected);
  } catch (err) {
    throw new Error(`malformed injected tx: ${(err as Error).message}`);
  }
  checkExtendedCommit(chain, height, info);
  return info;
}

/**
 * The injected votes must be the block's last commit, vote for vote: the same round, the same
 * validators in the same order with the same power and the same flag. A proposer can then neither
 * add a vote nor leave out a validator who precommitted (and so pick the median).
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

// ---------------------------------------------------------------------------------------------
// The handler

export interface OracleVoteExtensionOptions {
  /** This node's price feeder (absent: extend with empty bytes). */
  feed?: PriceFeed;
}

export class OracleVoteExtensionHandler implements VoteExtensionHandler {
  constructor(private readonly keeper: OracleKeeper, private readonly options: OracleVoteExtensionOptions = {}) {}

  extendVote(env: VoteExtensionEnv, _req: RequestExtendVote): Uint8Array {
    const store = env.state.store(STORE_NAME);
    const snapshot = this.options.feed?.latest();
    return buildExtension(this.keeper.markets(store), snapshot, this.keeper.params(store).maxVoteExtensionBytes);
  }

  verifyVoteExtension(env: VoteExtensionEnv, req: RequestVerifyVoteExtension): boolean {
    if (req.voteExtension.length === 0) return true;
    const store = env.state.store(STORE_NAME);
    try {
      decodeExtension(this.keeper, store, req.voteExtension, this.keeper.params(store).maxVoteExtensionBytes);
      return true;
    } catch {
      return false;
    }
  }

  isInjectedTx(tx: Uint8Array): boolean {
    return isInjectedTx(tx);
  }

  prepareInjectedTx(env: VoteExtensionEnv, req: RequestPrepareProposal): Uint8Array | undefined {
    if (!injectionDue(env.chain, req.height)) return undefined;
    // Passed on exactly as CometBFT gives it (its votes and their order are those of the block's last
    // commit, and CometBFT verified every extension signature when it accepted the precommit):
    // ProcessProposal requires that correspondence, so a proposer cannot choose whose prices count.
    return encodeInjectedTx(req.localLastCommit ?? { round: 0, votes: [] });
  }

  processInjectedTx(env: VoteExtensionEnv, req: RequestProcessProposal, injected: Uint8Array | undefined): void {
    const info = checkInjection(env.chain, req.height, injected);
    if (info) matchLastCommit(info, req.proposedLastCommit);
  }

  applyInjectedTx(ctx: Context, chain: ChainParams, injected: Uint8Array | undefined): void {
    const store = ctx.store(STORE_NAME);
    this.keeper.setBlockTime(store, ctx.block.timeNanos);
    let info: ExtendedCommitInfo | undefined;
    try {
      // ProcessProposal checked this already; checked again so that no path applies unverified prices.
      info = checkInjection(chain, BigInt(ctx.block.height), injected);
    } catch (err) {
      ctx.emit('settle.oracle.v1.EventVoteExtensionsIgnored', { reason: JSON.stringify((err as Error).message) });
      return;
    }
    if (!info) return;
    const { byAddress, total } = validatorMap(chain);
    const params = this.keeper.params(store);
    const markets = this.keeper.markets(store).filter((m) => m.enabled);
    const prices = new Map<number, WeightedValue<Dec>[]>();
    const surfaces = new Map<number, Map<bigint, WeightedValue<SviSlice>[]>>();
    const reporters = new Map<number, number>();
    const votes = info.votes.filter((v) => v.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT).slice();
    votes.sort((a, b) => Buffer.compare(Buffer.from(a.validator!.address), Buffer.from(b.validator!.address)));
    for (const v of votes) {
      const val = byAddress.get(hex(v.validator!.address));
      if (!val || v.voteExtension.length === 0) continue;
      let ext: OracleVoteExtension;
      try {
        ext = decodeExtension(this.keeper, store, v.voteExtension, params.maxVoteExtensionBytes);
      } catch {
        continue; // one bad report is ignored, never fatal
      }
      for (const p of ext.prices) {
        const m = this.keeper.marketByIndex(store, p.marketIndex)!;
        const list = prices.get(p.marketIndex) ?? [];
        list.push({ value: Dec.fromRaw(p.value * 10n ** BigInt(18 - m.decimals)), power: val.power });
        prices.set(p.marketIndex, list);
        reporters.set(p.marketIndex, (reporters.get(p.marketIndex) ?? 0) + 1);
      }
      for (const s of ext.surfaces) {
        const byExpiry = surfaces.get(s.marketIndex) ?? new Map<bigint, WeightedValue<SviSlice>[]>();
        for (const sl of s.slices) {
          const list = byExpiry.get(sl.expiry) ?? [];
          list.push({ value: fromScaled(sl), power: val.power });
          byExpiry.set(sl.expiry, list);
        }
        surfaces.set(s.marketIndex, byExpiry);
      }
    }
    for (const m of markets) {
      const share = this.keeper.minShare(store, m);
      const reports = prices.get(m.index) ?? [];
      const power = reports.reduce((s, r) => s + r.power, 0n);
      const median = meetsShare(power, total, share) ? medianDec(reports) : undefined;
      if (median) {
        this.keeper.setPrice(ctx, m.id, median, power);
        ctx.emit('settle.oracle.v1.EventPriceUpdated', {
          market: JSON.stringify(m.id),
          price: JSON.stringify(median.toString()),
          power: JSON.stringify(power.toString()),
          total_power: JSON.stringify(total.toString()),
          reporters: String(reporters.get(m.index) ?? 0),
        });
      } else {
        const required = (share.raw * total + 10n ** 18n - 1n) / 10n ** 18n;
        ctx.emit('settle.oracle.v1.EventPriceNotUpdated', { market: JSON.stringify(m.id), power: JSON.stringify(power.toString()), required_power: JSON.stringify(required.toString()) });
      }
      const surface = this.aggregateSurface(ctx, surfaces.get(m.index), total, share);
      if (surface.slices.length > 0) {
        this.keeper.setSurface(store, { market: m.id, slices: surface.slices, height: BigInt(ctx.block.height), timeNanos: ctx.block.timeNanos });
        ctx.emit('settle.oracle.v1.EventSurfaceUpdated', { market: JSON.stringify(m.id), slices: String(surface.slices.length), power: JSON.stringify(surface.power.toString()) });
      }
    }
  }

  /** Per expiry: the weighted median of each SVI parameter over the validators that reported it; kept only if still arbitrage-free (validateSvi) and not expired. */
  private aggregateSurface(ctx: Context, byExpiry: Map<bigint, WeightedValue<SviSlice>[]> | undefined, total: bigint, share: Dec): { slices: SviSlice[]; power: bigint } {
    const slices: SviSlice[] = [];
    let maxPower = 0n;
    if (!byExpiry) return { slices, power: 0n };
    for (const expiry of [...byExpiry.keys()].sort((a, b) => (a < b ? -1 : 1))) {
      const reports = byExpiry.get(expiry)!;
      const power = reports.reduce((s, r) => s + r.power, 0n);
      if (!meetsShare(power, total, share)) continue;
      const remaining = expiry * NS - ctx.block.timeNanos;
      if (remaining <= 0n) continue;
      const pick = (f: (s: SviSlice) => string): Dec => medianDec(reports.map((r) => ({ value: Dec.parse(f(r.value)), power: r.power })))!;
      const params: SviParams = { a: pick((s) => s.a), b: pick((s) => s.b), rho: pick((s) => s.rho), m: pick((s) => s.m), sigma: pick((s) => s.sigma) };
      try {
        validateSvi(params, Dec.fromRaw((remaining * 10n ** 18n) / YEAR_NS));
      } catch {
        continue;
      }
      slices.push({ expiry, a: params.a.toString(), b: params.b.toString(), rho: params.rho.toString(), m: params.m.toString(), sigma: params.sigma.toString() });
      if (power > maxPower) maxPower = power;
    }
    return { slices, power: maxPower };
  }
}

function fromScaled(s: { expiry: bigint; a: bigint; b: bigint; rho: bigint; m: bigint; sigma: bigint }): SviSlice {
  const d = (x: bigint): string => Dec.fromRaw(x * 10n ** 10n).toString();
  return { expiry: s.expiry, a: d(s.a), b: d(s.b), rho: d(s.rho), m: d(s.m), sigma: d(s.sigma) };
}
