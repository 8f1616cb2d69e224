// Byte vectors from the real ibc-go (v8.8.0 simapp) for settle's IBC codecs, run by scripts/ibc/vectors.sh:
// two local simd chains (A = simd-a-1, B = simd-b-1), the Go relayer v2.6.0 links them (07-tendermint
// clients, connection, an unordered ics20-1 channel transfer/channel-0 on both), then four ICS-20
// transfers are relayed:
//   1. A→B 1000000uatom alice → bob, no memo                          (success ack; B mints a voucher)
//   2. A→B 2500uatom alice → an invalid receiver, with a memo         (error ack; A refunds)
//   3. A→B 777uatom alice → bob, 2 s timeout, relayed after it passed (MsgTimeout on A; A refunds)
//   4. B→A 400000 vouchers bob → alice                                (B burns, A unescrows)
// It records, from the chains themselves: the stored bytes at `/store/ibc/key` (client state, consensus
// state, connection, channel, packet commitments, receipts, ack commitments, next sequence), the transfer
// store's denom trace and total escrow, the packets (data bytes from send_packet), the acknowledgement
// bytes (write_acknowledgement), every ICS-20 and packet event of each step, and the answers of the
// DenomHash and EscrowAddress queries. Output: one JSON file (bytes as hex), committed under
// test/fixtures/ibc/. Not part of `npm test`; the tests read the committed file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { QueryDenomHashRequest, QueryDenomHashResponse, QueryEscrowAddressRequest, QueryEscrowAddressResponse } from 'cosmjs-types/ibc/applications/transfer/v1/query';
import { ClientState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { initSimdChain, SIMD_BOND_DENOM, SIMD_KEYS, SIMD_PREFIX, SIMD_TRANSFER_DENOM, simdPorts, startSimd, type SimdChain } from './simd-chain';
import { rly, setupRelayer } from './relayer';

const ROOT = path.resolve(__dirname, '..', '..');
const SIMD = path.join(ROOT, 'tools', 'bin', 'simd');
const RLY = path.join(ROOT, 'tools', 'bin', 'rly');
const PATH_NAME = 'vectors';
const PORT = 'transfer';
const CHANNEL = 'channel-0';
const CLIENT = '07-tendermint-0';
const CONNECTION = 'connection-0';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => process.stdout.write(`[vectors] ${s}\n`);

function rpcOf(c: SimdChain): string {
  return `http://127.0.0.1:${simdPorts(c.base).rpc}`;
}

async function rpc(c: SimdChain, route: string): Promise<any> {
  const res = await fetch(`${rpcOf(c)}${route}`);
  const body = (await res.json()) as { result?: any; error?: any };
  if (body.error) throw new Error(`${c.chainId} ${route}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function height(c: SimdChain): Promise<number> {
  return Number((await rpc(c, '/status')).sync_info.latest_block_height);
}

async function waitHeight(c: SimdChain, h: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await height(c)) >= h) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${c.chainId} did not reach height ${h}`);
    await sleep(300);
  }
}

interface QueryResult {
  height: string;
  key_hex: string;
  value_hex: string;
  code: number;
  proof_ops?: Array<{ type: string; key_hex: string; data_hex: string }>;
  /** with a proof: the app hash that commits to the state read (block height + 1's header) */
  app_hash_hex?: string;
}

/** The app hash in block `h`'s header (waits for the block). */
async function appHashAt(c: SimdChain, h: number): Promise<string> {
  await waitHeight(c, h);
  return String((await rpc(c, `/block?height=${h}`)).block.header.app_hash).toLowerCase();
}

/** abci_query; `prove` adds the ICS-23 proof ops (as the relayer asks for them). */
async function abciQuery(c: SimdChain, pathName: string, data: Uint8Array, opts: { height?: number; prove?: boolean } = {}): Promise<QueryResult> {
  const q = new URLSearchParams({ path: JSON.stringify(pathName), data: `0x${hex(data)}`, prove: String(opts.prove ?? false) });
  if (opts.height) q.set('height', String(opts.height));
  const r = (await rpc(c, `/abci_query?${q.toString()}`)).response;
  const b64 = (s: string | null | undefined) => Buffer.from(s ?? '', 'base64');
  const proved = opts.prove ? { app_hash_hex: await appHashAt(c, Number(r.height) + 1) } : {};
  return {
    ...proved,
    height: String(r.height),
    key_hex: hex(b64(r.key)),
    value_hex: hex(b64(r.value)),
    code: Number(r.code ?? 0),
    ...(opts.prove ? { proof_ops: (r.proofOps?.ops ?? []).map((o: any) => ({ type: o.type, key_hex: hex(b64(o.key)), data_hex: hex(b64(o.data)) })) } : {}),
  };
}

async function ibcStore(c: SimdChain, key: string, opts: { height?: number; prove?: boolean } = {}): Promise<QueryResult & { key: string }> {
  const r = await abciQuery(c, '/store/ibc/key', Buffer.from(key, 'utf8'), opts);
  if (r.code !== 0) throw new Error(`${c.chainId} /store/ibc/key ${key}: code ${r.code}`);
  return { key, ...r };
}

function simdTx(c: SimdChain, args: string[]): string {
  const full = [...args, '--chain-id', c.chainId, '--home', c.home, '--keyring-backend', 'test', '--node', `tcp://127.0.0.1:${simdPorts(c.base).rpc}`, '--yes', '--output', 'json', '--gas', '300000'];
  const r = spawnSync(SIMD, full, { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`simd ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim().slice(-800)}`);
  const out = JSON.parse(r.stdout) as { txhash: string; code: number; raw_log: string };
  if (out.code !== 0) throw new Error(`simd ${args.join(' ')}: CheckTx code ${out.code}: ${out.raw_log}`);
  return out.txhash;
}

async function waitTx(c: SimdChain, hash: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await rpc(c, `/tx?hash=0x${hash}`);
      if (r.tx_result.code !== 0) throw new Error(`tx ${hash} on ${c.chainId} failed: ${r.tx_result.log}`);
      return r;
    } catch (err) {
      if ((err as Error).message.includes('failed:')) throw err;
      await sleep(300);
    }
  }
  throw new Error(`tx ${hash} not committed on ${c.chainId}`);
}

type Event = { type: string; attributes: Array<{ key: string; value: string }> };

function attr(e: Event, key: string): string | undefined {
  return e.attributes.find((a) => a.key === key)?.value;
}

/** The events of one message of a tx (SDK v0.50 tags each with msg_index), without the index itself. */
function messageEvents(events: Event[], msgIndex: string): Event[] {
  return events
    .filter((e) => attr(e, 'msg_index') === msgIndex)
    .map((e) => ({ type: e.type, attributes: e.attributes.filter((a) => a.key !== 'msg_index').map((a) => ({ key: a.key, value: a.value })) }));
}

/** Finds the tx with an event `type` for `sequence` on channel-0 and returns that message's events. */
async function packetStepEvents(c: SimdChain, type: string, sequence: number): Promise<{ height: string; events: Event[] }> {
  const query = `${type}.packet_sequence='${sequence}'`;
  for (let i = 0; i < 50; i++) {
    const r = await rpc(c, `/tx_search?query=${encodeURIComponent(JSON.stringify(query))}`);
    for (const tx of r.txs as any[]) {
      const events = tx.tx_result.events as Event[];
      const hit = events.find((e) => e.type === type && attr(e, 'packet_sequence') === String(sequence));
      if (hit) return { height: String(tx.height), events: messageEvents(events, attr(hit, 'msg_index') ?? '') };
    }
    await sleep(300);
  }
  throw new Error(`no ${type} event for sequence ${sequence} on ${c.chainId}`);
}

interface Transfer {
  name: string;
  from: 'a' | 'b';
  sender: string;
  receiver: string;
  amount: string;
  denom: string;
  memo?: string;
  timeout?: string[];
}

async function main(): Promise<void> {
  const out = process.argv[process.argv.indexOf('--out') + 1];
  if (!process.argv.includes('--out') || !out) throw new Error('usage: vectors.ts --out FILE');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-ibc-vectors-'));
  const children: ChildProcess[] = [];
  const stop = () => children.forEach((c) => c.kill('SIGTERM'));
  process.on('exit', stop);
  try {
    log(`working in ${work}`);
    const a = initSimdChain(SIMD, { home: path.join(work, 'a'), chainId: 'simd-a-1', base: 36656, grpc: true });
    const b = initSimdChain(SIMD, { home: path.join(work, 'b'), chainId: 'simd-b-1', base: 36756, grpc: true });
    children.push(startSimd(SIMD, a.home, path.join(work, 'a.log')), startSimd(SIMD, b.home, path.join(work, 'b.log')));
    await Promise.all([waitHeight(a, 3, 300_000), waitHeight(b, 3, 300_000)]); // generous: a loaded 2-core machine starts simd slowly
    log('both chains produce blocks; linking with the relayer (clients, connection, channel)');
    const rlyHome = path.join(work, 'rly');
    const relayerAddresses = setupRelayer(RLY, rlyHome, PATH_NAME, { chainId: a.chainId, rpc: rpcOf(a), prefix: SIMD_PREFIX, gasPrices: `0${SIMD_BOND_DENOM}` }, { chainId: b.chainId, rpc: rpcOf(b), prefix: SIMD_PREFIX, gasPrices: `0${SIMD_BOND_DENOM}` }, SIMD_KEYS.relayer);
    rly(RLY, rlyHome, ['tx', 'link', PATH_NAME, '--src-port', PORT, '--dst-port', PORT, '--order', 'unordered', '--version', 'ics20-1']);
    log('linked');

    const voucherTrace = `${PORT}/${CHANNEL}/${SIMD_TRANSFER_DENOM}`;
    const forward: Transfer[] = [
      { name: 'success', from: 'a', sender: a.addresses.alice, receiver: b.addresses.bob, amount: '1000000', denom: SIMD_TRANSFER_DENOM },
      { name: 'error-ack', from: 'a', sender: a.addresses.alice, receiver: 'not-a-bech32-address', amount: '2500', denom: SIMD_TRANSFER_DENOM, memo: '{"note":"<b>vectors</b> & \\"quotes\\" ünï \u2028"}' },
      { name: 'timeout', from: 'a', sender: a.addresses.alice, receiver: b.addresses.bob, amount: '777', denom: SIMD_TRANSFER_DENOM, timeout: ['--packet-timeout-height', '0-0', '--packet-timeout-timestamp', '2000000000'] },
    ];
    const chains = { a, b };
    const send = async (t: Transfer) => {
      const c = chains[t.from];
      const key = t.sender === c.addresses.alice ? 'alice' : 'bob';
      const hash = simdTx(c, ['tx', 'ibc-transfer', 'transfer', PORT, CHANNEL, t.receiver, `${t.amount}${t.denom}`, '--from', key, ...(t.memo ? ['--memo', t.memo] : []), ...(t.timeout ?? [])]);
      const tx = await waitTx(c, hash);
      const events = tx.tx_result.events as Event[];
      const sent = events.find((e) => e.type === 'send_packet');
      if (!sent) throw new Error(`no send_packet in tx ${hash}`);
      const sequence = Number(attr(sent, 'packet_sequence'));
      const commitment = await ibcStore(c, `commitments/ports/${PORT}/channels/${CHANNEL}/sequences/${sequence}`, { height: Number(tx.height), prove: true });
      return { ...t, sequence, tx_height: String(tx.height), send_events: messageEvents(events, attr(sent, 'msg_index') ?? ''), commitment };
    };
    const sent = [];
    for (const t of forward) sent.push(await send(t));
    log(`sent ${sent.length} packets A→B; waiting for the timeout packet's deadline to pass on B`);
    const timeoutTs = BigInt(attr(sent[2].send_events.find((e) => e.type === 'send_packet')!, 'packet_timeout_timestamp')!);
    for (;;) {
      const t = BigInt(Date.parse((await rpc(b, '/status')).sync_info.latest_block_time)) * 1_000_000n;
      if (t > timeoutTs + 1_000_000_000n) break;
      await sleep(500);
    }
    rly(RLY, rlyHome, ['tx', 'flush', PATH_NAME, CHANNEL]);
    log('flushed (recv, acks, timeout)');

    const voucher = `ibc/${createHash('sha256').update(voucherTrace).digest('hex').toUpperCase()}`;
    const back = await send({ name: 'back-to-source', from: 'b', sender: b.addresses.bob, receiver: a.addresses.alice, amount: '400000', denom: voucher });
    rly(RLY, rlyHome, ['tx', 'flush', PATH_NAME, CHANNEL]);
    log('flushed the B→A transfer');

    const packets = [];
    for (const p of [...sent, back]) {
      const [src, dst] = p.from === 'a' ? [a, b] : [b, a];
      const sendPacket = p.send_events.find((e) => e.type === 'send_packet')!;
      const entry: Record<string, unknown> = {
        name: p.name,
        source_chain: src.chainId,
        sequence: p.sequence,
        source_port: attr(sendPacket, 'packet_src_port'),
        source_channel: attr(sendPacket, 'packet_src_channel'),
        destination_port: attr(sendPacket, 'packet_dst_port'),
        destination_channel: attr(sendPacket, 'packet_dst_channel'),
        timeout_height: attr(sendPacket, 'packet_timeout_height'),
        timeout_timestamp: attr(sendPacket, 'packet_timeout_timestamp'),
        data_hex: attr(sendPacket, 'packet_data_hex'),
        transfer: { sender: p.sender, receiver: p.receiver, amount: p.amount, denom: p.denom, memo: p.memo ?? '' },
        send: { height: p.tx_height, events: p.send_events },
        commitment: p.commitment,
      };
      if (p.name === 'timeout') {
        entry.receipt_absent = await ibcStore(dst, `receipts/ports/${PORT}/channels/${CHANNEL}/sequences/${p.sequence}`, { prove: true });
        entry.timeout = await packetStepEvents(src, 'timeout_packet', p.sequence);
      } else {
        const recv = await packetStepEvents(dst, 'recv_packet', p.sequence);
        const write = recv.events.find((e) => e.type === 'write_acknowledgement')!;
        entry.recv = recv;
        entry.ack_hex = attr(write, 'packet_ack_hex');
        entry.receipt = await ibcStore(dst, `receipts/ports/${PORT}/channels/${CHANNEL}/sequences/${p.sequence}`, { prove: true });
        entry.ack_commitment = await ibcStore(dst, `acks/ports/${PORT}/channels/${CHANNEL}/sequences/${p.sequence}`, { prove: true });
        entry.acknowledge = await packetStepEvents(src, 'acknowledge_packet', p.sequence);
      }
      entry.commitment_after = await ibcStore(src, `commitments/ports/${PORT}/channels/${CHANNEL}/sequences/${p.sequence}`);
      packets.push(entry);
    }

    const storeOf = async (c: SimdChain) => {
      const clientState = await ibcStore(c, `clients/${CLIENT}/clientState`, { prove: true });
      const cs = ClientState.decode(Any.decode(Buffer.from(clientState.value_hex, 'hex')).value);
      const h = cs.latestHeight!;
      return {
        client_state: clientState,
        consensus_state: await ibcStore(c, `clients/${CLIENT}/consensusStates/${h.revisionNumber}-${h.revisionHeight}`, { prove: true }),
        client_connections: await ibcStore(c, `clients/${CLIENT}/connections`),
        connection: await ibcStore(c, `connections/${CONNECTION}`, { prove: true }),
        channel: await ibcStore(c, `channelEnds/ports/${PORT}/channels/${CHANNEL}`, { prove: true }),
        next_sequence_send: await ibcStore(c, `nextSequenceSend/ports/${PORT}/channels/${CHANNEL}`),
        next_sequence_recv: await ibcStore(c, `nextSequenceRecv/ports/${PORT}/channels/${CHANNEL}`),
        next_sequence_ack: await ibcStore(c, `nextSequenceAck/ports/${PORT}/channels/${CHANNEL}`),
      };
    };
    const voucherHash = voucher.slice(4);
    const denomTrace = await abciQuery(b, '/store/transfer/key', Buffer.concat([Buffer.of(0x02), Buffer.from(voucherHash, 'hex')]));
    const totalEscrow = await abciQuery(a, '/store/transfer/key', Buffer.from(`totalEscrowForDenom/${SIMD_TRANSFER_DENOM}`));
    const denomHash = QueryDenomHashResponse.decode(Buffer.from((await abciQuery(b, '/ibc.applications.transfer.v1.Query/DenomHash', QueryDenomHashRequest.encode({ trace: voucherTrace }).finish())).value_hex, 'hex'));
    const escrows = [];
    for (const channelId of ['channel-0', 'channel-7', 'channel-123']) {
      const r = QueryEscrowAddressResponse.decode(Buffer.from((await abciQuery(a, '/ibc.applications.transfer.v1.Query/EscrowAddress', QueryEscrowAddressRequest.encode({ portId: PORT, channelId }).finish())).value_hex, 'hex'));
      escrows.push({ port_id: PORT, channel_id: channelId, address: r.escrowAddress });
    }
    const balance = async (c: SimdChain, address: string) => {
      const r = await abciQuery(c, '/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode({ address, resolveDenom: false }).finish());
      return QueryAllBalancesResponse.decode(Buffer.from(r.value_hex, 'hex')).balances;
    };

    const fixture = {
      generator: 'scripts/ibc/vectors.sh (ibc-go v8.8.0 testing/simapp simd, cosmos/relayer v2.6.0)',
      simd_build: fs.readFileSync(path.join(ROOT, 'tools', 'bin', 'simd.stamp'), 'utf8').trim(),
      rly_build: fs.readFileSync(path.join(ROOT, 'tools', 'bin', 'rly.stamp'), 'utf8').trim(),
      chains: {
        a: { chain_id: a.chainId, addresses: a.addresses, relayer: relayerAddresses[a.chainId] },
        b: { chain_id: b.chainId, addresses: b.addresses, relayer: relayerAddresses[b.chainId] },
      },
      path: { port: PORT, channel: CHANNEL, client: CLIENT, connection: CONNECTION, version: 'ics20-1', order: 'ORDER_UNORDERED' },
      store: { a: await storeOf(a), b: await storeOf(b) },
      packets,
      transfer_store: {
        denom_trace: { chain: b.chainId, trace: voucherTrace, ibc_denom: voucher, ...denomTrace },
        total_escrow: { chain: a.chainId, denom: SIMD_TRANSFER_DENOM, ...totalEscrow },
      },
      queries: {
        denom_hash: { chain: b.chainId, trace: voucherTrace, hash: denomHash.hash },
        escrow_address: { chain: a.chainId, results: escrows },
      },
      balances: { a_alice: await balance(a, a.addresses.alice), b_bob: await balance(b, b.addresses.bob) },
    };
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
    log(`wrote ${out}`);
  } finally {
    stop();
    await sleep(1000);
    if (!process.env.KEEP) fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`[vectors] ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
