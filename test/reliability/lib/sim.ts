/**
 * Seeded simulation of settle in-process (no CometBFT), in the spirit of the Cosmos SDK's simulation
 * tests and dYdX's shadow app:
 *
 * - random blocks of random valid and invalid txs from random accounts (funded in genesis, or
 *   funded later by other txs), signed offline by CosmJS, driven through the app's own ABCI handlers
 *   (CheckTx, PrepareProposal, ProcessProposal, ExtendVote, VerifyVoteExtension, FinalizeBlock,
 *   Commit, Info, Query);
 * - a model of the bank predicts each tx's result code and effects; after every block the app's
 *   balances, supply and sequences must equal the model's;
 * - margin deposits, withdrawals and transfers, and options trading (sim-options.ts: orders, batches,
 *   cancels, mass cancels, invalid orders on six listed BTC options, matched at the end of every
 *   block); the options model replays every block's events and must equal the app's orders, books,
 *   positions and open interest, and every subaccount's collateral; value is conserved (subaccounts
 *   plus the fees collected = deposits less withdrawals);
 * - the modules' registered invariants (`app.checkInvariants()`, options and margin included) after every block;
 * - a shadow app on its own folder, closed and reopened from disk before every block and fed the same
 *   blocks, must return the same app hash and the same tx results at every height, and the order
 *   books it rebuilds from state when it opens must equal the primary's live books;
 * - genesis export at chosen heights, imported into a fresh app, must reproduce every store;
 * - the per-height record (app hash, consensus-relevant results hash, events hash, a hash of each
 *   store) is returned so that two runs of the same seed — in two processes — can be compared
 *   (`firstDivergence`).
 *
 * Everything random comes from the seed (test/helpers/rng.ts); nothing reads the clock.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QueryAccountInfoRequest, QueryAccountInfoResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import {
  CommitInfo,
  ExecTxResult,
  ExtendedCommitInfo,
  type ExtendedVoteInfo,
  RequestExtendVote,
  RequestFinalizeBlock,
  RequestInitChain,
  RequestPrepareProposal,
  RequestProcessProposal,
  ResponseFinalizeBlock,
  ResponseProcessProposal_ProposalStatus,
  ResponseVerifyVoteExtension_VerifyStatus,
} from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { accountAddress } from '../../../chain/address';
import { decodeInjectedTx, decodeVoteExtension, encodeInjectedTx, encodeVoteExtension, INJECTED_TX_MAGIC, SettleApp, voteExtensionSignBytes, type Module } from '../../../chain/app';
import { Dec } from '../../../chain/math';
import { simulatedPrice, simulatedSurface } from '../../../chain/node/daemons/feeder/simulated';
import { settleModules, type SettleModules, type SettleStoreKeys } from '../../../chain/node/modules';
import { moduleAddress } from '../../../modules/auth/keeper';
import type { FeedSlice, FeedSnapshot, PriceFeed } from '../../../modules/oracle/feed';
import type { OracleKeeper } from '../../../modules/oracle/keeper';
import { buildExtension, decodeExtension } from '../../../modules/oracle/vote-extension';
import { Rng } from '../../helpers/rng';
import { MsgDeposit, MsgSetMarginMode, MsgTransfer, MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { addOptionsGenesis, emptyOptionsStats, feeParams, OPTIONS_TX_KINDS, OptionsSim, SimFailure, simExpiry, simInstruments, simShortExpiry, UNDERLYING, type OptionsPlan, type OptionsStats, type OptionsTxKind } from './sim-options';
import { checkSettlementFresh, withShortSlice, emptyLiquidationStats, fundMsg, LIQUIDATION_TX_KINDS, liquidateMsg, LiquidationSim, liquidationSchedule, LIQUIDATOR_SUB, shockAt, staleAt, THIN_SUB, type LiquidationStats } from './sim-liquidation';
import { INSURANCE_ACCOUNT } from '../../../modules/liquidation/keys';
import { deriveKeys, fundedAppState, msgMultiSend, msgSend, signTx, type Coin, type EncodedMsg, type Key } from './accounts';

export const SIM_CHAIN_ID = 'settle-sim-1';
const GENESIS_SECONDS = 1_764_000_000n;
const CONSENSUS_PARAMS = { block: { maxBytes: 4_194_304n, maxGas: -1n }, abci: { voteExtensionsEnableHeight: 1n } };
const FEE = 5000n;
const GAS = 200_000n;
const MULTI_GAS = 400_000n;
const silent = pino({ level: 'silent' });

export const TX_KINDS = [
  'send',
  'multisend',
  'multimsg',
  'insufficient',
  'partial',
  'tomodule',
  'badsig',
  'wrongseq',
  'wrongchain',
  'wrongaccnum',
  'garbage',
  'unknownsigner',
  'feetoohigh',
  'zeroamount',
  'truncated',
  'replay',
  'mdeposit',
  'mwithdraw',
  'mtransfer',
  'mbad',
  'mmode',
  ...OPTIONS_TX_KINDS,
  ...LIQUIDATION_TX_KINDS,
] as const;
export type TxKind = (typeof TX_KINDS)[number];
const WEIGHTS: Record<TxKind, number> = {
  send: 30,
  multisend: 10,
  multimsg: 6,
  insufficient: 6,
  partial: 4,
  tomodule: 3,
  badsig: 5,
  wrongseq: 5,
  wrongchain: 3,
  wrongaccnum: 3,
  garbage: 4,
  unknownsigner: 3,
  feetoohigh: 3,
  zeroamount: 3,
  truncated: 4,
  replay: 4,
  mdeposit: 10,
  mwithdraw: 5,
  mtransfer: 4,
  mbad: 2,
  mmode: 3,
  // the options module (test/reliability/lib/sim-options.ts): about a third of the txs
  oplace: 30,
  obatch: 8,
  ocancel: 8,
  omass: 2,
  obad: 7,
  // the liquidation module (test/reliability/lib/sim-liquidation.ts): thin option writers, the liquidator, the insurance fund
  lthin: 5,
  lliq: 8,
  lfund: 1,
};
const OPTIONS_KIND_SET = new Set<string>(OPTIONS_TX_KINDS);

interface PlannedTx {
  kind: TxKind;
  bytes: Uint8Array;
  /** A code decided before any state is read (decoding, stateless checks, unknown account); 'any' = some non-zero code. */
  stateless?: number | 'any';
  /** The stateless code's codespace, when the model knows it. */
  statelessSpace?: string;
  signer?: string;
  /** Fee in usettle (deducted before the sequence and signature checks, as in the SDK's ante order). */
  fee: bigint;
  /** The sequence the tx carries. */
  txSeq: bigint;
  sigOk: boolean;
  /** What the messages do when the ante passes (decided on the model's state when the tx is planned). */
  msg: {
    outcome: 'ok' | 'msgfail';
    code: number;
    /** The failure's codespace, when the model knows it (checked as well as the code). */
    codespace?: string;
    /** Other results the messages may have instead of success (a margin check the model does not compute); they change nothing. */
    alt?: { codespace: string; code: number }[];
    /** The effects wait for the result (a success with `alt`): applied after the block only if the tx succeeded. */
    deferred?: boolean;
    transfers: { from: string; to: string; coins: Coin[] }[];
    margin?: MarginChange[];
  };
  /** An options tx: what it asks for, replayed on the options model after the block. */
  options?: OptionsPlan;
  /** A liquidation tx's variant (for the counters). */
  liqVariant?: string;
  /** uusdc a MsgFundInsurance adds to the fund. */
  funds?: bigint;
}

/** A change of one margin subaccount's collateral (the subaccount is created by it). */
interface MarginChange {
  owner: string;
  number: number;
  denom: string;
  delta: bigint;
}

interface Prediction {
  code: number | 'any';
  codespace?: string;
  /** Acceptable alternative results (nothing applied). */
  alt?: { codespace: string; code: number }[];
  /** Fee and sequence taken. */
  charged: boolean;
  /** Message effects applied. */
  applied: boolean;
}

/** The ante pipeline's order: account, fee, sequence, signature; then (FinalizeBlock only) the messages. */
function predict(tx: PlannedTx, usettle: (a: string) => bigint, seq: (a: string) => bigint, mode: 'check' | 'deliver'): Prediction {
  if (tx.stateless !== undefined || !tx.signer) return { code: tx.stateless ?? 'any', codespace: tx.statelessSpace, charged: false, applied: false };
  if (usettle(tx.signer) < tx.fee) return { code: 5, charged: false, applied: false };
  if (tx.txSeq !== seq(tx.signer)) return { code: 32, charged: false, applied: false };
  if (!tx.sigOk) return { code: 4, charged: false, applied: false };
  if (mode === 'check') return { code: 0, charged: true, applied: false };
  return tx.msg.outcome === 'ok' ? { code: 0, charged: true, applied: true, alt: tx.msg.alt } : { code: tx.msg.code, codespace: tx.msg.codespace, alt: tx.msg.alt, charged: true, applied: false };
}

function codeMatches(want: Prediction, got: { code: number; codespace: string }): boolean {
  if (want.code === 'any') return got.code !== 0;
  if (want.code === got.code && (want.code === 0 || want.codespace === undefined || want.codespace === got.codespace)) return true;
  return (want.alt ?? []).some((a) => a.code === got.code && a.codespace === got.codespace);
}

function showWant(p: Prediction): string {
  const one = (space: string | undefined, code: number | 'any'): string => (space ? `${space}/${code}` : String(code));
  return [one(p.codespace, p.code), ...(p.alt ?? []).map((a) => one(a.codespace, a.code))].join(' or ');
}

export interface HeightRecord {
  height: number;
  appHash: string;
  /** sha256 over what CometBFT hashes into LastResultsHash (code, data, gas wanted/used of each tx). */
  resultsHash: string;
  /** sha256 over the full FinalizeBlock response minus the app hash (events, logs, codespaces too). */
  eventsHash: string;
  /** sha256 of every store's key/value pairs at this height. */
  stores: Record<string, string>;
  txs: number;
}

export interface SimConfig {
  seed: number;
  blocks: number;
  /** Working folder (created; primary/, shadow/ and export-import folders go inside). */
  dir: string;
  /** Reopened-every-block shadow app (default true). */
  shadow?: boolean;
  /** Check invariants after every block (default true). */
  invariants?: boolean;
  /** Heights after which genesis is exported and imported into a fresh app (default: the last). */
  exportHeights?: number[];
  /** Most txs per block (default 12). */
  maxTxs?: number;
  /** Called after every block. */
  onBlock?: (rec: HeightRecord) => void;
  /** A module appended to settle's (a new instance at every open): used to prove the harness catches faults. */
  extraModule?: ExtraModule;
}

export interface SimResult {
  seed: number;
  heights: HeightRecord[];
  txs: number;
  byKind: Record<string, number>;
  codes: Record<string, number>;
  invariantChecks: number;
  modelChecks: number;
  shadowBlocks: number;
  exportChecks: number;
  /** Market prices the oracle stored from the vote extensions (per block and market). */
  oraclePriceUpdates: number;
  /** Blocks carrying the oracle's injected vote-extension tx. */
  injected: number;
  /** Tampered injections that decode to exactly the proposed content (accepted, rightly). */
  forgedSameContent: number;
  /** Tampered or missing injections that ProcessProposal refused. */
  forgedProposalsRejected: number;
  /** Garbage vote extensions VerifyVoteExtension refused. */
  badExtensionsRejected: number;
  /** Margin txs whose result the margin check decided (withdrawals, transfers, mode changes of subaccounts with positions), by "kind codespace/code". */
  riskChecked: Record<string, number>;
  /** The registered invariants checked after every block ("module/name"). */
  invariantNames: string[];
  /** The options module's activity and checks. */
  options: OptionsStats;
  /** Liquidations, the insurance fund, stale-price pauses and expiry settlement. */
  liquidation: LiquidationStats;
  /** Problems found; the run stops at the first one. Empty = pass. */
  failures: string[];
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

function sha(...parts: Uint8Array[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function storeHash(app: SettleApp, name: string, height: number): string {
  const h = crypto.createHash('sha256');
  for (const { key, value } of app.storeAt(name, height).iterator()) {
    h.update(Buffer.from(String(key.length) + ':'));
    h.update(key);
    h.update(Buffer.from(String(value.length) + ':'));
    h.update(value);
  }
  return h.digest('hex');
}

function dumpStore(it: Iterable<{ key: Uint8Array; value: Uint8Array }>): string[] {
  return [...it].map((p) => `${hex(p.key)}=${hex(p.value)}`);
}

/** The consensus-relevant hash of a FinalizeBlock response: CometBFT's LastResultsHash covers code, data, gas_wanted, gas_used. */
export function resultsHashOf(res: ResponseFinalizeBlock): string {
  const parts = res.txResults.map((r) => ExecTxResult.encode(ExecTxResult.fromPartial({ code: r.code, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed })).finish());
  return sha(...parts, Buffer.from(JSON.stringify({ v: res.validatorUpdates.length, p: res.consensusParamUpdates ? 1 : 0 })));
}

function eventsHashOf(res: ResponseFinalizeBlock): string {
  return sha(ResponseFinalizeBlock.encode({ ...res, appHash: new Uint8Array(0) }).finish());
}

class Model {
  readonly bal = new Map<string, Map<string, bigint>>();
  readonly seq = new Map<string, bigint>();
  /** Addresses with an account (genesis, or created by receiving coins). */
  readonly exists = new Set<string>();
  readonly supply = new Map<string, bigint>();
  /** Margin collateral by "owner number denom"; subaccounts by "owner number". */
  readonly margin = new Map<string, bigint>();
  readonly subaccounts = new Set<string>();
  /** Σ of deposits less withdrawals per denom: what the subaccounts and (fees) the fee collector hold between them. */
  readonly marginNet = new Map<string, bigint>();

  constructor(readonly feeCollector: string) {}

  held(owner: string, number: number, denom: string): bigint {
    return this.margin.get(`${owner} ${number} ${denom}`) ?? 0n;
  }

  /** The subaccounts of `owner` holding some `denom`, as numbers. */
  holding(owner: string, denom: string): number[] {
    const out: number[] = [];
    for (const [k, v] of this.margin) {
      const [o, n, d] = k.split(' ');
      if (o === owner && d === denom && v > 0n) out.push(Number(n));
    }
    return out.sort((a, b) => a - b);
  }

  /** Sorted "owner number denom amount" lines of every margin holding. */
  marginLines(): string[] {
    return [...this.margin].filter(([, v]) => v !== 0n).map(([k, v]) => `${k} ${v}`).sort();
  }

  get(addr: string, denom: string): bigint {
    return this.bal.get(addr)?.get(denom) ?? 0n;
  }

  add(addr: string, denom: string, amount: bigint): void {
    let m = this.bal.get(addr);
    if (!m) this.bal.set(addr, (m = new Map()));
    const v = (m.get(denom) ?? 0n) + amount;
    if (v < 0n) throw new SimFailure(`model: negative balance of ${addr} in ${denom}`);
    if (v === 0n) m.delete(denom);
    else m.set(denom, v);
  }

  /** The subaccount numbers of `owner` (created by a deposit or a transfer). */
  subaccountsOf(owner: string): number[] {
    const out: number[] = [];
    for (const k of this.subaccounts) {
      const [o, n] = k.split(' ');
      if (o === owner) out.push(Number(n));
    }
    return out.sort((a, b) => a - b);
  }

  /** A fill's change of a subaccount's settlement balance (which may go below zero). */
  adjustMargin(owner: string, number: number, denom: string, delta: bigint): void {
    const k = `${owner} ${number} ${denom}`;
    const v = (this.margin.get(k) ?? 0n) + delta;
    if (v === 0n) this.margin.delete(k);
    else this.margin.set(k, v);
  }

  /** Applies a tx as FinalizeBlock will (predicted on this state); returns the prediction. */
  apply(tx: PlannedTx): Prediction {
    const p = predict(tx, (a) => this.get(a, 'usettle'), (a) => this.seq.get(a) ?? 0n, 'deliver');
    if (!p.charged || !tx.signer) return p;
    this.add(tx.signer, 'usettle', -tx.fee);
    this.add(this.feeCollector, 'usettle', tx.fee);
    this.seq.set(tx.signer, (this.seq.get(tx.signer) ?? 0n) + 1n);
    if (!p.applied || tx.msg.deferred) return p;
    this.applyEffects(tx);
    return p;
  }

  /** A tx's message effects: bank transfers and margin collateral. */
  applyEffects(tx: PlannedTx): void {
    for (const t of tx.msg.transfers) {
      for (const c of t.coins) {
        this.add(t.from, c.denom, -BigInt(c.amount));
        this.add(t.to, c.denom, BigInt(c.amount));
      }
      if (!this.exists.has(t.to)) {
        this.exists.add(t.to);
        this.seq.set(t.to, 0n);
      }
    }
    for (const m of tx.msg.margin ?? []) {
      const k = `${m.owner} ${m.number} ${m.denom}`;
      const v = (this.margin.get(k) ?? 0n) + m.delta;
      // a settlement balance may be below zero after fills; a debit never takes one there
      if (v < 0n && m.delta < 0n) throw new SimFailure(`model: negative margin collateral ${k}`);
      if (v === 0n) this.margin.delete(k);
      else this.margin.set(k, v);
      this.subaccounts.add(`${m.owner} ${m.number}`);
      this.marginNet.set(m.denom, (this.marginNet.get(m.denom) ?? 0n) + m.delta);
    }
  }

  /** A copy of the usettle balances and sequences (the committed state, for predicting CheckTx). */
  snapshot(): { get: (a: string, d: 'usettle') => bigint; seq: Map<string, bigint> } {
    const fees = new Map<string, bigint>();
    for (const [a, m] of this.bal) fees.set(a, m.get('usettle') ?? 0n);
    return { get: (a) => fees.get(a) ?? 0n, seq: new Map(this.seq) };
  }

  /** Sorted "address denom amount" lines of every non-zero balance. */
  lines(): string[] {
    const out: string[] = [];
    for (const [a, m] of this.bal) for (const [d, v] of m) if (v !== 0n) out.push(`${a} ${d} ${v}`);
    return out.sort();
  }
}

/** The margin store's collateral (key 0x04 ‖ owner (20) ‖ number u32 BE ‖ denom → decimal) as sorted lines. */
function appMarginLines(app: SettleApp, height: number): string[] {
  const lines: string[] = [];
  for (const { key, value } of app.storeAt('margin', height).iterator()) {
    if (key[0] !== 0x04) continue;
    const b = Buffer.from(key);
    lines.push(`${accountAddress(b.subarray(1, 21))} ${b.readUInt32BE(21)} ${b.subarray(25).toString('utf8')} ${Buffer.from(value).toString('utf8')}`);
  }
  return lines.sort();
}

/** The bank store's balances (key 0x02 ‖ len ‖ addr ‖ denom → decimal) as sorted lines. */
function appBalanceLines(app: SettleApp, height: number): { lines: string[]; supply: Map<string, bigint> } {
  const lines: string[] = [];
  const supply = new Map<string, bigint>();
  for (const { key, value } of app.storeAt('bank', height).iterator()) {
    if (key[0] === 0x02) {
      const n = key[1];
      const addr = accountAddress(key.subarray(2, 2 + n));
      const denom = Buffer.from(key.subarray(2 + n)).toString('utf8');
      lines.push(`${addr} ${denom} ${Buffer.from(value).toString('utf8')}`);
    } else if (key[0] === 0x00) {
      supply.set(Buffer.from(key.subarray(1)).toString('utf8'), BigInt(Buffer.from(value).toString('utf8')));
    }
  }
  return { lines: lines.sort(), supply };
}

async function accountInfo(app: SettleApp, address: string): Promise<{ accountNumber: bigint; sequence: bigint } | undefined> {
  const r = await app.query({ path: '/cosmos.auth.v1beta1.Query/AccountInfo', data: QueryAccountInfoRequest.encode({ address }).finish(), height: 0n, prove: false });
  if (r.code !== 0) return undefined;
  const info = QueryAccountInfoResponse.decode(r.value).info;
  return info ? { accountNumber: info.accountNumber, sequence: info.sequence } : undefined;
}

/** The app's module stores (every module has one, named after it). */
export const STORE_NAMES: string[] = settleModules().modules.map((m) => m.name).sort();

/** A module added to settle's for one simulation (given settle's store keys; see SettleModuleOptions.extraModules). */
export type ExtraModule = (keys: SettleStoreKeys) => Module;

interface OpenedApp {
  app: SettleApp;
  oracle: { keeper: OracleKeeper };
  keepers: SettleModules['keepers'];
  /** The options module's in-memory books. */
  books: SettleModules['books'];
  storeNames: string[];
}

async function openAppWithModules(dir: string, feed?: PriceFeed, extra?: ExtraModule): Promise<OpenedApp> {
  const m = settleModules({ feed, extraModules: extra ? (keys) => [extra(keys)] : undefined });
  const app = await SettleApp.open({ dbPath: dir, ...m, logger: silent, sync: false });
  return { app, oracle: { keeper: m.keepers.oracle }, keepers: m.keepers, books: m.books, storeNames: m.modules.map((x) => x.name).sort() };
}

/** The live books as canonical JSON, by instrument (what a restarted node must rebuild from state). */
function bookSnapshots(books: SettleModules['books']): string {
  return JSON.stringify([...books.snapshots().entries()]);
}

/** A price feeder the simulation sets before each ExtendVote. */
class SimFeed implements PriceFeed {
  private snap: FeedSnapshot | undefined;
  set(s: FeedSnapshot | undefined): void {
    this.snap = s;
  }
  latest(): FeedSnapshot | undefined {
    return this.snap;
  }
}

/**
 * Validator vi's view of the markets at second t: the node's simulated source with a per-validator seed; sometimes nothing, sometimes
 * no surfaces (always surfaces in the short-heartbeat seed family, where only the feeder outage should make prices stale).
 */
function feedSnapshot(rng: Rng, seed: number, vi: number, t: number, btcPermille = 1000, shortExpiry?: number, alwaysSurfaces = false): FeedSnapshot | undefined {
  const r = rng.next();
  if (r < 0.05) return undefined;
  const s = `sim-${seed}-${vi}`;
  const prices = new Map<string, Dec>();
  const surfaces = new Map<string, FeedSlice[]>();
  for (const m of ['BTC/USD', 'ETH/USD']) {
    // a price shock of the schedule (sim-liquidation.ts) moves every feeder's BTC/USD alike
    const shock = (p: Dec): Dec => (m === 'BTC/USD' && btcPermille !== 1000 ? p.mulInt(BigInt(btcPermille)).divInt(1000n, 'down') : p);
    if (rng.next() < 0.9) prices.set(m, shock(simulatedPrice(s, m, t)));
    if (r > 0.6 || alwaysSurfaces) surfaces.set(m, withShortSlice(simulatedSurface(s, m, t), t, shortExpiry));
  }
  return { prices, surfaces };
}

interface SimValidator {
  address: Buffer;
  pubKey: Buffer;
  power: bigint;
  sign(msg: Uint8Array): Buffer;
}

/** Four ed25519 validators (keys from fixed seeds), power 10 each; address = sha256(pubkey)[:20] as CometBFT computes it. */
export function simValidators(n = 4): SimValidator[] {
  return [...Array(n).keys()].map((i) => {
    const seed = crypto.createHash('sha256').update(`settle-sim-validator/${i}`).digest();
    const priv = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
    const pubKey = crypto.createPublicKey(priv).export({ format: 'der', type: 'spki' }).subarray(-32);
    return { address: crypto.createHash('sha256').update(pubKey).digest().subarray(0, 20), pubKey, power: 10n, sign: (msg) => crypto.sign(null, msg, priv) };
  });
}

function initRequest(appState: unknown): RequestInitChain {
  return RequestInitChain.fromPartial({
    validators: simValidators().map((v) => ({ pubKey: { ed25519: v.pubKey }, power: v.power })),
    chainId: SIM_CHAIN_ID,
    initialHeight: 1n,
    time: { seconds: GENESIS_SECONDS, nanos: 0 },
    appStateBytes: Buffer.from(JSON.stringify(appState)),
    consensusParams: CONSENSUS_PARAMS,
  });
}

function showInfo(info: ExtendedCommitInfo): string {
  return JSON.stringify({
    round: info.round,
    votes: info.votes.map((v) => ({ validator: hex(v.validator?.address ?? new Uint8Array(0)).slice(0, 8), power: String(v.validator?.power), flag: v.blockIdFlag, extLen: v.voteExtension.length, sigLen: v.extensionSignature.length })),
  });
}

/** Keys shared by every run: 24 funded in genesis, 12 that start without an account. */
export const FUNDED_KEYS = 24;
export const FRESH_KEYS = 12;
const OUTSIDE = 6;

export async function simKeys(): Promise<Key[]> {
  return deriveKeys('settle-sim', FUNDED_KEYS + FRESH_KEYS);
}

/** Runs one seeded simulation. Never throws for a finding: problems are in `failures`. */
export async function runSimulation(cfg: SimConfig): Promise<SimResult> {
  const rng = new Rng(cfg.seed);
  const maxTxs = cfg.maxTxs ?? 12;
  const useShadow = cfg.shadow ?? true;
  const useInvariants = cfg.invariants ?? true;
  const exportAt = new Set(cfg.exportHeights ?? [cfg.blocks]);
  const keys = await simKeys();
  const funded = keys.slice(0, FUNDED_KEYS);
  const outside = [...Array(OUTSIDE).keys()].map((i) => accountAddress(crypto.createHash('sha256').update(`settle-sim-outside/${i}`).digest().subarray(0, 20)));
  const keyOf = new Map(keys.map((k) => [k.address, k]));
  const feeCollector = moduleAddress('fee_collector');

  // Genesis balances vary with the seed.
  const genesis = funded.map((k) => ({
    address: k.address,
    coins: [
      { denom: 'uatom', amount: String(1 + rng.int(2_000_000)) },
      { denom: 'usettle', amount: String(50_000_000 + rng.int(1_000_000_000)) },
      // half the accounts hold up to 50,000 USDC: enough to write options (and to fail the margin check with large orders)
      { denom: 'uusdc', amount: String(1_000_000 + rng.int(1_000_000_000) * (rng.next() < 0.5 ? 50 : 1)) },
    ],
  }));
  // the liquidator (sim-liquidation.ts) holds 10,000,000 USDC more
  const liquidator = funded[FUNDED_KEYS - 1];
  const liqCoin = genesis[FUNDED_KEYS - 1].coins.find((x) => x.denom === 'uusdc')!;
  liqCoin.amount = String(BigInt(liqCoin.amount) + 10_000_000n * 1_000_000n);
  const appState = fundedAppState(genesis);
  const schedule = liquidationSchedule(cfg.seed, cfg.blocks);
  const shortExpiry = simShortExpiry(GENESIS_SECONDS);
  const instruments = simInstruments(simExpiry(GENESIS_SECONDS), shortExpiry);
  addOptionsGenesis(appState, GENESIS_SECONDS, instruments, schedule.heartbeat);
  const options = new OptionsSim(instruments);
  const liq = new LiquidationSim(schedule);
  const model = new Model(feeCollector);
  for (const g of genesis) {
    model.exists.add(g.address);
    model.seq.set(g.address, 0n);
    for (const c of g.coins) {
      model.add(g.address, c.denom, BigInt(c.amount));
      model.supply.set(c.denom, (model.supply.get(c.denom) ?? 0n) + BigInt(c.amount));
    }
  }

  fs.mkdirSync(cfg.dir, { recursive: true });
  const primaryDir = path.join(cfg.dir, 'primary');
  const shadowDir = path.join(cfg.dir, 'shadow');
  for (const d of [primaryDir, shadowDir]) fs.rmSync(d, { recursive: true, force: true });

  const result: SimResult = {
    seed: cfg.seed,
    heights: [],
    txs: 0,
    byKind: {},
    codes: {},
    invariantChecks: 0,
    modelChecks: 0,
    shadowBlocks: 0,
    exportChecks: 0,
    oraclePriceUpdates: 0,
    injected: 0,
    forgedSameContent: 0,
    forgedProposalsRejected: 0,
    badExtensionsRejected: 0,
    riskChecked: {},
    invariantNames: settleModules().modules.flatMap((m) => Object.keys(m.invariants ?? {}).map((n) => `${m.name}/${n}`)),
    options: options.stats,
    liquidation: liq.stats,
    failures: [],
  };
  const validators = simValidators();
  const feeds = validators.map(() => new SimFeed());
  const { app, oracle, keepers, books, storeNames } = await openAppWithModules(primaryDir, feeds[0], cfg.extraModule);
  let shadow: SettleApp | undefined;
  let shadowBooks: SettleModules['books'] | undefined;
  let primaryBooks = bookSnapshots(books);
  const accNums = new Map<string, bigint>();
  const included: PlannedTx[] = []; // earlier successful txs, for replays
  try {
    const init = await app.initChain(initRequest(appState));
    if (useShadow) {
      ({ app: shadow, books: shadowBooks } = await openAppWithModules(shadowDir, undefined, cfg.extraModule));
      const sInit = await shadow.initChain(initRequest(appState));
      if (hex(sInit.appHash) !== hex(init.appHash)) throw new SimFailure(`shadow: InitChain app hash ${hex(sInit.appHash)} differs from ${hex(init.appHash)}`);
    }
    let prevVotes: ExtendedCommitInfo | undefined;
    let seconds = GENESIS_SECONDS;
    let committed = model.snapshot();

    for (let height = 1; height <= cfg.blocks; height++) {
      seconds += BigInt(1 + rng.int(3));
      // the time jump: to shortly before the short expiry (a stale block: the oracle's prices are days old)
      if (height === schedule.jumpHeight && seconds < shortExpiry - BigInt(schedule.jumpBefore)) seconds = shortExpiry - BigInt(schedule.jumpBefore);
      // Signers known at the start of the block (committed accounts); their numbers come from a query, as a client gets them.
      for (const a of model.exists) {
        if (!accNums.has(a) && keyOf.has(a) && height > 1) {
          const info = await accountInfo(app, a);
          if (info) accNums.set(a, info.accountNumber);
        }
      }
      const signers = keys.filter((k) => accNums.has(k.address));
      // the options planner prices orders around the marks at the committed height
      const markCtx = height > 1 ? app.contextAt(height - 1) : undefined;
      options.beginBlock(height, seconds, (id) => {
        try {
          return markCtx ? keepers.margin.mark(markCtx, id).mark : undefined;
        } catch {
          return undefined;
        }
      });
      const planned: { tx: PlannedTx; deliver: Prediction }[] = [];
      const n = rng.int(maxTxs + 1);
      await liq.beginBlock(app, keepers, height, seconds, instruments.map((i) => i.expiry));
      const blockCtx = { model, signers, keys, outside, accNums, feeCollector, included, keyOf, options, liq, liquidator, locked: new Set<string>(), maybeCreated: new Set<string>() };
      for (let i = 0; i < n; i++) {
        const tx = await planTx(rng, pickKind(rng), blockCtx);
        planned.push({ tx, deliver: model.apply(tx) });
        result.byKind[tx.kind] = (result.byKind[tx.kind] ?? 0) + 1;
      }
      const txs = planned.map((p) => p.tx.bytes);
      result.txs += txs.length;

      // Mempool: CheckTx each tx in block order, against a model of the mempool state (committed state plus the ante
      // effects — fee and sequence — of the txs checked so far; CheckTx does not run messages).
      const checkFee = new Map<string, bigint>();
      const checkSeq = new Map<string, bigint>();
      const cUsettle = (a: string): bigint => checkFee.get(a) ?? committed.get(a, 'usettle');
      const cSeq = (a: string): bigint => checkSeq.get(a) ?? committed.seq.get(a) ?? 0n;
      for (const [i, { tx }] of planned.entries()) {
        const r = await app.checkTx({ tx: tx.bytes, type: 0 });
        const want = predict(tx, cUsettle, cSeq, 'check');
        if (!codeMatches(want, r)) throw new SimFailure(`height ${height} tx ${i} (${tx.kind}): CheckTx code ${r.codespace}/${r.code} "${r.log}", model expected ${showWant(want)}`);
        if (want.charged && tx.signer) {
          checkFee.set(tx.signer, cUsettle(tx.signer) - tx.fee);
          checkSeq.set(tx.signer, cSeq(tx.signer) + 1n);
        }
      }

      // Consensus, as CometBFT drives it: the proposer's PrepareProposal (with the previous height's extended
      // commit: the oracle injects it as the first tx), everyone's ProcessProposal, vote extensions, FinalizeBlock.
      const proposer = validators[rng.int(validators.length)].address;
      const time = { seconds, nanos: rng.int(1_000_000_000) };
      const round = rng.next() < 0.1 ? 1 + rng.int(2) : 0;
      const lastCommit = prevVotes ? CommitInfo.fromPartial({ round: prevVotes.round, votes: prevVotes.votes.map((v) => ({ validator: v.validator, blockIdFlag: v.blockIdFlag })) }) : undefined;
      const common = { height: BigInt(height), time, proposerAddress: proposer, nextValidatorsHash: new Uint8Array(32), misbehavior: [] };
      const prep = await app.prepareProposal(RequestPrepareProposal.fromPartial({ ...common, txs, maxTxBytes: 4_194_304n, localLastCommit: prevVotes }));
      const blockTxs = prep.txs;
      const injected = blockTxs.length - txs.length;
      if (injected < 0 || injected > 1 || blockTxs.slice(injected).some((t, i) => hex(t) !== hex(txs[i]))) {
        throw new SimFailure(`height ${height}: PrepareProposal returned ${blockTxs.length} txs for ${txs.length} (at most one injected tx first, then the mempool's in order)`);
      }
      result.injected += injected;
      const blockHash = crypto.createHash('sha256').update(`block/${cfg.seed}/${height}`).digest();
      const proc = await app.processProposal(RequestProcessProposal.fromPartial({ ...common, txs: blockTxs, proposedLastCommit: lastCommit, hash: blockHash }));
      if (proc.status !== ResponseProcessProposal_ProposalStatus.ACCEPT) throw new SimFailure(`height ${height}: ProcessProposal rejected the proposer's own block`);
      if (injected === 1 && rng.next() < 0.1) {
        // a byzantine proposer: the injected extensions with a flipped bit, left out, or with one commit vote dropped
        const how = rng.pick(['bitflip', 'missing', 'drop-vote'] as const);
        let forged: Uint8Array[] = txs;
        const proposed = decodeInjectedTx(blockTxs[0]).extendedCommit;
        if (how === 'bitflip') {
          const t = Buffer.from(blockTxs[0]);
          t[INJECTED_TX_MAGIC.length + rng.int(t.length - INJECTED_TX_MAGIC.length)] ^= 1 << rng.int(8);
          forged = [t, ...txs];
        } else if (how === 'drop-vote') {
          const commits = proposed.votes.map((v, i) => (v.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT ? i : -1)).filter((i) => i >= 0);
          const drop = rng.pick(commits);
          forged = [encodeInjectedTx({ ...proposed, votes: proposed.votes.filter((_, i) => i !== drop) }), ...txs];
        }
        const bad = await app.processProposal(RequestProcessProposal.fromPartial({ ...common, txs: forged, proposedLastCommit: lastCommit, hash: blockHash }));
        if (bad.status === ResponseProcessProposal_ProposalStatus.ACCEPT) {
          let tampered: ExtendedCommitInfo | undefined;
          try {
            tampered = forged === txs ? undefined : decodeInjectedTx(forged[0]).extendedCommit;
          } catch {
            // undecodable
          }
          if (tampered && hex(ExtendedCommitInfo.encode(tampered).finish()) === hex(ExtendedCommitInfo.encode(proposed).finish())) {
            result.forgedSameContent++; // the flip hit something that decodes to the same content (e.g. a padding bit): not a forgery
          } else {
            throw new SimFailure(`height ${height}: ProcessProposal accepted a block with ${forged === txs ? 'no' : `a tampered (${how})`} vote-extension injection; proposed ${showInfo(proposed)}, tampered ${tampered ? showInfo(tampered) : '(none or undecodable)'}`);
          }
        } else result.forgedProposalsRejected++;
      }
      // Precommits of this height carry vote extensions (used at the next height): validator 0 is the app
      // itself (ExtendVote with its feed), the others are built with the oracle's own encoder; one in ten
      // heights a validator is absent or sends garbage (which VerifyVoteExtension must refuse).
      const odd = rng.next() < 0.1 ? 1 + rng.int(validators.length - 1) : -1;
      const garbage = odd > 0 && rng.next() < 0.5;
      const oracleState = height > 1 ? app.contextAt(height - 1) : undefined;
      const votes: ExtendedVoteInfo[] = [];
      for (const [vi, v] of validators.entries()) {
        const down = schedule.outage !== undefined && height >= schedule.outage[0] && height <= schedule.outage[1];
        const snap = feedSnapshot(rng, cfg.seed, vi, Number(seconds), shockAt(schedule, height), Number(shortExpiry), schedule.heartbeat < 86_400);
        feeds[vi].set(down ? undefined : snap);
        let ext: Uint8Array;
        if (vi === 0) ext = (await app.extendVote(RequestExtendVote.fromPartial({ ...common, hash: blockHash, txs: blockTxs, proposedLastCommit: lastCommit }))).voteExtension;
        else if (garbage && vi === odd) ext = rng.bytes(1 + rng.int(40));
        else ext = oracleState ? oracleExtension(buildExtension(oracle.keeper.markets(oracleState), feeds[vi].latest(), oracle.keeper.params(oracleState).maxVoteExtensionBytes)) : new Uint8Array(0);
        const ver = await app.verifyVoteExtension({ hash: blockHash, validatorAddress: v.address, height: BigInt(height), voteExtension: ext });
        const accepted = ver.status === ResponseVerifyVoteExtension_VerifyStatus.ACCEPT;
        if (garbage && vi === odd) {
          // garbage may happen to be a valid (empty-ish) extension; either way the verdict must match the oracle's own decoder
          let valid = ext.length === 0;
          try {
            if (!valid && oracleState) {
              // the app's envelope with only known sections, each passing its module's own decoder
              for (const [name, section] of decodeVoteExtension(ext)) {
                if (name !== 'oracle') throw new Error(`unknown section ${name}`);
                decodeExtension(oracle.keeper, oracleState, section, oracle.keeper.params(oracleState).maxVoteExtensionBytes);
              }
              valid = true;
            }
          } catch {
            // invalid
          }
          if (accepted !== valid) throw new SimFailure(`height ${height}: VerifyVoteExtension ${accepted ? 'accepted' : 'rejected'} ${valid ? 'a valid' : 'an invalid'} extension ${hex(ext)}`);
          result.badExtensionsRejected += accepted ? 0 : 1;
        } else if (!accepted) throw new SimFailure(`height ${height}: VerifyVoteExtension rejected validator ${vi}'s extension ${hex(ext)}`);
        const absent = vi === odd && (!garbage || !accepted);
        votes.push({
          validator: { address: v.address, power: v.power },
          voteExtension: absent ? new Uint8Array(0) : ext,
          extensionSignature: absent ? new Uint8Array(0) : v.sign(voteExtensionSignBytes(ext, BigInt(height), BigInt(round), SIM_CHAIN_ID)),
          blockIdFlag: absent ? BlockIDFlag.BLOCK_ID_FLAG_ABSENT : BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
        });
      }
      prevVotes = ExtendedCommitInfo.fromPartial({ round, votes });

      const req = RequestFinalizeBlock.fromPartial({ ...common, txs: blockTxs, decidedLastCommit: lastCommit, hash: blockHash });
      const res = await app.finalizeBlock(req);
      await app.commit({});
      if (app.lastHeight !== height) throw new SimFailure(`height ${height}: app at height ${app.lastHeight} after Commit`);

      for (const [i, { tx, deliver }] of planned.entries()) {
        const r = res.txResults[i + injected];
        const c = `${r.codespace || 'ok'}/${r.code}`;
        result.codes[c] = (result.codes[c] ?? 0) + 1;
        if (!codeMatches(deliver, r)) throw new SimFailure(`height ${height} tx ${i} (${tx.kind}): FinalizeBlock code ${r.codespace}/${r.code} "${r.log}", model expected ${showWant(deliver)}`);
        if (deliver.applied) included.push(tx);
        if (deliver.alt && !tx.options) result.riskChecked[`${tx.kind} ${c}`] = (result.riskChecked[`${tx.kind} ${c}`] ?? 0) + 1;
        // a withdrawal or transfer the margin check decided: its effects now that the result is known
        if (deliver.applied && tx.msg.deferred && r.code === 0) model.applyEffects(tx);
        if (tx.kind === 'lliq' || tx.kind === 'lfund' || tx.kind === 'lthin' || (tx.kind === 'mwithdraw' && r.codespace === 'margin' && r.code === 17)) {
          const v = `${tx.liqVariant ?? tx.kind} ${c}`;
          liq.stats.liquidateTxs[v] = (liq.stats.liquidateTxs[v] ?? 0) + 1;
        }
        if (tx.kind === 'mwithdraw' && r.codespace === 'margin' && r.code === 17) liq.stats.withdrawalsBlocked++;
        if (tx.funds !== undefined && deliver.applied && r.code === 0) liq.fundedBy(tx.funds);
      }
      // The options txs and the end of the block replayed on the options model; fills move the model's collateral and fees.
      // (options txs that reached their messages, and those their own checks refused while decoding; not replays)
      const optionTxs = planned.flatMap(({ tx, deliver }, i) =>
        tx.options && tx.kind !== 'replay' && (deliver.charged || tx.stateless !== undefined) ? [{ plan: tx.options, result: res.txResults[i + injected], index: i }] : [],
      );
      // liquidation steps in txs move positions and collateral before the end of the block's matching
      // (judged over the instruments held, as margin's scan builds its risk per underlying over them)
      const held = (): typeof instruments => instruments.filter((i) => options.openInterest(i.id) > 0n);
      const staleTxs = staleAt(keepers, app, height, held(), seconds);
      const liqSink = {
        cash: (owner: string, sub: number, delta: bigint) => model.adjustMargin(owner, sub, 'uusdc', delta),
        position: (owner: string, sub: number, id: string, delta: bigint) => options.movePosition(owner, sub, id, delta),
        toFund: (amount: bigint) => {
          model.add(MARGIN_ACCOUNT, 'uusdc', -amount);
          model.add(INSURANCE_ADDRESS, 'uusdc', amount);
        },
      };
      const liqTxEvents = planned.flatMap(({ tx }, i) => (tx.kind === 'lliq' && res.txResults[i + injected].code === 0 ? res.txResults[i + injected].events : []));
      liq.replay(height, 'txs', liqTxEvents, liqSink, staleTxs, () => options.anyPositions());
      const index = Dec.parse(keepers.oracle.storedPrice(app.contextAt(height), UNDERLYING)!.price);
      options.afterBlock(height, seconds, optionTxs, res.events, index, feeParams(keepers, app, height), {
        cash: (owner, sub, delta) => model.adjustMargin(owner, sub, 'uusdc', delta),
        fee: (amount) => {
          model.add(MARGIN_ACCOUNT, 'uusdc', -amount);
          model.add(feeCollector, 'uusdc', amount);
        },
      });
      // the end of the block's settlements, auctions, steps, ADL and covers
      liq.replay(height, 'block', res.events, liqSink, staleAt(keepers, app, height, held(), seconds), () => options.anyPositions());
      checkSettlementFresh(keepers, app, height, res.events, schedule.heartbeat);
      liq.afterBlock(keepers, app, height);
      committed = model.snapshot();

      const stores: Record<string, string> = {};
      for (const name of storeNames) stores[name] = storeHash(app, name, height);
      const rec: HeightRecord = { height, appHash: hex(res.appHash), resultsHash: resultsHashOf(res), eventsHash: eventsHashOf(res), stores, txs: txs.length };
      result.heights.push(rec);

      if (useInvariants) {
        const broken = app.checkInvariants();
        result.invariantChecks++;
        if (broken.length > 0) throw new SimFailure(`height ${height}: invariants broken: ${broken.join('; ')}`);
      }

      // Value is conserved: the subaccounts' USDC (premiums move between them) plus the fees the fee collector
      // received from fills (its only source of uusdc) equal what was deposited less what was withdrawn. With the
      // margin invariant (module account = Σ subaccounts) this fails when a fill is applied to one side only or a
      // fee goes anywhere but the fee collector, whatever the events say.
      const appBal = appBalanceLines(app, height);
      const appMargin = appMarginLines(app, height);
      const usdcHeld = appMargin.map((l) => l.split(' ')).filter((f) => f[2] === 'uusdc').reduce((sum, f) => sum + BigInt(f[3]), 0n);
      const feesHeld = BigInt(appBal.lines.find((l) => l.startsWith(`${feeCollector} uusdc `))?.split(' ')[2] ?? '0');
      const net = model.marginNet.get('uusdc') ?? 0n;
      // the insurance fund holds penalties and what was funded, less covers; expiry settlement's cash passes
      // through margin's clearing balance (zero again once every holder of the instrument settled)
      const fundHeld = BigInt(appBal.lines.find((l) => l.startsWith(`${INSURANCE_ADDRESS} uusdc `))?.split(' ')[2] ?? '0');
      let clearing = 0n;
      for (const cl of keepers.margin.clearings(app.contextAt(height))) {
        if (cl.amount !== -(liq.clearing.get(cl.instrumentId) ?? 0n)) throw new SimFailure(`height ${height}: clearing of ${cl.instrumentId} is ${cl.amount}; the settlements replayed give ${-(liq.clearing.get(cl.instrumentId) ?? 0n)}`);
        clearing += cl.amount;
      }
      const modelClearing = [...liq.clearing.values()].reduce((x, v) => x + v, 0n);
      if (clearing !== -modelClearing) throw new SimFailure(`height ${height}: margin's clearing balances sum to ${clearing}; the settlements replayed give ${-modelClearing}`);
      if (usdcHeld + clearing + feesHeld + fundHeld !== net + liq.fundedTotal) {
        throw new SimFailure(
          `height ${height}: value not conserved: subaccounts hold ${usdcHeld}uusdc, clearing ${clearing}, the fee collector ${feesHeld}uusdc, the insurance fund ${fundHeld}, but deposits less withdrawals are ${net}uusdc and ${liq.fundedTotal} was funded`,
        );
      }

      // The model: every balance, the supply, the sequences of its accounts.
      const want = model.lines();
      if (appBal.lines.join('\n') !== want.join('\n')) {
        const a = new Set(appBal.lines);
        const w = new Set(want);
        throw new SimFailure(
          `height ${height}: balances differ from the model; app only: ${appBal.lines.filter((l) => !w.has(l)).slice(0, 5).join(' | ')}; model only: ${want.filter((l) => !a.has(l)).slice(0, 5).join(' | ')}`,
        );
      }
      for (const [d, v] of model.supply) if (appBal.supply.get(d) !== v) throw new SimFailure(`height ${height}: supply of ${d} is ${appBal.supply.get(d)}, expected ${v}`);
      const wantMargin = model.marginLines();
      if (appMargin.join('\n') !== wantMargin.join('\n')) {
        const a = new Set(appMargin);
        const w = new Set(wantMargin);
        throw new SimFailure(
          `height ${height}: margin collateral differs from the model; app only: ${appMargin.filter((l) => !w.has(l)).slice(0, 5).join(' | ')}; model only: ${wantMargin.filter((l) => !a.has(l)).slice(0, 5).join(' | ')}`,
        );
      }
      await options.checkState(app, keepers, height, seconds);
      for (const { tx } of planned) {
        if (!tx.signer || !accNums.has(tx.signer)) continue;
        const info = await accountInfo(app, tx.signer);
        if (info?.sequence !== model.seq.get(tx.signer)) throw new SimFailure(`height ${height}: sequence of ${tx.signer} is ${info?.sequence}, model ${model.seq.get(tx.signer)}`);
      }
      result.modelChecks++;

      const info = await app.info({ version: '', blockVersion: 0n, p2pVersion: 0n, abciVersion: '' });
      if (Number(info.lastBlockHeight) !== height || hex(info.lastBlockAppHash) !== rec.appHash) throw new SimFailure(`height ${height}: Info reports height ${info.lastBlockHeight} hash ${hex(info.lastBlockAppHash)}`);

      if (shadow) {
        await shadow.close();
        ({ app: shadow, books: shadowBooks } = await openAppWithModules(shadowDir, undefined, cfg.extraModule));
        const sInfo = await shadow.info({ version: '', blockVersion: 0n, p2pVersion: 0n, abciVersion: '' });
        // Genesis is persisted with the first block's Commit: reopened at height 0, the app gets InitChain again (CometBFT's handshake).
        if (Number(sInfo.lastBlockHeight) === 0) await shadow.initChain(initRequest(appState));
        // the books a restarted node rebuilt from state equal the primary's live books before this block
        if (bookSnapshots(shadowBooks!) !== primaryBooks) throw new SimFailure(`shadow: the books rebuilt at open (height ${height - 1}) differ from the primary's live books`);
        const prevHash = height > 1 ? result.heights[height - 2].appHash : hex(init.appHash);
        if (Number(sInfo.lastBlockHeight) !== height - 1 || (height > 1 && hex(sInfo.lastBlockAppHash) !== prevHash)) {
          throw new SimFailure(`shadow: reopened at height ${sInfo.lastBlockHeight} with hash ${hex(sInfo.lastBlockAppHash)}, expected ${height - 1} ${prevHash}`);
        }
        const sRes = await shadow.finalizeBlock(req);
        await shadow.commit({});
        const sHash = hex(sRes.appHash);
        if (sHash !== rec.appHash || resultsHashOf(sRes) !== rec.resultsHash || eventsHashOf(sRes) !== rec.eventsHash) {
          const differing = storeNames.filter((s) => storeHash(shadow!, s, height) !== stores[s]);
          const txDiff = res.txResults.findIndex((r, i) => hex(ExecTxResult.encode(r).finish()) !== hex(ExecTxResult.encode(sRes.txResults[i] ?? {}).finish()));
          throw new SimFailure(
            `shadow diverged at height ${height}: app hash ${sHash} vs ${rec.appHash}; stores differing: ${differing.join(', ') || 'none'}; first differing tx result: ${txDiff}`,
          );
        }
        if (bookSnapshots(shadowBooks!) !== bookSnapshots(books)) throw new SimFailure(`shadow: after height ${height} its live books differ from the primary's`);
        options.stats.shadowBookChecks += 2;
        result.shadowBlocks++;
      }

      primaryBooks = bookSnapshots(books);

      if (exportAt.has(height)) {
        await checkExportImport(app, height, path.join(cfg.dir, `import-${height}`), cfg.extraModule);
        result.exportChecks++;
      }
      for (const m of ['BTC/USD', 'ETH/USD']) {
        const pr = oracle.keeper.storedPrice(app.contextAt(height), m);
        if (pr && Number(pr.height) === height) result.oraclePriceUpdates++;
      }
      cfg.onBlock?.(rec);
    }
  } catch (err) {
    if (err instanceof SimFailure) result.failures.push(err.message);
    else result.failures.push(`crash: ${(err as Error).stack ?? String(err)}`);
  } finally {
    await app.close().catch(() => undefined);
    await shadow?.close().catch(() => undefined);
  }
  return result;
}

/**
 * Genesis exported at `height`, imported into a fresh app (InitChain), reproduces every store's
 * contents; throws on any difference.
 */
export async function checkExportImport(app: SettleApp, height: number, dir: string, extra?: ExtraModule): Promise<void> {
  const exported = app.exportGenesis(height);
  fs.rmSync(dir, { recursive: true, force: true });
  const { app: fresh, storeNames } = await openAppWithModules(dir, undefined, extra);
  try {
    await fresh.initChain(initRequest(exported));
    for (const name of storeNames) {
      const want = dumpStore(app.storeAt(name, height).iterator());
      const got = dumpStore(fresh.workingStore(name).iterator());
      const w = new Set(want);
      const g = new Set(got);
      const onlyOriginal = want.filter((l) => !g.has(l));
      const onlyImported = got.filter((l) => !w.has(l));
      if (onlyOriginal.length > 0 || onlyImported.length > 0) {
        throw new SimFailure(
          `export at height ${height} → import: store ${name} differs; original only: ${onlyOriginal.slice(0, 3).join(' | ')}; imported only: ${onlyImported.slice(0, 3).join(' | ')}`,
        );
      }
    }
  } finally {
    await fresh.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pickKind(rng: Rng): TxKind {
  const total = TX_KINDS.reduce((s, k) => s + WEIGHTS[k], 0);
  let r = rng.int(total);
  for (const k of TX_KINDS) {
    r -= WEIGHTS[k];
    if (r < 0) return k;
  }
  return 'send';
}

interface PlanCtx {
  model: Model;
  signers: Key[];
  keys: Key[];
  outside: string[];
  accNums: Map<string, bigint>;
  feeCollector: string;
  included: PlannedTx[];
  keyOf: Map<string, Key>;
  options: OptionsSim;
  liq: LiquidationSim;
  liquidator: Key;
  /** Subaccounts ("owner number") a margin tx of this block may have debited (its result waits for the margin check): no more debits in this block. */
  locked: Set<string>;
  /** Subaccounts ("owner number") a transfer of this block may have created. */
  maybeCreated: Set<string>;
}

const feeCoins = (): Coin[] => [{ denom: 'usettle', amount: String(FEE) }];

/** The margin module account: collateral deposits land there. */
const MARGIN_ACCOUNT = moduleAddress('margin');
/** The insurance fund's module account. */
const INSURANCE_ADDRESS = moduleAddress(INSURANCE_ACCOUNT);

function marginMsg(name: string, value: Uint8Array): EncodedMsg {
  return { typeUrl: `/settle.margin.v1.${name}`, value };
}

/** A random amount of a denom the account has, leaving the fee when the denom is usettle. */
function spendable(model: Model, addr: string, denom: string, reserve: bigint): bigint {
  const b = model.get(addr, denom) - (denom === 'usettle' ? reserve : 0n);
  return b > 0n ? b : 0n;
}

function randomAmount(rng: Rng, max: bigint): bigint {
  if (max <= 0n) return 0n;
  const r = rng.next();
  // mostly small amounts, sometimes everything
  if (r < 0.05) return max;
  const cap = max < 1_000_000n ? max : 1_000_000n + BigInt(rng.int(1_000_000));
  const capped = cap > max ? max : cap;
  return 1n + (BigInt(rng.int(2 ** 31)) % capped);
}

function recipient(rng: Rng, c: PlanCtx, not: string): string {
  for (let i = 0; i < 5; i++) {
    const r = rng.next();
    const a = r < 0.7 ? rng.pick(c.keys).address : rng.pick(c.outside);
    if (a !== not) return a;
  }
  return c.outside[0];
}

async function sign(c: PlanCtx, key: Key, msgs: EncodedMsg[], o: { sequence?: bigint; accountNumber?: bigint; chainId?: string; fee?: Coin[]; gas?: bigint; memo?: string } = {}): Promise<Uint8Array> {
  return signTx(key, msgs, {
    chainId: o.chainId ?? SIM_CHAIN_ID,
    accountNumber: o.accountNumber ?? c.accNums.get(key.address) ?? 0n,
    sequence: o.sequence ?? c.model.seq.get(key.address) ?? 0n,
    fee: o.fee ?? feeCoins(),
    gas: o.gas ?? GAS,
    memo: o.memo,
  });
}

async function planTx(rng: Rng, kind: TxKind, c: PlanCtx): Promise<PlannedTx> {
  const { model } = c;
  const withFee = c.signers.filter((k) => model.get(k.address, 'usettle') >= FEE + 10n);
  if (withFee.length === 0 || (kind === 'replay' && c.included.length === 0)) kind = 'garbage';
  if (OPTIONS_KIND_SET.has(kind)) return planOptionsTx(rng, kind as OptionsTxKind, c, withFee);
  if (kind === 'lthin' || kind === 'lliq' || kind === 'lfund') return planLiquidationTx(rng, kind, c, withFee);
  const key = withFee.length > 0 ? rng.pick(withFee) : c.keys[0];
  const from = key.address;
  const seq = model.seq.get(from) ?? 0n;
  const denoms = ['uatom', 'usettle', 'uusdc'].filter((d) => spendable(model, from, d, FEE) > 0n);
  const base = { kind, signer: from, fee: FEE, txSeq: seq, sigOk: true };
  const ok = (bytes: Uint8Array, transfers: PlannedTx['msg']['transfers']): PlannedTx => ({ ...base, bytes, msg: { outcome: 'ok', code: 0, transfers } });
  const msgfail = (bytes: Uint8Array, code: number, codespace?: string, alt?: { codespace: string; code: number }[]): PlannedTx => ({ ...base, bytes, msg: { outcome: 'msgfail', code, codespace, alt, transfers: [] } });
  /** Withdrawals and transfers out of a subaccount with positions pass only if it stays above IM: the model accepts margin/9 and applies the effects after the block if it passed. */
  const marginChecked = (number: number): Partial<PlannedTx['msg']> => {
    if (!c.options.hasPositions(from, number)) return {};
    c.locked.add(`${from} ${number}`);
    return { alt: [{ codespace: 'margin', code: 9 }, ...c.liq.staleAlt()], deferred: true };
  };
  const oneUsettle = (): EncodedMsg => msgSend(from, recipient(rng, c, from), [{ denom: 'usettle', amount: '1' }]);

  const validSend = (): { to: string; coins: Coin[] } => {
    const to = recipient(rng, c, from);
    // one or more denoms, sorted (validateBasic requires sorted coins)
    const pick = denoms.filter(() => rng.next() < 0.6);
    const use = pick.length > 0 ? pick : denoms.slice(0, 1);
    const coins = use.map((d) => ({ denom: d, amount: String(randomAmount(rng, spendable(model, from, d, FEE))) })).filter((x) => x.amount !== '0');
    return { to, coins };
  };

  switch (kind) {
    case 'send': {
      const s = validSend();
      if (s.coins.length === 0) return planTx(rng, 'garbage', c);
      const bytes = await sign(c, key, [msgSend(from, s.to, s.coins)], { memo: rng.next() < 0.2 ? `memo ${rng.int(1e6)} ✓` : '' });
      return ok(bytes, [{ from, to: s.to, coins: s.coins }]);
    }
    case 'multisend': {
      if (denoms.length === 0) return planTx(rng, 'garbage', c);
      const d = rng.pick(denoms);
      const outputs: { address: string; coins: Coin[] }[] = [];
      const nOut = 1 + rng.int(4);
      let left = spendable(model, from, d, FEE);
      for (let i = 0; i < nOut && left > 0n; i++) {
        const a = randomAmount(rng, left / BigInt(nOut) > 0n ? left / BigInt(nOut) : left);
        if (a === 0n) break;
        left -= a;
        outputs.push({ address: recipient(rng, c, from), coins: [{ denom: d, amount: String(a) }] });
      }
      if (outputs.length === 0) return planTx(rng, 'garbage', c);
      const total = outputs.reduce((s, o) => s + BigInt(o.coins[0].amount), 0n);
      const bytes = await sign(c, key, [msgMultiSend(from, [{ denom: d, amount: String(total) }], outputs)], { gas: MULTI_GAS });
      return ok(bytes, outputs.map((o) => ({ from, to: o.address, coins: o.coins })));
    }
    case 'multimsg': {
      // two sends in one tx, both valid (the second sized on what the first leaves)
      const a = validSend();
      if (a.coins.length === 0) return planTx(rng, 'garbage', c);
      const d = a.coins[0].denom;
      const left = spendable(model, from, d, FEE) - BigInt(a.coins[0].amount);
      if (left <= 0n) return ok(await sign(c, key, [msgSend(from, a.to, a.coins)]), [{ from, to: a.to, coins: a.coins }]);
      const to2 = recipient(rng, c, from);
      const c2 = [{ denom: d, amount: String(randomAmount(rng, left)) }];
      const bytes = await sign(c, key, [msgSend(from, a.to, a.coins), msgSend(from, to2, c2)], { gas: MULTI_GAS });
      return ok(bytes, [{ from, to: a.to, coins: a.coins }, { from, to: to2, coins: c2 }]);
    }
    case 'insufficient': {
      const d = rng.pick(['uatom', 'uusdc']);
      const amount = model.get(from, d) + 1n + BigInt(rng.int(1000));
      return msgfail(await sign(c, key, [msgSend(from, recipient(rng, c, from), [{ denom: d, amount: String(amount) }])]), 5);
    }
    case 'partial': {
      // a valid send followed by one the account cannot pay: all of the tx's messages are undone, fee and sequence stay
      const a = validSend();
      if (a.coins.length === 0) return planTx(rng, 'garbage', c);
      const d = rng.pick(['uatom', 'uusdc']);
      const big = [{ denom: d, amount: String(model.get(from, d) + 1n) }];
      return msgfail(await sign(c, key, [msgSend(from, a.to, a.coins), msgSend(from, recipient(rng, c, from), big)], { gas: MULTI_GAS }), 5);
    }
    case 'tomodule':
      return msgfail(await sign(c, key, [msgSend(from, c.feeCollector, [{ denom: 'usettle', amount: '1' }])]), 4);
    case 'badsig': {
      const raw = TxRaw.decode(await sign(c, key, [oneUsettle()]));
      raw.signatures[0] = Uint8Array.from(raw.signatures[0]);
      raw.signatures[0][rng.int(64)] ^= 1 << rng.int(8);
      return { ...base, sigOk: false, bytes: TxRaw.encode(raw).finish(), msg: { outcome: 'ok', code: 0, transfers: [] } };
    }
    case 'wrongseq': {
      const s = rng.next() < 0.5 || seq === 0n ? seq + 1n + BigInt(rng.int(3)) : seq - 1n;
      return { ...base, txSeq: s, bytes: await sign(c, key, [oneUsettle()], { sequence: s }), msg: { outcome: 'ok', code: 0, transfers: [] } };
    }
    case 'wrongchain':
      return { ...base, sigOk: false, bytes: await sign(c, key, [oneUsettle()], { chainId: 'settle-other-1' }), msg: { outcome: 'ok', code: 0, transfers: [] } };
    case 'wrongaccnum':
      return { ...base, sigOk: false, bytes: await sign(c, key, [oneUsettle()], { accountNumber: (c.accNums.get(from) ?? 0n) + 1000n }), msg: { outcome: 'ok', code: 0, transfers: [] } };
    case 'garbage': {
      const bytes = rng.next() < 0.5 ? rng.bytes(1 + rng.int(200)) : Buffer.from(`not a tx ${rng.int(1e9)}`);
      return { ...base, bytes, stateless: 'any', signer: undefined, msg: { outcome: 'ok', code: 0, transfers: [] } };
    }
    case 'unknownsigner': {
      const ghost = c.keys.filter((k) => !model.exists.has(k.address));
      if (ghost.length === 0) return planTx(rng, 'wrongseq', c);
      const g = rng.pick(ghost);
      const bytes = await sign(c, g, [msgSend(g.address, from, [{ denom: 'usettle', amount: '1' }])], { accountNumber: 0n, sequence: 0n });
      return { ...base, bytes, stateless: 9, signer: undefined, msg: { outcome: 'ok', code: 0, transfers: [] } };
    }
    case 'feetoohigh': {
      const fee = model.get(from, 'usettle') + 1n + BigInt(rng.int(1000));
      const bytes = await sign(c, key, [msgSend(from, recipient(rng, c, from), [{ denom: 'uatom', amount: '1' }])], { fee: [{ denom: 'usettle', amount: String(fee) }] });
      return { ...base, fee, bytes, msg: { outcome: 'ok', code: 0, transfers: [] } };
    }
    case 'zeroamount': {
      const bytes = await sign(c, key, [msgSend(from, recipient(rng, c, from), [{ denom: 'uusdc', amount: '0' }])]);
      return { ...base, bytes, stateless: 10, signer: undefined, msg: { outcome: 'ok', code: 0, transfers: [] } };
    }
    case 'truncated': {
      const full = await sign(c, key, [oneUsettle()]);
      return { ...base, bytes: full.subarray(0, 1 + rng.int(full.length - 1)), stateless: 'any', signer: undefined, msg: { outcome: 'ok', code: 0, transfers: [] } };
    }
    case 'replay':
      // an earlier successful tx again: its sequence is spent
      return { ...rng.pick(c.included), kind: 'replay' };
    case 'mdeposit': {
      // almost half the deposits fund a trader: 20–80 % of the account's USDC
      const all = spendable(model, from, 'uusdc', FEE);
      const amount = rng.next() < 0.45 ? (all * BigInt(20 + rng.int(61))) / 100n : randomAmount(rng, all);
      if (amount === 0n) return planTx(rng, 'send', c);
      const number = rng.int(3);
      const bytes = await sign(c, key, [marginMsg('MsgDeposit', MsgDeposit.encode(MsgDeposit.fromPartial({ owner: from, subaccount: number, denom: 'uusdc', amount: String(amount), isolated: number === 2 })).finish())]);
      const coins = [{ denom: 'uusdc', amount: String(amount) }];
      return { ...base, bytes, msg: { outcome: 'ok', code: 0, transfers: [{ from, to: MARGIN_ACCOUNT, coins }], margin: [{ owner: from, number, denom: 'uusdc', delta: amount }] } };
    }
    case 'mwithdraw': {
      const subs = model.holding(from, 'uusdc').filter((n) => !c.locked.has(`${from} ${n}`));
      if (subs.length === 0) return planTx(rng, 'mdeposit', c);
      const number = rng.pick(subs);
      const held = model.held(from, number, 'uusdc');
      const over = rng.next() < 0.15;
      // with positions, often everything: the margin check then decides
      const all = c.options.hasPositions(from, number) && rng.next() < 0.5;
      const amount = over ? held + 1n + BigInt(rng.int(1000)) : all ? held : randomAmount(rng, held);
      const bytes = await sign(c, key, [marginMsg('MsgWithdraw', MsgWithdraw.encode(MsgWithdraw.fromPartial({ owner: from, subaccount: number, denom: 'uusdc', amount: String(amount) })).finish())]);
      // withdrawals are blocked (margin/17, before any other check) while an auction is bankrupt; a liquidation
      // step earlier in the block may change that
      const gate = c.liq.liquidatedThisBlock ? 'maybe' : c.liq.blocked ? 'yes' : 'no';
      if (gate === 'yes') return msgfail(bytes, 17, 'margin');
      const gateAlt = gate === 'maybe' ? [{ codespace: 'margin', code: 17 }] : [];
      if (over) return msgfail(bytes, 8, 'margin', gateAlt);
      const coins = [{ denom: 'uusdc', amount: String(amount) }];
      const checked = marginChecked(number);
      if (gate === 'maybe') {
        c.locked.add(`${from} ${number}`);
        Object.assign(checked, { alt: [...(checked.alt ?? []), ...gateAlt], deferred: true });
      }
      return { ...base, bytes, msg: { outcome: 'ok', code: 0, ...checked, transfers: [{ from: MARGIN_ACCOUNT, to: from, coins }], margin: [{ owner: from, number, denom: 'uusdc', delta: -amount }] } };
    }
    case 'mtransfer': {
      const subs = model.holding(from, 'uusdc').filter((n) => !c.locked.has(`${from} ${n}`));
      if (subs.length === 0) return planTx(rng, 'mdeposit', c);
      const src = rng.pick(subs);
      const dst = (src + 1 + rng.int(2)) % 3;
      const amount = randomAmount(rng, model.held(from, src, 'uusdc'));
      const bytes = await sign(c, key, [marginMsg('MsgTransfer', MsgTransfer.encode(MsgTransfer.fromPartial({ owner: from, fromSubaccount: src, toSubaccount: dst, denom: 'uusdc', amount: String(amount) })).finish())]);
      const checked = marginChecked(src);
      if (checked.deferred && !model.subaccounts.has(`${from} ${dst}`)) c.maybeCreated.add(`${from} ${dst}`);
      return { ...base, bytes, msg: { outcome: 'ok', code: 0, ...checked, transfers: [], margin: [{ owner: from, number: src, denom: 'uusdc', delta: -amount }, { owner: from, number: dst, denom: 'uusdc', delta: amount }] } };
    }
    case 'mmode': {
      // standard ⇄ portfolio margin; with positions the subaccount must stay healthy in the new mode (margin/9); no subaccount: margin/5
      const subs = model.subaccountsOf(from);
      const number = subs.length > 0 && rng.next() < 0.9 ? rng.pick(subs) : 3 + rng.int(3);
      const bytes = await sign(c, key, [marginMsg('MsgSetMarginMode', MsgSetMarginMode.encode({ owner: from, subaccount: number, portfolioMargin: rng.next() < 0.6 }).finish())]);
      if (!subs.includes(number)) return msgfail(bytes, 5, 'margin');
      return { ...base, bytes, msg: { outcome: 'ok', code: 0, alt: c.options.hasPositions(from, number) ? [{ codespace: 'margin', code: 9 }, ...c.liq.staleAlt()] : undefined, transfers: [] } };
    }
    case 'mbad': {
      // uatom is not listed as collateral
      const bytes = await sign(c, key, [marginMsg('MsgDeposit', MsgDeposit.encode(MsgDeposit.fromPartial({ owner: from, subaccount: 0, denom: 'uatom', amount: '1' })).finish())]);
      return msgfail(bytes, 6, 'margin');
    }
    default:
      throw new Error(`planTx: ${kind} is planned by planOptionsTx`);
  }
}

/** USDC a subaccount needs to count as a funded trader (it can write a few options). */
const FUNDED = 2_000n * 1_000_000n;

/** An options tx (sim-options.ts) from a trader: an account's subaccount, funded ones more often than the rest. */
async function planOptionsTx(rng: Rng, kind: OptionsTxKind, c: PlanCtx, withFee: Key[]): Promise<PlannedTx> {
  const all = withFee.flatMap((k) => c.model.subaccountsOf(k.address).map((n) => ({ key: k, n })));
  if (all.length === 0) return planTx(rng, 'mdeposit', c);
  const funded = all.filter((t) => c.model.held(t.key.address, t.n, 'uusdc') >= FUNDED);
  const { key, n } = rng.pick(funded.length > 0 && rng.next() < 0.7 ? funded : all);
  const from = key.address;
  const subs = c.model.subaccountsOf(from);
  const missing = [0, 1, 2, 3, 7].filter((m) => !subs.includes(m) && !c.maybeCreated.has(`${from} ${m}`));
  const o = c.options.plan(rng, kind, from, n, missing);
  const bytes = await sign(c, key, o.msgs, { gas: o.gas });
  const base = { kind, signer: from, fee: FEE, txSeq: c.model.seq.get(from) ?? 0n, sigOk: true, bytes, options: o.plan };
  switch (o.expect.kind) {
    case 'ok':
      return { ...base, msg: { outcome: 'ok', code: 0, alt: o.expect.alt ? [...o.expect.alt, ...c.liq.staleAlt()] : undefined, transfers: [] } };
    case 'fail':
      return { ...base, msg: { outcome: 'msgfail', code: o.expect.code, codespace: o.expect.codespace, transfers: [] } };
    case 'stateless':
      return { ...base, stateless: o.expect.code, statelessSpace: o.expect.codespace, signer: undefined, msg: { outcome: 'ok', code: 0, transfers: [] } };
  }
}

/**
 * The liquidation module's txs (sim-liquidation.ts): a thin writer (a small deposit and a sale of options in
 * one tx), the liquidator's steps on the open auctions (valid and invalid), funding the insurance fund.
 */
async function planLiquidationTx(rng: Rng, kind: 'lthin' | 'lliq' | 'lfund', c: PlanCtx, withFee: Key[]): Promise<PlannedTx> {
  const { model, liq } = c;
  const L = c.liquidator;
  const tx = (key: Key, bytes: Uint8Array, variant: string, msg: PlannedTx['msg'], extra: Partial<PlannedTx> = {}): PlannedTx => ({
    kind,
    signer: key.address,
    fee: FEE,
    txSeq: model.seq.get(key.address) ?? 0n,
    sigOk: true,
    bytes,
    msg,
    liqVariant: variant,
    ...extra,
  });
  const stateless = (key: Key, bytes: Uint8Array, variant: string, codespace: string, code: number): PlannedTx => ({
    ...tx(key, bytes, variant, { outcome: 'ok', code: 0, transfers: [] }),
    stateless: code,
    statelessSpace: codespace,
    signer: undefined,
  });
  const fail = (key: Key, bytes: Uint8Array, variant: string, codespace: string, code: number): PlannedTx => tx(key, bytes, variant, { outcome: 'msgfail', code, codespace, transfers: [] });
  const fund = async (key: Key, amount: bigint, variant: string): Promise<PlannedTx> => {
    const bytes = await sign(c, key, [fundMsg(key.address, amount.toString())]);
    return tx(key, bytes, variant, { outcome: 'ok', code: 0, transfers: [{ from: key.address, to: INSURANCE_ADDRESS, coins: [{ denom: 'uusdc', amount: amount.toString() }] }] }, { funds: amount });
  };

  if (kind === 'lfund') {
    const key = rng.pick(withFee);
    const have = model.get(key.address, 'uusdc');
    const r = rng.next();
    if (r < 0.15) return stateless(key, await sign(c, key, [fundMsg(key.address, rng.pick(['0', '-5', '1.5', '']))]), 'fund:bad-amount', 'liquidation', 10);
    if (r < 0.3 || have === 0n) return fail(key, await sign(c, key, [fundMsg(key.address, (have + 1n + BigInt(rng.int(1000))).toString())]), 'fund:too-much', 'sdk', 5);
    return fund(key, randomAmount(rng, have < 2_000_000_000n ? have : 2_000_000_000n), 'fund');
  }

  if (kind === 'lthin') {
    // a thinly collateralised writer: 700–3,200 USDC and a sale of 4–15 at-the-money options in one tx
    const cands = withFee.filter((k) => k.address !== L.address && spendable(model, k.address, 'uusdc', FEE) >= 3_000_000_000n && !c.locked.has(`${k.address} ${THIN_SUB}`));
    if (cands.length === 0) return planTx(rng, 'mdeposit', c);
    const key = rng.pick(cands);
    const from = key.address;
    const amount = BigInt(700 + rng.int(2_500)) * 1_000_000n;
    const o = c.options.planWrite(rng, from, THIN_SUB);
    const dep = marginMsg('MsgDeposit', MsgDeposit.encode(MsgDeposit.fromPartial({ owner: from, subaccount: THIN_SUB, denom: 'uusdc', amount: String(amount), isolated: false })).finish());
    const bytes = await sign(c, key, [dep, ...o.msgs], { gas: o.gas });
    c.locked.add(`${from} ${THIN_SUB}`);
    if (!model.subaccounts.has(`${from} ${THIN_SUB}`)) c.maybeCreated.add(`${from} ${THIN_SUB}`);
    const extra = { options: o.plan };
    if (o.expect.kind === 'fail') return { ...fail(key, bytes, 'thin', o.expect.codespace, o.expect.code), ...extra };
    if (o.expect.kind !== 'ok') throw new SimFailure(`a thin writer's order is expected to be refused while decoding`);
    const coins = [{ denom: 'uusdc', amount: String(amount) }];
    return tx(
      key,
      bytes,
      'thin',
      { outcome: 'ok', code: 0, alt: [...(o.expect.alt ?? []), ...liq.staleAlt()], deferred: true, transfers: [{ from, to: MARGIN_ACCOUNT, coins }], margin: [{ owner: from, number: THIN_SUB, denom: 'uusdc', delta: amount }] },
      extra,
    );
  }

  // the liquidator
  if (!withFee.some((k) => k.address === L.address)) return planTx(rng, 'send', c);
  const mine = `${L.address} ${LIQUIDATOR_SUB}`;
  if (!model.subaccounts.has(mine) || (model.held(L.address, LIQUIDATOR_SUB, 'uusdc') < 500_000_000_000n && rng.next() < 0.2)) {
    const amount = BigInt(1_000_000 + rng.int(2_000_000)) * 1_000_000n;
    if (spendable(model, L.address, 'uusdc', FEE) < amount) return planTx(rng, 'send', c);
    const bytes = await sign(c, L, [marginMsg('MsgDeposit', MsgDeposit.encode(MsgDeposit.fromPartial({ owner: L.address, subaccount: LIQUIDATOR_SUB, denom: 'uusdc', amount: String(amount), isolated: false })).finish())]);
    const coins = [{ denom: 'uusdc', amount: String(amount) }];
    return tx(L, bytes, 'liquidator-deposit', { outcome: 'ok', code: 0, transfers: [{ from: L.address, to: MARGIN_ACCOUNT, coins }], margin: [{ owner: L.address, number: LIQUIDATOR_SUB, denom: 'uusdc', delta: amount }] });
  }
  // bad debt blocks withdrawals until the fund covers it: the liquidator sometimes tops the fund up
  if (liq.blocked && rng.next() < 0.3) {
    const have = model.get(L.address, 'uusdc');
    if (have > 1_000_000n) return fund(L, have / 5n, 'fund:top-up');
  }
  const msg = (v: { owner: string; subaccount: number; instrumentId: string; size: bigint; liquidatorSubaccount?: number; liquidator?: string }) =>
    liquidateMsg({ liquidator: L.address, liquidatorSubaccount: LIQUIDATOR_SUB, ...v });
  const open = liq.untouched().filter((a) => !(a.owner === L.address && a.subaccount === LIQUIDATOR_SUB));
  const r = rng.next();
  if (open.length === 0 || r < 0.12) {
    const v = rng.next();
    const some = c.options.instruments[0].id;
    if (v < 0.3) return stateless(L, await sign(c, L, [msg({ owner: L.address, subaccount: LIQUIDATOR_SUB, instrumentId: some, size: 1n })]), 'liq:self', 'liquidation', 9);
    if (v < 0.45) return stateless(L, await sign(c, L, [msg({ owner: rng.pick(c.keys).address, subaccount: 0, instrumentId: some, size: 0n })]), 'liq:zero-size', 'liquidation', 7);
    // a subaccount that is not being liquidated (auctions open only at the end of a block)
    const owner = rng.pick(c.keys).address;
    const sub = rng.int(3);
    if (liq.auctionAt(owner, sub) || (owner === L.address && sub === LIQUIDATOR_SUB)) return stateless(L, await sign(c, L, [msg({ owner: L.address, subaccount: LIQUIDATOR_SUB, instrumentId: some, size: 1n })]), 'liq:self', 'liquidation', 9);
    return fail(L, await sign(c, L, [msg({ owner, subaccount: sub, instrumentId: some, size: 1n })]), 'liq:not-in-auction', 'liquidation', 5);
  }
  const a = rng.pick(open);
  liq.touch(a.owner, a.subaccount);
  liq.liquidatedThisBlock = true;
  const target = { owner: a.owner, subaccount: a.subaccount };
  const positions = c.options.positionsOf(a.owner, a.subaccount);
  const mineInAuction = liq.auctionAt(L.address, LIQUIDATOR_SUB) !== undefined;
  if (positions.length === 0) {
    const bytes = await sign(c, L, [msg({ ...target, instrumentId: c.options.instruments[0].id, size: 1n })]);
    return fail(L, bytes, 'liq:no-position', 'liquidation', mineInAuction ? 11 : 6);
  }
  const p = rng.pick(positions);
  const abs = p.size < 0n ? -p.size : p.size;
  const cap = (abs + 1n) / 2n; // max_share_per_block 0.5 of the position, rounded up
  const v = rng.next();
  if (v < 0.06) {
    // the owner of another auctioned subaccount as the liquidator, from that subaccount
    const other = liq.untouched().find((b) => (b.owner !== a.owner || b.subaccount !== a.subaccount) && withFee.some((k) => k.address === b.owner));
    if (other) {
      const key = withFee.find((k) => k.address === other.owner)!;
      const bytes = await sign(c, key, [liquidateMsg({ liquidator: other.owner, liquidatorSubaccount: other.subaccount, ...target, instrumentId: p.instrumentId, size: 1n })]);
      return fail(key, bytes, 'liq:liquidator-in-auction', 'liquidation', 11);
    }
  }
  if (mineInAuction) return fail(L, await sign(c, L, [msg({ ...target, instrumentId: p.instrumentId, size: 1n })]), 'liq:liquidator-in-auction', 'liquidation', 11);
  if (v < 0.12) {
    const held = new Set(positions.map((x) => x.instrumentId));
    const none = c.options.instruments.find((i) => !held.has(i.id));
    if (none) return fail(L, await sign(c, L, [msg({ ...target, instrumentId: none.id, size: 1n })]), 'liq:no-position', 'liquidation', 6);
  }
  if (v < 0.24) {
    // over the block's share, or above the position
    if (cap + 1n <= abs) return fail(L, await sign(c, L, [msg({ ...target, instrumentId: p.instrumentId, size: cap + 1n })]), 'liq:over-share', 'liquidation', 8);
    return fail(L, await sign(c, L, [msg({ ...target, instrumentId: p.instrumentId, size: abs + 1n })]), 'liq:over-position', 'liquidation', 7);
  }
  if (v < 0.3) {
    // from a subaccount the liquidator does not have
    const ghost = 20 + rng.int(10);
    if (!model.subaccounts.has(`${L.address} ${ghost}`)) return fail(L, await sign(c, L, [msg({ ...target, instrumentId: p.instrumentId, size: 1n, liquidatorSubaccount: ghost })]), 'liq:unknown-liquidator', 'liquidation', 12);
  }
  // a valid step: the liquidator's initial margin (margin/9) or a stale price (margin/10) may refuse it
  c.locked.add(mine);
  c.locked.add(`${a.owner} ${a.subaccount}`);
  const size = 1n + BigInt(rng.int(Number(cap)));
  const bytes = await sign(c, L, [msg({ ...target, instrumentId: p.instrumentId, size })]);
  return tx(L, bytes, 'liq:step', { outcome: 'ok', code: 0, alt: [{ codespace: 'margin', code: 9 }, ...liq.staleAlt()], transfers: [] });
}

export interface Divergence {
  height: number;
  fields: string[];
  a?: HeightRecord;
  b?: HeightRecord;
}

/**
 * The first height at which two runs' records differ (app hash, results, events or a store), or
 * undefined; with `field`, the first height at which that field differs (e.g. 'appHash').
 */
export function firstDivergence(a: HeightRecord[], b: HeightRecord[], field?: string): Divergence | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) return field ? undefined : { height: (x ?? y)!.height, fields: ['missing in one run'], a: x, b: y };
    const fields: string[] = [];
    if (x.appHash !== y.appHash) fields.push('appHash');
    if (x.resultsHash !== y.resultsHash) fields.push('resultsHash');
    if (x.eventsHash !== y.eventsHash) fields.push('eventsHash');
    for (const s of Object.keys(x.stores)) if (x.stores[s] !== y.stores[s]) fields.push(`store:${s}`);
    if (fields.length > 0 && (!field || fields.includes(field))) return { height: x.height, fields, a: x, b: y };
  }
  return undefined;
}

/** One line per differing field: "appHash 1a2b… ≠ 3c4d…". */
export function describeDivergence(d: Divergence): string {
  const val = (r: HeightRecord | undefined, f: string): string => {
    if (!r) return '-';
    const v = f.startsWith('store:') ? r.stores[f.slice(6)] : (r as unknown as Record<string, string>)[f];
    return v ? v.slice(0, 16) : '-';
  };
  return `height ${d.height}: ${d.fields.map((f) => `${f} ${val(d.a, f)} ≠ ${val(d.b, f)}`).join(', ')}`;
}

/** A validator's whole vote extension carrying only an oracle section (what a settle node sends). */
function oracleExtension(section: Uint8Array): Uint8Array {
  return encodeVoteExtension(new Map([['oracle', section]]));
}
