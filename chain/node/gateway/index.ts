export { GatewayBackend, BROADCAST_TX_PATH, type GatewayBackendOptions, type QueryableApp } from './backend';
export { serveLcd, HEIGHT_HEADER, type LcdServer } from './lcd';
export { serveGrpc, type GrpcGateway } from './grpc';
export { methodCodecs } from './codecs';
export { bytesJson, messageJson, responseJson } from './proto-json';
