import { Metadata, Params } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import { AppError, validateDenom } from '../../chain/sdk';
import { BankErrors } from './errors';

/** What settle keeps of cosmos.bank.v1beta1.Params; per-denom flags live in their own keys (0x04). */
export interface BankParams {
  defaultSendEnabled: boolean;
}

export const DEFAULT_PARAMS: Readonly<BankParams> = Object.freeze({ defaultSendEnabled: true });

/** Stored as cosmos.bank.v1beta1.Params with the deprecated send_enabled list empty, as SDK v0.50 stores it. */
export function encodeParams(p: BankParams): Uint8Array {
  return Params.encode({ sendEnabled: [], defaultSendEnabled: p.defaultSendEnabled }).finish();
}

export function decodeParams(bytes: Uint8Array): BankParams {
  return { defaultSendEnabled: Params.decode(bytes).defaultSendEnabled };
}

export function toProtoParams(p: BankParams): Params {
  return { sendEnabled: [], defaultSendEnabled: p.defaultSendEnabled };
}

function denomError(what: string, err: unknown): never {
  throw BankErrors.invalidMetadata.wrap(`${what}: ${(err as AppError).message}`);
}

/**
 * The SDK's Metadata.Validate: name and symbol not blank; base and display valid denoms; the first
 * unit is the base with exponent 0; exponents strictly increasing; units and aliases unique and
 * valid; a unit for the display denom.
 *
 * One exception: the metadata ibc-go's transfer module writes for a voucher (base ibc/HASH, one unit
 * = the trace's base denom at exponent 0, display = the full trace path) breaks the first two rules;
 * the SDK's keeper stores it unvalidated. We store the same bytes, so wallets see what they see on
 * any ibc-go chain, and accept exactly that shape here so genesis export/import keeps working.
 */
export function validateMetadata(m: Metadata): void {
  const where = `metadata ${JSON.stringify(m.base)}`;
  if (m.name.trim() === '') throw BankErrors.invalidMetadata.wrap(`${where}: name field cannot be blank`);
  if (m.symbol.trim() === '') throw BankErrors.invalidMetadata.wrap(`${where}: symbol field cannot be blank`);
  try {
    validateDenom(m.base);
  } catch (err) {
    denomError(`${where}: invalid base denom`, err);
  }
  try {
    validateDenom(m.display);
  } catch (err) {
    denomError(`${where}: invalid display denom`, err);
  }
  if (isIbcVoucherShape(m)) {
    try {
      validateDenom(m.denomUnits[0].denom);
    } catch (err) {
      denomError(`${where}: invalid denomination unit`, err);
    }
    return;
  }
  let hasDisplay = false;
  let exponent = 0;
  const units = new Set<string>();
  m.denomUnits.forEach((u, i) => {
    if (i === 0) {
      if (u.denom !== m.base) throw BankErrors.invalidMetadata.wrap(`${where}: the first denomination unit must be the base denom ${m.base}`);
      if (u.exponent !== 0) throw BankErrors.invalidMetadata.wrap(`${where}: the exponent of the base denomination unit must be 0`);
    } else if (exponent >= u.exponent) {
      throw BankErrors.invalidMetadata.wrap(`${where}: the denomination units must be sorted by strictly increasing exponent`);
    }
    exponent = u.exponent;
    if (units.has(u.denom)) throw BankErrors.invalidMetadata.wrap(`${where}: duplicate denomination unit ${u.denom}`);
    try {
      validateDenom(u.denom);
    } catch (err) {
      denomError(`${where}: invalid denomination unit`, err);
    }
    const aliases = new Set<string>();
    for (const alias of u.aliases) {
      if (alias.trim() === '') throw BankErrors.invalidMetadata.wrap(`${where}: unit ${u.denom} has a blank alias`);
      if (aliases.has(alias)) throw BankErrors.invalidMetadata.wrap(`${where}: unit ${u.denom} has the duplicate alias ${alias}`);
      aliases.add(alias);
    }
    if (u.denom === m.display) hasDisplay = true;
    units.add(u.denom);
  });
  if (!hasDisplay) throw BankErrors.invalidMetadata.wrap(`${where}: metadata must contain a denomination unit with the display denom ${m.display}`);
}

/** The devnet's denoms: the fee/staking denom and the collateral denom, both 6 decimals. */
export function defaultDenomMetadata(): Metadata[] {
  return [
    {
      description: 'The native fee and staking token of settle.',
      denomUnits: [
        { denom: 'usettle', exponent: 0, aliases: ['microsettle'] },
        { denom: 'settle', exponent: 6, aliases: [] },
      ],
      base: 'usettle',
      display: 'settle',
      name: 'Settle',
      symbol: 'SETTLE',
      uri: '',
      uriHash: '',
    },
    {
      description: 'USD Coin, the devnet collateral denom.',
      denomUnits: [
        { denom: 'uusdc', exponent: 0, aliases: ['microusdc'] },
        { denom: 'usdc', exponent: 6, aliases: [] },
      ],
      base: 'uusdc',
      display: 'usdc',
      name: 'USD Coin',
      symbol: 'USDC',
      uri: '',
      uriHash: '',
    },
  ];
}

function isIbcVoucherShape(m: Metadata): boolean {
  if (!m.base.startsWith('ibc/') || m.denomUnits.length !== 1) return false;
  const [unit] = m.denomUnits;
  return unit.exponent === 0 && unit.aliases.length === 0 && (m.display === unit.denom || m.display.endsWith(`/${unit.denom}`));
}
