// A health session: the decoded inputs of `health` kept for the span of one matching pass (the options
// module's end of block), where every pending order's pre-trade check and every maker's pre-fill check
// computes the health of a subaccount, thousands of times a block, from the same few inputs.
//
// What it keeps, and why each stays exact for the session:
// - params and their risk view, each underlying's market data (oracle price, surface, block time), each
//   instrument and its risk, each collateral denom's asset and price: nothing a matching pass runs writes
//   them (the options module expires instruments before it opens the session, and fills write only
//   positions, collateral, totals, bank balances and the options store's orders, stats and MMP state);
//   margin's own setParams and setAsset drop the whole session all the same;
// - each subaccount's record, positions and collateral: every keeper write to that subaccount (setSubaccount,
//   setPosition, setCollateral: the only paths that write them) is applied to the kept copy as the store
//   applies it (a zero size or amount removes the entry; entries stay in store key order, by the bytes of
//   the instrument id or denom), so the copy is what a fresh read would return; a write through any other
//   context than the session's drops the copy instead.
// Only the context the session was opened with is served from it; failures are never kept (the next call
// computes them again and fails the same way). Cached values are frozen: health never writes to them.
import type { Amount, ReadContext } from '../../chain/sdk';
import type { Params, Subaccount } from '../../proto/gen/settle/margin/v1/types';
import type { CollateralBalance, Instrument, InstrumentRisk, MarketData, RiskParams } from './risk';

export interface SessionParams {
  raw: string;
  params: Params;
  risk: RiskParams;
}

export interface SubaccountInputs {
  sub: Subaccount;
  positions: readonly { instrumentId: string; size: bigint }[];
  collaterals: readonly Amount[];
}

/** A collateral denom as the risk engine prices it (the amount is the subaccount's). */
export type PricedAsset = Omit<CollateralBalance, 'denom' | 'amount'>;

export class HealthSession {
  params: SessionParams | undefined;
  readonly markets = new Map<string, MarketData>();
  readonly instruments = new Map<string, Instrument>();
  readonly risks = new Map<string, InstrumentRisk>();
  readonly assets = new Map<string, PricedAsset>();
  private readonly subaccounts = new Map<string, SubaccountInputs>();

  constructor(readonly ctx: ReadContext) {}

  /** Whether calls with `ctx` may be served from this session (only the context it was opened with). */
  serves(ctx: ReadContext): boolean {
    return ctx === this.ctx;
  }

  subaccount(id: string): SubaccountInputs | undefined {
    return this.subaccounts.get(id);
  }

  keepSubaccount(id: string, inputs: SubaccountInputs): SubaccountInputs {
    const frozen = Object.freeze({ sub: Object.freeze(inputs.sub), positions: Object.freeze(inputs.positions.map((p) => Object.freeze(p))), collaterals: Object.freeze(inputs.collaterals.map((c) => Object.freeze(c))) });
    this.subaccounts.set(id, frozen);
    return frozen;
  }

  /** A write through another context (a branch the session does not see): the copy is dropped instead. */
  dropSubaccount(id: string): void {
    this.subaccounts.delete(id);
  }

  subaccountWritten(id: string, sub: Subaccount): void {
    const kept = this.subaccounts.get(id);
    if (kept) this.keepSubaccount(id, { ...kept, sub: { ...sub } });
  }

  positionWritten(id: string, instrumentId: string, size: bigint): void {
    const kept = this.subaccounts.get(id);
    if (kept) this.keepSubaccount(id, { ...kept, positions: written(kept.positions, (p) => p.instrumentId, instrumentId, size === 0n ? undefined : { instrumentId, size }) });
  }

  collateralWritten(id: string, denom: string, amount: bigint): void {
    const kept = this.subaccounts.get(id);
    if (kept) this.keepSubaccount(id, { ...kept, collaterals: written(kept.collaterals, (c) => c.denom, denom, amount === 0n ? undefined : { denom, amount }) });
  }
}

/** `list` (in store key order of `keyOf`) with the entry named `name` replaced, inserted or (undefined) removed. */
function written<T>(list: readonly T[], keyOf: (x: T) => string, name: string, entry: T | undefined): T[] {
  const bytes = Buffer.from(name, 'utf8');
  const out: T[] = [];
  let placed = entry === undefined;
  for (const x of list) {
    const c = Buffer.compare(Buffer.from(keyOf(x), 'utf8'), bytes);
    if (c === 0) continue;
    if (c > 0 && !placed) {
      out.push(entry!);
      placed = true;
    }
    out.push(x);
  }
  if (!placed) out.push(entry!);
  return out;
}
