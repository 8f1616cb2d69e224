/**
 * The Cosmos SDK .proto files of the cosmos.* services the gateway serves, for gRPC reflection: from
 * the npm package @protobufs/cosmos (cosmology's proto registry, with its gogoproto, cosmos_proto,
 * amino, google and tendermint siblings), loaded once with @grpc/proto-loader. They are the Cosmos
 * SDK v0.46 definitions: methods and fields added since (bank's SpendableBalanceByDenom, auth's
 * AccountInfo, consensus' Params, …) are served but not described. Undefined when the package is
 * not installed.
 */
import * as path from 'node:path';
import * as protoLoader from '@grpc/proto-loader';

/** One file per cosmos.* service the gateway serves (their imports are loaded with them). */
export const COSMOS_SERVICE_FILES = [
  'cosmos/auth/v1beta1/query.proto',
  'cosmos/bank/v1beta1/query.proto',
  'cosmos/tx/v1beta1/service.proto',
  'cosmos/base/tendermint/v1beta1/query.proto',
  'cosmos/staking/v1beta1/query.proto',
];

let cached: protoLoader.PackageDefinition | null | undefined;
let failure = '';

/** The include directory holding `cosmos/`, `gogoproto/`, `google/`, …: node_modules/@protobufs. */
function includeDir(): string {
  return path.dirname(path.dirname(require.resolve('@protobufs/cosmos/package.json')));
}

export function cosmosProtos(): protoLoader.PackageDefinition | undefined {
  if (cached === undefined) {
    try {
      cached = protoLoader.loadSync(COSMOS_SERVICE_FILES, { includeDirs: [includeDir()], keepCase: true });
    } catch (err) {
      failure = (err as Error).message;
      cached = null;
    }
  }
  return cached ?? undefined;
}

/** Why cosmosProtos() is undefined ('' when it is not). */
export function cosmosProtosError(): string {
  return failure;
}
