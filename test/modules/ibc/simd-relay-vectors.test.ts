// Byte-level proof against the real ibc-go: the values simd v8.8.0 stored under `/store/ibc/key`
// (test/fixtures/ibc/simd-vectors.json, from scripts/ibc/vectors.sh) decode with cosmjs-types and
// re-encode to the identical bytes, and the packet / ack commitments and receipts recompute from the
// packets and acknowledgements the chains emitted.
import { createHash } from 'node:crypto';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { Channel, Order, State as ChannelState } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { ClientPaths, ConnectionEnd, State as ConnectionState } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { ClientState, ConsensusState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { verifyStoreProof } from '../../../client/proofs';
import { fromHex, loadSimdVectors, type StoredValue } from '../../helpers/ibc-vectors';

const v = loadSimdVectors();
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function u64be(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

/** ICS-04 CommitPacket (ibc-go v8): sha256(timeout_timestamp ‖ revision_number ‖ revision_height ‖ sha256(data)), u64 big-endian. */
function packetCommitment(timeoutTimestamp: bigint, revisionNumber: bigint, revisionHeight: bigint, data: Uint8Array): Buffer {
  return sha256(Buffer.concat([u64be(timeoutTimestamp), u64be(revisionNumber), u64be(revisionHeight), sha256(data)]));
}

function stored(s: StoredValue): Uint8Array {
  expect(s.value_hex.length).toBeGreaterThan(0);
  return fromHex(s.value_hex);
}

describe.each(['a', 'b'] as const)('simd chain %s: stored IBC state re-encodes byte for byte', (side) => {
  const store = v.store[side];
  const counterparty = v.chains[side === 'a' ? 'b' : 'a'].chain_id;

  it('ClientState (Any of 07-tendermint ClientState)', () => {
    const bytes = stored(store.client_state);
    const any = Any.decode(bytes);
    expect(any.typeUrl).toBe('/ibc.lightclients.tendermint.v1.ClientState');
    const cs = ClientState.decode(any.value);
    expect(cs.chainId).toBe(counterparty);
    expect(cs.latestHeight.revisionNumber).toBe(1n);
    expect(cs.proofSpecs).toHaveLength(2);
    expect(hex(ClientState.encode(cs).finish())).toBe(hex(any.value));
    expect(hex(Any.encode({ typeUrl: any.typeUrl, value: ClientState.encode(cs).finish() }).finish())).toBe(hex(bytes));
  });

  it('ConsensusState at the client latest height (Any of 07-tendermint ConsensusState)', () => {
    const cs = ClientState.decode(Any.decode(stored(store.client_state)).value);
    expect(store.consensus_state.key).toBe(`clients/${v.path.client}/consensusStates/${cs.latestHeight.revisionNumber}-${cs.latestHeight.revisionHeight}`);
    const bytes = stored(store.consensus_state);
    const any = Any.decode(bytes);
    expect(any.typeUrl).toBe('/ibc.lightclients.tendermint.v1.ConsensusState');
    const cons = ConsensusState.decode(any.value);
    expect(cons.root.hash).toHaveLength(32);
    expect(cons.nextValidatorsHash).toHaveLength(32);
    expect(hex(Any.encode({ typeUrl: any.typeUrl, value: ConsensusState.encode(cons).finish() }).finish())).toBe(hex(bytes));
  });

  it('ConnectionEnd', () => {
    const bytes = stored(store.connection);
    const c = ConnectionEnd.decode(bytes);
    expect(c.state).toBe(ConnectionState.STATE_OPEN);
    expect(c.clientId).toBe(v.path.client);
    expect(c.counterparty.connectionId).toBe(v.path.connection);
    expect(Buffer.from(c.counterparty.prefix.keyPrefix).toString()).toBe('ibc');
    expect(c.versions.map((x) => x.identifier)).toEqual(['1']);
    expect(c.versions[0].features).toEqual(['ORDER_ORDERED', 'ORDER_UNORDERED']);
    expect(hex(ConnectionEnd.encode(c).finish())).toBe(hex(bytes));
  });

  it('Channel (transfer/channel-0, unordered, ics20-1)', () => {
    const bytes = stored(store.channel);
    const c = Channel.decode(bytes);
    expect(c.state).toBe(ChannelState.STATE_OPEN);
    expect(c.ordering).toBe(Order.ORDER_UNORDERED);
    expect(c.version).toBe('ics20-1');
    expect(c.connectionHops).toEqual([v.path.connection]);
    expect(c.counterparty).toEqual({ portId: 'transfer', channelId: 'channel-0' });
    expect(hex(Channel.encode(c).finish())).toBe(hex(bytes));
  });

  it('client connections (ClientPaths) and the next sequences (u64 big-endian)', () => {
    const bytes = stored(store.client_connections);
    const paths = ClientPaths.decode(bytes);
    expect(paths.paths).toEqual([v.path.connection]);
    expect(hex(ClientPaths.encode(paths).finish())).toBe(hex(bytes));
    const sent = v.packets.filter((p) => p.source_chain === v.chains[side].chain_id).length;
    expect(hex(stored(store.next_sequence_send))).toBe(hex(u64be(BigInt(sent + 1))));
    // unordered channels keep recv/ack sequences at 1 (they matter to ordered channels only)
    expect(hex(stored(store.next_sequence_recv))).toBe(hex(u64be(1n)));
    expect(hex(stored(store.next_sequence_ack))).toBe(hex(u64be(1n)));
  });
});

describe('packet commitments, receipts and acknowledgement commitments', () => {
  it.each(v.packets.map((p) => [p.name, p] as const))('%s: simd stored sha256(timeout ‖ rev number ‖ rev height ‖ sha256(data))', (_name, p) => {
    const [revNumber, revHeight] = p.timeout_height.split('-').map(BigInt);
    const expected = packetCommitment(BigInt(p.timeout_timestamp), revNumber, revHeight, fromHex(p.data_hex));
    expect(p.commitment.key).toBe(`commitments/ports/${p.source_port}/channels/${p.source_channel}/sequences/${p.sequence}`);
    expect(p.commitment.value_hex).toBe(hex(expected));
    // deleted once acknowledged or timed out
    expect(p.commitment_after.value_hex).toBe('');
  });

  it('a different timeout, height or data gives a different commitment', () => {
    const p = v.packets[0];
    const [n, h] = p.timeout_height.split('-').map(BigInt);
    const base = hex(packetCommitment(BigInt(p.timeout_timestamp), n, h, fromHex(p.data_hex)));
    expect(hex(packetCommitment(BigInt(p.timeout_timestamp) + 1n, n, h, fromHex(p.data_hex)))).not.toBe(base);
    expect(hex(packetCommitment(BigInt(p.timeout_timestamp), n, h + 1n, fromHex(p.data_hex)))).not.toBe(base);
    expect(hex(packetCommitment(BigInt(p.timeout_timestamp), n, h, Buffer.from(`${p.data_hex} `)))).not.toBe(base);
  });

  it.each(v.packets.filter((p) => p.ack_hex).map((p) => [p.name, p] as const))('%s: receipt is 0x01 and the ack commitment is sha256(ack bytes)', (_name, p) => {
    expect(p.receipt!.value_hex).toBe('01');
    expect(p.ack_commitment!.key).toBe(`acks/ports/${p.destination_port}/channels/${p.destination_channel}/sequences/${p.sequence}`);
    expect(p.ack_commitment!.value_hex).toBe(hex(sha256(fromHex(p.ack_hex!))));
  });

  it('the timed-out packet has no receipt on the destination (the non-membership a timeout proves)', () => {
    const p = v.packets.find((x) => x.name === 'timeout')!;
    expect(p.receipt_absent!.value_hex).toBe('');
    expect(p.receipt_absent!.proof_ops!.map((o) => o.type)).toEqual(['ics23:iavl', 'ics23:simple']);
    expect(p.timeout_height).toBe('0-0');
  });
});

describe('ICS-23 proofs simd served at /store/ibc/key verify with @confio/ics23 (iavl + tendermint specs)', () => {
  const proved: Array<[string, StoredValue]> = [];
  for (const side of ['a', 'b'] as const) {
    for (const [name, value] of Object.entries(v.store[side])) if (value.proof_ops) proved.push([`${side} ${name}`, value]);
  }
  for (const p of v.packets) {
    for (const name of ['commitment', 'receipt', 'ack_commitment', 'receipt_absent'] as const) {
      const value = p[name];
      if (value?.proof_ops) proved.push([`${p.name} ${name}`, value]);
    }
  }

  it('the fixture has membership and non-membership proofs', () => {
    expect(proved.length).toBeGreaterThanOrEqual(15);
    expect(proved.some(([, s]) => s.value_hex === '')).toBe(true);
  });

  it.each(proved)('%s', (_name, s) => {
    const ops = s.proof_ops!.map((o) => ({ type: o.type, key: fromHex(o.key_hex), data: fromHex(o.data_hex) }));
    const key = Buffer.from(s.key, 'utf8');
    const appHash = fromHex(s.app_hash_hex!);
    const value = s.value_hex === '' ? undefined : fromHex(s.value_hex);
    expect(() => verifyStoreProof(ops, appHash, 'ibc', key, value)).not.toThrow();
    // and the same proof does not prove anything else
    const other = value ? Uint8Array.from([...value, 0]) : Uint8Array.of(1);
    expect(() => verifyStoreProof(ops, appHash, 'ibc', key, other)).toThrow();
  });
});
