/**
 * Protobuf messages ⇄ the JSON the Cosmos SDK's REST gateway (grpc-gateway) speaks: proto3 JSON with
 * the original (snake_case) field names and default values emitted (the SDK's `OrigName: true,
 * EmitDefaults: true`), 64-bit integers as strings, bytes as base64, enums by name, `Any` expanded as
 * `{"@type": url, ...fields}`, Timestamps as RFC 3339 and Durations as "1.5s".
 *
 * The generated toJSON methods give the typed leaves (enum names, base64, strings for 64-bit ints) but
 * use lowerCamelCase and ts-proto's omit defaults; the decoded message has every field. So the JSON is
 * built by walking both together: every field of the decoded message, rendered from toJSON's value
 * when there is one and from the decoded default otherwise.
 */
import { rfc3339 } from '../../time';
import { anyCodec } from './any-registry';
import { settleMessageJson, settleResponseType } from './settle-json';
import type { Codec } from './codecs';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);

function onlyKeys(v: Record<string, unknown>, a: string, b: string): boolean {
  const k = Object.keys(v);
  return k.length === 2 && k.includes(a) && k.includes(b);
}

/** Go's RFC 3339 for a Timestamp: 0, 3, 6 or 9 fractional digits. */
export function timestampJson(seconds: bigint, nanos: number): string {
  const base = rfc3339(seconds);
  if (nanos === 0) return base;
  let frac = String(nanos).padStart(9, '0');
  while (frac.endsWith('000')) frac = frac.slice(0, -3);
  return base.replace(/Z$/, `.${frac}Z`);
}

/** Go's proto3 JSON for a Duration: "<seconds>[.<0, 3, 6 or 9 digits>]s". */
function durationJson(seconds: bigint, nanos: number): string {
  const neg = seconds < 0n || nanos < 0;
  const s = (seconds < 0n ? -seconds : seconds).toString();
  let frac = nanos === 0 ? '' : String(Math.abs(nanos)).padStart(9, '0');
  while (frac.endsWith('000')) frac = frac.slice(0, -3);
  return `${neg ? '-' : ''}${s}${frac ? `.${frac}` : ''}s`;
}

function base64(b: Uint8Array): string {
  return Buffer.from(b).toString('base64');
}

function render(decoded: unknown, json: unknown): Json {
  if (decoded === undefined || decoded === null) return json === undefined ? null : (json as Json);
  if (Array.isArray(decoded)) {
    const arr = Array.isArray(json) ? json : [];
    return decoded.map((d, i) => render(d, arr[i]));
  }
  // empty bytes print as null, as the SDK's gateway (gogoproto jsonpb) prints a nil []byte: "next_key": null
  if (decoded instanceof Uint8Array) return decoded.length === 0 ? null : base64(decoded);
  if (typeof decoded === 'bigint') return decoded.toString();
  if (decoded instanceof Date) return typeof json === 'string' ? json : decoded.toISOString();
  if (isPlain(decoded)) {
    if (onlyKeys(decoded, 'typeUrl', 'value') && decoded.value instanceof Uint8Array && typeof decoded.typeUrl === 'string') {
      return anyJson(decoded.typeUrl, decoded.value);
    }
    if (onlyKeys(decoded, 'seconds', 'nanos') && typeof decoded.seconds === 'bigint' && typeof decoded.nanos === 'number') {
      // a Timestamp's toJSON is a string, a Duration's an object
      if (typeof json === 'string') return timestampJson(decoded.seconds, decoded.nanos);
      return durationJson(decoded.seconds, decoded.nanos);
    }
    if (typeof json === 'string') return json;
    const j = isPlain(json) ? json : {};
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(decoded)) {
      if (k === '$type') continue;
      out[snakeCase(k)] = render(v, j[k]);
    }
    return out;
  }
  // scalars: toJSON's value (an enum's name) when present, else the decoded value
  return (json === undefined ? decoded : json) as Json;
}

/** `{"@type": url, ...fields}`; an unregistered type keeps its bytes as base64 in `value`. */
export function anyJson(typeUrl: string, value: Uint8Array): Json {
  const exact = settleMessageJson(typeUrl.slice(1), value);
  if (exact !== undefined && exact !== null && typeof exact === 'object' && !Array.isArray(exact)) return { '@type': typeUrl, ...(exact as Record<string, Json>) };
  const codec = anyCodec(typeUrl);
  if (!codec) return { '@type': typeUrl, value: base64(value) };
  const inner = messageJson(codec, codec.decode(value));
  return { '@type': typeUrl, ...(inner as Record<string, Json>) };
}

/** A decoded message as the SDK's gateway renders it. */
export function messageJson<T>(codec: Codec<T>, message: T): Json {
  return render(message, codec.toJSON(message));
}

/** Encoded message bytes → gateway JSON. */
export function bytesJson(codec: Codec, bytes: Uint8Array): Json {
  return messageJson(codec, codec.decode(bytes));
}

/**
 * A method's encoded response → gateway JSON: settle's own messages from their .proto descriptors
 * (exact), the others through the generated codec.
 */
export function responseJson(methodPath: string, codec: Codec, bytes: Uint8Array): Json {
  const type = settleResponseType(methodPath);
  const exact = type ? settleMessageJson(type, bytes) : undefined;
  return exact !== undefined ? (exact as Json) : bytesJson(codec, bytes);
}

function camelKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelKeys);
  if (!isPlain(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[camelCase(k)] = camelKeys(x);
  return out;
}

/**
 * A request message from gateway JSON (snake_case or lowerCamelCase keys, as grpc-gateway accepts):
 * a POST body, or path and query parameters already gathered into an object.
 */
export function messageFromJson<T>(codec: Codec<T>, json: unknown): T {
  return codec.fromJSON(camelKeys(json ?? {}));
}

/**
 * Query string → a nested object: `pagination.limit=5` → {pagination: {limit: "5"}}; repeated keys
 * become arrays; "true"/"false" become booleans (the generated fromJSON would read "false" as true).
 */
export function queryParamsObject(params: URLSearchParams, skip: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (skip.includes(key)) continue;
    const values = params.getAll(key).map((v) => (v === 'true' ? true : v === 'false' ? false : v));
    const parts = key.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = (node[p] = isPlain(node[p]) ? node[p] : {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = values.length === 1 ? values[0] : values;
  }
  return out;
}
