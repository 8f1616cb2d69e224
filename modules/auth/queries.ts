import {
  AddressBytesToStringRequest,
  AddressBytesToStringResponse,
  AddressStringToBytesRequest,
  AddressStringToBytesResponse,
  Bech32PrefixRequest,
  Bech32PrefixResponse,
  QueryAccountInfoRequest,
  QueryAccountInfoResponse,
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryModuleAccountsRequest,
  QueryModuleAccountsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { ACCOUNT_PREFIX, accountAddress, addressBytes, Errors, type QueryHandler } from '../../chain/sdk';
import { Account, accountToAny, AuthKeeper, pubKeyAny } from './keeper';

/** The error a gRPC NotFound becomes in the SDK's ABCI query path; CosmJS matches "rpc error: code = NotFound". */
export function notFound(what: string) {
  return Errors.keyNotFound.wrap(`rpc error: code = NotFound desc = ${what}`);
}

function requireAddress(address: string): Uint8Array {
  if (!address) throw Errors.invalidRequest.wrap('address cannot be empty');
  return addressBytes(address);
}

function baseInfo(a: Account) {
  return { address: a.address, pubKey: a.pubKey ? pubKeyAny(a.pubKey) : undefined, accountNumber: a.accountNumber, sequence: a.sequence };
}

/** cosmos.auth.v1beta1.Query, the methods CosmJS and wallets use. */
export function authQueries(keeper: AuthKeeper): Record<string, QueryHandler> {
  return {
    '/cosmos.auth.v1beta1.Query/Account': (ctx, request) => {
      const req = QueryAccountRequest.decode(request);
      requireAddress(req.address);
      const a = keeper.getAccount(ctx, req.address);
      if (!a) throw notFound(`account ${req.address} not found`);
      return QueryAccountResponse.encode({ account: accountToAny(a) }).finish();
    },

    '/cosmos.auth.v1beta1.Query/Accounts': (ctx, request) => {
      const req = QueryAccountsRequest.decode(request);
      const page = keeper.accountsPage(ctx, req.pagination);
      return QueryAccountsResponse.encode({ accounts: page.items, pagination: page.pagination }).finish();
    },

    '/cosmos.auth.v1beta1.Query/Params': (ctx, request) => {
      QueryParamsRequest.decode(request);
      return QueryParamsResponse.encode({ params: keeper.params(ctx) }).finish();
    },

    '/cosmos.auth.v1beta1.Query/ModuleAccounts': (ctx, request) => {
      QueryModuleAccountsRequest.decode(request);
      const names = keeper.moduleAccountSpecs().map((m) => m.name).sort();
      const accounts: Any[] = [];
      for (const name of names) {
        const a = keeper.getAccount(ctx, keeper.moduleAddress(name));
        if (a) accounts.push(accountToAny(a));
      }
      return QueryModuleAccountsResponse.encode({ accounts }).finish();
    },

    '/cosmos.auth.v1beta1.Query/ModuleAccountByName': (ctx, request) => {
      const req = QueryModuleAccountByNameRequest.decode(request);
      if (!req.name) throw Errors.invalidRequest.wrap('module name cannot be empty');
      let address: string;
      try {
        address = keeper.moduleAddress(req.name);
      } catch {
        throw notFound(`account ${req.name} not found`);
      }
      const a = keeper.getAccount(ctx, address);
      if (!a) throw notFound(`account ${req.name} not found`);
      return QueryModuleAccountByNameResponse.encode({ account: accountToAny(a) }).finish();
    },

    '/cosmos.auth.v1beta1.Query/Bech32Prefix': (_ctx, request) => {
      Bech32PrefixRequest.decode(request);
      return Bech32PrefixResponse.encode({ bech32Prefix: ACCOUNT_PREFIX }).finish();
    },

    '/cosmos.auth.v1beta1.Query/AddressBytesToString': (_ctx, request) => {
      const req = AddressBytesToStringRequest.decode(request);
      const n = req.addressBytes.length;
      if (n === 0) throw Errors.invalidRequest.wrap('empty address bytes is not allowed');
      if (n !== 20 && n !== 32) throw Errors.invalidAddress.wrap(`address is ${n} bytes, expected 20 or 32`);
      return AddressBytesToStringResponse.encode({ addressString: accountAddress(req.addressBytes) }).finish();
    },

    '/cosmos.auth.v1beta1.Query/AddressStringToBytes': (_ctx, request) => {
      const req = AddressStringToBytesRequest.decode(request);
      if (!req.addressString) throw Errors.invalidRequest.wrap('empty address string is not allowed');
      return AddressStringToBytesResponse.encode({ addressBytes: addressBytes(req.addressString) }).finish();
    },

    '/cosmos.auth.v1beta1.Query/AccountInfo': (ctx, request) => {
      const req = QueryAccountInfoRequest.decode(request);
      requireAddress(req.address);
      const a = keeper.getAccount(ctx, req.address);
      if (!a) throw notFound(`account ${req.address} not found`);
      return QueryAccountInfoResponse.encode({ info: baseInfo(a) }).finish();
    },
  };
}
