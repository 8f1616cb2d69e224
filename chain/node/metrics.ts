/**
 * settle's Prometheus metrics. The timing lives here, in a wrapper around the AbciApplication, so
 * that chain/app (the state machine) never reads a wall clock.
 *
 * | metric | type | what |
 * | --- | --- | --- |
 * | settle_block_height | gauge | last committed height |
 * | settle_finalize_block_duration_seconds | histogram | FinalizeBlock wall time |
 * | settle_commit_duration_seconds | histogram | Commit wall time (hashing + LevelDB batch + fsync) |
 * | settle_block_txs | gauge | txs in the last finalized block |
 * | settle_txs_total{result} | counter | txs finalized, result = success / failed (non-zero code) |
 * | settle_check_tx_total{type,result} | counter | CheckTx calls, type = new / recheck |
 * | settle_daemon_healthy{daemon} | gauge | 1 when the daemon (chain/node/daemons) reports ok, else 0 |
 * | process_*, nodejs_* | | prom-client's default process metrics (memory, CPU, event loop lag, GC) |
 */
import { isInjectedTx } from '../app';
import * as http from 'node:http';
import type { Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CheckTxType } from 'cosmjs-types/tendermint/abci/types';
import { bindAbciApplication, type AbciApplication } from '../abci';
import type { DaemonStatus } from './daemons/daemon';

const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class NodeMetrics {
  readonly registry = new Registry();
  readonly blockHeight: Gauge;
  readonly finalizeDuration: Histogram;
  readonly commitDuration: Histogram;
  readonly blockTxs: Gauge;
  readonly txs: Counter<'result'>;
  readonly checkTxs: Counter<'type' | 'result'>;
  readonly daemonHealthy: Gauge<'daemon'>;
  private daemonHealth: (() => DaemonStatus[]) | null = null;

  constructor(defaultMetrics = true) {
    const registers = [this.registry];
    this.blockHeight = new Gauge({ name: 'settle_block_height', help: 'Last committed block height', registers });
    this.finalizeDuration = new Histogram({
      name: 'settle_finalize_block_duration_seconds',
      help: 'Time spent in FinalizeBlock',
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.commitDuration = new Histogram({
      name: 'settle_commit_duration_seconds',
      help: 'Time spent in Commit (hashing, database write, fsync)',
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.blockTxs = new Gauge({ name: 'settle_block_txs', help: 'Transactions in the last finalized block', registers });
    this.txs = new Counter({
      name: 'settle_txs_total',
      help: 'Transactions finalized, by result (success: code 0; failed: any other code)',
      labelNames: ['result'],
      registers,
    });
    this.checkTxs = new Counter({
      name: 'settle_check_tx_total',
      help: 'CheckTx calls by type (new, recheck) and result (accepted, rejected)',
      labelNames: ['type', 'result'],
      registers,
    });
    const metrics = this;
    this.daemonHealthy = new Gauge({
      name: 'settle_daemon_healthy',
      help: 'Whether each node daemon (price feeder, ...) reports itself healthy: 1 yes, 0 no',
      labelNames: ['daemon'],
      registers,
      collect() {
        if (!metrics.daemonHealth) return;
        this.reset();
        for (const d of metrics.daemonHealth()) this.set({ daemon: d.name }, d.ok ? 1 : 0);
      },
    });
    this.txs.inc({ result: 'success' }, 0);
    this.txs.inc({ result: 'failed' }, 0);
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Reads the daemons' health at every scrape (settle_daemon_healthy). */
  watchDaemons(health: () => DaemonStatus[]): void {
    this.daemonHealth = health;
  }
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * The same application, with FinalizeBlock and Commit timed, txs counted, and one info log line per
 * committed block (height, txs, app hash, durations).
 */
export function instrumentApp(app: AbciApplication, metrics: NodeMetrics, logger: Logger): AbciApplication {
  const wrapped = bindAbciApplication(app);
  const out = wrapped as unknown as AbciApplication;
  let last: { height: bigint; txs: number; failed: number; appHash: Uint8Array; finalizeSeconds: number } | null = null;

  out.info = async (req) => {
    const res = await app.info(req);
    metrics.blockHeight.set(Number(res.lastBlockHeight));
    return res;
  };

  out.finalizeBlock = async (req) => {
    const start = process.hrtime.bigint();
    const res = await app.finalizeBlock(req);
    const finalizeSeconds = seconds(start);
    metrics.finalizeDuration.observe(finalizeSeconds);
    // The proposer's injected vote-extension tx (the oracle's reports) is not a user tx: not counted.
    const skip = req.txs.length > 0 && isInjectedTx(req.txs[0]) ? 1 : 0;
    const failed = res.txResults.slice(skip).filter((r) => r.code !== 0).length;
    const userTxs = req.txs.length - skip;
    metrics.blockTxs.set(userTxs);
    if (userTxs - failed > 0) metrics.txs.inc({ result: 'success' }, userTxs - failed);
    if (failed > 0) metrics.txs.inc({ result: 'failed' }, failed);
    last = { height: req.height, txs: userTxs, failed, appHash: res.appHash, finalizeSeconds };
    return res;
  };

  out.commit = async (req) => {
    const start = process.hrtime.bigint();
    const res = await app.commit(req);
    const commitSeconds = seconds(start);
    metrics.commitDuration.observe(commitSeconds);
    if (last) {
      metrics.blockHeight.set(Number(last.height));
      logger.info(
        {
          height: Number(last.height),
          txs: last.txs,
          failedTxs: last.failed,
          appHash: Buffer.from(last.appHash).toString('hex').toUpperCase(),
          finalizeMs: Math.round(last.finalizeSeconds * 1e4) / 10,
          commitMs: Math.round(commitSeconds * 1e4) / 10,
        },
        'committed block',
      );
      last = null;
    }
    return res;
  };

  out.checkTx = async (req) => {
    const res = await app.checkTx(req);
    metrics.checkTxs.inc({
      type: req.type === CheckTxType.RECHECK ? 'recheck' : 'new',
      result: res.code === 0 ? 'accepted' : 'rejected',
    });
    return res;
  };

  return out;
}

/** Serves the registry at http://address/metrics (address `host:port`; port 0 picks one). */
export async function serveMetrics(registry: Registry, address: string, logger: Logger): Promise<{ server: http.Server; url: string }> {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(address);
  if (!m) throw new Error(`invalid metrics address "${address}" (expected host:port)`);
  const host = m[1] ?? (m[2] || '0.0.0.0');
  const port = Number(m[3]);
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; metrics are at /metrics\n');
      return;
    }
    registry
      .metrics()
      .then((body) => {
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch((err: Error) => {
        logger.error({ err: err.message }, 'collecting metrics failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics collection failed\n');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => logger.error({ err: err.message }, 'metrics server error'));
  const bound = server.address();
  const boundPort = bound && typeof bound === 'object' ? bound.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}/metrics`;
  logger.info({ url }, 'metrics endpoint listening');
  return { server, url };
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
