// ICS-20's token logic (modules/transfer/relay.ts) on a real store, with an in-memory bank standing in
// for the bank module (the bank's own rules are tested in test/modules/bank). The packets are simd's
// where settle would see the same bytes, else built like simd's.
import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import { accountAddress, AppError, Errors, StoreKey, type Amount, type Context, type ReadContext } from '../../../chain/sdk';
import { decodeAck, encodeAck, errorAck, SUCCESS_ACK } from '../../../modules/transfer/ack';
import { escrowAddress } from '../../../modules/transfer/escrow';
import { TransferErrors } from '../../../modules/transfer/errors';
import { TransferKeeper } from '../../../modules/transfer/keeper';
import { decodePacketData, encodePacketData, type PacketData } from '../../../modules/transfer/packet';
import { onAcknowledgementPacket, onRecvPacket, onTimeoutPacket, sendTransfer, type TransferBank, type TransferPacket } from '../../../modules/transfer/relay';
import { fromHex, loadSimdVectors, packetNamed } from '../../helpers/ibc-vectors';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { Harness } from '../helpers';

const v = loadSimdVectors();
const ALICE = 'settle1ve08aydnlg69wuhd2mwdt7plw46ky9j97ct79u';
const COSMOS_BOB = v.chains.b.addresses.bob;
const MODULE = accountAddress(Uint8Array.from(Buffer.alloc(20, 7)));
const ESCROW0 = accountAddress(escrowAddress('transfer', 'channel-0'));
const VOUCHER = v.transfer_store.denom_trace.ibc_denom; // ibc/<sha256("transfer/channel-0/uatom")>

/** Balances and supply in maps; the module account 'transfer' may mint and burn; module accounts are blocked. */
class MemoryBank implements TransferBank {
  readonly balances = new Map<string, bigint>();
  readonly supply = new Map<string, bigint>();
  readonly metadata = new Map<string, Metadata>();
  sendDisabled = new Set<string>();

  balance(_ctx: ReadContext, address: string, denom: string): bigint {
    return this.balances.get(`${address}|${denom}`) ?? 0n;
  }
  private add(address: string, c: Amount, sign: bigint): void {
    const key = `${address}|${c.denom}`;
    const next = (this.balances.get(key) ?? 0n) + sign * c.amount;
    if (next < 0n) throw Errors.insufficientFunds.wrap(`${address} has ${this.balances.get(key) ?? 0n}${c.denom}, needs ${c.amount}`);
    this.balances.set(key, next);
  }
  sendCoins(_ctx: Context, from: string, to: string, coins: Amount[]): void {
    for (const c of coins) this.add(from, c, -1n);
    for (const c of coins) this.add(to, c, 1n);
  }
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Amount[]): void {
    expect(module).toBe('transfer');
    this.sendCoins(ctx, from, MODULE, coins);
  }
  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Amount[]): void {
    expect(module).toBe('transfer');
    if (this.isBlockedAddress(to)) throw Errors.unauthorized.wrap(`${to} is not allowed to receive funds`);
    this.sendCoins(ctx, MODULE, to, coins);
  }
  mintCoins(_ctx: Context, _module: string, coins: Amount[]): void {
    for (const c of coins) {
      this.add(MODULE, c, 1n);
      this.supply.set(c.denom, (this.supply.get(c.denom) ?? 0n) + c.amount);
    }
  }
  burnCoins(_ctx: Context, _module: string, coins: Amount[]): void {
    for (const c of coins) {
      this.add(MODULE, c, -1n);
      this.supply.set(c.denom, (this.supply.get(c.denom) ?? 0n) - c.amount);
    }
  }
  checkSendEnabled(_ctx: ReadContext, coins: { denom: string }[]): void {
    for (const c of coins) if (this.sendDisabled.has(c.denom)) throw new AppError(TransferErrors.sendDisabled, `${c.denom} transfers are currently disabled`);
  }
  denomMetadata(_ctx: ReadContext, denom: string): Metadata | undefined {
    return this.metadata.get(denom);
  }
  setDenomMetadata(_ctx: Context, m: Metadata): void {
    this.metadata.set(m.base, m);
  }
  isBlockedAddress(address: string): boolean {
    return address === MODULE;
  }
}

/** A packet from simd's transfer/channel-0 to settle's transfer/channel-0. */
const incoming = (data: Uint8Array): TransferPacket => ({ sourcePort: 'transfer', sourceChannel: 'channel-0', destinationPort: 'transfer', destinationChannel: 'channel-0', data });
/** A packet settle sent on its transfer/channel-0. */
const outgoing = (data: Uint8Array): TransferPacket => incoming(data);

describe('ICS-20 relay logic', () => {
  let dir: string;
  let h: Harness;
  let bank: MemoryBank;
  const k = new TransferKeeper(new StoreKey('transfer'));

  beforeEach(async () => {
    dir = makeTmpDir('transfer-relay');
    h = await Harness.open(dir, ['transfer']);
    bank = new MemoryBank();
    bank.balances.set(`${ALICE}|uusdc`, 1_000_000n);
  });
  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  it('receiving a foreign token mints the voucher simd would (same trace, hash, metadata, events)', () => {
    const data: PacketData = { denom: 'uatom', amount: '1000000', sender: v.chains.a.addresses.alice, receiver: ALICE, memo: '' };
    const ack = onRecvPacket(k, bank, h.ctx(), incoming(encodePacketData(data)));
    expect(encodeAck(ack)).toEqual(encodeAck(SUCCESS_ACK));
    expect(bank.balance(h.queryCtx(), ALICE, VOUCHER)).toBe(1_000_000n);
    expect(bank.supply.get(VOUCHER)).toBe(1_000_000n);
    expect(k.denomTrace(h.queryCtx(), Buffer.from(VOUCHER.slice(4), 'hex'))).toEqual({ path: 'transfer/channel-0', baseDenom: 'uatom' });
    expect(bank.metadata.get(VOUCHER)).toMatchObject({ display: 'transfer/channel-0/uatom', name: 'transfer/channel-0/uatom IBC token', symbol: 'UATOM', description: 'IBC token from transfer/channel-0/uatom' });
    expect(h.takeEvents().map(([t]) => t)).toEqual(['denomination_trace', 'fungible_token_packet']);
  });

  it('simd’s own packet to a cosmos1… receiver gets an error ack from settle, with nothing minted', () => {
    const p = packetNamed(v, 'success');
    const ack = onRecvPacket(k, bank, h.ctx(), incoming(fromHex(p.data_hex)));
    expect(ack).toEqual(errorAck(TransferErrors.invalidAddress.code));
    expect(Buffer.from(encodeAck(ack)).toString()).toBe(`{"error":"ABCI code: ${TransferErrors.invalidAddress.code}: error handling packet: see events for details"}`);
    expect(bank.supply.size).toBe(0);
    const [[type, attrs]] = h.takeEvents();
    expect(type).toBe('fungible_token_packet');
    expect(attrs.find(([key]) => key === 'success')![1]).toBe('false');
    expect(attrs.find(([key]) => key === 'error')![1]).toMatch(/failed to decode receiver address: cosmos1/);
    expect(COSMOS_BOB.startsWith('cosmos1')).toBe(true);
  });

  it.each([
    ['undecodable data', Buffer.from('nope'), TransferErrors.invalidPacketData],
    ['a zero amount', encodePacketData({ denom: 'uatom', amount: '0', sender: 's', receiver: ALICE, memo: '' }), TransferErrors.invalidAmount],
    ['a blank sender', encodePacketData({ denom: 'uatom', amount: '1', sender: ' ', receiver: ALICE, memo: '' }), TransferErrors.invalidAddress],
  ])('%s → error ack with that error’s code', (_w, data, err) => {
    expect(onRecvPacket(k, bank, h.ctx(), incoming(data))).toEqual(errorAck(err.code));
    expect(bank.supply.size).toBe(0);
  });

  it('receive disabled → error ack', () => {
    k.setParams(h.ctx(), { sendEnabled: true, receiveEnabled: false });
    expect(onRecvPacket(k, bank, h.ctx(), incoming(encodePacketData({ denom: 'uatom', amount: '1', sender: 's', receiver: ALICE, memo: '' })))).toEqual(errorAck(TransferErrors.receiveDisabled.code));
  });

  it('sending the voucher back burns it and puts the full path in the packet (simd’s back-to-source shape)', () => {
    onRecvPacket(k, bank, h.ctx(), incoming(encodePacketData({ denom: 'uatom', amount: '1000000', sender: 'cosmos1x', receiver: ALICE, memo: '' })));
    const { data, amount } = sendTransfer(k, bank, h.ctx(), { sourcePort: 'transfer', sourceChannel: 'channel-0', denom: VOUCHER, amount: 400_000n, sender: ALICE, receiver: v.chains.a.addresses.alice, memo: '' });
    expect(amount).toBe(400_000n);
    const simd = decodePacketData(fromHex(packetNamed(v, 'back-to-source').data_hex));
    expect(decodePacketData(data)).toEqual({ ...simd, sender: ALICE });
    expect(bank.balance(h.queryCtx(), ALICE, VOUCHER)).toBe(600_000n);
    expect(bank.supply.get(VOUCHER)).toBe(600_000n);
  });

  it('sending a native token escrows it per channel; an error ack and a timeout refund it; a return unescrows it', () => {
    const send = (amount: bigint) => sendTransfer(k, bank, h.ctx(), { sourcePort: 'transfer', sourceChannel: 'channel-0', denom: 'uusdc', amount, sender: ALICE, receiver: COSMOS_BOB, memo: '' });
    const a = send(300_000n);
    expect(Buffer.from(a.data).toString()).toBe(`{"amount":"300000","denom":"uusdc","receiver":"${COSMOS_BOB}","sender":"${ALICE}"}`);
    expect(bank.balance(h.queryCtx(), ESCROW0, 'uusdc')).toBe(300_000n);
    expect(k.totalEscrow(h.queryCtx(), 'uusdc')).toBe(300_000n);
    h.takeEvents();

    // error ack → refund (the counterparty's ack bytes as simd writes them)
    const errAck = fromHex(packetNamed(v, 'error-ack').ack_hex!);
    expect(decodeAck(errAck)).toEqual(errorAck(1));
    onAcknowledgementPacket(k, bank, h.ctx(), outgoing(a.data), errAck);
    expect(bank.balance(h.queryCtx(), ALICE, 'uusdc')).toBe(1_000_000n);
    expect(k.totalEscrow(h.queryCtx(), 'uusdc')).toBe(0n);
    expect(h.takeEvents().map(([t, attrs]) => [t, attrs[attrs.length - 1][0]])).toEqual([['fungible_token_packet', 'acknowledgement'], ['fungible_token_packet', 'error']]);

    // timeout → refund
    const b = send(200_000n);
    onTimeoutPacket(k, bank, h.ctx(), outgoing(b.data));
    expect(bank.balance(h.queryCtx(), ALICE, 'uusdc')).toBe(1_000_000n);
    expect(h.takeEvents().map(([t]) => t)).toEqual(['timeout']);

    // success ack: tokens stay escrowed; then they come home from the counterparty and are unescrowed
    const c = send(500_000n);
    onAcknowledgementPacket(k, bank, h.ctx(), outgoing(c.data), fromHex(packetNamed(v, 'success').ack_hex!));
    expect(bank.balance(h.queryCtx(), ESCROW0, 'uusdc')).toBe(500_000n);
    const home = encodePacketData({ denom: 'transfer/channel-0/uusdc', amount: '125000', sender: COSMOS_BOB, receiver: ALICE, memo: '' });
    expect(onRecvPacket(k, bank, h.ctx(), incoming(home))).toEqual(SUCCESS_ACK);
    expect(bank.balance(h.queryCtx(), ALICE, 'uusdc')).toBe(625_000n);
    expect(k.totalEscrow(h.queryCtx(), 'uusdc')).toBe(375_000n);
    expect(bank.supply.size).toBe(0);
  });

  it('a counterparty cannot unescrow more than its channel escrowed (error ack), nor through another channel', () => {
    sendTransfer(k, bank, h.ctx(), { sourcePort: 'transfer', sourceChannel: 'channel-0', denom: 'uusdc', amount: 100n, sender: ALICE, receiver: COSMOS_BOB, memo: '' });
    const tooMuch = encodePacketData({ denom: 'transfer/channel-0/uusdc', amount: '101', sender: COSMOS_BOB, receiver: ALICE, memo: '' });
    expect(onRecvPacket(k, bank, h.ctx(), incoming(tooMuch))).toEqual(errorAck(Errors.insufficientFunds.code));
    const otherChannel = { ...incoming(encodePacketData({ denom: 'transfer/channel-1/uusdc', amount: '50', sender: COSMOS_BOB, receiver: ALICE, memo: '' })), sourceChannel: 'channel-1', destinationChannel: 'channel-1' };
    expect(onRecvPacket(k, bank, h.ctx(), otherChannel)).toEqual(errorAck(Errors.insufficientFunds.code));
    expect(bank.balance(h.queryCtx(), ESCROW0, 'uusdc')).toBe(100n);
  });

  it('send refusals: params, bank send-enabled, a module-account sender, an unknown voucher, insufficient funds', () => {
    const m = { sourcePort: 'transfer', sourceChannel: 'channel-0', denom: 'uusdc', amount: 1n, sender: ALICE, receiver: COSMOS_BOB, memo: '' };
    k.setParams(h.ctx(), { sendEnabled: false, receiveEnabled: true });
    expect(() => sendTransfer(k, bank, h.ctx(), m)).toThrow(expect.objectContaining({ registered: TransferErrors.sendDisabled }));
    k.setParams(h.ctx(), { sendEnabled: true, receiveEnabled: true });
    bank.sendDisabled.add('uusdc');
    expect(() => sendTransfer(k, bank, h.ctx(), m)).toThrow(/disabled/);
    bank.sendDisabled.clear();
    expect(() => sendTransfer(k, bank, h.ctx(), { ...m, sender: MODULE })).toThrow(/not allowed to send funds/);
    expect(() => sendTransfer(k, bank, h.ctx(), { ...m, denom: `ibc/${'AB'.repeat(32)}` })).toThrow(expect.objectContaining({ registered: TransferErrors.traceNotFound }));
    expect(() => sendTransfer(k, bank, h.ctx(), { ...m, amount: 2_000_000n })).toThrow(expect.objectContaining({ registered: Errors.insufficientFunds }));
  });

  it('an ack that does not re-encode identically is refused and refunds nothing', () => {
    const a = sendTransfer(k, bank, h.ctx(), { sourcePort: 'transfer', sourceChannel: 'channel-0', denom: 'uusdc', amount: 10n, sender: ALICE, receiver: COSMOS_BOB, memo: '' });
    expect(() => onAcknowledgementPacket(k, bank, h.ctx(), outgoing(a.data), Buffer.from('{"error": "x"}'))).toThrow(expect.objectContaining({ registered: TransferErrors.invalidAcknowledgement }));
    expect(bank.balance(h.queryCtx(), ESCROW0, 'uusdc')).toBe(10n);
  });
});
