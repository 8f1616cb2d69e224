export { TxPipeline } from './pipeline';
export type { TxPipelineOptions } from './pipeline';
export type { AnteDecorator, AnteDeps, AnteHandler, AnteNext, MinGasPrice, ExecMode } from './ante';
export { AnteContext, composeAnte, defaultAnteDecorators, insertAnteAfter, insertAnteBefore, replaceAnte } from './ante';
export type { AccountKeeper, FeeKeeper, SignerAccount, TxParams } from './keepers';
export { decodeTx, MAX_TX_BYTES } from './decode';
export { GasMeter, GasKVStore, KV_GAS } from './gas';
export { verifySecp256k1, secp256k1Address, secp256k1Backend } from './secp256k1';
