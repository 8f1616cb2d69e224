// modules/transfer against what ibc-go v8.8.0 really wrote (test/fixtures/ibc/simd-vectors.json):
// packet data bytes, acknowledgements, events, denom traces, voucher denoms and escrow addresses.
import { fromBech32 } from '@cosmjs/encoding';
import { DenomTrace } from 'cosmjs-types/ibc/applications/transfer/v1/denomtrace';
import { ackText, decodeAck, encodeAck, errorAck, SUCCESS_ACK } from '../../../modules/transfer/ack';
import { denomPrefix, denomTraceHash, ibcDenom, parseDenomTrace, receiverChainIsSource, senderChainIsSource, voucherDenom } from '../../../modules/transfer/denom';
import { escrowAddress } from '../../../modules/transfer/escrow';
import { ackPacketEvents, denomTraceEvent, recvPacketEvent, timeoutEvent, transferEvents } from '../../../modules/transfer/events';
import { denomTraceKey, totalEscrowKey } from '../../../modules/transfer/keys';
import { decodePacketData, encodePacketData, validatePacketData } from '../../../modules/transfer/packet';
import { eventPairs, eventsOfType, fromHex, loadSimdVectors, packetNamed } from '../../helpers/ibc-vectors';

const v = loadSimdVectors();
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('packet data: Go JSON exactly as ibc-go GetBytes writes it', () => {
  it.each(v.packets.map((p) => [p.name, p] as const))('%s: decode → encode gives simd’s bytes', (_n, p) => {
    const d = decodePacketData(fromHex(p.data_hex));
    // the sender's coin denom; a voucher (ibc/…) goes out under its full trace path
    const packetDenom = p.transfer.denom === v.transfer_store.denom_trace.ibc_denom ? v.transfer_store.denom_trace.trace : p.transfer.denom;
    expect(d).toEqual({ ...p.transfer, denom: packetDenom });
    expect(hex(encodePacketData(d))).toBe(p.data_hex);
    expect(validatePacketData(d)).toBe(BigInt(p.transfer.amount));
  });

  it('no memo → no "memo" key; a memo with <, >, &, quotes, non-ASCII and U+2028 escaped the Go way', () => {
    const plain = Buffer.from(packetNamed(v, 'success').data_hex, 'hex').toString('utf8');
    expect(plain).not.toContain('memo');
    expect(plain.startsWith('{"amount":"1000000","denom":"uatom","receiver":')).toBe(true);
    const withMemo = Buffer.from(packetNamed(v, 'error-ack').data_hex, 'hex').toString('utf8');
    expect(withMemo).toContain('\\u003cb\\u003evectors\\u003c/b\\u003e \\u0026');
    expect(withMemo).toContain('ünï \\u2028');
  });

  it('the voucher travels home under its full path (B burns ibc/…, the packet says transfer/channel-0/uatom)', () => {
    const p = packetNamed(v, 'back-to-source');
    expect(decodePacketData(fromHex(p.data_hex)).denom).toBe('transfer/channel-0/uatom');
    // on A (the source), the packet's denom carries B's sending end's prefix: A unescrows
    expect(receiverChainIsSource(p.source_port, p.source_channel, 'transfer/channel-0/uatom')).toBe(true);
    expect(senderChainIsSource('transfer', 'channel-0', 'uatom')).toBe(true);
  });
});

describe('acknowledgements', () => {
  it('success ack bytes are {"result":"AQ=="}', () => {
    for (const name of ['success', 'back-to-source'] as const) expect(hex(encodeAck(SUCCESS_ACK))).toBe(packetNamed(v, name).ack_hex);
    expect(Buffer.from(encodeAck(SUCCESS_ACK)).toString()).toBe('{"result":"AQ=="}');
  });

  it('error ack bytes carry only the ABCI code', () => {
    const p = packetNamed(v, 'error-ack');
    // ibc-go answered a receiver that is not bech32 with code 1 (an unregistered error)
    expect(hex(encodeAck(errorAck(1)))).toBe(p.ack_hex);
    expect(decodeAck(fromHex(p.ack_hex!))).toEqual(errorAck(1));
    expect(decodeAck(fromHex(packetNamed(v, 'success').ack_hex!))).toEqual({ result: Uint8Array.of(1) });
  });

  it('ack event text is gogoproto compact text, as in simd’s acknowledgement attribute', () => {
    const texts = v.packets.flatMap((p) => eventsOfType(p.acknowledge?.events ?? [], 'fungible_token_packet')).flatMap((e) => e.attributes.filter((a) => a.key === 'acknowledgement').map((a) => a.value));
    expect(texts).toEqual([ackText(SUCCESS_ACK), ackText(errorAck(1)), ackText(SUCCESS_ACK)]);
  });
});

describe('events: types, attribute names and order as ibc-go emits them', () => {
  it('MsgTransfer: ibc_transfer', () => {
    for (const p of v.packets) {
      const ours = transferEvents(p.transfer)[0];
      expect(ours).toEqual(eventPairs(eventsOfType(p.send.events, 'ibc_transfer')[0]));
    }
  });

  it('receive (success): denomination_trace then fungible_token_packet', () => {
    const p = packetNamed(v, 'success');
    const d = decodePacketData(fromHex(p.data_hex));
    const recv = p.recv!.events;
    const trace = parseDenomTrace(`${denomPrefix(p.destination_port, p.destination_channel)}${d.denom}`);
    expect(denomTraceEvent(Buffer.from(denomTraceHash(trace)).toString('hex').toUpperCase(), ibcDenom(trace))).toEqual(eventPairs(eventsOfType(recv, 'denomination_trace')[0]));
    expect(recvPacketEvent(d, true)).toEqual(eventPairs(eventsOfType(recv, 'fungible_token_packet')[0]));
    const order = recv.map((e) => e.type).filter((t) => t === 'denomination_trace' || t === 'fungible_token_packet');
    expect(order).toEqual(['denomination_trace', 'fungible_token_packet']);
  });

  it('receive back at the source: fungible_token_packet with the full-path denom, no denomination_trace', () => {
    const p = packetNamed(v, 'back-to-source');
    expect(eventsOfType(p.recv!.events, 'denomination_trace')).toHaveLength(0);
    expect(recvPacketEvent(decodePacketData(fromHex(p.data_hex)), true)).toEqual(eventPairs(eventsOfType(p.recv!.events, 'fungible_token_packet')[0]));
  });

  it('receive (error): the core prefixes the callback event with ibccallbackerror-', () => {
    const p = packetNamed(v, 'error-ack');
    const simd = eventsOfType(p.recv!.events, 'ibccallbackerror-fungible_token_packet')[0];
    const error = simd.attributes.find((a) => a.key === 'ibccallbackerror-error')!.value;
    const ours = recvPacketEvent(decodePacketData(fromHex(p.data_hex)), false, error);
    expect({ type: `ibccallbackerror-${ours.type}`, attributes: ours.attributes.map(([k, val]) => [`ibccallbackerror-${k}`, val]) }).toEqual(eventPairs(simd));
    expect(eventsOfType(p.recv!.events, 'fungible_token_packet')).toHaveLength(0);
  });

  it.each(['success', 'error-ack', 'back-to-source'] as const)('acknowledgement (%s): two fungible_token_packet events', (name) => {
    const p = packetNamed(v, name);
    const ack = decodeAck(fromHex(p.ack_hex!));
    expect(ackPacketEvents(decodePacketData(fromHex(p.data_hex)), ack)).toEqual(eventsOfType(p.acknowledge!.events, 'fungible_token_packet').map(eventPairs));
  });

  it('timeout: the refund event', () => {
    const p = packetNamed(v, 'timeout');
    expect(timeoutEvent(decodePacketData(fromHex(p.data_hex)))).toEqual(eventPairs(eventsOfType(p.timeout!.events, 'timeout')[0]));
  });
});

describe('denom traces, vouchers, escrow', () => {
  const t = v.transfer_store.denom_trace;

  it('voucher denom ibc/<upper-case hex sha256 of the full path>, as simd minted and its DenomHash query answers', () => {
    expect(voucherDenom('transfer', 'channel-0', 'uatom')).toBe(t.ibc_denom);
    expect(ibcDenom(parseDenomTrace(t.trace))).toBe(t.ibc_denom);
    expect(t.ibc_denom.slice(4)).toBe(v.queries.denom_hash.hash);
    expect(v.balances.b_bob.map((c) => c.denom)).toContain(t.ibc_denom);
  });

  it('the stored denom trace: key 0x02 ‖ hash, value DenomTrace{path, base_denom}', () => {
    const trace = parseDenomTrace(t.trace);
    expect(trace).toEqual({ path: 'transfer/channel-0', baseDenom: 'uatom' });
    expect(hex(denomTraceKey(denomTraceHash(trace)))).toBe(t.key_hex);
    expect(hex(DenomTrace.encode(trace).finish())).toBe(t.value_hex);
  });

  it('total escrow key totalEscrowForDenom/<denom>', () => {
    expect(hex(totalEscrowKey(v.transfer_store.total_escrow.denom))).toBe(v.transfer_store.total_escrow.key_hex);
    // IntProto{int: "600000"}: 1000000 escrowed, 400000 came back; the error ack and timeout were refunded
    expect(Buffer.from(v.transfer_store.total_escrow.value_hex, 'hex').subarray(2).toString()).toBe('600000');
  });

  it.each(v.queries.escrow_address.results.map((r) => [r.channel_id, r] as const))('escrow address of transfer/%s = sha256("ics20-1\\0transfer/…")[:20]', (_c, r) => {
    expect(hex(escrowAddress(r.port_id, r.channel_id))).toBe(hex(fromBech32(r.address).data));
  });
});
