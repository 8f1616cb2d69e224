/**
 * gRPC server reflection (grpc.reflection.v1 and v1alpha, @grpc/reflection) for settle's own
 * services, described from the .proto files of this checkout (settle-protos.ts), so `grpcurl
 * -plaintext <address> list` / `describe` / calls by name work for settle.*. The cosmos.* services are
 * served but not described: their .proto files are not part of settle (cosmjs-types ships encoders
 * only), so a reflection client needs those .proto files given to it.
 */
import type * as grpc from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { settleProtos } from './settle-protos';

/**
 * Adds the reflection services for those of `services` (fully-qualified names) the .proto files
 * describe; returns the names described (empty when the .proto files are not there).
 */
export function addReflection(server: Pick<grpc.Server, 'addService'>, services: string[]): string[] {
  const protos = settleProtos();
  if (!protos) return [];
  const described = services.filter((s) => {
    const d = protos.definition[s];
    return d !== undefined && !('format' in d);
  });
  if (described.length === 0) return [];
  new ReflectionService(protos.definition as ConstructorParameters<typeof ReflectionService>[0], { services: described }).addToServer(server);
  return described;
}
