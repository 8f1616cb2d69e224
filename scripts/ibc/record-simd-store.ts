// Records the bytes a real ibc-go v8.8.0 chain (tools/bin/simd, scripts/install-simd.sh) stores under
// the ICS-24 host paths, for the byte-level tests of the ibc module:
//   node -r ts-node/register/transpile-only scripts/ibc/record-simd-store.ts --out test/modules/ibc/fixtures/simd-store.json
// It starts a one-validator simd whose genesis holds IBC state (a 07-tendermint client and consensus
// state, connection ends, channel ends, sequences, a receipt and an ack), sends one ICS-20 transfer on
// the open channel (so ibc-go computes a packet commitment), then reads every path with
// abci_query /store/ibc/key and records the raw values, the genesis IBC section and the tx's send_packet event.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SIMD = path.join(ROOT, 'tools/bin/simd');
const CHAIN_ID = 'simd-vec-1';
const RPC_PORT = 36000 + (process.pid % 1000);

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || process.argv[i + 1] === undefined) throw new Error(`--${name} is required`);
  return process.argv[i + 1];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function simd(home: string, ...args: string[]): string {
  return execFileSync(SIMD, [...args, '--home', home], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function rpc(route: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${RPC_PORT}${route}`);
  const body = (await res.json()) as { result?: any; error?: unknown };
  if (body.error) throw new Error(`${route}: ${JSON.stringify(body.error)}`);
  return body.result;
}

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const iavlSpec = {
  leaf_spec: { hash: 'SHA256', prehash_key: 'NO_HASH', prehash_value: 'SHA256', length: 'VAR_PROTO', prefix: 'AA==' },
  inner_spec: { child_order: [0, 1], child_size: 33, min_prefix_length: 4, max_prefix_length: 12, empty_child: null, hash: 'SHA256' },
  max_depth: 0,
  min_depth: 0,
  prehash_key_before_comparison: false,
};
const tendermintSpec = {
  leaf_spec: { hash: 'SHA256', prehash_key: 'NO_HASH', prehash_value: 'SHA256', length: 'VAR_PROTO', prefix: 'AA==' },
  inner_spec: { child_order: [0, 1], child_size: 32, min_prefix_length: 1, max_prefix_length: 1, empty_child: null, hash: 'SHA256' },
  max_depth: 0,
  min_depth: 0,
  prehash_key_before_comparison: false,
};

/** IBC genesis: client 07-tendermint-0 of "settle-vec-1" (recent timestamp, so it is Active), connections, channels. */
function ibcGenesis(nowSeconds: number): any {
  const consensusTime = new Date((nowSeconds - 60) * 1000).toISOString().replace('.000Z', 'Z');
  const seq = (port: string, channel: string, sequence: string) => ({ port_id: port, channel_id: channel, sequence });
  return {
    client_genesis: {
      clients: [
        {
          client_id: '07-tendermint-0',
          client_state: {
            '@type': '/ibc.lightclients.tendermint.v1.ClientState',
            chain_id: 'settle-vec-1',
            trust_level: { numerator: '1', denominator: '3' },
            trusting_period: '1209600s',
            unbonding_period: '1814400s',
            max_clock_drift: '10s',
            frozen_height: { revision_number: '0', revision_height: '0' },
            latest_height: { revision_number: '1', revision_height: '100' },
            proof_specs: [iavlSpec, tendermintSpec],
            upgrade_path: ['upgrade', 'upgradedIBCState'],
            allow_update_after_expiry: false,
            allow_update_after_misbehaviour: false,
          },
        },
      ],
      clients_consensus: [
        {
          client_id: '07-tendermint-0',
          consensus_states: [
            {
              height: { revision_number: '1', revision_height: '100' },
              consensus_state: {
                '@type': '/ibc.lightclients.tendermint.v1.ConsensusState',
                timestamp: consensusTime,
                root: { hash: b64(Buffer.alloc(32, 0xab)) },
                next_validators_hash: Buffer.alloc(32, 0xcd).toString('hex').toUpperCase(),
              },
            },
          ],
        },
      ],
      clients_metadata: [],
      params: { allowed_clients: ['*'] },
      create_localhost: false,
      next_client_sequence: '1',
    },
    connection_genesis: {
      connections: [
        {
          id: 'connection-0',
          client_id: '07-tendermint-0',
          versions: [{ identifier: '1', features: ['ORDER_ORDERED', 'ORDER_UNORDERED'] }],
          state: 'STATE_OPEN',
          counterparty: { client_id: '07-tendermint-5', connection_id: 'connection-7', prefix: { key_prefix: b64('ibc') } },
          delay_period: '0',
        },
        {
          id: 'connection-1',
          client_id: '07-tendermint-0',
          versions: [{ identifier: '1', features: ['ORDER_ORDERED', 'ORDER_UNORDERED'] }],
          state: 'STATE_INIT',
          counterparty: { client_id: '07-tendermint-5', connection_id: '', prefix: { key_prefix: b64('ibc') } },
          delay_period: '30000000000',
        },
      ],
      client_connection_paths: [{ client_id: '07-tendermint-0', paths: ['connection-0', 'connection-1'] }],
      next_connection_sequence: '2',
      params: { max_expected_time_per_block: '30000000000' },
    },
    channel_genesis: {
      channels: [
        { state: 'STATE_OPEN', ordering: 'ORDER_UNORDERED', counterparty: { port_id: 'transfer', channel_id: 'channel-9' }, connection_hops: ['connection-0'], version: 'ics20-1', port_id: 'transfer', channel_id: 'channel-0', upgrade_sequence: '0' },
        { state: 'STATE_INIT', ordering: 'ORDER_ORDERED', counterparty: { port_id: 'mock', channel_id: '' }, connection_hops: ['connection-0'], version: 'mock-1', port_id: 'transfer', channel_id: 'channel-1', upgrade_sequence: '0' },
      ],
      acknowledgements: [{ ...seq('transfer', 'channel-0', '4'), data: b64(Buffer.alloc(32, 0x44)) }],
      commitments: [],
      receipts: [{ ...seq('transfer', 'channel-0', '3'), data: b64(Buffer.from([1])) }],
      send_sequences: [seq('transfer', 'channel-0', '1'), seq('transfer', 'channel-1', '1')],
      recv_sequences: [seq('transfer', 'channel-0', '5'), seq('transfer', 'channel-1', '1')],
      ack_sequences: [seq('transfer', 'channel-0', '1'), seq('transfer', 'channel-1', '1')],
      next_channel_sequence: '2',
      params: { upgrade_timeout: { height: { revision_number: '0', revision_height: '0' }, timestamp: '600000000000' } },
    },
  };
}

/** x/capability: the channel capability owned by ibc and transfer, as after a handshake. */
function capabilityGenesis(): any {
  const name = 'capabilities/ports/transfer/channels/channel-0';
  return { index: '2', owners: [{ index: '1', index_owners: { owners: [{ module: 'ibc', name }, { module: 'transfer', name }] } }] };
}

const PATHS = [
  'nextClientSequence',
  'nextConnectionSequence',
  'nextChannelSequence',
  'clientParams',
  'connectionParams',
  'clients/07-tendermint-0/clientState',
  'clients/07-tendermint-0/consensusStates/1-100',
  'clients/07-tendermint-0/connections',
  'connections/connection-0',
  'connections/connection-1',
  'channelEnds/ports/transfer/channels/channel-0',
  'channelEnds/ports/transfer/channels/channel-1',
  'nextSequenceSend/ports/transfer/channels/channel-0',
  'nextSequenceRecv/ports/transfer/channels/channel-0',
  'nextSequenceAck/ports/transfer/channels/channel-0',
  'receipts/ports/transfer/channels/channel-0/sequences/3',
  'acks/ports/transfer/channels/channel-0/sequences/4',
  'commitments/ports/transfer/channels/channel-0/sequences/1',
];

async function main(): Promise<void> {
  const out = arg('out');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-simd-vec-'));
  simd(home, 'init', 'vec', '--chain-id', CHAIN_ID);
  simd(home, 'keys', 'add', 'val', '--keyring-backend', 'test');
  const addr = simd(home, 'keys', 'show', 'val', '-a', '--keyring-backend', 'test').trim();
  simd(home, 'genesis', 'add-genesis-account', addr, '100000000000stake', '--keyring-backend', 'test');
  simd(home, 'genesis', 'gentx', 'val', '1000000000stake', '--chain-id', CHAIN_ID, '--keyring-backend', 'test');
  simd(home, 'genesis', 'collect-gentxs');
  const genesisPath = path.join(home, 'config/genesis.json');
  const genesis = JSON.parse(fs.readFileSync(genesisPath, 'utf8'));
  genesis.app_state.ibc = ibcGenesis(Math.floor(Date.now() / 1000));
  genesis.app_state.capability = capabilityGenesis();
  fs.writeFileSync(genesisPath, JSON.stringify(genesis, null, 1));
  const configPath = path.join(home, 'config/config.toml');
  let config = fs.readFileSync(configPath, 'utf8');
  config = config
    .replace(/laddr = "tcp:\/\/127.0.0.1:26657"/, `laddr = "tcp://127.0.0.1:${RPC_PORT}"`)
    .replace(/laddr = "tcp:\/\/0.0.0.0:26656"/, `laddr = "tcp://127.0.0.1:${RPC_PORT + 1}"`)
    .replace(/timeout_commit = "5s"/, 'timeout_commit = "500ms"');
  fs.writeFileSync(configPath, config);
  const node = spawn(SIMD, ['start', '--home', home, '--grpc.enable=false', '--api.enable=false', '--minimum-gas-prices', '0stake', `--proxy_app=tcp://127.0.0.1:${RPC_PORT + 2}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  node.stderr.on('data', (d) => (log = (log + d.toString()).slice(-20_000)));
  try {
    for (let i = 0; ; i++) {
      if (i > 120) throw new Error(`simd did not start:\n${log}`);
      await sleep(500);
      try {
        if (Number((await rpc('/status')).sync_info.latest_block_height) >= 2) break;
      } catch {
        /* not up yet */
      }
    }
    const txOut = simd(home, 'tx', 'ibc-transfer', 'transfer', 'transfer', 'channel-0', 'cosmos1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du', '12345stake', '--from', 'val', '--keyring-backend', 'test', '--chain-id', CHAIN_ID, '--node', `tcp://127.0.0.1:${RPC_PORT}`, '--absolute-timeouts', '--packet-timeout-height', '1-5000', '--packet-timeout-timestamp', '0', '--memo', '', '-y', '-o', 'json');
    const hash = JSON.parse(txOut).txhash as string;
    let tx: any;
    for (let i = 0; i < 60 && !tx; i++) {
      await sleep(500);
      try {
        tx = await rpc(`/tx?hash=0x${hash}`);
      } catch {
        /* not committed yet */
      }
    }
    if (!tx) throw new Error('the transfer tx was not committed');
    if (tx.tx_result.code !== 0) throw new Error(`the transfer failed: ${tx.tx_result.log}`);
    const height = Number(tx.height);
    const sendPacket = tx.tx_result.events.find((e: any) => e.type === 'send_packet');
    const stored: Record<string, string | null> = {};
    for (const p of PATHS) {
      const r = await rpc(`/abci_query?path=%22/store/ibc/key%22&data=0x${Buffer.from(p).toString('hex')}&height=${height}`);
      stored[p] = r.response.value ? Buffer.from(r.response.value, 'base64').toString('hex') : null;
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      JSON.stringify(
        {
          recorded_with: 'simd (ibc-go v8.8.0 testing/simapp, tools/bin/simd) by scripts/ibc/record-simd-store.ts',
          height,
          genesis_ibc: genesis.app_state.ibc,
          send_packet: Object.fromEntries(sendPacket.attributes.map((a: any) => [a.key, a.value])),
          stored,
        },
        null,
        1,
      ) + '\n',
    );
    console.log(`wrote ${out}: ${Object.values(stored).filter((v) => v !== null).length}/${PATHS.length} paths at height ${height}`);
  } finally {
    node.kill('SIGTERM');
    await sleep(500);
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
