import { addressBytes, AppError, type Context, type QueryContext } from '../../chain/sdk';
import { AuthErrors } from './errors';
import {
  Account,
  AuthKeeper,
  BASE_ACCOUNT_TYPE,
  MODULE_ACCOUNT_TYPE,
  SECP256K1_PUBKEY_TYPE,
  validatePermissions,
} from './keeper';
import { AuthParamsJSON, DEFAULT_FEE_DENOM, DEFAULT_PARAMS, paramsFromJSON, paramsToJSON, parseUint64, validateFeeDenom } from './params';

const MAX_U64 = (1n << 64n) - 1n;

/** A public key in proto-JSON Any form. */
export interface PubKeyJSON {
  '@type': string;
  key: string;
}

export interface BaseAccountJSON {
  '@type'?: string;
  address: string;
  pub_key?: PubKeyJSON | null;
  account_number: string;
  sequence: string;
}

export interface ModuleAccountJSON {
  '@type': string;
  base_account: Omit<BaseAccountJSON, '@type'>;
  name: string;
  permissions: string[];
}

export type GenesisAccountJSON = BaseAccountJSON | ModuleAccountJSON;

/** app_state.auth (see README). */
export interface AuthGenesis {
  params: AuthParamsJSON;
  fee_denom: string;
  accounts: GenesisAccountJSON[];
}

export function defaultGenesis(): AuthGenesis {
  return { params: paramsToJSON(DEFAULT_PARAMS), fee_denom: DEFAULT_FEE_DENOM, accounts: [] };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function fail(message: string): never {
  throw AuthErrors.invalidGenesis.wrap(message);
}

function checkFields(obj: Record<string, unknown>, allowed: string[], where: string): void {
  const extra = Object.keys(obj).filter((k) => !allowed.includes(k));
  if (extra.length > 0) fail(`${where}: unknown fields: ${extra.join(', ')}`);
}

function parseAddress(v: unknown, where: string): string {
  if (typeof v !== 'string') fail(`${where}.address must be a string`);
  try {
    addressBytes(v);
  } catch (err) {
    fail(`${where}.address: ${(err as AppError).message}`);
  }
  return v;
}

function parsePubKey(v: unknown, where: string): Uint8Array | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(`${where}.pub_key must be null or {"@type", "key"}`);
  checkFields(v, ['@type', 'key'], `${where}.pub_key`);
  if (v['@type'] !== SECP256K1_PUBKEY_TYPE) fail(`${where}.pub_key: only ${SECP256K1_PUBKEY_TYPE} keys are supported, got ${JSON.stringify(v['@type'])}`);
  if (typeof v.key !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v.key)) fail(`${where}.pub_key.key must be base64`);
  const key = Uint8Array.from(Buffer.from(v.key, 'base64'));
  if (key.length !== 33 || (key[0] !== 2 && key[0] !== 3)) fail(`${where}.pub_key.key must be a 33-byte compressed secp256k1 key`);
  return key;
}

function parseBase(v: unknown, where: string, allowed: string[]): Account {
  if (!isObject(v)) fail(`${where} must be an object`);
  checkFields(v, allowed, where);
  const address = parseAddress(v.address, where);
  if (v.account_number === undefined) fail(`${where}.account_number is required`);
  const accountNumber = parseUint64(v.account_number, `${where}.account_number`);
  if (accountNumber === MAX_U64) fail(`${where}.account_number must be below 2^64 - 1`);
  const sequence = v.sequence === undefined ? 0n : parseUint64(v.sequence, `${where}.sequence`);
  const a: Account = { address, accountNumber, sequence };
  const pubKey = parsePubKey(v.pub_key, where);
  if (pubKey) a.pubKey = pubKey;
  return a;
}

function parseAccount(v: unknown, where: string, keeper: AuthKeeper): Account {
  if (!isObject(v)) fail(`${where} must be an object`);
  const type = v['@type'] ?? BASE_ACCOUNT_TYPE;
  if (type === BASE_ACCOUNT_TYPE) {
    const a = parseBase(v, where, ['@type', 'address', 'pub_key', 'account_number', 'sequence']);
    if (keeper.isModuleAccount(a.address)) fail(`${where}: ${a.address} is the address of a module account; list it as a ${MODULE_ACCOUNT_TYPE}`);
    return a;
  }
  if (type !== MODULE_ACCOUNT_TYPE) fail(`${where}: unsupported account type ${JSON.stringify(type)}`);
  checkFields(v, ['@type', 'base_account', 'name', 'permissions'], where);
  const a = parseBase(v.base_account, `${where}.base_account`, ['address', 'pub_key', 'account_number', 'sequence']);
  const name = v.name;
  if (typeof name !== 'string' || name.trim() === '') fail(`${where}.name must not be blank`);
  const permissions = v.permissions ?? [];
  try {
    validatePermissions(name, permissions);
  } catch (err) {
    fail(`${where}: ${(err as Error).message}`);
  }
  let expected: string;
  try {
    expected = keeper.moduleAddress(name);
  } catch {
    fail(`${where}: module account ${name} is not registered on this chain`);
  }
  if (a.address !== expected) fail(`${where}: module account ${name} must have address ${expected}, got ${a.address}`);
  if (a.pubKey) fail(`${where}: module account ${name} cannot have a public key`);
  const registered = keeper.moduleAccountSpecs().find((m) => m.name === name)!.permissions;
  const perms = permissions as string[];
  if (perms.length !== registered.length || perms.some((p, i) => p !== registered[i])) {
    fail(`${where}: module account ${name} has permissions [${perms.join(', ')}], the chain registers [${registered.join(', ')}]`);
  }
  a.module = { name, permissions: [...perms] };
  return a;
}

export interface ValidatedAuthGenesis {
  params: ReturnType<typeof paramsFromJSON>;
  feeDenom: string;
  accounts: Account[];
}

/** Parses and checks app_state.auth; throws auth/2 (or auth/3 for params) with the reason. */
export function validateGenesis(keeper: AuthKeeper, raw: unknown): ValidatedAuthGenesis {
  if (!isObject(raw)) fail('app_state.auth must be an object');
  checkFields(raw, ['params', 'fee_denom', 'accounts'], 'app_state.auth');
  const params = raw.params === undefined ? { ...DEFAULT_PARAMS } : paramsFromJSON(raw.params);
  const feeDenom = validateFeeDenom(raw.fee_denom ?? DEFAULT_FEE_DENOM);
  const list = raw.accounts ?? [];
  if (!Array.isArray(list)) fail('accounts must be a list');
  const accounts = list.map((v, i) => parseAccount(v, `accounts[${i}]`, keeper));
  const addresses = new Set<string>();
  const numbers = new Set<bigint>();
  for (const a of accounts) {
    if (addresses.has(a.address)) fail(`duplicate account ${a.address}`);
    addresses.add(a.address);
    if (numbers.has(a.accountNumber)) fail(`duplicate account number ${a.accountNumber} (account ${a.address})`);
    numbers.add(a.accountNumber);
  }
  return { params, feeDenom, accounts };
}

/**
 * Writes params, fee denom and accounts (keeping their numbers); the next account number follows
 * the highest; registered module accounts missing from the list are then created, in registration
 * order (fee_collector first).
 */
export function initGenesis(keeper: AuthKeeper, ctx: Context, raw: unknown): void {
  const g = validateGenesis(keeper, raw);
  keeper.setParams(ctx, g.params);
  keeper.setFeeDenom(ctx, g.feeDenom);
  let next = 0n;
  for (const a of g.accounts) {
    keeper.setAccount(ctx, a);
    if (a.accountNumber >= next) next = a.accountNumber + 1n;
  }
  keeper.setNextAccountNumber(ctx, next);
  for (const m of keeper.moduleAccountSpecs()) keeper.moduleAccount(ctx, m.name);
}

function baseJSON(a: Account): Omit<BaseAccountJSON, '@type'> {
  return {
    address: a.address,
    pub_key: a.pubKey ? { '@type': SECP256K1_PUBKEY_TYPE, key: Buffer.from(a.pubKey).toString('base64') } : null,
    account_number: a.accountNumber.toString(),
    sequence: a.sequence.toString(),
  };
}

export function accountToJSON(a: Account): GenesisAccountJSON {
  if (a.module) {
    return { '@type': MODULE_ACCOUNT_TYPE, base_account: baseJSON(a), name: a.module.name, permissions: [...a.module.permissions] };
  }
  return { '@type': BASE_ACCOUNT_TYPE, ...baseJSON(a) };
}

/** Accounts in store (address) order, module accounts included, in the SDK's Any JSON form. */
export function exportGenesis(keeper: AuthKeeper, ctx: QueryContext): AuthGenesis {
  return {
    params: paramsToJSON(keeper.params(ctx)),
    fee_denom: keeper.feeDenom(ctx),
    accounts: [...keeper.iterateAccounts(ctx)].map(accountToJSON),
  };
}
