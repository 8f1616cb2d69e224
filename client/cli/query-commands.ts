// The `settle query <module> <command>` catalog, derived from the generated query types: every
// `Query<Method>Request` with its `Query<Method>Response` of settle's four query services, plus the
// Cosmos auth and bank queries a trader needs. One flag per request field (kebab-case); the primary
// field (an address, id or instrument) may also be given as the first argument.
import { accountFromAny } from '@cosmjs/stargate';
import * as authQuery from 'cosmjs-types/cosmos/auth/v1beta1/query';
import * as bankQuery from 'cosmjs-types/cosmos/bank/v1beta1/query';
import * as liquidationQuery from '../sdk/src/codegen/settle/liquidation/v1/query';
import * as marginQuery from '../sdk/src/codegen/settle/margin/v1/query';
import * as optionsQuery from '../sdk/src/codegen/settle/options/v1/query';
import * as oracleQuery from '../sdk/src/codegen/settle/oracle/v1/query';
import { CliError } from './errors';
import type { Flag, Opts } from './tx-commands';
import type { Session } from './session';
import { parseInt64, parseTime, parseUint, parseUint32 } from './values';

interface Codec<T = unknown> {
  fromPartial(o: object): T;
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
  toJSON(m: T): unknown;
}

export interface QueryCommand {
  module: string;
  name: string;
  aliases?: string[];
  /** The gRPC method path the chain answers on abci_query: `/settle.margin.v1.Query/Health`. */
  path: string;
  summary: string;
  flags: Flag[];
  /** The request field a first argument fills. */
  primary?: string;
  request(o: Opts, session: Session): Promise<Uint8Array>;
  /** The response as proto3 JSON (accounts decoded from their Any). */
  response(bytes: Uint8Array): unknown;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, '');
const PRIMARY = ['address', 'owner', 'id', 'instrumentId', 'market', 'underlying', 'denom', 'name'];
/** Fields holding an address: they also accept the name of a key, and default to --from. */
const ADDRESS_FIELDS = new Set(['address', 'owner']);
/** Human names for some fields (the field's own name is kept as an alias). */
const FLAG_NAMES: Record<string, string> = { instrumentId: 'instrument', number: 'subaccount' };
/** int64 fields that are times: Unix seconds or an ISO date. */
const TIME_FIELDS = new Set(['expiry']);

function fieldFlag(field: string, sample: unknown): Flag {
  const name = FLAG_NAMES[field] ?? kebab(field);
  const arg = typeof sample === 'boolean' ? '' : typeof sample === 'string' ? (ADDRESS_FIELDS.has(field) ? ' <address|key>' : ' <text>') : ' <n>';
  return { flags: `--${name}${arg}`, description: ADDRESS_FIELDS.has(field) ? `${field} (default: the --from key)` : field };
}

/** A query command from a generated request/response pair. */
export function derivedQueryCommand(module: string, service: string, method: string, req: Codec, res: Codec, summary?: string): QueryCommand {
  const defaults = req.fromPartial({}) as Record<string, unknown>;
  const fields = Object.keys(defaults).filter((f) => ['string', 'number', 'bigint', 'boolean'].includes(typeof defaults[f]));
  const primary = PRIMARY.find((p) => fields.includes(p));
  return {
    module,
    name: kebab(method),
    path: `/${service}/${method}`,
    summary: summary ?? `${service}/${method}`,
    flags: fields.map((f) => fieldFlag(f, defaults[f])),
    primary,
    async request(o, session) {
      const partial: Record<string, unknown> = {};
      for (const f of fields) {
        const key = (FLAG_NAMES[f] ?? f).replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());
        let v = (f === primary ? o.__primary : undefined) ?? o[key];
        if (v === undefined && ADDRESS_FIELDS.has(f) && typeof o.from === 'string') v = o.from;
        if (v === undefined) continue;
        const sample = defaults[f];
        const flag = `--${FLAG_NAMES[f] ?? kebab(f)}`;
        if (typeof sample === 'boolean') partial[f] = v === true || v === 'true';
        else if (typeof sample === 'number') partial[f] = parseUint32(String(v), flag);
        else if (typeof sample === 'bigint') partial[f] = TIME_FIELDS.has(f) ? parseTime(String(v), flag) : String(v).startsWith('-') ? parseInt64(String(v), flag) : parseUint(String(v), flag);
        else partial[f] = ADDRESS_FIELDS.has(f) ? session.resolveAddress(String(v)) : String(v);
      }
      return req.encode(req.fromPartial(partial)).finish();
    },
    response: (bytes) => res.toJSON(res.decode(bytes)),
  };
}

/** What each settle query answers (the module READMEs' query tables), and its short names. */
const SETTLE_QUERIES: Record<string, { summary: string; aliases?: string[] }> = {
  'oracle.Price': { summary: 'one market\'s price with its age and stale flag' },
  'oracle.Prices': { summary: 'every market\'s price' },
  'oracle.Twap': { summary: 'time-weighted average price over --window-seconds' },
  'oracle.VolSurface': { summary: 'a market\'s SVI volatility surface', aliases: ['surface'] },
  'oracle.Markets': { summary: 'the oracle\'s markets' },
  'oracle.Params': { summary: 'oracle params' },
  'margin.Health': { summary: 'equity, initial and maintenance margin, positions with marks and Greeks' },
  'margin.Subaccount': { summary: 'a subaccount\'s collateral and positions' },
  'margin.Subaccounts': { summary: 'every subaccount of an owner' },
  'margin.CollateralAssets': { summary: 'listed collateral with haircuts, decimals and caps', aliases: ['assets'] },
  'margin.Params': { summary: 'margin params' },
  'options.Params': { summary: 'options params (fees, limits, listing schedule)' },
  'options.Instrument': { summary: 'one instrument' },
  'options.Instruments': { summary: 'instruments (--underlying, --expiry, --active-only)' },
  'options.Book': { summary: 'aggregated depth of an instrument, best first (--levels, default 20)' },
  'options.Order': { summary: 'an open order by id' },
  'options.OrdersBySubaccount': { summary: 'a subaccount\'s open orders', aliases: ['orders'] },
  'options.MarketStats': { summary: 'open interest, volume, last price, index and mark', aliases: ['stats'] },
  'options.Mmp': { summary: 'market-maker protection config and counts (--underlying)' },
  'options.Rfqs': { summary: 'open requests for quotes with their quotes' },
  'options.SettlementPrices': { summary: 'fixed settlement prices with their TWAP windows' },
  'liquidation.Params': { summary: 'liquidation params' },
  'liquidation.InsuranceFund': { summary: 'the insurance fund\'s balance and totals' },
  'liquidation.Auctions': { summary: 'open liquidation auctions with their discounts' },
  'liquidation.Liquidations': { summary: 'past liquidations (--owner, --limit)' },
};

/** Every `Query<Method>Request` of a generated module whose method the service has. */
function settleQueries(module: string, mod: Record<string, unknown>): QueryCommand[] {
  const out: QueryCommand[] = [];
  for (const [name, value] of Object.entries(mod)) {
    const m = /^Query(\w+)Request$/.exec(name);
    const res = mod[`Query${m?.[1]}Response`];
    if (!m || !res) continue;
    const about = SETTLE_QUERIES[`${module}.${m[1]}`];
    out.push({ ...derivedQueryCommand(module, `settle.${module}.v1.Query`, m[1]!, value as Codec, res as Codec, about?.summary), aliases: about?.aliases });
  }
  return out;
}

function cosmos(module: string, service: string, method: string, mod: Record<string, unknown>, summary: string, aliases: string[] = []): QueryCommand {
  const cmd = derivedQueryCommand(module, service, method, mod[`Query${method}Request`] as Codec, mod[`Query${method}Response`] as Codec, summary);
  return { ...cmd, aliases };
}

/** `Account` answers an Any; show the account's fields instead of its bytes. */
function withDecodedAccount(cmd: QueryCommand): QueryCommand {
  return {
    ...cmd,
    response: (bytes) => {
      const r = authQuery.QueryAccountResponse.decode(bytes);
      if (!r.account) return {};
      const a = accountFromAny(r.account);
      return { account: { '@type': r.account.typeUrl, address: a.address, pubkey: a.pubkey?.value ?? null, accountNumber: String(a.accountNumber), sequence: String(a.sequence) } };
    },
  };
}

export function queryCommands(): QueryCommand[] {
  const auth = authQuery as unknown as Record<string, unknown>;
  const bank = bankQuery as unknown as Record<string, unknown>;
  return [
    withDecodedAccount(cosmos('auth', 'cosmos.auth.v1beta1.Query', 'Account', auth, 'an account: number, sequence, public key')),
    cosmos('auth', 'cosmos.auth.v1beta1.Query', 'Params', auth, 'auth params'),
    cosmos('bank', 'cosmos.bank.v1beta1.Query', 'AllBalances', bank, 'every balance of an address', ['balances']),
    cosmos('bank', 'cosmos.bank.v1beta1.Query', 'Balance', bank, 'one balance of an address (--denom)'),
    cosmos('bank', 'cosmos.bank.v1beta1.Query', 'TotalSupply', bank, 'the total supply of every denom', ['total']),
    cosmos('bank', 'cosmos.bank.v1beta1.Query', 'SupplyOf', bank, 'the total supply of one denom'),
    cosmos('bank', 'cosmos.bank.v1beta1.Query', 'DenomsMetadata', bank, 'denom metadata'),
    ...settleQueries('oracle', oracleQuery as unknown as Record<string, unknown>),
    ...settleQueries('margin', marginQuery as unknown as Record<string, unknown>),
    ...settleQueries('options', optionsQuery as unknown as Record<string, unknown>),
    ...settleQueries('liquidation', liquidationQuery as unknown as Record<string, unknown>),
  ].map((c) => (c.module === 'bank' && c.name === 'balance' ? { ...c, flags: c.flags.map((f) => (f.flags.startsWith('--denom') ? { ...f, required: true } : f)) } : c));
}

/** Fails early on a first argument a command cannot take. */
export function checkPrimary(cmd: QueryCommand, arg: string | undefined): void {
  if (arg !== undefined && !cmd.primary) throw new CliError(`settle query ${cmd.module} ${cmd.name} takes no argument (got '${arg}')`);
}
