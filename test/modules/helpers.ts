import { RequestFinalizeBlock, RequestInitChain, ResponseQuery } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { Context, EventCollector, makeContext, QueryContext, SettleApp, storeKeys, TxProcessor } from '../../chain/app';
import { accountAddress } from '../../chain/address';
import { AppError } from '../../chain/errors';
import { CacheMultiStore, KVReader, MultiStore } from '../../chain/store';
import { sha256 } from '../../chain/store/hash';
import { settleModules, type SettleModuleOptions } from '../../chain/node/modules';

export const logger = pino({ level: 'silent' });
export const CHAIN_ID = 'settle-test-1';

/** A deterministic test address: the first 20 bytes of sha256(label). */
export function addr(label: string): string {
  return accountAddress(sha256(Buffer.from(label)).subarray(0, 20));
}

/** The app as the node builds it (the composition root), with extra module accounts for the tests. */
export function settleTestModules(options: SettleModuleOptions = {}) {
  const m = settleModules(options);
  return { ...m, auth: { keeper: m.keepers.auth }, bank: { keeper: m.keepers.bank }, consensus: { keeper: m.keepers.consensus } };
}

export type TestModules = ReturnType<typeof settleTestModules>;

export async function openApp(
  dir: string,
  options: { modules?: SettleModuleOptions; txProcessor?: (m: TestModules) => TxProcessor } = {},
): Promise<{ app: SettleApp } & TestModules> {
  const m = settleTestModules(options.modules);
  const app = await SettleApp.open({
    dbPath: dir,
    modules: m.modules,
    chainParams: m.chainParams,
    logger,
    sync: false,
    txProcessor: options.txProcessor ? options.txProcessor(m) : m.txProcessor,
  });
  return { app, ...m };
}

/** Store keys for keeper tests on a Harness (which opens stores by key name). */
export const testKeys = storeKeys('auth', 'bank');

export function initChainRequest(appState: object = {}): RequestInitChain {
  return RequestInitChain.fromPartial({
    chainId: CHAIN_ID,
    initialHeight: 1n,
    time: { seconds: 1_764_000_000n, nanos: 0 },
    appStateBytes: Buffer.from(JSON.stringify(appState)),
    consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n }, abci: { voteExtensionsEnableHeight: 1n } },
  });
}

export function block(height: number, txs: Uint8Array[] = [], timeSeconds = 1_764_000_000n + BigInt(height)): RequestFinalizeBlock {
  return RequestFinalizeBlock.fromPartial({
    height: BigInt(height),
    time: { seconds: timeSeconds, nanos: 0 },
    proposerAddress: Buffer.alloc(20, 1),
    txs,
  });
}

/** InitChain with the given app_state, then one empty block committed, so queries have a height. */
export async function startChain(app: SettleApp, appState: object = {}): Promise<void> {
  await app.initChain(initChainRequest(appState));
  await app.finalizeBlock(block(1));
  await app.commit({});
}

export interface Codec<Req, Res> {
  encode(m: Req): { finish(): Uint8Array };
  decode(b: Uint8Array): Res;
}

/** Runs a gRPC query through the app's query router at the latest height. */
export async function query<Req, Res>(
  app: SettleApp,
  path: string,
  reqCodec: { fromPartial(o: object): Req; encode(m: Req): { finish(): Uint8Array } },
  req: object,
  resCodec: { decode(b: Uint8Array): Res },
): Promise<Res> {
  const r = await app.query({ path, data: reqCodec.encode(reqCodec.fromPartial(req)).finish(), height: 0n, prove: false });
  if (r.code !== 0) throw new Error(`query ${path} failed: ${r.codespace}/${r.code} ${r.log}`);
  return resCodec.decode(r.value);
}

export async function rawQuery(app: SettleApp, path: string, data: Uint8Array): Promise<ResponseQuery> {
  return app.query({ path, data, height: 0n, prove: false });
}

/** Every key=value of a store, hex. */
export function dump(store: KVReader): string[] {
  return [...store.iterator()].map((p) => Buffer.from(p.key).toString('hex') + '=' + Buffer.from(p.value).toString('hex'));
}

/** Stores for direct keeper tests: a MultiStore with the auth and bank stores, branched. */
export class Harness {
  readonly events = new EventCollector();
  private constructor(readonly ms: MultiStore, readonly state: CacheMultiStore) {}

  static async open(dir: string, stores: string[] = ['auth', 'bank']): Promise<Harness> {
    const ms = await MultiStore.open({ path: dir, stores, sync: false });
    return new Harness(ms, ms.branch());
  }

  ctx(height = 1): Context {
    return makeContext({ height, timeNanos: 0n, chainId: CHAIN_ID, proposerAddress: new Uint8Array(0) }, (key) => this.state.store(key.name), this.events);
  }

  queryCtx(): QueryContext {
    return { height: 1, kvStore: (key) => this.state.store(key.name) };
  }

  dump(): Record<string, string[]> {
    return { auth: dump(this.state.store('auth')), bank: dump(this.state.store('bank')) };
  }

  /** Events since the last call, as [type, [[key, value]...]]. */
  takeEvents(): [string, [string, string][]][] {
    const out = this.events.events.map((e) => [e.type, e.attributes.map((a) => [a.key, a.value] as [string, string])] as [string, [string, string][]]);
    this.events.events.length = 0;
    return out;
  }

  async close(): Promise<void> {
    await this.ms.close();
  }
}

/** Runs f on a branch of the harness state; expects a registered error; checks nothing changed and nothing was emitted. */
export function expectFailure(h: Harness, f: (ctx: Context) => void, codespace: string, code: number, log?: RegExp | string): AppError {
  const before = h.dump();
  h.takeEvents();
  let caught: unknown;
  try {
    f(h.ctx());
  } catch (err) {
    caught = err;
  }
  if (!(caught instanceof AppError)) throw new Error(`expected an AppError ${codespace}/${code}, got ${caught === undefined ? 'success' : String(caught)}`);
  expect([caught.codespace, caught.code]).toEqual([codespace, code]);
  if (typeof log === 'string') expect(caught.message).toBe(log);
  else if (log) expect(caught.message).toMatch(log);
  expect(h.dump()).toEqual(before);
  expect(h.takeEvents()).toEqual([]);
  return caught;
}
