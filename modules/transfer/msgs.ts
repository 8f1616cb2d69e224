import { MsgTransfer as MsgTransferCodec, MsgTransferResponse, type MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { addressBytes, msgRegistrations, validateDenom, type Context, type MsgCodec, type MsgRegistration } from '../../chain/sdk';
import type { PacketSender } from './expected-ibc';
import { validateIbcDenom } from './denom';
import { TransferErrors } from './errors';
import { isGoBlank } from './go-parse';
import { transferEvents } from './events';
import { validateChannelId, validatePortId } from './identifiers';
import type { TransferKeeper } from './keeper';
import { sendTransfer, type TransferBank } from './relay';

export const MAX_RECEIVER_LENGTH = 2048;
export const MAX_MEMO_LENGTH = 32768;

/**
 * MsgTransfer.ValidateBasic (ibc-go v8 types/msgs.go): port and channel identifiers, a valid positive
 * coin, a settle sender, a non-blank receiver of at most 2048 bytes (the counterparty's format, not
 * checked here), a memo of at most 32768 bytes, and a sendable denom (native, or ibc/<64 hex>).
 * Returns the amount.
 */
export function validateMsgTransfer(m: MsgTransfer): bigint {
  validatePortId(m.sourcePort, 'invalid source port ID');
  validateChannelId(m.sourceChannel, 'invalid source channel ID');
  const token = m.token;
  if (!token) throw TransferErrors.invalidAmount.wrap('token is required');
  try {
    validateDenom(token.denom);
  } catch (err) {
    throw TransferErrors.invalidDenomForTransfer.wrap(`invalid coins ${token.amount}${token.denom}: ${(err as Error).message}`);
  }
  if (!/^(0|[1-9][0-9]*)$/.test(token.amount) || BigInt(token.amount) >= 1n << 256n) throw TransferErrors.invalidAmount.wrap(`invalid coins: amount "${token.amount}" is not a non-negative integer of at most 256 bits`);
  const amount = BigInt(token.amount);
  if (amount === 0n) throw TransferErrors.invalidAmount.wrap(`insufficient funds: ${token.amount}${token.denom} is not positive`);
  addressBytes(m.sender);
  if (isGoBlank(m.receiver)) throw TransferErrors.invalidAddress.wrap('missing recipient address');
  if (Buffer.byteLength(m.receiver, 'utf8') > MAX_RECEIVER_LENGTH) throw TransferErrors.invalidAddress.wrap(`recipient address must not exceed ${MAX_RECEIVER_LENGTH} bytes`);
  if (Buffer.byteLength(m.memo, 'utf8') > MAX_MEMO_LENGTH) throw TransferErrors.invalidMemo.wrap(`memo must not exceed ${MAX_MEMO_LENGTH} bytes`);
  validateIbcDenom(token.denom);
  return amount;
}

/** What MsgTransfer needs besides the transfer store: the bank (escrow, burn) and the core's SendPacket. */
export interface TransferMsgDeps {
  bank: TransferBank;
  packets: PacketSender;
}

/**
 * `/ibc.applications.transfer.v1.MsgTransfer` (signer `sender`; amino `cosmos-sdk/MsgTransfer`):
 * escrow or burn (relay.ts sendTransfer), then the core's SendPacket on the source channel with the
 * timeouts as given (absolute, as ibc-go v8), then `ibc_transfer` and `message` events.
 */
export function transferMsgs(keeper: TransferKeeper, deps: TransferMsgDeps): MsgRegistration[] {
  const transfer = msgRegistrations('ibc.applications.transfer.v1', 'cosmos-sdk');
  return [
    transfer(
      'MsgTransfer',
      MsgTransferCodec as MsgCodec<MsgTransfer>,
      MsgTransferResponse as MsgCodec<MsgTransferResponse>,
      (m) => m.sender,
      (m) => validateMsgTransfer(m),
      (ctx: Context, m) => {
        const token = m.token!;
        const { data } = sendTransfer(keeper, deps.bank, ctx, {
          sourcePort: m.sourcePort,
          sourceChannel: m.sourceChannel,
          denom: token.denom,
          amount: BigInt(token.amount),
          sender: m.sender,
          receiver: m.receiver,
          memo: m.memo,
        });
        const sequence = deps.packets.sendPacket(ctx, m.sourcePort, m.sourceChannel, m.timeoutHeight, m.timeoutTimestamp, data);
        for (const e of transferEvents({ sender: m.sender, receiver: m.receiver, amount: token.amount, denom: token.denom, memo: m.memo })) ctx.emit(e.type, e.attributes);
        return { sequence };
      },
      (m) => MsgTransferCodec.toJSON(m),
    ),
  ];
}
