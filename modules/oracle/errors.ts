import { registerError } from '../../chain/sdk';

export const CODESPACE = 'oracle';

export const OracleErrors = {
  invalidGenesis: registerError(CODESPACE, 2, 'invalid oracle genesis'),
  invalidParams: registerError(CODESPACE, 3, 'invalid oracle params'),
  invalidMarket: registerError(CODESPACE, 4, 'invalid market'),
  marketExists: registerError(CODESPACE, 5, 'market already exists'),
  unknownMarket: registerError(CODESPACE, 6, 'unknown market'),
  priceNotFound: registerError(CODESPACE, 7, 'no price for market'),
  stalePrice: registerError(CODESPACE, 8, 'price is stale'),
  twapUnavailable: registerError(CODESPACE, 9, 'TWAP unavailable'),
  surfaceNotFound: registerError(CODESPACE, 10, 'no vol surface for market'),
  invalidAuthority: registerError(CODESPACE, 11, 'invalid authority'),
  invalidVoteExtension: registerError(CODESPACE, 12, 'invalid vote extension'),
} as const;
