// ICS-02 client keeper: create, update (adjacent, duplicate, conflicting → frozen), misbehaviour,
// pruning, status, and every refusal with its registered error and nothing written.
import { Any } from 'cosmjs-types/google/protobuf/any';
import { Header, Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { clientStateAny, consensusStateAny, decodeStoredClientState, TypeUrls } from '../../../modules/ibc/codec';
import { iterationKey, Paths } from '../../../modules/ibc/keys';
import { FROZEN_HEIGHT } from '../../../modules/ibc/light-client';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { IbcHarness } from './helpers/harness';
import { clientState, consensusStateOf, lightHeader, SECOND, signedHeader, T0, testValidator } from './light-client/helpers/test-chain';

const CHAIN = 'counter-1';
const vals = [testValidator('a', 10n), testValidator('b', 10n), testValidator('c', 10n)];
const DAY = 86_400n * SECOND;
const height = (h: bigint) => ({ revisionNumber: 1n, revisionHeight: h });

function header(h: bigint, time: bigint, appHash?: Uint8Array) {
  return signedHeader({ chainId: CHAIN, height: h, time, vals, appHash });
}
const headerAny = (h: bigint, time: bigint, trusted: bigint, appHash?: Uint8Array): Any => ({
  typeUrl: TypeUrls.header,
  value: Header.encode(lightHeader(header(h, time, appHash), vals, trusted, vals)).finish(),
});

describe('ICS-02 client keeper', () => {
  let dir: string;
  let h: IbcHarness;
  const create = () => h.keeper.clients.createClient(h.ctx(), clientStateAny(clientState(CHAIN, 10n)), consensusStateAny(consensusStateOf(header(10n, T0).header!)));

  beforeEach(async () => {
    dir = makeTmpDir('ibc-client');
    h = await IbcHarness.open(dir);
    h.timeNanos = T0 + 60n * SECOND;
  });
  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  test('create stores the client and consensus state as Any, the processed time and height, the iteration key, and emits create_client', () => {
    expect(create()).toBe('07-tendermint-0');
    expect(create()).toBe('07-tendermint-1');
    expect(h.keys()).toContain('clients/07-tendermint-0/clientState');
    expect(Buffer.from(h.raw(Paths.processedTime('07-tendermint-0', height(10n)))!).readBigUInt64BE(0)).toBe(h.timeNanos);
    expect(Buffer.from(h.raw(Paths.processedHeight('07-tendermint-0', height(10n)))!).toString()).toBe('1-10');
    expect(Buffer.from(h.raw(Paths.nextClientSequence)!).readBigUInt64BE(0)).toBe(2n);
    expect(Buffer.from(h.rawKey(iterationKey('07-tendermint-0', height(10n)))!).toString()).toBe('consensusStates/1-10');
    expect(h.keeper.clients.consensusHeights(h.ctx(), '07-tendermint-0')).toEqual([height(10n)]);
    expect(h.takeEvents()[0]).toEqual(['create_client', { client_id: '07-tendermint-0', client_type: '07-tendermint', consensus_height: '1-10' }]);
    expect(h.keeper.clients.status(h.ctx(), '07-tendermint-0', h.timeNanos)).toBe('Active');
  });

  test('create refuses other client types, invalid states, expired consensus states and disallowed client types', () => {
    const cs = clientStateAny(clientState(CHAIN, 10n));
    const cons = consensusStateAny(consensusStateOf(header(10n, T0).header!));
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, { typeUrl: '/ibc.lightclients.solomachine.v3.ClientState', value: new Uint8Array(0) }, cons), 'client', 33, /solomachine/);
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, undefined, cons), 'client', 3, /client state is required/);
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, { typeUrl: TypeUrls.clientState, value: Uint8Array.of(0xff, 0xff) }, cons), 'client', 3, /does not decode/);
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, clientStateAny(clientState('', 10n)), cons), '07-tendermint', 2);
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, cs, consensusStateAny({ ...consensusStateOf(header(10n, T0).header!), nextValidatorsHash: new Uint8Array(5) })), 'client', 8, /next validators hash/);
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, cs, consensusStateAny({ ...consensusStateOf(header(10n, T0).header!), root: { hash: new Uint8Array(0) } })), 'client', 8, /root/);
    h.timeNanos = T0 + 14n * DAY;
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, cs, cons), 'client', 29, /Expired/);
    h.timeNanos = T0;
    h.keeper.clients.setParams(h.ctx(), { allowedClients: ['06-solomachine'] });
    h.expectFailure((ctx) => h.keeper.clients.createClient(ctx, cs, cons), 'client', 10, /allowed client list/);
  });

  test('an adjacent header adds a consensus state and raises the latest height; the same header again changes nothing', () => {
    create();
    h.takeEvents();
    h.height = 11;
    h.timeNanos = T0 + 120n * SECOND;
    const msg = headerAny(11n, T0 + 5n * SECOND, 10n);
    h.keeper.clients.updateClient(h.ctx(), '07-tendermint-0', msg);
    expect(h.keeper.clients.requireClientState(h.ctx(), '07-tendermint-0').latestHeight).toEqual(height(11n));
    expect(h.keeper.clients.consensusHeights(h.ctx(), '07-tendermint-0')).toEqual([height(10n), height(11n)]);
    expect(Buffer.from(h.raw(Paths.processedHeight('07-tendermint-0', height(11n)))!).toString()).toBe('1-11');
    const [[type, attrs]] = h.takeEvents();
    expect(type).toBe('update_client');
    expect(attrs).toEqual({ client_id: '07-tendermint-0', client_type: '07-tendermint', consensus_height: '1-11', consensus_heights: '1-11', header: Buffer.from(Any.encode(msg).finish()).toString('hex') });
    const before = h.dump();
    h.keeper.clients.updateClient(h.ctx(), '07-tendermint-0', msg);
    expect(h.dump()).toEqual(before);
    // an older height in between is stored without lowering the latest height
    h.keeper.clients.updateClient(h.ctx(), '07-tendermint-0', headerAny(12n, T0 + 10n * SECOND, 10n));
    expect(h.keeper.clients.requireClientState(h.ctx(), '07-tendermint-0').latestHeight).toEqual(height(12n));
  });

  test('a verified header conflicting with the stored consensus state at its height freezes the client', () => {
    create();
    h.keeper.clients.updateClient(h.ctx(), '07-tendermint-0', headerAny(11n, T0 + 5n * SECOND, 10n));
    h.takeEvents();
    h.keeper.clients.updateClient(h.ctx(), '07-tendermint-0', headerAny(11n, T0 + 5n * SECOND, 10n, Buffer.alloc(32, 7)));
    expect(h.takeEvents().map((e) => e[0])).toEqual(['client_misbehaviour', 'message']);
    expect(h.keeper.clients.requireClientState(h.ctx(), '07-tendermint-0').frozenHeight).toEqual(FROZEN_HEIGHT);
    expect(h.keeper.clients.status(h.ctx(), '07-tendermint-0', h.timeNanos)).toBe('Frozen');
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, '07-tendermint-0', headerAny(13n, T0 + 20n * SECOND, 11n)), 'client', 29, /Frozen/);
  });

  test('MsgSubmitMisbehaviour with two signed headers of a fork freezes the client', () => {
    const m: Misbehaviour = {
      clientId: '',
      header1: lightHeader(header(12n, T0 + 5n * SECOND, Buffer.alloc(32, 1)), vals, 10n, vals),
      header2: lightHeader(header(12n, T0 + 5n * SECOND, Buffer.alloc(32, 2)), vals, 10n, vals),
    };
    const any = { typeUrl: TypeUrls.misbehaviour, value: Misbehaviour.encode(m).finish() };
    h.expectFailure((ctx) => h.keeper.clients.submitMisbehaviour(ctx, '07-tendermint-0', any), 'client', 4, /07-tendermint-0/);
    create();
    h.expectFailure((ctx) => h.keeper.clients.submitMisbehaviour(ctx, '07-tendermint-0', headerAny(11n, T0 + 5n * SECOND, 10n)), 'client', 13, /expected a Misbehaviour/);
    const same = { typeUrl: TypeUrls.misbehaviour, value: Misbehaviour.encode({ ...m, header2: m.header1 }).finish() };
    h.expectFailure((ctx) => h.keeper.clients.submitMisbehaviour(ctx, '07-tendermint-0', same), '07-tendermint', 106, /same block/);
    h.keeper.clients.submitMisbehaviour(h.ctx(), '07-tendermint-0', any);
    expect(decodeStoredClientState(h.raw(Paths.clientState('07-tendermint-0'))!).frozenHeight).toEqual(FROZEN_HEIGHT);
  });

  test('update refusals: unknown client, bad id, unknown trusted height, a header signed by others, a header for another chain', () => {
    create();
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, '07-tendermint-9', headerAny(11n, T0 + SECOND, 10n)), 'client', 4);
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, 'bad/id', headerAny(11n, T0 + SECOND, 10n)), 'host', 2);
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, '07-tendermint-0', headerAny(12n, T0 + SECOND, 9n)), 'client', 7, /trusted consensus state/);
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, '07-tendermint-0', { typeUrl: '/x.Header', value: new Uint8Array(0) }), 'client', 33);
    const others = [testValidator('x', 10n), testValidator('y', 10n), testValidator('z', 10n)];
    const forged = signedHeader({ chainId: CHAIN, height: 11n, time: T0 + SECOND, vals: others });
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, '07-tendermint-0', { typeUrl: TypeUrls.header, value: Header.encode(lightHeader(forged, others, 10n, vals)).finish() }), '07-tendermint', 14);
    const otherChain = signedHeader({ chainId: 'other-1', height: 11n, time: T0 + SECOND, vals });
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, '07-tendermint-0', { typeUrl: TypeUrls.header, value: Header.encode(lightHeader(otherChain, vals, 10n, vals)).finish() }), '07-tendermint', 2);
  });

  test('an update prunes the oldest consensus state once it is expired, with its metadata', () => {
    create();
    h.timeNanos = T0 + 13n * DAY;
    h.keeper.clients.updateClient(h.ctx(), '07-tendermint-0', headerAny(20n, T0 + 13n * DAY - SECOND, 10n));
    expect(h.keeper.clients.consensusHeights(h.ctx(), '07-tendermint-0')).toEqual([height(10n), height(20n)]);
    h.timeNanos = T0 + 14n * DAY + SECOND;
    h.keeper.clients.updateClient(h.ctx(), '07-tendermint-0', headerAny(21n, T0 + 14n * DAY, 20n));
    expect(h.keeper.clients.consensusHeights(h.ctx(), '07-tendermint-0')).toEqual([height(20n), height(21n)]);
    expect(h.keys().filter((k) => k.includes('consensusStates/1-10'))).toEqual([]);
  });

  test('status: Active, Expired after the trusting period, Unknown for no client', () => {
    create();
    expect(h.keeper.clients.status(h.ctx(), '07-tendermint-0', T0 + 14n * DAY - 1n)).toBe('Active');
    expect(h.keeper.clients.status(h.ctx(), '07-tendermint-0', T0 + 14n * DAY)).toBe('Expired');
    expect(h.keeper.clients.status(h.ctx(), '07-tendermint-5', T0)).toBe('Unknown');
    h.timeNanos = T0 + 15n * DAY;
    h.expectFailure((ctx) => h.keeper.clients.updateClient(ctx, '07-tendermint-0', headerAny(11n, T0 + SECOND, 10n)), 'client', 29, /Expired/);
  });
});
