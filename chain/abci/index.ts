/** ABCI 2.0 socket server for CometBFT v0.38 — see docs/abci.md. */
export {
  type AbciApplication,
  type AbciApplicationMethod,
  ABCI_APPLICATION_METHODS,
  BaseAbciApplication,
  withAbciDefaults,
  bindAbciApplication,
} from './application';
export { AbciServer, type AbciServerOptions, type AbciRequestHook } from './server';
export { parseAbciAddress, formatAbciAddress, type AbciAddress } from './address';
export {
  DEFAULT_MAX_MESSAGE_BYTES,
  FrameDecoder,
  FramingError,
  encodeFrame,
  type FrameDecodeResult,
  type FramingErrorCode,
} from './framing';
export {
  ABCI_REQUEST_TYPES,
  type AbciRequestType,
  type AbciRequest,
  type AbciResponseFor,
  MessageError,
  type MessageErrorCode,
  decodeRequest,
  encodeRequestFrame,
  encodeResponseFrame,
  encodeExceptionFrame,
} from './messages';
export { attachEncodedTxResults } from './encoded-tx-results';
