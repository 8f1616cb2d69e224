/**
 * gRPC server reflection (grpc.reflection.v1 and v1alpha, @grpc/reflection) for settle's own query
 * services, described from the .proto files of this checkout (proto/settle/<module>/v1/query.proto),
 * so `grpcurl -plaintext <address> list` / `describe` / calls by name work for settle.*. The cosmos.*
 * services are served but not described: their .proto files are not part of settle (cosmjs-types
 * ships encoders only), so a reflection client needs those .proto files given to it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { packageRoot } from '../home';

/** proto/settle/<module>/v1/query.proto of every module that has one. */
export function settleQueryProtos(root = packageRoot()): { includeDir: string; files: string[] } {
  const includeDir = path.join(root, 'proto');
  const settleDir = path.join(includeDir, 'settle');
  const files: string[] = [];
  for (const mod of fs.existsSync(settleDir) ? fs.readdirSync(settleDir).sort() : []) {
    const rel = path.join('settle', mod, 'v1', 'query.proto');
    if (fs.existsSync(path.join(includeDir, rel))) files.push(rel);
  }
  return { includeDir, files };
}

/**
 * Adds the reflection services for those of `services` (fully-qualified names) the .proto files
 * describe; returns the names described (empty when the .proto files are not there).
 */
export function addReflection(server: Pick<grpc.Server, 'addService'>, services: string[]): string[] {
  const { includeDir, files } = settleQueryProtos();
  if (files.length === 0) return [];
  const definition = protoLoader.loadSync(files, { includeDirs: [includeDir, path.join(includeDir, 'third_party')], keepCase: true });
  const described = services.filter((s) => {
    const d = definition[s];
    return d !== undefined && !('format' in d);
  });
  if (described.length === 0) return [];
  new ReflectionService(definition as ConstructorParameters<typeof ReflectionService>[0], { services: described }).addToServer(server);
  return described;
}
