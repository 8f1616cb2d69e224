import { registerError } from '../../chain/sdk';

export const CODESPACE = 'bank';

/** Codes 2–9 keep the Cosmos SDK's x/bank numbers (6–8 are reserved for the SDK's meanings and unused). */
export const BankErrors = {
  noInputs: registerError(CODESPACE, 2, 'no inputs to send transaction'),
  noOutputs: registerError(CODESPACE, 3, 'no outputs to send transaction'),
  inputOutputMismatch: registerError(CODESPACE, 4, 'sum inputs != sum outputs'),
  sendDisabled: registerError(CODESPACE, 5, 'send transactions are disabled'),
  multipleSenders: registerError(CODESPACE, 9, 'multiple senders not allowed'),
  invalidGenesis: registerError(CODESPACE, 10, 'invalid bank genesis'),
  invalidMetadata: registerError(CODESPACE, 11, 'invalid denom metadata'),
} as const;
