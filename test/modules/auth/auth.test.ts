import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { accountFromAny, StargateClient } from '@cosmjs/stargate';
import { BaseAccount, ModuleAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
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
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { Any } from 'cosmjs-types/google/protobuf/any';
import type { SettleApp } from '../../../chain/app';
import { AppError } from '../../../chain/errors';
import { validateGenesis, exportGenesis, initGenesis, defaultGenesis } from '../../../modules/auth/genesis';
import { AuthKeeper, BASE_ACCOUNT_TYPE, encodeAccount, FEE_COLLECTOR_NAME, MODULE_ACCOUNT_TYPE, moduleAddress } from '../../../modules/auth/keeper';
import { accountKey, Keys, STORE_NAME } from '../../../modules/auth/keys';
import { accountNumbersInvariant, authModule } from '../../../modules/auth/module';
import { addressBytes } from '../../../chain/address';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { addr, dump, expectFailure, Harness, initChainRequest, openApp, query, rawQuery, startChain, testKeys } from '../helpers';

const PUBKEY = Buffer.concat([Buffer.from([0x02]), Buffer.alloc(32, 7)]);
const alice = addr('alice');
const bob = addr('bob');

function genesisWith(accounts: object[], extra: object = {}) {
  return { ...defaultGenesis(), accounts, ...extra };
}

/** A CometClient stand-in that answers abci_query from the app, for CosmJS's query clients. */
function cometFor(app: SettleApp) {
  return {
    abciQuery: async (p: { path: string; data: Uint8Array; height?: number; prove?: boolean }) => {
      const r = await app.query({ path: p.path, data: p.data, height: BigInt(p.height ?? 0), prove: false });
      return { code: r.code, codespace: r.codespace, log: r.log, key: r.key, value: r.value, height: Number(r.height), index: 0, info: '' };
    },
  };
}

describe('auth module', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTmpDir('auth');
  });
  afterEach(() => removeDir(dir));

  test("module addresses are the SDK's: sha256(name)[:20] (the Hub's fee collector)", () => {
    // the fee collector of every Cosmos SDK chain, e.g. on the Cosmos Hub
    const hub = fromBech32('cosmos17xpfvakm2amg962yls6f84z3kell8c5lserqta').data;
    expect(moduleAddress(FEE_COLLECTOR_NAME)).toBe(toBech32('settle', hub));
  });

  test('default genesis: fee_collector module account, params, fee denom; CosmJS parses the accounts', async () => {
    const { app } = await openApp(dir);
    await startChain(app);
    const fc = moduleAddress(FEE_COLLECTOR_NAME);
    const res = await query(app, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest, { address: fc }, QueryAccountResponse);
    expect(res.account?.typeUrl).toBe(MODULE_ACCOUNT_TYPE);
    const m = ModuleAccount.decode(res.account!.value);
    expect(m).toEqual({ baseAccount: { address: fc, pubKey: undefined, accountNumber: 0n, sequence: 0n }, name: 'fee_collector', permissions: [] });
    expect(accountFromAny(res.account!)).toEqual({ address: fc, pubkey: null, accountNumber: 0n, sequence: 0 });

    const params = await query(app, '/cosmos.auth.v1beta1.Query/Params', QueryParamsRequest, {}, QueryParamsResponse);
    expect(params.params).toEqual({ maxMemoCharacters: 256n, txSigLimit: 7n, txSizeCostPerByte: 10n, sigVerifyCostEd25519: 590n, sigVerifyCostSecp256k1: 1000n });
    expect(app.exportGenesis().auth).toEqual({
      params: { max_memo_characters: '256', tx_sig_limit: '7', tx_size_cost_per_byte: '10', sig_verify_cost_ed25519: '590', sig_verify_cost_secp256k1: '1000' },
      fee_denom: 'usettle',
      accounts: [
        // settle's other module accounts (the bridge's and ICS-20's minter/burner, the margin module's collateral, the insurance fund), in address order with fee_collector
        { '@type': MODULE_ACCOUNT_TYPE, base_account: { address: moduleAddress('bridge'), pub_key: null, account_number: '3', sequence: '0' }, name: 'bridge', permissions: ['minter', 'burner'] },
        { '@type': MODULE_ACCOUNT_TYPE, base_account: { address: moduleAddress('transfer'), pub_key: null, account_number: '4', sequence: '0' }, name: 'transfer', permissions: ['minter', 'burner'] },
        { '@type': MODULE_ACCOUNT_TYPE, base_account: { address: moduleAddress('margin'), pub_key: null, account_number: '1', sequence: '0' }, name: 'margin', permissions: [] },
        { '@type': MODULE_ACCOUNT_TYPE, base_account: { address: moduleAddress('insurance'), pub_key: null, account_number: '2', sequence: '0' }, name: 'insurance', permissions: [] },
        { '@type': MODULE_ACCOUNT_TYPE, base_account: { address: fc, pub_key: null, account_number: '0', sequence: '0' }, name: 'fee_collector', permissions: [] },
      ],
    });
    expect(app.checkInvariants()).toEqual([]);
    await app.close();
  });

  test('genesis accounts keep their numbers; module accounts follow the highest; StargateClient reads them', async () => {
    const { app } = await openApp(dir, { modules: { moduleAccounts: [{ name: 'margin', permissions: [] }] } });
    await startChain(app, {
      auth: genesisWith([
        { '@type': BASE_ACCOUNT_TYPE, address: alice, pub_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: PUBKEY.toString('base64') }, account_number: '3', sequence: '9' },
        { address: bob, account_number: '0', sequence: '0' }, // "@type" and pub_key are optional
      ]),
    });
    const client = StargateClient.create(cometFor(app) as never);
    const a = await client.getAccount(alice);
    expect(a).toEqual({ address: alice, pubkey: { type: 'tendermint/PubKeySecp256k1', value: PUBKEY.toString('base64') }, accountNumber: 3n, sequence: 9 });
    expect(await client.getSequence(bob)).toEqual({ accountNumber: 0n, sequence: 0 });
    // the missing account: CosmJS recognises the NotFound log and answers null
    expect(await client.getAccount(addr('nobody'))).toBeNull();

    const fc = await client.getAccount(moduleAddress('fee_collector'));
    const margin = await client.getAccount(moduleAddress('margin'));
    expect([fc?.accountNumber, margin?.accountNumber]).toEqual([4n, 5n]);
    expect(app.checkInvariants()).toEqual([]);
    await app.close();
  });

  test('Account: NotFound log that CosmJS recognises, invalid requests', async () => {
    const { app } = await openApp(dir);
    await startChain(app);
    const missing = addr('missing');
    const r = await rawQuery(app, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address: missing }).finish());
    expect([r.codespace, r.code]).toEqual(['sdk', 22]);
    expect(r.log).toBe(`rpc error: code = NotFound desc = account ${missing} not found: key not found`);
    expect(r.height).toBe(1n);

    const empty = await rawQuery(app, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address: '' }).finish());
    expect([empty.codespace, empty.code, empty.log]).toEqual(['sdk', 18, 'address cannot be empty: invalid request']);
    const bad = await rawQuery(app, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address: 'cosmos1xyz' }).finish());
    expect([bad.codespace, bad.code]).toEqual(['sdk', 7]);
    const info = await rawQuery(app, '/cosmos.auth.v1beta1.Query/AccountInfo', QueryAccountInfoRequest.encode({ address: missing }).finish());
    expect(info.log).toMatch(/^rpc error: code = NotFound desc = account settle1\w+ not found: key not found$/);
    const garbage = await rawQuery(app, '/cosmos.auth.v1beta1.Query/Account', Buffer.from([0xff, 0xff, 0xff]));
    expect(garbage.code).not.toBe(0);
    await app.close();
  });

  test('Accounts: key pagination, offset with count_total, reverse, key and offset together refused', async () => {
    const { app } = await openApp(dir);
    const accounts = Array.from({ length: 7 }, (_, i) => ({ address: addr(`acc${i}`), account_number: String(i + 1), sequence: '0' }));
    await startChain(app, { auth: genesisWith(accounts) });
    const all = await query(app, '/cosmos.auth.v1beta1.Query/Accounts', QueryAccountsRequest, {}, QueryAccountsResponse);
    expect(all.accounts).toHaveLength(12); // + fee_collector, margin, insurance, bridge and transfer
    expect(all.pagination?.total).toBe(12n); // no limit given: the SDK counts the total
    expect(all.pagination?.nextKey).toHaveLength(0);
    const order = all.accounts.map((a) => accountFromAny(a).address);
    const sorted = [...order].sort((x, y) => Buffer.compare(Buffer.from(addressBytes(x)), Buffer.from(addressBytes(y))));
    expect(order).toEqual(sorted); // key (address byte) order

    const seen: string[] = [];
    let key: Uint8Array = new Uint8Array(0);
    for (let page = 0; page < 10; page++) {
      const r = await query(app, '/cosmos.auth.v1beta1.Query/Accounts', QueryAccountsRequest, { pagination: { key, limit: 3n } }, QueryAccountsResponse);
      seen.push(...r.accounts.map((a) => accountFromAny(a).address));
      expect(r.pagination?.total).toBe(0n);
      key = r.pagination!.nextKey;
      if (key.length === 0) break;
    }
    expect(seen).toEqual(order);

    const offset = await query(app, '/cosmos.auth.v1beta1.Query/Accounts', QueryAccountsRequest, { pagination: { offset: 6n, limit: 5n, countTotal: true } }, QueryAccountsResponse);
    expect(offset.accounts.map((a) => accountFromAny(a).address)).toEqual(order.slice(6, 11));
    expect(offset.pagination?.total).toBe(12n);
    const mid = await query(app, '/cosmos.auth.v1beta1.Query/Accounts', QueryAccountsRequest, { pagination: { offset: 2n, limit: 2n } }, QueryAccountsResponse);
    expect(mid.accounts.map((a) => accountFromAny(a).address)).toEqual(order.slice(2, 4));
    expect(Buffer.from(mid.pagination!.nextKey)).toEqual(Buffer.from(addressBytes(order[4])));

    const rev = await query(app, '/cosmos.auth.v1beta1.Query/Accounts', QueryAccountsRequest, { pagination: { limit: 3n, reverse: true } }, QueryAccountsResponse);
    expect(rev.accounts.map((a) => accountFromAny(a).address)).toEqual([...order].reverse().slice(0, 3));
    const revKey = await query(
      app,
      '/cosmos.auth.v1beta1.Query/Accounts',
      QueryAccountsRequest,
      { pagination: { key: rev.pagination!.nextKey, limit: 10n, reverse: true } },
      QueryAccountsResponse,
    );
    expect(revKey.accounts.map((a) => accountFromAny(a).address)).toEqual([...order].reverse().slice(3));

    const both = await rawQuery(app, '/cosmos.auth.v1beta1.Query/Accounts', QueryAccountsRequest.encode({ pagination: { key: Buffer.from('a'), offset: 1n, limit: 1n, countTotal: false, reverse: false } }).finish());
    expect([both.codespace, both.code]).toEqual(['sdk', 18]);
    expect(both.log).toMatch(/either offset or key is expected, got both/);
    await app.close();
  });

  test('ModuleAccounts, ModuleAccountByName, Bech32Prefix, address conversions, AccountInfo', async () => {
    const { app } = await openApp(dir, { modules: { moduleAccounts: [{ name: 'margin', permissions: [] }, { name: 'mint', permissions: ['minter'] }] } });
    await startChain(app, { auth: genesisWith([{ address: alice, account_number: '0', pub_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: PUBKEY.toString('base64') } }]) });
    const mods = await query(app, '/cosmos.auth.v1beta1.Query/ModuleAccounts', QueryModuleAccountsRequest, {}, QueryModuleAccountsResponse);
    expect(mods.accounts.map((a) => ModuleAccount.decode(a.value).name)).toEqual(['bridge', 'fee_collector', 'insurance', 'margin', 'mint', 'transfer']);
    expect(ModuleAccount.decode(mods.accounts[4].value).permissions).toEqual(['minter']);

    const byName = await query(app, '/cosmos.auth.v1beta1.Query/ModuleAccountByName', QueryModuleAccountByNameRequest, { name: 'margin' }, QueryModuleAccountByNameResponse);
    expect(ModuleAccount.decode(byName.account!.value).baseAccount?.address).toBe(moduleAddress('margin'));
    const unknown = await rawQuery(app, '/cosmos.auth.v1beta1.Query/ModuleAccountByName', QueryModuleAccountByNameRequest.encode({ name: 'nope' }).finish());
    expect([unknown.code, unknown.log]).toEqual([22, 'rpc error: code = NotFound desc = account nope not found: key not found']);
    const noName = await rawQuery(app, '/cosmos.auth.v1beta1.Query/ModuleAccountByName', QueryModuleAccountByNameRequest.encode({ name: '' }).finish());
    expect(noName.code).toBe(18);

    const prefix = await query(app, '/cosmos.auth.v1beta1.Query/Bech32Prefix', Bech32PrefixRequest, {}, Bech32PrefixResponse);
    expect(prefix.bech32Prefix).toBe('settle');
    const toStr = await query(app, '/cosmos.auth.v1beta1.Query/AddressBytesToString', AddressBytesToStringRequest, { addressBytes: addressBytes(alice) }, AddressBytesToStringResponse);
    expect(toStr.addressString).toBe(alice);
    const toBytes = await query(app, '/cosmos.auth.v1beta1.Query/AddressStringToBytes', AddressStringToBytesRequest, { addressString: alice }, AddressStringToBytesResponse);
    expect(Buffer.from(toBytes.addressBytes)).toEqual(Buffer.from(addressBytes(alice)));
    const badBytes = await rawQuery(app, '/cosmos.auth.v1beta1.Query/AddressBytesToString', AddressBytesToStringRequest.encode({ addressBytes: Buffer.alloc(5) }).finish());
    expect(badBytes.code).toBe(7);

    const info = await query(app, '/cosmos.auth.v1beta1.Query/AccountInfo', QueryAccountInfoRequest, { address: alice }, QueryAccountInfoResponse);
    expect(info.info?.address).toBe(alice);
    expect(PubKey.decode(info.info!.pubKey!.value).key).toEqual(Uint8Array.from(PUBKEY));
    await app.close();
  });

  describe('keeper', () => {
    let h: Harness;
    let keeper: AuthKeeper;
    beforeEach(async () => {
      h = await Harness.open(dir);
      keeper = authModule(testKeys.auth, { moduleAccounts: [{ name: 'margin', permissions: [] }] }).keeper;
      initGenesis(keeper, h.ctx(), genesisWith([{ address: alice, account_number: '0' }]));
    });
    afterEach(() => h.close());

    test('AccountKeeper: signer accounts, sequence and public key, tx params', () => {
      const ctx = h.ctx();
      expect(keeper.getSignerAccount(ctx, alice)).toEqual({ address: alice, accountNumber: 0n, sequence: 0n, pubKey: undefined });
      expect(keeper.getSignerAccount(ctx, bob)).toBeUndefined();
      keeper.setSequenceAndPubKey(ctx, alice, 1n, PUBKEY);
      keeper.setSequenceAndPubKey(ctx, alice, 2n, undefined); // keeps the key
      expect(keeper.getSignerAccount(ctx, alice)).toEqual({ address: alice, accountNumber: 0n, sequence: 2n, pubKey: Uint8Array.from(PUBKEY) });
      const stored = h.state.store(STORE_NAME).get(accountKey(addressBytes(alice)))!;
      const any = Any.decode(stored);
      expect(any.typeUrl).toBe(BASE_ACCOUNT_TYPE);
      expect(BaseAccount.decode(any.value)).toEqual({
        address: alice,
        pubKey: { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: PUBKEY }).finish() },
        accountNumber: 0n,
        sequence: 2n,
      });
      expect(keeper.txParams(ctx)).toEqual({ maxMemoCharacters: 256, txSigLimit: 7, txSizeCostPerByte: 10n, sigVerifyCostSecp256k1: 1000n, feeDenom: 'usettle' });
      expectFailure(h, (c) => keeper.setSequenceAndPubKey(c, bob, 1n, undefined), 'sdk', 9, /does not exist/);
      expectFailure(h, (c) => keeper.setSequenceAndPubKey(c, alice, 3n, Buffer.alloc(20)), 'sdk', 8, /33 bytes/);
    });

    test('account numbers: ensureAccount takes the next one once; module accounts are created lazily', () => {
      const ctx = h.ctx();
      // genesis: alice 0, fee_collector 1, margin 2
      expect(keeper.peekAccountNumber(ctx)).toBe(3n);
      keeper.ensureAccount(ctx, bob);
      keeper.ensureAccount(ctx, bob);
      expect(keeper.getAccount(ctx, bob)).toEqual({ address: bob, accountNumber: 3n, sequence: 0n });
      expect(keeper.peekAccountNumber(ctx)).toBe(4n);
      expect(keeper.isModuleAccount(moduleAddress('margin'))).toBe(true);
      expect(keeper.isModuleAccount(bob)).toBe(false);
      expect(keeper.moduleAccount(ctx, 'margin')).toEqual({ address: moduleAddress('margin'), permissions: [] });
      expectFailure(h, (c) => keeper.moduleAccount(c, 'options'), 'auth', 4, 'module account options is not registered: unknown module account');
      expectFailure(h, (c) => keeper.ensureAccount(c, 'settle1bad'), 'sdk', 7);

      // a chain upgraded with a new module account gets it on first use
      const upgraded = authModule(testKeys.auth, { moduleAccounts: [{ name: 'margin', permissions: [] }, { name: 'options', permissions: ['burner'] }] }).keeper;
      expect(upgraded.getAccount(ctx, moduleAddress('options'))).toBeUndefined();
      expect(upgraded.moduleAccount(ctx, 'options').permissions).toEqual(['burner']);
      expect(upgraded.getAccount(ctx, moduleAddress('options'))).toEqual({
        address: moduleAddress('options'),
        accountNumber: 4n,
        sequence: 0n,
        module: { name: 'options', permissions: ['burner'] },
      });
      expect(accountNumbersInvariant(upgraded)(h.queryCtx())).toBeUndefined();

      // coins sent to a module's address before the module existed made it a base account: refused
      const late = authModule(testKeys.auth, { moduleAccounts: [{ name: 'late', permissions: [] }] }).keeper;
      keeper.ensureAccount(ctx, moduleAddress('late'));
      expectFailure(h, (c) => late.moduleAccount(c, 'late'), 'auth', 5, /is a base account/);
    });

    test('export → import reproduces the store exactly', async () => {
      const ctx = h.ctx();
      keeper.setSequenceAndPubKey(ctx, alice, 5n, PUBKEY);
      keeper.ensureAccount(ctx, bob);
      keeper.ensureAccount(ctx, addr('carol'));
      const exported = JSON.parse(JSON.stringify(exportGenesis(keeper, h.queryCtx())));
      const dir2 = makeTmpDir('auth-import');
      const h2 = await Harness.open(dir2);
      const keeper2 = authModule(testKeys.auth, { moduleAccounts: [{ name: 'margin', permissions: [] }] }).keeper;
      initGenesis(keeper2, h2.ctx(), exported);
      expect(h2.dump().auth).toEqual(h.dump().auth);
      expect(exportGenesis(keeper2, h2.queryCtx())).toEqual(exported);
      await h2.close();
      removeDir(dir2);
    });

    test('account-numbers invariant: holds, and breaks on a number at or above the next, or a shared number', () => {
      const inv = accountNumbersInvariant(keeper);
      expect(inv(h.queryCtx())).toBeUndefined();
      const store = h.state.store(STORE_NAME);
      store.set(accountKey(addressBytes(bob)), encodeAccount({ address: bob, accountNumber: 7n, sequence: 0n }));
      expect(inv(h.queryCtx())).toMatch(/has number 7, not below the next account number 3/);
      store.set(accountKey(addressBytes(bob)), encodeAccount({ address: bob, accountNumber: 0n, sequence: 0n }));
      expect(inv(h.queryCtx())).toMatch(/share account number 0/);
      store.set(accountKey(addressBytes(bob)), encodeAccount({ address: addr('someone else'), accountNumber: 2n + 10n, sequence: 0n }));
      expect(inv(h.queryCtx())).toMatch(/stored under another address's key/);
      store.delete(accountKey(addressBytes(bob)));
      store.set(Keys.globalAccountNumber, Buffer.alloc(8));
      expect(inv(h.queryCtx())).toMatch(/not below the next account number 0/);
    });
  });

  describe('genesis validation', () => {
    const keeper = authModule(testKeys.auth, { moduleAccounts: [{ name: 'mint', permissions: ['minter'] }] }).keeper;
    const fc = moduleAddress('fee_collector');
    const base = (a: object) => genesisWith([a]);
    const cases: [string, unknown, number, RegExp][] = [
      ['not an object', [], 2, /must be an object/],
      ['unknown field', { ...defaultGenesis(), extra: 1 }, 2, /unknown fields: extra/],
      ['params missing a field', { ...defaultGenesis(), params: { max_memo_characters: '256' } }, 3, /params.tx_sig_limit is required/],
      ['params zero', { ...defaultGenesis(), params: { ...defaultGenesis().params, tx_sig_limit: '0' } }, 3, /tx_sig_limit must be positive/],
      ['params not decimal', { ...defaultGenesis(), params: { ...defaultGenesis().params, tx_size_cost_per_byte: '1e3' } }, 3, /decimal uint64/],
      ['params unknown field', { ...defaultGenesis(), params: { ...defaultGenesis().params, foo: '1' } }, 3, /unknown params fields: foo/],
      ['memo limit above 32 bits', { ...defaultGenesis(), params: { ...defaultGenesis().params, max_memo_characters: '4294967296' } }, 3, /at most/],
      ['bad fee denom', { ...defaultGenesis(), fee_denom: '1x' }, 3, /fee_denom: invalid denom/],
      ['accounts not a list', { ...defaultGenesis(), accounts: {} }, 2, /accounts must be a list/],
      ['bad address', base({ address: 'cosmos1abc', account_number: '0' }), 2, /accounts\[0\].address/],
      ['missing account number', base({ address: alice }), 2, /account_number is required/],
      ['negative sequence', base({ address: alice, account_number: '0', sequence: '-1' }), 2, /decimal uint64/],
      ['account number too large', base({ address: alice, account_number: '18446744073709551615' }), 2, /below 2\^64 - 1/],
      ['unknown account field', base({ address: alice, account_number: '0', coins: [] }), 2, /unknown fields: coins/],
      ['unknown account type', base({ '@type': '/cosmos.vesting.v1beta1.DelayedVestingAccount', address: alice, account_number: '0' }), 2, /unsupported account type/],
      ['ed25519 pub key', base({ address: alice, account_number: '0', pub_key: { '@type': '/cosmos.crypto.ed25519.PubKey', key: Buffer.alloc(32).toString('base64') } }), 2, /only \/cosmos.crypto.secp256k1.PubKey/],
      ['short pub key', base({ address: alice, account_number: '0', pub_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: Buffer.alloc(20, 2).toString('base64') } }), 2, /33-byte/],
      ['duplicate address', genesisWith([{ address: alice, account_number: '0' }, { address: alice, account_number: '1' }]), 2, /duplicate account settle1/],
      ['duplicate number', genesisWith([{ address: alice, account_number: '1' }, { address: bob, account_number: '1' }]), 2, /duplicate account number 1/],
      ['module address as base account', base({ address: fc, account_number: '0' }), 2, /address of a module account/],
      [
        'unregistered module account',
        base({ '@type': MODULE_ACCOUNT_TYPE, base_account: { address: moduleAddress('gov'), account_number: '0', sequence: '0' }, name: 'gov', permissions: [] }),
        2,
        /module account gov is not registered/,
      ],
      [
        'module account at the wrong address',
        base({ '@type': MODULE_ACCOUNT_TYPE, base_account: { address: alice, account_number: '0', sequence: '0' }, name: 'mint', permissions: ['minter'] }),
        2,
        /must have address/,
      ],
      [
        'module account with other permissions',
        base({ '@type': MODULE_ACCOUNT_TYPE, base_account: { address: moduleAddress('mint'), account_number: '0', sequence: '0' }, name: 'mint', permissions: ['burner'] }),
        2,
        /the chain registers \[minter\]/,
      ],
    ];
    test.each(cases)('%s', (_name, genesis, code, message) => {
      let caught: unknown;
      try {
        validateGenesis(keeper, genesis);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect([(caught as AppError).codespace, (caught as AppError).code]).toEqual(['auth', code]);
      expect((caught as AppError).message).toMatch(message);
    });

    test('InitChain refuses a bad auth genesis with the reason', async () => {
      const { app } = await openApp(dir);
      await expect(app.initChain(initChainRequest({ auth: { ...defaultGenesis(), fee_denom: '' } }))).rejects.toThrow(/fee_denom: invalid denom/);
      await app.close();
    });

    test('a module account listed in genesis keeps its number and is not created twice', async () => {
      const h = await Harness.open(dir);
      initGenesis(keeper, h.ctx(), base({ '@type': MODULE_ACCOUNT_TYPE, base_account: { address: moduleAddress('mint'), account_number: '5', sequence: '0' }, name: 'mint', permissions: ['minter'] }));
      const accounts = [...keeper.iterateAccounts(h.queryCtx())].map((a) => [a.module?.name, a.accountNumber]);
      expect(accounts.sort()).toEqual([
        ['fee_collector', 6n],
        ['mint', 5n],
      ]);
      expect(dump(h.state.store(STORE_NAME)).length).toBe(5); // params, 2 accounts, next number, fee denom
      await h.close();
    });
  });
});
