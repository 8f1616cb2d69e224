// @settle/sdk: settle's generated types, query clients and amino converters (telescope, under
// ./codegen), and SettleClient, a SigningStargateClient for settle.
export * from './codegen';
export * from './settle-client';
export * from './events';
export * from './queries';
export * from './proofs';
export * from './gas';
// The CosmJS pieces a user needs next to SettleClient (wallets, fees), so that installing only this
// package is enough: it pins @scure/base to 2.0.0 for CosmJS 0.39 (see README).
export { DirectSecp256k1HdWallet, DirectSecp256k1Wallet, Registry, decodeTxRaw, type EncodeObject, type OfflineSigner } from '@cosmjs/proto-signing';
export { Secp256k1HdWallet, Secp256k1Wallet, makeSignDoc, serializeSignDoc, type OfflineAminoSigner, type StdFee } from '@cosmjs/amino';
export { GasPrice, type DeliverTxResponse } from '@cosmjs/stargate';
export { fromBech32, toBech32 } from '@cosmjs/encoding';
