// Instrument ids and validation. An instrument is European and cash-settled, expires on the params' expiry
// grid (by default every day at 08:00 UTC, as Deribit's), and its id names it: UNDERLYING-YYYYMMDD-STRIKE-C|P,
// or UNDERLYING-YYYYMMDDTHHMMSS-STRIKE-C|P when it expires at another time of day than 08:00 UTC (a
// devnet's short grid), so that ids stay unique.
import { Dec } from '../../chain/math';
import { Instrument, InstrumentStatus, OptionKind } from '../../proto/gen/settle/options/v1/types';
import { hhmmss, yyyymmdd } from './calendar';
import { OptionsErrors } from './errors';
import { DAY_SECONDS, DEFAULT_EXPIRY_GRID, onGrid, type ExpiryGrid } from './expiry-grid';
import { MARKET } from './params';

/** The date of an expiry as the id writes it: YYYYMMDD at 08:00 UTC, else YYYYMMDDTHHMMSS. */
export function expiryLabel(expiry: bigint): string {
  return expiry % DAY_SECONDS === DEFAULT_EXPIRY_GRID.offset ? yyyymmdd(expiry) : `${yyyymmdd(expiry)}T${hhmmss(expiry)}`;
}

export function instrumentId(underlying: string, expiry: bigint, strike: Dec, kind: OptionKind): string {
  return `${underlying.split('/')[0]}-${expiryLabel(expiry)}-${strike.toString()}-${kind === OptionKind.OPTION_KIND_CALL ? 'C' : 'P'}`;
}

function positiveDec(text: string, what: string): Dec {
  let v: Dec;
  try {
    v = Dec.parse(text);
  } catch {
    throw OptionsErrors.invalidInstrument.wrap(`${what} "${text}" is not a decimal`);
  }
  if (!v.isPositive()) throw OptionsErrors.invalidInstrument.wrap(`${what} must be positive, got ${text}`);
  if (v.toString() !== text) throw OptionsErrors.invalidInstrument.wrap(`${what} must be written canonically: "${v.toString()}", not "${text}"`);
  return v;
}

/**
 * A new listing: every field well formed, the id canonical, the status active (unspecified means active),
 * and the expiry on `grid` when given (the params' grid at listing; a message's stateless check and
 * genesis, whose instruments may predate a change of the grid, pass none).
 */
export function validateNewInstrument(i: Instrument, grid?: ExpiryGrid): Instrument {
  if (!MARKET.test(i.underlying)) throw OptionsErrors.invalidInstrument.wrap(`underlying "${i.underlying}" must look like BTC/USD`);
  if (i.expiry <= 0n) throw OptionsErrors.invalidInstrument.wrap(`expiry must be positive, got ${i.expiry}`);
  if (grid && !onGrid(i.expiry, grid)) {
    throw OptionsErrors.invalidInstrument.wrap(`expiry ${i.expiry} is not on the expiry grid: ${grid.offset} + k × ${grid.period} seconds (params expiry_offset_seconds, expiry_period_seconds)`);
  }
  const strike = positiveDec(i.strike, 'strike');
  positiveDec(i.contractSize, 'contract_size');
  if (i.kind !== OptionKind.OPTION_KIND_CALL && i.kind !== OptionKind.OPTION_KIND_PUT) throw OptionsErrors.invalidInstrument.wrap('kind must be CALL or PUT');
  if (i.tickSize < 1n || i.minSize < 1n) throw OptionsErrors.invalidInstrument.wrap('tick_size and min_size must be positive');
  if (i.strike.length > 24 || i.contractSize.length > 24) throw OptionsErrors.invalidInstrument.wrap('strike and contract_size are at most 24 characters');
  const id = instrumentId(i.underlying, i.expiry, strike, i.kind);
  if (i.id !== id) throw OptionsErrors.invalidInstrument.wrap(`id must be "${id}", got "${i.id}"`);
  if (i.status !== InstrumentStatus.INSTRUMENT_STATUS_UNSPECIFIED && i.status !== InstrumentStatus.INSTRUMENT_STATUS_ACTIVE) {
    throw OptionsErrors.invalidInstrument.wrap('a new instrument must be active');
  }
  if (i.settlementPrice !== '') throw OptionsErrors.invalidInstrument.wrap('a new instrument has no settlement price');
  return { ...i, status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE };
}
