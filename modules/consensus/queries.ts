import { QueryParamsRequest, QueryParamsResponse } from 'cosmjs-types/cosmos/consensus/v1/query';
import { Errors, type QueryHandler } from '../../chain/sdk';
import type { ConsensusKeeper } from './keeper';

export function consensusQueries(keeper: ConsensusKeeper): Record<string, QueryHandler> {
  return {
    /** The Cosmos SDK's x/consensus Params query: the consensus params set at genesis. */
    '/cosmos.consensus.v1.Query/Params': (ctx, request) => {
      QueryParamsRequest.decode(request);
      const params = keeper.params(ctx);
      if (!params) throw Errors.notFound.wrap('consensus params are not set');
      return QueryParamsResponse.encode({ params }).finish();
    },
  };
}
