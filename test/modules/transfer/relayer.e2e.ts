/**
 * ICS-20 end to end (issue 17): a settle devnet (compiled settled + real CometBFT + LevelDB) and an ibc-go
 * v8.8.0 simd chain, linked by the real Go relayer v2.6.0 (`rly tx link`: clients, connection, channel
 * transfer/channel-0) and relayed by `rly start`. Run by `npm run test:ibc` (jest.ibc.config.js); needs
 * tools/bin/simd and tools/bin/rly (scripts/install-simd.sh, scripts/install-relayer.sh).
 *
 *  1. simd → settle: alice's uatom is escrowed on simd; settle mints the voucher ibc/SHA256(transfer/channel-0/uatom)
 *     to alice, with its denom trace and ibc-go's voucher metadata.
 *  2. settle → simd: the voucher is burned on settle, the uatom unescrowed on simd.
 *  3. error acknowledgements both ways (a receiver that is not an address): the receiving chain writes an
 *     error ack, the sender refunds.
 *  4. timeouts both ways with the relayer stopped: simd verifies settle's non-membership proof of the
 *     receipt (served at /store/ibc/key), settle verifies simd's; both senders refund.
 *  5. a relayer killed mid-stream and restarted relays every packet exactly once.
 * And the voucher as margin collateral: listed in genesis (oracle market ATOM/USD, haircut 0.2; the feeder
 * reports ATOM/USD from app.toml's [oracle] markets), deposited, valued at price × (1 − haircut), withdrawn.
 */
import { DirectSecp256k1HdWallet, Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, QueryClient, setupBankExtension, SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import { sha256 } from '@noble/hashes/sha256';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QueryDenomHashRequest, QueryDenomHashResponse } from 'cosmjs-types/ibc/applications/transfer/v1/query';
import { QueryPacketCommitmentRequest } from 'cosmjs-types/ibc/core/channel/v1/query';
import { QueryDenomMetadataRequest, QueryDenomMetadataResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { createDevnetHome } from '../../../chain/node/devnet';
import { homePaths } from '../../../chain/node/home';
import { QueryHealthRequest, QueryHealthResponse } from '../../../proto/gen/settle/margin/v1/query';
import { MsgDeposit, MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { QueryPriceRequest, QueryPriceResponse } from '../../../proto/gen/settle/oracle/v1/query';
import { devAccounts, type DevAccount } from '../../../chain/node/dev-accounts';
import { initSimdChain, simdPorts, startSimd, type SimdChain } from '../../../scripts/ibc/simd-chain';
import { rly, setupRelayer } from '../../../scripts/ibc/relayer';
// cosmjs-types 0.11 has no ibc-go v8's DenomTrace query (ibc-go v10 replaced it); the module's own codec
import { QueryDenomTraceRequestCodec, QueryDenomTraceResponseCodec } from '../../../modules/transfer/proto';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, ROOT, settled, sleep, tail, waitFor, waitHeight, type Proc } from '../../chain/node/helpers';

jest.setTimeout(300_000);

const SIMD = path.join(ROOT, 'tools/bin/simd');
const RLY = path.join(ROOT, 'tools/bin/rly');
const SETTLE_CHAIN = 'settle-devnet-1';
const SIMD_CHAIN = 'e2e-simd-1';
const PATH_NAME = 'settle-simd';
const CHANNEL = 'channel-0';
const HAIRCUT = '0.2';
const registry = new Registry([...defaultRegistryTypes, ['/settle.margin.v1.MsgDeposit', MsgDeposit], ['/settle.margin.v1.MsgWithdraw', MsgWithdraw]]);
const VOUCHER = `ibc/${Buffer.from(sha256(`transfer/${CHANNEL}/uatom`)).toString('hex').toUpperCase()}`;

let tmp: string;
let settleHome: string;
let settleRpc: string;
let simdRpc: string;
let simd: SimdChain;
let simdProc: ChildProcess;
let node: Proc;
let comet: CometClient;
let alice: DevAccount;
let carol: DevAccount;
let relayer: ChildProcess | undefined;
let relayerLog: string;
let rlyHome: string;

beforeAll(async () => {
  checkPrerequisites();
  for (const bin of [SIMD, RLY]) if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run scripts/install-simd.sh and scripts/install-relayer.sh (npm run test:ibc does)`);
  const accounts = await devAccounts();
  alice = accounts.find((a) => a.name === 'alice')!;
  carol = accounts.find((a) => a.name === 'carol')!;
  tmp = makeTmpDir('ibc-e2e');
  const base = await freeBasePort(2);
  settleHome = path.join(tmp, 'settle');
  settleRpc = `http://127.0.0.1:${base + 1}`;
  await createDevnetHome({ home: settleHome, basePort: base });
  listVoucherAsCollateral();
  node = settled(['devnet', '--home', settleHome, '--base-port', String(base)], path.join(tmp, 'settle.log'));
  simd = initSimdChain(SIMD, { home: path.join(tmp, 'simd'), chainId: SIMD_CHAIN, base: base + 100, grpc: true });
  simdRpc = `http://127.0.0.1:${simdPorts(base + 100).rpc}`;
  simdProc = startSimd(SIMD, simd.home, path.join(tmp, 'simd.log'));
  await waitHeight(base + 1, 2, 60_000, node);
  await waitHeight(simdPorts(base + 100).rpc, 2, 60_000);
  comet = await connectComet(settleRpc);

  rlyHome = path.join(tmp, 'rly');
  relayerLog = path.join(tmp, 'rly.log');
  setupRelayer(RLY, rlyHome, PATH_NAME,
    { chainId: SETTLE_CHAIN, rpc: settleRpc, prefix: 'settle', gasPrices: '0.025usettle' },
    { chainId: SIMD_CHAIN, rpc: simdRpc, prefix: 'cosmos', gasPrices: '0stake' },
    carol.mnemonic);
  const linked = await runAsync(RLY, ['tx', 'link', PATH_NAME, '--src-port', 'transfer', '--dst-port', 'transfer', '--order', 'unordered', '--version', 'ics20-1', '--home', rlyHome], 240_000, relayerLog);
  if (linked !== 0) throw new Error(`rly tx link failed (exit ${linked}):\n${tail(relayerLog, 30)}`);
  startRelayer();
});

afterAll(async () => {
  comet?.disconnect();
  relayer?.kill('SIGKILL');
  simdProc?.kill('SIGKILL');
  await killAll([settleHome ?? '']);
  // SETTLE_KEEP_TMP=1 keeps the chains' homes and logs (settle.log, simd.log, rly.log) for a look afterwards
  if (tmp && process.env.SETTLE_KEEP_TMP) console.log(`kept ${tmp}`);
  else if (tmp) removeDir(tmp);
});

/** Genesis: oracle market ATOM/USD and the voucher as margin collateral; app.toml: the feeder reports ATOM/USD. */
function listVoucherAsCollateral(): void {
  const paths = homePaths(settleHome);
  const genesis = JSON.parse(fs.readFileSync(paths.genesis, 'utf8'));
  const markets = genesis.app_state.oracle.markets as { index?: number }[];
  markets.push({ id: 'ATOM/USD', decimals: 4, enabled: true, index: markets.length } as never);
  genesis.app_state.margin.assets.push({ denom: VOUCHER, haircut: HAIRCUT, oracleMarket: 'ATOM/USD', decimals: 6, depositCap: '0', enabled: true });
  fs.writeFileSync(paths.genesis, JSON.stringify(genesis, null, 2));
  const appToml = fs.readFileSync(paths.appConfig, 'utf8');
  const edited = appToml.replace('markets = ["BTC/USD", "ETH/USD"]', 'markets = ["BTC/USD", "ETH/USD", "ATOM/USD"]');
  if (edited === appToml) throw new Error('app.toml has no [oracle] markets line to edit');
  fs.writeFileSync(paths.appConfig, edited);
}

function runAsync(bin: string, args: string[], timeoutMs: number, logFile: string): Promise<number | null> {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(bin, args, { stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => child.once('exit', (code) => (clearTimeout(timer), resolve(code))));
}

function startRelayer(): void {
  const fd = fs.openSync(relayerLog, 'a');
  fs.writeSync(fd, '\n===== rly start\n');
  relayer = spawn(RLY, ['start', PATH_NAME, '--home', rlyHome], { stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
}

async function stopRelayer(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const r = relayer;
  relayer = undefined;
  if (!r || r.exitCode !== null) return;
  const gone = new Promise((resolve) => r.once('exit', resolve));
  r.kill(signal);
  await gone;
}

function simdCli(args: string[]): any {
  return JSON.parse(simdText([...args, '-o', 'json']));
}

function simdText(args: string[]): string {
  const r = spawnSync(SIMD, [...args, '--node', simdRpc.replace('http', 'tcp')], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`simd ${args.join(' ')}: ${(r.stderr || r.stdout).trim().slice(-600)}`);
  return r.stdout.trim();
}

async function simdBalance(address: string, denom: string): Promise<bigint> {
  const r = simdCli(['q', 'bank', 'balance', address, denom]);
  return BigInt(r.balance?.amount ?? '0');
}

/** simd alice → settle `receiver` over channel-0; returns the packet's sequence once simd committed it. */
async function sendFromSimd(receiver: string, amount: string, extra: string[] = []): Promise<bigint> {
  const sent = simdCli(['tx', 'ibc-transfer', 'transfer', 'transfer', CHANNEL, receiver, amount, '--from', 'alice', '--home', simd.home, '--keyring-backend', 'test', '--chain-id', SIMD_CHAIN, '--yes', ...extra]);
  if (sent.code !== 0) throw new Error(`simd transfer refused: ${sent.raw_log}`);
  const tx = await waitFor(`simd tx ${sent.txhash}`, async () => {
    try {
      return simdCli(['q', 'tx', sent.txhash]);
    } catch {
      return undefined;
    }
  }, 30_000);
  if (tx.code !== 0) throw new Error(`simd transfer failed: ${tx.raw_log}`);
  return BigInt(eventAttr(tx.events, 'send_packet', 'packet_sequence'));
}

function eventAttr(events: { type: string; attributes: { key: string; value: string }[] }[], type: string, key: string): string {
  const v = events.find((e) => e.type === type)?.attributes.find((a) => a.key === key)?.value;
  if (v === undefined) throw new Error(`no ${type}.${key} in ${JSON.stringify(events.map((e) => e.type))}`);
  return v;
}

async function settleClient(): Promise<SigningStargateClient> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: 'settle' });
  return SigningStargateClient.connectWithSigner(settleRpc, wallet, { registry, gasPrice: GasPrice.fromString('0.025usettle'), broadcastPollIntervalMs: 250 });
}

/** settle alice → simd `receiver` (timeout: Unix seconds, default 10 minutes from now); returns the packet sequence. */
async function sendFromSettle(receiver: string, denom: string, amount: string, timeoutSeconds = Math.floor(Date.now() / 1000) + 600): Promise<bigint> {
  const client = await settleClient();
  const r = await client.sendIbcTokens(alice.address, receiver, { denom, amount }, 'transfer', CHANNEL, undefined, timeoutSeconds, 'auto');
  client.disconnect();
  if (r.code !== 0) throw new Error(`settle MsgTransfer failed: ${r.rawLog}`);
  return BigInt(eventAttr(r.events as never, 'send_packet', 'packet_sequence'));
}

async function settleBalance(address: string, denom: string): Promise<bigint> {
  const c = await StargateClient.connect(settleRpc);
  const b = await c.getBalance(address, denom);
  c.disconnect();
  return BigInt(b.amount);
}

async function voucherSupply(): Promise<bigint> {
  return BigInt((await QueryClient.withExtensions(comet, setupBankExtension).bank.supplyOf(VOUCHER)).amount);
}

async function abci<T>(route: string, req: Uint8Array, decode: (b: Uint8Array) => T, height?: number): Promise<T> {
  return decode((await QueryClient.withExtensions(comet).queryAbci(route, req, height)).value);
}

/** The acknowledgements settle wrote for packets from simd, per sequence (write_acknowledgement events in txs). */
async function settleAcks(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const res = await comet.txSearchAll({ query: `write_acknowledgement.packet_dst_channel='${CHANNEL}'` });
  for (const tx of res.txs) {
    for (const e of tx.result.events) {
      if (e.type !== 'write_acknowledgement') continue;
      const attr = (k: string) => e.attributes.find((a) => a.key === k)?.value ?? '';
      const seq = attr('packet_sequence');
      out.set(seq, [...(out.get(seq) ?? []), attr('packet_ack')]);
    }
  }
  return out;
}

/** Waits until simd holds no packet commitment on transfer/channel-0 for `sequence` (acked or timed out). */
async function simdPacketCleared(sequence: bigint): Promise<void> {
  await waitFor(`simd packet ${sequence} acknowledged or timed out`, async () => {
    const r = simdCli(['q', 'ibc', 'channel', 'packet-commitments', 'transfer', CHANNEL]);
    return (r.commitments ?? []).some((c: { sequence: string }) => BigInt(c.sequence) === sequence) ? undefined : true;
  }, 120_000);
}

/** Waits until settle holds no packet commitment for `sequence` (acked or timed out). */
async function settlePacketCleared(sequence: bigint): Promise<void> {
  await waitFor(`settle packet ${sequence} acknowledged or timed out`, async () => {
    const r = await QueryClient.withExtensions(comet).queryAbci('/ibc.core.channel.v1.Query/PacketCommitment', QueryPacketCommitmentRequest.encode({ portId: 'transfer', channelId: CHANNEL, sequence }).finish()).catch((err: Error) => err);
    // ibc-go answers NotFound for a deleted commitment
    return r instanceof Error && /not found/i.test(r.message) ? true : undefined;
  }, 120_000);
}

describe('ICS-20 between settle and ibc-go simd through the Go relayer', () => {
  const simdAlice = () => simd.addresses.alice;

  test('simd → settle: uatom escrowed on simd, the voucher minted on settle with its trace and metadata', async () => {
    const escrow = simdText(['q', 'ibc-transfer', 'escrow-address', 'transfer', CHANNEL]);
    expect(escrow).toMatch(/^cosmos1[0-9a-z]{38}$/);
    const escrowBefore = await simdBalance(escrow, 'uatom');
    const before = await settleBalance(alice.address, VOUCHER);
    const seq = await sendFromSimd(alice.address, '1000000uatom');
    expect(await simdBalance(escrow, 'uatom')).toBe(escrowBefore + 1_000_000n);
    await waitFor('the voucher on settle', async () => ((await settleBalance(alice.address, VOUCHER)) === before + 1_000_000n ? true : undefined), 120_000);
    await simdPacketCleared(seq);
    expect((await settleAcks()).get(String(seq))).toEqual(['{"result":"AQ=="}']);

    const trace = await abci('/ibc.applications.transfer.v1.Query/DenomTrace', QueryDenomTraceRequestCodec.encode({ hash: VOUCHER }), QueryDenomTraceResponseCodec.decode);
    expect(trace.denomTrace).toEqual({ path: `transfer/${CHANNEL}`, baseDenom: 'uatom' });
    const hash = await abci('/ibc.applications.transfer.v1.Query/DenomHash', QueryDenomHashRequest.encode({ trace: `transfer/${CHANNEL}/uatom` }).finish(), QueryDenomHashResponse.decode);
    expect(`ibc/${hash.hash}`).toBe(VOUCHER);
    const md = await abci('/cosmos.bank.v1beta1.Query/DenomMetadata', QueryDenomMetadataRequest.encode({ denom: VOUCHER }).finish(), QueryDenomMetadataResponse.decode);
    expect(md.metadata).toMatchObject({ base: VOUCHER, display: `transfer/${CHANNEL}/uatom`, symbol: 'UATOM', denomUnits: [{ denom: 'uatom', exponent: 0, aliases: [] }] });
  });

  test('the voucher as margin collateral: deposited, valued at the ATOM/USD price less its haircut, withdrawn', async () => {
    const client = await settleClient();
    const msg = (typeUrl: string, value: object) => ({ typeUrl, value });
    const before = await settleBalance(alice.address, VOUCHER);
    const dep = await client.signAndBroadcast(alice.address, [msg('/settle.margin.v1.MsgDeposit', MsgDeposit.fromPartial({ owner: alice.address, subaccount: 7, denom: VOUCHER, amount: '500000' }))], 'auto');
    expect([dep.code, dep.rawLog]).toEqual([0, '']);
    expect(await settleBalance(alice.address, VOUCHER)).toBe(before - 500_000n);
    // price and health read at one height (the deposit's block): 0.5 ATOM × price × (1 − 0.2)
    const h = dep.height;
    const price = (await abci('/settle.oracle.v1.Query/Price', QueryPriceRequest.encode({ market: 'ATOM/USD' }).finish(), QueryPriceResponse.decode, h)).price!;
    expect(price.stale).toBe(false);
    const health = await abci('/settle.margin.v1.Query/Health', QueryHealthRequest.encode({ owner: alice.address, number: 7 }).finish(), QueryHealthResponse.decode, h);
    const expected = Number(price.price!.price) * 0.5 * (1 - Number(HAIRCUT));
    expect(expected).toBeGreaterThan(1); // the simulated ATOM is about 6.5 USD
    expect(Math.abs(Number(health.collateralValue) - expected)).toBeLessThan(1e-6);
    expect(Number(health.collateralValue)).toBeLessThanOrEqual(expected); // rounded down
    const wd = await client.signAndBroadcast(alice.address, [msg('/settle.margin.v1.MsgWithdraw', MsgWithdraw.fromPartial({ owner: alice.address, subaccount: 7, denom: VOUCHER, amount: '500000' }))], 'auto');
    expect([wd.code, wd.rawLog]).toEqual([0, '']);
    expect(await settleBalance(alice.address, VOUCHER)).toBe(before);
    client.disconnect();
  });

  test('settle → simd: the voucher is burned on settle and the uatom unescrowed on simd', async () => {
    const simdBefore = await simdBalance(simdAlice(), 'uatom');
    const settleBefore = await settleBalance(alice.address, VOUCHER);
    const supplyBefore = await voucherSupply();
    const seq = await sendFromSettle(simdAlice(), VOUCHER, '400000');
    expect(await settleBalance(alice.address, VOUCHER)).toBe(settleBefore - 400_000n);
    await waitFor('uatom back on simd', async () => ((await simdBalance(simdAlice(), 'uatom')) === simdBefore + 400_000n ? true : undefined), 120_000);
    await settlePacketCleared(seq);
    expect(await settleBalance(alice.address, VOUCHER)).toBe(settleBefore - 400_000n);
    expect(await voucherSupply()).toBe(supplyBefore - 400_000n);
  });

  test('error acknowledgements both ways refund the sender', async () => {
    // settle → simd, a receiver simd cannot parse: simd writes an error ack, settle re-mints the burned voucher
    const voucherBefore = await settleBalance(alice.address, VOUCHER);
    const s1 = await sendFromSettle('not-an-address', VOUCHER, '1000');
    expect(await settleBalance(alice.address, VOUCHER)).toBe(voucherBefore - 1000n);
    await settlePacketCleared(s1);
    expect(await settleBalance(alice.address, VOUCHER)).toBe(voucherBefore);
    // simd → settle, the same: settle writes an error ack (its bytes must hash to what simd proves), simd unescrows
    const atomBefore = await simdBalance(simdAlice(), 'uatom');
    const s2 = await sendFromSimd('not-an-address', '2000uatom');
    expect(await simdBalance(simdAlice(), 'uatom')).toBe(atomBefore - 2000n);
    await simdPacketCleared(s2);
    expect(await simdBalance(simdAlice(), 'uatom')).toBe(atomBefore);
    const acks = (await settleAcks()).get(String(s2)) ?? [];
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatch(/^\{"error":"ABCI code: \d+: error handling packet: see events for details"\}$/);
  });

  test('timeouts both ways with the relayer stopped: each sender refunds through the other chain\'s non-membership proof', async () => {
    await stopRelayer();
    const voucherBefore = await settleBalance(alice.address, VOUCHER);
    const atomBefore = await simdBalance(simdAlice(), 'uatom');
    // settle → simd, 8 s of simd time
    const settleNow = (await comet.status()).syncInfo.latestBlockTime.getTime();
    const s1 = await sendFromSettle(simdAlice(), VOUCHER, '3000', Math.floor(settleNow / 1000) + 8);
    // simd → settle, 8 s after the last settle time simd's client knows (relative timeout)
    const s2 = await sendFromSimd(alice.address, '4000uatom', ['--packet-timeout-height', '0-0', '--packet-timeout-timestamp', String(8_000_000_000)]);
    expect(await settleBalance(alice.address, VOUCHER)).toBe(voucherBefore - 3000n);
    expect(await simdBalance(simdAlice(), 'uatom')).toBe(atomBefore - 4000n);
    await sleep(12_000);
    startRelayer();
    await settlePacketCleared(s1);
    await simdPacketCleared(s2);
    expect(await settleBalance(alice.address, VOUCHER)).toBe(voucherBefore);
    expect(await simdBalance(simdAlice(), 'uatom')).toBe(atomBefore);
    expect((await settleAcks()).get(String(s2))).toBeUndefined();
  });

  test('a relayer killed mid-stream and restarted relays every packet exactly once', async () => {
    if (!relayer) startRelayer(); // after a failure of the test above
    const before = await settleBalance(alice.address, VOUCHER);
    const seqs: bigint[] = [];
    for (let i = 0; i < 3; i++) seqs.push(await sendFromSimd(alice.address, `${10 + i}uatom`));
    await waitFor('the first packet received on settle', async () => ((await settleAcks()).has(String(seqs[0])) ? true : undefined), 120_000);
    await stopRelayer('SIGKILL');
    startRelayer();
    for (const s of seqs) await simdPacketCleared(s);
    expect(await settleBalance(alice.address, VOUCHER)).toBe(before + 10n + 11n + 12n);
    const acks = await settleAcks();
    for (const s of seqs) expect(acks.get(String(s))).toEqual(['{"result":"AQ=="}']);
    // every packet of the run was acknowledged once, none twice
    for (const [seq, list] of acks) expect({ seq, n: list.length }).toEqual({ seq, n: 1 });
  });
});
