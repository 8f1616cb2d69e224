/**
 * The daemons of a settle node, built in one place. `settled start` runs `daemons` with a
 * DaemonRunner (in this order; stopped in reverse) and hands the app what it reads from them.
 * To add a daemon: implement `Daemon` in chain/node/daemons/<name>/, construct it here from the
 * app config, append it to the list (and return it by name if the app or another daemon needs it).
 */
import * as path from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../app-config';
import type { HomePaths } from '../home';
import type { Daemon } from './daemon';
import { PriceFeeder } from './feeder/feeder';
import { Liquidator } from './liquidator/liquidator';
import { DepositWatcher } from './bridge/watcher';
import { readCometConfig } from '../cometbft-config';
import { rpcUrlFromLaddr } from '../rpc';
import * as fs from 'node:fs';

export { DaemonRunner, type Daemon, type DaemonHealth, type DaemonStatus } from './daemon';

export interface NodeDaemons {
  /** Every daemon, in start order. */
  daemons: Daemon[];
  /** The price feeder: also the app's PriceFeed (settleModules({ feed })). */
  feeder: PriceFeeder;
  /** The liquidation daemon (idle unless [liquidator] enabled). */
  liquidator: Liquidator;
  /** The bridge watcher: also the bridge module's DepositSource (idle unless [bridge] evm_rpc is set). */
  bridgeWatcher: DepositWatcher;
}

export function nodeDaemons(config: AppConfig, logger: Logger, paths: HomePaths): NodeDaemons {
  const feeder = new PriceFeeder({ config: config.oracle, logger: logger.child({ module: 'feeder' }), faultFile: path.join(paths.home, 'oracle-faults.json'), shockFile: path.join(paths.home, 'price-shock.json') });
  // the liquidator reaches the chain through this node's CometBFT RPC, as an outside liquidator would
  const laddr = fs.existsSync(paths.cometConfig) ? String(readCometConfig(paths.cometConfig).rpc?.laddr ?? '') : '';
  const liquidator = new Liquidator({ config: config.liquidator, logger: logger.child({ module: 'liquidator' }), rpcUrl: laddr ? rpcUrlFromLaddr(laddr) : 'http://127.0.0.1:26657', home: paths.home });
  const bridgeWatcher = new DepositWatcher(config.bridge, logger.child({ module: 'bridge-watcher' }));
  return { daemons: [feeder, liquidator, bridgeWatcher], feeder, liquidator, bridgeWatcher };
}
