// ICS-20 validation rules, each against the Go behaviour it mirrors (ibc-go v8.8.0, math/big, encoding/json).
import { Order } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { decodeAck, encodeAck, errorAck } from '../../../modules/transfer/ack';
import { onChanCloseInitCheck, onChanOpenAckCheck, onChanOpenInitVersion, onChanOpenTryVersion, validateTransferChannel } from '../../../modules/transfer/channel';
import { parseDenomTrace, validateDenomTrace, validateIbcDenom, validatePrefixedDenom, voucherDenom } from '../../../modules/transfer/denom';
import { TransferErrors } from '../../../modules/transfer/errors';
import { goJsonObject, goJsonString } from '../../../modules/transfer/go-json';
import { isGoBlank, parseGoBigInt } from '../../../modules/transfer/go-parse';
import { isChannelIdFormat, validatePortId } from '../../../modules/transfer/identifiers';
import { validateMsgTransfer } from '../../../modules/transfer/msgs';
import { decodePacketData, encodePacketData, validatePacketData, type PacketData } from '../../../modules/transfer/packet';
import { decodeParams, DEFAULT_PARAMS, encodeParams } from '../../../modules/transfer/params';

const ALICE = 'settle1ve08aydnlg69wuhd2mwdt7plw46ky9j97ct79u';
const HASH = '27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2';

describe('Go semantics', () => {
  it.each([
    ['1000', 1000n], ['+5', 5n], ['-5', -5n], ['0', 0n], ['00', 0n], ['0x10', 16n], ['0X1f', 31n], ['0b101', 5n], ['0o17', 15n], ['017', 15n],
    ['1_000', 1000n], ['0x_ff', 255n], ['0_7', 7n], [`${(1n << 256n) - 1n}`, (1n << 256n) - 1n],
  ])('big.Int.SetString(%j, 0) = %s', (s, want) => expect(parseGoBigInt(s)).toBe(want));

  it.each(['', '+', '-', '08', '0x', '0b2', '_1', '1_', '1__0', '1.0', ' 1', '1 ', '1e3', 'abc', '١٢'])('big.Int.SetString(%j, 0) fails', (s) => expect(parseGoBigInt(s)).toBeUndefined());

  it('strings.TrimSpace blankness is Go’s set, not JavaScript’s', () => {
    expect(isGoBlank(' \t\n\v\f\r\u0085\u00a0\u2028\u3000')).toBe(true);
    expect(isGoBlank('\ufeff')).toBe(false); // JS trims BOM, Go does not
    expect(isGoBlank('')).toBe(true);
    expect(isGoBlank(' a ')).toBe(false);
  });

  it('json.Marshal string escaping', () => {
    expect(goJsonString('<a href="x">&\u2028\u2029</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u2028\\u2029\\u003c/a\\u003e"');
    expect(goJsonString('\b\f\n\r\t\u0001\u001f\u007f\\')).toBe('"\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\\\\"');
    expect(goJsonString('😀 é')).toBe('"😀 é"');
    expect(goJsonString('a\ud800b')).toBe('"a\\ufffdb"');
    expect(goJsonObject({ sender: 's', amount: '1', Z: 'z' })).toBe('{"Z":"z","amount":"1","sender":"s"}');
  });
});

describe('packet data', () => {
  const data: PacketData = { denom: 'transfer/channel-0/uatom', amount: '5', sender: 'cosmos1x', receiver: ALICE, memo: '' };

  it('encodes sorted and without empty fields, and decodes back', () => {
    expect(Buffer.from(encodePacketData(data)).toString()).toBe(`{"amount":"5","denom":"transfer/channel-0/uatom","receiver":"${ALICE}","sender":"cosmos1x"}`);
    expect(decodePacketData(encodePacketData({ ...data, memo: '{"wasm":{}}' }))).toEqual({ ...data, memo: '{"wasm":{}}' });
  });

  it.each([
    ['not JSON', 'hello'],
    ['an array', '[]'],
    ['null', 'null'],
    ['an unknown field', '{"amount":"1","denom":"a","receiver":"r","sender":"s","extra":"x"}'],
    ['a number amount', '{"amount":1,"denom":"a","receiver":"r","sender":"s"}'],
  ])('refuses %s', (_w, json) => {
    expect(() => decodePacketData(Buffer.from(json))).toThrow(expect.objectContaining({ registered: TransferErrors.invalidPacketData }));
  });

  it('null fields read as empty (jsonpb)', () => {
    expect(decodePacketData(Buffer.from('{"amount":"1","denom":"a","memo":null,"receiver":"r","sender":"s"}')).memo).toBe('');
  });

  it.each([
    ['zero amount', { amount: '0' }, TransferErrors.invalidAmount],
    ['negative amount', { amount: '-1' }, TransferErrors.invalidAmount],
    ['amount over 256 bits', { amount: `${1n << 256n}` }, TransferErrors.invalidAmount],
    ['unparseable amount', { amount: '1.5' }, TransferErrors.invalidAmount],
    ['blank sender', { sender: ' \t' }, TransferErrors.invalidAddress],
    ['blank receiver', { receiver: '\u2028' }, TransferErrors.invalidAddress],
    ['blank base denom', { denom: 'transfer/channel-0/' }, TransferErrors.invalidDenomForTransfer],
    ['blank denom', { denom: ' ' }, TransferErrors.invalidDenomForTransfer],
    ['a bad port in the path', { denom: 'x/channel-0/uatom' }, TransferErrors.invalidIdentifier],
  ])('ValidateBasic refuses %s', (_w, patch, err) => {
    expect(() => validatePacketData({ ...data, ...patch })).toThrow(expect.objectContaining({ registered: err }));
  });

  it('ValidateBasic takes Go’s amount syntax (a counterparty may send 0x10) and 2^256−1', () => {
    expect(validatePacketData({ ...data, amount: '0x10' })).toBe(16n);
    expect(validatePacketData({ ...data, amount: `${(1n << 256n) - 1n}` })).toBe((1n << 256n) - 1n);
  });
});

describe('denoms', () => {
  it.each([
    ['uatom', { path: '', baseDenom: 'uatom' }],
    ['transfer/channel-0/uatom', { path: 'transfer/channel-0', baseDenom: 'uatom' }],
    ['transfer/channel-0/transfer/channel-7/uatom', { path: 'transfer/channel-0/transfer/channel-7', baseDenom: 'uatom' }],
    ['gamm/pool/1', { path: '', baseDenom: 'gamm/pool/1' }],
    ['transfer/channel-0/gamm/pool/1', { path: 'transfer/channel-0', baseDenom: 'gamm/pool/1' }],
    ['transfer/channel-0', { path: '', baseDenom: 'transfer/channel-0' }],
    ['transfer/channelX/uatom', { path: '', baseDenom: 'transfer/channelX/uatom' }],
  ])('ParseDenomTrace(%j)', (full, want) => expect(parseDenomTrace(full)).toEqual(want));

  it('voucher denoms hash the full path', () => {
    expect(voucherDenom('transfer', 'channel-0', 'uatom')).toBe(`ibc/${HASH}`);
    expect(voucherDenom('transfer', 'channel-1', 'uatom')).not.toBe(`ibc/${HASH}`);
  });

  it('validateDenomTrace and validatePrefixedDenom', () => {
    expect(() => validateDenomTrace({ path: 'transfer/channel-0', baseDenom: 'uatom' })).not.toThrow();
    expect(() => validateDenomTrace({ path: 'transfer', baseDenom: 'uatom' })).toThrow(/pairs/);
    expect(() => validateDenomTrace({ path: 'transfer/channel-0', baseDenom: ' ' })).toThrow(/blank/);
    expect(() => validatePrefixedDenom('uatom')).not.toThrow();
    expect(() => validatePrefixedDenom('gamm/pool/1')).not.toThrow();
  });

  it('validateIbcDenom (what MsgTransfer may send)', () => {
    expect(() => validateIbcDenom('uatom')).not.toThrow();
    expect(() => validateIbcDenom(`ibc/${HASH}`)).not.toThrow();
    expect(() => validateIbcDenom(`ibc/${HASH.toLowerCase()}`)).not.toThrow();
    expect(() => validateIbcDenom('ibc')).toThrow(/prefixed with the format/);
    expect(() => validateIbcDenom('ibc/ABCD')).toThrow(/32 bytes/);
    expect(() => validateIbcDenom(`ibc/${HASH.slice(2)}ZZ`)).toThrow(/not hex/);
    expect(() => validateIbcDenom('1atom')).toThrow(expect.objectContaining({ registered: TransferErrors.invalidDenomForTransfer }));
  });

  it('identifiers', () => {
    expect(isChannelIdFormat('channel-0')).toBe(true);
    expect(isChannelIdFormat('channel-18446744073709551615')).toBe(true);
    expect(isChannelIdFormat('channel-18446744073709551616')).toBe(false);
    expect(isChannelIdFormat('channel-')).toBe(false);
    expect(isChannelIdFormat('channel-0 ')).toBe(false);
    expect(() => validatePortId('transfer')).not.toThrow();
    expect(() => validatePortId('t')).toThrow(/length/);
    expect(() => validatePortId('a/b')).toThrow(/separator/);
    expect(() => validatePortId('por t')).toThrow(/alphanumeric/);
  });
});

describe('acknowledgements', () => {
  it('decodeAck refuses anything that does not re-encode to the same bytes', () => {
    for (const bad of ['{"result": "AQ=="}', '{"result":"AQ"}', '{"result":"AQ==","error":"x"}', '{}', '[]', '{"error":1}', 'x']) {
      expect(() => decodeAck(Buffer.from(bad))).toThrow(expect.objectContaining({ registered: TransferErrors.invalidAcknowledgement }));
    }
    expect(decodeAck(encodeAck(errorAck(12)))).toEqual(errorAck(12));
  });
});

describe('channel handshake rules', () => {
  it('unordered transfer channels with version ics20-1 only', () => {
    expect(onChanOpenInitVersion(Order.ORDER_UNORDERED, 'transfer', 'channel-0', '')).toBe('ics20-1');
    expect(onChanOpenInitVersion(Order.ORDER_UNORDERED, 'transfer', 'channel-0', 'ics20-1')).toBe('ics20-1');
    expect(() => onChanOpenInitVersion(Order.ORDER_UNORDERED, 'transfer', 'channel-0', 'ics20-2')).toThrow(expect.objectContaining({ registered: TransferErrors.invalidVersion }));
    expect(() => validateTransferChannel(Order.ORDER_ORDERED, 'transfer', 'channel-0')).toThrow(/ORDER_UNORDERED/);
    expect(() => validateTransferChannel(Order.ORDER_UNORDERED, 'other', 'channel-0')).toThrow(/invalid port/);
    expect(() => validateTransferChannel(Order.ORDER_UNORDERED, 'transfer', 'channel-4294967296')).toThrow(expect.objectContaining({ registered: TransferErrors.maxTransferChannels }));
    expect(onChanOpenTryVersion(Order.ORDER_UNORDERED, 'transfer', 'channel-4294967295')).toBe('ics20-1');
    expect(() => onChanOpenAckCheck('ics20-2')).toThrow(/invalid counterparty version/);
    expect(() => onChanCloseInitCheck()).toThrow(/user cannot close channel/);
  });
});

describe('MsgTransfer.ValidateBasic', () => {
  const msg: MsgTransfer = {
    sourcePort: 'transfer',
    sourceChannel: 'channel-0',
    token: { denom: 'uusdc', amount: '1000000' },
    sender: ALICE,
    receiver: 'cosmos1w94h99z4dezj6chkk5x406ur6v67ra5a6pjrsh',
    timeoutHeight: { revisionNumber: 1n, revisionHeight: 1000n },
    timeoutTimestamp: 0n,
    memo: '',
    encoding: '',
  };

  it('accepts a transfer and returns the amount', () => expect(validateMsgTransfer(msg)).toBe(1000000n));

  it.each([
    ['a bad port', { sourcePort: 'x' }, /invalid source port ID/],
    ['a bad channel', { sourceChannel: 'chan' }, /invalid source channel ID/],
    ['zero amount', { token: { denom: 'uusdc', amount: '0' } }, /not positive/],
    ['a non-integer amount', { token: { denom: 'uusdc', amount: '1.0' } }, /non-negative integer/],
    ['a bad denom', { token: { denom: 'u', amount: '1' } }, /invalid coins/],
    ['an odd-length ibc hash', { token: { denom: 'ibc/ABC', amount: '1' } }, /not hex/],
    ['a foreign sender', { sender: 'cosmos1w94h99z4dezj6chkk5x406ur6v67ra5a6pjrsh' }, /invalid address/],
    ['a blank receiver', { receiver: '  ' }, /missing recipient address/],
    ['a receiver over 2048 bytes', { receiver: 'a'.repeat(2049) }, /2048/],
    ['a memo over 32768 bytes', { memo: 'é'.repeat(16385) }, /32768/],
  ])('refuses %s', (_w, patch, re) => expect(() => validateMsgTransfer({ ...msg, ...patch } as MsgTransfer)).toThrow(re));
});

describe('params', () => {
  it('round-trips as ibc.applications.transfer.v1.Params', () => {
    expect(decodeParams(encodeParams(DEFAULT_PARAMS))).toEqual({ sendEnabled: true, receiveEnabled: true });
    expect(decodeParams(encodeParams({ sendEnabled: false, receiveEnabled: true }))).toEqual({ sendEnabled: false, receiveEnabled: true });
  });
});
