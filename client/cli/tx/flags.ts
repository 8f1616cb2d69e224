// What the tx commands share: reading commander's options, amounts, prices and heights through the
// session's chain facts, and the common flags.
import { CliError } from '../errors';
import { parseCoin, parseUint, parseUint32, parseUnits } from '../values';
import type { Flag, Opts, TxBuildContext } from './types';

export function text(o: Opts, key: string, flag: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new CliError(`missing ${flag}`);
  return v;
}
export const optional = (o: Opts, key: string): string | undefined => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
export const list = (o: Opts, key: string): string[] => (Array.isArray(o[key]) ? (o[key] as string[]) : []);
export const subaccount = (o: Opts, key = 'subaccount'): number => parseUint32(optional(o, key) ?? '0', `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);

export const SUBACCOUNT: Flag = { flags: '--subaccount <n>', description: 'subaccount number', default: '0' };

export async function amountOf(o: Opts, c: TxBuildContext, flag = '--amount'): Promise<{ denom: string; amount: bigint }> {
  return parseCoin(text(o, 'amount', flag), await c.session.units(), flag);
}

/** A price per contract in the settlement denom's display unit (USDC): `1.5` → 1500000 base units. */
export async function price(value: string, c: TxBuildContext, flag: string, signed = false): Promise<bigint> {
  return parseUnits(value, (await c.session.settlement()).decimals, flag, signed);
}

/** An absolute height, or one relative to the node's latest block. */
export async function height(o: Opts, c: TxBuildContext, absKey: string, relKey: string, what: string): Promise<bigint> {
  const abs = optional(o, absKey);
  const rel = optional(o, relKey);
  if (abs !== undefined && rel !== undefined) throw new CliError(`give ${what} once: either an absolute height or blocks from now`);
  if (abs !== undefined) return parseUint(abs, what);
  if (rel !== undefined) return BigInt(await c.session.height()) + parseUint(rel, what);
  throw new CliError(`missing ${what}`);
}

/** A client order id: given, or the current time in milliseconds (unique enough for one trader). */
export const clientId = (o: Opts): bigint => (optional(o, 'clientId') !== undefined ? parseUint(optional(o, 'clientId')!, '--client-id') : BigInt(Date.now()));
