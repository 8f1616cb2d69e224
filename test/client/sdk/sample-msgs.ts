// Sample values for every field of a settle message (or query), read from the .proto files (protobufjs), so the
// golden tests cover each message type and each field without a hand-written example per type.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as protobuf from 'protobufjs';

const PROTO = path.resolve(__dirname, '../../../proto');
const MODULES = ['oracle', 'margin', 'options', 'liquidation', 'bridge'];

/** settle's tx/types .proto files parsed into one root (imported option files are not needed). */
export function settleProtoRoot(): protobuf.Root {
  const root = new protobuf.Root();
  for (const m of MODULES) {
    for (const file of ['types', 'tx', 'query']) {
      protobuf.parse(fs.readFileSync(path.join(PROTO, `settle/${m}/v1/${file}.proto`), 'utf8'), root, { keepCase: false });
    }
  }
  root.resolveAll();
  return root;
}

/** Every settle Msg type URL (the request types of each module's Msg service), sorted. */
export function settleMsgTypeUrls(root: protobuf.Root): string[] {
  const urls: string[] = [];
  for (const m of MODULES) {
    const svc = root.lookupService(`settle.${m}.v1.Msg`);
    for (const method of svc.methodsArray) urls.push(`/settle.${m}.v1.${method.requestType}`);
  }
  return urls.sort();
}

/** Every settle query's request and response type names (`settle.margin.v1.QueryHealthRequest`), sorted. */
export function settleQueryTypes(root: protobuf.Root): string[] {
  const names = new Set<string>();
  for (const m of MODULES) {
    for (const method of root.lookupService(`settle.${m}.v1.Query`).methodsArray) {
      names.add(`settle.${m}.v1.${method.requestType}`);
      names.add(`settle.${m}.v1.${method.responseType}`);
    }
  }
  return [...names].sort();
}

export type Fill = 'full' | 'zero-scalars' | 'empty-lists';

/**
 * A message of `type` with every field set: 'full' gives every scalar a non-zero value (distinct per
 * field), every repeated field two elements and every enum a non-zero value; 'zero-scalars' gives
 * numbers, bools and enums their zero value (which amino JSON omits) but keeps strings and nested
 * messages, so omission rules are exercised; 'empty-lists' is 'zero-scalars' with every repeated
 * field empty. Plain objects in the camelCase shape both codecs use.
 */
export function sampleMessage(type: protobuf.Type, fill: Fill, seed = 1, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  type.fieldsArray.forEach((field, i) => {
    field.resolve();
    const one = (k: number) => sampleValue(field, fill, seed * 31 + i * 7 + k, depth);
    out[field.name] = field.repeated ? (depth > 3 || fill === 'empty-lists' ? [] : [one(1), one(2)]) : one(0);
  });
  return out;
}

function sampleValue(field: protobuf.Field, fill: Fill, n: number, depth: number): unknown {
  const zero = fill !== 'full';
  if (field.resolvedType instanceof protobuf.Type) return depth > 3 ? undefined : sampleMessage(field.resolvedType, fill, n, depth + 1);
  if (field.resolvedType instanceof protobuf.Enum) {
    const values = Object.values(field.resolvedType.values).filter((v) => v !== 0);
    return zero ? 0 : values[n % values.length];
  }
  switch (field.type) {
    case 'string':
      return `${field.name}-${n}`;
    case 'bool':
      return !zero;
    case 'bytes':
      return zero ? new Uint8Array() : new Uint8Array([n & 0xff, 1, 2]);
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return zero ? 0 : n % 2 ? -(n % 1000) - 1 : (n % 1000) + 1;
    case 'uint32':
    case 'fixed32':
      return zero ? 0 : (n % 100_000) + 1;
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return zero ? 0n : n % 2 ? -BigInt(n) * 1_000_000_007n : BigInt(n) * 1_000_000_007n;
    case 'uint64':
    case 'fixed64':
      return zero ? 0n : BigInt(n) * 10_000_000_019n;
    default:
      throw new Error(`sample: unhandled proto type ${field.type} of ${field.fullName}`);
  }
}
