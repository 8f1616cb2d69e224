import { registerError } from '../../chain/sdk';

export const CODESPACE = 'liquidation';

export const LiquidationErrors = {
  invalidGenesis: registerError(CODESPACE, 2, 'invalid liquidation genesis'),
  invalidParams: registerError(CODESPACE, 3, 'invalid liquidation params'),
  invalidAuthority: registerError(CODESPACE, 4, 'invalid authority'),
  notInAuction: registerError(CODESPACE, 5, 'subaccount is not being liquidated'),
  noPosition: registerError(CODESPACE, 6, 'subaccount holds no such position'),
  invalidSize: registerError(CODESPACE, 7, 'invalid liquidation size'),
  stepBudgetExceeded: registerError(CODESPACE, 8, 'per-block liquidation share exceeded'),
  selfLiquidation: registerError(CODESPACE, 9, 'a subaccount cannot liquidate itself'),
  invalidAmount: registerError(CODESPACE, 10, 'invalid amount'),
  liquidatorInAuction: registerError(CODESPACE, 11, 'the liquidator is itself being liquidated'),
  unknownSubaccount: registerError(CODESPACE, 12, 'unknown liquidator subaccount'),
} as const;
