/**
 * settle's own .proto files (proto/settle/<module>/v1/*.proto of this checkout), loaded once with
 * @grpc/proto-loader, for gRPC reflection and for exact proto3 JSON of settle's messages: a
 * @bufbuild/protobuf registry built from the file descriptors proto-loader (protobufjs) produces.
 * protobufjs writes type references relative to their scope and leaves out the files' imports; both
 * are restored here (references fully qualified, dependencies from the types each file uses).
 * Undefined when the .proto files are not there (settled run outside a checkout).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { create, createFileRegistry, fromBinary, type FileRegistry } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema, FileDescriptorSetSchema, type DescriptorProto, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import * as protoLoader from '@grpc/proto-loader';
import { packageRoot } from '../home';

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

/** Every message and enum name (fully qualified, no leading dot) → the file defining it. */
function ownersOf(files: FileDescriptorProto[]): Map<string, string> {
  const owner = new Map<string, string>();
  const walk = (scope: string, msgs: DescriptorProto[], file: string): void => {
    for (const m of msgs) {
      const name = `${scope}.${m.name}`;
      owner.set(name, file);
      for (const e of m.enumType) owner.set(`${name}.${e.name}`, file);
      walk(name, m.nestedType, file);
    }
  };
  for (const f of files) {
    walk(f.package, f.messageType, f.name);
    for (const e of f.enumType) owner.set(`${f.package}.${e.name}`, f.name);
  }
  return owner;
}

/** Qualifies relative type references (protobuf scoping: innermost scope first) and records imports. */
function restore(files: FileDescriptorProto[]): FileDescriptorProto[] {
  const owner = ownersOf(files);
  const resolve = (scope: string, ref: string): string | undefined => {
    let sc = scope;
    for (;;) {
      const candidate = sc ? `${sc}.${ref}` : ref;
      if (owner.has(candidate)) return candidate;
      if (!sc) return undefined;
      sc = sc.includes('.') ? sc.slice(0, sc.lastIndexOf('.')) : '';
    }
  };
  for (const f of files) {
    const deps = new Set<string>();
    const fix = (scope: string, msgs: DescriptorProto[]): void => {
      for (const m of msgs) {
        const inner = `${scope}.${m.name}`;
        for (const field of m.field) {
          if (!field.typeName) continue;
          const name = field.typeName.startsWith('.') ? field.typeName.slice(1) : resolve(inner, field.typeName);
          if (!name) continue;
          field.typeName = `.${name}`;
          const file = owner.get(name);
          if (file && file !== f.name) deps.add(file);
        }
        fix(inner, m.nestedType);
      }
    };
    fix(f.package, f.messageType);
    f.dependency = [...deps].sort();
  }
  // dependencies first
  const byName = new Map(files.map((f) => [f.name, f]));
  const ordered: FileDescriptorProto[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const f = byName.get(name);
    if (!f) return;
    for (const d of f.dependency) visit(d);
    ordered.push(f);
  };
  for (const f of files) visit(f.name);
  return ordered;
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
  const registry = createFileRegistry(create(FileDescriptorSetSchema, { file: restore([...descriptors.values()]) }));
  return { definition, registry };
}
