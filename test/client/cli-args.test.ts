/**
 * The `settle` CLI's command line, without a chain: value parsers, the tx and query catalogs (they
 * cover every message and query of the SDK and the .proto services), flags → messages, chain error
 * names (the committed table equals the chain's registry), table output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { settleProtoRegistry } from '../../client/sdk/src/codegen/settle/client';
import { MsgPlaceOrder, MsgBatch, MsgPlaceCombo, MsgSubmitQuote, MsgAcceptQuote } from '../../client/sdk/src/codegen/settle/options/v1/tx';
import { MsgDeposit } from '../../client/sdk/src/codegen/settle/margin/v1/tx';
import { MsgCreateMarket } from '../../client/sdk/src/codegen/settle/oracle/v1/tx';
import { QueryHealthRequest } from '../../client/sdk/src/codegen/settle/margin/v1/query';
import { QueryInstrumentsRequest } from '../../client/sdk/src/codegen/settle/options/v1/query';
import { checkRepeatables, specCommand } from '../../client/cli/commands/tx';
import { describeChainError, CliError } from '../../client/cli/errors';
import { CHAIN_ERRORS } from '../../client/cli/chain-errors';
import { renderTable } from '../../client/cli/output';
import { queryCommands } from '../../client/cli/query-commands';
import type { Session } from '../../client/cli/session';
import { txCommands, type TxCommand } from '../../client/cli/tx-commands';
import { formatUnits, parseCoin, parseCoins, parseKeyValues, parseLeg, parseTime, parseUint, parseUnits } from '../../client/cli/values';
import { chainErrorsSource } from '../../scripts/codegen-cli-errors';

const ROOT = path.resolve(__dirname, '../..');
const BOB = 'settle1w94h99z4dezj6chkk5x406ur6v67ra5atjn5ph';
const UNITS = [
  { denom: 'uusdc', decimals: 6 },
  { denom: 'ubtc', decimals: 8 },
  { denom: 'usettle', decimals: 6 },
];

/** A chain-free session: the devnet's denoms, height 100, key "bob". */
const session = {
  units: async () => UNITS,
  settlement: async () => UNITS[0],
  height: async () => 100,
  resolveAddress: (t: string) => (t === 'bob' ? BOB : t),
} as unknown as Session;

function find(module: string, name: string): TxCommand {
  const c = txCommands().find((x) => x.module === module && (x.name === name || x.aliases?.includes(name)));
  if (!c) throw new Error(`no tx ${module} ${name}`);
  return c;
}

/** Parses argv as the CLI does and builds the message. */
async function build(module: string, name: string, argv: string[]): Promise<unknown> {
  const spec = find(module, name);
  const cmd = specCommand(spec).exitOverride().configureOutput({ writeErr: () => undefined });
  cmd.parse([...argv, '--from', 'bob'], { from: 'user' });
  checkRepeatables(spec, cmd.opts());
  return spec.build(cmd.opts(), { sender: BOB, session });
}

describe('values', () => {
  test('display decimals to base units exactly, never rounding', () => {
    expect(parseUnits('1.5', 6, 'p')).toBe(1_500_000n);
    expect(parseUnits('0.000001', 6, 'p')).toBe(1n);
    expect(parseUnits('.5', 6, 'p')).toBe(500_000n);
    expect(parseUnits('-0.25', 6, 'p', true)).toBe(-250_000n);
    expect(parseUnits('1.2500000', 6, 'p')).toBe(1_250_000n);
    expect(() => parseUnits('1.0000001', 6, '--price')).toThrow('--price: 1.0000001 has more than 6 decimal places');
    expect(() => parseUnits('-1', 6, '--price')).toThrow(/must not be negative/);
    expect(() => parseUnits('1e3', 6, '--price')).toThrow(/expected a decimal/);
    expect(formatUnits(1_500_000n, 6)).toBe('1.5');
    expect(formatUnits(-1n, 6)).toBe('-0.000001');
  });

  test('coins: base denom (integer), display denom (decimals), unknown denom', () => {
    expect(parseCoin('250000000uusdc', UNITS)).toEqual({ denom: 'uusdc', amount: 250_000_000n });
    expect(parseCoin('250usdc', UNITS)).toEqual({ denom: 'uusdc', amount: 250_000_000n });
    expect(parseCoin('2.5 USDC', UNITS)).toEqual({ denom: 'uusdc', amount: 2_500_000n });
    expect(parseCoin('0.1btc', UNITS)).toEqual({ denom: 'ubtc', amount: 10_000_000n });
    expect(() => parseCoin('1.5uusdc', UNITS)).toThrow(/base units/);
    expect(() => parseCoin('usdc', UNITS)).toThrow(/expected an amount with a denom/);
    expect(() => parseCoin('5DOGE', UNITS)).toThrow(/unknown denom 'DOGE'/);
    expect(parseCoins('2usettle,1usdc', UNITS)).toEqual([{ denom: 'usettle', amount: 2n }, { denom: 'uusdc', amount: 1_000_000n }]);
    expect(() => parseCoins('1usdc,1uusdc', UNITS)).toThrow('amount: uusdc given twice');
  });

  test('legs, key=value lists, integers, times', () => {
    expect(parseLeg('BTC-20261211-100000-C:buy')).toEqual({ instrumentId: 'BTC-20261211-100000-C', side: 1, ratio: 1n });
    expect(parseLeg('BTC-20261211-100000-P:SELL:3')).toEqual({ instrumentId: 'BTC-20261211-100000-P', side: 2, ratio: 3n });
    expect(() => parseLeg('BTC-20261211-100000-P:short')).toThrow("side: expected one of buy, sell, got 'short'");
    expect([...parseKeyValues('side=buy,post-only', ['side', 'post-only'], '--place')]).toEqual([['side', 'buy'], ['post-only', 'true']]);
    expect(() => parseKeyValues('colour=red', ['side'], '--place')).toThrow("--place: unknown key 'colour'");
    expect(() => parseUint('18446744073709551616', 'id')).toThrow(/too large/);
    expect(parseTime('2026-12-11T08:00:00Z', 't')).toBe(1_796_976_000n);
    expect(parseTime('1796976000', 't')).toBe(1_796_976_000n);
  });
});

describe('catalogs', () => {
  test('every message of the SDK registry has exactly one tx command, and bank send is there', () => {
    const urls = txCommands().map((c) => c.typeUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const [url] of settleProtoRegistry) expect(urls).toContain(url);
    expect(urls).toContain('/cosmos.bank.v1beta1.MsgSend');
    const names = txCommands().map((c) => `${c.module} ${c.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  test('every rpc of the settle Query services in proto/ has a query command at its path', () => {
    const paths = new Set(queryCommands().map((q) => q.path));
    for (const m of ['oracle', 'margin', 'options', 'liquidation']) {
      const proto = fs.readFileSync(path.join(ROOT, `proto/settle/${m}/v1/query.proto`), 'utf8');
      const rpcs = [...proto.matchAll(/rpc (\w+)\(/g)].map((x) => x[1]);
      expect(rpcs.length).toBeGreaterThan(0);
      for (const r of rpcs) expect(paths).toContain(`/settle.${m}.v1.Query/${r}`);
    }
    for (const p of ['/cosmos.auth.v1beta1.Query/Account', '/cosmos.bank.v1beta1.Query/AllBalances']) expect(paths).toContain(p);
    // each has a human summary (a new query needs one in SETTLE_QUERIES), not its bare method path
    for (const q of queryCommands()) expect(q.summary).not.toContain('.Query/');
  });

  test('query requests: human flag names, a first argument, addresses from key names', async () => {
    const health = queryCommands().find((q) => q.path === '/settle.margin.v1.Query/Health')!;
    expect(health.flags.map((f) => f.flags)).toEqual(['--owner <address|key>', '--subaccount <n>']);
    const bytes = await health.request({ __primary: 'bob', subaccount: '2' }, session);
    expect(QueryHealthRequest.decode(bytes)).toEqual({ owner: BOB, number: 2 });
    const fromKey = await health.request({ from: 'bob' }, session);
    expect(QueryHealthRequest.decode(fromKey).owner).toBe(BOB);
    const instruments = queryCommands().find((q) => q.path === '/settle.options.v1.Query/Instruments')!;
    const req = QueryInstrumentsRequest.decode(await instruments.request({ underlying: 'BTC/USD', expiry: '2026-12-11T08:00:00Z', activeOnly: true }, session));
    expect(req).toEqual({ underlying: 'BTC/USD', expiry: 1_796_976_000n, activeOnly: true });
  });
});

describe('flags → messages', () => {
  test('place-order: human price and side, GTT implied by --good-til-time', async () => {
    const msg = (await build('options', 'place', ['--instrument', 'BTC-20261211-100000-C', '--side', 'buy', '--price', '1.5', '--size', '2', '--client-id', '7', '--good-til-time', '1796976000', '--post-only'])) as MsgPlaceOrder;
    expect(msg).toEqual(
      MsgPlaceOrder.fromPartial({
        owner: BOB,
        subaccount: 0,
        order: { clientId: 7n, instrumentId: 'BTC-20261211-100000-C', side: 1, price: 1_500_000n, size: 2n, timeInForce: 2, goodTilTime: 1_796_976_000n, postOnly: true },
      }),
    );
    await expect(build('options', 'place', ['--instrument', 'X', '--side', 'buy', '--price', '1.5'])).rejects.toThrow(/--size/);
  });

  test('deposit, batch, combo, quotes', async () => {
    expect(await build('margin', 'deposit', ['--amount', '1000usdc', '--subaccount', '3', '--isolated'])).toEqual(MsgDeposit.fromPartial({ owner: BOB, subaccount: 3, denom: 'uusdc', amount: '1000000000', isolated: true }));
    const batch = (await build('options', 'batch', ['--place', 'instrument=A,side=sell,price=2,size=1,client-id=9', '--place', 'instrument=B,side=buy,price=0.01,size=3,client-id=10,tif=ioc', '--cancel', '1,2'])) as MsgBatch;
    expect(batch.cancelClientIds).toEqual([1n, 2n]);
    expect(batch.places.map((p) => [p.instrumentId, p.side, p.price, p.size, p.clientId, p.timeInForce])).toEqual([
      ['A', 2, 2_000_000n, 1n, 9n, 1],
      ['B', 1, 10_000n, 3n, 10n, 4],
    ]);
    const combo = (await build('options', 'combo', ['--leg', 'A:buy', '--leg', 'B:sell:2', '--quantity', '5', '--limit-price', '-0.5', '--client-id', '3'])) as MsgPlaceCombo;
    expect(combo).toEqual(MsgPlaceCombo.fromPartial({ owner: BOB, clientId: 3n, legs: [{ instrumentId: 'A', side: 1, ratio: 1n }, { instrumentId: 'B', side: 2, ratio: 2n }], quantity: 5n, limitPrice: -500_000n }));
    await expect(build('options', 'combo', ['--quantity', '5', '--limit-price', '1'])).rejects.toThrow('missing --leg');
    const quote = (await build('options', 'quote', ['--rfq-id', '4', '--leg-price', '1.1', '--leg-price', '0.3', '--expires-in', '10'])) as MsgSubmitQuote;
    expect([quote.legPrices, quote.expiresAt]).toEqual([[1_100_000n, 300_000n], 110n]);
    const accept = (await build('options', 'accept-quote', ['--rfq-id', '4', '--quote-id', '2', '--max-net-price', '-1.25'])) as MsgAcceptQuote;
    expect(accept.maxNetPrice).toBe(-1_250_000n);
  });

  test('an authority message derived from its type: scalar flags, message fields as JSON', async () => {
    const cmd = find('oracle', 'create-market');
    expect(cmd.flags.map((f) => f.flags)).toEqual(['--market <json>']);
    const msg = await build('oracle', 'create-market', ['--market', '{"id":"SOL/USD"}']);
    expect(msg).toEqual(MsgCreateMarket.fromJSON({ authority: BOB, market: { id: 'SOL/USD' } }));
    await expect(build('oracle', 'create-market', ['--market', '{oops'])).rejects.toThrow(CliError);
  });
});

describe('chain errors', () => {
  test('the committed table is the chain\'s registry (npm run codegen:cli-errors regenerates it)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'client/cli/chain-errors.ts'), 'utf8')).toBe(chainErrorsSource());
    expect(CHAIN_ERRORS['margin/9']).toBe('insufficient margin');
    expect(CHAIN_ERRORS['oracle/8']).toBe('price is stale');
  });

  test('codespace/code, the registered description, then the log without the repeated description', () => {
    expect(describeChainError('margin', 9, 'subaccount 0 of settle1x: equity 90 is below the initial margin 113: insufficient margin')).toBe('margin/9 insufficient margin: subaccount 0 of settle1x: equity 90 is below the initial margin 113');
    expect(describeChainError('oracle', 8, 'price is stale')).toBe('oracle/8 price is stale');
    expect(describeChainError('', 5, '10uusdc is smaller than 20uusdc: insufficient funds')).toBe('sdk/5 insufficient funds: 10uusdc is smaller than 20uusdc');
    expect(describeChainError('wasm', 99, 'boom')).toBe('wasm/99: boom');
  });
});

test('table output: scalars as key/value lines, lists of objects as columns', () => {
  const out = renderTable({ height: 5n, bids: [{ price: 1_500_000n, size: '2', nested: { a: 1 } }], asks: [] });
  expect(out).toBe(['height  5', 'asks    (none)', '', 'bids:', 'PRICE    SIZE  NESTED.A', '1500000  2     1'].join('\n'));
});
