import { BaseAccount, ModuleAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { Any } from 'cosmjs-types/google/protobuf/any';
import {
  accountAddress,
  addressBytes,
  Errors,
  paginate,
  prefixIterator,
  sha256,
  type AccountKeeper,
  type Context,
  type KVPair,
  type ReadContext,
  type SignerAccount,
  type StoreKey,
  type TxParams,
} from '../../chain/sdk';
import type { PageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { accountKey, Keys } from './keys';
import { AuthErrors } from './errors';
import { DecodedAccountCache } from './account-cache';
import { AuthParams, decodeParams, DEFAULT_FEE_DENOM, DEFAULT_PARAMS, encodeParams, validateFeeDenom, validateParams } from './params';

export const BASE_ACCOUNT_TYPE = '/cosmos.auth.v1beta1.BaseAccount';
export const MODULE_ACCOUNT_TYPE = '/cosmos.auth.v1beta1.ModuleAccount';
export const SECP256K1_PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';

/** The module account that receives tx fees (the SDK's authtypes.FeeCollectorName). */
export const FEE_COLLECTOR_NAME = 'fee_collector';

/** Module account permissions the bank understands (the SDK's authtypes constants). */
export const Permissions = { minter: 'minter', burner: 'burner', staking: 'staking' } as const;

/** A module account the chain knows: its name and permissions (the SDK app's maccPerms entry). */
export interface ModuleAccountSpec {
  name: string;
  permissions: string[];
}

/** An account as the keeper hands it out. */
export interface Account {
  /** bech32, prefix settle. */
  address: string;
  accountNumber: bigint;
  sequence: bigint;
  /** Compressed secp256k1 public key (33 bytes), once known. */
  pubKey?: Uint8Array;
  /** Present for module accounts. */
  module?: { name: string; permissions: string[] };
}

const MAX_U64 = (1n << 64n) - 1n;
const NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** The SDK's authtypes.NewModuleAddress: the first 20 bytes of sha256(name). */
export function moduleAddressBytes(name: string): Uint8Array {
  return Uint8Array.from(sha256(Buffer.from(name, 'utf8')).subarray(0, 20));
}

export function moduleAddress(name: string): string {
  return accountAddress(moduleAddressBytes(name));
}

/** A secp256k1 public key as the Any accounts embed. */
export function pubKeyAny(key: Uint8Array): Any {
  return { typeUrl: SECP256K1_PUBKEY_TYPE, value: PubKey.encode({ key }).finish() };
}

function baseAccountOf(a: Account, withPubKey: boolean): BaseAccount {
  return {
    address: a.address,
    pubKey: withPubKey && a.pubKey ? pubKeyAny(a.pubKey) : undefined,
    accountNumber: a.accountNumber,
    sequence: a.sequence,
  };
}

/** The account as the Any CosmJS's accountFromAny understands (BaseAccount or ModuleAccount). */
export function accountToAny(a: Account): Any {
  if (a.module) {
    const m: ModuleAccount = { baseAccount: baseAccountOf(a, true), name: a.module.name, permissions: [...a.module.permissions] };
    return { typeUrl: MODULE_ACCOUNT_TYPE, value: ModuleAccount.encode(m).finish() };
  }
  return { typeUrl: BASE_ACCOUNT_TYPE, value: BaseAccount.encode(baseAccountOf(a, true)).finish() };
}

export function encodeAccount(a: Account): Uint8Array {
  return Any.encode(accountToAny(a)).finish();
}

function fromBase(b: BaseAccount): Account {
  const a: Account = { address: b.address, accountNumber: b.accountNumber, sequence: b.sequence };
  if (b.pubKey) {
    if (b.pubKey.typeUrl !== SECP256K1_PUBKEY_TYPE) throw Errors.invalidPubKey.wrap(`account ${b.address}: unsupported public key type ${b.pubKey.typeUrl}`);
    a.pubKey = PubKey.decode(b.pubKey.value).key;
  }
  return a;
}

export function accountFromAny(any: Any): Account {
  switch (any.typeUrl) {
    case BASE_ACCOUNT_TYPE:
      return fromBase(BaseAccount.decode(any.value));
    case MODULE_ACCOUNT_TYPE: {
      const m = ModuleAccount.decode(any.value);
      if (!m.baseAccount) throw Errors.unpackAny.wrap(`module account ${m.name} has no base account`);
      return { ...fromBase(m.baseAccount), module: { name: m.name, permissions: m.permissions } };
    }
    default:
      throw Errors.unpackAny.wrap(`unknown account type ${any.typeUrl}`);
  }
}

export function decodeAccount(bytes: Uint8Array): Account {
  return accountFromAny(Any.decode(bytes));
}

function u64(v: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(v);
  return b;
}

/**
 * The only code that touches the auth store: accounts (BaseAccount / ModuleAccount, stored as the
 * protobuf Any), the global account number, params and the fee denom. Implements the tx pipeline's
 * AccountKeeper and the bank's BankAccountKeeper.
 */
export class AuthKeeper implements AccountKeeper {
  private readonly decoded = new DecodedAccountCache();
  /** Registered module accounts by name, in registration order (fee_collector first). */
  private readonly modules = new Map<string, { name: string; address: string; permissions: string[] }>();
  private readonly moduleByAddress = new Map<string, string>();

  constructor(private readonly key: StoreKey, moduleAccounts: ModuleAccountSpec[] = []) {
    const specs = [{ name: FEE_COLLECTOR_NAME, permissions: [] as string[] }, ...moduleAccounts.filter((m) => m.name !== FEE_COLLECTOR_NAME)];
    const feeCollector = moduleAccounts.find((m) => m.name === FEE_COLLECTOR_NAME);
    if (feeCollector) specs[0] = feeCollector;
    for (const spec of specs) {
      if (!NAME.test(spec.name)) throw new Error(`module account name "${spec.name}" must match ${NAME}`);
      if (this.modules.has(spec.name)) throw new Error(`module account ${spec.name} registered twice`);
      validatePermissions(spec.name, spec.permissions);
      const address = moduleAddress(spec.name);
      this.modules.set(spec.name, { name: spec.name, address, permissions: [...spec.permissions] });
      this.moduleByAddress.set(address, spec.name);
    }
  }

  // ------------------------------------------------------------------------------------------
  // accounts

  getAccount(ctx: ReadContext, address: string): Account | undefined {
    const raw = ctx.kvStore(this.key).get(accountKey(addressBytes(address)));
    return raw ? this.decoded.get(raw, decodeAccount) : undefined;
  }

  hasAccount(ctx: ReadContext, address: string): boolean {
    return ctx.kvStore(this.key).has(accountKey(addressBytes(address)));
  }

  setAccount(ctx: Context, account: Account): void {
    if (account.pubKey && account.pubKey.length !== 33) {
      throw Errors.invalidPubKey.wrap(`account ${account.address}: public key must be 33 bytes (compressed secp256k1), got ${account.pubKey.length}`);
    }
    ctx.kvStore(this.key).set(accountKey(addressBytes(account.address)), encodeAccount(account));
  }

  /** The next account number to be handed out, without taking it. */
  peekAccountNumber(ctx: ReadContext): bigint {
    const raw = ctx.kvStore(this.key).get(Keys.globalAccountNumber);
    return raw ? Buffer.from(raw).readBigUInt64BE(0) : 0n;
  }

  /** Takes the next account number (the SDK's NextAccountNumber). */
  nextAccountNumber(ctx: Context): bigint {
    const n = this.peekAccountNumber(ctx);
    if (n >= MAX_U64) throw Errors.logic.wrap('account numbers exhausted');
    this.setNextAccountNumber(ctx, n + 1n);
    return n;
  }

  setNextAccountNumber(ctx: Context, n: bigint): void {
    ctx.kvStore(this.key).set(Keys.globalAccountNumber, u64(n));
  }

  /** A new BaseAccount with the next account number, stored (the SDK's NewAccountWithAddress + SetAccount). */
  newAccount(ctx: Context, address: string): Account {
    addressBytes(address);
    const account: Account = { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
    this.setAccount(ctx, account);
    return account;
  }

  /** Creates a BaseAccount for `address` if it has none (what the bank does when an address first receives coins). */
  ensureAccount(ctx: Context, address: string): void {
    if (!this.hasAccount(ctx, address)) this.newAccount(ctx, address);
  }

  /** Every account in address order (the store's key order). */
  *iterateAccounts(ctx: ReadContext): IterableIterator<Account> {
    for (const { value } of prefixIterator(ctx.kvStore(this.key), Keys.accountPrefix)) yield decodeAccount(value);
  }

  /** Every stored account entry in key order, undecoded (for the invariant that checks keys against contents). */
  accountEntries(ctx: ReadContext): IterableIterator<KVPair> {
    return prefixIterator(ctx.kvStore(this.key), Keys.accountPrefix);
  }

  /** A page of accounts (their stored Any), for the Accounts query. */
  accountsPage(ctx: ReadContext, pagination: PageRequest | undefined) {
    return paginate(ctx.kvStore(this.key), Keys.accountPrefix, pagination, (_k, v) => Any.decode(v));
  }

  // ------------------------------------------------------------------------------------------
  // module accounts

  /** The registered module accounts, in registration order. */
  moduleAccountSpecs(): ModuleAccountSpec[] {
    return [...this.modules.values()].map((m) => ({ name: m.name, permissions: [...m.permissions] }));
  }

  /** The address of a registered module account (a pure function of its name). */
  moduleAddress(name: string): string {
    const m = this.modules.get(name);
    if (!m) throw AuthErrors.unknownModuleAccount.wrap(`module account ${name} is not registered`);
    return m.address;
  }

  /** Whether `address` belongs to a registered module account (such addresses may not receive MsgSend funds). */
  isModuleAccount(address: string): boolean {
    return this.moduleByAddress.has(address);
  }

  /** A registered module account's address and permissions; its account is created in state if missing (the SDK's GetModuleAccount). */
  moduleAccount(ctx: Context, name: string): { address: string; permissions: readonly string[] } {
    const m = this.modules.get(name);
    if (!m) throw AuthErrors.unknownModuleAccount.wrap(`module account ${name} is not registered`);
    const existing = this.getAccount(ctx, m.address);
    if (existing) {
      if (!existing.module) throw AuthErrors.notModuleAccount.wrap(`account ${m.address} (module ${name}) is a base account`);
      return { address: m.address, permissions: m.permissions };
    }
    this.setAccount(ctx, {
      address: m.address,
      accountNumber: this.nextAccountNumber(ctx),
      sequence: 0n,
      module: { name, permissions: [...m.permissions] },
    });
    return { address: m.address, permissions: m.permissions };
  }

  // ------------------------------------------------------------------------------------------
  // params

  /** The stored params, or the defaults before genesis has written them. */
  params(ctx: ReadContext): AuthParams {
    const raw = ctx.kvStore(this.key).get(Keys.params);
    return raw ? decodeParams(raw) : { ...DEFAULT_PARAMS };
  }

  setParams(ctx: Context, params: AuthParams): void {
    validateParams(params);
    ctx.kvStore(this.key).set(Keys.params, encodeParams(params));
  }

  feeDenom(ctx: ReadContext): string {
    const raw = ctx.kvStore(this.key).get(Keys.feeDenom);
    return raw ? Buffer.from(raw).toString('utf8') : DEFAULT_FEE_DENOM;
  }

  setFeeDenom(ctx: Context, denom: string): void {
    validateFeeDenom(denom);
    ctx.kvStore(this.key).set(Keys.feeDenom, Buffer.from(denom, 'utf8'));
  }

  // ------------------------------------------------------------------------------------------
  // AccountKeeper (the tx pipeline)

  getSignerAccount(ctx: Context, address: string): SignerAccount | undefined {
    const a = this.getAccount(ctx, address);
    if (!a) return undefined;
    return { address: a.address, accountNumber: a.accountNumber, sequence: a.sequence, pubKey: a.pubKey };
  }

  setSequenceAndPubKey(ctx: Context, address: string, sequence: bigint, pubKey: Uint8Array | undefined): void {
    const a = this.getAccount(ctx, address);
    if (!a) throw Errors.unknownAddress.wrap(`account ${address} does not exist`);
    if (sequence < 0n || sequence > MAX_U64) throw Errors.invalidSequence.wrap(`sequence ${sequence} is out of range`);
    a.sequence = sequence;
    if (pubKey) a.pubKey = Uint8Array.from(pubKey);
    this.setAccount(ctx, a);
  }

  txParams(ctx: Context): TxParams {
    const p = this.params(ctx);
    return {
      maxMemoCharacters: Number(p.maxMemoCharacters),
      txSigLimit: Number(p.txSigLimit),
      txSizeCostPerByte: p.txSizeCostPerByte,
      sigVerifyCostSecp256k1: p.sigVerifyCostSecp256k1,
      feeDenom: this.feeDenom(ctx),
    };
  }
}

export function validatePermissions(name: string, permissions: unknown): void {
  if (!Array.isArray(permissions)) throw new Error(`module account ${name}: permissions must be a list`);
  const seen = new Set<string>();
  for (const p of permissions) {
    if (typeof p !== 'string' || !NAME.test(p)) throw new Error(`module account ${name}: invalid permission ${JSON.stringify(p)}`);
    if (seen.has(p)) throw new Error(`module account ${name}: duplicate permission ${p}`);
    seen.add(p);
  }
}
