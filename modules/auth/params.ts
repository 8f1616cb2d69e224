import { Params } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { AppError, RegisteredError, validateDenom } from '../../chain/sdk';
import { AuthErrors } from './errors';

/** cosmos.auth.v1beta1.Params: every field is a positive uint64. */
export type AuthParams = Params;

/** The Cosmos SDK's defaults (x/auth DefaultParams). */
export const DEFAULT_PARAMS: Readonly<AuthParams> = Object.freeze({
  maxMemoCharacters: 256n,
  txSigLimit: 7n,
  txSizeCostPerByte: 10n,
  sigVerifyCostEd25519: 590n,
  sigVerifyCostSecp256k1: 1000n,
});

/** The denom fees are paid in (settle's addition to the auth params). */
export const DEFAULT_FEE_DENOM = 'usettle';

const MAX_U64 = (1n << 64n) - 1n;
/** max_memo_characters and tx_sig_limit become JS numbers in the ante pipeline. */
const MAX_COUNT = 0xffff_ffffn;

/** The params as genesis JSON (proto-JSON field names, uint64 as decimal strings). */
export interface AuthParamsJSON {
  max_memo_characters: string;
  tx_sig_limit: string;
  tx_size_cost_per_byte: string;
  sig_verify_cost_ed25519: string;
  sig_verify_cost_secp256k1: string;
}

const FIELDS: ReadonlyArray<[keyof AuthParamsJSON, keyof AuthParams, bigint]> = [
  ['max_memo_characters', 'maxMemoCharacters', MAX_COUNT],
  ['tx_sig_limit', 'txSigLimit', MAX_COUNT],
  ['tx_size_cost_per_byte', 'txSizeCostPerByte', MAX_U64],
  ['sig_verify_cost_ed25519', 'sigVerifyCostEd25519', MAX_U64],
  ['sig_verify_cost_secp256k1', 'sigVerifyCostSecp256k1', MAX_U64],
];

/** The SDK's rules: every value positive; settle also bounds the two counts to 32 bits. */
export function validateParams(p: AuthParams): void {
  for (const [json, field, max] of FIELDS) {
    const v = p[field];
    if (typeof v !== 'bigint' || v <= 0n) throw AuthErrors.invalidParams.wrap(`${json} must be positive, got ${String(v)}`);
    if (v > max) throw AuthErrors.invalidParams.wrap(`${json} must be at most ${max}, got ${v}`);
  }
}

export function validateFeeDenom(denom: unknown): string {
  if (typeof denom !== 'string') throw AuthErrors.invalidParams.wrap('fee_denom must be a string');
  try {
    validateDenom(denom);
  } catch (err) {
    throw AuthErrors.invalidParams.wrap(`fee_denom: ${(err as AppError).message}`);
  }
  return denom;
}

export function paramsToJSON(p: AuthParams): AuthParamsJSON {
  const out = {} as AuthParamsJSON;
  for (const [json, field] of FIELDS) out[json] = p[field].toString();
  return out;
}

/** Parses and validates genesis params; every field is required, unknown fields are refused. */
export function paramsFromJSON(raw: unknown): AuthParams {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw AuthErrors.invalidParams.wrap('params must be an object');
  const known = new Set<string>(FIELDS.map(([json]) => json));
  const extra = Object.keys(raw).filter((k) => !known.has(k));
  if (extra.length > 0) throw AuthErrors.invalidParams.wrap(`unknown params fields: ${extra.join(', ')}`);
  const p = { ...DEFAULT_PARAMS } as AuthParams;
  for (const [json, field] of FIELDS) {
    const v = (raw as Record<string, unknown>)[json];
    if (v === undefined) throw AuthErrors.invalidParams.wrap(`params.${json} is required`);
    p[field] = parseUint64(v, `params.${json}`, AuthErrors.invalidParams);
  }
  validateParams(p);
  return p;
}

/** A proto-JSON uint64: a decimal string (or a safe integer number). */
export function parseUint64(v: unknown, what: string, error: RegisteredError = AuthErrors.invalidGenesis): bigint {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) s = String(v);
  else throw error.wrap(`${what} must be a decimal string, got ${JSON.stringify(v)}`);
  if (!/^(0|[1-9][0-9]{0,19})$/.test(s)) throw error.wrap(`${what} must be a decimal uint64, got "${s}"`);
  const n = BigInt(s);
  if (n > MAX_U64) throw error.wrap(`${what} exceeds 2^64 - 1`);
  return n;
}

export function encodeParams(p: AuthParams): Uint8Array {
  return Params.encode(p).finish();
}

export function decodeParams(bytes: Uint8Array): AuthParams {
  return Params.decode(bytes);
}
