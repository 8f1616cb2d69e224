/**
 * settled's logs: pino, one JSON object per line on stdout (for journald, Loki, etc.), or a plain
 * human-readable line (`--log-format plain`, the devnet's default on a terminal) formatted here
 * without extra dependencies. Every line carries a `module` field: `node`, `abci`, `app`, `cometbft`, …
 */
import pino, { type Logger } from 'pino';
import type { LogFormat, LogLevel } from './app-config';

export interface LoggerOptions {
  level: LogLevel;
  format: LogFormat;
  /** Defaults to stdout (fd 1). */
  fd?: number;
}

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const OMIT = new Set(['level', 'time', 'msg', 'module', 'pid', 'hostname']);

function plainValue(v: unknown): string {
  if (typeof v === 'string') return /[\s"=]/.test(v) || v === '' ? JSON.stringify(v) : v;
  if (v !== null && typeof v === 'object') {
    const e = v as { message?: unknown; stack?: unknown };
    if (typeof e.message === 'string' && typeof e.stack === 'string') return JSON.stringify(e.message);
    return JSON.stringify(v);
  }
  return String(v);
}

/** One pino JSON line → `12:00:01.234 INFO  [node] message key=value …`. */
export function formatPlain(line: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const t = typeof o.time === 'number' ? new Date(o.time).toISOString().slice(11, 23) : '';
  const level = (LEVEL_NAMES[o.level as number] ?? String(o.level)).padEnd(5);
  const mod = o.module ? `[${String(o.module)}] ` : '';
  const fields = Object.entries(o)
    .filter(([k]) => !OMIT.has(k))
    .map(([k, v]) => `${k}=${plainValue(v)}`)
    .join(' ');
  let out = `${t} ${level} ${mod}${String(o.msg ?? '')}${fields ? ` ${fields}` : ''}\n`;
  const err = o.err as { stack?: unknown } | undefined;
  if (err && typeof err.stack === 'string') out += `${err.stack}\n`;
  return out;
}

export function createLogger(options: LoggerOptions): Logger {
  const fd = options.fd ?? 1;
  const base = {
    level: options.level,
    base: undefined, // no pid/hostname on every line
    timestamp: pino.stdTimeFunctions.epochTime,
  };
  if (options.format === 'plain') {
    const dest = pino.destination({ dest: fd, sync: true });
    return pino(base, { write: (line: string) => dest.write(formatPlain(line)) });
  }
  return pino(base, pino.destination({ dest: fd, sync: true }));
}
