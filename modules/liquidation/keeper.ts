import type { Dec } from '../../chain/math';
import { accountAddress, addressBytes, prefixIterator, type Amount, type Context, type ReadContext, type StoreKey } from '../../chain/sdk';
import { Auction, InsuranceFund, LiquidationRecord, Params } from '../../proto/gen/settle/liquidation/v1/types';
import { LiquidationErrors } from './errors';
import { auctionKey, bankruptKey, INSURANCE_ACCOUNT, Keys, recordKey, u64be } from './keys';

export type HealthStatus = 'healthy' | 'margin_call' | 'liquidatable';

export interface SubaccountRef {
  owner: string;
  number: number;
}

/** A subaccount as a map key. */
export const refKey = (r: SubaccountRef): string => `${r.owner}/${r.number}`;

/** One subaccount as the scan judged it. */
export interface AccountRisk extends SubaccountRef {
  portfolio: boolean;
  positions: readonly { instrumentId: string; size: bigint }[];
  status: HealthStatus;
  /** Equity below zero. */
  negative: boolean;
  /** Exact equity and MM; the scan gives them for every liquidatable or negative subaccount (not always for others). */
  equity?: Dec;
  mm?: Dec;
}

/** Per contract of one instrument at fresh prices (quote units): what auction prices and penalties are made of. */
export interface ContractRisk {
  underlying: string;
  /** The mark rounded down (what a long is worth) and up (what a short owes). */
  markDown: Dec;
  markUp: Dec;
  /** A short contract's standard maintenance margin (mark included). */
  shortMm: Dec;
  /** What one contract adds to equity: a long in standard and in portfolio mode (after haircuts), a short (−markUp). */
  longEquityStandard: Dec;
  longEquityPortfolio: Dec;
  shortEquity: Dec;
}

/** What liquidation needs of margin (implemented over modules/margin's keeper in the composition root). */
export interface LiquidationMargin {
  /**
   * Every subaccount carrying risk (positions or a debt) judged at fresh prices: `flagged` are the liquidatable
   * and negative ones (with exact equity and MM) in (owner, number) order; those on a stale market are paused.
   */
  screen(ctx: ReadContext): { flagged: AccountRisk[]; judged: number; paused: { owner: string; number: number; market: string }[]; stale: Map<string, string> };
  /** The exact equity of each subaccount (undefined: no risk, or a stale market), instrument risks computed once. */
  equities(ctx: ReadContext, refs: readonly SubaccountRef[]): (Dec | undefined)[];
  /** One subaccount's equity, MM and status at fresh prices (margin/10 when stale). */
  status(ctx: ReadContext, ref: SubaccountRef): { equity: Dec; mm: Dec; status: HealthStatus };
  position(ctx: ReadContext, ref: SubaccountRef, instrumentId: string): { size: bigint; costBasis: bigint };
  positions(ctx: ReadContext, ref: SubaccountRef): { instrumentId: string; size: bigint }[];
  contractRisk(ctx: ReadContext, instrumentId: string): ContractRisk;
  settlementUnit(ctx: ReadContext): bigint;
  settlementDenom(ctx: ReadContext): string;
  hasSubaccount(ctx: ReadContext, ref: SubaccountRef): boolean;
  holders(ctx: ReadContext, instrumentId: string, limit: number): SubaccountRef[];
  /** Refuses (margin/9, margin/10) unless the subaccount stays above IM with the change applied. */
  requireMargin(ctx: ReadContext, ref: SubaccountRef, change: { positions: { instrumentId: string; size: bigint }[]; cash: bigint }): void;
  transferPosition(ctx: Context, from: SubaccountRef, to: SubaccountRef, instrumentId: string, size: bigint, price: bigint, reason: 'liquidation' | 'adl'): void;
  payToModule(ctx: Context, ref: SubaccountRef, amount: bigint, module: string): void;
  receiveFromModule(ctx: Context, ref: SubaccountRef, amount: bigint, module: string): void;
}

/** What liquidation needs of the trading module: cancelling a subaccount's open orders. */
export interface LiquidationOrders {
  cancelAll(ctx: Context, ref: SubaccountRef): number;
}

/** What liquidation needs of the bank. */
export interface LiquidationBank {
  balance(ctx: ReadContext, address: string, denom: string): bigint;
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Amount[]): void;
}

const ZERO_FUND: InsuranceFund = { initial: '0', funded: '0', penalties: '0', covered: '0' };

/** The only code that touches the liquidation store: params, auctions, the fund's totals, records. */
export class LiquidationKeeper {
  constructor(
    private readonly key: StoreKey,
    readonly margin: LiquidationMargin,
    readonly orders: LiquidationOrders,
    readonly bank: LiquidationBank,
    /** The insurance module account's address. */
    readonly fundAddress: string,
  ) {}

  params(ctx: ReadContext): Params {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    if (!raw) throw LiquidationErrors.invalidParams.wrap('liquidation params are not set');
    return Params.decode(raw);
  }

  setParams(ctx: Context, p: Params): void {
    ctx.kvStore(this.key).set(Keys.params, Params.encode(p).finish());
  }

  // ---- auctions

  auction(ctx: ReadContext, ref: SubaccountRef): Auction | undefined {
    const raw = ctx.kvStore(this.key).get(auctionKey(addressBytes(ref.owner), ref.number));
    return raw ? Auction.decode(raw) : undefined;
  }

  /** Open auctions in (owner bytes, number) order. */
  auctions(ctx: ReadContext): Auction[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.auctionPrefix)].map(({ value }) => Auction.decode(value));
  }

  setAuction(ctx: Context, a: Auction): void {
    const owner = addressBytes(a.owner);
    const store = ctx.kvStore(this.key);
    store.set(auctionKey(owner, a.subaccount), Auction.encode(a).finish());
    if (a.bankrupt) store.set(bankruptKey(owner, a.subaccount), new Uint8Array());
    else store.delete(bankruptKey(owner, a.subaccount));
  }

  deleteAuction(ctx: Context, ref: SubaccountRef): void {
    const owner = addressBytes(ref.owner);
    ctx.kvStore(this.key).delete(auctionKey(owner, ref.number));
    ctx.kvStore(this.key).delete(bankruptKey(owner, ref.number));
  }

  /** The first subaccount (in key order) with negative equity not covered yet, if any. */
  firstBankrupt(ctx: ReadContext): SubaccountRef | undefined {
    for (const { key } of prefixIterator(ctx.kvStore(this.key), Keys.bankruptPrefix)) {
      const id = key.subarray(Keys.bankruptPrefix.length);
      return { owner: accountAddress(id.subarray(0, 20)), number: Buffer.from(id).readUInt32BE(20) };
    }
    return undefined;
  }

  /** Why withdrawals are blocked (margin's gate), or undefined: some subaccount has negative equity not covered yet. */
  withdrawalBlock(ctx: ReadContext): string | undefined {
    const b = this.firstBankrupt(ctx);
    return b && `subaccount ${b.number} of ${b.owner} has negative equity that the insurance fund has not covered yet; withdrawals resume once it is (see the InsuranceFund query)`;
  }

  // ---- the insurance fund

  fund(ctx: ReadContext): InsuranceFund {
    const raw = ctx.kvStore(this.key).get(Keys.fund);
    return raw ? InsuranceFund.decode(raw) : { ...ZERO_FUND };
  }

  setFund(ctx: Context, f: InsuranceFund): void {
    ctx.kvStore(this.key).set(Keys.fund, InsuranceFund.encode(f).finish());
  }

  /** Adds to one of the fund's running totals. */
  addToFund(ctx: Context, field: 'funded' | 'penalties' | 'covered', amount: bigint): void {
    const f = this.fund(ctx);
    this.setFund(ctx, { ...f, [field]: (BigInt(f[field]) + amount).toString() });
  }

  fundBalance(ctx: ReadContext): bigint {
    return this.bank.balance(ctx, this.fundAddress, this.margin.settlementDenom(ctx));
  }

  fundInsurance(ctx: Context, sender: string, amount: bigint): void {
    this.bank.sendCoinsFromAccountToModule(ctx, sender, INSURANCE_ACCOUNT, [{ denom: this.margin.settlementDenom(ctx), amount }]);
    this.addToFund(ctx, 'funded', amount);
    ctx.emit('settle.liquidation.v1.EventInsuranceFunded', { sender: JSON.stringify(sender), amount: JSON.stringify(amount.toString()) });
  }

  // ---- records

  /** Appends a record (with the next id and this height) and emits it as EventLiquidation. */
  record(ctx: Context, r: Omit<LiquidationRecord, 'id' | 'height'>): LiquidationRecord {
    const id = this.nextRecordId(ctx);
    const full: LiquidationRecord = { ...r, id, height: BigInt(ctx.block.height) };
    this.putRecord(ctx, full);
    this.setNextRecordId(ctx, id + 1n);
    ctx.emit('settle.liquidation.v1.EventLiquidation', {
      id: JSON.stringify(id.toString()),
      kind: JSON.stringify(full.kind),
      owner: JSON.stringify(full.owner),
      subaccount: String(full.subaccount),
      counterparty_owner: JSON.stringify(full.counterpartyOwner),
      counterparty_subaccount: String(full.counterpartySubaccount),
      instrument_id: JSON.stringify(full.instrumentId),
      size: JSON.stringify(full.size.toString()),
      price: JSON.stringify(full.price.toString()),
      amount: JSON.stringify(full.amount),
    });
    return full;
  }

  nextRecordId(ctx: ReadContext): bigint {
    const raw = ctx.kvStore(this.key).get(Keys.nextRecordId);
    return raw ? Buffer.from(raw).readBigUInt64BE(0) : 1n;
  }

  setNextRecordId(ctx: Context, id: bigint): void {
    ctx.kvStore(this.key).set(Keys.nextRecordId, u64be(id));
  }

  putRecord(ctx: Context, r: LiquidationRecord): void {
    ctx.kvStore(this.key).set(recordKey(r.id), LiquidationRecord.encode(r).finish());
  }

  /** Up to `limit` records, newest first; with `owner`, only those where it is either side. */
  recentRecords(ctx: ReadContext, limit: number, owner?: string): LiquidationRecord[] {
    const out: LiquidationRecord[] = [];
    const end = Uint8Array.of(Keys.recordPrefix[0] + 1);
    for (const { value } of ctx.kvStore(this.key).reverseIterator(Keys.recordPrefix, end)) {
      if (out.length >= limit) break;
      const r = LiquidationRecord.decode(value);
      if (!owner || r.owner === owner || r.counterpartyOwner === owner) out.push(r);
    }
    return out;
  }

  /** Records in id order (oldest first). */
  *records(ctx: ReadContext): IterableIterator<LiquidationRecord> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.recordPrefix)) yield LiquidationRecord.decode(value);
  }
}
