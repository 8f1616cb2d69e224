import { registerError } from '../../chain/sdk';

export const CODESPACE = 'bridge';

export const BridgeErrors = {
  invalidGenesis: registerError(CODESPACE, 2, 'invalid bridge genesis'),
  invalidParams: registerError(CODESPACE, 3, 'invalid bridge params'),
  invalidAuthority: registerError(CODESPACE, 4, 'invalid authority'),
  invalidAddress: registerError(CODESPACE, 5, 'invalid address'),
  unknownValidator: registerError(CODESPACE, 6, 'not a validator of this chain'),
  invalidProofOfPossession: registerError(CODESPACE, 7, 'invalid proof of possession'),
  keyInUse: registerError(CODESPACE, 8, 'EVM address registered by another validator'),
  invalidAmount: registerError(CODESPACE, 9, 'invalid amount'),
  bridgeDisabled: registerError(CODESPACE, 10, 'bridge not configured'),
  invalidVoteExtension: registerError(CODESPACE, 11, 'invalid bridge vote extension'),
  notFound: registerError(CODESPACE, 12, 'not found'),
  notAnchored: registerError(CODESPACE, 13, 'withdrawal not yet in an anchor'),
} as const;
