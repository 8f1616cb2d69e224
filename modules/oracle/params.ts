import { addressBytes, AppError, GOV_AUTHORITY } from '../../chain/sdk';
import { Dec } from '../../chain/math';
import type { Params } from '../../proto/gen/settle/oracle/v1/types';
import { OracleErrors } from './errors';

/** The gov module account: the default authority. */
export const DEFAULT_AUTHORITY = GOV_AUTHORITY;

/** Just above 2/3: a price moves only when more than two thirds of the voting power reported it. */
export const TWO_THIRDS = '0.666666666666666667';

export function defaultParams(): Params {
  return {
    heartbeatSeconds: 30n,
    maxVoteExtensionBytes: 4096,
    minReportPower: TWO_THIRDS,
    twapWindowSeconds: 3600n,
    authority: DEFAULT_AUTHORITY,
  };
}

/** A share of voting power: a decimal in (0, 1]. */
export function parseShare(text: string, what: string): Dec {
  let d: Dec;
  try {
    d = Dec.parse(text);
  } catch {
    throw OracleErrors.invalidParams.wrap(`${what} "${text}" is not a decimal`);
  }
  if (!d.isPositive() || d.gt(Dec.ONE)) throw OracleErrors.invalidParams.wrap(`${what} must be in (0, 1], got ${text}`);
  return d;
}

export function validateParams(p: Params): void {
  if (p.heartbeatSeconds <= 0n || p.heartbeatSeconds > 86_400n) throw OracleErrors.invalidParams.wrap(`heartbeat_seconds must be in [1, 86400], got ${p.heartbeatSeconds}`);
  if (p.maxVoteExtensionBytes < 64 || p.maxVoteExtensionBytes > 1 << 20) {
    throw OracleErrors.invalidParams.wrap(`max_vote_extension_bytes must be in [64, 1048576], got ${p.maxVoteExtensionBytes}`);
  }
  const share = parseShare(p.minReportPower, 'min_report_power');
  // Below one half, two disjoint halves of the validators could each move a price: never allowed.
  if (share.lte(Dec.parse('0.5'))) throw OracleErrors.invalidParams.wrap(`min_report_power must be above 0.5, got ${p.minReportPower}`);
  if (p.twapWindowSeconds <= 0n || p.twapWindowSeconds > 30n * 86_400n) {
    throw OracleErrors.invalidParams.wrap(`twap_window_seconds must be in [1, 2592000], got ${p.twapWindowSeconds}`);
  }
  try {
    addressBytes(p.authority);
  } catch (err) {
    throw OracleErrors.invalidParams.wrap(`authority: ${(err as AppError).message}`);
  }
}
