/**
 * settle's own .proto files (proto/settle/<module>/v1/*.proto of this checkout), loaded once with
 * @grpc/proto-loader, for gRPC reflection and for exact proto3 JSON of settle's messages: a
 * @bufbuild/protobuf registry built from the file descriptors proto-loader (protobufjs) produces.
 * protobufjs writes type references relative to their scope and leaves out the files' imports; both
 * are restored (descriptors.ts).
 * Undefined when the .proto files are not there (settled run outside a checkout).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { create, createFileRegistry, fromBinary, type FileRegistry } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema, FileDescriptorSetSchema, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import * as protoLoader from '@grpc/proto-loader';
import { packageRoot } from '../home';
import { restoreDescriptors } from './descriptors';

export interface SettleProtos {
  definition: protoLoader.PackageDefinition;
  registry: FileRegistry;
}

let cached: SettleProtos | null | undefined;

function protoFiles(includeDir: string): string[] {
  const settleDir = path.join(includeDir, 'settle');
  const files: string[] = [];
  if (!fs.existsSync(settleDir)) return files;
  for (const mod of fs.readdirSync(settleDir).sort()) {
    const dir = path.join(settleDir, mod, 'v1');
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.proto')) files.push(path.join('settle', mod, 'v1', f));
  }
  return files;
}

let loadError: string | undefined;

/** Why the .proto files could not be loaded, if they could not. */
export function settleProtosError(): string | undefined {
  return loadError;
}

export function settleProtos(): SettleProtos | undefined {
  if (cached !== undefined) return cached ?? undefined;
  cached = null;
  try {
    cached = load();
  } catch (err) {
    loadError = (err as Error).message;
  }
  return cached ?? undefined;
}

function load(): SettleProtos | null {
  const includeDir = path.join(packageRoot(), 'proto');
  const files = protoFiles(includeDir);
  if (files.length === 0) {
    loadError = `no .proto files under ${includeDir}`;
    return null;
  }
  const definition = protoLoader.loadSync(files, { includeDirs: [includeDir, path.join(includeDir, 'third_party')], keepCase: true });
  const descriptors = new Map<string, FileDescriptorProto>();
  for (const entry of Object.values(definition)) {
    for (const bytes of (entry as { fileDescriptorProtos?: Buffer[] }).fileDescriptorProtos ?? []) {
      const fd = fromBinary(FileDescriptorProtoSchema, bytes);
      // settle's own packages only: the option files (cosmos.msg.v1, google.protobuf) are not needed for JSON
      if (fd.package.startsWith('settle.') && !descriptors.has(fd.name)) descriptors.set(fd.name, fd);
    }
  }
  const registry = createFileRegistry(create(FileDescriptorSetSchema, { file: restoreDescriptors([...descriptors.values()]) }));
  return { definition, registry };
}
