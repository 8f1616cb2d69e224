/**
 * The REST paths of the LCD, each bound to the gRPC method it calls, as the SDK's `google.api.http`
 * annotations bind them (cosmos.*), and in the same style for settle's own query services.
 * `{name}` is one path segment, a field of the request message.
 */
export interface LcdRoute {
  method: 'GET' | 'POST';
  pattern: string;
  grpc: string;
}

const get = (pattern: string, grpc: string): LcdRoute => ({ method: 'GET', pattern, grpc });
const post = (pattern: string, grpc: string): LcdRoute => ({ method: 'POST', pattern, grpc });

const AUTH = '/cosmos.auth.v1beta1.Query';
const BANK = '/cosmos.bank.v1beta1.Query';
const TX = '/cosmos.tx.v1beta1.Service';
const TM = '/cosmos.base.tendermint.v1beta1.Service';
const STAKING = '/cosmos.staking.v1beta1.Query';
const MARGIN = '/settle.margin.v1.Query';
const OPTIONS = '/settle.options.v1.Query';
const ORACLE = '/settle.oracle.v1.Query';

export const LCD_ROUTES: LcdRoute[] = [
  get('/cosmos/auth/v1beta1/accounts', `${AUTH}/Accounts`),
  get('/cosmos/auth/v1beta1/accounts/{address}', `${AUTH}/Account`),
  get('/cosmos/auth/v1beta1/account_info/{address}', `${AUTH}/AccountInfo`),
  get('/cosmos/auth/v1beta1/params', `${AUTH}/Params`),
  get('/cosmos/auth/v1beta1/module_accounts', `${AUTH}/ModuleAccounts`),
  get('/cosmos/auth/v1beta1/module_accounts/{name}', `${AUTH}/ModuleAccountByName`),
  get('/cosmos/auth/v1beta1/bech32', `${AUTH}/Bech32Prefix`),

  get('/cosmos/bank/v1beta1/balances/{address}', `${BANK}/AllBalances`),
  get('/cosmos/bank/v1beta1/balances/{address}/by_denom', `${BANK}/Balance`),
  get('/cosmos/bank/v1beta1/spendable_balances/{address}', `${BANK}/SpendableBalances`),
  get('/cosmos/bank/v1beta1/spendable_balances/{address}/by_denom', `${BANK}/SpendableBalanceByDenom`),
  get('/cosmos/bank/v1beta1/supply', `${BANK}/TotalSupply`),
  get('/cosmos/bank/v1beta1/supply/by_denom', `${BANK}/SupplyOf`),
  get('/cosmos/bank/v1beta1/params', `${BANK}/Params`),
  get('/cosmos/bank/v1beta1/denoms_metadata', `${BANK}/DenomsMetadata`),
  get('/cosmos/bank/v1beta1/denoms_metadata/{denom}', `${BANK}/DenomMetadata`),
  get('/cosmos/bank/v1beta1/denoms_metadata_by_query_string', `${BANK}/DenomMetadataByQueryString`),
  get('/cosmos/bank/v1beta1/send_enabled', `${BANK}/SendEnabled`),

  get('/cosmos/consensus/v1/params', '/cosmos.consensus.v1.Query/Params'),

  post('/cosmos/tx/v1beta1/simulate', `${TX}/Simulate`),
  post('/cosmos/tx/v1beta1/txs', `${TX}/BroadcastTx`),
  get('/cosmos/tx/v1beta1/txs/{hash}', `${TX}/GetTx`),
  get('/cosmos/tx/v1beta1/txs', `${TX}/GetTxsEvent`),

  get('/cosmos/base/tendermint/v1beta1/node_info', `${TM}/GetNodeInfo`),
  get('/cosmos/base/tendermint/v1beta1/syncing', `${TM}/GetSyncing`),
  get('/cosmos/base/tendermint/v1beta1/blocks/latest', `${TM}/GetLatestBlock`),
  get('/cosmos/base/tendermint/v1beta1/blocks/{height}', `${TM}/GetBlockByHeight`),
  get('/cosmos/base/tendermint/v1beta1/validatorsets/latest', `${TM}/GetLatestValidatorSet`),
  get('/cosmos/base/tendermint/v1beta1/validatorsets/{height}', `${TM}/GetValidatorSetByHeight`),
  get('/cosmos/base/tendermint/v1beta1/abci_query', `${TM}/ABCIQuery`),

  get('/cosmos/staking/v1beta1/params', `${STAKING}/Params`),
  get('/cosmos/staking/v1beta1/validators', `${STAKING}/Validators`),
  get('/cosmos/staking/v1beta1/validators/{validator_addr}', `${STAKING}/Validator`),
  get('/cosmos/staking/v1beta1/pool', `${STAKING}/Pool`),
  get('/cosmos/staking/v1beta1/delegations/{delegator_addr}', `${STAKING}/DelegatorDelegations`),
  get('/cosmos/staking/v1beta1/delegators/{delegator_addr}/unbonding_delegations', `${STAKING}/DelegatorUnbondingDelegations`),

  get('/cosmos/base/node/v1beta1/config', '/cosmos.base.node.v1beta1.Service/Config'),

  get('/settle/margin/v1/params', `${MARGIN}/Params`),
  get('/settle/margin/v1/collateral_assets', `${MARGIN}/CollateralAssets`),
  get('/settle/margin/v1/subaccounts/{owner}', `${MARGIN}/Subaccounts`),
  get('/settle/margin/v1/subaccounts/{owner}/{number}', `${MARGIN}/Subaccount`),
  get('/settle/margin/v1/health/{owner}/{number}', `${MARGIN}/Health`),

  get('/settle/options/v1/params', `${OPTIONS}/Params`),
  get('/settle/options/v1/instruments', `${OPTIONS}/Instruments`),
  get('/settle/options/v1/instruments/{id}', `${OPTIONS}/Instrument`),
  get('/settle/options/v1/book/{instrument_id}', `${OPTIONS}/Book`),
  get('/settle/options/v1/orders/{id}', `${OPTIONS}/Order`),
  get('/settle/options/v1/orders_by_subaccount/{owner}/{subaccount}', `${OPTIONS}/OrdersBySubaccount`),
  get('/settle/options/v1/market_stats/{instrument_id}', `${OPTIONS}/MarketStats`),
  get('/settle/options/v1/mmp/{owner}/{subaccount}/{underlying}', `${OPTIONS}/Mmp`),
  get('/settle/options/v1/rfqs', `${OPTIONS}/Rfqs`),
  get('/settle/options/v1/settlement_prices/{underlying}', `${OPTIONS}/SettlementPrices`),

  get('/settle/oracle/v1/params', `${ORACLE}/Params`),
  get('/settle/oracle/v1/markets', `${ORACLE}/Markets`),
  get('/settle/oracle/v1/prices', `${ORACLE}/Prices`),
  get('/settle/oracle/v1/prices/{market}', `${ORACLE}/Price`),
  get('/settle/oracle/v1/twap/{market}', `${ORACLE}/Twap`),
  get('/settle/oracle/v1/vol_surface/{market}', `${ORACLE}/VolSurface`),
];

/** The route and its path parameters for a request, or undefined. Literal segments win over `{params}`. */
export function matchRoute(method: string, path: string, routes: LcdRoute[] = LCD_ROUTES): { route: LcdRoute; params: Record<string, string> } | undefined {
  const segs = path.replace(/\/+$/, '').split('/');
  let best: { route: LcdRoute; params: Record<string, string>; literals: number } | undefined;
  for (const route of routes) {
    if (route.method !== method) continue;
    const pat = route.pattern.split('/');
    if (pat.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    for (let i = 0; i < pat.length && ok; i++) {
      const p = /^\{(\w+)\}$/.exec(pat[i]);
      if (p) {
        if (segs[i] === '') ok = false;
        else params[p[1]] = decodeURIComponent(segs[i]);
      } else if (pat[i] === segs[i]) literals++;
      else ok = false;
    }
    if (ok && (!best || literals > best.literals)) best = { route, params, literals };
  }
  return best && { route: best.route, params: best.params };
}
