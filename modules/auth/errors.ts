import { registerError } from '../../chain/sdk';

export const CODESPACE = 'auth';

export const AuthErrors = {
  invalidGenesis: registerError(CODESPACE, 2, 'invalid auth genesis'),
  invalidParams: registerError(CODESPACE, 3, 'invalid auth params'),
  unknownModuleAccount: registerError(CODESPACE, 4, 'unknown module account'),
  notModuleAccount: registerError(CODESPACE, 5, 'account at a module address is not a module account'),
} as const;
