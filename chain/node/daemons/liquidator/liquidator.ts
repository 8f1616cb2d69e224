/**
 * The liquidation daemon (node-side, like the feeder): an honest outside liquidator that happens to run
 * beside the node. It talks to the chain only through CometBFT's RPC with CosmJS — the Auctions, Params
 * and Health queries, and MsgLiquidate txs it signs — exactly as a third party would, so nothing it does
 * reaches the state machine except through a tx.
 *
 * Each poll: when a new block has been committed and no tx is in flight, it reads every open auction and,
 * per position of each liquidated subaccount (Health: size, mark, MM), takes the block's share
 * (`max_share_per_block` of the position, rounded up, at least one) if the estimated profit
 * (discount × base × contracts: base = the MM add-on of a short, the mark of a long) is at least
 * `min_profit`. Up to `max_steps_per_tx` steps go in one tx; if that tx fails, each step is retried alone
 * (one failing step does not hold the others back). Every failure is logged and counted; nothing throws
 * out of a timer callback.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DirectSecp256k1HdWallet, Registry, type EncodeObject } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, QueryClient, SigningStargateClient } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import type { Logger } from 'pino';
import { Dec } from '../../../math';
import { QueryAuctionsRequest, QueryAuctionsResponse, QueryParamsRequest, QueryParamsResponse } from '../../../../proto/gen/settle/liquidation/v1/query';
import { MsgLiquidate } from '../../../../proto/gen/settle/liquidation/v1/tx';
import { QueryHealthRequest, QueryHealthResponse, QuerySubaccountRequest, QuerySubaccountResponse } from '../../../../proto/gen/settle/margin/v1/query';
import { MsgDeposit } from '../../../../proto/gen/settle/margin/v1/tx';
import { BECH32_PREFIX, COLLATERAL_DENOM } from '../../dev-accounts';
import type { Daemon, DaemonHealth } from '../daemon';
import type { LiquidatorConfig } from './config';

const registry = new Registry([
  ...defaultRegistryTypes,
  ['/settle.margin.v1.MsgDeposit', MsgDeposit],
  ['/settle.liquidation.v1.MsgLiquidate', MsgLiquidate],
]);

export interface LiquidatorOptions {
  config: LiquidatorConfig;
  logger: Logger;
  /** The node's CometBFT RPC, e.g. http://127.0.0.1:26657. */
  rpcUrl: string;
  /** The node's home: dev-accounts.json and a relative mnemonic_file are read from it. */
  home: string;
}

/** One planned MsgLiquidate with the estimate that justified it. */
export interface PlannedStep {
  owner: string;
  subaccount: number;
  instrumentId: string;
  size: bigint;
  profit: Dec;
}

const abs = (d: Dec): Dec => (d.isNegative() ? d.neg() : d);

/**
 * The steps worth taking for one auction: per position, the block's share (ceil(share × |size|), at
 * least one, at most the position) and its estimated profit, kept when at least minProfit.
 */
export function planSteps(owner: string, subaccount: number, discount: Dec, share: Dec, positions: QueryHealthResponse['positions'], minProfit: Dec): PlannedStep[] {
  const out: PlannedStep[] = [];
  for (const p of positions) {
    const size = BigInt(p.size);
    if (size === 0n) continue;
    const held = size < 0n ? -size : size;
    let take = share.mulInt(held).toBigInt('up');
    if (take < 1n) take = 1n;
    if (take > held) take = held;
    const mark = abs(Dec.parse(p.mark));
    // a short's MM includes its mark: the add-on is what the discount is a share of
    const base = size < 0n ? Dec.max(Dec.parse(p.maintenanceMargin).sub(mark), Dec.ZERO) : mark;
    const profit = discount.mul(base, 'down').mulInt(take).divInt(held, 'down');
    if (profit.lt(minProfit)) continue;
    out.push({ owner, subaccount, instrumentId: p.instrumentId, size: take, profit });
  }
  return out;
}

export class Liquidator implements Daemon {
  readonly name = 'liquidator';
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private stopped = false;
  private comet: CometClient | undefined;
  private client: SigningStargateClient | undefined;
  private address = '';
  private lastHeight = 0;
  private funded = false;
  private lastError = '';
  /** Counters for health() and logs. */
  polls = 0;
  failures = 0;
  txs = 0;
  steps = 0;
  failedTxs = 0;

  constructor(private readonly options: LiquidatorOptions) {}

  start(): void {
    if (this.timer || !this.options.config.enabled) return;
    this.stopped = false;
    this.timer = setInterval(() => void this.tick(), this.options.config.pollIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.comet?.disconnect();
    this.comet = undefined;
    this.client = undefined;
  }

  health(): DaemonHealth {
    if (!this.options.config.enabled) return { ok: true, detail: 'disabled in app.toml' };
    const counts = `${this.polls} polls (${this.failures} failed), ${this.txs} txs (${this.failedTxs} failed), ${this.steps} steps`;
    if (!this.client) return { ok: false, detail: `not connected to ${this.options.rpcUrl}${this.lastError ? `: ${this.lastError}` : ''}; ${counts}` };
    return { ok: this.lastError === '', detail: `${this.address} subaccount ${this.options.config.subaccount}, height ${this.lastHeight}; ${counts}${this.lastError ? `; last error: ${this.lastError}` : ''}` };
  }

  /** One poll; never throws. */
  async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      await this.poll();
      this.lastError = '';
    } catch (err) {
      this.failures++;
      this.lastError = (err as Error)?.message ?? String(err);
      // before CometBFT serves RPC (the node's first seconds) connecting fails: not worth a warning
      (this.client ? this.options.logger.warn.bind(this.options.logger) : this.options.logger.debug.bind(this.options.logger))({ err: this.lastError }, 'liquidator poll failed');
    } finally {
      this.busy = false;
    }
  }

  private async connect(): Promise<SigningStargateClient> {
    if (this.client) return this.client;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(this.mnemonic(), { prefix: BECH32_PREFIX });
    const [account] = await wallet.getAccounts();
    const comet = await connectComet(this.options.rpcUrl);
    this.comet = comet;
    this.client = SigningStargateClient.createWithSigner(comet, wallet, {
      registry,
      gasPrice: GasPrice.fromString(this.options.config.gasPrice),
      broadcastPollIntervalMs: 200,
      broadcastTimeoutMs: 30_000,
    });
    this.address = account.address;
    this.options.logger.info({ address: this.address, subaccount: this.options.config.subaccount, rpc: this.options.rpcUrl }, 'liquidator connected');
    return this.client;
  }

  private mnemonic(): string {
    const { devAccount, mnemonicFile } = this.options.config;
    if (devAccount) {
      const file = path.join(this.options.home, 'dev-accounts.json');
      const accounts = (JSON.parse(fs.readFileSync(file, 'utf8')) as { accounts: { name: string; mnemonic: string }[] }).accounts;
      const a = accounts.find((x) => x.name === devAccount);
      if (!a) throw new Error(`dev account "${devAccount}" is not in ${file}`);
      return a.mnemonic;
    }
    return fs.readFileSync(path.resolve(this.options.home, mnemonicFile), 'utf8').trim();
  }

  private async query<Res>(route: string, req: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
    const q = QueryClient.withExtensions(this.comet!);
    return decode((await q.queryAbci(route, req)).value);
  }

  private async poll(): Promise<void> {
    const client = await this.connect();
    const height = await client.getHeight();
    if (height === this.lastHeight) return;
    this.lastHeight = height;
    this.polls++;
    if (!this.funded) await this.fund(client);
    const [{ auctions }, { params }] = await Promise.all([
      this.query('/settle.liquidation.v1.Query/Auctions', QueryAuctionsRequest.encode({}).finish(), QueryAuctionsResponse.decode),
      this.query('/settle.liquidation.v1.Query/Params', QueryParamsRequest.encode({}).finish(), QueryParamsResponse.decode),
    ]);
    if (auctions.length === 0) return;
    const share = Dec.parse(params!.maxSharePerBlock);
    const minProfit = Dec.parse(this.options.config.minProfit);
    const planned: PlannedStep[] = [];
    for (const { auction, discount } of auctions) {
      if (!auction || (auction.owner === this.address && auction.subaccount === this.options.config.subaccount)) continue;
      let health: QueryHealthResponse;
      try {
        health = await this.query('/settle.margin.v1.Query/Health', QueryHealthRequest.encode({ owner: auction.owner, number: auction.subaccount }).finish(), QueryHealthResponse.decode);
      } catch (err) {
        this.options.logger.debug({ owner: auction.owner, subaccount: auction.subaccount, err: (err as Error).message }, 'liquidator: no health for an auction (stale price?)');
        continue;
      }
      planned.push(...planSteps(auction.owner, auction.subaccount, Dec.parse(discount), share, health.positions, minProfit));
    }
    if (planned.length === 0) return;
    const batch = planned.slice(0, this.options.config.maxStepsPerTx);
    if (!(await this.send(client, batch)) && batch.length > 1) {
      for (const s of batch) await this.send(client, [s]);
    }
  }

  /** Signs and broadcasts one tx of steps and waits for it to be included; true when it succeeded. */
  private async send(client: SigningStargateClient, steps: PlannedStep[]): Promise<boolean> {
    const msgs: EncodeObject[] = steps.map((s) => ({
      typeUrl: '/settle.liquidation.v1.MsgLiquidate',
      value: MsgLiquidate.fromPartial({ liquidator: this.address, liquidatorSubaccount: this.options.config.subaccount, owner: s.owner, subaccount: s.subaccount, instrumentId: s.instrumentId, size: s.size }),
    }));
    const what = steps.map((s) => ({ owner: s.owner, subaccount: s.subaccount, instrument: s.instrumentId, size: s.size.toString(), profit: s.profit.toString() }));
    try {
      const res = await client.signAndBroadcast(this.address, msgs, 1.5);
      this.txs++;
      if (res.code !== 0) {
        this.failedTxs++;
        this.options.logger.warn({ steps: what, code: res.code, log: res.rawLog, height: res.height }, 'liquidation tx failed');
        return false;
      }
      this.steps += steps.length;
      this.options.logger.info({ steps: what, tx: res.transactionHash, height: res.height }, 'liquidated');
      return true;
    } catch (err) {
      this.failedTxs++;
      this.options.logger.warn({ steps: what, err: (err as Error).message }, 'liquidation tx refused');
      return false;
    }
  }

  /** Tops the liquidator's subaccount up to `deposit` uusdc (once per start). */
  private async fund(client: SigningStargateClient): Promise<void> {
    const target = BigInt(this.options.config.deposit);
    if (target > 0n) {
      let held = 0n;
      try {
        const sub = await this.query('/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner: this.address, number: this.options.config.subaccount }).finish(), QuerySubaccountResponse.decode);
        held = BigInt(sub.subaccount?.collateral.find((c) => c.denom === COLLATERAL_DENOM)?.amount ?? '0');
      } catch {
        held = 0n; // no subaccount yet
      }
      if (held < target) {
        const msg = { typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.fromPartial({ owner: this.address, subaccount: this.options.config.subaccount, denom: COLLATERAL_DENOM, amount: (target - held).toString() }) };
        const res = await client.signAndBroadcast(this.address, [msg], 1.5);
        if (res.code !== 0) throw new Error(`deposit of ${target - held}${COLLATERAL_DENOM} failed: code ${res.code} ${res.rawLog ?? ''}`);
        this.options.logger.info({ amount: (target - held).toString(), denom: COLLATERAL_DENOM, height: res.height }, 'liquidator deposited');
      }
    }
    this.funded = true;
  }
}
