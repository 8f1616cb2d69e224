/**
 * `settled export-chain-info`: the files wallets and registries need to add a settle network, made
 * from its genesis (chain id, denoms from the bank module's denom metadata, validator count) and the
 * node's endpoints:
 * - `chain.json` and `assetlist.json` in the cosmos/chain-registry schema;
 * - `keplr-chain-info.json`, the ChainInfo that Keplr's `experimentalSuggestChain` takes.
 * Pure functions of their inputs (the command reads the files and writes the results).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACCOUNT_PREFIX } from '../address';
import { APP_VERSION } from '../app';
import { parseMinGasPrice, readAppConfig } from './app-config';
import { readCometConfig, readJson } from './cometbft-config';
import { homePaths } from './home';
import { rpcUrlFromLaddr } from './rpc';

export const FEE_DENOM = 'usettle';
export const SLIP44_COSMOS = 118;

export type NetworkType = 'mainnet' | 'testnet' | 'devnet';

export interface ChainInfoInput {
  /** genesis.json (its chain_id and app_state.bank.denom_metadata are read). */
  genesis: Record<string, any>;
  rpc: string;
  rest: string;
  grpc: string;
  networkType: NetworkType;
  /** Gas prices in FEE_DENOM per gas unit; low defaults to the node's minimum_gas_prices. */
  gasPrices: { low: number; average: number; high: number };
  prettyName?: string;
}

interface DenomUnit {
  denom: string;
  exponent: number;
  aliases?: string[];
}

interface DenomMetadata {
  description: string;
  denom_units: DenomUnit[];
  base: string;
  display: string;
  name: string;
  symbol: string;
}

/** chain-registry's chain_name: lower-case letters and digits (settle-devnet-1 → settledevnet). */
export function chainName(chainId: string): string {
  return chainId.replace(/-\d+$/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function metadataOf(genesis: Record<string, any>): DenomMetadata[] {
  const list = (genesis.app_state?.bank?.denom_metadata ?? []) as DenomMetadata[];
  if (!list.some((m) => m.base === FEE_DENOM)) throw new Error(`genesis has no denom metadata for the fee denom ${FEE_DENOM} (app_state.bank.denom_metadata)`);
  return list;
}

function displayExponent(m: DenomMetadata): number {
  return m.denom_units.find((u) => u.denom === m.display)?.exponent ?? 0;
}

export function registryChainJson(input: ChainInfoInput): Record<string, unknown> {
  const chainId = String(input.genesis.chain_id);
  return {
    $schema: '../chain.schema.json',
    chain_name: chainName(chainId),
    chain_type: 'cosmos',
    status: 'live',
    network_type: input.networkType,
    pretty_name: input.prettyName ?? `settle ${input.networkType}`,
    chain_id: chainId,
    bech32_prefix: ACCOUNT_PREFIX,
    daemon_name: 'settled',
    node_home: '$HOME/.settle',
    key_algos: ['secp256k1'],
    slip44: SLIP44_COSMOS,
    fees: {
      fee_tokens: [
        {
          denom: FEE_DENOM,
          fixed_min_gas_price: input.gasPrices.low,
          low_gas_price: input.gasPrices.low,
          average_gas_price: input.gasPrices.average,
          high_gas_price: input.gasPrices.high,
        },
      ],
    },
    staking: { staking_tokens: [{ denom: FEE_DENOM }] },
    codebase: {
      recommended_version: `v${APP_VERSION}`,
      compatible_versions: [`v${APP_VERSION}`],
      consensus: { type: 'cometbft', version: '0.38' },
    },
    apis: {
      rpc: [{ address: input.rpc, provider: 'settle' }],
      rest: [{ address: input.rest, provider: 'settle' }],
      grpc: [{ address: input.grpc, provider: 'settle' }],
    },
  };
}

export function registryAssetList(input: ChainInfoInput): Record<string, unknown> {
  return {
    $schema: '../assetlist.schema.json',
    chain_name: chainName(String(input.genesis.chain_id)),
    assets: metadataOf(input.genesis).map((m) => ({
      description: m.description,
      denom_units: m.denom_units.map((u) => ({ denom: u.denom, exponent: u.exponent, ...(u.aliases && u.aliases.length > 0 ? { aliases: u.aliases } : {}) })),
      type_asset: 'sdk.coin',
      base: m.base,
      name: m.name,
      display: m.display,
      symbol: m.symbol,
    })),
  };
}

/** Keplr's ChainInfo (the argument of window.keplr.experimentalSuggestChain). */
export function keplrChainInfo(input: ChainInfoInput): Record<string, unknown> {
  const chainId = String(input.genesis.chain_id);
  const currency = (m: DenomMetadata) => ({ coinDenom: m.symbol, coinMinimalDenom: m.base, coinDecimals: displayExponent(m) });
  const metadata = metadataOf(input.genesis);
  const fee = metadata.find((m) => m.base === FEE_DENOM)!;
  const p = ACCOUNT_PREFIX;
  return {
    chainId,
    chainName: input.prettyName ?? `settle ${input.networkType}`,
    rpc: input.rpc,
    rest: input.rest,
    bip44: { coinType: SLIP44_COSMOS },
    bech32Config: {
      bech32PrefixAccAddr: p,
      bech32PrefixAccPub: `${p}pub`,
      bech32PrefixValAddr: `${p}valoper`,
      bech32PrefixValPub: `${p}valoperpub`,
      bech32PrefixConsAddr: `${p}valcons`,
      bech32PrefixConsPub: `${p}valconspub`,
    },
    currencies: metadata.map(currency),
    feeCurrencies: [{ ...currency(fee), gasPriceStep: { low: input.gasPrices.low, average: input.gasPrices.average, high: input.gasPrices.high } }],
    stakeCurrency: currency(fee),
    features: [],
  };
}

export interface ExportChainInfoOptions {
  home: string;
  outDir: string;
  /** Public endpoints; default: the node's own (config.toml's RPC, app.toml's LCD and gRPC). */
  rpc?: string;
  rest?: string;
  grpc?: string;
  networkType?: NetworkType;
  prettyName?: string;
}

/** Reads a node home, writes chain.json, assetlist.json and keplr-chain-info.json; returns their paths. */
export function exportChainInfo(options: ExportChainInfoOptions): string[] {
  const paths = homePaths(options.home);
  const genesis = readJson(paths.genesis);
  const config = readAppConfig(paths.appConfig);
  const localUrl = (address: string, what: string): string => {
    if (!address) throw new Error(`this node serves no ${what} (app.toml); pass its public address`);
    return `http://${address.replace(/^tcp:\/\//, '').replace(/^0\.0\.0\.0:/, '127.0.0.1:')}`;
  };
  const rpc = options.rpc ?? rpcUrlFromLaddr(String(readCometConfig(paths.cometConfig).rpc?.laddr ?? ''));
  const rest = options.rest ?? localUrl(config.lcd.address, 'LCD');
  const grpc = options.grpc ?? (config.grpc.address ? config.grpc.address.replace(/^0\.0\.0\.0:/, '127.0.0.1:') : localUrl('', 'gRPC'));
  const min = parseMinGasPrice(config.minimumGasPrices);
  const low = min && min.denom === FEE_DENOM ? Number(min.amount.toString()) : 0.01;
  const input: ChainInfoInput = {
    genesis,
    rpc,
    rest,
    grpc,
    networkType: options.networkType ?? (String(genesis.chain_id).includes('devnet') || String(genesis.chain_id).includes('localnet') ? 'devnet' : 'testnet'),
    gasPrices: { low, average: Math.max(low, 0.025), high: Math.max(low, 0.04) },
    prettyName: options.prettyName,
  };
  fs.mkdirSync(options.outDir, { recursive: true });
  const files: Array<[string, unknown]> = [
    ['chain.json', registryChainJson(input)],
    ['assetlist.json', registryAssetList(input)],
    ['keplr-chain-info.json', keplrChainInfo(input)],
  ];
  return files.map(([name, value]) => {
    const file = path.join(options.outDir, name);
    fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
    return file;
  });
}
