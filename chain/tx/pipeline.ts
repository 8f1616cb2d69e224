import * as os from 'node:os';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { Event, ExecTxResult, ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import type { BlockInfo, Context, Module, MsgRegistration, TxOutcome, TxProcessor } from '../app';
import { EventCollector, MountedStores } from '../app';
import { toAbciError } from '../errors';
import type { CacheMultiStore } from '../store';
import { GenerationalCache } from '../store/node-cache';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AnteContext, composeAnte, defaultAnteDecorators, verifiedId, type AnteDecorator, type AnteDeps, type AnteHandler, type ExecMode, type MinGasPrice } from './ante';
import { signBytes } from './sign-bytes';
import { VerifierPool } from './verifier-pool';
import { DecodedTx } from './decode';
import { DecodedTxCache } from './decoded-cache';
import { GasKVStore, GasMeter, INFINITE_GAS } from './gas';
import type { AccountKeeper, FeeKeeper } from './keepers';

export interface TxPipelineOptions {
  modules: Module[];
  accounts: AccountKeeper;
  fees: FeeKeeper;
  /** Node-local minimum gas price (CheckTx only). */
  minGasPrice?: MinGasPrice;
  /** Decoded txs kept between CheckTx, recheck and FinalizeBlock (default 30,000; 0 decodes every time). */
  decodedTxCacheSize?: number;
  /**
   * The ante chain from the default one (chain/tx/ante): return it changed, e.g. with
   * `insertAnteBefore(defaults, 'deductFee', relayerRules)` or
   * `replaceAnte(defaults, 'checkSequence', (seq) => …)`. Called once, at construction.
   */
  anteDecorators?: (defaults: AnteDecorator[]) => AnteDecorator[];
}

/**
 * Decode → ante → messages, each tx on its own branch of the given state: a tx failing in the ante
 * pipeline changes nothing; one whose messages fail keeps only the ante's effects (fee, sequence).
 * Never throws for a bad tx.
 */
export class TxPipeline implements TxProcessor {
  readonly registry = new Map<string, MsgRegistration>();
  private readonly moduleOf = new Map<string, string>();
  private readonly deps: AnteDeps;
  /** The ante chain's decorators, in order, and the handler composed from them. */
  readonly anteDecorators: readonly AnteDecorator[];
  private readonly ante: AnteHandler;
  private readonly decoded: DecodedTxCache;
  private readonly pool = new VerifierPool();
  private readonly mounts: MountedStores;
  /**
   * Worker checks pay only with spare cores: on 2 cores they cost ~270 µs more CPU per tx than they
   * save the main thread (docs/performance.md), so below 4 cores the ante verifies in-thread.
   */
  private readonly useWorkers = (os.availableParallelism?.() ?? os.cpus().length) >= 4;
  /**
   * Set only where worker checks are used, so that elsewhere the app skips the prefetch step
   * entirely (a branch, a tx key and an await per CheckTx and per block tx, for nothing).
   */
  readonly prefetch?: (state: CacheMultiStore, bytes: Uint8Array, block: BlockInfo) => Promise<void>;

  constructor(options: TxPipelineOptions) {
    for (const m of options.modules) {
      for (const reg of m.msgs ?? []) {
        if (this.registry.has(reg.typeUrl)) throw new Error(`message type ${reg.typeUrl} registered twice`);
        this.registry.set(reg.typeUrl, reg);
        this.moduleOf.set(reg.typeUrl, m.name);
      }
    }
    this.mounts = new MountedStores(options.modules.map((m) => m.storeKey));
    this.decoded = new DecodedTxCache(this.registry, options.decodedTxCacheSize);
    if (this.useWorkers) this.prefetch = (state, bytes, block) => this.prefetchOnWorkers(state, bytes, block);
    this.deps = {
      accounts: options.accounts,
      fees: options.fees,
      minGasPrice: options.minGasPrice,
      verified: new GenerationalCache(200_000),
    };
    const defaults = defaultAnteDecorators(this.deps);
    this.anteDecorators = options.anteDecorators ? options.anteDecorators(defaults) : defaults;
    this.ante = composeAnte(this.anteDecorators);
  }

  checkTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo, recheck: boolean): ResponseCheckTx {
    const r = this.run(state, tx, block, recheck ? 'recheck' : 'check');
    if (recheck) {
      // CometBFT reads only the code (keep or evict) and gas wanted (its max-gas post-check) of a
      // recheck, and passes nothing on; events and data would be encoded and sent for nothing.
      return ResponseCheckTx.fromPartial({ code: r.code, codespace: r.codespace, log: r.log, gasWanted: r.gasWanted, gasUsed: r.gasUsed });
    }
    return ResponseCheckTx.fromPartial({ code: r.code, codespace: r.codespace, log: r.log, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: r.events });
  }

  deliverTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): ExecTxResult {
    const r = this.run(state, tx, block, 'deliver');
    return ExecTxResult.fromPartial({ code: r.code, codespace: r.codespace, log: r.log, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: r.events });
  }

  /**
   * Starts verifying the tx's signatures on the worker pool, as if checked against `state` now (the
   * signer's account number from state, the sequence the tx claims). A valid signature lands in the
   * verified cache, so the ante pipeline later skips it; anything else is left for the ante to judge.
   */
  private prefetchOnWorkers(state: CacheMultiStore, bytes: Uint8Array, block: BlockInfo): Promise<void> {
    let tx: DecodedTx;
    try {
      tx = this.decoded.decode(bytes);
    } catch {
      return Promise.resolve();
    }
    const ctx = this.context(block, state, new GasMeter(INFINITE_GAS), new EventCollector());
    const checks: Promise<void>[] = [];
    for (const signer of tx.signers) {
      if (signer.mode === SignMode.SIGN_MODE_UNSPECIFIED) continue;
      let acc;
      try {
        acc = this.deps.accounts.getSignerAccount(ctx, signer.address);
      } catch {
        continue;
      }
      const pubKey = acc?.pubKey ?? signer.pubKey;
      if (!acc || !pubKey) continue;
      let bytesToSign: Uint8Array;
      try {
        bytesToSign = signBytes(tx, signer.mode, block.chainId, acc.accountNumber, signer.sequence);
      } catch {
        continue;
      }
      const id = verifiedId(bytesToSign, pubKey, signer.signature);
      if (this.deps.verified.get(id)) continue;
      checks.push(this.pool.verify(pubKey, bytesToSign, signer.signature).then((ok) => {
        if (ok) this.deps.verified.put(id, true);
      }));
    }
    return Promise.all(checks).then(() => undefined);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** The tx's messages, decoded (and cached for its execution), or undefined when it does not decode. */
  peek(bytes: Uint8Array): { typeUrl: string; msg: unknown }[] | undefined {
    try {
      return this.decoded.decode(bytes).msgs.map((m) => ({ typeUrl: m.typeUrl, msg: m.msg }));
    } catch {
      return undefined;
    }
  }

  gasLimit(bytes: Uint8Array): bigint | undefined {
    try {
      return this.decoded.decode(bytes).gasLimit;
    } catch {
      return undefined;
    }
  }

  /** Runs the tx on `state` without verifying signatures and with unlimited gas (the caller discards `state`). */
  simulate(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): TxOutcome {
    return this.run(state, tx, block, 'simulate');
  }

  private run(state: CacheMultiStore, bytes: Uint8Array, block: BlockInfo, mode: ExecMode): TxOutcome {
    let tx: DecodedTx;
    try {
      tx = this.decoded.decode(bytes);
    } catch (err) {
      return failure(err, 0n, 0n, []);
    }
    const meter = new GasMeter(mode === 'simulate' ? INFINITE_GAS : tx.gasLimit);
    const anteEvents = mode === 'recheck' ? new DiscardedEvents() : new EventCollector();
    const anteState = state.branch();
    try {
      const ctx = this.context(block, anteState, meter, anteEvents);
      this.ante(new AnteContext(ctx, tx, meter, mode, this.deps.accounts.txParams(ctx)));
    } catch (err) {
      return failure(err, tx.gasLimit, meter.consumed, []);
    }
    if (mode === 'check' || mode === 'recheck') {
      anteState.write();
      return success(tx, meter, anteEvents.events, []);
    }
    const msgState = anteState.branch();
    const msgEvents = new EventCollector();
    const responses: Any[] = [];
    try {
      tx.msgs.forEach((m, i) => {
        const before = msgEvents.events.length;
        msgEvents.emit('message', { action: m.typeUrl, sender: m.registration.signers(m.msg)[0], module: this.moduleOf.get(m.typeUrl)!, msg_index: String(i) });
        const fixed = m.registration.fixedGas?.(m.msg);
        if (fixed !== undefined) meter.consume(fixed, `fixed gas of ${m.typeUrl}`);
        const value = m.registration.handle(this.context(block, msgState, meter, msgEvents, fixed === undefined), m.msg);
        for (const e of msgEvents.events.slice(before + 1)) e.attributes.push({ key: 'msg_index', value: String(i), index: true });
        responses.push({ typeUrl: m.registration.responseTypeUrl, value });
      });
    } catch (err) {
      anteState.write(); // the fee and the sequence stay
      return failure(err, tx.gasLimit, meter.consumed, anteEvents.events);
    }
    msgState.write();
    anteState.write();
    return success(tx, meter, [...anteEvents.events, ...msgEvents.events], responses);
  }

  /** `meteredStores` false: for a message with a fixed gas schedule (already charged), store access is not gas. */
  private context(block: BlockInfo, state: CacheMultiStore, meter: GasMeter, events: EventCollector, meteredStores = true): Context {
    return {
      block,
      kvStore: meteredStores ? (key) => new GasKVStore(state.store(this.mounts.nameOf(key)), meter) : (key) => state.store(this.mounts.nameOf(key)),
      emit: (type, attrs) => events.emit(type, attrs),
      consumeGas: (amount, descriptor) => meter.consume(amount, descriptor),
    };
  }
}

/** A recheck's events reach no one (see checkTx), so they are not built. */
class DiscardedEvents extends EventCollector {
  override emit(): void {}
}

function success(tx: DecodedTx, meter: GasMeter, events: Event[], msgResponses: Any[]): TxOutcome {
  return {
    code: 0,
    codespace: '',
    log: '',
    data: TxMsgData.encode({ data: [], msgResponses }).finish(),
    gasWanted: tx.gasLimit,
    gasUsed: meter.consumed,
    events,
    msgResponses,
  };
}

function failure(err: unknown, gasWanted: bigint, gasUsed: bigint, events: Event[]): TxOutcome {
  const e = toAbciError(err);
  return { ...e, data: new Uint8Array(0), gasWanted, gasUsed, events, msgResponses: [] };
}
