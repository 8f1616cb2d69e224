import { registerError } from '../../chain/sdk';

export const CODESPACE = 'transfer';

/**
 * Codes 2–11 keep ibc-go v8's x/transfer numbers (modules/apps/transfer/types/errors.go). From 12 on,
 * settle's own: failures ibc-go reports under the core's "ibc" codespace, which is the IBC core's to
 * register, are reported here under the transfer codespace.
 */
export const TransferErrors = {
  invalidPacketTimeout: registerError(CODESPACE, 2, 'invalid packet timeout'),
  invalidDenomForTransfer: registerError(CODESPACE, 3, 'invalid denomination for cross-chain transfer'),
  invalidVersion: registerError(CODESPACE, 4, 'invalid ICS20 version'),
  invalidAmount: registerError(CODESPACE, 5, 'invalid token amount'),
  traceNotFound: registerError(CODESPACE, 6, 'denomination trace not found'),
  sendDisabled: registerError(CODESPACE, 7, 'fungible token transfers from this chain are disabled'),
  receiveDisabled: registerError(CODESPACE, 8, 'fungible token transfers to this chain are disabled'),
  maxTransferChannels: registerError(CODESPACE, 9, 'max transfer channels'),
  invalidAuthorization: registerError(CODESPACE, 10, 'invalid transfer authorization'),
  invalidMemo: registerError(CODESPACE, 11, 'invalid memo'),
  invalidPacketData: registerError(CODESPACE, 12, 'invalid ICS-20 packet data'),
  invalidAddress: registerError(CODESPACE, 13, 'invalid address'),
  invalidAcknowledgement: registerError(CODESPACE, 14, 'invalid ICS-20 acknowledgement'),
  invalidIdentifier: registerError(CODESPACE, 15, 'invalid identifier'),
  invalidChannelParams: registerError(CODESPACE, 16, 'invalid transfer channel parameters'),
  invalidGenesis: registerError(CODESPACE, 17, 'invalid transfer genesis'),
  invalidParams: registerError(CODESPACE, 18, 'invalid transfer params'),
} as const;
