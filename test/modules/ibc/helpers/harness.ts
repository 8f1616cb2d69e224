// Keeper-level tests of the ibc core: the ibc store (and the mock app's) on a real MultiStore, a
// context at a chosen block height and time, and a check that a failing call changes nothing.
import { EventCollector, makeContext, type Context } from '../../../../chain/app';
import { AppError } from '../../../../chain/errors';
import { MultiStore, type CacheMultiStore } from '../../../../chain/store';
import { StoreKey } from '../../../../chain/sdk';
import { IbcKeeper } from '../../../../modules/ibc/keeper';
import { PortRouter } from '../../../../modules/ibc/router';
import { MockApp, MOCK_PORT } from './mock-app';

export const HOST_CHAIN_ID = 'settle-test-1';

export class IbcHarness {
  readonly events = new EventCollector();
  readonly key = new StoreKey('ibc');
  readonly mock = new MockApp();
  readonly keeper: IbcKeeper;
  height = 10;
  timeNanos = 0n;
  private state: CacheMultiStore;

  private constructor(readonly ms: MultiStore) {
    this.state = ms.branch();
    this.keeper = new IbcKeeper(this.key, new PortRouter().bind(MOCK_PORT, this.mock));
    this.mock.packets = this.keeper.packets;
  }

  static async open(dir: string): Promise<IbcHarness> {
    return new IbcHarness(await MultiStore.open({ path: dir, stores: ['ibc', 'ibcmock'], sync: false }));
  }

  ctx(): Context {
    return makeContext({ height: this.height, timeNanos: this.timeNanos, chainId: HOST_CHAIN_ID, proposerAddress: new Uint8Array(0) }, (key) => this.state.store(key.name), this.events);
  }

  dump(): string[] {
    return ['ibc', 'ibcmock'].flatMap((s) => [...this.state.store(s).iterator()].map((p) => `${s}:${Buffer.from(p.key).toString('latin1')}=${Buffer.from(p.value).toString('hex')}`));
  }

  keys(): string[] {
    return [...this.state.store('ibc').iterator()].map((p) => Buffer.from(p.key).toString('latin1'));
  }

  rawKey(key: Uint8Array): Uint8Array | undefined {
    return this.state.store('ibc').get(key);
  }

  raw(path: string): Uint8Array | undefined {
    return this.state.store('ibc').get(Buffer.from(path));
  }

  takeEvents(): [string, Record<string, string>][] {
    const out = this.events.events.map((e) => [e.type, Object.fromEntries(e.attributes.map((a) => [a.key, a.value]))] as [string, Record<string, string>]);
    this.events.events.length = 0;
    return out;
  }

  /**
   * Runs f on the state itself (not a branch, though the tx pipeline would discard a failed message's
   * writes): expects the registered error and checks the handler wrote nothing and emitted nothing before failing.
   */
  expectFailure(f: (ctx: Context) => unknown, codespace: string, code: number, log?: RegExp): AppError {
    const before = this.dump();
    this.takeEvents();
    let caught: unknown;
    try {
      f(this.ctx());
    } catch (e) {
      caught = e;
    }
    if (!(caught instanceof AppError)) throw new Error(`expected ${codespace}/${code}, got ${caught === undefined ? 'success' : String((caught as Error).stack ?? caught)}`);
    expect([caught.codespace, caught.code, caught.message]).toEqual([codespace, code, expect.stringMatching(log ?? /.*/)]);
    expect(this.dump()).toEqual(before);
    expect(this.takeEvents()).toEqual([]);
    return caught;
  }

  async close(): Promise<void> {
    await this.ms.close();
  }
}
