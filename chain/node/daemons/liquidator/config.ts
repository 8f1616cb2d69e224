/**
 * The liquidation daemon's section of app.toml:
 *
 *   [liquidator]
 *   enabled = false                # `settled devnet` turns it on with the dev account "keeper"
 *   dev_account = ""               # a name in <home>/dev-accounts.json (devnets only), or
 *   mnemonic_file = ""             # a file holding the signer's BIP-39 mnemonic (relative to the home)
 *   subaccount = 0                 # the liquidator's subaccount that takes the positions
 *   deposit = "0"                  # uusdc kept in that subaccount: topped up to this on start (0: none)
 *   poll_interval_ms = 500         # how often the Auctions query is read (a new block is acted on once)
 *   min_profit = "0"               # quote units: a step whose estimated profit is below it is skipped
 *   max_steps_per_tx = 8           # MsgLiquidate messages per tx
 *   gas_price = "0.025usettle"     # the fee the daemon pays per gas unit
 */

export interface LiquidatorConfig {
  enabled: boolean;
  devAccount: string;
  mnemonicFile: string;
  subaccount: number;
  deposit: string;
  pollIntervalMs: number;
  minProfit: string;
  maxStepsPerTx: number;
  gasPrice: string;
}

export function defaultLiquidatorConfig(): LiquidatorConfig {
  return { enabled: false, devAccount: '', mnemonicFile: '', subaccount: 0, deposit: '0', pollIntervalMs: 500, minProfit: '0', maxStepsPerTx: 8, gasPrice: '0.025usettle' };
}

type Table = Record<string, unknown>;

const KEYS = ['enabled', 'dev_account', 'mnemonic_file', 'subaccount', 'deposit', 'poll_interval_ms', 'min_profit', 'max_steps_per_tx', 'gas_price'];

function num(v: unknown, def: number, what: string, min: number): number {
  if (v === undefined) return def;
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) throw new Error(`app.toml: liquidator.${what} must be an integer ≥ ${min}`);
  return n;
}

function text(v: unknown, def: string, what: string, pattern?: RegExp): string {
  if (v === undefined) return def;
  if (typeof v !== 'string' || (pattern && !pattern.test(v))) throw new Error(`app.toml: liquidator.${what} must be ${pattern ? `a string matching ${pattern}` : 'a string'}`);
  return v;
}

export function parseLiquidatorConfig(v: unknown): LiquidatorConfig {
  const d = defaultLiquidatorConfig();
  if (v === undefined) return d;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('app.toml: [liquidator] must be a table');
  const t = v as Table;
  for (const k of Object.keys(t)) if (!KEYS.includes(k)) throw new Error(`app.toml: unknown key [liquidator] ${k} (known: ${KEYS.join(', ')})`);
  const c: LiquidatorConfig = {
    enabled: t.enabled === undefined ? d.enabled : Boolean(t.enabled),
    devAccount: text(t.dev_account, d.devAccount, 'dev_account'),
    mnemonicFile: text(t.mnemonic_file, d.mnemonicFile, 'mnemonic_file'),
    subaccount: num(t.subaccount, d.subaccount, 'subaccount', 0),
    deposit: text(t.deposit, d.deposit, 'deposit', /^(0|[1-9][0-9]*)$/),
    pollIntervalMs: num(t.poll_interval_ms, d.pollIntervalMs, 'poll_interval_ms', 1),
    minProfit: text(t.min_profit, d.minProfit, 'min_profit', /^[0-9]+(\.[0-9]+)?$/),
    maxStepsPerTx: num(t.max_steps_per_tx, d.maxStepsPerTx, 'max_steps_per_tx', 1),
    gasPrice: text(t.gas_price, d.gasPrice, 'gas_price', /^[0-9]+(\.[0-9]+)?[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/),
  };
  if (c.enabled && !c.devAccount && !c.mnemonicFile) throw new Error('app.toml: [liquidator] enabled needs dev_account or mnemonic_file');
  if (c.devAccount && c.mnemonicFile) throw new Error('app.toml: [liquidator] takes dev_account or mnemonic_file, not both');
  return c;
}

/** The [liquidator] section as TOML (written by `settled init`). */
export function renderLiquidatorConfig(c: LiquidatorConfig): string {
  const s = JSON.stringify;
  return `[liquidator]
# The liquidation daemon: reads the liquidation module's Auctions query over this node's RPC, like any
# outside liquidator, and takes positions under auction with MsgLiquidate txs it signs (docs/operators.md).
enabled = ${c.enabled}
# The signer: a name in <home>/dev-accounts.json (devnets only), or a file holding a BIP-39 mnemonic
# (path relative to the home). Exactly one when enabled.
dev_account = ${s(c.devAccount)}
mnemonic_file = ${s(c.mnemonicFile)}
# The signer's subaccount that takes the positions, and the uusdc kept in it (topped up on start; "0": none).
subaccount = ${c.subaccount}
deposit = ${s(c.deposit)}
# How often the Auctions query is read (each new block is acted on once, one tx in flight).
poll_interval_ms = ${c.pollIntervalMs}
# A step whose estimated profit (discount x base x contracts, quote units) is below this is skipped.
min_profit = ${s(c.minProfit)}
# MsgLiquidate messages per tx, and the fee paid per gas unit.
max_steps_per_tx = ${c.maxStepsPerTx}
gas_price = ${s(c.gasPrice)}
`;
}
