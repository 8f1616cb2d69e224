import { AminoTypes, createBankAminoConverters } from '@cosmjs/stargate';
import { MsgMultiSend, MsgMultiSendResponse, MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { Context, MsgRegistration } from '../../../chain/app';
import { addressBytes } from '../../../chain/address';
import { AppError } from '../../../chain/errors';
import { defaultGenesis as authDefaultGenesis, initGenesis as authInitGenesis } from '../../../modules/auth/genesis';
import { moduleAddress } from '../../../modules/auth/keeper';
import { authModule } from '../../../modules/auth/module';
import { defaultGenesis, exportGenesis, initGenesis, validateGenesis } from '../../../modules/bank/genesis';
import { BankKeeper } from '../../../modules/bank/keeper';
import { encodeAmount } from '../../../chain/sdk';
import { balanceKey, STORE_NAME, supplyKey } from '../../../modules/bank/keys';
import { bankModule, totalSupplyInvariant } from '../../../modules/bank/module';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { addr, expectFailure, Harness, testKeys } from '../helpers';

const alice = addr('alice');
const bob = addr('bob');
const carol = addr('carol');
const dave = addr('dave');
const feeCollector = moduleAddress('fee_collector');
const coin = (amount: string | number, denom: string) => ({ denom, amount: String(amount) });
const amt = (amount: number | bigint, denom: string) => ({ denom, amount: BigInt(amount) });

function setup(h: Harness, bankGenesis: object = {}) {
  const auth = authModule(testKeys.auth, {
    moduleAccounts: [
      { name: 'margin', permissions: [] },
      { name: 'mint', permissions: ['minter'] },
      { name: 'burn', permissions: ['burner'] },
    ],
  });
  const bank = bankModule(testKeys.bank, auth.keeper);
  const ctx = h.ctx();
  authInitGenesis(auth.keeper, ctx, {
    ...authDefaultGenesis(),
    accounts: [
      { address: alice, account_number: '0' },
      { address: bob, account_number: '1' },
    ],
  });
  initGenesis(bank.keeper, ctx, {
    ...defaultGenesis(),
    balances: [
      { address: alice, coins: [coin(1000, 'usettle'), coin(500, 'uusdc')] },
      { address: bob, coins: [coin(10, 'uusdc')] },
    ],
    ...bankGenesis,
  });
  h.takeEvents();
  const reg = (url: string) => bank.msgs!.find((m) => m.typeUrl === url)!;
  return { auth, bank, keeper: bank.keeper, send: reg('/cosmos.bank.v1beta1.MsgSend') as MsgRegistration<MsgSend>, multi: reg('/cosmos.bank.v1beta1.MsgMultiSend') as MsgRegistration<MsgMultiSend> };
}

/** validateBasic then handle, as the tx pipeline does. */
function run<T>(reg: MsgRegistration<T>, ctx: Context, msg: T): Uint8Array {
  reg.validateBasic(msg);
  return reg.handle(ctx, msg);
}

function balances(keeper: BankKeeper, h: Harness, address: string): string {
  return keeper
    .balances(h.queryCtx(), address)
    .map((c) => `${c.amount}${c.denom}`)
    .join(',');
}

describe('bank module', () => {
  let dir: string;
  let h: Harness;
  beforeEach(async () => {
    dir = makeTmpDir('bank');
    h = await Harness.open(dir);
  });
  afterEach(async () => {
    await h.close();
    removeDir(dir);
  });

  describe('MsgSend', () => {
    test('moves coins, creates the recipient account, emits the SDK events', () => {
      const { auth, keeper, send } = setup(h);
      const ctx = h.ctx();
      const msg = MsgSend.fromPartial({ fromAddress: alice, toAddress: carol, amount: [coin(10, 'usettle'), coin(5, 'uusdc')] });
      expect(send.signers(msg)).toEqual([alice]);
      expect(auth.keeper.getAccount(ctx, carol)).toBeUndefined();
      const res = run(send, ctx, msg);
      expect(MsgSendResponse.decode(res)).toEqual({});
      expect(balances(keeper, h, alice)).toBe('990usettle,495uusdc');
      expect(balances(keeper, h, carol)).toBe('10usettle,5uusdc');
      // accounts: alice 0, bob 1, fee_collector 2, margin 3, mint 4, burn 5 → carol 6
      expect(auth.keeper.getAccount(ctx, carol)).toEqual({ address: carol, accountNumber: 6n, sequence: 0n });
      expect(h.takeEvents()).toEqual([
        ['coin_spent', [['spender', alice], ['amount', '10usettle,5uusdc']]],
        ['coin_received', [['receiver', carol], ['amount', '10usettle,5uusdc']]],
        ['transfer', [['recipient', carol], ['sender', alice], ['amount', '10usettle,5uusdc']]],
        ['message', [['sender', alice]]],
      ]);
      // spending a whole balance deletes its key; sending to an existing account takes no new number
      run(send, ctx, MsgSend.fromPartial({ fromAddress: bob, toAddress: alice, amount: [coin(10, 'uusdc')] }));
      expect(h.state.store(STORE_NAME).get(balanceKey(addressBytes(bob), 'uusdc'))).toBeUndefined();
      expect(auth.keeper.peekAccountNumber(ctx)).toBe(7n);
      // sending to oneself is allowed and changes nothing but events
      run(send, ctx, MsgSend.fromPartial({ fromAddress: alice, toAddress: alice, amount: [coin(990, 'usettle')] }));
      expect(balances(keeper, h, alice)).toBe('990usettle,505uusdc');
      expect(totalSupplyInvariant(keeper)(h.queryCtx())).toBeUndefined();
    });

    const failures: [string, object, object, string, number, RegExp | string][] = [
      ['invalid from address', { fromAddress: 'cosmos1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a', toAddress: bob, amount: [coin(1, 'uusdc')] }, {}, 'sdk', 7, /^invalid from address: /],
      ['empty from address', { fromAddress: '', toAddress: bob, amount: [coin(1, 'uusdc')] }, {}, 'sdk', 7, /^invalid from address: empty address/],
      ['invalid to address', { fromAddress: alice, toAddress: 'settle1xyz', amount: [coin(1, 'uusdc')] }, {}, 'sdk', 7, /^invalid to address: /],
      ['upper-case to address', { fromAddress: alice, toAddress: bob.toUpperCase(), amount: [coin(1, 'uusdc')] }, {}, 'sdk', 7, /must be lower case/],
      ['empty amount', { fromAddress: alice, toAddress: bob, amount: [] }, {}, 'sdk', 10, 'amount must not be empty: invalid coins'],
      ['zero amount', { fromAddress: alice, toAddress: bob, amount: [coin(0, 'uusdc')] }, {}, 'sdk', 10, /0uusdc is not positive/],
      ['negative amount', { fromAddress: alice, toAddress: bob, amount: [coin(-1, 'uusdc')] }, {}, 'sdk', 10, /invalid amount/],
      ['unsorted coins', { fromAddress: alice, toAddress: bob, amount: [coin(1, 'uusdc'), coin(1, 'usettle')] }, {}, 'sdk', 10, /sorted/],
      ['duplicate denom', { fromAddress: alice, toAddress: bob, amount: [coin(1, 'uusdc'), coin(1, 'uusdc')] }, {}, 'sdk', 10, /without duplicates/],
      ['invalid denom', { fromAddress: alice, toAddress: bob, amount: [coin(1, '1usdc')] }, {}, 'sdk', 10, /invalid denom/],
      ['sends disabled by default', { fromAddress: alice, toAddress: bob, amount: [coin(1, 'uusdc')] }, { params: { default_send_enabled: false, send_enabled: [] } }, 'bank', 5, 'uusdc transfers are currently disabled: send transactions are disabled'],
      [
        'denom disabled',
        { fromAddress: alice, toAddress: bob, amount: [coin(1, 'usettle'), coin(1, 'uusdc')] },
        { send_enabled: [{ denom: 'uusdc', enabled: false }] },
        'bank',
        5,
        /^uusdc transfers are currently disabled/,
      ],
      ['blocked recipient (fee collector)', { fromAddress: alice, toAddress: feeCollector, amount: [coin(1, 'uusdc')] }, {}, 'sdk', 4, `${feeCollector} is not allowed to receive funds: unauthorized`],
      ['blocked recipient (another module account)', { fromAddress: alice, toAddress: moduleAddress('margin'), amount: [coin(1, 'uusdc')] }, {}, 'sdk', 4, /is not allowed to receive funds/],
      ['insufficient funds', { fromAddress: bob, toAddress: alice, amount: [coin(11, 'uusdc')] }, {}, 'sdk', 5, 'spendable balance 10uusdc is smaller than 11uusdc: insufficient funds'],
      ['no balance at all', { fromAddress: carol, toAddress: alice, amount: [coin(1, 'uusdc')] }, {}, 'sdk', 5, 'spendable balance 0uusdc is smaller than 1uusdc: insufficient funds'],
      ['second coin short (first is fine)', { fromAddress: alice, toAddress: carol, amount: [coin(1, 'usettle'), coin(501, 'uusdc')] }, {}, 'sdk', 5, /^spendable balance 500uusdc is smaller than 501uusdc/],
    ];
    test.each(failures)('%s → %s/%s, nothing changes', (_name, msg, genesis, codespace, code, log) => {
      const { send } = setup(h, genesis);
      expectFailure(h, (ctx) => run(send, ctx, MsgSend.fromPartial(msg)), codespace, code, log);
      // the handler re-checks what validateBasic checks
      expectFailure(h, (ctx) => send.handle(ctx, MsgSend.fromPartial(msg)), codespace, code, log);
    });

    test('an enabled per-denom flag overrides a disabled default', () => {
      const { send, keeper } = setup(h, { params: { default_send_enabled: false }, send_enabled: [{ denom: 'uusdc', enabled: true }] });
      run(send, h.ctx(), MsgSend.fromPartial({ fromAddress: alice, toAddress: bob, amount: [coin(1, 'uusdc')] }));
      expect(balances(keeper, h, bob)).toBe('11uusdc');
      expectFailure(h, (ctx) => run(send, ctx, MsgSend.fromPartial({ fromAddress: alice, toAddress: bob, amount: [coin(1, 'usettle')] })), 'bank', 5);
    });
  });

  describe('MsgMultiSend', () => {
    test('one input to many outputs: balances, accounts, events in the SDK order', () => {
      const { auth, keeper, multi } = setup(h);
      const ctx = h.ctx();
      const msg = MsgMultiSend.fromPartial({
        inputs: [{ address: alice, coins: [coin(30, 'usettle'), coin(7, 'uusdc')] }],
        outputs: [
          { address: carol, coins: [coin(10, 'usettle')] },
          { address: bob, coins: [coin(20, 'usettle'), coin(7, 'uusdc')] },
        ],
      });
      expect(multi.signers(msg)).toEqual([alice]);
      expect(MsgMultiSendResponse.decode(run(multi, ctx, msg))).toEqual({});
      expect(balances(keeper, h, alice)).toBe('970usettle,493uusdc');
      expect(balances(keeper, h, bob)).toBe('20usettle,17uusdc');
      expect(balances(keeper, h, carol)).toBe('10usettle');
      expect(auth.keeper.getAccount(ctx, carol)?.accountNumber).toBe(6n);
      expect(h.takeEvents()).toEqual([
        ['coin_spent', [['spender', alice], ['amount', '30usettle,7uusdc']]],
        ['message', [['sender', alice]]],
        ['coin_received', [['receiver', carol], ['amount', '10usettle']]],
        ['transfer', [['recipient', carol], ['sender', alice], ['amount', '10usettle']]],
        ['coin_received', [['receiver', bob], ['amount', '20usettle,7uusdc']]],
        ['transfer', [['recipient', bob], ['sender', alice], ['amount', '20usettle,7uusdc']]],
      ]);
      expect(totalSupplyInvariant(keeper)(h.queryCtx())).toBeUndefined();
    });

    const out = (address: string, ...coins: { denom: string; amount: string }[]) => ({ address, coins });
    const failures: [string, object, object, string, number, RegExp | string][] = [
      ['no inputs', { inputs: [], outputs: [out(bob, coin(1, 'uusdc'))] }, {}, 'bank', 2, 'no inputs to send transaction'],
      ['two inputs', { inputs: [out(alice, coin(1, 'uusdc')), out(bob, coin(1, 'uusdc'))], outputs: [out(carol, coin(2, 'uusdc'))] }, {}, 'bank', 9, /2 inputs; exactly one is allowed: multiple senders not allowed/],
      ['no outputs', { inputs: [out(alice, coin(1, 'uusdc'))], outputs: [] }, {}, 'bank', 3, 'no outputs to send transaction'],
      ['invalid input address', { inputs: [out('settle1nope', coin(1, 'uusdc'))], outputs: [out(bob, coin(1, 'uusdc'))] }, {}, 'sdk', 7, /^input address: /],
      ['invalid output address', { inputs: [out(alice, coin(1, 'uusdc'))], outputs: [out('x', coin(1, 'uusdc'))] }, {}, 'sdk', 7, /^output 0 address: /],
      ['empty input coins', { inputs: [out(alice)], outputs: [out(bob, coin(1, 'uusdc'))] }, {}, 'sdk', 10, /input coins must not be empty/],
      ['empty output coins', { inputs: [out(alice, coin(1, 'uusdc'))], outputs: [out(bob)] }, {}, 'sdk', 10, /output 0 coins must not be empty/],
      ['zero output coin', { inputs: [out(alice, coin(1, 'uusdc'))], outputs: [out(bob, coin(0, 'uusdc'))] }, {}, 'sdk', 10, /not positive/],
      ['inputs above outputs', { inputs: [out(alice, coin(2, 'uusdc'))], outputs: [out(bob, coin(1, 'uusdc'))] }, {}, 'bank', 4, /^inputs 2uusdc differ from the outputs' sum 1uusdc: sum inputs != sum outputs$/],
      ['other denoms out', { inputs: [out(alice, coin(2, 'uusdc'))], outputs: [out(bob, coin(1, 'uusdc')), out(carol, coin(1, 'usettle'))] }, {}, 'bank', 4, /sum inputs != sum outputs/],
      ['send disabled', { inputs: [out(alice, coin(1, 'uusdc'))], outputs: [out(bob, coin(1, 'uusdc'))] }, { send_enabled: [{ denom: 'uusdc', enabled: false }] }, 'bank', 5, /uusdc transfers are currently disabled/],
      ['blocked output', { inputs: [out(alice, coin(2, 'uusdc'))], outputs: [out(bob, coin(1, 'uusdc')), out(feeCollector, coin(1, 'uusdc'))] }, {}, 'sdk', 4, `${feeCollector} is not allowed to receive funds: unauthorized`],
      ['insufficient funds', { inputs: [out(bob, coin(11, 'uusdc'))], outputs: [out(alice, coin(5, 'uusdc')), out(carol, coin(6, 'uusdc'))] }, {}, 'sdk', 5, 'spendable balance 10uusdc is smaller than 11uusdc: insufficient funds'],
    ];
    test.each(failures)('%s → %s/%s, nothing changes', (_name, msg, genesis, codespace, code, log) => {
      const { multi } = setup(h, genesis);
      expectFailure(h, (ctx) => run(multi, ctx, MsgMultiSend.fromPartial(msg)), codespace, code, log);
      expectFailure(h, (ctx) => multi.handle(ctx, MsgMultiSend.fromPartial(msg)), codespace, code, log);
    });
  });

  test("amino JSON is exactly CosmJS's AminoTypes rendering", () => {
    const { send, multi } = setup(h);
    const converters = createBankAminoConverters();
    const aminoTypes = new AminoTypes(converters);
    const sendMsg = MsgSend.decode(MsgSend.encode(MsgSend.fromPartial({ fromAddress: alice, toAddress: bob, amount: [coin(10, 'usettle'), coin(5, 'uusdc')] })).finish());
    const multiMsg = MsgMultiSend.decode(
      MsgMultiSend.encode(
        MsgMultiSend.fromPartial({
          inputs: [{ address: alice, coins: [coin(3, 'uusdc')] }],
          outputs: [
            { address: bob, coins: [coin(1, 'uusdc')] },
            { address: carol, coins: [coin(2, 'uusdc')] },
          ],
        }),
      ).finish(),
    );
    for (const [reg, msg] of [
      [send, sendMsg],
      [multi, multiMsg],
    ] as [MsgRegistration, unknown][]) {
      const converted = aminoTypes.toAmino({ typeUrl: reg.typeUrl, value: msg });
      expect(reg.amino.type).toBe(converted.type);
      expect(reg.amino.toJSON(msg)).toEqual(converted.value);
      expect(JSON.stringify(reg.amino.toJSON(msg))).toBe(JSON.stringify(converted.value));
      expect(reg.amino.toJSON(msg)).toEqual(converters[reg.typeUrl].toAmino(msg));
    }
    expect(send.amino.toJSON(sendMsg)).toEqual({ from_address: alice, to_address: bob, amount: [coin(10, 'usettle'), coin(5, 'uusdc')] });
  });

  describe('keeper', () => {
    test('deductFee: payer → fee_collector with the transfer events; empty fee is a no-op', () => {
      const { keeper } = setup(h);
      const ctx = h.ctx();
      keeper.deductFee(ctx, alice, [coin(25, 'usettle')]);
      expect(balances(keeper, h, alice)).toBe('975usettle,500uusdc');
      expect(balances(keeper, h, feeCollector)).toBe('25usettle');
      expect(h.takeEvents()).toEqual([
        ['coin_spent', [['spender', alice], ['amount', '25usettle']]],
        ['coin_received', [['receiver', feeCollector], ['amount', '25usettle']]],
        ['transfer', [['recipient', feeCollector], ['sender', alice], ['amount', '25usettle']]],
        ['message', [['sender', alice]]],
      ]);
      keeper.deductFee(ctx, alice, []);
      expect(h.takeEvents()).toEqual([]);
      expectFailure(h, (c) => keeper.deductFee(c, bob, [coin(11, 'uusdc')]), 'sdk', 5, 'spendable balance 10uusdc is smaller than 11uusdc: insufficient funds');
      expectFailure(h, (c) => keeper.deductFee(c, carol, [coin(1, 'usettle')]), 'sdk', 5, 'spendable balance 0usettle is smaller than 1usettle: insufficient funds');
      expectFailure(h, (c) => keeper.deductFee(c, alice, [coin(0, 'usettle')]), 'sdk', 13, /invalid fee amount/);
      expect(totalSupplyInvariant(keeper)(h.queryCtx())).toBeUndefined();
    });

    test('module transfers, mint and burn with permissions; the supply follows', () => {
      const { keeper } = setup(h);
      const ctx = h.ctx();
      const mint = moduleAddress('mint');
      keeper.mintCoins(ctx, 'mint', [amt(100, 'uusdc')]);
      expect(keeper.supplyOf(ctx, 'uusdc')).toBe(610n);
      expect(h.takeEvents()).toEqual([
        ['coin_received', [['receiver', mint], ['amount', '100uusdc']]],
        ['coinbase', [['minter', mint], ['amount', '100uusdc']]],
      ]);
      keeper.sendCoinsFromModuleToAccount(ctx, 'mint', carol, [amt(40, 'uusdc')]);
      keeper.sendCoinsFromModuleToModule(ctx, 'mint', 'burn', [amt(60, 'uusdc')]);
      keeper.sendCoinsFromAccountToModule(ctx, carol, 'margin', [amt(15, 'uusdc')]);
      expect(balances(keeper, h, moduleAddress('margin'))).toBe('15uusdc');
      h.takeEvents();
      keeper.burnCoins(ctx, 'burn', [amt(50, 'uusdc')]);
      expect(h.takeEvents()).toEqual([
        ['coin_spent', [['spender', moduleAddress('burn')], ['amount', '50uusdc']]],
        ['burn', [['burner', moduleAddress('burn')], ['amount', '50uusdc']]],
      ]);
      expect(keeper.supplyOf(ctx, 'uusdc')).toBe(560n);
      expect(balances(keeper, h, moduleAddress('burn'))).toBe('10uusdc');
      expect(totalSupplyInvariant(keeper)(h.queryCtx())).toBeUndefined();

      expectFailure(h, (c) => keeper.mintCoins(c, 'burn', [amt(1, 'uusdc')]), 'sdk', 4, 'module account burn does not have permissions to mint tokens: unauthorized');
      expectFailure(h, (c) => keeper.burnCoins(c, 'mint', [amt(1, 'uusdc')]), 'sdk', 4, /does not have permissions to burn tokens/);
      expectFailure(h, (c) => keeper.burnCoins(c, 'burn', [amt(11, 'uusdc')]), 'sdk', 5, 'spendable balance 10uusdc is smaller than 11uusdc: insufficient funds');
      expectFailure(h, (c) => keeper.sendCoinsFromModuleToAccount(c, 'burn', feeCollector, [amt(1, 'uusdc')]), 'sdk', 4, /is not allowed to receive funds/);
      expectFailure(h, (c) => keeper.sendCoinsFromModuleToAccount(c, 'options', carol, [amt(1, 'uusdc')]), 'auth', 4);
      expectFailure(h, (c) => keeper.sendCoins(c, alice, bob, [amt(0, 'uusdc')]), 'sdk', 10);
      expectFailure(h, (c) => keeper.sendCoins(c, alice, bob, [amt(2, 'uusdc'), amt(1, 'usettle')]), 'sdk', 10, /sorted/);
      expectFailure(h, (c) => keeper.mintCoins(c, 'mint', [amt((1n << 256n) - 1n, 'uusdc')]), 'sdk', 10, /above 2\^256 - 1/);
      h.state.store(STORE_NAME).set(supplyKey('uusdc'), encodeAmount(5n)); // corrupt: below the burner's balance
      expectFailure(h, (c) => keeper.burnCoins(c, 'burn', [amt(6, 'uusdc')]), 'sdk', 35, /below zero/);
    });

    test('denom metadata and send-enabled flags', () => {
      const { keeper } = setup(h);
      const ctx = h.ctx();
      const md = keeper.denomMetadata(ctx, 'uusdc')!;
      keeper.setDenomMetadata(ctx, { ...md, base: 'uatom', display: 'atom', denomUnits: [{ denom: 'uatom', exponent: 0, aliases: [] }, { denom: 'atom', exponent: 6, aliases: [] }] });
      expect(keeper.allDenomMetadata(ctx).map((m) => m.base)).toEqual(['uatom', 'usettle', 'uusdc']);
      expectFailure(h, (c) => keeper.setDenomMetadata(c, { ...md, symbol: '' }), 'bank', 11, /symbol field cannot be blank/);
      expect(keeper.isSendEnabled(ctx, 'uusdc')).toBe(true);
      keeper.setSendEnabled(ctx, 'uusdc', false);
      expect(keeper.isSendEnabled(ctx, 'uusdc')).toBe(false);
      keeper.deleteSendEnabled(ctx, 'uusdc');
      keeper.setParams(ctx, { defaultSendEnabled: false });
      expect(keeper.isSendEnabled(ctx, 'uusdc')).toBe(false);
      expect(keeper.sendEnabledEntries(ctx)).toEqual([]);
      expectFailure(h, (c) => keeper.setSendEnabled(c, '', true), 'sdk', 10);
    });

    test('total-supply invariant breaks on a corrupted balance, a stray supply or a zero balance', () => {
      const { keeper } = setup(h);
      const inv = totalSupplyInvariant(keeper);
      expect(inv(h.queryCtx())).toBeUndefined();
      const store = h.state.store(STORE_NAME);
      store.set(balanceKey(addressBytes(bob), 'uusdc'), encodeAmount(11n));
      expect(inv(h.queryCtx())).toBe('total supply 1000usettle,510uusdc does not match the balances: uusdc: balances sum to 511, supply is 510');
      store.set(balanceKey(addressBytes(bob), 'uusdc'), encodeAmount(10n));
      store.set(supplyKey('uatom'), encodeAmount(1n));
      expect(inv(h.queryCtx())).toMatch(/uatom: balances sum to 0, supply is 1/);
      store.delete(supplyKey('uatom'));
      store.set(balanceKey(addressBytes(carol), 'ufoo'), encodeAmount(3n));
      expect(inv(h.queryCtx())).toMatch(/ufoo: balances sum to 3, supply is 0/);
      store.set(balanceKey(addressBytes(carol), 'ufoo'), encodeAmount(0n));
      expect(inv(h.queryCtx())).toMatch(/a stored balance of 0ufoo is not positive/);
    });
  });

  describe('genesis', () => {
    test('supply is computed when empty; export → import reproduces the store exactly', async () => {
      const { keeper, send, multi, auth } = setup(h, { send_enabled: [{ denom: 'ufoo', enabled: false }] });
      expect(keeper.totalSupply(h.queryCtx())).toEqual([amt(1000, 'usettle'), amt(510, 'uusdc')]);
      run(send, h.ctx(), MsgSend.fromPartial({ fromAddress: alice, toAddress: carol, amount: [coin(10, 'usettle')] }));
      run(multi, h.ctx(), MsgMultiSend.fromPartial({ inputs: [{ address: alice, coins: [coin(2, 'uusdc')] }], outputs: [{ address: dave, coins: [coin(2, 'uusdc')] }] }));
      keeper.deductFee(h.ctx(), bob, [coin(10, 'uusdc')]);
      const exported = JSON.parse(JSON.stringify(exportGenesis(keeper, h.queryCtx())));
      expect(exported.supply).toEqual([coin(1000, 'usettle'), coin(510, 'uusdc')]);
      expect(exported.send_enabled).toEqual([{ denom: 'ufoo', enabled: false }]);
      expect(exported.params).toEqual({ default_send_enabled: true, send_enabled: [] });
      expect(exported.denom_metadata.map((m: { base: string }) => m.base)).toEqual(['usettle', 'uusdc']);
      expect(exported.balances.find((b: { address: string }) => b.address === feeCollector)).toEqual({ address: feeCollector, coins: [coin(10, 'uusdc')] });

      const dir2 = makeTmpDir('bank-import');
      const h2 = await Harness.open(dir2);
      const bank2 = bankModule(testKeys.bank, auth.keeper);
      initGenesis(bank2.keeper, h2.ctx(), exported);
      expect(h2.dump().bank).toEqual(h.dump().bank);
      // the supply may be left out: it is recomputed from the balances
      const h3dir = makeTmpDir('bank-import2');
      const h3 = await Harness.open(h3dir);
      initGenesis(bank2.keeper, h3.ctx(), { ...exported, supply: [] });
      expect(h3.dump().bank).toEqual(h.dump().bank);
      await h2.close();
      await h3.close();
      removeDir(dir2);
      removeDir(h3dir);
    });

    test('the default genesis is valid and carries the devnet denoms', () => {
      const g = validateGenesis(defaultGenesis());
      expect(g.metadata.map((m) => [m.base, m.display, m.denomUnits[1].exponent])).toEqual([
        ['usettle', 'settle', 6],
        ['uusdc', 'usdc', 6],
      ]);
      expect(g.params).toEqual({ defaultSendEnabled: true });
    });

    const md = (over: object) => ({ ...defaultGenesis().denom_metadata[1], ...over });
    const bal = (address: string, ...coins: { denom: string; amount: string }[]) => ({ address, coins });
    const cases: [string, object, RegExp][] = [
      ['unknown field', { extra: true }, /unknown fields: extra/],
      ['supply differs from the balances', { balances: [bal(alice, coin(5, 'uusdc'))], supply: [coin(6, 'uusdc')] }, /genesis supply is incorrect, expected 5uusdc, got 6uusdc/],
      ['supply with an extra denom', { balances: [bal(alice, coin(5, 'uusdc'))], supply: [coin(1, 'uatom'), coin(5, 'uusdc')] }, /genesis supply is incorrect/],
      ['duplicate balance address', { balances: [bal(alice, coin(1, 'uusdc')), bal(alice, coin(1, 'usettle'))] }, /duplicate balance for address/],
      ['bad balance address', { balances: [bal('cosmos1abc', coin(1, 'uusdc'))] }, /balances\[0\]: invalid address/],
      ['zero balance', { balances: [bal(alice, coin(0, 'uusdc'))] }, /not positive/],
      ['unsorted balance coins', { balances: [bal(alice, coin(1, 'uusdc'), coin(1, 'usettle'))] }, /sorted/],
      ['amount not a string', { balances: [{ address: alice, coins: [{ denom: 'uusdc', amount: 5 }] }] }, /must be strings/],
      ['balances above 2^256', { balances: [bal(alice, coin(((1n << 256n) - 1n).toString(), 'uusdc')), bal(bob, coin(1, 'uusdc'))] }, /exceeds 2\^256 - 1/],
      ['default_send_enabled not a boolean', { params: { default_send_enabled: 'yes' } }, /must be a boolean/],
      ['send_enabled in both places', { params: { default_send_enabled: true, send_enabled: [{ denom: 'uusdc', enabled: false }] }, send_enabled: [{ denom: 'uusdc', enabled: false }] }, /both in send_enabled and in params.send_enabled/],
      ['duplicate send_enabled', { send_enabled: [{ denom: 'uusdc', enabled: false }, { denom: 'uusdc', enabled: true }] }, /duplicate send_enabled entry for uusdc/],
      ['send_enabled bad denom', { send_enabled: [{ denom: 'u', enabled: false }] }, /invalid denom/],
      ['metadata without name', { denom_metadata: [md({ name: ' ' })] }, /name field cannot be blank/],
      ['metadata without symbol', { denom_metadata: [md({ symbol: '' })] }, /symbol field cannot be blank/],
      ['metadata first unit not base', { denom_metadata: [md({ denom_units: [{ denom: 'usdc', exponent: 6, aliases: [] }] })] }, /first denomination unit must be the base/],
      [
        'an ibc/ base whose unit is not at exponent 0 (not the ibc-go voucher shape)',
        { denom_metadata: [md({ base: 'ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2', display: 'transfer/channel-0/uatom', denom_units: [{ denom: 'uatom', exponent: 6, aliases: [] }] })] },
        /first denomination unit must be the base/,
      ],
      ['metadata base exponent', { denom_metadata: [md({ denom_units: [{ denom: 'uusdc', exponent: 1, aliases: [] }] })] }, /exponent of the base denomination unit must be 0/],
      [
        'metadata exponents not increasing',
        { denom_metadata: [md({ denom_units: [{ denom: 'uusdc', exponent: 0, aliases: [] }, { denom: 'musdc', exponent: 3, aliases: [] }, { denom: 'usdc', exponent: 3, aliases: [] }] })] },
        /strictly increasing exponent/,
      ],
      ['metadata display missing', { denom_metadata: [md({ display: 'ausdc' })] }, /display denom ausdc/],
      ['metadata duplicate alias', { denom_metadata: [md({ denom_units: [{ denom: 'uusdc', exponent: 0, aliases: ['x', 'x'] }, { denom: 'usdc', exponent: 6, aliases: [] }] })] }, /duplicate alias x/],
      ['metadata fractional exponent', { denom_metadata: [md({ denom_units: [{ denom: 'uusdc', exponent: 0.5, aliases: [] }] })] }, /must be a uint32/],
      ['metadata duplicate base', { denom_metadata: [md({}), md({})] }, /duplicate denom metadata for uusdc/],
      ['metadata unknown field', { denom_metadata: [md({ decimals: 6 })] }, /unknown fields: decimals/],
    ];
    test.each(cases)('%s → bank/10', (_name, over, message) => {
      let caught: unknown;
      try {
        validateGenesis({ ...defaultGenesis(), ...over });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect([(caught as AppError).codespace, (caught as AppError).code]).toEqual(['bank', 10]);
      expect((caught as AppError).message).toMatch(message);
    });

    test('the metadata ibc-go writes for a voucher (unit = trace base denom, display = trace path) is accepted', () => {
      const voucher = {
        description: 'IBC token from transfer/channel-0/uatom', denom_units: [{ denom: 'uatom', exponent: 0, aliases: [] }],
        base: 'ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2', display: 'transfer/channel-0/uatom', name: 'transfer/channel-0/uatom IBC token', symbol: 'UATOM', uri: '', uri_hash: '',
      };
      expect(validateGenesis({ ...defaultGenesis(), denom_metadata: [...defaultGenesis().denom_metadata, voucher] }).metadata.map((m) => m.base)).toContain(voucher.base);
    });

    test('params given without default_send_enabled mean false (proto-JSON default); no params mean the defaults', () => {
      expect(validateGenesis({ params: {} }).params).toEqual({ defaultSendEnabled: false });
      expect(validateGenesis({}).params).toEqual({ defaultSendEnabled: true });
    });
  });
});
