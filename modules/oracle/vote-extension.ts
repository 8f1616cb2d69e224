/**
 * The oracle's section of ABCI 2.0 vote extensions (a VoteExtensionContributor, see
 * chain/app/vote-extensions.ts): ExtendVote (this validator's prices and surfaces), the section's
 * checks (well-formed, canonical, known markets, small enough) and the stake-weighted aggregation in
 * FinalizeBlock. The envelope, signatures and the proposer's injected tx are the app's. See README.md
 * and docs/oracle.md.
 */
import type { RequestExtendVote } from 'cosmjs-types/tendermint/abci/types';
import { Dec, validateSvi, type SviParams } from '../../chain/math';
import type { ChainParams, Context, ExtensionVote, ReadContext, VoteExtensionContributor, VoteExtensionEnv } from '../../chain/sdk';
import { OracleVoteExtension, type Market, type SviSlice } from '../../proto/gen/settle/oracle/v1/types';
import { meetsShare, medianDec, type WeightedValue } from './aggregate';
import { OracleErrors } from './errors';
import type { PriceFeed } from './feed';
import type { OracleKeeper } from './keeper';
import { STORE_NAME } from './keys';
/** SVI parameters travel as integers scaled by 10^8. */
export const SVI_SCALE = 100_000_000n;
export const MAX_SLICES = 16;
const NS = 1_000_000_000n;
const YEAR_NS = 31_557_600n * NS; // Julian year

// ---------------------------------------------------------------------------------------------
// The extension's content

/** Decodes and checks an extension against the markets in state; throws oracle/12 with the reason. */
export function decodeExtension(keeper: OracleKeeper, state: ReadContext, bytes: Uint8Array, maxBytes: number): OracleVoteExtension {
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
    const m = keeper.marketByIndex(state, p.marketIndex);
    if (!m || !m.enabled) bad(`unknown or disabled market index ${p.marketIndex}`);
    if (p.value <= 0n) bad(`non-positive price for market ${m!.id}`);
  }
  prev = -1;
  for (const s of ext.surfaces) {
    if (s.marketIndex <= prev) bad('surfaces must be in strictly increasing market order');
    prev = s.marketIndex;
    const m = keeper.marketByIndex(state, s.marketIndex);
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
// The handler

export interface OracleVoteExtensionOptions {
  /** This node's price feeder (absent: extend with empty bytes). */
  feed?: PriceFeed;
}

export class OracleVoteExtensions implements VoteExtensionContributor {
  readonly name = STORE_NAME;

  constructor(private readonly keeper: OracleKeeper, private readonly options: OracleVoteExtensionOptions = {}) {}

  maxSectionBytes(state: ReadContext): number {
    return this.keeper.params(state).maxVoteExtensionBytes;
  }

  extendVote(env: VoteExtensionEnv, _req: RequestExtendVote): Uint8Array {
    const snapshot = this.options.feed?.latest();
    return buildExtension(this.keeper.markets(env.state), snapshot, this.maxSectionBytes(env.state));
  }

  verifySection(state: ReadContext, section: Uint8Array): void {
    decodeExtension(this.keeper, state, section, this.maxSectionBytes(state));
  }

  /** The stake-weighted median per market (and per surface expiry) of the verified reports. */
  applyVotes(ctx: Context, chain: ChainParams, verified: ExtensionVote[]): void {
    const total = (chain.validators ?? []).reduce((sum, v) => sum + v.power, 0n);
    const params = this.keeper.params(ctx);
    const markets = this.keeper.markets(ctx).filter((m) => m.enabled);
    const prices = new Map<number, WeightedValue<Dec>[]>();
    const surfaces = new Map<number, Map<bigint, WeightedValue<SviSlice>[]>>();
    const reporters = new Map<number, number>();
    // Sorted by address so that equal medians break ties the same way on every node.
    const votes = verified.filter((v) => v.section.length > 0).sort((a, b) => Buffer.compare(Buffer.from(a.validator.address), Buffer.from(b.validator.address)));
    for (const { validator: val, section } of votes) {
      // The app verified every section against this state (VoteExtensionRouter); decoded here for its content.
      const ext = decodeExtension(this.keeper, ctx, section, params.maxVoteExtensionBytes);
      for (const p of ext.prices) {
        const m = this.keeper.marketByIndex(ctx, p.marketIndex)!;
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
      const share = this.keeper.minShare(ctx, m);
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
        this.keeper.setSurface(ctx, { market: m.id, slices: surface.slices, height: BigInt(ctx.block.height), timeNanos: ctx.block.timeNanos });
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
