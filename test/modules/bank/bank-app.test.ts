import { Secp256k1Wallet } from '@cosmjs/amino';
import { DirectSecp256k1Wallet, OfflineSigner } from '@cosmjs/proto-signing';
import { SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySendEnabledRequest,
  QuerySendEnabledResponse,
  QuerySpendableBalanceByDenomRequest,
  QuerySpendableBalanceByDenomResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { SettleApp } from '../../../chain/app';
import { TxPipeline } from '../../../chain/tx';
import { defaultGenesis as authDefaultGenesis } from '../../../modules/auth/genesis';
import { moduleAddress } from '../../../modules/auth/keeper';
import { defaultGenesis } from '../../../modules/bank/genesis';
import { sha256 } from '../../../chain/store/hash';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { addr, block, CHAIN_ID, dump, initChainRequest, openApp, query, rawQuery, startChain } from '../helpers';

const alice = addr('alice');
const bob = addr('bob');
const coin = (amount: string | number, denom: string) => ({ denom, amount: String(amount) });

function cometFor(app: SettleApp) {
  return {
    abciQuery: async (p: { path: string; data: Uint8Array; height?: number }) => {
      const r = await app.query({ path: p.path, data: p.data, height: BigInt(p.height ?? 0), prove: false });
      return { code: r.code, codespace: r.codespace, log: r.log, key: r.key, value: r.value, height: Number(r.height), index: 0, info: '' };
    },
  };
}

function appState(balances: { address: string; coins: { denom: string; amount: string }[] }[], accounts: object[] = [], bank: object = {}) {
  return { auth: { ...authDefaultGenesis(), accounts }, bank: { ...defaultGenesis(), balances, ...bank } };
}

describe('bank module in the app', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTmpDir('bank-app');
  });
  afterEach(() => removeDir(dir));

  test('Balance, AllBalances, SpendableBalances, TotalSupply, SupplyOf with pagination; CosmJS reads them', async () => {
    const { app } = await openApp(dir);
    const denoms = ['ua1x', 'ub2x', 'uc3x', 'ud4x', 'usettle', 'uusdc'];
    await startChain(app, appState([{ address: alice, coins: denoms.map((d, i) => coin(i + 1, d)) }, { address: bob, coins: [coin(7, 'uusdc')] }]));

    const b = await query(app, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest, { address: alice, denom: 'uusdc' }, QueryBalanceResponse);
    expect(b.balance).toEqual(coin(6, 'uusdc'));
    const zero = await query(app, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest, { address: addr('nobody'), denom: 'uusdc' }, QueryBalanceResponse);
    expect(zero.balance).toEqual(coin(0, 'uusdc'));
    const byDenom = await query(app, '/cosmos.bank.v1beta1.Query/SpendableBalanceByDenom', QuerySpendableBalanceByDenomRequest, { address: bob, denom: 'uusdc' }, QuerySpendableBalanceByDenomResponse);
    expect(byDenom.balance).toEqual(coin(7, 'uusdc'));

    const all = await query(app, '/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest, { address: alice }, QueryAllBalancesResponse);
    expect(all.balances).toEqual(denoms.map((d, i) => coin(i + 1, d)));
    expect(all.pagination?.total).toBe(6n);
    const seen: string[] = [];
    let key: Uint8Array = new Uint8Array(0);
    do {
      const page = await query(app, '/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest, { address: alice, pagination: { key, limit: 4n } }, QueryAllBalancesResponse);
      seen.push(...page.balances.map((c) => c.denom));
      key = page.pagination!.nextKey;
    } while (key.length > 0);
    expect(seen).toEqual(denoms);
    const spendable = await query(app, '/cosmos.bank.v1beta1.Query/SpendableBalances', QuerySpendableBalancesRequest, { address: alice, pagination: { offset: 4n, limit: 1n, countTotal: true } }, QuerySpendableBalancesResponse);
    expect(spendable.balances).toEqual([coin(5, 'usettle')]);
    expect(spendable.pagination?.total).toBe(6n);
    expect(Buffer.from(spendable.pagination!.nextKey).toString()).toBe('uusdc');

    const supply = await query(app, '/cosmos.bank.v1beta1.Query/TotalSupply', QueryTotalSupplyRequest, { pagination: { limit: 2n, reverse: true } }, QueryTotalSupplyResponse);
    expect(supply.supply).toEqual([coin(13, 'uusdc'), coin(5, 'usettle')]);
    expect(Buffer.from(supply.pagination!.nextKey).toString()).toBe('ud4x');
    const of = await query(app, '/cosmos.bank.v1beta1.Query/SupplyOf', QuerySupplyOfRequest, { denom: 'uusdc' }, QuerySupplyOfResponse);
    expect(of.amount).toEqual(coin(13, 'uusdc'));
    const none = await query(app, '/cosmos.bank.v1beta1.Query/SupplyOf', QuerySupplyOfRequest, { denom: 'unone' }, QuerySupplyOfResponse);
    expect(none.amount).toEqual(coin(0, 'unone'));

    const client = StargateClient.create(cometFor(app) as never);
    expect(await client.getBalance(alice, 'uusdc')).toEqual(coin(6, 'uusdc'));
    expect(await client.getBalance(bob, 'usettle')).toEqual(coin(0, 'usettle'));
    expect(await client.getAllBalances(alice)).toEqual(denoms.map((d, i) => coin(i + 1, d)));
    await app.close();
  });

  test('DenomMetadata (NotFound log), DenomsMetadata, Params, SendEnabled; invalid requests', async () => {
    const { app } = await openApp(dir);
    await startChain(app, appState([], [], { send_enabled: [{ denom: 'uusdc', enabled: true }, { denom: 'ufoo', enabled: false }] }));
    const m = await query(app, '/cosmos.bank.v1beta1.Query/DenomMetadata', QueryDenomMetadataRequest, { denom: 'uusdc' }, QueryDenomMetadataResponse);
    expect([m.metadata.display, m.metadata.denomUnits.map((u) => [u.denom, u.exponent])]).toEqual([
      'usdc',
      [
        ['uusdc', 0],
        ['usdc', 6],
      ],
    ]);
    const missing = await rawQuery(app, '/cosmos.bank.v1beta1.Query/DenomMetadata', QueryDenomMetadataRequest.encode({ denom: 'uatom' }).finish());
    expect([missing.codespace, missing.code, missing.log]).toEqual(['sdk', 22, 'rpc error: code = NotFound desc = client metadata for denom uatom: key not found']);
    const all = await query(app, '/cosmos.bank.v1beta1.Query/DenomsMetadata', QueryDenomsMetadataRequest, { pagination: { limit: 1n } }, QueryDenomsMetadataResponse);
    expect(all.metadatas.map((x) => x.base)).toEqual(['usettle']);
    expect(Buffer.from(all.pagination!.nextKey).toString()).toBe('uusdc');

    const params = await query(app, '/cosmos.bank.v1beta1.Query/Params', QueryParamsRequest, {}, QueryParamsResponse);
    expect(params.params).toEqual({ sendEnabled: [], defaultSendEnabled: true });
    const se = await query(app, '/cosmos.bank.v1beta1.Query/SendEnabled', QuerySendEnabledRequest, {}, QuerySendEnabledResponse);
    expect(se.sendEnabled).toEqual([
      { denom: 'ufoo', enabled: false },
      { denom: 'uusdc', enabled: true },
    ]);
    const some = await query(app, '/cosmos.bank.v1beta1.Query/SendEnabled', QuerySendEnabledRequest, { denoms: ['uusdc', 'ubar'] }, QuerySendEnabledResponse);
    expect(some.sendEnabled).toEqual([{ denom: 'uusdc', enabled: true }]);

    const cases: [string, Uint8Array, number, RegExp][] = [
      ['/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address: '', denom: 'uusdc' }).finish(), 18, /^address cannot be empty: invalid request$/],
      ['/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address: 'settle1zzz', denom: 'uusdc' }).finish(), 7, /invalid address/],
      ['/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address: alice, denom: '' }).finish(), 18, /denom cannot be empty/],
      ['/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address: alice, denom: '9bad' }).finish(), 18, /invalid denom: "9bad"/],
      ['/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode({ address: '', resolveDenom: false }).finish(), 18, /address cannot be empty/],
      ['/cosmos.bank.v1beta1.Query/SupplyOf', QuerySupplyOfRequest.encode({ denom: 'x' }).finish(), 18, /invalid denom/],
      ['/cosmos.bank.v1beta1.Query/DenomMetadata', QueryDenomMetadataRequest.encode({ denom: '' }).finish(), 18, /denom cannot be empty/],
      [
        '/cosmos.bank.v1beta1.Query/TotalSupply',
        QueryTotalSupplyRequest.encode({ pagination: { key: Buffer.from('u'), offset: 1n, limit: 0n, countTotal: false, reverse: false } }).finish(),
        18,
        /either offset or key/,
      ],
    ];
    for (const [path, data, code, log] of cases) {
      const r = await rawQuery(app, path, data);
      expect([path, r.codespace, r.code]).toEqual([path, 'sdk', code]);
      expect(r.log).toMatch(log);
    }
    await app.close();
  });

  test('genesis → blocks → export → import gives the same bank and auth stores; invariants hold', async () => {
    const { app } = await openApp(dir);
    await startChain(app, appState([{ address: alice, coins: [coin(100, 'usettle')] }], [{ address: alice, account_number: '0' }]));
    expect(app.checkInvariants()).toEqual([]);
    const exported = JSON.parse(JSON.stringify(app.exportGenesis()));
    const original = { auth: dump(app.storeAt('auth', 1)), bank: dump(app.storeAt('bank', 1)) };
    await app.close();
    const dir2 = makeTmpDir('bank-app-import');
    const { app: imported } = await openApp(dir2);
    await imported.initChain(initChainRequest(exported));
    expect({ auth: dump(imported.workingStore('auth')), bank: dump(imported.workingStore('bank')) }).toEqual(original);
    await imported.close();
    removeDir(dir2);
  });

  test('InitChain refuses a bank genesis whose supply does not match', async () => {
    const { app } = await openApp(dir);
    await expect(app.initChain(initChainRequest(appState([{ address: alice, coins: [coin(5, 'uusdc')] }], [], { supply: [coin(4, 'uusdc')] })))).rejects.toThrow(
      /genesis supply is incorrect, expected 5uusdc, got 4uusdc/,
    );
    await app.close();
  });

  describe('signed transactions through the tx pipeline', () => {
    const alicePriv = sha256(Buffer.from('alice private key'));
    const fee = { amount: [coin(200, 'usettle')], gas: '200000' };

    async function signed(signer: OfflineSigner, messages: { typeUrl: string; value: object }[], accountNumber: number, sequence: number): Promise<Uint8Array> {
      const client = await SigningStargateClient.offline(signer);
      const [{ address }] = await signer.getAccounts();
      const raw = await client.sign(address, messages, fee, 'memo', { accountNumber: BigInt(accountNumber), sequence, chainId: CHAIN_ID });
      return TxRaw.encode(raw).finish();
    }

    test('MsgSend and MsgMultiSend signed DIRECT and LEGACY_AMINO_JSON: fees, balances, accounts, events', async () => {
      const direct = await DirectSecp256k1Wallet.fromKey(alicePriv, 'settle');
      const amino = await Secp256k1Wallet.fromKey(alicePriv, 'settle');
      const [{ address: a }] = await direct.getAccounts();
      const { app } = await openApp(dir, { txProcessor: (m) => new TxPipeline({ modules: m.modules, accounts: m.auth.keeper, fees: m.bank.keeper }) });
      await startChain(app, appState([{ address: a, coins: [coin(10_000, 'usettle'), coin(1_000, 'uusdc')] }], [{ address: a, account_number: '0' }]));
      const fc = moduleAddress('fee_collector');

      const send = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: a, toAddress: bob, amount: [coin(100, 'uusdc')] } };
      const multi = {
        typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend',
        value: { inputs: [{ address: a, coins: [coin(30, 'uusdc')] }], outputs: [{ address: bob, coins: [coin(10, 'uusdc')] }, { address: addr('carol'), coins: [coin(20, 'uusdc')] }] },
      };
      const blocked = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: a, toAddress: fc, amount: [coin(1, 'uusdc')] } };
      const txs = [await signed(direct, [send], 0, 0), await signed(amino, [multi], 0, 1), await signed(direct, [blocked], 0, 2)];
      const fb = await app.finalizeBlock(block(2, txs));
      await app.commit({});
      expect(fb.txResults.map((r) => [r.code, r.codespace])).toEqual([
        [0, ''],
        [0, ''],
        [4, 'sdk'],
      ]);
      expect(fb.txResults[2].log).toContain(`${fc} is not allowed to receive funds: unauthorized`);
      const events = fb.txResults[0].events.map((e) => [e.type, e.attributes.map((x) => `${x.key}=${x.value}`).join(' ')]);
      expect(events).toEqual([
        ['coin_spent', `spender=${a} amount=200usettle`],
        ['coin_received', `receiver=${fc} amount=200usettle`],
        ['transfer', `recipient=${fc} sender=${a} amount=200usettle`],
        ['message', `sender=${a}`],
        ['tx', `fee=200usettle fee_payer=${a}`],
        ['tx', `acc_seq=${a}/0`],
        ['tx', expect.stringMatching(/^signature=/)],
        ['message', `action=/cosmos.bank.v1beta1.MsgSend sender=${a} module=bank msg_index=0`],
        ['coin_spent', `spender=${a} amount=100uusdc msg_index=0`],
        ['coin_received', `receiver=${bob} amount=100uusdc msg_index=0`],
        ['transfer', `recipient=${bob} sender=${a} amount=100uusdc msg_index=0`],
        ['message', `sender=${a} msg_index=0`],
      ]);

      const client = StargateClient.create(cometFor(app) as never);
      expect(await client.getAllBalances(a)).toEqual([coin(10_000 - 600, 'usettle'), coin(1_000 - 130, 'uusdc')]);
      expect(await client.getBalance(bob, 'uusdc')).toEqual(coin(110, 'uusdc'));
      expect(await client.getBalance(fc, 'usettle')).toEqual(coin(600, 'usettle'));
      // bob (6) and carol (7) got accounts when they first received coins; fee_collector, margin, insurance, bridge and transfer are 1 to 5
      expect((await client.getAccount(bob))?.accountNumber).toBe(6n);
      expect((await client.getAccount(addr('carol')))?.accountNumber).toBe(7n);
      expect((await client.getSequence(a)).sequence).toBe(3); // the failed tx still used its sequence
      expect(app.checkInvariants()).toEqual([]);

      // an unpayable fee: rejected by CheckTx with the bank's insufficient-funds log, nothing changes
      const poor = await DirectSecp256k1Wallet.fromKey(sha256(Buffer.from('poor')), 'settle');
      const [{ address: p }] = await poor.getAccounts();
      const check = await app.checkTx({ tx: await signed(poor, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: p, toAddress: bob, amount: [coin(1, 'uusdc')] } }], 0, 0), type: 0 });
      expect([check.code, check.codespace]).toEqual([9, 'sdk']); // no account yet
      const fund = await signed(direct, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: a, toAddress: p, amount: [coin(100, 'usettle')] } }], 0, 3);
      await app.finalizeBlock(block(3, [fund]));
      await app.commit({});
      const broke = await app.checkTx({ tx: await signed(poor, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: p, toAddress: bob, amount: [coin(1, 'usettle')] } }], 4, 0), type: 0 });
      expect([broke.code, broke.codespace, broke.log]).toEqual([5, 'sdk', 'spendable balance 100usettle is smaller than 200usettle: insufficient funds']);

      // the state the txs built (public keys, sequences, new accounts, fees) survives export → import
      const exported = JSON.parse(JSON.stringify(app.exportGenesis(3)));
      const stores = (read: (name: string) => Parameters<typeof dump>[0]) => ({ auth: dump(read('auth')), bank: dump(read('bank')) });
      const original = stores((n) => app.storeAt(n, 3));
      await app.close();
      const dir2 = makeTmpDir('bank-app-import');
      const { app: imported } = await openApp(dir2);
      await imported.initChain(initChainRequest(exported));
      expect(stores((n) => imported.workingStore(n))).toEqual(original);
      await imported.close();
      removeDir(dir2);
    });
  });
});
