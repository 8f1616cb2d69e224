import { Any } from 'cosmjs-types/google/protobuf/any';
import { ClientState, ConsensusState, Header, Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { ClientErrors } from './errors';

// ibc-go stores client and consensus states as Any (codec.MarshalInterface); these are the type URLs
// of the 07-tendermint light client, the only client type settle runs.
export const TypeUrls = {
  clientState: '/ibc.lightclients.tendermint.v1.ClientState',
  consensusState: '/ibc.lightclients.tendermint.v1.ConsensusState',
  header: '/ibc.lightclients.tendermint.v1.Header',
  misbehaviour: '/ibc.lightclients.tendermint.v1.Misbehaviour',
} as const;

export function encodeClientState(cs: ClientState): Uint8Array {
  return Any.encode({ typeUrl: TypeUrls.clientState, value: ClientState.encode(cs).finish() }).finish();
}

export function encodeConsensusState(cs: ConsensusState): Uint8Array {
  return Any.encode({ typeUrl: TypeUrls.consensusState, value: ConsensusState.encode(cs).finish() }).finish();
}

export function clientStateAny(cs: ClientState): Any {
  return { typeUrl: TypeUrls.clientState, value: ClientState.encode(cs).finish() };
}

export function consensusStateAny(cs: ConsensusState): Any {
  return { typeUrl: TypeUrls.consensusState, value: ConsensusState.encode(cs).finish() };
}

function decodeAs<T>(what: string, any: Any | undefined, typeUrl: string, decode: (b: Uint8Array) => T, err = ClientErrors.invalidClient): T {
  if (!any) throw err.wrap(`${what} is required`);
  if (any.typeUrl !== typeUrl) throw ClientErrors.clientTypeNotSupported.wrap(`${what} has type ${JSON.stringify(any.typeUrl)}; settle runs only ${typeUrl}`);
  try {
    return decode(any.value);
  } catch (e) {
    throw err.wrap(`${what} does not decode as ${typeUrl}: ${(e as Error).message}`);
  }
}

export const unpackClientState = (any: Any | undefined): ClientState => decodeAs('client state', any, TypeUrls.clientState, (b) => ClientState.decode(b));
export const unpackConsensusState = (any: Any | undefined): ConsensusState =>
  decodeAs('consensus state', any, TypeUrls.consensusState, (b) => ConsensusState.decode(b), ClientErrors.invalidConsensus);
export const unpackMisbehaviour = (any: Any | undefined): Misbehaviour =>
  decodeAs('misbehaviour', any, TypeUrls.misbehaviour, (b) => Misbehaviour.decode(b), ClientErrors.invalidMisbehaviour);

/** A client message (MsgUpdateClient.client_message): a Header or a Misbehaviour. */
export function unpackClientMessage(any: Any | undefined): { header: Header } | { misbehaviour: Misbehaviour } {
  if (any?.typeUrl === TypeUrls.misbehaviour) return { misbehaviour: unpackMisbehaviour(any) };
  return { header: decodeAs('client message', any, TypeUrls.header, (b) => Header.decode(b), ClientErrors.invalidHeader) };
}

export const decodeStoredClientState = (bytes: Uint8Array): ClientState => unpackClientState(Any.decode(bytes));
export const decodeStoredConsensusState = (bytes: Uint8Array): ConsensusState => unpackConsensusState(Any.decode(bytes));
