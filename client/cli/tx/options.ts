// settle tx options: orders, batches, combos, the dead-man switch, market-maker protection, block trades.
import * as optionsTx from '../../sdk/src/codegen/settle/options/v1/tx';
import { OrderSpec } from '../../sdk/src/codegen/settle/options/v1/types';
import { CliError } from '../errors';
import { parseInt64, parseKeyValues, parseLeg, parseSelfTradePrevention, parseSide, parseTime, parseTimeInForce, parseUint } from '../values';
import { clientId, height, list, optional, price, subaccount, SUBACCOUNT, text } from './flags';
import type { Flag, TxBuildContext, TxCommand } from './types';

const ORDER_KEYS = ['instrument', 'side', 'price', 'size', 'client-id', 'tif', 'good-til-time', 'good-til-block', 'post-only', 'reduce-only', 'stp'] as const;

/** An OrderSpec from place-order's flags (or a batch's `key=value` list, same names). */
async function orderSpec(get: (key: (typeof ORDER_KEYS)[number]) => string | undefined, c: TxBuildContext): Promise<OrderSpec> {
  const need = (k: (typeof ORDER_KEYS)[number]) => {
    const v = get(k);
    if (v === undefined || v === '') throw new CliError(`missing ${k}`);
    return v;
  };
  const flag = (k: (typeof ORDER_KEYS)[number]) => get(k) === 'true';
  const tif = get('tif');
  const gtt = get('good-til-time');
  const gtb = get('good-til-block');
  return OrderSpec.fromPartial({
    clientId: get('client-id') !== undefined ? parseUint(get('client-id')!, 'client-id') : BigInt(Date.now()),
    instrumentId: need('instrument'),
    side: parseSide(need('side')),
    price: await price(need('price'), c, 'price'),
    size: parseUint(need('size'), 'size'),
    timeInForce: tif !== undefined ? parseTimeInForce(tif) : gtt !== undefined ? 2 : gtb !== undefined ? 3 : 1,
    goodTilTime: gtt !== undefined ? parseTime(gtt, 'good-til-time') : 0n,
    goodTilBlock: gtb !== undefined ? parseUint(gtb, 'good-til-block') : 0n,
    postOnly: flag('post-only'),
    reduceOnly: flag('reduce-only'),
    selfTradePrevention: get('stp') !== undefined ? parseSelfTradePrevention(get('stp')!) : 0,
  });
}

const kebabToCamel = (s: string) => s.replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());

const ORDER_FLAGS: Flag[] = [
  { flags: '--instrument <id>', description: 'instrument id, e.g. BTC-20261211-100000-C', required: true },
  { flags: '--side <side>', description: 'buy or sell', required: true },
  { flags: '--price <usdc>', description: 'limit price per contract in the settlement asset (e.g. 1.5 = 1.5 USDC)', required: true },
  { flags: '--size <contracts>', description: 'contracts, a multiple of the instrument\'s minimum size', required: true },
  { flags: '--client-id <id>', description: 'your id for the order (default: the time in ms)' },
  { flags: '--tif <tif>', description: 'time in force: gtc, gtt, gtb, ioc or fok (default gtc; gtt/gtb with --good-til-*)' },
  { flags: '--good-til-time <time>', description: 'GTT: Unix seconds or an ISO date' },
  { flags: '--good-til-block <height>', description: 'GTB: the last height the order may fill in' },
  { flags: '--post-only', description: 'rest only; refused if it would take' },
  { flags: '--reduce-only', description: 'only reduce the position' },
  { flags: '--stp <mode>', description: 'self-trade prevention: cancel-maker (default), cancel-taker, cancel-both' },
  SUBACCOUNT,
];

const LEG: Flag = { flags: '--leg <leg>', description: 'INSTRUMENT:buy|sell[:RATIO] (repeat for each leg)', required: true, repeatable: true };

export const OPTIONS_TX: TxCommand[] = [
  {
    module: 'options',
    name: 'place-order',
    aliases: ['place'],
    typeUrl: optionsTx.MsgPlaceOrder.typeUrl,
    summary: 'place a limit order (matched at the end of the block)',
    flags: ORDER_FLAGS,
    build: async (o, c) => {
      const spec = await orderSpec((k) => (typeof o[kebabToCamel(k)] === 'boolean' ? String(o[kebabToCamel(k)]) : optional(o, kebabToCamel(k))), c);
      return optionsTx.MsgPlaceOrder.fromPartial({ owner: c.sender, subaccount: subaccount(o), order: spec });
    },
  },
  {
    module: 'options',
    name: 'cancel-order',
    aliases: ['cancel'],
    typeUrl: optionsTx.MsgCancelOrder.typeUrl,
    summary: 'cancel one open order by its id or your client id',
    flags: [{ flags: '--order-id <id>', description: 'the chain\'s order id' }, { flags: '--client-id <id>', description: 'your client id' }, SUBACCOUNT],
    build: async (o, c) => {
      const orderId = optional(o, 'orderId');
      const cid = optional(o, 'clientId');
      if ((orderId === undefined) === (cid === undefined)) throw new CliError('give exactly one of --order-id and --client-id');
      return optionsTx.MsgCancelOrder.fromPartial({ owner: c.sender, subaccount: subaccount(o), orderId: orderId ? parseUint(orderId, '--order-id') : 0n, clientId: cid ? parseUint(cid, '--client-id') : 0n });
    },
  },
  {
    module: 'options',
    name: 'batch',
    typeUrl: optionsTx.MsgBatch.typeUrl,
    summary: 'cancel (by client id) then place orders, all or nothing',
    flags: [
      { flags: '--place <order>', description: `an order as key=value pairs: ${ORDER_KEYS.join(',')} (e.g. instrument=BTC-20261211-100000-C,side=buy,price=1.5,size=2,client-id=7,post-only); repeat`, repeatable: true },
      { flags: '--cancel <client-ids>', description: 'client ids to cancel first, comma-separated' },
      SUBACCOUNT,
    ],
    build: async (o, c) => {
      const places: OrderSpec[] = [];
      for (const p of list(o, 'place')) {
        const kv = parseKeyValues(p, ORDER_KEYS, '--place');
        places.push(await orderSpec((k) => kv.get(k), c));
      }
      const cancels = (optional(o, 'cancel') ?? '').split(',').filter((s) => s.trim() !== '').map((s) => parseUint(s, '--cancel'));
      if (places.length === 0 && cancels.length === 0) throw new CliError('give at least one --place or --cancel');
      return optionsTx.MsgBatch.fromPartial({ owner: c.sender, subaccount: subaccount(o), cancelClientIds: cancels, places });
    },
  },
  {
    module: 'options',
    name: 'mass-cancel',
    aliases: ['cancel-all'],
    typeUrl: optionsTx.MsgMassCancel.typeUrl,
    summary: 'cancel a subaccount\'s open orders: all, or those matching every filter given',
    flags: [{ flags: '--instrument <id>', description: 'only this instrument' }, { flags: '--underlying <market>', description: 'only this underlying, e.g. BTC/USD' }, { flags: '--expiry <time>', description: 'only this expiry (Unix seconds or ISO date)' }, SUBACCOUNT],
    build: async (o, c) =>
      optionsTx.MsgMassCancel.fromPartial({ owner: c.sender, subaccount: subaccount(o), instrumentId: optional(o, 'instrument') ?? '', underlying: optional(o, 'underlying') ?? '', expiry: optional(o, 'expiry') ? parseTime(optional(o, 'expiry')!, '--expiry') : 0n }),
  },
  {
    module: 'options',
    name: 'place-combo',
    aliases: ['combo'],
    typeUrl: optionsTx.MsgPlaceCombo.typeUrl,
    summary: 'a multi-leg order filled all or nothing at the end of the block',
    flags: [LEG, { flags: '--quantity <n>', description: 'combo units', required: true }, { flags: '--limit-price <usdc>', description: 'worst net price per unit (buy +, sell −; negative is a credit), in the settlement asset', required: true }, { flags: '--client-id <id>', description: 'your id (default: the time in ms)' }, SUBACCOUNT],
    build: async (o, c) =>
      optionsTx.MsgPlaceCombo.fromPartial({ owner: c.sender, subaccount: subaccount(o), clientId: clientId(o), legs: list(o, 'leg').map(parseLeg), quantity: parseUint(text(o, 'quantity', '--quantity'), '--quantity'), limitPrice: await price(text(o, 'limitPrice', '--limit-price'), c, '--limit-price', true) }),
  },
  {
    module: 'options',
    name: 'cancel-all-after',
    typeUrl: optionsTx.MsgCancelAllAfter.typeUrl,
    summary: 'arm the dead-man switch: cancel every open order at the end of a block unless renewed (0 disarms)',
    flags: [{ flags: '--height <h>', description: 'absolute height (0 disarms)' }, { flags: '--in-blocks <n>', description: 'blocks from the latest one' }, SUBACCOUNT],
    build: async (o, c) => optionsTx.MsgCancelAllAfter.fromPartial({ owner: c.sender, subaccount: subaccount(o), height: await height(o, c, 'height', 'inBlocks', '--height or --in-blocks') }),
  },
  {
    module: 'options',
    name: 'set-mmp',
    aliases: ['mmp'],
    typeUrl: optionsTx.MsgSetMmp.typeUrl,
    summary: 'configure market-maker protection on an underlying (--interval 0 removes it)',
    flags: [
      { flags: '--underlying <market>', description: 'e.g. BTC/USD', required: true },
      { flags: '--interval <seconds>', description: 'counting interval', required: true },
      { flags: '--frozen <seconds>', description: 'how long quoting stays frozen', default: '0' },
      { flags: '--quantity-limit <contracts>', description: 'gross contracts filled per interval (0: off)', default: '0' },
      { flags: '--delta-limit <delta>', description: 'net delta per interval (empty: off)' },
      { flags: '--vega-limit <vega>', description: 'net vega per interval (empty: off)' },
      SUBACCOUNT,
    ],
    build: async (o, c) =>
      optionsTx.MsgSetMmp.fromPartial({
        owner: c.sender,
        subaccount: subaccount(o),
        config: {
          owner: c.sender,
          subaccount: subaccount(o),
          underlying: text(o, 'underlying', '--underlying'),
          intervalSeconds: parseInt64(text(o, 'interval', '--interval'), '--interval'),
          frozenSeconds: parseInt64(optional(o, 'frozen') ?? '0', '--frozen'),
          quantityLimit: parseUint(optional(o, 'quantityLimit') ?? '0', '--quantity-limit'),
          deltaLimit: optional(o, 'deltaLimit') ?? '',
          vegaLimit: optional(o, 'vegaLimit') ?? '',
        },
      }),
  },
  {
    module: 'options',
    name: 'reset-mmp',
    typeUrl: optionsTx.MsgResetMmp.typeUrl,
    summary: 'lift a market-maker protection freeze',
    flags: [{ flags: '--underlying <market>', description: 'e.g. BTC/USD', required: true }, SUBACCOUNT],
    build: async (o, c) => optionsTx.MsgResetMmp.fromPartial({ owner: c.sender, subaccount: subaccount(o), underlying: text(o, 'underlying', '--underlying') }),
  },
  {
    module: 'options',
    name: 'request-quote',
    aliases: ['rfq'],
    typeUrl: optionsTx.MsgRequestQuote.typeUrl,
    summary: 'ask market makers for quotes on a multi-leg structure (a block trade)',
    flags: [LEG, { flags: '--quantity <n>', description: 'structure units', required: true }, { flags: '--expires-at <height>', description: 'open until this height' }, { flags: '--expires-in <blocks>', description: 'open for this many blocks' }, SUBACCOUNT],
    build: async (o, c) =>
      optionsTx.MsgRequestQuote.fromPartial({ owner: c.sender, subaccount: subaccount(o), legs: list(o, 'leg').map(parseLeg), quantity: parseUint(text(o, 'quantity', '--quantity'), '--quantity'), expiresAt: await height(o, c, 'expiresAt', 'expiresIn', '--expires-at or --expires-in') }),
  },
  {
    module: 'options',
    name: 'submit-quote',
    aliases: ['quote'],
    typeUrl: optionsTx.MsgSubmitQuote.typeUrl,
    summary: 'answer a request for quotes with a firm price per leg',
    flags: [{ flags: '--rfq-id <id>', description: 'the request', required: true }, { flags: '--leg-price <usdc>', description: 'price per contract of each leg, in order (repeat)', required: true, repeatable: true }, { flags: '--expires-at <height>', description: 'good until this height' }, { flags: '--expires-in <blocks>', description: 'good for this many blocks' }, SUBACCOUNT],
    build: async (o, c) => {
      const legPrices: bigint[] = [];
      for (const p of list(o, 'legPrice')) legPrices.push(await price(p, c, '--leg-price'));
      return optionsTx.MsgSubmitQuote.fromPartial({ owner: c.sender, subaccount: subaccount(o), rfqId: parseUint(text(o, 'rfqId', '--rfq-id'), '--rfq-id'), legPrices, expiresAt: await height(o, c, 'expiresAt', 'expiresIn', '--expires-at or --expires-in') });
    },
  },
  {
    module: 'options',
    name: 'cancel-quote',
    typeUrl: optionsTx.MsgCancelQuote.typeUrl,
    summary: 'withdraw your quote',
    flags: [{ flags: '--quote-id <id>', description: 'the quote', required: true }],
    build: async (o, c) => optionsTx.MsgCancelQuote.fromPartial({ owner: c.sender, quoteId: parseUint(text(o, 'quoteId', '--quote-id'), '--quote-id') }),
  },
  {
    module: 'options',
    name: 'accept-quote',
    typeUrl: optionsTx.MsgAcceptQuote.typeUrl,
    summary: 'take one quote on your request: every leg trades at once',
    flags: [{ flags: '--rfq-id <id>', description: 'your request', required: true }, { flags: '--quote-id <id>', description: 'the quote to take', required: true }, { flags: '--max-net-price <usdc>', description: 'refuse a net price per unit above this (may be negative)', required: true }],
    build: async (o, c) =>
      optionsTx.MsgAcceptQuote.fromPartial({ owner: c.sender, rfqId: parseUint(text(o, 'rfqId', '--rfq-id'), '--rfq-id'), quoteId: parseUint(text(o, 'quoteId', '--quote-id'), '--quote-id'), maxNetPrice: await price(text(o, 'maxNetPrice', '--max-net-price'), c, '--max-net-price', true) }),
  },
];
