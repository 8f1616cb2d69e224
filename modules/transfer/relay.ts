import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import { accountAddress, addressBytes, AppError, MAX_AMOUNT, type Amount, type Context, type ReadContext } from '../../chain/sdk';
import { errorAck, SUCCESS_ACK, decodeAck, isSuccess, type Ack } from './ack';
import { denomPrefix, denomTraceHash, fullDenomPath, ibcDenom, parseDenomTrace, receiverChainIsSource, senderChainIsSource, type DenomTrace } from './denom';
import { escrowAddress } from './escrow';
import { TransferErrors } from './errors';
import { ackPacketEvents, denomTraceEvent, recvPacketEvent, timeoutEvent, type TransferEvent } from './events';
import type { TransferKeeper } from './keeper';
import { DENOM_PREFIX, MODULE_ACCOUNT } from './keys';
import { decodePacketData, encodePacketData, parsePacketAmount, validatePacketData, type PacketData } from './packet';

/**
 * ICS-20's application logic (ibc-go v8 keeper/relay.go, ibc_module.go): what happens to tokens when a
 * transfer is sent, received, acknowledged or timed out. The IBC core calls these from its ICS-04
 * handlers (SendPacket after sendTransfer; its RecvPacket / AcknowledgePacket / TimeoutPacket
 * callbacks), running onRecvPacket on a branch that it discards when the returned ack is an error.
 */

/** What ICS-20 needs of the bank module. */
export interface TransferBank {
  balance(ctx: ReadContext, address: string, denom: string): bigint;
  sendCoins(ctx: Context, from: string, to: string, coins: Amount[]): void;
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Amount[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Amount[]): void;
  mintCoins(ctx: Context, module: string, coins: Amount[]): void;
  burnCoins(ctx: Context, module: string, coins: Amount[]): void;
  checkSendEnabled(ctx: ReadContext, coins: { denom: string }[]): void;
  denomMetadata(ctx: ReadContext, denom: string): Metadata | undefined;
  setDenomMetadata(ctx: Context, metadata: Metadata): void;
  isBlockedAddress(address: string): boolean;
}

/** The packet fields ICS-20 looks at. */
export interface TransferPacket {
  sourcePort: string;
  sourceChannel: string;
  destinationPort: string;
  destinationChannel: string;
  data: Uint8Array;
}

const emit = (ctx: Context, events: TransferEvent[]) => events.forEach((e) => ctx.emit(e.type, e.attributes));
const channelEscrow = (port: string, channel: string) => accountAddress(escrowAddress(port, channel));

function escrow(k: TransferKeeper, bank: TransferBank, ctx: Context, from: string, escrowAddr: string, coin: Amount): void {
  bank.sendCoins(ctx, from, escrowAddr, [coin]);
  k.setTotalEscrow(ctx, coin.denom, k.totalEscrow(ctx, coin.denom) + coin.amount);
}

function unescrow(k: TransferKeeper, bank: TransferBank, ctx: Context, escrowAddr: string, to: string, coin: Amount): void {
  try {
    bank.sendCoins(ctx, escrowAddr, to, [coin]);
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.registered, `unable to unescrow tokens, this may be caused by a malicious counterparty module or a bug: ${err.message}`);
    throw err;
  }
  k.setTotalEscrow(ctx, coin.denom, k.totalEscrow(ctx, coin.denom) - coin.amount);
}

export interface SendTransfer {
  sourcePort: string;
  sourceChannel: string;
  denom: string;
  /** 2^256−1 means "the sender's whole balance" (ibc-go's UnboundedSpendLimit) */
  amount: bigint;
  sender: string;
  receiver: string;
  memo: string;
}

/**
 * The token side of MsgTransfer, before the core's SendPacket: checks send is enabled (module params,
 * bank send-enabled, a sender that is not a module account), then escrows a token this chain is the
 * source of in the channel's escrow account, or burns a voucher going back towards its source.
 * Returns the packet data bytes (the denom as its full trace path) and the amount sent.
 */
export function sendTransfer(k: TransferKeeper, bank: TransferBank, ctx: Context, m: SendTransfer): { data: Uint8Array; amount: bigint } {
  if (!k.params(ctx).sendEnabled) throw TransferErrors.sendDisabled.wrap(`${m.denom} cannot be sent`);
  bank.checkSendEnabled(ctx, [{ denom: m.denom }]);
  if (bank.isBlockedAddress(m.sender)) throw TransferErrors.invalidAddress.wrap(`${m.sender} is not allowed to send funds: unauthorized`);
  const fullPath = m.denom.startsWith(`${DENOM_PREFIX}/`) ? k.denomPathFromHash(ctx, m.denom) : m.denom;
  const amount = m.amount === MAX_AMOUNT ? bank.balance(ctx, m.sender, m.denom) : m.amount;
  const coin = { denom: m.denom, amount };
  if (senderChainIsSource(m.sourcePort, m.sourceChannel, fullPath)) {
    escrow(k, bank, ctx, m.sender, channelEscrow(m.sourcePort, m.sourceChannel), coin);
  } else {
    bank.sendCoinsFromAccountToModule(ctx, m.sender, MODULE_ACCOUNT, [coin]);
    bank.burnCoins(ctx, MODULE_ACCOUNT, [coin]);
  }
  return { data: encodePacketData({ denom: fullPath, amount: amount.toString(), sender: m.sender, receiver: m.receiver, memo: m.memo }), amount };
}

/** ibc-go's setDenomMetadata for a new voucher: the trace's base denom as unit, the full path as display. */
export function voucherMetadata(trace: DenomTrace): Metadata {
  const path = fullDenomPath(trace);
  return {
    description: `IBC token from ${path}`,
    denomUnits: [{ denom: trace.baseDenom, exponent: 0, aliases: [] }],
    base: ibcDenom(trace),
    display: path,
    name: `${path} IBC token`,
    symbol: trace.baseDenom.toUpperCase(),
    uri: '',
    uriHash: '',
  };
}

function receive(k: TransferKeeper, bank: TransferBank, ctx: Context, packet: TransferPacket, d: PacketData): void {
  let amount: bigint;
  try {
    amount = validatePacketData(d);
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.registered, `error validating ICS-20 transfer packet data: ${err.message}`);
    throw err;
  }
  if (!k.params(ctx).receiveEnabled) throw TransferErrors.receiveDisabled.wrap();
  try {
    addressBytes(d.receiver);
  } catch (err) {
    throw TransferErrors.invalidAddress.wrap(`failed to decode receiver address: ${d.receiver}: ${(err as Error).message}`);
  }
  if (receiverChainIsSource(packet.sourcePort, packet.sourceChannel, d.denom)) {
    // the token comes home: strip the counterparty's prefix and unescrow
    const unprefixed = d.denom.slice(denomPrefix(packet.sourcePort, packet.sourceChannel).length);
    const trace = parseDenomTrace(unprefixed);
    const denom = trace.path === '' ? unprefixed : ibcDenom(trace);
    if (bank.isBlockedAddress(d.receiver)) throw TransferErrors.invalidAddress.wrap(`${d.receiver} is not allowed to receive funds: unauthorized`);
    unescrow(k, bank, ctx, channelEscrow(packet.destinationPort, packet.destinationChannel), d.receiver, { denom, amount });
    return;
  }
  // a foreign token: add our end's prefix, record the trace, mint the voucher
  const trace = parseDenomTrace(`${denomPrefix(packet.destinationPort, packet.destinationChannel)}${d.denom}`);
  const hash = denomTraceHash(trace);
  if (!k.hasDenomTrace(ctx, hash)) k.setDenomTrace(ctx, trace);
  const voucher = ibcDenom(trace);
  if (!bank.denomMetadata(ctx, voucher)) bank.setDenomMetadata(ctx, voucherMetadata(trace));
  emit(ctx, [denomTraceEvent(Buffer.from(hash).toString('hex').toUpperCase(), voucher)]);
  bank.mintCoins(ctx, MODULE_ACCOUNT, [{ denom: voucher, amount }]);
  bank.sendCoinsFromModuleToAccount(ctx, MODULE_ACCOUNT, d.receiver, [{ denom: voucher, amount }]);
}

/**
 * OnRecvPacket: never throws for bad packet contents — it answers with an error acknowledgement
 * (`ABCI code: N`, N the registered error's code) and the `fungible_token_packet` event says why.
 * The caller must discard this branch's writes when the ack is an error.
 */
export function onRecvPacket(k: TransferKeeper, bank: TransferBank, ctx: Context, packet: TransferPacket): Ack {
  let data: PacketData = { denom: '', amount: '', sender: '', receiver: '', memo: '' };
  let failure: AppError | undefined;
  try {
    data = decodePacketData(packet.data);
    receive(k, bank, ctx, packet, data);
  } catch (err) {
    if (!(err instanceof AppError)) throw err; // a bug, not bad input: let the core fail the tx
    failure = err;
  }
  emit(ctx, [recvPacketEvent(data, failure === undefined, failure?.message)]);
  return failure ? errorAck(failure.code) : SUCCESS_ACK;
}

/** Gives the sender back what a failed or timed-out packet took: unescrow at the source, re-mint elsewhere. */
function refund(k: TransferKeeper, bank: TransferBank, ctx: Context, packet: TransferPacket, d: PacketData): void {
  const amount = parsePacketAmount(d.amount);
  const coin = { denom: ibcDenom(parseDenomTrace(d.denom)), amount };
  addressBytes(d.sender);
  if (senderChainIsSource(packet.sourcePort, packet.sourceChannel, d.denom)) {
    unescrow(k, bank, ctx, channelEscrow(packet.sourcePort, packet.sourceChannel), d.sender, coin);
    return;
  }
  bank.mintCoins(ctx, MODULE_ACCOUNT, [coin]);
  bank.sendCoinsFromModuleToAccount(ctx, MODULE_ACCOUNT, d.sender, [coin]);
}

/** OnAcknowledgementPacket: an error ack refunds; either way the two `fungible_token_packet` events. */
export function onAcknowledgementPacket(k: TransferKeeper, bank: TransferBank, ctx: Context, packet: TransferPacket, ackBytes: Uint8Array): Ack {
  const ack = decodeAck(ackBytes);
  const data = decodePacketData(packet.data);
  if (!isSuccess(ack)) refund(k, bank, ctx, packet, data);
  emit(ctx, ackPacketEvents(data, ack));
  return ack;
}

/** OnTimeoutPacket: refund, then the `timeout` event. */
export function onTimeoutPacket(k: TransferKeeper, bank: TransferBank, ctx: Context, packet: TransferPacket): void {
  const data = decodePacketData(packet.data);
  refund(k, bank, ctx, packet, data);
  emit(ctx, [timeoutEvent(data)]);
}
