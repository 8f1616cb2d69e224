import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { accountAddress, addressBytes, AppError, formatCoins, MAX_AMOUNT, parseCoins, toCoins, validateDenom, type Amount, type Context, type QueryContext } from '../../chain/sdk';
import { BankErrors } from './errors';
import { BankKeeper } from './keeper';
import { BankParams, defaultDenomMetadata, validateMetadata } from './params';

export interface SendEnabledJSON {
  denom: string;
  enabled: boolean;
}

export interface DenomUnitJSON {
  denom: string;
  exponent: number;
  aliases: string[];
}

/** cosmos.bank.v1beta1.Metadata in proto-JSON. */
export interface MetadataJSON {
  description: string;
  denom_units: DenomUnitJSON[];
  base: string;
  display: string;
  name: string;
  symbol: string;
  uri: string;
  uri_hash: string;
}

/** app_state.bank (see README): the SDK v0.50 bank GenesisState in proto-JSON. */
export interface BankGenesis {
  params: { default_send_enabled: boolean; send_enabled: SendEnabledJSON[] };
  balances: { address: string; coins: Coin[] }[];
  supply: Coin[];
  denom_metadata: MetadataJSON[];
  send_enabled: SendEnabledJSON[];
}

export function metadataToJSON(m: Metadata): MetadataJSON {
  return {
    description: m.description,
    denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: [...u.aliases] })),
    base: m.base,
    display: m.display,
    name: m.name,
    symbol: m.symbol,
    uri: m.uri,
    uri_hash: m.uriHash,
  };
}

export function defaultGenesis(): BankGenesis {
  return {
    params: { default_send_enabled: true, send_enabled: [] },
    balances: [],
    supply: [],
    denom_metadata: defaultDenomMetadata().map(metadataToJSON),
    send_enabled: [],
  };
}

function fail(message: string): never {
  throw BankErrors.invalidGenesis.wrap(message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function checkFields(obj: Record<string, unknown>, allowed: string[], where: string): void {
  const extra = Object.keys(obj).filter((k) => !allowed.includes(k));
  if (extra.length > 0) fail(`${where}: unknown fields: ${extra.join(', ')}`);
}

function list(v: unknown, where: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(`${where} must be a list`);
  return v;
}

function str(v: unknown, where: string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') fail(`${where} must be a string`);
  return v;
}

function coins(v: unknown, where: string): Amount[] {
  const items = list(v, where).map((c, i) => {
    if (!isObject(c)) fail(`${where}[${i}] must be {denom, amount}`);
    checkFields(c, ['denom', 'amount'], `${where}[${i}]`);
    if (typeof c.denom !== 'string' || typeof c.amount !== 'string') fail(`${where}[${i}]: denom and amount must be strings`);
    return { denom: c.denom, amount: c.amount };
  });
  try {
    return parseCoins(items, where);
  } catch (err) {
    fail((err as AppError).message);
  }
}

function sendEnabledList(v: unknown, where: string): SendEnabledJSON[] {
  return list(v, where).map((e, i) => {
    if (!isObject(e)) fail(`${where}[${i}] must be {denom, enabled}`);
    checkFields(e, ['denom', 'enabled'], `${where}[${i}]`);
    if (typeof e.denom !== 'string') fail(`${where}[${i}].denom must be a string`);
    try {
      validateDenom(e.denom);
    } catch (err) {
      fail(`${where}[${i}]: ${(err as AppError).message}`);
    }
    if (e.enabled !== undefined && typeof e.enabled !== 'boolean') fail(`${where}[${i}].enabled must be a boolean`);
    return { denom: e.denom, enabled: e.enabled === true };
  });
}

function metadataFromJSON(v: unknown, where: string): Metadata {
  if (!isObject(v)) fail(`${where} must be an object`);
  checkFields(v, ['description', 'denom_units', 'base', 'display', 'name', 'symbol', 'uri', 'uri_hash'], where);
  const denomUnits = list(v.denom_units, `${where}.denom_units`).map((u, i) => {
    const w = `${where}.denom_units[${i}]`;
    if (!isObject(u)) fail(`${w} must be an object`);
    checkFields(u, ['denom', 'exponent', 'aliases'], w);
    const exponent = u.exponent ?? 0;
    if (typeof exponent !== 'number' || !Number.isInteger(exponent) || exponent < 0 || exponent > 0xffffffff) fail(`${w}.exponent must be a uint32`);
    const aliases = list(u.aliases, `${w}.aliases`).map((a, j) => str(a, `${w}.aliases[${j}]`));
    return { denom: str(u.denom, `${w}.denom`), exponent, aliases };
  });
  const m: Metadata = {
    description: str(v.description, `${where}.description`),
    denomUnits,
    base: str(v.base, `${where}.base`),
    display: str(v.display, `${where}.display`),
    name: str(v.name, `${where}.name`),
    symbol: str(v.symbol, `${where}.symbol`),
    uri: str(v.uri, `${where}.uri`),
    uriHash: str(v.uri_hash, `${where}.uri_hash`),
  };
  try {
    validateMetadata(m);
  } catch (err) {
    fail(`${where}: ${(err as AppError).message}`);
  }
  return m;
}

export interface ValidatedBankGenesis {
  params: BankParams;
  sendEnabled: SendEnabledJSON[];
  balances: { address: string; bytes: Uint8Array; coins: Amount[] }[];
  supply: Amount[];
  metadata: Metadata[];
}

/** Parses and checks app_state.bank; throws bank/10 with the reason. */
export function validateGenesis(raw: unknown): ValidatedBankGenesis {
  if (!isObject(raw)) fail('app_state.bank must be an object');
  checkFields(raw, ['params', 'balances', 'supply', 'denom_metadata', 'send_enabled'], 'app_state.bank');

  const p = raw.params ?? { default_send_enabled: true };
  if (!isObject(p)) fail('params must be an object');
  checkFields(p, ['default_send_enabled', 'send_enabled'], 'params');
  if (p.default_send_enabled !== undefined && typeof p.default_send_enabled !== 'boolean') fail('params.default_send_enabled must be a boolean');
  const params: BankParams = { defaultSendEnabled: p.default_send_enabled === true };
  const legacy = sendEnabledList(p.send_enabled, 'params.send_enabled');
  const entries = sendEnabledList(raw.send_enabled, 'send_enabled');
  if (legacy.length > 0 && entries.length > 0) fail('send_enabled is defined both in send_enabled and in params.send_enabled (deprecated)');
  const sendEnabled = legacy.length > 0 ? legacy : entries;
  const seenDenoms = new Set<string>();
  for (const e of sendEnabled) {
    if (seenDenoms.has(e.denom)) fail(`duplicate send_enabled entry for ${e.denom}`);
    seenDenoms.add(e.denom);
  }

  const seenAddresses = new Set<string>();
  const totals = new Map<string, bigint>();
  const balances = list(raw.balances, 'balances').map((b, i) => {
    const where = `balances[${i}]`;
    if (!isObject(b)) fail(`${where} must be {address, coins}`);
    checkFields(b, ['address', 'coins'], where);
    if (typeof b.address !== 'string') fail(`${where}.address must be a string`);
    let bytes: Uint8Array;
    try {
      bytes = addressBytes(b.address);
    } catch (err) {
      fail(`${where}: ${(err as AppError).message}`);
    }
    const canonical = accountAddress(bytes);
    if (seenAddresses.has(canonical)) fail(`duplicate balance for address ${canonical}`);
    seenAddresses.add(canonical);
    const c = coins(b.coins, `${where}.coins`);
    for (const x of c) {
      const t = (totals.get(x.denom) ?? 0n) + x.amount;
      if (t > MAX_AMOUNT) fail(`the sum of ${x.denom} balances exceeds 2^256 - 1`);
      totals.set(x.denom, t);
    }
    return { address: canonical, bytes, coins: c };
  });
  const computed: Amount[] = [...totals.keys()].sort().map((denom) => ({ denom, amount: totals.get(denom)! }));

  let supply = coins(raw.supply, 'supply');
  if (supply.length === 0) {
    supply = computed;
  } else if (formatCoins(supply) !== formatCoins(computed)) {
    fail(`genesis supply is incorrect, expected ${formatCoins(computed) || '(none)'}, got ${formatCoins(supply)}`);
  }

  const seenBases = new Set<string>();
  const metadata = list(raw.denom_metadata, 'denom_metadata').map((m, i) => {
    const md = metadataFromJSON(m, `denom_metadata[${i}]`);
    if (seenBases.has(md.base)) fail(`duplicate denom metadata for ${md.base}`);
    seenBases.add(md.base);
    return md;
  });

  return { params, sendEnabled, balances, supply, metadata };
}

/**
 * Writes params, send-enabled flags, balances, supply (computed from the balances when not given)
 * and denom metadata. Accounts are not created for genesis balances (as in the SDK: list them in
 * app_state.auth.accounts).
 */
export function initGenesis(keeper: BankKeeper, ctx: Context, raw: unknown): void {
  const g = validateGenesis(raw);
  keeper.setParams(ctx, g.params);
  for (const e of g.sendEnabled) keeper.setSendEnabled(ctx, e.denom, e.enabled);
  for (const b of g.balances) for (const c of b.coins) keeper.setBalance(ctx, b.bytes, c.denom, c.amount);
  for (const s of g.supply) keeper.setSupply(ctx, s.denom, s.amount);
  for (const m of g.metadata) keeper.setDenomMetadata(ctx, m);
}

/** Everything in store order: balances grouped by address (length-prefixed address bytes), denoms sorted. */
export function exportGenesis(keeper: BankKeeper, ctx: QueryContext): BankGenesis {
  const balances: { address: string; coins: Coin[] }[] = [];
  let current: { address: string; coins: Coin[] } | undefined;
  for (const b of keeper.iterateBalances(ctx)) {
    const address = accountAddress(b.address);
    if (!current || current.address !== address) {
      current = { address, coins: [] };
      balances.push(current);
    }
    current.coins.push({ denom: b.denom, amount: b.amount.toString() });
  }
  return {
    params: { default_send_enabled: keeper.params(ctx).defaultSendEnabled, send_enabled: [] },
    balances,
    supply: toCoins(keeper.totalSupply(ctx)),
    denom_metadata: keeper.allDenomMetadata(ctx).map(metadataToJSON),
    send_enabled: keeper.sendEnabledEntries(ctx),
  };
}
