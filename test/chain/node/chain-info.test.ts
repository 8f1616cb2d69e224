/**
 * Chain-registry chain.json / assetlist.json and Keplr's ChainInfo from a settle genesis: every field
 * the chain-registry schema (and its CI validation) and Keplr's experimentalSuggestChain require.
 */
import { chainName, keplrChainInfo, registryAssetList, registryChainJson, type ChainInfoInput } from '../../../chain/node/chain-info';
import { defaultAppState } from '../../../chain/node/modules';

const genesis = { chain_id: 'settle-devnet-1', app_state: defaultAppState() };
const input: ChainInfoInput = {
  genesis,
  rpc: 'http://127.0.0.1:26657',
  rest: 'http://127.0.0.1:1317',
  grpc: '127.0.0.1:9090',
  networkType: 'devnet',
  gasPrices: { low: 0.01, average: 0.025, high: 0.04 },
};

function requireFields(obj: Record<string, any>, fields: string[], where: string): void {
  for (const f of fields) {
    const v = f.split('.').reduce<any>((o, k) => (o === undefined ? undefined : o[k]), obj);
    if (v === undefined || v === null || v === '') throw new Error(`${where}: missing ${f}`);
  }
}

test('chain_name is lower-case letters and digits', () => {
  expect(chainName('settle-devnet-1')).toBe('settledevnet');
  expect(chainName('settle-1')).toBe('settle');
  expect(chainName('Settle_Test.net-7')).toMatch(/^[a-z0-9]+$/);
});

test('chain.json has the chain-registry fields of a cosmos chain', () => {
  const c = registryChainJson(input) as Record<string, any>;
  requireFields(c, ['$schema', 'chain_name', 'chain_type', 'chain_id', 'bech32_prefix', 'status', 'network_type', 'pretty_name', 'slip44', 'daemon_name', 'node_home', 'key_algos', 'fees.fee_tokens', 'staking.staking_tokens', 'apis.rpc', 'apis.rest', 'apis.grpc', 'codebase.recommended_version'], 'chain.json');
  expect(c.chain_name).toMatch(/^[a-z0-9]+$/);
  expect(c.chain_type).toBe('cosmos');
  expect(['live', 'upcoming', 'killed']).toContain(c.status);
  expect(['mainnet', 'testnet', 'devnet']).toContain(c.network_type);
  expect(c).toMatchObject({ chain_id: 'settle-devnet-1', bech32_prefix: 'settle', slip44: 118 });
  expect(c.fees.fee_tokens[0]).toEqual({ denom: 'usettle', fixed_min_gas_price: 0.01, low_gas_price: 0.01, average_gas_price: 0.025, high_gas_price: 0.04 });
  expect(c.apis).toEqual({ rpc: [{ address: input.rpc, provider: 'settle' }], rest: [{ address: input.rest, provider: 'settle' }], grpc: [{ address: input.grpc, provider: 'settle' }] });
});

test('assetlist.json lists every denom of the genesis denom metadata with its units', () => {
  const a = registryAssetList(input) as Record<string, any>;
  requireFields(a, ['$schema', 'chain_name', 'assets'], 'assetlist.json');
  const bank = (genesis.app_state as any).bank.denom_metadata as Array<{ base: string }>;
  expect(a.assets.map((x: { base: string }) => x.base)).toEqual(bank.map((m) => m.base));
  for (const asset of a.assets) {
    requireFields(asset, ['denom_units', 'base', 'name', 'display', 'symbol', 'type_asset'], `asset ${asset.base}`);
    expect(asset.type_asset).toBe('sdk.coin');
    // the base unit has exponent 0 and the display unit is one of the units (chain-registry validation)
    expect(asset.denom_units.find((u: { denom: string }) => u.denom === asset.base).exponent).toBe(0);
    expect(asset.denom_units.map((u: { denom: string }) => u.denom)).toContain(asset.display);
  }
});

test("Keplr's ChainInfo has what experimentalSuggestChain requires", () => {
  const k = keplrChainInfo(input) as Record<string, any>;
  requireFields(k, ['chainId', 'chainName', 'rpc', 'rest', 'bip44.coinType', 'bech32Config', 'currencies', 'feeCurrencies', 'stakeCurrency'], 'ChainInfo');
  expect(k.bech32Config).toEqual({
    bech32PrefixAccAddr: 'settle',
    bech32PrefixAccPub: 'settlepub',
    bech32PrefixValAddr: 'settlevaloper',
    bech32PrefixValPub: 'settlevaloperpub',
    bech32PrefixConsAddr: 'settlevalcons',
    bech32PrefixConsPub: 'settlevalconspub',
  });
  expect(k.stakeCurrency).toEqual({ coinDenom: 'SETTLE', coinMinimalDenom: 'usettle', coinDecimals: 6 });
  expect(k.feeCurrencies).toEqual([{ coinDenom: 'SETTLE', coinMinimalDenom: 'usettle', coinDecimals: 6, gasPriceStep: { low: 0.01, average: 0.025, high: 0.04 } }]);
  for (const c of k.currencies) {
    expect(Object.keys(c).sort()).toEqual(['coinDecimals', 'coinDenom', 'coinMinimalDenom']);
    expect(Number.isInteger(c.coinDecimals)).toBe(true);
  }
  expect(k.currencies.map((c: { coinMinimalDenom: string }) => c.coinMinimalDenom)).toContain('uusdc');
});

test('a genesis without the fee denom in its metadata is refused', () => {
  expect(() => registryAssetList({ ...input, genesis: { chain_id: 'x-1', app_state: { bank: { denom_metadata: [] } } } })).toThrow(/fee denom usettle/);
});
