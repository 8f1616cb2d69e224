import { registerError } from '../../chain/sdk';

// ibc-go v8's codespaces and codes (02-client, 03-connection, 04-channel, 05-port, 23-commitment,
// 24-host), so relayers and explorers read failures as they would from a Go chain. settle's own
// additions start at 101.

export const ClientErrors = {
  clientExists: registerError('client', 2, 'light client already exists'),
  invalidClient: registerError('client', 3, 'light client is invalid'),
  clientNotFound: registerError('client', 4, 'light client not found'),
  clientFrozen: registerError('client', 5, 'light client is frozen due to misbehaviour'),
  consensusStateNotFound: registerError('client', 7, 'consensus state not found'),
  invalidConsensus: registerError('client', 8, 'invalid consensus state'),
  invalidClientType: registerError('client', 10, 'invalid client type'),
  invalidHeader: registerError('client', 12, 'invalid client header'),
  invalidMisbehaviour: registerError('client', 13, 'invalid light client misbehaviour'),
  invalidHeight: registerError('client', 26, 'invalid height'),
  clientNotActive: registerError('client', 29, 'client state is not active'),
  failedMembershipVerification: registerError('client', 30, 'membership verification failed'),
  failedNonMembershipVerification: registerError('client', 31, 'non-membership verification failed'),
  clientTypeNotSupported: registerError('client', 33, 'client type not supported'),
  delayPeriodNotPassed: registerError('client', 101, 'delay period has not passed since the consensus state was stored'),
} as const;

export const ConnectionErrors = {
  connectionNotFound: registerError('connection', 3, 'connection not found'),
  clientConnectionPathsNotFound: registerError('connection', 4, 'light client connection paths not found'),
  invalidConnectionState: registerError('connection', 6, 'invalid connection state'),
  invalidCounterparty: registerError('connection', 7, 'invalid connection counterparty'),
  invalidConnection: registerError('connection', 8, 'invalid connection'),
  invalidVersion: registerError('connection', 9, 'invalid connection version'),
  versionNegotiationFailed: registerError('connection', 10, 'connection version negotiation failed'),
} as const;

export const ChannelErrors = {
  channelNotFound: registerError('channel', 3, 'channel not found'),
  invalidChannel: registerError('channel', 4, 'invalid channel'),
  invalidChannelState: registerError('channel', 5, 'invalid channel state'),
  invalidChannelOrdering: registerError('channel', 6, 'invalid channel ordering'),
  invalidCounterparty: registerError('channel', 7, 'invalid counterparty channel'),
  sequenceSendNotFound: registerError('channel', 10, 'sequence send not found'),
  sequenceReceiveNotFound: registerError('channel', 11, 'sequence receive not found'),
  sequenceAckNotFound: registerError('channel', 12, 'sequence acknowledgement not found'),
  invalidPacket: registerError('channel', 13, 'invalid packet'),
  packetTimeout: registerError('channel', 14, 'packet timeout'),
  tooManyConnectionHops: registerError('channel', 15, 'too many connection hops'),
  invalidAcknowledgement: registerError('channel', 16, 'invalid acknowledgement'),
  acknowledgementExists: registerError('channel', 17, 'acknowledgement for packet already exists'),
  packetReceived: registerError('channel', 19, 'packet already received'),
  packetCommitmentNotFound: registerError('channel', 20, 'packet commitment not found'),
  packetSequenceOutOfOrder: registerError('channel', 21, 'packet sequence is out of order'),
  invalidChannelVersion: registerError('channel', 24, 'invalid channel version'),
  packetNotSent: registerError('channel', 25, 'packet has not been sent'),
  invalidTimeout: registerError('channel', 26, 'invalid packet timeout'),
} as const;

export const PortErrors = {
  portNotFound: registerError('port', 3, 'port not found'),
  invalidPort: registerError('port', 4, 'invalid port'),
  portExists: registerError('port', 2, 'port is already bound'),
} as const;

export const CommitmentErrors = {
  invalidProof: registerError('commitment', 2, 'invalid proof'),
  invalidPrefix: registerError('commitment', 3, 'invalid prefix'),
  invalidMerkleProof: registerError('commitment', 4, 'invalid merkle proof'),
} as const;

export const HostErrors = {
  invalidId: registerError('host', 2, 'invalid identifier'),
} as const;
