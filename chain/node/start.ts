/**
 * `settled start`: the settle application behind an ABCI socket server, with CometBFT as a supervised
 * child (unless `--abci-only`), the node's daemons (chain/node/daemons: the price feeder), a Prometheus
 * endpoint, the LCD (REST) and gRPC gateways (chain/node/gateway), and an orderly shutdown on
 * SIGINT/SIGTERM: the gateways first (no new queries), CometBFT next (so no request arrives
 * half-way), then the daemons (in reverse start order), the ABCI server, the metrics server, and last
 * the application database.
 */
import type * as http from 'node:http';
import type { Logger } from 'pino';
import { AbciServer, parseAbciAddress, type AbciApplication } from '../abci';
import { SettleApp } from '../app';
import { parseMinGasPrice, readAppConfig, type AppConfig, type LogFormat, type LogLevel } from './app-config';
import { checkCometbftVersion, cometbftBuildStamp, resolveCometbft } from './cometbft';
import { secp256k1Backend } from '../tx';
import { mempoolLimitsOf, readCometConfig } from './cometbft-config';
import { homePaths, isInitialized, livePid, readPid, removeFile, writePid, type HomePaths, SETTLED_CMDLINE } from './home';
import { createLogger } from './logger';
import { NodeMetrics, closeServer, instrumentApp, serveMetrics } from './metrics';
import { settleModules } from './modules';
import { crashPointFromEnv, withCrashPoint } from './fault';
import { CometbftSupervisor } from './supervisor';
import { DaemonRunner, nodeDaemons } from './daemons';
import * as fs from 'node:fs';
import { AbciTrace, traceFileFromEnv } from './trace';
import { GatewayBackend, serveGrpc, serveLcd, type GrpcGateway, type LcdServer } from './gateway';
import { rpcUrlFromLaddr } from './rpc';
import { readJson } from './cometbft-config';
import { bridgeKeyPath, bridgeSignerOf } from './bridge-key';

export interface StartOptions {
  home: string;
  /** Run only the ABCI server; CometBFT is started separately (e.g. another container). */
  abciOnly?: boolean;
  logLevel?: LogLevel;
  logFormat?: LogFormat;
  cometbftBinary?: string;
  /** Use this logger instead of creating one from app.toml. */
  logger?: Logger;
  /** Install SIGINT/SIGTERM handlers that shut the node down (default true). */
  handleSignals?: boolean;
  /** The LCD's listen address instead of app.toml's [lcd] address; '' disables it. */
  lcdAddress?: string;
  /** The gRPC server's listen address instead of app.toml's [grpc] address; '' disables it. */
  grpcAddress?: string;
}

export class SettleNode {
  private shuttingDown: Promise<number> | null = null;
  private resolveDone!: (code: number) => void;
  /** Resolves with the process exit code once the node has shut down. */
  readonly done: Promise<number>;
  private app: SettleApp | null = null;
  private server: AbciServer | null = null;
  private metricsServer: http.Server | null = null;
  private supervisor: CometbftSupervisor | null = null;
  private trace: AbciTrace | null = null;
  private daemons: DaemonRunner | null = null;
  private lcd: LcdServer | null = null;
  private grpc: GrpcGateway | null = null;
  private signalHandlers: Array<[NodeJS.Signals, () => void]> = [];
  abciAddress = '';
  metricsUrl = '';
  lcdUrl = '';
  grpcAddress = '';

  private constructor(
    readonly paths: HomePaths,
    readonly config: AppConfig,
    readonly logger: Logger,
    private readonly log: Logger,
  ) {
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  static async start(options: StartOptions): Promise<SettleNode> {
    const paths = homePaths(options.home);
    if (!isInitialized(paths.home)) {
      throw new Error(`${paths.home} is not a settle node home (no config/app.toml); run "settled init --home ${options.home}" first`);
    }
    const config = readAppConfig(paths.appConfig);
    if (options.logLevel) config.log.level = options.logLevel;
    if (options.logFormat) config.log.format = options.logFormat;
    if (options.lcdAddress !== undefined) config.lcd.address = options.lcdAddress;
    if (options.grpcAddress !== undefined) config.grpc.address = options.grpcAddress;
    const logger = options.logger ?? createLogger(config.log);
    const node = new SettleNode(paths, config, logger, logger.child({ module: 'node' }));
    try {
      await node.boot(options);
    } catch (err) {
      node.log.error({ err }, 'start-up failed');
      await node.teardown();
      throw err;
    }
    if (options.handleSignals ?? true) node.installSignalHandlers();
    return node;
  }

  private async boot(options: StartOptions): Promise<void> {
    const { paths, config, logger } = this;
    const other = livePid(paths.settledPid, SETTLED_CMDLINE);
    if (other !== undefined) throw new Error(`settled is already running for ${paths.home} (pid ${other}); stop it first`);
    writePid(paths.settledPid, process.pid);

    const secp = secp256k1Backend();
    if (secp.backend === 'libsecp256k1') this.log.info({ library: secp.backend }, 'verifying signatures with libsecp256k1');
    else this.log.warn({ library: secp.backend, reason: secp.reason }, 'libsecp256k1 unavailable: verifying signatures with OpenSSL (same verdicts, ~5x the CPU per signature)');

    let binary: string | undefined;
    if (!options.abciOnly) {
      binary = resolveCometbft(options.cometbftBinary ?? (config.cometbft.binary || undefined));
      const version = checkCometbftVersion(binary);
      this.log.info({ binary, version, build: cometbftBuildStamp(binary) ?? 'unknown' }, 'using CometBFT');
      const proxyApp = String(readCometConfig(paths.cometConfig).proxy_app ?? '');
      if (!sameAbciEndpoint(proxyApp, config.abciAddress)) {
        this.log.warn({ proxyApp, abciAddress: config.abciAddress }, "config.toml's proxy_app does not match app.toml's abci_address; CometBFT may not reach the app");
      }
      await CometbftSupervisor.reapLeftover(paths.cometbftPid, paths.home, this.log, config.cometbft.stopTimeoutMs);
    }

    // Daemons start before the app opens, so the feeder has a snapshot by the first ExtendVote; a failed start stops start-up.
    const { daemons, feeder, bridgeWatcher } = nodeDaemons(config, logger, paths);
    const bridgeSigner = bridgeSignerOf(paths.home);
    if (!bridgeSigner) logger.warn({ file: bridgeKeyPath(paths.home) }, 'no bridge key: this validator signs no bridge anchors');
    this.daemons = new DaemonRunner(daemons, logger.child({ module: 'daemons' }));
    await this.daemons.start();
    // CheckTx mirrors CometBFT's mempool limits, so it refuses a tx CometBFT would drop after accepting it.
    const mempool = fs.existsSync(paths.cometConfig) ? mempoolLimitsOf(readCometConfig(paths.cometConfig)) : { reason: 'no config.toml in the home' };
    if (mempool.limits) this.log.info(mempool.limits, 'CheckTx refuses txs beyond the mempool limits');
    else this.log.warn({ reason: mempool.reason }, 'CheckTx does not mirror the mempool limits; CometBFT may drop accepted txs when its mempool is full');
    this.app = await SettleApp.open({
      mempool: mempool.limits,
      indexEvents: config.indexEvents,
      // modules, chain params store, and whatever else the composition root provides (tx pipeline, vote extensions)
      ...settleModules({ minGasPrice: parseMinGasPrice(config.minimumGasPrices), feed: feeder, bridge: { signer: bridgeSigner, deposits: config.bridge.evmRpc ? bridgeWatcher : undefined } }),
      dbPath: paths.appDb,
      logger: logger.child({ module: 'app' }),
      keepRecent: config.pruning.keepRecent,
      cacheNodes: config.store.cacheNodes || undefined,
    });

    const metrics = new NodeMetrics();
    const runner = this.daemons;
    metrics.watchDaemons(() => runner.health());
    let app: AbciApplication = this.app;
    const crash = crashPointFromEnv();
    if (crash) {
      app = withCrashPoint(app, crash);
      this.log.warn({ crash }, 'crash injection armed (SETTLE_CRASH_AT): this process will SIGKILL itself');
    }
    app = instrumentApp(app, metrics, logger.child({ module: 'app' }));
    const traceFile = traceFileFromEnv(paths.home);
    if (traceFile) {
      this.trace = new AbciTrace(traceFile);
      app = this.trace.wrap(app);
      this.log.info({ file: traceFile }, 'recording ABCI calls');
    }
    this.server = new AbciServer(app, { logger: logger.child({ module: 'abci' }), onRequest: this.trace?.onRequest });
    this.abciAddress = await this.server.listen(config.abciAddress);

    if (config.metrics.address) {
      const { server, url } = await serveMetrics(metrics.registry, config.metrics.address, this.log);
      this.metricsServer = server;
      this.metricsUrl = url;
    }

    await this.startGateways();

    if (binary) {
      this.supervisor = new CometbftSupervisor({
        binary,
        home: paths.home,
        logger,
        pidFile: paths.cometbftPid,
        stopTimeoutMs: config.cometbft.stopTimeoutMs,
        onUnexpectedExit: (info) => {
          void this.shutdown(1, `CometBFT exited unexpectedly (code ${info.code}, signal ${info.signal})`);
        },
      });
      this.supervisor.start();
    } else {
      this.log.info({ abciAddress: this.abciAddress }, 'ABCI-only mode: start CometBFT separately with proxy_app pointing here');
    }
    this.log.info(
      { home: paths.home, abciAddress: this.abciAddress, metrics: this.metricsUrl || 'off', lcd: this.lcdUrl || 'off', grpc: this.grpcAddress || 'off', pid: process.pid },
      'settled started',
    );
  }

  /** The LCD and gRPC gateways (each when its address is set), answering from the app and CometBFT's RPC. */
  private async startGateways(): Promise<void> {
    const { config, paths, logger } = this;
    if (!config.lcd.address && !config.grpc.address) return;
    if (!this.app) throw new Error('the gateways need the application');
    const rpcUrl = rpcUrlFromLaddr(String(readCometConfig(paths.cometConfig).rpc?.laddr ?? ''));
    const validatorNames = new Map<string, string>();
    if (fs.existsSync(paths.genesis)) {
      for (const v of (readJson(paths.genesis).validators ?? []) as Array<{ address?: string; name?: string }>) {
        if (v.address) validatorNames.set(v.address.toUpperCase(), v.name ?? '');
      }
    }
    const nodeConfig = { minimumGasPrices: config.minimumGasPrices, pruningKeepRecent: config.pruning.keepRecent };
    const backend = new GatewayBackend({ app: this.app, rpcUrl, validatorNames, nodeConfig });
    if (config.lcd.address) {
      this.lcd = await serveLcd(backend, config.lcd.address, logger.child({ module: 'lcd' }), { corsAnyOrigin: config.lcd.corsAnyOrigin });
      this.lcdUrl = this.lcd.url;
    }
    if (config.grpc.address) {
      this.grpc = await serveGrpc(backend, config.grpc.address, logger.child({ module: 'grpc' }));
      this.grpcAddress = this.grpc.address;
    }
  }

  get cometbftPid(): number | undefined {
    return this.supervisor?.pid;
  }

  private installSignalHandlers(): void {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      const handler = (): void => {
        if (this.shuttingDown) {
          this.log.warn({ signal: sig }, 'second signal during shutdown; exiting now');
          process.exit(130);
        }
        void this.shutdown(0, `received ${sig}`);
      };
      process.on(sig, handler);
      this.signalHandlers.push([sig, handler]);
    }
  }

  /** Stops everything in order; idempotent. Resolves with the exit code (also delivered by `done`). */
  shutdown(code: number, reason: string): Promise<number> {
    if (this.shuttingDown) return this.shuttingDown;
    this.shuttingDown = (async () => {
      (code === 0 ? this.log.info.bind(this.log) : this.log.error.bind(this.log))({ reason }, 'shutting down');
      let exitCode = code;
      try {
        await this.teardown();
      } catch (err) {
        this.log.error({ err }, 'error during shutdown');
        exitCode = exitCode || 1;
      }
      for (const [sig, handler] of this.signalHandlers) process.off(sig, handler);
      this.log.info({ code: exitCode }, 'settled stopped');
      this.resolveDone(exitCode);
      return exitCode;
    })();
    return this.shuttingDown;
  }

  private async teardown(): Promise<void> {
    if (this.grpc) await this.grpc.close();
    if (this.lcd) await this.lcd.close();
    this.grpc = null;
    this.lcd = null;
    if (this.supervisor) await this.supervisor.stop();
    if (this.daemons) await this.daemons.stop();
    if (this.server) await this.server.close();
    if (this.metricsServer) await closeServer(this.metricsServer);
    if (this.app) {
      await this.app.close();
      this.log.info('application database closed');
    }
    this.trace?.close();
    if (readPid(this.paths.settledPid) === process.pid) removeFile(this.paths.settledPid);
    this.app = null;
    this.server = null;
    this.metricsServer = null;
    this.supervisor = null;
    this.trace = null;
    this.daemons = null;
  }
}

/** proxy_app and abci_address name the same endpoint (0.0.0.0 / :: listen on every interface). */
function sameAbciEndpoint(proxyApp: string, listen: string): boolean {
  try {
    const a = parseAbciAddress(proxyApp);
    const b = parseAbciAddress(listen);
    if (a.kind === 'unix' || b.kind === 'unix') return a.kind === b.kind && a.kind === 'unix' && b.kind === 'unix' && a.path === b.path;
    if (a.port !== b.port) return false;
    const any = (h: string): boolean => h === '0.0.0.0' || h === '::' || h === '';
    return any(b.host) || a.host === b.host || (isLoopback(a.host) && isLoopback(b.host));
  } catch {
    return false;
  }
}

function isLoopback(h: string): boolean {
  return h === 'localhost' || h === '::1' || h.startsWith('127.');
}

/** `settled start` as a command: runs until a signal or a CometBFT failure; resolves with the exit code. */
export async function startCommand(options: StartOptions): Promise<number> {
  const node = await SettleNode.start(options);
  return node.done;
}
