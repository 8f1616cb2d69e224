import { QueryParamsRequest, QueryParamsResponse } from 'cosmjs-types/cosmos/consensus/v1/query';
import type { QueryHandler } from '../../chain/app';
import { Errors } from '../../chain/errors';
import { ConsensusKeeper, STORE_NAME } from './keeper';

export function consensusQueries(keeper: ConsensusKeeper): Record<string, QueryHandler> {
  return {
    /** The Cosmos SDK's x/consensus Params query: the consensus params set at genesis. */
    '/cosmos.consensus.v1.Query/Params': (ctx, request) => {
      QueryParamsRequest.decode(request);
      const params = keeper.params(ctx.store(STORE_NAME));
      if (!params) throw Errors.notFound.wrap('consensus params are not set');
      return QueryParamsResponse.encode({ params }).finish();
    },
  };
}
