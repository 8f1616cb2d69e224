/**
 * Request decoding / response encoding for ABCI 2.0 (CometBFT v0.38, package `tendermint.abci`),
 * with the strictness a socket server needs: exactly one `Request.value` oneof field, with the
 * length-delimited wire type, and a body that decodes completely.
 */
import '../proto-fixes'; // before any protobuf is written
import { BinaryReader } from 'cosmjs-types/binary';
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';
import { encodeFrame } from './framing';
import { encodeFinalizeBlockResponse } from './encoded-tx-results';
import { encodeTxResult } from './tx-result-encoding';
import { encodeUvarint } from '../encoding';

/** The `Request.value` oneof members of ABCI 2.0, in field-number order. */
export const ABCI_REQUEST_TYPES = [
  'echo',
  'flush',
  'info',
  'initChain',
  'query',
  'checkTx',
  'commit',
  'listSnapshots',
  'offerSnapshot',
  'loadSnapshotChunk',
  'applySnapshotChunk',
  'prepareProposal',
  'processProposal',
  'extendVote',
  'verifyVoteExtension',
  'finalizeBlock',
] as const;

export type AbciRequestType = (typeof ABCI_REQUEST_TYPES)[number];

/** A decoded request: its oneof member name and the message. */
export type AbciRequest = {
  [K in AbciRequestType]: { type: K; value: NonNullable<Request[K]> };
}[AbciRequestType];

/** A response body for the request type `K` (same oneof member name in `Response`). */
export type AbciResponseFor<K extends AbciRequestType> = NonNullable<Response[K]>;

/** Field numbers of `tendermint.abci.Request` (proto/tendermint/abci/types.proto, v0.38). */
const REQUEST_FIELDS: ReadonlyMap<number, AbciRequestType> = new Map<number, AbciRequestType>([
  [1, 'echo'],
  [2, 'flush'],
  [3, 'info'],
  [5, 'initChain'],
  [6, 'query'],
  [8, 'checkTx'],
  [11, 'commit'],
  [12, 'listSnapshots'],
  [13, 'offerSnapshot'],
  [14, 'loadSnapshotChunk'],
  [15, 'applySnapshotChunk'],
  [16, 'prepareProposal'],
  [17, 'processProposal'],
  [18, 'extendVote'],
  [19, 'verifyVoteExtension'],
  [20, 'finalizeBlock'],
]);

/** Field numbers reserved in v0.38 that older protocol versions used; named in the error message. */
const LEGACY_FIELDS: ReadonlyMap<number, string> = new Map([
  [4, 'SetOption (removed in Tendermint v0.35)'],
  [7, 'BeginBlock (ABCI 1.0, CometBFT v0.37 or older)'],
  [9, 'DeliverTx (ABCI 1.0, CometBFT v0.37 or older)'],
  [10, 'EndBlock (ABCI 1.0, CometBFT v0.37 or older)'],
]);

export type MessageErrorCode = 'BAD_PROTOBUF' | 'EMPTY_REQUEST' | 'UNKNOWN_REQUEST' | 'MULTIPLE_REQUESTS';

export class MessageError extends Error {
  constructor(readonly code: MessageErrorCode, message: string) {
    super(message);
    this.name = 'MessageError';
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Decodes one frame body into a request; throws `MessageError` when it is not exactly one valid request. */
export function decodeRequest(body: Uint8Array): AbciRequest {
  // 1. Scan the top level: which fields, with which wire types.
  const known: number[] = [];
  const unknown: number[] = [];
  const scan = new BinaryReader(body);
  try {
    while (scan.pos < scan.len) {
      const tag = scan.uint32();
      const field = tag >>> 3;
      const wireType = tag & 7;
      if (field === 0) throw new Error('field number 0');
      if (REQUEST_FIELDS.has(field)) {
        if (wireType !== 2) {
          throw new Error(`field ${field} (${REQUEST_FIELDS.get(field)}) has wire type ${wireType}, expected 2`);
        }
        known.push(field);
      } else {
        unknown.push(field);
      }
      scan.skipType(wireType);
    }
    if (scan.pos !== scan.len) throw new Error('truncated message');
  } catch (err) {
    throw new MessageError('BAD_PROTOBUF', `malformed Request protobuf: ${describe(err)}`);
  }
  if (known.length === 0) {
    const legacy = unknown.filter((f) => LEGACY_FIELDS.has(f));
    if (legacy.length > 0) {
      throw new MessageError(
        'UNKNOWN_REQUEST',
        `unsupported request ${LEGACY_FIELDS.get(legacy[0])}; this app speaks ABCI 2.0 (CometBFT v0.38)`,
      );
    }
    if (unknown.length > 0) {
      throw new MessageError('UNKNOWN_REQUEST', `unknown request type (Request field ${unknown.join(', ')})`);
    }
    throw new MessageError('EMPTY_REQUEST', 'empty Request: no request type set');
  }
  if (known.length > 1) {
    throw new MessageError(
      'MULTIPLE_REQUESTS',
      `Request sets ${known.length} oneof fields (${known.map((f) => REQUEST_FIELDS.get(f)).join(', ')}); exactly one is allowed`,
    );
  }
  // 2. Full decode.
  const type = REQUEST_FIELDS.get(known[0]) as AbciRequestType;
  let req: Request;
  const reader = new BinaryReader(body);
  try {
    req = Request.decode(reader);
    if (reader.pos !== reader.len) throw new Error('trailing or truncated bytes');
  } catch (err) {
    throw new MessageError('BAD_PROTOBUF', `malformed Request protobuf (${type}): ${describe(err)}`);
  }
  const value = req[type];
  if (value === undefined) {
    throw new MessageError('BAD_PROTOBUF', `malformed Request protobuf: ${type} did not decode`);
  }
  return { type, value } as AbciRequest;
}

/** Encodes a `Request` frame (length prefix included). Used by clients and tests. */
export function encodeRequestFrame(request: Request): Buffer {
  return encodeFrame(Request.encode(request).finish());
}

/** Field 9 (check_tx) of `Response`, length-delimited: (9 << 3) | 2. */
const CHECK_TX_TAG = Uint8Array.of(74);

/** Encodes a `Response` frame (length prefix included). Throws if a field has the wrong type. */
export function encodeResponseFrame(response: Response): Buffer {
  const finalize = response.finalizeBlock && encodeFinalizeBlockResponse(response.finalizeBlock);
  if (finalize) return encodeFrame(finalize);
  if (response.checkTx) {
    const body = encodeTxResult(response.checkTx);
    return encodeFrame(Buffer.concat([CHECK_TX_TAG, encodeUvarint(body.length), body]));
  }
  return encodeFrame(Response.encode(response).finish());
}

/** Encodes a `ResponseException` frame. */
export function encodeExceptionFrame(error: string): Buffer {
  return encodeResponseFrame({ exception: { error } });
}
