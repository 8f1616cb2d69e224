import { registerError } from '../../chain/sdk';

export const CODESPACE = 'margin';

export const MarginErrors = {
  invalidGenesis: registerError(CODESPACE, 2, 'invalid margin genesis'),
  invalidParams: registerError(CODESPACE, 3, 'invalid margin params'),
  invalidAuthority: registerError(CODESPACE, 4, 'invalid authority'),
  unknownSubaccount: registerError(CODESPACE, 5, 'unknown subaccount'),
  unknownCollateral: registerError(CODESPACE, 6, 'asset is not listed as collateral'),
  depositCapExceeded: registerError(CODESPACE, 7, 'deposit cap exceeded'),
  insufficientCollateral: registerError(CODESPACE, 8, 'insufficient collateral'),
  insufficientMargin: registerError(CODESPACE, 9, 'insufficient margin'),
  staleMarketData: registerError(CODESPACE, 10, 'market data is stale'),
  unknownInstrument: registerError(CODESPACE, 11, 'unknown instrument'),
  invalidPosition: registerError(CODESPACE, 12, 'invalid position change'),
  invalidMarkInput: registerError(CODESPACE, 13, 'an option cannot be marked'),
  invalidSubaccount: registerError(CODESPACE, 14, 'invalid subaccount'),
  isolatedTransfer: registerError(CODESPACE, 15, 'transfer not allowed'),
  invalidAmount: registerError(CODESPACE, 16, 'invalid amount'),
  withdrawalsBlocked: registerError(CODESPACE, 17, 'withdrawals are blocked'),
} as const;
