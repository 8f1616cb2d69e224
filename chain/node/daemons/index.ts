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

export { DaemonRunner, type Daemon, type DaemonHealth, type DaemonStatus } from './daemon';

export interface NodeDaemons {
  /** Every daemon, in start order. */
  daemons: Daemon[];
  /** The price feeder: also the app's PriceFeed (settleModules({ feed })). */
  feeder: PriceFeeder;
}

export function nodeDaemons(config: AppConfig, logger: Logger, paths: HomePaths): NodeDaemons {
  const feeder = new PriceFeeder({ config: config.oracle, logger: logger.child({ module: 'feeder' }), faultFile: path.join(paths.home, 'oracle-faults.json') });
  return { daemons: [feeder], feeder };
}
