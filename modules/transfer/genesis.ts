import type { Context, ReadContext } from '../../chain/sdk';
import { validateDenom } from '../../chain/sdk';
import { validateDenomTrace, type DenomTrace } from './denom';
import { TransferErrors } from './errors';
import { validatePortId } from './identifiers';
import type { TransferKeeper } from './keeper';
import { PORT_ID } from './keys';
import { DEFAULT_PARAMS, type TransferParams } from './params';

/**
 * app_state.transfer: ibc-go v8's GenesisState in its proto3 JSON form (snake_case, as `simd export`
 * writes it): port_id, denom_traces, params, total_escrowed.
 */
export interface TransferGenesis {
  portId: string;
  denomTraces: DenomTrace[];
  params: TransferParams;
  totalEscrowed: Array<{ denom: string; amount: string }>;
}

const FIELDS = ['port_id', 'denom_traces', 'params', 'total_escrowed'];

export function defaultGenesis(): unknown {
  return { port_id: PORT_ID, denom_traces: [], params: { send_enabled: true, receive_enabled: true }, total_escrowed: [] };
}

function fail(why: string): never {
  throw TransferErrors.invalidGenesis.wrap(why);
}

const str = (v: unknown, what: string): string => (typeof v === 'string' ? v : fail(`${what} must be a string`));
const bool = (v: unknown, what: string, dflt: boolean): boolean => (v === undefined ? dflt : typeof v === 'boolean' ? v : fail(`${what} must be a boolean`));
const list = (v: unknown, what: string): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : fail(`${what} must be a list`));
const obj = (v: unknown, what: string): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(`${what} must be an object`));

/** GenesisState.Validate: a valid port, valid unique traces, escrow totals valid non-negative coins with unique denoms. */
export function parseGenesis(raw: unknown): TransferGenesis {
  const g = obj(raw, 'app_state.transfer');
  const extra = Object.keys(g).filter((k) => !FIELDS.includes(k));
  if (extra.length > 0) fail(`unknown fields: ${extra.join(', ')}`);
  const portId = str(g.port_id ?? PORT_ID, 'port_id');
  validatePortId(portId);
  const seen = new Set<string>();
  const denomTraces = list(g.denom_traces, 'denom_traces').map((t, i) => {
    const o = obj(t, `denom_traces[${i}]`);
    const trace = { path: str(o.path ?? '', `denom_traces[${i}].path`), baseDenom: str(o.base_denom ?? '', `denom_traces[${i}].base_denom`) };
    validateDenomTrace(trace);
    const id = `${trace.path}/${trace.baseDenom}`;
    if (seen.has(id)) fail(`duplicated denomination trace ${id}`);
    seen.add(id);
    return trace;
  });
  const p = g.params === undefined ? {} : obj(g.params, 'params');
  const params = { sendEnabled: bool(p.send_enabled, 'params.send_enabled', DEFAULT_PARAMS.sendEnabled), receiveEnabled: bool(p.receive_enabled, 'params.receive_enabled', DEFAULT_PARAMS.receiveEnabled) };
  const denoms = new Set<string>();
  const totalEscrowed = list(g.total_escrowed, 'total_escrowed').map((c, i) => {
    const o = obj(c, `total_escrowed[${i}]`);
    const denom = str(o.denom, `total_escrowed[${i}].denom`);
    const amount = str(o.amount, `total_escrowed[${i}].amount`);
    validateDenom(denom);
    if (!/^(0|[1-9][0-9]{0,77})$/.test(amount) || BigInt(amount) >= 1n << 256n) fail(`total_escrowed[${i}].amount must be a non-negative integer, got "${amount}"`);
    if (denoms.has(denom)) fail(`total_escrowed lists ${denom} twice`);
    denoms.add(denom);
    return { denom, amount };
  });
  return { portId, denomTraces, params, totalEscrowed };
}

export function initGenesis(keeper: TransferKeeper, ctx: Context, raw: unknown): void {
  const g = parseGenesis(raw);
  keeper.setPort(ctx, g.portId);
  keeper.setParams(ctx, g.params);
  for (const t of g.denomTraces) keeper.setDenomTrace(ctx, t);
  for (const e of g.totalEscrowed) keeper.setTotalEscrow(ctx, e.denom, BigInt(e.amount));
}

export function exportGenesis(keeper: TransferKeeper, ctx: ReadContext): unknown {
  const p = keeper.params(ctx);
  return {
    port_id: keeper.port(ctx) || PORT_ID,
    denom_traces: keeper.allDenomTraces(ctx).map((t) => ({ path: t.path, base_denom: t.baseDenom })),
    params: { send_enabled: p.sendEnabled, receive_enabled: p.receiveEnabled },
    total_escrowed: keeper.allTotalEscrow(ctx),
  };
}
