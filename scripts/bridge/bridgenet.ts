// `npm run bridgenet`: anvil (with TestUSDC and a SettleBridge whose genesis valset is the settle
// chain's valset 0), a 4-validator settle localnet (every validator's config/bridge_key.json registered
// in genesis, its bridge watcher reading anvil), and the relayer; prints the addresses and runs until
// Ctrl-C. startBridgenet is also what the end-to-end test drives.
//   npm run bridgenet [-- --validators 4 --anchor-interval 5 --challenge-delay 60 --home .settle/bridgenet]
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getAddress, type Address } from 'viem';
import { createLocalnet } from '../../chain/node/localnet';
import { readJson, writeJson } from '../../chain/node/cometbft-config';
import { homePaths } from '../../chain/node/home';
import { readAppConfig, writeAppConfig } from '../../chain/node/app-config';
import { fundDevAccounts } from '../../chain/node/dev-accounts';
import { formatEvmAddress, normalisedValset, parseEvmAddress } from '../../modules/bridge/encoding';
import { Params } from '../../proto/gen/settle/bridge/v1/types';
import { deployBridge, keyOf, type Deployment } from './harness';
import { runRelayer } from './relay';

export const BRIDGENET_CHAIN_ID = 'settle-bridgenet-1';

export interface BridgenetOptions {
  root: string;
  validators?: number;
  basePort?: number;
  anchorInterval?: bigint;
  challengeDelay?: bigint;
  /** Settle accounts funded in genesis (e.g. usettle for fees). */
  funded?: { address: string; coins: { denom: string; amount: string }[] }[];
  /** EVM blocks a deposit must be buried under before validators report it. */
  confirmations?: number;
  /** anvil --block-time (seconds); 0 = mine on each tx. */
  blockTime?: number;
  relayerIntervalMs?: number;
  log?: (line: string) => void;
}

export interface BridgenetNode {
  name: string;
  home: string;
  rpc: string;
  proc: ChildProcess;
}

export interface Bridgenet {
  chainId: string;
  nodes: BridgenetNode[];
  evm: Deployment;
  relayerAddress: Address;
  /** Stops the relayer loop and waits for its round in flight. */
  stopRelayer(): Promise<void>;
  startRelayer(): void;
  stop(): Promise<void>;
}

const repo = path.resolve(__dirname, '../..');

async function height(rpc: string): Promise<number> {
  const res = await fetch(`${rpc}/status`, { signal: AbortSignal.timeout(2000) });
  const body = (await res.json()) as { result: { sync_info: { latest_block_height: string } } };
  return Number(body.result.sync_info.latest_block_height);
}

export async function waitForHeight(rpcs: string[], h: number, timeoutMs: number, what = ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hs = await Promise.all(rpcs.map((r) => height(r).catch(() => 0)));
    if (hs.every((x) => x >= h)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for height ${h} (heights ${hs.join(',')}) ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startBridgenet(o: BridgenetOptions): Promise<Bridgenet> {
  const log = o.log ?? (() => undefined);
  const main = path.join(repo, 'dist/chain/node/main.js');
  const cometbft = path.join(repo, 'tools/bin/cometbft');
  if (!fs.existsSync(main)) throw new Error(`${main} not found: run "npm run build"`);
  fs.rmSync(o.root, { recursive: true, force: true });
  const manifest = createLocalnet(o.root, o.validators ?? 4, o.basePort ?? 27_356, BRIDGENET_CHAIN_ID, cometbft);
  const genesis = readJson(homePaths(manifest.nodes[0].home).genesis);
  const keys = genesis.app_state.bridge.keys as { validatorAddress: string; evmAddress: string }[];
  const powers = new Map<string, bigint>((genesis.validators as { address: string; power: string }[]).map((v) => [v.address.toLowerCase(), BigInt(v.power)]));
  const set = normalisedValset(keys.map((k) => ({ evmAddress: parseEvmAddress(k.evmAddress), stake: powers.get(k.validatorAddress)! })));
  const valset = { nonce: 0n, validators: set.validators.map((v) => getAddress(formatEvmAddress(v))), powers: set.powers };
  const challengeDelay = o.challengeDelay ?? 60n;
  const evm = await deployBridge({ valset, settleChainId: BRIDGENET_CHAIN_ID, challengeDelay, anvilArgs: o.blockTime ? ['--block-time', String(o.blockTime)] : [] });
  log(`anvil ${evm.anvil.url}: SettleBridge ${evm.bridge}, TestUSDC ${evm.usdc}`);

  let appState = genesis.app_state as Record<string, any>;
  const params = Params.fromJSON(appState.bridge.params);
  appState.bridge.params = Params.toJSON({
    ...params,
    anchorInterval: o.anchorInterval ?? 5n,
    evmChainId: evm.domain.evmChainId,
    bridgeContract: evm.bridge.toLowerCase(),
    token: evm.usdc.toLowerCase(),
    challengeDelaySeconds: challengeDelay,
  });
  // bridged USDC is margin collateral valued like USDC (no oracle market), with a small haircut
  appState.margin.assets = [...(appState.margin.assets ?? []), { denom: params.denom, haircut: '0.02', oracleMarket: '', decimals: 6, depositCap: '0', enabled: true }];
  if (o.funded?.length) appState = fundDevAccounts(appState, o.funded.map((f, i) => ({ name: `funded${i}`, address: f.address, mnemonic: '', hdPath: '', coins: f.coins }))).appState as Record<string, any>;
  const nodes: BridgenetNode[] = [];
  for (const m of manifest.nodes) {
    const p = homePaths(m.home);
    writeJson(p.genesis, { ...readJson(p.genesis), app_state: appState });
    const c = readAppConfig(p.appConfig);
    c.bridge = { evmRpc: evm.anvil.url, contract: evm.bridge.toLowerCase(), confirmations: o.confirmations ?? 0, fromBlock: 0, pollIntervalMs: 300 };
    writeAppConfig(p.appConfig, c);
    const fd = fs.openSync(path.join(m.home, 'settled.log'), 'a');
    const proc = spawn(process.execPath, [main, 'start', '--home', m.home, '--cometbft', cometbft], { stdio: ['ignore', fd, fd], env: { ...process.env, SETTLE_ABCI_TRACE: '', SETTLE_CRASH_AT: '' } });
    fs.closeSync(fd);
    nodes.push({ name: m.name, home: m.home, rpc: `http://127.0.0.1:${m.ports.rpc}`, proc });
  }
  const relayer = keyOf('relayer', 0);
  await evm.test.setBalance({ address: relayer.address, value: 10n ** 21n });
  let abort: AbortController | undefined;
  let loop: Promise<void> = Promise.resolve();
  const startRelayer = () => {
    if (abort) return;
    abort = new AbortController();
    loop = runRelayer({ rpc: nodes[0].rpc, evmRpc: evm.anvil.url, contract: evm.bridge, account: relayer, intervalMs: o.relayerIntervalMs ?? 500, signal: abort.signal, log });
  };
  const stopRelayer = async () => {
    abort?.abort();
    abort = undefined;
    // a round in flight against an EVM node that is already gone (Ctrl-C signals the whole group) must not hold the shutdown
    await Promise.race([loop, new Promise((r) => setTimeout(r, 5_000).unref())]);
  };
  const stop = async () => {
    await stopRelayer();
    await Promise.all(
      nodes.map(
        (n) =>
          new Promise<void>((resolve) => {
            if (n.proc.exitCode !== null || n.proc.signalCode !== null) return resolve();
            const t = setTimeout(() => n.proc.kill('SIGKILL'), 20_000);
            n.proc.once('exit', () => {
              clearTimeout(t);
              resolve();
            });
            n.proc.kill('SIGTERM');
          }),
      ),
    );
    await evm.stop();
  };
  try {
    await waitForHeight(nodes.map((n) => n.rpc), 2, 120_000, `(logs in ${o.root}/node*/settled.log)`);
  } catch (err) {
    await stop();
    throw err;
  }
  startRelayer();
  return { chainId: BRIDGENET_CHAIN_ID, nodes, evm, relayerAddress: relayer.address, stopRelayer, startRelayer, stop };
}

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

if (require.main === module) {
  const out = (l: string) => process.stdout.write(`${l}\n`);
  startBridgenet({
    root: path.resolve(arg('home', '.settle/bridgenet')),
    validators: Number(arg('validators', '4')),
    anchorInterval: BigInt(arg('anchor-interval', '5')),
    challengeDelay: BigInt(arg('challenge-delay', '60')),
    blockTime: 1,
    confirmations: 1,
    log: out,
  })
    .then((net) => {
      out(`bridgenet ${net.chainId}: ${net.nodes.length} validators, relayer ${net.relayerAddress}`);
      out(`  EVM RPC        ${net.evm.anvil.url} (chain id ${net.evm.domain.evmChainId})`);
      out(`  SettleBridge   ${net.evm.bridge}`);
      out(`  TestUSDC       ${net.evm.usdc} (public mint)`);
      out(`  guardian       ${net.evm.guardian.address}`);
      for (const n of net.nodes) out(`  ${n.name.padEnd(14)} ${n.rpc}  ${n.home}/settled.log`);
      out('Ctrl-C stops everything.');
      const shutdown = () => void net.stop().then(() => process.exit(0));
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    })
    .catch((err) => {
      process.stderr.write(`bridgenet failed: ${(err as Error).stack}\n`);
      process.exit(1);
    });
}
