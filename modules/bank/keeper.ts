import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import type { PageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import {
  addressBytes,
  AppError,
  decodeAmount,
  Errors,
  formatCoins,
  MAX_AMOUNT,
  paginate,
  parseCoins,
  prefixIterator,
  validateDenom,
  writeAmount,
  type Amount,
  type Context,
  type FeeKeeper,
  type KVReader,
  type KVStore,
  type ReadContext,
  type StoreKey,
} from '../../chain/sdk';
import { balanceKey, balancesPrefix, denomMetadataKey, Keys, sendEnabledKey, supplyKey } from './keys';
import { BankErrors } from './errors';
import { BankParams, decodeParams, DEFAULT_PARAMS, encodeParams, validateMetadata } from './params';

/** The module account that receives tx fees (the SDK's authtypes.FeeCollectorName). */
export const FEE_COLLECTOR_NAME = 'fee_collector';

export const Permission = { minter: 'minter', burner: 'burner' } as const;

/** What the bank needs of the account keeper (implemented by modules/auth's AuthKeeper). */
export interface BankAccountKeeper {
  /** Creates a BaseAccount with the next account number if `address` has no account yet. */
  ensureAccount(ctx: Context, address: string): void;
  /** Whether `address` is a registered module account's: such addresses are blocked from receiving sends. */
  isModuleAccount(address: string): boolean;
  /** A registered module account's address; throws if `name` is not registered. */
  moduleAddress(name: string): string;
  /** A registered module account's address and permissions, its account created in state if missing. */
  moduleAccount(ctx: Context, name: string): { address: string; permissions: readonly string[] };
}


function readAmounts(store: KVReader, prefix: Uint8Array): Amount[] {
  const out: Amount[] = [];
  for (const { key, value } of prefixIterator(store, prefix)) {
    out.push({ denom: Buffer.from(key.subarray(prefix.length)).toString('utf8'), amount: decodeAmount(value) });
  }
  return out;
}

/** Coins passed to keeper methods by other modules must be valid: denoms valid, sorted, unique, amounts positive. */
function checkCoins(coins: Amount[]): void {
  let prev: string | undefined;
  for (const c of coins) {
    validateDenom(c.denom);
    if (typeof c.amount !== 'bigint' || c.amount <= 0n || c.amount > MAX_AMOUNT) {
      throw Errors.invalidCoins.wrap(`${String(c.amount)}${c.denom}: amounts must be positive and at most 2^256 - 1`);
    }
    if (prev !== undefined && prev >= c.denom) throw Errors.invalidCoins.wrap(`coins must be sorted by denom and without duplicates: ${formatCoins(coins)}`);
    prev = c.denom;
  }
}

export interface InputAmounts {
  address: string;
  coins: Amount[];
}

/**
 * The only code that touches the bank store: balances, supply, denom metadata, send-enabled flags
 * and params. Every state-changing method checks everything before its first write, so a thrown
 * error leaves the store as it was (save lazily created module accounts, as in the SDK).
 */
export class BankKeeper implements FeeKeeper {
  constructor(private readonly key: StoreKey, private readonly accounts: BankAccountKeeper) {}

  /** A page of one prefix of the store (for the paginated queries; prefixes from keys.ts). */
  page<T>(ctx: ReadContext, prefix: Uint8Array, pagination: PageRequest | undefined, decode: (key: Uint8Array, value: Uint8Array) => T) {
    return paginate(ctx.kvStore(this.key), prefix, pagination, decode);
  }

  // ------------------------------------------------------------------------------------------
  // views

  balance(ctx: ReadContext, address: string, denom: string): bigint {
    return decodeAmount(ctx.kvStore(this.key).get(balanceKey(addressBytes(address), denom)));
  }

  /** All non-zero balances of an address, sorted by denom. */
  balances(ctx: ReadContext, address: string): Amount[] {
    return readAmounts(ctx.kvStore(this.key), balancesPrefix(addressBytes(address)));
  }

  /** settle has no vesting or locked coins: spendable = balance. */
  spendableBalance(ctx: ReadContext, address: string, denom: string): bigint {
    return this.balance(ctx, address, denom);
  }

  spendableBalances(ctx: ReadContext, address: string): Amount[] {
    return this.balances(ctx, address);
  }

  supplyOf(ctx: ReadContext, denom: string): bigint {
    return decodeAmount(ctx.kvStore(this.key).get(supplyKey(denom)));
  }

  /** Every denom's supply, sorted by denom. */
  totalSupply(ctx: ReadContext): Amount[] {
    return readAmounts(ctx.kvStore(this.key), Keys.supplyPrefix);
  }

  /** Every (address bytes, denom, amount) balance in key order: length-prefixed address, then denom. */
  *iterateBalances(ctx: ReadContext): IterableIterator<{ address: Uint8Array; denom: string; amount: bigint }> {
    for (const { key, value } of prefixIterator(ctx.kvStore(this.key), Keys.balancesPrefix)) {
      const len = key[1];
      yield { address: key.subarray(2, 2 + len), denom: Buffer.from(key.subarray(2 + len)).toString('utf8'), amount: decodeAmount(value) };
    }
  }

  params(ctx: ReadContext): BankParams {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    return raw ? decodeParams(raw) : { ...DEFAULT_PARAMS };
  }

  setParams(ctx: Context, params: BankParams): void {
    ctx.kvStore(this.key).set(Keys.params, encodeParams(params));
  }

  /** The per-denom flag, or undefined when the denom follows default_send_enabled. */
  sendEnabledEntry(ctx: ReadContext, denom: string): boolean | undefined {
    const raw = ctx.kvStore(this.key).get(sendEnabledKey(denom));
    if (!raw || raw.length !== 1 || raw[0] > 1) return undefined;
    return raw[0] === 1;
  }

  isSendEnabled(ctx: ReadContext, denom: string): boolean {
    return this.sendEnabledEntry(ctx, denom) ?? this.params(ctx).defaultSendEnabled;
  }

  /** Every per-denom flag, sorted by denom. */
  sendEnabledEntries(ctx: ReadContext): { denom: string; enabled: boolean }[] {
    const out: { denom: string; enabled: boolean }[] = [];
    for (const { key, value } of prefixIterator(ctx.kvStore(this.key), Keys.sendEnabledPrefix)) {
      out.push({ denom: Buffer.from(key.subarray(1)).toString('utf8'), enabled: value.length === 1 && value[0] === 1 });
    }
    return out;
  }

  setSendEnabled(ctx: Context, denom: string, enabled: boolean): void {
    validateDenom(denom);
    ctx.kvStore(this.key).set(sendEnabledKey(denom), Uint8Array.of(enabled ? 1 : 0));
  }

  deleteSendEnabled(ctx: Context, denom: string): void {
    ctx.kvStore(this.key).delete(sendEnabledKey(denom));
  }

  /** Throws bank/5 for the first denom whose transfers are disabled (the SDK's IsSendEnabledCoins). */
  checkSendEnabled(ctx: ReadContext, coins: { denom: string }[]): void {
    if (coins.length === 0) return;
    const fallback = this.params(ctx).defaultSendEnabled;
    for (const c of coins) {
      if (!(this.sendEnabledEntry(ctx, c.denom) ?? fallback)) throw BankErrors.sendDisabled.wrap(`${c.denom} transfers are currently disabled`);
    }
  }

  denomMetadata(ctx: ReadContext, denom: string): Metadata | undefined {
    const raw = ctx.kvStore(this.key).get(denomMetadataKey(denom));
    return raw ? Metadata.decode(raw) : undefined;
  }

  /** Every denom's metadata, sorted by base denom. */
  allDenomMetadata(ctx: ReadContext): Metadata[] {
    return [...prefixIterator(ctx.kvStore(this.key), Keys.denomMetadataPrefix)].map(({ value }) => Metadata.decode(value));
  }

  setDenomMetadata(ctx: Context, metadata: Metadata): void {
    validateMetadata(metadata);
    ctx.kvStore(this.key).set(denomMetadataKey(metadata.base), Metadata.encode(metadata).finish());
  }

  /** Module accounts may not receive funds through MsgSend / MsgMultiSend / sendCoinsFromModuleToAccount (the SDK's blockedAddrs). */
  isBlockedAddress(address: string): boolean {
    return this.accounts.isModuleAccount(address);
  }

  // ------------------------------------------------------------------------------------------
  // raw writes (genesis)

  /** Sets a balance; zero deletes it (zero balances are never stored). Does not touch the supply. */
  setBalance(ctx: Context, address: Uint8Array, denom: string, amount: bigint): void {
    writeAmount(ctx.kvStore(this.key), balanceKey(address, denom), amount);
  }

  /** Sets a denom's supply; zero deletes it. */
  setSupply(ctx: Context, denom: string, amount: bigint): void {
    writeAmount(ctx.kvStore(this.key), supplyKey(denom), amount);
  }

  // ------------------------------------------------------------------------------------------
  // transfers

  /**
   * Moves coins between accounts (the SDK's SendCoins): creates the recipient's account if it has
   * none; events coin_spent, coin_received, transfer, message{sender}. Neither send-enabled flags
   * nor blocked addresses are checked here (message handlers and module-to-account sends do that).
   */
  sendCoins(ctx: Context, from: string, to: string, coins: Amount[]): void {
    this.transfer(ctx, from, to, coins, () => this.accounts.ensureAccount(ctx, to));
  }

  /** One input, many outputs (the SDK v0.50 InputOutputCoins); the input must equal the sum of the outputs. */
  inputOutputCoins(ctx: Context, input: InputAmounts, outputs: InputAmounts[]): void {
    validateInputOutputs(input, outputs);
    const fromBytes = addressBytes(input.address);
    const outBytes = outputs.map((o) => addressBytes(o.address));
    this.subtract(ctx, input.address, fromBytes, input.coins);
    ctx.emit('message', [['sender', input.address]]);
    outputs.forEach((o, i) => {
      this.add(ctx, o.address, outBytes[i], o.coins);
      ctx.emit('transfer', [
        ['recipient', o.address],
        ['sender', input.address],
        ['amount', formatCoins(o.coins)],
      ]);
      this.accounts.ensureAccount(ctx, o.address);
    });
  }

  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Amount[]): void {
    const { address } = this.accounts.moduleAccount(ctx, module);
    this.transfer(ctx, from, address, coins, () => undefined);
  }

  /** Refuses blocked recipients (module accounts) with sdk/4, as the SDK does. */
  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Amount[]): void {
    const from = this.accounts.moduleAddress(module);
    addressBytes(to);
    if (this.isBlockedAddress(to)) throw Errors.unauthorized.wrap(`${to} is not allowed to receive funds`);
    this.sendCoins(ctx, from, to, coins);
  }

  sendCoinsFromModuleToModule(ctx: Context, fromModule: string, toModule: string, coins: Amount[]): void {
    const from = this.accounts.moduleAddress(fromModule);
    const { address } = this.accounts.moduleAccount(ctx, toModule);
    this.transfer(ctx, from, address, coins, () => undefined);
  }

  /** Creates coins in a module account with the minter permission; events coin_received, coinbase. */
  mintCoins(ctx: Context, module: string, coins: Amount[]): void {
    checkCoins(coins);
    const m = this.accounts.moduleAccount(ctx, module);
    if (!m.permissions.includes(Permission.minter)) throw Errors.unauthorized.wrap(`module account ${module} does not have permissions to mint tokens`);
    const supply = coins.map((c) => this.supplyOf(ctx, c.denom) + c.amount);
    supply.forEach((s, i) => {
      if (s > MAX_AMOUNT) throw Errors.invalidCoins.wrap(`minting ${formatCoins([coins[i]])} would take the supply of ${coins[i].denom} above 2^256 - 1`);
    });
    this.add(ctx, m.address, addressBytes(m.address), coins);
    coins.forEach((c, i) => this.setSupply(ctx, c.denom, supply[i]));
    ctx.emit('coinbase', [['minter', m.address], ['amount', formatCoins(coins)]]);
  }

  /** Destroys coins held by a module account with the burner permission; events coin_spent, burn. */
  burnCoins(ctx: Context, module: string, coins: Amount[]): void {
    checkCoins(coins);
    const m = this.accounts.moduleAccount(ctx, module);
    if (!m.permissions.includes(Permission.burner)) throw Errors.unauthorized.wrap(`module account ${module} does not have permissions to burn tokens`);
    const plan = this.planSubtract(ctx, addressBytes(m.address), coins);
    const supply = coins.map((c) => this.supplyOf(ctx, c.denom) - c.amount);
    // cannot happen while the total-supply invariant holds (a balance never exceeds its supply)
    supply.forEach((s, i) => {
      if (s < 0n) throw Errors.logic.wrap(`burning ${formatCoins([coins[i]])} would take the supply of ${coins[i].denom} below zero`);
    });
    this.applySubtract(ctx, m.address, plan, coins);
    coins.forEach((c, i) => this.setSupply(ctx, c.denom, supply[i]));
    ctx.emit('burn', [['burner', m.address], ['amount', formatCoins(coins)]]);
  }

  /**
   * FeeKeeper: the fee from the payer to the fee_collector module account (the SDK's DeductFees).
   * An empty fee does nothing; an unpayable one throws sdk/5 before any write.
   */
  deductFee(ctx: Context, payer: string, fee: Coin[]): void {
    let coins: Amount[];
    try {
      coins = parseCoins(fee, 'fee');
    } catch (err) {
      throw Errors.insufficientFee.wrap(`invalid fee amount ${formatCoins(fee)}: ${(err as AppError).message}`);
    }
    if (coins.length === 0) return;
    this.sendCoinsFromAccountToModule(ctx, payer, FEE_COLLECTOR_NAME, coins);
  }

  // ------------------------------------------------------------------------------------------
  // internals

  private transfer(ctx: Context, from: string, to: string, coins: Amount[], ensureRecipient: () => void): void {
    checkCoins(coins);
    const fromBytes = addressBytes(from);
    const toBytes = addressBytes(to);
    this.subtract(ctx, from, fromBytes, coins);
    this.add(ctx, to, toBytes, coins);
    ensureRecipient();
    ctx.emit('transfer', [
      ['recipient', to],
      ['sender', from],
      ['amount', formatCoins(coins)],
    ]);
    ctx.emit('message', [['sender', from]]);
  }

  /** The SDK's subUnlockedCoins: every balance is checked before the first write; event coin_spent. */
  private subtract(ctx: Context, address: string, bytes: Uint8Array, coins: Amount[]): void {
    this.applySubtract(ctx, address, this.planSubtract(ctx, bytes, coins), coins);
  }

  /** The new balances, or sdk/5 in the SDK's words for the first coin the account cannot cover. */
  private planSubtract(ctx: Context, bytes: Uint8Array, coins: Amount[]): { keys: Uint8Array[]; updated: bigint[] } {
    const store = ctx.kvStore(this.key);
    const keys = coins.map((c) => balanceKey(bytes, c.denom));
    const updated = coins.map((c, i) => {
      const balance = decodeAmount(store.get(keys[i]));
      if (balance < c.amount) {
        throw Errors.insufficientFunds.wrap(`spendable balance ${balance}${c.denom} is smaller than ${c.amount}${c.denom}`);
      }
      return balance - c.amount;
    });
    return { keys, updated };
  }

  private applySubtract(ctx: Context, address: string, plan: { keys: Uint8Array[]; updated: bigint[] }, coins: Amount[]): void {
    const store = ctx.kvStore(this.key);
    plan.updated.forEach((v, i) => writeAmount(store, plan.keys[i], v));
    ctx.emit('coin_spent', [['spender', address], ['amount', formatCoins(coins)]]);
  }

  /** The SDK's addCoins; event coin_received. */
  private add(ctx: Context, address: string, bytes: Uint8Array, coins: Amount[]): void {
    const store = ctx.kvStore(this.key);
    const keys = coins.map((c) => balanceKey(bytes, c.denom));
    const updated = coins.map((c, i) => {
      const v = decodeAmount(store.get(keys[i])) + c.amount;
      if (v > MAX_AMOUNT) throw Errors.invalidCoins.wrap(`balance of ${address} in ${c.denom} would exceed 2^256 - 1`);
      return v;
    });
    updated.forEach((v, i) => writeAmount(store, keys[i], v));
    ctx.emit('coin_received', [['receiver', address], ['amount', formatCoins(coins)]]);
  }
}

function addInto(total: Map<string, bigint>, coins: Amount[]): void {
  for (const c of coins) total.set(c.denom, (total.get(c.denom) ?? 0n) + c.amount);
}

function sameTotals(a: Map<string, bigint>, b: Map<string, bigint>): boolean {
  if (a.size !== b.size) return false;
  for (const [denom, v] of a) if (b.get(denom) !== v) return false;
  return true;
}

/** The SDK v0.50 ValidateInputOutputs: addresses and coins valid and non-empty, the input equals the outputs' sum (bank/4). */
export function validateInputOutputs(input: InputAmounts, outputs: InputAmounts[]): void {
  if (outputs.length === 0) throw BankErrors.noOutputs.wrap('');
  addressBytes(input.address);
  if (input.coins.length === 0) throw Errors.invalidCoins.wrap('input coins must not be empty');
  checkCoins(input.coins);
  const totalIn = new Map<string, bigint>();
  addInto(totalIn, input.coins);
  const totalOut = new Map<string, bigint>();
  for (const o of outputs) {
    addressBytes(o.address);
    if (o.coins.length === 0) throw Errors.invalidCoins.wrap(`output coins for ${o.address} must not be empty`);
    checkCoins(o.coins);
    addInto(totalOut, o.coins);
  }
  if (!sameTotals(totalIn, totalOut)) {
    throw BankErrors.inputOutputMismatch.wrap(`inputs ${formatCoins(input.coins)} differ from the outputs' sum ${formatTotals(totalOut)}`);
  }
}

function formatTotals(total: Map<string, bigint>): string {
  return [...total.keys()]
    .sort()
    .map((d) => `${total.get(d)}${d}`)
    .join(',');
}
