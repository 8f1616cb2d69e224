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
// - each subaccount's record, positions and collateral: dropped by every keeper write to that subaccount
//   (setSubaccount, setPosition, setCollateral: the only paths that write them).
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

  /** A write to the subaccount (its record, a position or a collateral balance). */
  dropSubaccount(id: string): void {
    this.subaccounts.delete(id);
  }
}
