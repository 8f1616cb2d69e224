/**
 * `settled init`: a node home with CometBFT's config (settle's settings applied), keys, a genesis
 * carrying settle's app_state, and settled's app.toml. See docs/operators.md.
 */
import { ensureBridgeKey } from './bridge-key';
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Logger } from 'pino';
import { defaultAppConfig, writeAppConfig, type AppConfig } from './app-config';
import { cometbftInit, cometbftNodeId, resolveCometbft, checkCometbftVersion } from './cometbft';
import {
  cometConfigEdits,
  editCometConfig,
  portsFrom,
  readJson,
  settleGenesis,
  writeJson,
  type NodePorts,
} from './cometbft-config';
import { homePaths, isInitialized, type HomePaths } from './home';
import { defaultAppState } from './modules';

export interface InitOptions {
  home: string;
  chainId: string;
  moniker?: string;
  /** P2P port; RPC +1, ABCI +2, CometBFT metrics +4, settle metrics +5. */
  basePort: number;
  /** Host the P2P/RPC listeners bind to; default 127.0.0.1. */
  listenHost?: string;
  cometbftBinary?: string;
  /** Several validators on one machine (duplicate IPs, non-strict address book). */
  localnet?: boolean;
  persistentPeers?: string;
  /** Genesis app_state; default defaultAppState(). */
  appState?: Record<string, unknown>;
  genesisTime?: string;
  corsAnyOrigin?: boolean;
  /** Adjust settled's config before it is written. */
  appConfig?: (c: AppConfig) => void;
  logger?: Logger;
}

export interface InitResult {
  paths: HomePaths;
  nodeId: string;
  ports: NodePorts;
  chainId: string;
  moniker: string;
}

export function initHome(options: InitOptions): InitResult {
  const paths = homePaths(options.home);
  if (isInitialized(paths.home)) {
    throw new Error(`${paths.home} is already initialized (config/app.toml exists); use another --home or remove it`);
  }
  const binary = resolveCometbft(options.cometbftBinary);
  checkCometbftVersion(binary);
  const ports = portsFrom(options.basePort);
  const moniker = options.moniker ?? os.hostname();
  fs.mkdirSync(paths.home, { recursive: true });

  // Keys, node key, a template config.toml and genesis. Existing keys are kept (a re-run after an
  // interrupted init, or a home prepared with the validator's own keys).
  const out = cometbftInit(binary, paths.home);
  options.logger?.debug({ module: 'node', output: out.trim() }, 'cometbft init');

  editCometConfig(
    paths.cometConfig,
    cometConfigEdits({
      moniker,
      ports,
      listenHost: options.listenHost ?? '127.0.0.1',
      persistentPeers: options.persistentPeers,
      localnet: options.localnet,
      corsAnyOrigin: options.corsAnyOrigin,
    }),
  );

  const base = readJson(paths.genesis);
  const genesis = settleGenesis(base, {
    chainId: options.chainId,
    appState: options.appState ?? defaultAppState(),
    genesisTime: options.genesisTime ?? String(base.genesis_time),
  });
  writeJson(paths.genesis, genesis);

  const appConfig = defaultAppConfig(ports.abci, ports.appMetrics);
  options.appConfig?.(appConfig);
  ensureBridgeKey(paths.home);
  writeAppConfig(paths.appConfig, appConfig); // last: its presence marks a finished init
  const nodeId = cometbftNodeId(binary, paths.home);
  options.logger?.info({ module: 'node', home: paths.home, chainId: options.chainId, moniker, nodeId }, 'node home initialized');
  return { paths, nodeId, ports, chainId: options.chainId, moniker };
}
