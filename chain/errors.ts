/**
 * Registered errors: every failure a user can cause has a codespace, a code and a description, as in
 * the Cosmos SDK (codespace "sdk" keeps the SDK's numbers so wallets and explorers recognise them).
 */
export class RegisteredError {
  constructor(readonly codespace: string, readonly code: number, readonly description: string) {}

  /** An instance of this error with a message for a human ("<message>: <description>"). */
  wrap(message?: string): AppError {
    return new AppError(this, message ? `${message}: ${this.description}` : this.description);
  }

  is(err: unknown): boolean {
    return err instanceof AppError && err.registered === this;
  }
}

export class AppError extends Error {
  constructor(readonly registered: RegisteredError, message: string) {
    super(message);
    this.name = 'AppError';
  }

  get codespace(): string {
    return this.registered.codespace;
  }

  get code(): number {
    return this.registered.code;
  }
}

const registry = new Map<string, RegisteredError>();

/** Registers an error; a (codespace, code) pair can be registered once. Code 1 is reserved for internal errors. */
export function registerError(codespace: string, code: number, description: string): RegisteredError {
  const id = `${codespace}/${code}`;
  if (!Number.isInteger(code) || code < 1) throw new Error(`error code must be a positive integer: ${id}`);
  if (registry.has(id)) throw new Error(`error ${id} is already registered`);
  const err = new RegisteredError(codespace, code, description);
  registry.set(id, err);
  return err;
}

export function lookupError(codespace: string, code: number): RegisteredError | undefined {
  return registry.get(`${codespace}/${code}`);
}

export function registeredErrors(): RegisteredError[] {
  return [...registry.values()].sort((a, b) => (a.codespace === b.codespace ? a.code - b.code : a.codespace < b.codespace ? -1 : 1));
}

export const ROOT_CODESPACE = 'sdk';

/** The Cosmos SDK's root errors (types/errors), same numbers. */
export const Errors = {
  internal: registerError(ROOT_CODESPACE, 1, 'internal'),
  txDecode: registerError(ROOT_CODESPACE, 2, 'tx parse error'),
  invalidSequence: registerError(ROOT_CODESPACE, 3, 'invalid sequence'),
  unauthorized: registerError(ROOT_CODESPACE, 4, 'unauthorized'),
  insufficientFunds: registerError(ROOT_CODESPACE, 5, 'insufficient funds'),
  unknownRequest: registerError(ROOT_CODESPACE, 6, 'unknown request'),
  invalidAddress: registerError(ROOT_CODESPACE, 7, 'invalid address'),
  invalidPubKey: registerError(ROOT_CODESPACE, 8, 'invalid pubkey'),
  unknownAddress: registerError(ROOT_CODESPACE, 9, 'unknown address'),
  invalidCoins: registerError(ROOT_CODESPACE, 10, 'invalid coins'),
  outOfGas: registerError(ROOT_CODESPACE, 11, 'out of gas'),
  memoTooLarge: registerError(ROOT_CODESPACE, 12, 'memo too large'),
  insufficientFee: registerError(ROOT_CODESPACE, 13, 'insufficient fee'),
  tooManySignatures: registerError(ROOT_CODESPACE, 14, 'maximum number of signatures exceeded'),
  noSignatures: registerError(ROOT_CODESPACE, 15, 'no signatures supplied'),
  jsonMarshal: registerError(ROOT_CODESPACE, 16, 'failed to marshal JSON bytes'),
  jsonUnmarshal: registerError(ROOT_CODESPACE, 17, 'failed to unmarshal JSON bytes'),
  invalidRequest: registerError(ROOT_CODESPACE, 18, 'invalid request'),
  txInMempoolCache: registerError(ROOT_CODESPACE, 19, 'tx already in mempool'),
  mempoolIsFull: registerError(ROOT_CODESPACE, 20, 'mempool is full'),
  txTooLarge: registerError(ROOT_CODESPACE, 21, 'tx too large'),
  keyNotFound: registerError(ROOT_CODESPACE, 22, 'key not found'),
  wrongPassword: registerError(ROOT_CODESPACE, 23, 'invalid account password'),
  invalidSigner: registerError(ROOT_CODESPACE, 24, 'tx intended signer does not match the given signer'),
  invalidGasAdjustment: registerError(ROOT_CODESPACE, 25, 'invalid gas adjustment'),
  invalidHeight: registerError(ROOT_CODESPACE, 26, 'invalid height'),
  invalidVersion: registerError(ROOT_CODESPACE, 27, 'invalid version'),
  invalidChainId: registerError(ROOT_CODESPACE, 28, 'invalid chain-id'),
  invalidType: registerError(ROOT_CODESPACE, 29, 'invalid type'),
  txTimeoutHeight: registerError(ROOT_CODESPACE, 30, 'tx timeout height'),
  unknownExtensionOptions: registerError(ROOT_CODESPACE, 31, 'unknown extension options'),
  wrongSequence: registerError(ROOT_CODESPACE, 32, 'incorrect account sequence'),
  packAny: registerError(ROOT_CODESPACE, 33, 'failed packing protobuf message to Any'),
  unpackAny: registerError(ROOT_CODESPACE, 34, 'failed unpacking protobuf message from Any'),
  logic: registerError(ROOT_CODESPACE, 35, 'internal logic error'),
  conflict: registerError(ROOT_CODESPACE, 36, 'conflict'),
  notSupported: registerError(ROOT_CODESPACE, 37, 'feature not supported'),
  notFound: registerError(ROOT_CODESPACE, 38, 'not found'),
  io: registerError(ROOT_CODESPACE, 39, 'Internal IO error'),
  appConfig: registerError(ROOT_CODESPACE, 40, 'error in app.toml'),
  invalidGasLimit: registerError(ROOT_CODESPACE, 41, 'invalid gas limit'),
  txTimeout: registerError(ROOT_CODESPACE, 42, 'tx timeout'),
} as const;

/** Code, codespace and log for an ABCI response; unexpected exceptions become "internal" with their message. */
export function toAbciError(err: unknown): { code: number; codespace: string; log: string } {
  if (err instanceof AppError) return { code: err.code, codespace: err.codespace, log: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: Errors.internal.code, codespace: ROOT_CODESPACE, log: `internal error: ${message}` };
}
