/**
 * The bridge watcher: polls the EVM chain's JSON-RPC for the SettleBridge contract's Deposited events
 * buried under `confirmations` blocks and keeps them by nonce; the bridge module's vote-extension
 * section reads them (DepositSource). Node-side: the network and timers are allowed here; what it
 * reports only counts once > 2/3 of the validators' power reports the identical event.
 */
import type { Logger } from 'pino';
import type { Deposit } from '../../../../proto/gen/settle/bridge/v1/types';
import type { DepositSource } from '../../../../modules/bridge/vote-extension';
import { DEPOSITED_TOPIC, decodeDepositedLog, type EvmLog } from './deposit-log';
import type { Daemon, DaemonHealth } from '../daemon';
import type { BridgeWatcherConfig } from './config';

/** Blocks scanned per eth_getLogs call. */
const MAX_RANGE = 2_000;

export class DepositWatcher implements Daemon, DepositSource {
  readonly name = 'bridge-watcher';
  private readonly byNonce = new Map<bigint, Deposit>();
  private nextBlock: number;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private lastError = '';
  private head = 0;
  polls = 0;
  failures = 0;

  constructor(private readonly config: BridgeWatcherConfig, private readonly logger: Logger) {
    this.nextBlock = config.fromBlock;
  }

  start(): void {
    if (!this.config.evmRpc || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.config.pollIntervalMs);
    this.timer.unref();
    void this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  health(): DaemonHealth {
    if (!this.config.evmRpc) return { ok: true, detail: 'disabled in app.toml' };
    const detail = `${this.byNonce.size} deposits seen, scanned to EVM block ${this.nextBlock - 1} (head ${this.head}); ${this.polls} polls (${this.failures} failed)`;
    return { ok: this.lastError === '', detail: this.lastError ? `${detail}; last error: ${this.lastError}` : detail };
  }

  pending(from: bigint, max: number): Deposit[] {
    const out: Deposit[] = [];
    for (let n = from; out.length < max; n++) {
      const d = this.byNonce.get(n);
      if (!d) break;
      out.push(d);
    }
    return out;
  }

  /** One poll; never throws. */
  async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      this.polls++;
      await this.poll();
      this.lastError = '';
    } catch (err) {
      this.failures++;
      this.lastError = (err as Error)?.message ?? String(err);
      this.logger.warn({ err: this.lastError }, 'bridge watcher poll failed');
    } finally {
      this.busy = false;
    }
  }

  private async poll(): Promise<void> {
    this.head = Number(BigInt(await this.rpc<string>('eth_blockNumber', [])));
    const final = this.head - this.config.confirmations;
    while (this.nextBlock <= final) {
      const to = Math.min(final, this.nextBlock + MAX_RANGE - 1);
      const logs = await this.rpc<EvmLog[]>('eth_getLogs', [{ address: this.config.contract, topics: [DEPOSITED_TOPIC], fromBlock: `0x${this.nextBlock.toString(16)}`, toBlock: `0x${to.toString(16)}` }]);
      for (const log of logs) {
        if (log.removed) continue;
        const d = decodeDepositedLog(log);
        const known = this.byNonce.get(d.nonce);
        if (known && (known.amount !== d.amount || known.token !== d.token)) this.logger.error({ nonce: String(d.nonce) }, 'two different Deposited events with one nonce: keeping the first');
        if (!known) {
          this.byNonce.set(d.nonce, d);
          this.logger.info({ nonce: String(d.nonce), amount: d.amount, block: Number(BigInt(log.blockNumber)) }, 'deposit seen at finality');
        }
      }
      this.nextBlock = to + 1;
    }
  }

  private async rpc<T>(method: string, params: unknown[]): Promise<T> {
    const res = await fetch(this.config.evmRpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }), signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`${method}: HTTP ${res.status}`);
    const body = (await res.json()) as { result?: T; error?: { message: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
    return body.result as T;
  }
}
