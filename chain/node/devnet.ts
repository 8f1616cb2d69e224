/**
 * `settled devnet`: a one-command, single-validator development chain.
 *
 * First run: creates the home (default ./.settle/devnet) with chain id settle-devnet-1, the
 * well-known development accounts (printed once, with their mnemonics, and written to
 * <home>/dev-accounts.json), then starts the node and prints the RPC endpoint, chain id and accounts
 * once blocks are being produced. Later runs continue the same chain from where it stopped;
 * `--reset` deletes the home and starts a new chain.
 *
 * The home is prepared in a temporary folder beside it and renamed into place when complete, so an
 * interrupted first run never leaves a half-initialized home behind.
 */
import { devnetListings } from '../../modules/options/params';
import { ListingSchedule } from '../../proto/gen/settle/options/v1/types';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LogFormat, LogLevel } from './app-config';
import { readCometConfig, DEFAULT_BASE_PORT } from './cometbft-config';
import { devAccounts, fundDevAccounts, type DevAccount } from './dev-accounts';
import { homePaths, isInitialized, livePid, SETTLED_CMDLINE } from './home';
import { initHome } from './init';
import { defaultAppState } from './modules';
import { rpcUrlFromLaddr, waitForHeight } from './rpc';
import { SettleNode } from './start';

export const DEVNET_CHAIN_ID = 'settle-devnet-1';
export const DEVNET_HOME = path.join('.settle', 'devnet');
export const DEVNET_MONIKER = 'settle-devnet';
/** uusdc the devnet's liquidator keeps in its subaccount (500,000 USDC of keeper's 1,000,000). */
export const DEVNET_LIQUIDATOR_DEPOSIT = '500000000000';

export interface DevnetOptions {
  home?: string;
  reset?: boolean;
  basePort?: number;
  chainId?: string;
  moniker?: string;
  logLevel?: LogLevel;
  logFormat?: LogFormat;
  cometbftBinary?: string;
  /** How long to wait for the first block before giving up (ms). */
  readyTimeoutMs?: number;
  /** LCD / gRPC listen addresses for this run instead of app.toml's; '' turns one off. */
  lcdAddress?: string;
  grpcAddress?: string;
}

/** The devnet's LCD and gRPC: the SDK's well-known 1317 and 9090 at the default base port, else base+6 and base+7. */
export function devnetGatewayAddresses(basePort: number): { lcd: string; grpc: string } {
  if (basePort === DEFAULT_BASE_PORT) return { lcd: '127.0.0.1:1317', grpc: '127.0.0.1:9090' };
  return { lcd: `127.0.0.1:${basePort + 6}`, grpc: `127.0.0.1:${basePort + 7}` };
}

interface DevAccountsFile {
  chainId: string;
  warning: string;
  fundedInGenesis: boolean;
  accounts: DevAccount[];
}

function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Creates a devnet home (atomically) and returns its dev accounts. */
export async function createDevnetHome(options: DevnetOptions & { home: string }): Promise<DevAccountsFile> {
  const home = path.resolve(options.home);
  if (fs.existsSync(home) && fs.readdirSync(home).length > 0) {
    throw new Error(`${home} exists but is not a complete devnet home; run again with --reset to start over`);
  }
  const chainId = options.chainId ?? DEVNET_CHAIN_ID;
  const accounts = await devAccounts();
  const { appState, funded } = fundDevAccounts(defaultAppState(), accounts);
  // the devnet lists BTC and ETH options by schedule at the (simulated) oracle's expiries
  (appState.options as { params: { listings: unknown[] } }).params.listings = devnetListings().map((l) => ListingSchedule.toJSON(l));
  const tmp = `${home}.init-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(home), { recursive: true });
  try {
    initHome({
      home: tmp,
      chainId,
      moniker: options.moniker ?? DEVNET_MONIKER,
      basePort: options.basePort ?? DEFAULT_BASE_PORT,
      appState,
      corsAnyOrigin: true,
      cometbftBinary: options.cometbftBinary,
      // the liquidation daemon runs on a devnet by default, signing as the dev account "keeper"; the LCD and gRPC gateways are on
      appConfig: (c) => {
        c.liquidator = { ...c.liquidator, enabled: true, devAccount: 'keeper', subaccount: 0, deposit: DEVNET_LIQUIDATOR_DEPOSIT };
        const gw = devnetGatewayAddresses(options.basePort ?? DEFAULT_BASE_PORT);
        c.lcd.address = gw.lcd;
        c.lcd.corsAnyOrigin = true;
        c.grpc.address = gw.grpc;
      },
    });
    const file: DevAccountsFile = {
      chainId,
      warning: 'Well-known development keys: public, for local development only. Never use them on a network with real value.',
      fundedInGenesis: funded,
      accounts,
    };
    fs.writeFileSync(path.join(tmp, 'dev-accounts.json'), `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    if (fs.existsSync(home)) fs.rmdirSync(home); // empty (checked above)
    fs.renameSync(tmp, home);
    return file;
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function printAccounts(file: DevAccountsFile, withMnemonics: boolean, home: string): void {
  out(withMnemonics ? 'Development accounts (well-known keys, for local development only):' : 'Development accounts:');
  for (const a of file.accounts) {
    const coins = a.coins.map((c) => `${c.amount}${c.denom}`).join(', ');
    out(`  ${a.name.padEnd(6)} ${a.address}${file.fundedInGenesis ? `  ${coins}` : ''}`);
    if (withMnemonics) out(`         mnemonic: ${a.mnemonic}`);
  }
  if (!file.fundedInGenesis) {
    out('  (not funded: this chain was created without a bank section in genesis; see docs/operators.md)');
  }
  out(`  keys and mnemonics: ${path.join(home, 'dev-accounts.json')}`);
}

export async function devnetCommand(options: DevnetOptions): Promise<number> {
  const home = path.resolve(options.home ?? DEVNET_HOME);
  const paths = homePaths(home);
  if (options.reset && fs.existsSync(home)) {
    const running = livePid(paths.settledPid, SETTLED_CMDLINE);
    if (running !== undefined) throw new Error(`a node is running from ${home} (pid ${running}); stop it before --reset`);
    fs.rmSync(home, { recursive: true, force: true });
    out(`Removed ${home}; starting a new chain.`);
  }

  let accounts: DevAccountsFile | undefined;
  let created = false;
  if (!isInitialized(home)) {
    accounts = await createDevnetHome({ ...options, home });
    created = true;
    out(`Created a new devnet in ${home} (chain id ${accounts.chainId}).`);
    printAccounts(accounts, true, home);
    out('(The mnemonics are printed only now; they stay in dev-accounts.json.)');
    out();
  } else {
    if (options.basePort !== undefined) {
      out(`Note: ${home} already exists; its ports come from its config (--base-port applies to a new devnet, see --reset).`);
    }
    // A home made by `settled init` has no dev accounts; run it all the same.
    if (fs.existsSync(paths.devAccounts)) accounts = JSON.parse(fs.readFileSync(paths.devAccounts, 'utf8')) as DevAccountsFile;
  }

  const logFormat = options.logFormat ?? (process.stdout.isTTY ? 'plain' : 'json');
  const node = await SettleNode.start({
    home,
    logLevel: options.logLevel,
    logFormat,
    cometbftBinary: options.cometbftBinary,
    lcdAddress: options.lcdAddress,
    grpcAddress: options.grpcAddress,
  });
  const comet = readCometConfig(paths.cometConfig);
  const rpcUrl = rpcUrlFromLaddr(String(comet.rpc?.laddr ?? ''));
  let stopped = false;
  void node.done.then(() => (stopped = true));
  try {
    const st = await waitForHeight(rpcUrl, 1, options.readyTimeoutMs ?? 60_000, () => (stopped ? 'the node stopped' : undefined));
    out();
    out(`settle devnet is producing blocks${created ? '' : ' (continuing the existing chain)'}:`);
    out(`  chain id     ${st.chainId}`);
    out(`  RPC          ${rpcUrl}`);
    out(`  height       ${st.height}`);
    out(`  CometBFT     ${st.version}, moniker ${st.moniker}`);
    out(`  ABCI         ${node.abciAddress}`);
    out(`  metrics      ${node.metricsUrl || 'off'}`);
    out(`  LCD (REST)   ${node.lcdUrl || 'off'}`);
    out(`  gRPC         ${node.grpcAddress || 'off'}`);
    out(`  home         ${home}`);
    if (accounts) printAccounts(accounts, false, home);
    out('Stop with Ctrl-C; run again to continue this chain, or with --reset to start over.');
    out();
    node.logger.info({ module: 'node', chainId: st.chainId, rpc: rpcUrl, lcd: node.lcdUrl, grpc: node.grpcAddress, height: st.height, home }, 'devnet ready');
  } catch (err) {
    node.logger.error({ module: 'node', err: (err as Error).message }, 'devnet did not start producing blocks');
    return node.shutdown(1, 'devnet did not become ready');
  }
  return node.done;
}
