/**
 * Exact proto3 JSON of settle's own messages (the SDK gateway's form: proto field names, defaults
 * emitted, enums by name, 64-bit integers as strings), from the descriptors of settle's .proto files.
 * Undefined for other types, or when the .proto files are not available (the caller falls back to the
 * generated codecs' rendering).
 */
import { fromBinary, toJson, type JsonValue } from '@bufbuild/protobuf';
import { settleProtos } from './settle-protos';

export function settleMessageJson(typeName: string, bytes: Uint8Array): JsonValue | undefined {
  if (!typeName.startsWith('settle.')) return undefined;
  const desc = settleProtos()?.registry.getMessage(typeName);
  if (!desc) return undefined;
  return toJson(desc, fromBinary(desc, bytes), { useProtoFieldName: true, alwaysEmitImplicit: true });
}

/** `/settle.oracle.v1.Query/Price` → the response type name, from the service descriptor. */
export function settleResponseType(methodPath: string): string | undefined {
  const m = /^\/(settle\.[\w.]+)\/(\w+)$/.exec(methodPath);
  if (!m) return undefined;
  const service = settleProtos()?.registry.getService(m[1]);
  return service?.methods.find((x) => x.name === m[2])?.output.typeName;
}
