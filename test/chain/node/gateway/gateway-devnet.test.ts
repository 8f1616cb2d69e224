/**
 * The LCD (REST) and gRPC gateways of a real devnet (compiled settled + real CometBFT + LevelDB),
 * checked against CometBFT's own RPC (abci_query, block, validators) at the same height, with CosmJS
 * signing the txs: REST answers render exactly the bytes abci_query returns; a tx is simulated and
 * broadcast through REST and found again by hash; a @grpc/grpc-js client reads a balance (latest and
 * historical, with the x-cosmos-block-height header), simulates and broadcasts a tx.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { create, createFileRegistry, fromBinary, fromJson, toBinary, toJson, type JsonValue } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema, FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { FileDescriptorProto } from 'cosmjs-types/google/protobuf/descriptor';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import * as authQuery from 'cosmjs-types/cosmos/auth/v1beta1/query';
import * as bankQuery from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { GetTxRequest, GetTxResponse, SimulateRequest, SimulateResponse, BroadcastTxRequest, BroadcastTxResponse, BroadcastMode } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import * as path from 'node:path';
import { devAccounts, type DevAccount } from '../../../../chain/node/dev-accounts';
import { methodCodecs, responseJson } from '../../../../chain/node/gateway';
import { makeTmpDir, removeDir } from '../../../helpers/tmpdir';
import * as fs from 'node:fs';
import { checkPrerequisites, freeBasePort, killAll, settled, settledRun, sleep, waitHeight, type Proc } from '../helpers';

jest.setTimeout(180_000);

let alice: DevAccount;
let bob: DevAccount;
let tmp: string;
let home: string;
let rpcUrl: string;
let lcd: string;
let grpcAddress: string;
let node: Proc;
let comet: CometClient;

beforeAll(async () => {
  checkPrerequisites();
  [alice, bob] = await devAccounts();
  tmp = makeTmpDir('gateway-devnet');
  home = path.join(tmp, 'devnet');
  const base = await freeBasePort(1);
  rpcUrl = `http://127.0.0.1:${base + 1}`;
  lcd = `http://127.0.0.1:${base + 6}`;
  grpcAddress = `127.0.0.1:${base + 7}`;
  node = settled(['devnet', '--home', home, '--base-port', String(base)], path.join(tmp, 'devnet.log'));
  await waitHeight(base + 1, 3, 60_000, node);
  comet = await connectComet(rpcUrl);
});

afterAll(async () => {
  comet?.disconnect();
  await killAll([home]);
  removeDir(tmp);
});

async function rest(route: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; height: string | null; body: any }> {
  const res = await fetch(`${lcd}${route}`, {
    method: init?.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, height: res.headers.get('x-cosmos-block-height'), body: await res.json() };
}

/** CometBFT's abci_query at `height`, rendered as the gateway renders the method's response. */
async function rpcJson(method: string, request: Uint8Array, height: number): Promise<{ height: number; json: unknown }> {
  const res = await comet.abciQuery({ path: method, data: request, height });
  expect(res.code).toBe(0);
  return { height: res.height ?? 0, json: responseJson(method, methodCodecs(method)!.response, res.value) };
}

async function latestHeight(): Promise<number> {
  return (await comet.status()).syncInfo.latestBlockHeight;
}

async function signedSend(from: DevAccount, to: string, amount: string, sequenceOffset = 0): Promise<Uint8Array> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(from.mnemonic, { prefix: 'settle' });
  const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet, { gasPrice: GasPrice.fromString('0.025usettle') });
  const account = await client.getSequence(from.address);
  const fee: StdFee = { amount: [{ denom: 'usettle', amount: '5000' }], gas: '200000' };
  const msg = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from.address, toAddress: to, amount: [{ denom: 'uusdc', amount }] }) };
  const raw = await client.sign(from.address, [msg], fee, '', {
    accountNumber: account.accountNumber,
    sequence: account.sequence + sequenceOffset,
    chainId: await client.getChainId(),
  });
  client.disconnect();
  return TxRaw.encode(raw).finish();
}

async function waitTx(hash: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = await comet.txSearch({ query: `tx.hash='${hash}'` });
    if (r.totalCount > 0) return;
    await sleep(200);
  }
  throw new Error(`tx ${hash} not included`);
}

describe('LCD (REST)', () => {
  test('module queries equal abci_query over CometBFT RPC at the same height (height from ?height= and from the header)', async () => {
    const h = (await latestHeight()) - 1;
    const cases: Array<[string, string, Uint8Array]> = [
      [`/cosmos/bank/v1beta1/balances/${alice.address}`, '/cosmos.bank.v1beta1.Query/AllBalances', bankQuery.QueryAllBalancesRequest.encode(bankQuery.QueryAllBalancesRequest.fromPartial({ address: alice.address })).finish()],
      [`/cosmos/bank/v1beta1/balances/${alice.address}/by_denom?denom=uusdc`, '/cosmos.bank.v1beta1.Query/Balance', bankQuery.QueryBalanceRequest.encode({ address: alice.address, denom: 'uusdc' }).finish()],
      ['/cosmos/bank/v1beta1/supply', '/cosmos.bank.v1beta1.Query/TotalSupply', bankQuery.QueryTotalSupplyRequest.encode({}).finish()],
      ['/cosmos/bank/v1beta1/supply/by_denom?denom=usettle', '/cosmos.bank.v1beta1.Query/SupplyOf', bankQuery.QuerySupplyOfRequest.encode({ denom: 'usettle' }).finish()],
      ['/cosmos/bank/v1beta1/params', '/cosmos.bank.v1beta1.Query/Params', bankQuery.QueryParamsRequest.encode({}).finish()],
      [`/cosmos/auth/v1beta1/accounts/${alice.address}`, '/cosmos.auth.v1beta1.Query/Account', authQuery.QueryAccountRequest.encode({ address: alice.address }).finish()],
      ['/cosmos/auth/v1beta1/params', '/cosmos.auth.v1beta1.Query/Params', authQuery.QueryParamsRequest.encode({}).finish()],
      ['/cosmos/auth/v1beta1/module_accounts', '/cosmos.auth.v1beta1.Query/ModuleAccounts', authQuery.QueryModuleAccountsRequest.encode({}).finish()],
      ['/cosmos/consensus/v1/params', '/cosmos.consensus.v1.Query/Params', new Uint8Array(0)],
      ['/settle/oracle/v1/markets', '/settle.oracle.v1.Query/Markets', new Uint8Array(0)],
      ['/settle/oracle/v1/params', '/settle.oracle.v1.Query/Params', new Uint8Array(0)],
      ['/settle/margin/v1/collateral_assets', '/settle.margin.v1.Query/CollateralAssets', new Uint8Array(0)],
      ['/settle/options/v1/params', '/settle.options.v1.Query/Params', new Uint8Array(0)],
    ];
    for (const [route, method, request] of cases) {
      const want = await rpcJson(method, request, h);
      expect(want.height).toBe(h);
      const byParam = await rest(`${route}${route.includes('?') ? '&' : '?'}height=${h}`);
      expect({ route, status: byParam.status, height: byParam.height }).toEqual({ route, status: 200, height: String(h) });
      expect(byParam.body).toEqual(want.json);
      const byHeader = await rest(route, { headers: { 'x-cosmos-block-height': String(h) } });
      expect(byHeader.body).toEqual(want.json);
    }
    // the SDK's JSON: snake_case, int64 as strings, Any with @type, defaults emitted
    const acc = await rest(`/cosmos/auth/v1beta1/accounts/${alice.address}?height=${h}`);
    expect(acc.body.account).toMatchObject({ '@type': '/cosmos.auth.v1beta1.BaseAccount', address: alice.address, account_number: expect.any(String), sequence: expect.any(String) });
    const bal = await rest(`/cosmos/bank/v1beta1/balances/${bob.address}/by_denom?denom=uusdc&height=${h}`);
    expect(bal.body).toEqual({ balance: { denom: 'uusdc', amount: bob.coins.find((c) => c.denom === 'uusdc')!.amount } });
  });

  test('CORS on the devnet: preflight answered, any origin allowed, the height header exposed', async () => {
    const pre = await fetch(`${lcd}/cosmos/bank/v1beta1/params`, { method: 'OPTIONS', headers: { origin: 'https://wallet.example', 'access-control-request-method': 'GET' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toContain('x-cosmos-block-height');
    const get = await fetch(`${lcd}/cosmos/bank/v1beta1/params`, { headers: { origin: 'https://wallet.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('access-control-expose-headers')).toBe('x-cosmos-block-height');
  });

  test('latest height by default; errors as the SDK gateway gives them', async () => {
    const r = await rest(`/cosmos/bank/v1beta1/balances/${alice.address}`);
    expect(r.status).toBe(200);
    expect(Number(r.height)).toBeGreaterThanOrEqual(3);

    const missing = await rest('/cosmos/auth/v1beta1/accounts/settle1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqzspgka');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: grpc.status.NOT_FOUND, details: [] });

    const future = await rest(`/cosmos/bank/v1beta1/params?height=${(await latestHeight()) + 1000}`);
    expect(future.status).toBe(400);
    expect(future.body.code).toBe(grpc.status.INVALID_ARGUMENT);

    expect((await rest('/cosmos/bank/v1beta1/params?height=abc')).status).toBe(400);
    expect((await rest('/cosmos/bank/v1beta1/balances/not-an-address')).status).toBe(400);
    expect((await rest('/cosmos/nothing/here')).status).toBe(404);
    expect((await rest('/cosmos/tx/v1beta1/simulate', { method: 'POST', body: { tx_bytes: '' } })).status).toBe(400);
  });

  test('node info, blocks and validator sets equal CometBFT RPC; staking shows the fixed set', async () => {
    const st = await comet.status();
    const info = await rest('/cosmos/base/tendermint/v1beta1/node_info');
    expect(info.body.default_node_info).toMatchObject({ network: st.nodeInfo.network, moniker: st.nodeInfo.moniker, version: st.nodeInfo.version });
    expect(info.body.application_version.name).toBe('settle');

    const h = (await latestHeight()) - 1;
    const block = await rest(`/cosmos/base/tendermint/v1beta1/blocks/${h}`);
    const rpcBlock = await comet.block(h);
    expect(block.body.block.header.height).toBe(String(h));
    expect(Buffer.from(block.body.block.header.app_hash, 'base64')).toEqual(Buffer.from(rpcBlock.block.header.appHash));
    expect(Buffer.from(block.body.block_id.hash, 'base64')).toEqual(Buffer.from(rpcBlock.blockId.hash));
    expect(block.body.sdk_block.header.proposer_address).toMatch(/^settlevalcons1/);
    expect(block.body.block.data.txs.length).toBe(rpcBlock.block.txs.length);
    const latest = await rest('/cosmos/base/tendermint/v1beta1/blocks/latest');
    expect(Number(latest.body.block.header.height)).toBeGreaterThanOrEqual(h);

    const vals = await rest('/cosmos/base/tendermint/v1beta1/validatorsets/latest');
    const rpcVals = await comet.validatorsAll();
    expect(vals.body.validators.length).toBe(rpcVals.validators.length);
    expect(vals.body.validators[0]).toMatchObject({ pub_key: { '@type': '/cosmos.crypto.ed25519.PubKey', key: Buffer.from(rpcVals.validators[0].pubkey!.data).toString('base64') }, voting_power: String(rpcVals.validators[0].votingPower) });

    const sv = await rest('/cosmos/staking/v1beta1/validators');
    expect(sv.body.validators).toHaveLength(rpcVals.validators.length);
    expect(sv.body.validators[0]).toMatchObject({ status: 'BOND_STATUS_BONDED', jailed: false, tokens: String(rpcVals.validators[0].votingPower), description: { moniker: st.nodeInfo.moniker } });
    const one = await rest(`/cosmos/staking/v1beta1/validators/${sv.body.validators[0].operator_address}`);
    expect(one.body.validator.operator_address).toBe(sv.body.validators[0].operator_address);
    // the app's answer (modules/consensus), the same over ABCI: unbonding time = the evidence max age (48 h)
    expect((await rest('/cosmos/staking/v1beta1/params')).body.params).toMatchObject({ bond_denom: 'usettle', unbonding_time: '172800s', max_validators: 1 });
    const pool = await rest('/cosmos/staking/v1beta1/pool');
    expect(pool.body.pool).toEqual({ bonded_tokens: String(rpcVals.validators.reduce((s, v) => s + v.votingPower, 0n)), not_bonded_tokens: '0' });
    expect((await rest(`/cosmos/staking/v1beta1/delegations/${alice.address}`)).body).toEqual({ delegation_responses: [], pagination: { next_key: null, total: '0' } });
    expect((await rest(`/cosmos/staking/v1beta1/delegators/${alice.address}/unbonding_delegations`)).body.unbonding_responses).toEqual([]);
    expect((await rest('/cosmos/staking/v1beta1/delegations/nobody')).status).toBe(400);
    expect((await rest('/cosmos/base/node/v1beta1/config')).body).toEqual({ minimum_gas_price: '', pruning_keep_recent: '0', pruning_interval: '0', halt_height: '0' });
    // LegacyDec fields as the SDK's JSON prints them; the set read at the requested height
    expect(sv.body.validators[0].delegator_shares).toBe(`${rpcVals.validators[0].votingPower}.000000000000000000`);
    expect(sv.body.validators[0].commission.commission_rates.rate).toBe('0.000000000000000000');
    const atTwo = await rest('/cosmos/staking/v1beta1/validators?height=2');
    expect(atTwo.height).toBe('2');
    expect(atTwo.body.validators.length).toBe((await comet.validators({ height: 2 })).total);
  });

  test('simulate and broadcast a tx through REST, then find it by hash (equal to abci_query GetTx)', async () => {
    const txBytes = await signedSend(alice, bob.address, '1234');
    const sim = await rest('/cosmos/tx/v1beta1/simulate', { method: 'POST', body: { tx_bytes: Buffer.from(txBytes).toString('base64') } });
    expect(sim.status).toBe(200);
    const rpcSim = SimulateResponse.decode((await comet.abciQuery({ path: '/cosmos.tx.v1beta1.Service/Simulate', data: SimulateRequest.encode({ txBytes }).finish() })).value);
    expect(sim.body.gas_info.gas_used).toBe(rpcSim.gasInfo!.gasUsed.toString());
    expect(Number(sim.body.gas_info.gas_used)).toBeGreaterThan(0);

    const sent = await rest('/cosmos/tx/v1beta1/txs', { method: 'POST', body: { tx_bytes: Buffer.from(txBytes).toString('base64'), mode: 'BROADCAST_MODE_SYNC' } });
    expect(sent.status).toBe(200);
    expect(sent.body.tx_response).toMatchObject({ code: 0, txhash: expect.stringMatching(/^[0-9A-F]{64}$/) });
    const hash: string = sent.body.tx_response.txhash;
    await waitTx(hash);

    const got = await rest(`/cosmos/tx/v1beta1/txs/${hash}`);
    expect(got.status).toBe(200);
    const want = await rpcJson('/cosmos.tx.v1beta1.Service/GetTx', GetTxRequest.encode({ hash }).finish(), Number(got.height));
    expect(got.body).toEqual(want.json);
    expect(got.body.tx.body.messages[0]).toEqual({ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: alice.address, to_address: bob.address, amount: [{ denom: 'uusdc', amount: '1234' }] });
    expect(got.body.tx_response).toMatchObject({ txhash: hash, code: 0, tx: { '@type': '/cosmos.tx.v1beta1.Tx' } });
    const decoded = GetTxResponse.decode((await comet.abciQuery({ path: '/cosmos.tx.v1beta1.Service/GetTx', data: GetTxRequest.encode({ hash }).finish() })).value);
    expect(got.body.tx_response.height).toBe(decoded.txResponse!.height.toString());

    // by events (CometBFT's tx_search, each tx from the app's index), as explorers list an account's txs
    const q = encodeURIComponent(`message.sender='${alice.address}'`);
    const listed = await rest(`/cosmos/tx/v1beta1/txs?query=${q}&order_by=ORDER_BY_DESC&limit=5`);
    expect(listed.status).toBe(200);
    const rpcFound = await comet.txSearchAll({ query: `message.sender='${alice.address}'` });
    expect(listed.body.total).toBe(String(rpcFound.totalCount));
    const mine = listed.body.tx_responses.find((t: { txhash: string }) => t.txhash === hash);
    expect(mine).toEqual(got.body.tx_response);
    expect(listed.body.txs.length).toBe(listed.body.tx_responses.length);
    expect((await rest('/cosmos/tx/v1beta1/txs')).status).toBe(400);

    // a duplicate is refused by CheckTx, answered with its code as the SDK does (HTTP 200)
    const again = await rest('/cosmos/tx/v1beta1/txs', { method: 'POST', body: { tx_bytes: Buffer.from(txBytes).toString('base64'), mode: 'BROADCAST_MODE_SYNC' } });
    expect(again.status).toBe(200);
    expect(again.body.tx_response.code).not.toBe(0);
  });
});

test('export-chain-info: the Keplr and chain-registry files point at this node, and its LCD answers for their chain id', async () => {
  const out = path.join(tmp, 'chain-info');
  expect(await settledRun(['export-chain-info', '--home', home, '--out-dir', out], path.join(tmp, 'export.log'))).toBe(0);
  const keplr = JSON.parse(fs.readFileSync(path.join(out, 'keplr-chain-info.json'), 'utf8'));
  const chain = JSON.parse(fs.readFileSync(path.join(out, 'chain.json'), 'utf8'));
  const assets = JSON.parse(fs.readFileSync(path.join(out, 'assetlist.json'), 'utf8'));
  expect(keplr).toMatchObject({ chainId: 'settle-devnet-1', rpc: rpcUrl, rest: lcd });
  expect(chain).toMatchObject({ chain_id: 'settle-devnet-1', network_type: 'devnet', apis: { rest: [{ address: lcd }], grpc: [{ address: grpcAddress }] } });
  const info = await fetch(`${chain.apis.rest[0].address}/cosmos/base/tendermint/v1beta1/node_info`).then((r) => r.json() as Promise<any>);
  expect(info.default_node_info.network).toBe(chain.chain_id);
  // every asset is a denom the chain reports metadata for
  const md = await rest('/cosmos/bank/v1beta1/denoms_metadata');
  expect(assets.assets.map((a: { base: string }) => a.base).sort()).toEqual(md.body.metadatas.map((m: { base: string }) => m.base).sort());
});

describe('gRPC (@grpc/grpc-js client)', () => {
  let client: grpc.Client;
  beforeAll(() => {
    client = new grpc.Client(grpcAddress, grpc.credentials.createInsecure());
  });
  afterAll(() => client.close());

  function unary(method: string, request: Uint8Array, height?: number): Promise<{ value: Buffer; height: string | undefined }> {
    const md = new grpc.Metadata();
    if (height !== undefined) md.set('x-cosmos-block-height', String(height));
    return new Promise((resolve, reject) => {
      let header: string | undefined;
      const call = client.makeUnaryRequest(
        method,
        (b: Buffer) => b,
        (b: Buffer) => b,
        Buffer.from(request),
        md,
        (err, value) => (err ? reject(err) : resolve({ value: value!, height: header })),
      );
      call.on('metadata', (m: grpc.Metadata) => (header = m.get('x-cosmos-block-height')[0] as string | undefined));
    });
  }

  test('reads a balance, latest and at a past height (equal to abci_query there)', async () => {
    const req = bankQuery.QueryBalanceRequest.encode({ address: alice.address, denom: 'usettle' }).finish();
    const latest = await unary('/cosmos.bank.v1beta1.Query/Balance', req);
    expect(Number(latest.height)).toBeGreaterThan(0);
    expect(bankQuery.QueryBalanceResponse.decode(latest.value).balance?.denom).toBe('usettle');

    const h = 2;
    const past = await unary('/cosmos.bank.v1beta1.Query/Balance', req, h);
    expect(past.height).toBe(String(h));
    const rpc = await comet.abciQuery({ path: '/cosmos.bank.v1beta1.Query/Balance', data: req, height: h });
    expect(Buffer.from(past.value)).toEqual(Buffer.from(rpc.value));
    expect(bankQuery.QueryBalanceResponse.decode(past.value).balance?.amount).toBe(alice.coins.find((c) => c.denom === 'usettle')!.amount);
  });

  test('simulates and broadcasts a tx', async () => {
    const txBytes = await signedSend(bob, alice.address, '77');
    const sim = SimulateResponse.decode((await unary('/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode({ txBytes }).finish())).value);
    expect(sim.gasInfo!.gasUsed).toBeGreaterThan(0n);
    expect(sim.result!.msgResponses[0].typeUrl).toBe('/cosmos.bank.v1beta1.MsgSendResponse');

    const sent = BroadcastTxResponse.decode((await unary('/cosmos.tx.v1beta1.Service/BroadcastTx', BroadcastTxRequest.encode({ txBytes, mode: BroadcastMode.BROADCAST_MODE_SYNC }).finish())).value);
    expect(sent.txResponse!.code).toBe(0);
    await waitTx(sent.txResponse!.txhash);
    const got = GetTxResponse.decode((await unary('/cosmos.tx.v1beta1.Service/GetTx', GetTxRequest.encode({ hash: sent.txResponse!.txhash }).finish())).value);
    expect(got.txResponse!.code).toBe(0);
  });

  test("server reflection lists and describes settle's query services and the cosmos.* ones", async () => {
    const proto = path.join(path.dirname(require.resolve('@grpc/reflection/package.json')), 'build/proto/grpc/reflection/v1alpha/reflection.proto');
    const pkg = grpc.loadPackageDefinition(protoLoader.loadSync(proto, { keepCase: true })) as any;
    const reflection = new pkg.grpc.reflection.v1alpha.ServerReflection(grpcAddress, grpc.credentials.createInsecure());
    const ask = (request: Record<string, string>): Promise<any> =>
      new Promise((resolve, reject) => {
        const call = reflection.ServerReflectionInfo();
        call.on('data', (res: unknown) => {
          resolve(res);
          call.end();
        });
        call.on('error', reject);
        call.write(request);
      });
    const listed = await ask({ list_services: '' });
    const names = listed.list_services_response.service.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['settle.margin.v1.Query', 'settle.options.v1.Query', 'settle.oracle.v1.Query']));
    const file = await ask({ file_containing_symbol: 'settle.oracle.v1.Query' });
    const descriptors = (file.file_descriptor_response.file_descriptor_proto as Buffer[]).map((b) => FileDescriptorProto.decode(b));
    const service = descriptors.flatMap((d) => d.service.map((s) => ({ pkg: d.package, s }))).find((x) => x.pkg === 'settle.oracle.v1' && x.s.name === 'Query');
    expect(service?.s.method.map((m) => m.name)).toEqual(expect.arrayContaining(['Price', 'Prices', 'Markets']));
    // the cosmos.* services, from the Cosmos SDK .proto files of @protobufs/cosmos (proto-loader
    // describes one file per package: cosmos_bank_v1beta1.proto)
    expect(names).toEqual(expect.arrayContaining(['cosmos.auth.v1beta1.Query', 'cosmos.bank.v1beta1.Query', 'cosmos.tx.v1beta1.Service', 'cosmos.base.tendermint.v1beta1.Service', 'cosmos.staking.v1beta1.Query']));
    const bankFile = await ask({ file_containing_symbol: 'cosmos.bank.v1beta1.Query' });
    const bank = (bankFile.file_descriptor_response.file_descriptor_proto as Buffer[]).map((b) => FileDescriptorProto.decode(b));
    const bankQuery = bank.find((d) => d.package === 'cosmos.bank.v1beta1');
    expect(bankQuery?.service[0]?.method.map((m) => m.name)).toEqual(expect.arrayContaining(['Balance', 'AllBalances', 'TotalSupply']));
    // with its imports, so a client can resolve every type (the pagination request, the Coin)
    expect(bank.map((d) => d.package)).toEqual(expect.arrayContaining(['cosmos.base.query.v1beta1', 'cosmos.base.v1beta1']));
    const tx = await ask({ file_containing_symbol: 'cosmos.tx.v1beta1.Service' });
    const txFiles = (tx.file_descriptor_response.file_descriptor_proto as Buffer[]).map((b) => FileDescriptorProto.decode(b));
    expect(txFiles.find((d) => d.package === 'cosmos.tx.v1beta1')?.service[0]?.method.map((m) => m.name)).toEqual(expect.arrayContaining(['Simulate', 'GetTx', 'BroadcastTx']));

    // as grpcurl uses it: the files of a service (and, by file name, any import not sent along) make a
    // strict registry (@bufbuild/protobuf), which encodes a request from JSON and decodes the answer
    const registryFor = async (symbol: string) => {
      const files = new Map<string, ReturnType<typeof fromBinary<typeof FileDescriptorProtoSchema>>>();
      const add = (r: any) => {
        for (const b of r.file_descriptor_response.file_descriptor_proto as Buffer[]) {
          const f = fromBinary(FileDescriptorProtoSchema, b);
          files.set(f.name, f);
        }
      };
      add(await ask({ file_containing_symbol: symbol }));
      for (let missing = [...files.values()].flatMap((f) => f.dependency).filter((d) => !files.has(d)); missing.length; missing = [...files.values()].flatMap((f) => f.dependency).filter((d) => !files.has(d))) {
        add(await ask({ file_by_filename: missing[0]! }));
      }
      const ordered: ReturnType<typeof fromBinary<typeof FileDescriptorProtoSchema>>[] = [];
      const visit = (name: string, seen = new Set<string>()) => {
        if (seen.has(name) || ordered.some((f) => f.name === name)) return;
        seen.add(name);
        files.get(name)!.dependency.forEach((d) => visit(d, seen));
        ordered.push(files.get(name)!);
      };
      for (const name of files.keys()) visit(name);
      return createFileRegistry(create(FileDescriptorSetSchema, { file: ordered }));
    };
    const callByName = async (symbol: string, method: string, request: JsonValue) => {
      const registry = await registryFor(symbol);
      const service = registry.getService(symbol)!;
      const m = service.methods.find((x) => x.name === method)!;
      const answer = await unary(`/${symbol}/${method}`, toBinary(m.input, fromJson(m.input, request)));
      return toJson(m.output, fromBinary(m.output, answer.value));
    };
    expect(await callByName('cosmos.bank.v1beta1.Query', 'Balance', { address: bob.address, denom: 'uusdc' })).toEqual({ balance: { denom: 'uusdc', amount: expect.stringMatching(/^\d+$/) } });
    const latest = (await callByName('cosmos.base.tendermint.v1beta1.Service', 'GetLatestBlock', {})) as { block: { header: { chainId: string; time: string } } };
    expect(latest.block.header.chainId).toBe('settle-devnet-1');
    expect(latest.block.header.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await callByName('settle.oracle.v1.Query', 'Price', { market: 'BTC/USD' })).toMatchObject({ price: { price: { market: 'BTC/USD' } } });
    reflection.close();
  });

  test('errors carry gRPC status codes', async () => {
    await expect(unary('/cosmos.auth.v1beta1.Query/Account', authQuery.QueryAccountRequest.encode({ address: 'settle1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqzspgka' }).finish())).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
    await expect(unary('/cosmos.bank.v1beta1.Query/Params', new Uint8Array(0), 1_000_000)).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(unary('/cosmos.nothing.v1.Query/Nothing', new Uint8Array(0))).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
    // bytes that are not the request message: refused, and the node keeps answering
    const garbage = Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    await expect(unary('/cosmos.tx.v1beta1.Service/BroadcastTx', garbage)).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(unary('/cosmos.staking.v1beta1.Query/Validator', garbage)).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(unary('/cosmos.bank.v1beta1.Query/Balance', garbage)).rejects.toMatchObject({ code: expect.any(Number) });
    expect(Number((await unary('/cosmos.bank.v1beta1.Query/Params', new Uint8Array(0))).height)).toBeGreaterThan(0);
  });
});
