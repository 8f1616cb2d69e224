export { SettleApp } from './app';
export type { AppOptions } from './app';
export type { Module, QueryHandler, Invariant, MsgRegistration } from './module';
export type { Context, QueryContext, BlockInfo } from './context';
export { EventCollector, makeContext } from './context';
export type { ChainParams, ChainParamsStore } from './chain-params';
export type { TxProcessor } from './tx-processor';
export { QueryRouter } from './query-router';
export { APP_NAME, APP_VERSION, PROTOCOL_VERSION } from './version';
