// How results are printed: `--output json` (one JSON document, bigints as strings, bytes as base64)
// or `--output table` (aligned columns for humans). Default: table on a terminal, JSON otherwise.
export type OutputFormat = 'json' | 'table';

export function defaultOutput(): OutputFormat {
  return process.stdout.isTTY ? 'table' : 'json';
}

/** A JSON-safe copy: bigint → decimal string, bytes → base64, ParsedEvent.message kept as is. */
export function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

export function renderJson(value: unknown): string {
  return JSON.stringify(toPlain(value), null, 2);
}

const cell = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Nested objects as dotted keys: {a: {b: 1}} → {'a.b': 1}; lists of scalars joined by commas. */
function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value) && value.every((x) => x === null || typeof x !== 'object')) out[prefix] = value.join(',');
  else out[prefix] = value;
  return out;
}

const heading = (k: string) => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

function columns(rows: Record<string, unknown>[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => keys.map((k) => cell(r[k])));
  const widths = keys.map((k, i) => Math.max(heading(k).length, ...cells.map((c) => c[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(keys.map(heading)), ...cells.map(line)].join('\n');
}

const isRecordList = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x));

/**
 * An object as `key  value` lines; each list of objects in it (orders, levels, events) as its own
 * table under a heading, one row per item with nested fields flattened.
 */
export function renderTable(value: unknown): string {
  const plain = toPlain(value);
  if (isRecordList(plain)) return columns(plain.map((r) => flatten(r)));
  if (!plain || typeof plain !== 'object' || Array.isArray(plain)) return cell(plain);
  const scalars: Record<string, unknown> = {};
  const sections: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (isRecordList(v) && v.every((r) => Object.keys(r).length === 0)) scalars[key] = v.map(() => '{}').join(',');
      else if (isRecordList(v)) sections.push(`${key}:\n${columns(v.map((r) => flatten(r)))}`);
      else if (Array.isArray(v) && v.length === 0) scalars[key] = '(none)';
      else if (v && typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, key);
      else scalars[key] = Array.isArray(v) ? v.map(cell).join(',') : v;
    }
  };
  walk(plain as Record<string, unknown>, '');
  const width = Math.max(0, ...Object.keys(scalars).map((k) => k.length));
  const head = Object.entries(scalars).map(([k, v]) => `${k.padEnd(width)}  ${cell(v)}`);
  return [...(head.length ? [head.join('\n')] : []), ...sections].join('\n\n');
}

export function render(value: unknown, format: OutputFormat): string {
  return format === 'json' ? renderJson(value) : renderTable(value);
}
