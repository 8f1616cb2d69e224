import { registerError } from '../../chain/sdk';

export const CODESPACE = 'consensus';

export const ConsensusErrors = {
  invalidGenesis: registerError(CODESPACE, 2, 'invalid consensus genesis'),
  invalidParams: registerError(CODESPACE, 3, 'invalid consensus params'),
} as const;
