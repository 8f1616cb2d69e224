import { QueryParamsRequest, QueryParamsResponse } from 'cosmjs-types/cosmos/consensus/v1/query';
import * as staking from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { Errors, type QueryHandler } from '../../chain/sdk';
import type { ConsensusKeeper } from './keeper';

/** The denom the staking view reports as bonded (the fee denom). */
export const STAKING_BOND_DENOM = 'usettle';

export function consensusQueries(keeper: ConsensusKeeper): Record<string, QueryHandler> {
  return {
    /**
     * cosmos.staking Params as a view of the fixed validator set (settle has no staking module), for
     * IBC relayers: the Go relayer derives the trusting period of its client of settle from
     * `unbonding_time` (85% of it). The unbonding time shown is the evidence max age (consensus params):
     * how long misbehaviour of this set stays punishable, which is what the light-client bound needs.
     * No historical entries (settle keeps no HistoricalInfo; ibc-go v8 counterparties do not ask).
     */
    '/cosmos.staking.v1beta1.Query/Params': (ctx, request) => {
      staking.QueryParamsRequest.decode(request);
      const params = keeper.params(ctx);
      if (!params?.evidence?.maxAgeDuration) throw Errors.notFound.wrap('consensus params are not set');
      return staking.QueryParamsResponse.encode({
        params: {
          unbondingTime: params.evidence.maxAgeDuration,
          maxValidators: keeper.validators(ctx).length,
          maxEntries: 0,
          historicalEntries: 0,
          bondDenom: STAKING_BOND_DENOM,
          minCommissionRate: '0',
        },
      }).finish();
    },
    /** The Cosmos SDK's x/consensus Params query: the consensus params set at genesis. */
    '/cosmos.consensus.v1.Query/Params': (ctx, request) => {
      QueryParamsRequest.decode(request);
      const params = keeper.params(ctx);
      if (!params) throw Errors.notFound.wrap('consensus params are not set');
      return QueryParamsResponse.encode({ params }).finish();
    },
  };
}
