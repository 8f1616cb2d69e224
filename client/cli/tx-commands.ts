// The `settle tx <module> <command>` catalog. Every message in the SDK's registry gets a command:
// the ones traders use have human flags (amounts like 250usdc, prices in USDC, --side buy); the rest
// (the authority's: params, listings, collateral assets, markets) are derived from the generated
// type, one flag per field, message fields as proto3 JSON. test/client/cli-args.test.ts checks that
// the catalog covers the registry.
import type { EncodeObject } from '@cosmjs/proto-signing';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { settleProtoRegistry } from '../sdk/src/codegen/settle/client';
import * as liquidationTx from '../sdk/src/codegen/settle/liquidation/v1/tx';
import * as marginTx from '../sdk/src/codegen/settle/margin/v1/tx';
import * as optionsTx from '../sdk/src/codegen/settle/options/v1/tx';
import { OrderSpec } from '../sdk/src/codegen/settle/options/v1/types';
import { CliError } from './errors';
import type { Session } from './session';
import {
  parseCoin,
  parseCoins,
  parseInt64,
  parseKeyValues,
  parseLeg,
  parseSelfTradePrevention,
  parseSide,
  parseTime,
  parseTimeInForce,
  parseUint,
  parseUint32,
  parseUnits,
} from './values';

/** One command-line option of a command, as commander spells it (`--client-id <id>`). */
export interface Flag {
  flags: string;
  description: string;
  required?: boolean;
  /** May be given several times; the values arrive as an array. */
  repeatable?: boolean;
  default?: string;
}

export type Opts = Record<string, unknown>;

export interface TxBuildContext {
  /** The --from key's address: the signer of every message. */
  sender: string;
  session: Session;
}

export interface TxCommand {
  module: string;
  name: string;
  aliases?: string[];
  typeUrl: string;
  summary: string;
  flags: Flag[];
  /** The message value from the parsed options (the flags' commander names). */
  build(o: Opts, c: TxBuildContext): Promise<unknown>;
}

// ---------------------------------------------------------------------------------------------
// option accessors

function text(o: Opts, key: string, flag: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new CliError(`missing ${flag}`);
  return v;
}
const optional = (o: Opts, key: string): string | undefined => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
const list = (o: Opts, key: string): string[] => (Array.isArray(o[key]) ? (o[key] as string[]) : []);
const subaccount = (o: Opts, key = 'subaccount'): number => parseUint32(optional(o, key) ?? '0', `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);

const SUBACCOUNT: Flag = { flags: '--subaccount <n>', description: 'subaccount number', default: '0' };

async function amountOf(o: Opts, c: TxBuildContext, flag = '--amount'): Promise<{ denom: string; amount: bigint }> {
  return parseCoin(text(o, 'amount', flag), await c.session.units(), flag);
}

/** A price per contract in the settlement denom's display unit (USDC): `1.5` → 1500000 base units. */
async function price(value: string, c: TxBuildContext, flag: string, signed = false): Promise<bigint> {
  return parseUnits(value, (await c.session.settlement()).decimals, flag, signed);
}

/** An absolute height, or one relative to the node's latest block. */
async function height(o: Opts, c: TxBuildContext, absKey: string, relKey: string, what: string): Promise<bigint> {
  const abs = optional(o, absKey);
  const rel = optional(o, relKey);
  if (abs !== undefined && rel !== undefined) throw new CliError(`give ${what} once: either an absolute height or blocks from now`);
  if (abs !== undefined) return parseUint(abs, what);
  if (rel !== undefined) return BigInt(await c.session.height()) + parseUint(rel, what);
  throw new CliError(`missing ${what}`);
}

/** A client order id: given, or the current time in milliseconds (unique enough for one trader). */
const clientId = (o: Opts): bigint => (optional(o, 'clientId') !== undefined ? parseUint(optional(o, 'clientId')!, '--client-id') : BigInt(Date.now()));

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

// ---------------------------------------------------------------------------------------------
// the commands traders use

const HUMAN: TxCommand[] = [
  {
    module: 'bank',
    name: 'send',
    typeUrl: MsgSend.typeUrl,
    summary: 'send coins to an address (or a key of the keyring)',
    flags: [
      { flags: '--to <address|key>', description: 'recipient', required: true },
      { flags: '--amount <coins>', description: 'e.g. 10usdc or 10000000uusdc,5usettle', required: true },
    ],
    build: async (o, c) => MsgSend.fromPartial({ fromAddress: c.sender, toAddress: c.session.resolveAddress(text(o, 'to', '--to')), amount: parseCoins(text(o, 'amount', '--amount'), await c.session.units()).map((x) => ({ denom: x.denom, amount: x.amount.toString() })) }),
  },
  {
    module: 'margin',
    name: 'deposit',
    typeUrl: marginTx.MsgDeposit.typeUrl,
    summary: 'move collateral from your bank balance into a margin subaccount (created by its first deposit)',
    flags: [{ flags: '--amount <coin>', description: 'e.g. 1000usdc or 1000000000uusdc', required: true }, SUBACCOUNT, { flags: '--isolated', description: 'a new subaccount margined on its own' }],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      return marginTx.MsgDeposit.fromPartial({ owner: c.sender, subaccount: subaccount(o), denom: a.denom, amount: a.amount.toString(), isolated: o.isolated === true });
    },
  },
  {
    module: 'margin',
    name: 'withdraw',
    typeUrl: marginTx.MsgWithdraw.typeUrl,
    summary: 'move collateral from a subaccount back to your bank balance (refused below initial margin)',
    flags: [{ flags: '--amount <coin>', description: 'e.g. 100usdc', required: true }, SUBACCOUNT],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      return marginTx.MsgWithdraw.fromPartial({ owner: c.sender, subaccount: subaccount(o), denom: a.denom, amount: a.amount.toString() });
    },
  },
  {
    module: 'margin',
    name: 'transfer',
    typeUrl: marginTx.MsgTransfer.typeUrl,
    summary: 'move collateral between two of your subaccounts',
    flags: [
      { flags: '--amount <coin>', description: 'e.g. 100usdc', required: true },
      { flags: '--from-subaccount <n>', description: 'source subaccount', required: true },
      { flags: '--to-subaccount <n>', description: 'target subaccount (created if missing)', required: true },
    ],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      return marginTx.MsgTransfer.fromPartial({ owner: c.sender, fromSubaccount: subaccount(o, 'fromSubaccount'), toSubaccount: subaccount(o, 'toSubaccount'), denom: a.denom, amount: a.amount.toString() });
    },
  },
  {
    module: 'margin',
    name: 'set-margin-mode',
    typeUrl: marginTx.MsgSetMarginMode.typeUrl,
    summary: 'switch a subaccount between standard and portfolio margin',
    flags: [{ flags: '--mode <mode>', description: 'standard or portfolio', required: true }, SUBACCOUNT],
    build: async (o, c) => {
      const mode = text(o, 'mode', '--mode');
      if (mode !== 'standard' && mode !== 'portfolio') throw new CliError(`--mode: expected standard or portfolio, got '${mode}'`);
      return marginTx.MsgSetMarginMode.fromPartial({ owner: c.sender, subaccount: subaccount(o), portfolioMargin: mode === 'portfolio' });
    },
  },
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
  {
    module: 'liquidation',
    name: 'liquidate',
    typeUrl: liquidationTx.MsgLiquidate.typeUrl,
    summary: 'take contracts of a position under auction into your subaccount',
    flags: [
      { flags: '--owner <address|key>', description: 'the liquidated subaccount\'s owner', required: true },
      { flags: '--subaccount <n>', description: 'the liquidated subaccount', default: '0' },
      { flags: '--instrument <id>', description: 'the position\'s instrument', required: true },
      { flags: '--size <contracts>', description: 'contracts to take', required: true },
      { flags: '--liquidator-subaccount <n>', description: 'your subaccount that takes them', default: '0' },
    ],
    build: async (o, c) =>
      liquidationTx.MsgLiquidate.fromPartial({ liquidator: c.sender, liquidatorSubaccount: subaccount(o, 'liquidatorSubaccount'), owner: c.session.resolveAddress(text(o, 'owner', '--owner')), subaccount: subaccount(o), instrumentId: text(o, 'instrument', '--instrument'), size: parseUint(text(o, 'size', '--size'), '--size') }),
  },
  {
    module: 'liquidation',
    name: 'fund-insurance',
    typeUrl: liquidationTx.MsgFundInsurance.typeUrl,
    summary: 'pay into the insurance fund (in the settlement asset)',
    flags: [{ flags: '--amount <coin>', description: 'e.g. 100usdc', required: true }],
    build: async (o, c) => {
      const a = await amountOf(o, c);
      const settlement = await c.session.settlement();
      if (a.denom !== settlement.denom) throw new CliError(`--amount: the insurance fund takes ${settlement.denom}, not ${a.denom}`);
      return liquidationTx.MsgFundInsurance.fromPartial({ sender: c.sender, amount: a.amount.toString() });
    },
  },
];

// ---------------------------------------------------------------------------------------------
// the rest, derived from the generated types

interface GeneratedMsg {
  typeUrl: string;
  fromPartial(o: object): Record<string, unknown>;
  fromJSON(o: unknown): unknown;
}

const SIGNER_FIELDS = ['owner', 'authority', 'sender', 'liquidator'];
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `/settle.options.v1.MsgListInstrument` → module options, command list-instrument. */
export function commandNameOf(typeUrl: string): { module: string; name: string } {
  const m = /^\/(?:settle|cosmos)\.(\w+)\.v\w+\.Msg(\w+)$/.exec(typeUrl);
  if (!m) throw new Error(`not a message type URL: ${typeUrl}`);
  return { module: m[1]!, name: kebab(m[2]!).replace(/^-/, '') };
}

/** One flag per field of the message (its signer comes from --from); message and list fields take proto3 JSON. */
export function derivedTxCommand(type: GeneratedMsg): TxCommand {
  const defaults = type.fromPartial({});
  const signer = SIGNER_FIELDS.find((f) => f in defaults);
  const fields = Object.keys(defaults).filter((f) => f !== signer);
  const flags: Flag[] = fields.map((f) => {
    const v = defaults[f];
    const kind = typeof v === 'boolean' ? '' : typeof v === 'string' ? ' <text>' : typeof v === 'number' || typeof v === 'bigint' ? ' <n>' : ' <json>';
    return { flags: `--${kebab(f)}${kind}`, description: kind === ' <json>' ? `${f} as proto3 JSON (camelCase fields)` : f, required: kind === ' <json>' };
  });
  return {
    ...commandNameOf(type.typeUrl),
    typeUrl: type.typeUrl,
    summary: `${type.typeUrl.split('.').pop()} (fields as flags; signed by --from${signer ? ` as ${signer}` : ''})`,
    flags,
    build: async (o, c) => {
      const json: Record<string, unknown> = signer ? { [signer]: c.sender } : {};
      for (const f of fields) {
        const v = o[f];
        if (v === undefined) continue;
        if (typeof defaults[f] === 'boolean' || typeof defaults[f] === 'string' || typeof defaults[f] === 'number' || typeof defaults[f] === 'bigint') json[f] = v;
        else {
          try {
            json[f] = JSON.parse(String(v));
          } catch (e) {
            throw new CliError(`--${kebab(f)}: not valid JSON (${(e as Error).message})`);
          }
        }
      }
      return type.fromJSON(json);
    },
  };
}

/** Every tx command: the human ones, then one derived from each remaining message of the registry. */
export function txCommands(): TxCommand[] {
  const human = new Set(HUMAN.map((h) => h.typeUrl));
  const derived = settleProtoRegistry.filter(([url]) => !human.has(url)).map(([, type]) => derivedTxCommand(type as unknown as GeneratedMsg));
  return [...HUMAN, ...derived];
}

/** The message of a built command, ready for the registry. */
export const encodeObject = (cmd: TxCommand, value: unknown): EncodeObject => ({ typeUrl: cmd.typeUrl, value });
