/**
 * The gateway's JSON is the Cosmos SDK gateway's: snake_case names, defaults emitted, 64-bit integers
 * as strings, bytes as base64, enums by name, Any expanded with @type, Timestamps in RFC 3339 and
 * Durations as "<s>s"; and REST paths bind to the right gRPC methods.
 */
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { QueryParamsResponse as ConsensusParams } from 'cosmjs-types/cosmos/consensus/v1/query';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { GetTxRequest } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { QuerySubaccountResponse } from '../../../../proto/gen/settle/margin/v1/query';
import { methodCodecs } from '../../../../chain/node/gateway/codecs';
import { matchRoute } from '../../../../chain/node/gateway/lcd-routes';
import { anyJson, bytesJson, messageFromJson, queryParamsObject, responseJson, timestampJson } from '../../../../chain/node/gateway/proto-json';
import { QueryInstrumentsResponse } from '../../../../proto/gen/settle/options/v1/query';
import { MsgPlaceOrder } from '../../../../proto/gen/settle/options/v1/tx';
import { OptionKind, Side } from '../../../../proto/gen/settle/options/v1/types';

test('an account: Any expanded with @type, nested Any public key, uint64 as strings', () => {
  const key = new Uint8Array(33).fill(2);
  const account = BaseAccount.encode({ address: 'settle1abc', pubKey: { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key }).finish() }, accountNumber: 7n, sequence: 0n }).finish();
  const bytes = QueryAccountResponse.encode({ account: { typeUrl: '/cosmos.auth.v1beta1.BaseAccount', value: account } }).finish();
  expect(bytesJson(QueryAccountResponse, bytes)).toEqual({
    account: {
      '@type': '/cosmos.auth.v1beta1.BaseAccount',
      address: 'settle1abc',
      pub_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: Buffer.from(key).toString('base64') },
      account_number: '7',
      sequence: '0',
    },
  });
});

test('empty bytes as null, as the SDK prints pagination.next_key', () => {
  const codecs = methodCodecs('/cosmos.bank.v1beta1.Query/AllBalances')!;
  const bytes = codecs.response.encode(codecs.response.fromPartial({ balances: [{ denom: 'usettle', amount: '5' }], pagination: { nextKey: new Uint8Array(0), total: 1n } })).finish();
  expect(bytesJson(codecs.response, bytes)).toEqual({ balances: [{ denom: 'usettle', amount: '5' }], pagination: { next_key: null, total: '1' } });
});

test('durations as "<s>s", absent messages as null', () => {
  const bytes = ConsensusParams.encode({ params: { evidence: { maxAgeNumBlocks: 100000n, maxAgeDuration: { seconds: 172800n, nanos: 0 }, maxBytes: 1048576n } } }).finish();
  expect(bytesJson(ConsensusParams, bytes)).toEqual({
    params: { block: null, evidence: { max_age_num_blocks: '100000', max_age_duration: '172800s', max_bytes: '1048576' }, validator: null, version: null, abci: null },
  });
});

test("settle's messages (ts-proto omits defaults in toJSON) get every field", () => {
  const bytes = QuerySubaccountResponse.encode(QuerySubaccountResponse.fromPartial({ subaccount: { subaccount: { owner: 'settle1x', number: 0 } } })).finish();
  const json = bytesJson(QuerySubaccountResponse, bytes) as any;
  expect(json.subaccount.subaccount).toMatchObject({ owner: 'settle1x', number: 0 });
  expect(json.subaccount.collateral).toEqual([]);
  expect(json.subaccount.positions).toEqual([]);
});

test("settle's messages from their .proto descriptors: every field, enums by name even at zero, int64 as strings", () => {
  const bytes = QueryInstrumentsResponse.encode(QueryInstrumentsResponse.fromPartial({ instruments: [{ id: 'BTC-1', expiry: 5n, kind: OptionKind.OPTION_KIND_CALL }, { id: 'BTC-2' }] })).finish();
  const json = responseJson('/settle.options.v1.Query/Instruments', methodCodecs('/settle.options.v1.Query/Instruments')!.response, bytes) as any;
  expect(json.instruments[0]).toMatchObject({ id: 'BTC-1', expiry: '5', kind: 'OPTION_KIND_CALL', underlying: '' });
  expect(json.instruments[1]).toMatchObject({ id: 'BTC-2', expiry: '0', kind: 'OPTION_KIND_UNSPECIFIED', status: 'INSTRUMENT_STATUS_UNSPECIFIED' });
  // the same keys as the codec-driven rendering (which cannot name a zero enum)
  const generic = bytesJson(QueryInstrumentsResponse, bytes) as any;
  expect(Object.keys(json.instruments[1]).sort()).toEqual(Object.keys(generic.instruments[1]).sort());
  // a settle message inside an Any (a tx's messages)
  const msg = MsgPlaceOrder.encode(MsgPlaceOrder.fromPartial({ owner: 'settle1x', order: { instrumentId: 'BTC-1', side: Side.SIDE_BUY } })).finish();
  expect(anyJson('/settle.options.v1.MsgPlaceOrder', msg)).toMatchObject({ '@type': '/settle.options.v1.MsgPlaceOrder', owner: 'settle1x', order: { instrument_id: 'BTC-1', side: 'SIDE_BUY' } });
});

test('timestamps: 0, 3, 6 or 9 fractional digits as Go prints them', () => {
  expect(timestampJson(0n, 0)).toBe('1970-01-01T00:00:00Z');
  expect(timestampJson(1n, 500_000_000)).toBe('1970-01-01T00:00:01.500Z');
  expect(timestampJson(1n, 123_456_789)).toBe('1970-01-01T00:00:01.123456789Z');
  expect(timestampJson(1n, 1_000)).toBe('1970-01-01T00:00:01.000001Z');
});

test('requests from query strings and bodies: nested keys, booleans, snake_case', () => {
  const params = queryParamsObject(new URLSearchParams('pagination.limit=5&pagination.count_total=false&height=3'), ['height']);
  expect(params).toEqual({ pagination: { limit: '5', count_total: false } });
  const codecs = methodCodecs('/cosmos.bank.v1beta1.Query/AllBalances')!;
  const req = messageFromJson(codecs.request, { ...params, address: 'settle1x' });
  expect(req).toMatchObject({ address: 'settle1x', pagination: { limit: 5n, countTotal: false } });
  expect(messageFromJson(GetTxRequest, { hash: 'AB' })).toEqual({ hash: 'AB' });
});

test('REST paths bind to the SDK methods; literal segments win over parameters', () => {
  expect(matchRoute('GET', '/cosmos/bank/v1beta1/balances/settle1x/by_denom')).toEqual({ route: expect.objectContaining({ grpc: '/cosmos.bank.v1beta1.Query/Balance' }), params: { address: 'settle1x' } });
  expect(matchRoute('GET', '/cosmos/base/tendermint/v1beta1/blocks/latest')?.route.grpc).toBe('/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock');
  expect(matchRoute('GET', '/cosmos/base/tendermint/v1beta1/blocks/12')).toMatchObject({ params: { height: '12' } });
  expect(matchRoute('POST', '/cosmos/tx/v1beta1/txs')?.route.grpc).toBe('/cosmos.tx.v1beta1.Service/BroadcastTx');
  expect(matchRoute('GET', '/cosmos/tx/v1beta1/txs')?.route.grpc).toBe('/cosmos.tx.v1beta1.Service/GetTxsEvent');
  expect(matchRoute('DELETE', '/cosmos/tx/v1beta1/txs')).toBeUndefined();
  expect(matchRoute('GET', '/cosmos/bank/v1beta1/balances/')).toBeUndefined();
  for (const r of ['/cosmos.auth.v1beta1.Query/Account', '/settle.oracle.v1.Query/Price', '/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo', '/cosmos.staking.v1beta1.Query/Validators']) {
    expect(methodCodecs(r)).toBeDefined();
  }
});
