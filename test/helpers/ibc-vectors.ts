import * as fs from 'node:fs';
import * as path from 'node:path';

/** test/fixtures/ibc/simd-vectors.json, written by scripts/ibc/vectors.sh from real simd chains and the Go relayer. */
export const SIMD_VECTORS_FILE = path.join(__dirname, '..', 'fixtures', 'ibc', 'simd-vectors.json');

export interface StoredValue {
  key: string;
  height: string;
  value_hex: string;
  proof_ops?: Array<{ type: string; key_hex: string; data_hex: string }>;
  /** with proof_ops: the app hash of block height + 1 (which commits to the state read) */
  app_hash_hex?: string;
}

export interface VectorEvent {
  type: string;
  attributes: Array<{ key: string; value: string }>;
}

export interface VectorPacket {
  name: 'success' | 'error-ack' | 'timeout' | 'back-to-source';
  source_chain: string;
  sequence: number;
  source_port: string;
  source_channel: string;
  destination_port: string;
  destination_channel: string;
  timeout_height: string;
  timeout_timestamp: string;
  data_hex: string;
  transfer: { sender: string; receiver: string; amount: string; denom: string; memo: string };
  send: { height: string; events: VectorEvent[] };
  commitment: StoredValue;
  commitment_after: StoredValue;
  recv?: { height: string; events: VectorEvent[] };
  ack_hex?: string;
  receipt?: StoredValue;
  receipt_absent?: StoredValue;
  ack_commitment?: StoredValue;
  acknowledge?: { height: string; events: VectorEvent[] };
  timeout?: { height: string; events: VectorEvent[] };
}

export interface ChainStore {
  client_state: StoredValue;
  consensus_state: StoredValue;
  client_connections: StoredValue;
  connection: StoredValue;
  channel: StoredValue;
  next_sequence_send: StoredValue;
  next_sequence_recv: StoredValue;
  next_sequence_ack: StoredValue;
}

export interface SimdVectors {
  chains: Record<'a' | 'b', { chain_id: string; addresses: Record<'alice' | 'bob' | 'relayer', string> }>;
  path: { port: string; channel: string; client: string; connection: string; version: string };
  store: Record<'a' | 'b', ChainStore>;
  packets: VectorPacket[];
  transfer_store: {
    denom_trace: { trace: string; ibc_denom: string; key_hex: string; value_hex: string };
    total_escrow: { denom: string; key_hex: string; value_hex: string };
  };
  queries: {
    denom_hash: { trace: string; hash: string };
    escrow_address: { results: Array<{ port_id: string; channel_id: string; address: string }> };
  };
  balances: Record<string, Array<{ denom: string; amount: string }>>;
}

export function loadSimdVectors(): SimdVectors {
  return JSON.parse(fs.readFileSync(SIMD_VECTORS_FILE, 'utf8')) as SimdVectors;
}

export const fromHex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));

export function packetNamed(v: SimdVectors, name: VectorPacket['name']): VectorPacket {
  const p = v.packets.find((x) => x.name === name);
  if (!p) throw new Error(`no packet ${name} in the vectors`);
  return p;
}

/** One event's attributes as [key, value] pairs (the shape settle's modules emit). */
export function eventPairs(e: VectorEvent): { type: string; attributes: Array<[string, string]> } {
  return { type: e.type, attributes: e.attributes.map((a) => [a.key, a.value] as [string, string]) };
}

export function eventsOfType(events: VectorEvent[], type: string): VectorEvent[] {
  return events.filter((e) => e.type === type);
}
