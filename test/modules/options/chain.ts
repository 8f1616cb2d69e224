// A settle chain for options tests: the real app (composition root, tx pipeline, stores) with funded
// accounts, BTC/USD priced at 100,000 with a 50 % vol surface in genesis (heartbeat one day, so that
// prices stay fresh without vote extensions), and BTC options listed at the surface's expiry.
import { RequestExtendVote, RequestPrepareProposal, type ExecTxResult, type Event, type ExtendedCommitInfo } from 'cosmjs-types/tendermint/abci/types';
import type { FeedSnapshot } from '../../../modules/oracle/feed';
import { snapshot, soleValidatorCommit, validator, type Validator } from '../oracle/harness';
import { QueryAccountInfoRequest, QueryAccountInfoResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import type { SettleApp } from '../../../chain/app';
import type { SettleModuleOptions } from '../../../chain/node/modules';
import { instrumentId } from '../../../modules/options/instruments';
import { defaultGenesis as optionsGenesis } from '../../../modules/options/genesis';
import { MsgDeposit } from '../../../proto/gen/settle/margin/v1/tx';
import { MsgAcceptQuote, MsgBatch, MsgCancelAllAfter, MsgRequestQuote, MsgSubmitQuote, MsgCancelOrder, MsgListInstrument, MsgMassCancel, MsgUpdateParams, MsgPlaceCombo, MsgPlaceOrder, MsgResetMmp, MsgSetMmp } from '../../../proto/gen/settle/options/v1/tx';
import { Instrument, InstrumentStatus, OptionKind, OrderSpec, Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { Dec } from '../../../chain/math';
import { deriveKeys, fundedAppState, signTx, type EncodedMsg, type Key } from '../../reliability/lib/accounts';
import { block, CHAIN_ID, openApp, query, type TestModules } from '../helpers';

export const GENESIS_TIME = 1_764_000_000n;
/** 30 days after genesis at 08:00 UTC. */
export const EXPIRY = (GENESIS_TIME / 86_400n + 30n) * 86_400n + 28_800n;
export const USDC = 1_000_000n;

/** A deposit of `usdc` whole USDC into subaccount 0 of `k`, as one tx for `OptionsChain.run`. */
export function depositTx(k: Key, usdc: bigint): [Key, EncodedMsg[]] {
  return [k, [encode.deposit({ owner: k.address, subaccount: 0, denom: 'uusdc', amount: (usdc * USDC).toString() })]];
}

/** A vol slice at `expiry` shaped like `like` (the genesis surface's first), with a = 0.25 × years from genesis to expiry. */
export function sliceAt<T extends object>(like: T, expiry: bigint): T & { expiry: string; a: string } {
  return { ...like, expiry: expiry.toString(), a: Dec.parse('0.25').mul(Dec.fromInt(expiry - GENESIS_TIME).divInt(31_557_600n, 'down'), 'down').toString() };
}

export function btcOption(strike: number, kind: 'C' | 'P'): Instrument {
  const k = kind === 'C' ? OptionKind.OPTION_KIND_CALL : OptionKind.OPTION_KIND_PUT;
  return {
    id: instrumentId('BTC/USD', EXPIRY, Dec.fromInt(BigInt(strike)), k),
    underlying: 'BTC/USD',
    expiry: EXPIRY,
    strike: String(strike),
    kind: k,
    contractSize: '0.01',
    tickSize: 10_000n, // 0.01 USDC per contract
    minSize: 1n,
    openInterestCap: 0n,
    status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
    settlementPrice: '',
  };
}

export const CALL_100K = btcOption(100_000, 'C');
export const CALL_110K = btcOption(110_000, 'C');
export const PUT_90K = btcOption(90_000, 'P');

export const encode = {
  deposit: (v: Partial<MsgDeposit>): EncodedMsg => ({ typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.encode(MsgDeposit.fromPartial(v)).finish() }),
  place: (v: Partial<MsgPlaceOrder>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgPlaceOrder', value: MsgPlaceOrder.encode(MsgPlaceOrder.fromPartial(v)).finish() }),
  cancel: (v: Partial<MsgCancelOrder>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgCancelOrder', value: MsgCancelOrder.encode(MsgCancelOrder.fromPartial(v)).finish() }),
  batch: (v: Partial<MsgBatch>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgBatch', value: MsgBatch.encode(MsgBatch.fromPartial(v)).finish() }),
  massCancel: (v: Partial<MsgMassCancel>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgMassCancel', value: MsgMassCancel.encode(MsgMassCancel.fromPartial(v)).finish() }),
  combo: (v: Partial<MsgPlaceCombo>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgPlaceCombo', value: MsgPlaceCombo.encode(MsgPlaceCombo.fromPartial(v)).finish() }),
  cancelAllAfter: (v: Partial<MsgCancelAllAfter>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgCancelAllAfter', value: MsgCancelAllAfter.encode(MsgCancelAllAfter.fromPartial(v)).finish() }),
  setMmp: (v: Partial<MsgSetMmp>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgSetMmp', value: MsgSetMmp.encode(MsgSetMmp.fromPartial(v)).finish() }),
  resetMmp: (v: Partial<MsgResetMmp>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgResetMmp', value: MsgResetMmp.encode(MsgResetMmp.fromPartial(v)).finish() }),
  rfq: (v: Partial<MsgRequestQuote>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgRequestQuote', value: MsgRequestQuote.encode(MsgRequestQuote.fromPartial(v)).finish() }),
  quote: (v: Partial<MsgSubmitQuote>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgSubmitQuote', value: MsgSubmitQuote.encode(MsgSubmitQuote.fromPartial(v)).finish() }),
  accept: (v: Partial<MsgAcceptQuote>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgAcceptQuote', value: MsgAcceptQuote.encode(MsgAcceptQuote.fromPartial(v)).finish() }),
  list: (v: Partial<MsgListInstrument>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgListInstrument', value: MsgListInstrument.encode(MsgListInstrument.fromPartial(v)).finish() }),
  updateParams: (v: Partial<MsgUpdateParams>): EncodedMsg => ({ typeUrl: '/settle.options.v1.MsgUpdateParams', value: MsgUpdateParams.encode(MsgUpdateParams.fromPartial(v)).finish() }),
};

export function spec(v: Partial<OrderSpec> & { clientId: bigint; side: Side; price: bigint; size: bigint }): OrderSpec {
  return OrderSpec.fromPartial({ instrumentId: CALL_110K.id, timeInForce: TimeInForce.TIME_IN_FORCE_GTC, ...v });
}

/** The app state: funded keys, the oracle's BTC/USD price and surface, the instruments; the first key is the options authority. */
export function appState(keys: Key[], instruments: Instrument[] = [CALL_100K, CALL_110K, PUT_90K]): Record<string, unknown> {
  const state = fundedAppState(keys.map((k) => ({ address: k.address, coins: [{ denom: 'usettle', amount: '100000000' }, { denom: 'uusdc', amount: (1_000_000n * USDC).toString() }] })));
  const oracle = state.oracle as Record<string, any>;
  const nanos = (GENESIS_TIME * 1_000_000_000n).toString();
  oracle.params.heartbeatSeconds = '86400';
  if (!oracle.markets.some((m: { id: string }) => m.id === 'BTC/USD')) oracle.markets.push({ id: 'BTC/USD', decimals: 2, minReportPower: '', enabled: true, index: oracle.markets.length });
  oracle.prices = [{ market: 'BTC/USD', price: '100000', height: '0', timeNanos: nanos, power: '0' }];
  // a flat 50 % smile: total variance a = 0.25 · T
  const years = Dec.fromInt(EXPIRY - GENESIS_TIME).divInt(31_557_600n, 'down');
  oracle.surfaces = [{ market: 'BTC/USD', slices: [{ expiry: EXPIRY.toString(), a: Dec.parse('0.25').mul(years, 'down').toString(), b: '0.0001', rho: '0', m: '0', sigma: '0.1' }], height: '0', timeNanos: nanos }];
  oracle.checkpoints = [{ market: 'BTC/USD', checkpoints: [{ timeNanos: nanos, cumulative: '0', price: '100000' }] }];
  oracle.blockTimeNanos = nanos;
  const options = optionsGenesis() as Record<string, any>;
  options.params.authority = keys[0].address;
  options.instruments = instruments.map((i) => Instrument.toJSON(i));
  return { ...state, options };
}

export class OptionsChain {
  height = 0;
  /** With `oracle: true`: what the one validator's price feeder reports (its vote extension each height). */
  feed: FeedSnapshot | undefined;
  private validator: Validator | undefined;
  private lastCommit: ExtendedCommitInfo = { round: 0, votes: [] };
  /** Seconds added to every later block's time (block time = genesis time + height + skip). */
  skip = 0n;
  private sequences = new Map<string, bigint>();

  private constructor(
    readonly app: SettleApp,
    readonly modules: TestModules,
    readonly keys: Key[],
  ) {}

  /**
   * A new chain. With `oracle: true` it has one validator whose price feeder is `chain.feed` (set it with
   * `setPrice`): each block is proposed through PrepareProposal with the last height's vote extension, so
   * the oracle's prices move as on a real node.
   */
  static async open(dir: string, label: string, n: number, state?: (keys: Key[]) => Record<string, unknown>, opts: { oracle?: boolean; modules?: SettleModuleOptions } = {}): Promise<OptionsChain> {
    const keys = await deriveKeys(label, n);
    let chain: OptionsChain | undefined;
    const feed = opts.oracle ? { latest: () => chain?.feed } : undefined;
    const opened = await openApp(dir, { modules: { ...opts.modules, feed } });
    chain = new OptionsChain(opened.app, opened, keys);
    const v = opts.oracle ? validator(0) : undefined;
    chain.validator = v;
    await opened.app.initChain({
      chainId: CHAIN_ID,
      initialHeight: 1n,
      time: { seconds: GENESIS_TIME, nanos: 0 },
      validators: v ? [{ pubKey: { ed25519: v.pubKey }, power: v.power }] : [],
      consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n }, ...(v ? { abci: { voteExtensionsEnableHeight: 1n } } : {}) },
      appStateBytes: Buffer.from(JSON.stringify((state ?? appState)(keys))),
    });
    await chain.run([]);
    return chain;
  }

  /** Signs each msg list as one tx, runs them in one block, commits, checks every invariant; returns the block's results. */
  async run(txs: [Key, EncodedMsg[]][]): Promise<{ txs: ExecTxResult[]; events: Event[] }> {
    const signed: Uint8Array[] = [];
    for (const [key, msgs] of txs) {
      const seq = this.sequences.get(key.address) ?? 0n;
      this.sequences.set(key.address, seq + 1n);
      signed.push(await signTx(key, msgs, { chainId: CHAIN_ID, accountNumber: BigInt(this.keys.indexOf(key)), sequence: seq, fee: [{ denom: 'usettle', amount: '5000' }], gas: 20_000_000n }));
    }
    const res = await this.finalize(signed);
    for (const [key] of txs) {
      const info = await query(this.app, '/cosmos.auth.v1beta1.Query/AccountInfo', QueryAccountInfoRequest, { address: key.address }, QueryAccountInfoResponse);
      this.sequences.set(key.address, info.info!.sequence);
    }
    const broken = this.app.checkInvariants();
    if (broken.length > 0) throw new Error(`invariants broken at height ${this.height}: ${broken.join('; ')}`);
    return { txs: res.txResults, events: res.events };
  }

  /** Runs already signed txs in one block, commits, checks every invariant. */
  async runRaw(signed: Uint8Array[]): Promise<{ txs: ExecTxResult[]; events: Event[] }> {
    const res = await this.finalize(signed);
    const broken = this.app.checkInvariants();
    if (broken.length > 0) throw new Error(`invariants broken at height ${this.height}: ${broken.join('; ')}`);
    return { txs: res.txResults, events: res.events };
  }

  /** The feeder's BTC/USD price from the next height on (its vote extension carries it into the block after). */
  setPrice(price: string): void {
    this.feed = snapshot({ 'BTC/USD': price });
  }

  /** One height: the block (with the oracle's injected vote-extension tx first when there is a validator), committed. */
  private async finalize(signed: Uint8Array[]): Promise<{ txResults: ExecTxResult[]; events: Event[] }> {
    this.height++;
    const time = GENESIS_TIME + BigInt(this.height) + this.skip;
    if (!this.validator) {
      const res = await this.app.finalizeBlock(block(this.height, signed, time));
      await this.app.commit({});
      return res;
    }
    const prepared = await this.app.prepareProposal(RequestPrepareProposal.fromPartial({ height: BigInt(this.height), localLastCommit: this.lastCommit, txs: signed, maxTxBytes: 4_000_000n, time: { seconds: time, nanos: 0 } }));
    const injected = prepared.txs.length - signed.length;
    const res = await this.app.finalizeBlock({ ...block(this.height, prepared.txs, time), proposerAddress: this.validator.address });
    await this.app.commit({});
    const ext = (await this.app.extendVote(RequestExtendVote.fromPartial({ hash: new Uint8Array(32), height: BigInt(this.height) }))).voteExtension;
    this.lastCommit = soleValidatorCommit(this.validator, ext, this.height, CHAIN_ID);
    return { txResults: res.txResults.slice(injected), events: res.events };
  }

  /** A tx signed with the given sequence and timeout height (sequence-free order txs), not run. */
  sign(key: Key, msgs: EncodedMsg[], sequence: bigint, timeoutHeight: bigint): Promise<Uint8Array> {
    return signTx(key, msgs, { chainId: CHAIN_ID, accountNumber: BigInt(this.keys.indexOf(key)), sequence, fee: [{ denom: 'usettle', amount: '5000' }], gas: 20_000_000n, timeoutHeight });
  }

  async sequence(key: Key): Promise<bigint> {
    return (await query(this.app, '/cosmos.auth.v1beta1.Query/AccountInfo', QueryAccountInfoRequest, { address: key.address }, QueryAccountInfoResponse)).info!.sequence;
  }

  /** Events of a type from a block's end (FinalizeBlock events), attributes parsed from JSON. */
  static events(events: Event[], type: string): Record<string, unknown>[] {
    return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, JSON.parse(a.value)])));
  }
}
