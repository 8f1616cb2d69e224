import type { Event } from '@cosmjs/stargate';
import * as liquidationEvents from './codegen/settle/liquidation/v1/events';
import * as marginEvents from './codegen/settle/margin/v1/events';
import * as optionsEvents from './codegen/settle/options/v1/events';
import * as oracleEvents from './codegen/settle/oracle/v1/events';

/** A tx event with its attribute values parsed. */
export interface ParsedEvent {
  /** e.g. `settle.margin.v1.EventDeposit`, or a Cosmos SDK event such as `transfer`. */
  type: string;
  /** Attribute values as JSON when they are JSON (settle's typed events), else the raw string. */
  attributes: Record<string, unknown>;
  /** A settle typed event decoded into its generated type (`settle.margin.v1.EventDeposit` → EventDeposit). */
  message?: unknown;
}

interface EventCodec {
  typeUrl: string;
  fromJSON(object: unknown): unknown;
}

const codecs = new Map<string, EventCodec>();
for (const mod of [liquidationEvents, marginEvents, optionsEvents, oracleEvents] as Record<string, unknown>[]) {
  for (const value of Object.values(mod)) {
    const codec = value as Partial<EventCodec>;
    if (typeof codec?.typeUrl === 'string' && typeof codec.fromJSON === 'function') codecs.set(codec.typeUrl.slice(1), codec as EventCodec);
  }
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function parseValue(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/**
 * Parses tx events. settle emits typed events as the Cosmos SDK does (EmitTypedEvent): the event type
 * is the proto message name and each attribute a field (snake_case) holding its proto3 JSON value.
 */
export function parseEvents(events: readonly Event[]): ParsedEvent[] {
  return events.map((e) => {
    const attributes: Record<string, unknown> = {};
    for (const a of e.attributes) if (a.key !== 'msg_index') attributes[a.key] = parseValue(a.value);
    const codec = codecs.get(e.type);
    const parsed: ParsedEvent = { type: e.type, attributes };
    if (codec) parsed.message = codec.fromJSON(Object.fromEntries(Object.entries(attributes).map(([k, v]) => [camel(k), v])));
    return parsed;
  });
}

/** The decoded settle events of one type: `eventsOf(r.events, EventDeposit)`. */
export function eventsOf<T>(events: readonly ParsedEvent[], type: { typeUrl: string; fromJSON(o: unknown): T }): T[] {
  return events.filter((e) => e.type === type.typeUrl.slice(1) && e.message !== undefined).map((e) => e.message as T);
}
