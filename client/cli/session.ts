import * as os from 'node:os';
import * as path from 'node:path';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { QueryCollateralAssetsRequest, QueryCollateralAssetsResponse, QueryParamsRequest, QueryParamsResponse } from '../sdk/src/codegen/settle/margin/v1/query';
import { ChainError, CliError, EXIT } from './errors';
import { BECH32_PREFIX, FileKeyring, HD_PATH, type KeyringBackend } from './keyring/keyring';
import { readPassphrase } from './keyring/passphrase';
import { isAddress, type DenomUnit } from './values';
import { stringToPath } from '@cosmjs/crypto';

export const DEFAULT_NODE = 'http://127.0.0.1:26657';
export const FEE_DENOM_UNIT: DenomUnit = { denom: 'usettle', decimals: 6 };

/** The options every command shares (commander's camelCase names). */
export interface GlobalOptions {
  node: string;
  chainId?: string;
  home: string;
  keyringBackend: KeyringBackend;
  keyringPassphraseFile?: string;
  output?: 'json' | 'table';
}

export function defaultHome(): string {
  return process.env.SETTLE_HOME || path.join(os.homedir(), '.settle');
}

/**
 * One command's view of the world: the keyring, and a lazily opened connection to the node with the
 * few chain facts the command line needs (denoms and their decimals, the chain id).
 */
export class Session {
  private cometClient?: CometClient;
  private unitsCache?: DenomUnit[];
  private settlementCache?: DenomUnit;

  constructor(readonly opts: GlobalOptions) {}

  keyring(): FileKeyring {
    return new FileKeyring(this.opts.home, this.opts.keyringBackend);
  }

  async comet(): Promise<CometClient> {
    if (!this.cometClient) {
      try {
        this.cometClient = await connectComet(this.opts.node);
      } catch (e) {
        throw new CliError(`cannot reach the node at ${this.opts.node}: ${(e as Error).message} (is it running? see --node)`, EXIT.network);
      }
    }
    return this.cometClient;
  }

  /** The node's chain id, checked against --chain-id when given. */
  async chainId(): Promise<string> {
    const status = await (await this.comet()).status();
    const actual = status.nodeInfo.network;
    if (this.opts.chainId && this.opts.chainId !== actual) throw new CliError(`--chain-id ${this.opts.chainId} does not match the node's chain id ${actual}`);
    return actual;
  }

  async height(): Promise<number> {
    return (await (await this.comet()).status()).syncInfo.latestBlockHeight;
  }

  /** A gRPC-path query; a non-zero code becomes a ChainError with the chain's codespace and code. */
  async query(path: string, data: Uint8Array, height?: number): Promise<{ value: Uint8Array; height: number }> {
    const comet = await this.comet();
    let r;
    try {
      r = await comet.abciQuery({ path, data, height });
    } catch (e) {
      throw new CliError(`query ${path} failed: ${(e as Error).message}`, EXIT.network);
    }
    if (r.code) throw new ChainError(r.codespace ?? '', r.code, r.log ?? '');
    return { value: r.value, height: r.height ?? 0 };
  }

  /** The denoms amounts may be written in: the collateral assets and the fee denom. */
  async units(): Promise<DenomUnit[]> {
    if (!this.unitsCache) {
      const r = QueryCollateralAssetsResponse.decode((await this.query('/settle.margin.v1.Query/CollateralAssets', QueryCollateralAssetsRequest.encode({}).finish())).value);
      this.unitsCache = [...r.assets.map((a) => ({ denom: a.denom, decimals: a.decimals })), FEE_DENOM_UNIT];
    }
    return this.unitsCache;
  }

  /** Margin's settlement denom (premiums, prices, fees), in which option prices are written. */
  async settlement(): Promise<DenomUnit> {
    if (!this.settlementCache) {
      const params = QueryParamsResponse.decode((await this.query('/settle.margin.v1.Query/Params', QueryParamsRequest.encode({}).finish())).value).params;
      const denom = params?.settlementDenom ?? '';
      const unit = (await this.units()).find((u) => u.denom === denom);
      if (!unit) throw new CliError(`the chain's settlement denom '${denom}' is not a listed collateral asset`);
      this.settlementCache = unit;
    }
    return this.settlementCache;
  }

  /** An address as given, or the address of a key in the keyring. */
  resolveAddress(text: string): string {
    if (isAddress(text)) return text;
    if (text.startsWith(`${BECH32_PREFIX}1`)) throw new CliError(`'${text}' is not a valid settle address`);
    return this.keyring().show(text).address;
  }

  /** The wallet of key `name`; the file backend asks for the passphrase. */
  async wallet(name: string): Promise<{ wallet: DirectSecp256k1HdWallet; address: string }> {
    const keyring = this.keyring();
    const address = keyring.show(name).address;
    const mnemonic = await keyring.mnemonic(name, () => readPassphrase(this.opts));
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: BECH32_PREFIX, hdPaths: [stringToPath(HD_PATH)] });
    return { wallet, address };
  }

  close(): void {
    this.cometClient?.disconnect();
  }
}
