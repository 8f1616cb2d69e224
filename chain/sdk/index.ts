/**
 * The one import facade for modules: everything a module may use of chain/ (besides the pure math
 * library chain/math). A module imports `../../chain/sdk` and nothing else of chain/; the import-rule
 * test (test/architecture) enforces it. What is not here is the app's business, not a module's.
 */

// Contexts, module registration, store keys, block hooks
export type { BlockInfo, Context, QueryContext, ReadContext } from '../app/context';
export { branchContext } from '../app/context';
export type { BlockTx, Invariant, Module, MsgRegistration, QueryHandler } from '../app/module';
export { msgRegistrations, type MsgCodec } from '../app/msg-registration';
export { StoreKey } from '../app/store-key';
export type { ChainParams, ChainParamsStore, GenesisValidator } from '../app/chain-params';

// Vote extensions (a module's section; see chain/app/vote-extensions.ts)
export type { ExtensionVote, VoteExtensionContributor, VoteExtensionEnv } from '../app/vote-extensions';

// The interfaces the ante pipeline needs of the auth and bank modules, and the decorator shape a
// module implements to add a tx admission rule (wired in the composition root)
export type { AccountKeeper, FeeKeeper, SignerAccount, TxParams } from '../tx/keepers';
export type { AnteContext, AnteDecorator, AnteNext } from '../tx/ante';
export { insertAnteAfter, insertAnteBefore, replaceAnte } from '../tx/ante';

// Errors
export { AppError, Errors, RegisteredError, registerError } from '../errors';

// Coins and addresses
export { MAX_AMOUNT, decodeAmount, encodeAmount, formatCoins, parseCoins, toCoins, validateDenom, writeAmount, type Amount } from '../coins';
export { ACCOUNT_PREFIX, accountAddress, addressBytes, GOV_AUTHORITY } from '../address';

// Store access (through a keeper's own key) and encoding helpers
export type { KVPair, KVReader, KVStore } from '../store/types';
export { prefixIterator } from '../store/prefix-store';
export { bytesEqual, concatBytes, readU64be, u64be } from '../encoding';
export { sha256 } from '../store/hash';
export { verifyEd25519 } from '../app/extended-commit';
export { GenerationalCache } from '../store/node-cache';
export { paginate } from '../pagination';
