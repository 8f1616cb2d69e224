/**
 * gRPC server reflection (grpc.reflection.v1 and v1alpha, @grpc/reflection) for settle's own
 * services, described from the .proto files of this checkout (settle-protos.ts), and for the cosmos.*
 * services, described from the Cosmos SDK .proto files of the npm package @protobufs/cosmos
 * (cosmos-protos.ts), so `grpcurl -plaintext <address> list` / `describe` / calls by name work for both.
 * The descriptors served are restored to protoc's form (descriptors.ts): strict clients build a
 * registry from them.
 */
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import type * as grpc from '@grpc/grpc-js';
import type * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { cosmosProtos } from './cosmos-protos';
import { restoreDescriptors } from './descriptors';
import { settleProtos } from './settle-protos';

const size = (f: FileDescriptorProto) => f.messageType.length + f.enumType.length + f.service.length + f.extension.length;

/**
 * Every file of the definitions, restored. proto-loader writes one file per package, so two loads
 * may each have a `google_protobuf.proto` with the types they used: the larger is kept.
 */
export function reflectedFiles(definitions: protoLoader.PackageDefinition[]): FileDescriptorProto[] {
  const byName = new Map<string, FileDescriptorProto>();
  for (const definition of definitions) {
    for (const entry of Object.values(definition)) {
      for (const bytes of (entry as { fileDescriptorProtos?: Buffer[] }).fileDescriptorProtos ?? []) {
        const fd = fromBinary(FileDescriptorProtoSchema, bytes);
        const had = byName.get(fd.name);
        if (!had || size(fd) > size(had)) byName.set(fd.name, fd);
      }
    }
  }
  return restoreDescriptors([...byName.values()]);
}

/**
 * Adds the reflection services for those of `services` (fully-qualified names) the .proto files
 * describe; returns the names described (empty when no .proto files are there).
 */
export function addReflection(server: Pick<grpc.Server, 'addService'>, services: string[]): string[] {
  const definitions = [cosmosProtos(), settleProtos()?.definition].filter((d): d is protoLoader.PackageDefinition => d !== undefined);
  const described = services.filter((s) => definitions.some((d) => d[s] !== undefined && !('format' in d[s]!)));
  if (described.length === 0) return [];
  // the reflection service reads only the entries' fileDescriptorProtos: give it the restored files
  const files = reflectedFiles(definitions).map((f) => Buffer.from(toBinary(FileDescriptorProtoSchema, f)));
  const root = { files: { fileDescriptorProtos: files } } as unknown as ConstructorParameters<typeof ReflectionService>[0];
  new ReflectionService(root, { services: described }).addToServer(server);
  return described;
}
