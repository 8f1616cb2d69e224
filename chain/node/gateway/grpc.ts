/**
 * The gRPC server (@grpc/grpc-js): every method of the gateway backend — the app router's query
 * services (cosmos.auth/bank/consensus, settle.*, cosmos.tx.v1beta1.Service's GetTx and Simulate) and
 * the gateway's own (BroadcastTx, cosmos.base.tendermint.v1beta1.Service, the staking view) — as unary
 * methods whose request and response bytes pass through unchanged: the router decodes and encodes
 * with the generated codecs, so no .proto loading is needed. The height to read at comes from the
 * `x-cosmos-block-height` request metadata (default the latest block) and is returned in the response
 * header metadata under the same key, as the SDK's gRPC server does. Server reflection describes
 * settle's own services and the cosmos.* ones (reflection.ts).
 */
import * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { hostPort, parseListenAddress } from './address';
import type { GatewayBackend } from './backend';
import { HEIGHT_HEADER, requestedHeight } from './lcd';
import { addReflection } from './reflection';
import { cosmosProtosError } from './cosmos-protos';
import { settleProtosError } from './settle-protos';
import { GatewayError, GrpcCode } from './status';

const identity = (b: Buffer): Buffer => b;

/** One service definition holding every method, keyed by its full path. */
export function passThroughService(paths: string[]): grpc.ServiceDefinition {
  const def: Record<string, grpc.MethodDefinition<Buffer, Buffer>> = {};
  for (const path of paths) {
    def[path] = {
      path,
      requestStream: false,
      responseStream: false,
      requestSerialize: identity,
      requestDeserialize: identity,
      responseSerialize: identity,
      responseDeserialize: identity,
      originalName: path.slice(path.lastIndexOf('/') + 1),
    };
  }
  return def;
}

function unaryHandler(backend: GatewayBackend, path: string, logger: Logger): grpc.handleUnaryCall<Buffer, Buffer> {
  return (call, callback) => {
    let height: bigint;
    try {
      const v = call.metadata.get(HEIGHT_HEADER)[0];
      height = requestedHeight(v === undefined ? undefined : String(v));
    } catch (err) {
      callback({ code: (err as GatewayError).code, details: (err as Error).message });
      return;
    }
    backend.call(path, call.request, height).then(
      (answer) => {
        const md = new grpc.Metadata();
        md.set(HEIGHT_HEADER, answer.height.toString());
        call.sendMetadata(md);
        callback(null, Buffer.from(answer.value));
      },
      (err: unknown) => {
        const md = new grpc.Metadata();
        if (err instanceof GatewayError) {
          if (err.height !== undefined) md.set(HEIGHT_HEADER, err.height.toString());
          callback({ code: err.code, details: err.message, metadata: md });
          return;
        }
        logger.error({ path, err: (err as Error).message }, 'gRPC call failed');
        callback({ code: GrpcCode.INTERNAL, details: (err as Error).message, metadata: md });
      },
    );
  };
}

export interface GrpcGateway {
  server: grpc.Server;
  address: string;
  close(): Promise<void>;
}

/** Serves the backend's methods over gRPC (plaintext HTTP/2) at address (host:port). */
export async function serveGrpc(backend: GatewayBackend, address: string, logger: Logger): Promise<GrpcGateway> {
  const { host, port } = parseListenAddress(address, 'gRPC');
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 16 * 1024 * 1024, 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  const paths = backend.methods;
  const impl: grpc.UntypedServiceImplementation = {};
  for (const path of paths) impl[path] = unaryHandler(backend, path, logger);
  server.addService(passThroughService(paths), impl);
  const services = [...new Set(paths.map((p) => p.slice(1, p.lastIndexOf('/'))))];
  let reflected: string[] = [];
  try {
    reflected = addReflection(server, services);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'gRPC reflection unavailable');
  }
  if (reflected.length === 0) logger.warn({ reason: settleProtosError() }, "gRPC reflection off: settle's .proto files unavailable");
  if (cosmosProtosError()) logger.warn({ reason: cosmosProtosError() }, 'gRPC reflection does not describe cosmos.* services: @protobufs/cosmos unavailable');
  const bound = await new Promise<number>((resolve, reject) => {
    server.bindAsync(hostPort(host, port), grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  const addr = hostPort(host, bound);
  logger.info({ address: addr, methods: paths.length, reflection: reflected }, 'gRPC listening');
  return {
    server,
    address: addr,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 2000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
