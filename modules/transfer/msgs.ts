import type { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { addressBytes, validateDenom } from '../../chain/sdk';
import { validateIbcDenom } from './denom';
import { TransferErrors } from './errors';
import { isGoBlank } from './go-parse';
import { validateChannelId, validatePortId } from './identifiers';

export const MAX_RECEIVER_LENGTH = 2048;
export const MAX_MEMO_LENGTH = 32768;

/**
 * MsgTransfer.ValidateBasic (ibc-go v8 types/msgs.go): port and channel identifiers, a valid positive
 * coin, a settle sender, a non-blank receiver of at most 2048 bytes (the counterparty's format, not
 * checked here), a memo of at most 32768 bytes, and a sendable denom (native, or ibc/<64 hex>).
 * Returns the amount. The handler itself (escrow or burn, SendPacket) awaits the IBC core's ICS-04
 * SendPacket; see README.
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
