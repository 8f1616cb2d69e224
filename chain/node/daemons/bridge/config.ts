/**
 * The bridge watcher's section of app.toml:
 *
 *   [bridge]
 *   evm_rpc = ""                   # the EVM chain's JSON-RPC URL; "" disables the watcher (no deposits reported)
 *   contract = ""                  # the SettleBridge address (must equal the bridge module's bridge_contract)
 *   confirmations = 12             # blocks a Deposited event must be buried under before it is reported
 *   from_block = 0                 # the first EVM block to scan (the contract's deployment block)
 *   poll_interval_ms = 1000        # how often the EVM chain is polled
 *
 * The node signs with <home>/config/bridge_key.json whatever this says (chain/node/bridge-key.ts).
 */

export interface BridgeWatcherConfig {
  evmRpc: string;
  contract: string;
  confirmations: number;
  fromBlock: number;
  pollIntervalMs: number;
}

export function defaultBridgeWatcherConfig(): BridgeWatcherConfig {
  return { evmRpc: '', contract: '', confirmations: 12, fromBlock: 0, pollIntervalMs: 1000 };
}

const KEYS = ['evm_rpc', 'contract', 'confirmations', 'from_block', 'poll_interval_ms'];

function num(v: unknown, def: number, what: string, min: number): number {
  if (v === undefined) return def;
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) throw new Error(`app.toml: bridge.${what} must be an integer ≥ ${min}`);
  return n;
}

function text(v: unknown, def: string, what: string, pattern: RegExp): string {
  if (v === undefined) return def;
  if (typeof v !== 'string' || !pattern.test(v)) throw new Error(`app.toml: bridge.${what} must be a string matching ${pattern}`);
  return v;
}

export function parseBridgeWatcherConfig(v: unknown): BridgeWatcherConfig {
  const d = defaultBridgeWatcherConfig();
  if (v === undefined) return d;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('app.toml: [bridge] must be a table');
  const t = v as Record<string, unknown>;
  for (const k of Object.keys(t)) if (!KEYS.includes(k)) throw new Error(`app.toml: unknown key [bridge] ${k} (known: ${KEYS.join(', ')})`);
  const c: BridgeWatcherConfig = {
    evmRpc: text(t.evm_rpc, d.evmRpc, 'evm_rpc', /^(|https?:\/\/\S+)$/),
    contract: text(t.contract, d.contract, 'contract', /^(|0x[0-9a-fA-F]{40})$/).toLowerCase(),
    confirmations: num(t.confirmations, d.confirmations, 'confirmations', 0),
    fromBlock: num(t.from_block, d.fromBlock, 'from_block', 0),
    pollIntervalMs: num(t.poll_interval_ms, d.pollIntervalMs, 'poll_interval_ms', 10),
  };
  if (c.evmRpc && !c.contract) throw new Error('app.toml: [bridge] evm_rpc needs contract');
  return c;
}

export function renderBridgeWatcherConfig(c: BridgeWatcherConfig): string {
  const s = JSON.stringify;
  return `[bridge]
# The bridge watcher: reads the SettleBridge contract's Deposited events at finality and reports them in
# this validator's vote extensions (modules/bridge/README.md). "" disables it. The node signs anchors
# with config/bridge_key.json either way.
evm_rpc = ${s(c.evmRpc)}
contract = ${s(c.contract)}
# Blocks a Deposited event must be buried under before it is reported.
confirmations = ${c.confirmations}
# The first EVM block to scan (the contract's deployment block).
from_block = ${c.fromBlock}
poll_interval_ms = ${c.pollIntervalMs}
`;
}
