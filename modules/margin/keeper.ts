import { Dec } from '../../chain/math';
import { addressBytes, Errors, prefixIterator, type Amount, type Context, type ReadContext, type StoreKey } from '../../chain/sdk';
import { CollateralAsset, Params, Position, Subaccount } from '../../proto/gen/settle/margin/v1/types';
import { MarginErrors } from './errors';
import {
  assetKey,
  collateralKey,
  collateralPrefix,
  Keys,
  MODULE_ACCOUNT,
  ownerSubaccountsPrefix,
  positionKey,
  positionPrefix,
  subaccountKey,
  totalKey,
} from './keys';
import { parseHaircut, parseUint } from './params';
import { collateralValue as riskCollateralValue } from './risk';

/** What margin needs of the bank (implemented by modules/bank's BankKeeper; wired in the composition root). */
export interface MarginBankKeeper {
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Amount[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Amount[]): void;
  balance(ctx: ReadContext, address: string, denom: string): bigint;
}

/** What margin needs of the oracle (implemented by modules/oracle's OracleKeeper). */
export interface MarginOracle {
  price(ctx: ReadContext, market: string, opts?: { maxAgeSeconds?: number }): { price: Dec; stale: boolean; ageSeconds: number; height: number };
}

/**
 * Checks that a subaccount may take the change just written (withdrawal, transfer out, margin mode):
 * equity − IM ≥ 0 with fresh prices. Throws margin/9 or margin/10 otherwise. Supplied by the risk
 * engine once positions exist; a subaccount without positions holds no risk.
 */
export type RiskCheck = (ctx: Context, owner: string, number: number) => void;

export interface SubaccountRef {
  owner: string;
  number: number;
}

const MAX_AMOUNT = (1n << 256n) - 1n;

/** The only code that touches the margin store: params, collateral assets, subaccounts, their collateral and positions. */
export class MarginKeeper {
  private riskCheck: RiskCheck | undefined;

  constructor(
    private readonly key: StoreKey,
    private readonly bank: MarginBankKeeper,
    private readonly oracle: MarginOracle,
    /** The margin module account's address (from auth, in the composition root). */
    readonly moduleAddress: string,
  ) {}

  /** The risk engine's check (set once, by the module). */
  setRiskCheck(check: RiskCheck): void {
    this.riskCheck = check;
  }

  // ---- params and assets

  params(ctx: ReadContext): Params {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    if (!raw) throw MarginErrors.invalidParams.wrap('margin params are not set');
    return Params.decode(raw);
  }

  setParams(ctx: Context, p: Params): void {
    ctx.kvStore(this.key).set(Keys.params, Params.encode(p).finish());
  }

  asset(ctx: ReadContext, denom: string): CollateralAsset | undefined {
    const raw = ctx.kvStore(this.key).get(assetKey(denom));
    return raw ? CollateralAsset.decode(raw) : undefined;
  }

  /** Listed assets in denom order. */
  assets(ctx: ReadContext): CollateralAsset[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.assetPrefix)].map(({ value }) => CollateralAsset.decode(value));
  }

  setAsset(ctx: Context, a: CollateralAsset): void {
    ctx.kvStore(this.key).set(assetKey(a.denom), CollateralAsset.encode(a).finish());
  }

  /** Base units of `denom` held by all subaccounts together. */
  total(ctx: ReadContext, denom: string): bigint {
    return readAmount(ctx.kvStore(this.key).get(totalKey(denom)));
  }

  totals(ctx: ReadContext): Amount[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.totalPrefix)].map(({ key, value }) => ({
      denom: Buffer.from(key.subarray(Keys.totalPrefix.length)).toString('utf8'),
      amount: readAmount(value),
    }));
  }

  private setTotal(ctx: Context, denom: string, amount: bigint): void {
    writeAmount(ctx, this.key, totalKey(denom), amount);
  }

  // ---- subaccounts

  subaccount(ctx: ReadContext, owner: string, number: number): Subaccount | undefined {
    const raw = ctx.kvStore(this.key).get(subaccountKey(addressBytes(owner), number));
    return raw ? Subaccount.decode(raw) : undefined;
  }

  requireSubaccount(ctx: ReadContext, owner: string, number: number): Subaccount {
    const s = this.subaccount(ctx, owner, number);
    if (!s) throw MarginErrors.unknownSubaccount.wrap(`${owner} has no subaccount ${number}`);
    return s;
  }

  /** An owner's subaccounts in number order. */
  subaccounts(ctx: ReadContext, owner: string): Subaccount[] {
    return [...prefixIterator(ctx.kvStore(this.key), ownerSubaccountsPrefix(addressBytes(owner)))].map(({ value }) => Subaccount.decode(value));
  }

  /** Every subaccount in (owner bytes, number) order. */
  *allSubaccounts(ctx: ReadContext): IterableIterator<Subaccount> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.subaccountPrefix)) yield Subaccount.decode(value);
  }

  setSubaccount(ctx: Context, s: Subaccount): void {
    ctx.kvStore(this.key).set(subaccountKey(addressBytes(s.owner), s.number), Subaccount.encode(s).finish());
  }

  /** The subaccount, created (cross or isolated) if it does not exist yet. */
  private ensureSubaccount(ctx: Context, owner: string, number: number, isolated: boolean): Subaccount {
    const existing = this.subaccount(ctx, owner, number);
    if (existing) return existing;
    const max = this.params(ctx).maxSubaccountsPerOwner;
    if (number >= max) throw MarginErrors.invalidSubaccount.wrap(`subaccount numbers are 0..${max - 1}, got ${number}`);
    const s: Subaccount = { owner, number, isolated, portfolioMargin: false };
    this.setSubaccount(ctx, s);
    ctx.emit('settle.margin.v1.EventSubaccountCreated', { owner: JSON.stringify(owner), number: String(number), isolated: String(isolated) });
    return s;
  }

  // ---- collateral

  collateral(ctx: ReadContext, owner: string, number: number, denom: string): bigint {
    return readAmount(ctx.kvStore(this.key).get(collateralKey(addressBytes(owner), number, denom)));
  }

  /** A subaccount's collateral in denom order. */
  collaterals(ctx: ReadContext, owner: string, number: number): Amount[] {
    const prefix = collateralPrefix(addressBytes(owner), number);
    return [...prefixIterator(ctx.kvStore(this.key), prefix)].map(({ key, value }) => ({
      denom: Buffer.from(key.subarray(prefix.length)).toString('utf8'),
      amount: readAmount(value),
    }));
  }

  /** Sets a subaccount's collateral without moving coins or totals (genesis). */
  setCollateral(ctx: Context, owner: string, number: number, denom: string, amount: bigint): void {
    writeAmount(ctx, this.key, collateralKey(addressBytes(owner), number, denom), amount);
  }

  /** Genesis: the totals follow from the subaccounts' collateral. */
  addToTotal(ctx: Context, denom: string, amount: bigint): void {
    this.setTotal(ctx, denom, this.total(ctx, denom) + amount);
  }

  /**
   * The subaccount's collateral valued in the quote currency at haircut, rounded down (what counts as
   * equity). Prices must be fresh: a stale or missing price refuses with margin/10.
   */
  collateralValue(ctx: ReadContext, owner: string, number: number): Dec {
    let value = Dec.ZERO;
    const maxAge = Number(this.params(ctx).maxPriceAgeSeconds) || undefined;
    for (const c of this.collaterals(ctx, owner, number)) {
      const asset = this.asset(ctx, c.denom);
      if (!asset) throw Errors.logic.wrap(`${c.denom} is held but not listed`);
      let price = Dec.ONE;
      if (asset.oracleMarket !== '') {
        let p;
        try {
          p = this.oracle.price(ctx, asset.oracleMarket, { maxAgeSeconds: maxAge });
        } catch (err) {
          throw MarginErrors.staleMarketData.wrap(`${asset.oracleMarket}: ${(err as Error).message}`);
        }
        if (p.stale) throw MarginErrors.staleMarketData.wrap(`${asset.oracleMarket} was last updated ${p.ageSeconds}s ago at height ${p.height}`);
        price = p.price;
      }
      value = value.add(riskCollateralValue({ denom: c.denom, amount: c.amount, price, haircut: parseHaircut(asset.haircut), decimals: asset.decimals }));
    }
    return value;
  }

  // ---- positions (changed only through the narrow interface the options module gets)

  positions(ctx: ReadContext, owner: string, number: number): Position[] {
    return [...prefixIterator(ctx.kvStore(this.key), positionPrefix(addressBytes(owner), number))].map(({ value }) => Position.decode(value));
  }

  setPosition(ctx: Context, owner: string, number: number, p: Position): void {
    const key = positionKey(addressBytes(owner), number, p.instrumentId);
    if (BigInt(p.size) === 0n && Dec.parse(p.realizedPnl).isZero()) ctx.kvStore(this.key).delete(key);
    else ctx.kvStore(this.key).set(key, Position.encode(p).finish());
  }

  // ---- collateral movements

  deposit(ctx: Context, ref: SubaccountRef, denom: string, amount: bigint, isolated: boolean): void {
    const asset = this.asset(ctx, denom);
    if (!asset) throw MarginErrors.unknownCollateral.wrap(`${denom} is not listed; see the CollateralAssets query`);
    if (!asset.enabled) throw MarginErrors.unknownCollateral.wrap(`deposits of ${denom} are disabled`);
    const cap = parseUint(asset.depositCap, 'deposit_cap');
    const total = this.total(ctx, denom);
    if (cap > 0n && total + amount > cap) {
      throw MarginErrors.depositCapExceeded.wrap(`${denom}: ${total} held of a ${cap} cap; at most ${cap > total ? cap - total : 0n} more can be deposited`);
    }
    this.ensureSubaccount(ctx, ref.owner, ref.number, isolated);
    this.bank.sendCoinsFromAccountToModule(ctx, ref.owner, MODULE_ACCOUNT, [{ denom, amount }]);
    this.setCollateral(ctx, ref.owner, ref.number, denom, this.collateral(ctx, ref.owner, ref.number, denom) + amount);
    this.setTotal(ctx, denom, total + amount);
    ctx.emit('settle.margin.v1.EventDeposit', amountEvent(ref, denom, amount));
  }

  withdraw(ctx: Context, ref: SubaccountRef, denom: string, amount: bigint): void {
    this.debit(ctx, ref, denom, amount);
    this.setTotal(ctx, denom, this.total(ctx, denom) - amount);
    this.bank.sendCoinsFromModuleToAccount(ctx, MODULE_ACCOUNT, ref.owner, [{ denom, amount }]);
    this.checkRisk(ctx, ref);
    ctx.emit('settle.margin.v1.EventWithdraw', amountEvent(ref, denom, amount));
  }

  transfer(ctx: Context, owner: string, from: number, to: number, denom: string, amount: bigint): void {
    if (from === to) throw MarginErrors.isolatedTransfer.wrap(`from and to are both subaccount ${from}`);
    const source = { owner, number: from };
    this.debit(ctx, source, denom, amount);
    const target = this.ensureSubaccount(ctx, owner, to, false);
    this.setCollateral(ctx, owner, target.number, denom, this.collateral(ctx, owner, target.number, denom) + amount);
    this.checkRisk(ctx, source);
    ctx.emit('settle.margin.v1.EventTransfer', {
      owner: JSON.stringify(owner),
      from_subaccount: String(from),
      to_subaccount: String(to),
      denom: JSON.stringify(denom),
      amount: JSON.stringify(amount.toString()),
    });
  }

  setMarginMode(ctx: Context, ref: SubaccountRef, portfolio: boolean): void {
    const s = this.requireSubaccount(ctx, ref.owner, ref.number);
    if (s.portfolioMargin === portfolio) return;
    this.setSubaccount(ctx, { ...s, portfolioMargin: portfolio });
    this.checkRisk(ctx, ref);
    ctx.emit('settle.margin.v1.EventMarginModeSet', { owner: JSON.stringify(ref.owner), subaccount: String(ref.number), portfolio_margin: String(portfolio) });
  }

  private debit(ctx: Context, ref: SubaccountRef, denom: string, amount: bigint): void {
    this.requireSubaccount(ctx, ref.owner, ref.number);
    const held = this.collateral(ctx, ref.owner, ref.number, denom);
    if (held < amount) throw MarginErrors.insufficientCollateral.wrap(`subaccount ${ref.number} of ${ref.owner} holds ${held}${denom}, less than ${amount}${denom}`);
    this.setCollateral(ctx, ref.owner, ref.number, denom, held - amount);
  }

  /** After a change that lowers a subaccount's equity or raises its requirement: it must still hold its risk. */
  private checkRisk(ctx: Context, ref: SubaccountRef): void {
    if (this.positions(ctx, ref.owner, ref.number).length === 0) return;
    if (!this.riskCheck) throw Errors.logic.wrap('a subaccount holds positions but no risk engine is wired');
    this.riskCheck(ctx, ref.owner, ref.number);
  }
}

function amountEvent(ref: SubaccountRef, denom: string, amount: bigint): Record<string, string> {
  return { owner: JSON.stringify(ref.owner), subaccount: String(ref.number), denom: JSON.stringify(denom), amount: JSON.stringify(amount.toString()) };
}

function readAmount(raw: Uint8Array | undefined): bigint {
  return raw ? BigInt(Buffer.from(raw).toString('latin1')) : 0n;
}

function writeAmount(ctx: Context, key: StoreKey, storeKey: Uint8Array, amount: bigint): void {
  if (amount < 0n || amount > MAX_AMOUNT) throw Errors.logic.wrap(`amount ${amount} out of range`);
  if (amount === 0n) ctx.kvStore(key).delete(storeKey);
  else ctx.kvStore(key).set(storeKey, Buffer.from(amount.toString(), 'latin1'));
}

