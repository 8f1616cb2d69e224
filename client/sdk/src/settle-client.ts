import type { EncodeObject, OfflineSigner } from '@cosmjs/proto-signing';
import { Registry } from '@cosmjs/proto-signing';
import {
  AminoTypes,
  createDefaultAminoConverters,
  defaultRegistryTypes,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  type DeliverTxResponse,
  type SigningStargateClientOptions,
  type StdFee,
} from '@cosmjs/stargate';
import { connectComet, type CometClient, type HttpEndpoint } from '@cosmjs/tendermint-rpc';
import { settleAminoConverters, settleProtoRegistry } from './codegen/settle/client';
import * as liquidationTx from './codegen/settle/liquidation/v1/tx';
import * as marginTx from './codegen/settle/margin/v1/tx';
import * as optionsTx from './codegen/settle/options/v1/tx';
import * as oracleTx from './codegen/settle/oracle/v1/tx';
import { Position } from './codegen/settle/margin/v1/types';
import type { QueryHealthResponse } from './codegen/settle/margin/v1/query';
import { ComboLeg, OrderSpec, Side, TimeInForce } from './codegen/settle/options/v1/types';
import type { DeepPartial } from './codegen/helpers';
import { parseEvents, type ParsedEvent } from './events';
import { getVerifiedBalance, positionKey, queryVerified } from './proofs';
import { setupSettleExtension, type SettleExtension } from './queries';

/** The registry of the Cosmos SDK messages CosmJS knows plus every settle message. */
export function settleRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...settleProtoRegistry]);
}

/** Amino converters of the Cosmos SDK messages CosmJS knows plus every settle message (Ledger, Keplr). */
export function settleAminoTypes(): AminoTypes {
  return new AminoTypes({ ...createDefaultAminoConverters(), ...settleAminoConverters });
}

/** A committed tx's result with its events parsed and its message responses decoded. */
export interface SettleTxResult {
  tx: DeliverTxResponse;
  events: ParsedEvent[];
  /** One decoded response per message (e.g. MsgPlaceComboResponse), in message order. */
  responses: unknown[];
}

export interface SettleClientOptions extends SigningStargateClientOptions {
  /** Fee of the typed helpers: 'auto' (simulate, needs gasPrice), a multiplier of the simulated gas, or a fixed fee. Default 'auto'. */
  fee?: StdFee | 'auto' | number;
}

/** The default gas price of settle's devnet and localnet (app config minimum-gas-prices). */
export const DEFAULT_GAS_PRICE = '0.025usettle';

const responseTypes = new Map<string, { decode(b: Uint8Array): unknown }>();
for (const mod of [oracleTx, marginTx, optionsTx, liquidationTx] as Record<string, unknown>[]) {
  for (const v of Object.values(mod)) {
    const t = v as { typeUrl?: unknown; decode?: unknown };
    if (typeof t?.typeUrl === 'string' && t.typeUrl.endsWith('Response') && typeof t.decode === 'function') responseTypes.set(t.typeUrl, t as { decode(b: Uint8Array): unknown });
  }
}

/** A settle message response (an Any of a tx's msgResponses) decoded into its generated type, or the Any itself when it is not settle's. */
export function decodeMsgResponse(r: { typeUrl: string; value: Uint8Array }): unknown {
  return responseTypes.get(r.typeUrl)?.decode(r.value) ?? r;
}

/**
 * A SigningStargateClient for settle: its registry and amino converters cover every settle message
 * (direct and amino signers both work), `query.settle.<module>` has every settle query, and typed
 * helpers sign as the signer's first account and return parsed events. Failed txs throw.
 */
export class SettleClient extends SigningStargateClient {
  /** settle's queries (and CosmJS' QueryClient): `client.query.settle.margin.health(...)`. */
  readonly query: QueryClient & SettleExtension;
  /** The address the typed helpers sign as (the signer's first account). */
  readonly sender: string;
  private readonly comet: CometClient;
  private readonly fee: StdFee | 'auto' | number;

  static override async connectWithSigner(endpoint: string | HttpEndpoint, signer: OfflineSigner, options: SettleClientOptions = {}): Promise<SettleClient> {
    const comet = await connectComet(endpoint);
    const [account] = await signer.getAccounts();
    if (!account) throw new Error('the signer has no account');
    return new SettleClient(comet, signer, account.address, options);
  }

  protected constructor(comet: CometClient, signer: OfflineSigner, sender: string, options: SettleClientOptions) {
    super(comet, signer, {
      registry: settleRegistry(),
      aminoTypes: settleAminoTypes(),
      gasPrice: GasPrice.fromString(DEFAULT_GAS_PRICE),
      ...options,
    });
    this.comet = comet;
    this.sender = sender;
    this.fee = options.fee ?? 'auto';
    this.query = QueryClient.withExtensions(comet, setupSettleExtension);
  }

  /** Signs and broadcasts `msgs` as the sender; throws when the tx fails, else returns its parsed events. */
  async execute(msgs: readonly EncodeObject[], memo = ''): Promise<SettleTxResult> {
    const tx = await this.signAndBroadcast(this.sender, msgs, this.fee, memo);
    if (tx.code !== 0) throw new Error(`tx ${tx.transactionHash} failed with code ${tx.code}: ${tx.rawLog ?? ''}`);
    const responses = tx.msgResponses.map(decodeMsgResponse);
    return { tx, events: parseEvents(tx.events), responses };
  }

  /** Moves `amount` base units of `denom` from the sender's bank balance into a margin subaccount. */
  deposit(a: { denom: string; amount: bigint | string; subaccount?: number; isolated?: boolean }): Promise<SettleTxResult> {
    const value = marginTx.MsgDeposit.fromPartial({ owner: this.sender, subaccount: a.subaccount ?? 0, denom: a.denom, amount: String(a.amount), isolated: a.isolated ?? false });
    return this.execute([{ typeUrl: marginTx.MsgDeposit.typeUrl, value }]);
  }

  /** Moves collateral from a margin subaccount back to the sender's bank balance (refused below initial margin). */
  withdraw(a: { denom: string; amount: bigint | string; subaccount?: number }): Promise<SettleTxResult> {
    const value = marginTx.MsgWithdraw.fromPartial({ owner: this.sender, subaccount: a.subaccount ?? 0, denom: a.denom, amount: String(a.amount) });
    return this.execute([{ typeUrl: marginTx.MsgWithdraw.typeUrl, value }]);
  }

  /** Places orders (and cancels open ones by client id first) in one MsgBatch. */
  placeOrders(orders: DeepPartial<OrderSpec>[], a: { subaccount?: number; cancelClientIds?: bigint[] } = {}): Promise<SettleTxResult> {
    const value = optionsTx.MsgBatch.fromPartial({ owner: this.sender, subaccount: a.subaccount ?? 0, places: orders, cancelClientIds: a.cancelClientIds ?? [] });
    return this.execute([{ typeUrl: optionsTx.MsgBatch.typeUrl, value }]);
  }

  /**
   * A market maker's two-sided quote on one instrument: a GTC bid and ask of `size` contracts with
   * client ids `clientId` (bid) and `clientId + 1` (ask), replacing the orders with the ids in `replace`.
   */
  quote(a: { instrumentId: string; bid: bigint; ask: bigint; size: bigint; clientId: bigint; subaccount?: number; replace?: bigint[]; postOnly?: boolean }): Promise<SettleTxResult> {
    const side = (s: Side, price: bigint, clientId: bigint) =>
      OrderSpec.fromPartial({ clientId, instrumentId: a.instrumentId, side: s, price, size: a.size, timeInForce: TimeInForce.TIME_IN_FORCE_GTC, postOnly: a.postOnly ?? false });
    return this.placeOrders([side(Side.SIDE_BUY, a.bid, a.clientId), side(Side.SIDE_SELL, a.ask, a.clientId + 1n)], { subaccount: a.subaccount, cancelClientIds: a.replace });
  }

  /** Cancels the subaccount's open orders (all, or those of one instrument, underlying or expiry). */
  cancelAll(a: { subaccount?: number; instrumentId?: string; underlying?: string; expiry?: bigint } = {}): Promise<SettleTxResult> {
    const value = optionsTx.MsgMassCancel.fromPartial({ owner: this.sender, subaccount: a.subaccount ?? 0, instrumentId: a.instrumentId ?? '', underlying: a.underlying ?? '', expiry: a.expiry ?? 0n });
    return this.execute([{ typeUrl: optionsTx.MsgMassCancel.typeUrl, value }]);
  }

  /** A multi-leg order filled all-or-nothing at the end of the block at a net price of at most `limitPrice` per unit. */
  combo(a: { legs: DeepPartial<ComboLeg>[]; quantity: bigint; limitPrice: bigint; clientId: bigint; subaccount?: number }): Promise<SettleTxResult> {
    const value = optionsTx.MsgPlaceCombo.fromPartial({ owner: this.sender, subaccount: a.subaccount ?? 0, clientId: a.clientId, legs: a.legs, quantity: a.quantity, limitPrice: a.limitPrice });
    return this.execute([{ typeUrl: optionsTx.MsgPlaceCombo.typeUrl, value }]);
  }

  /** A subaccount's equity, margin requirements and per-position marks (the sender's by default). */
  health(subaccount = 0, owner = this.sender): Promise<QueryHealthResponse> {
    return this.query.settle.margin.health({ owner, number: subaccount });
  }

  /** A bank balance proven against the app hash of the next block's header (see proofs.ts for the trust model). */
  getVerifiedBalance(address: string, denom: string, height = 0): Promise<{ amount: bigint; height: number; appHash: Uint8Array }> {
    return getVerifiedBalance(this.comet, address, denom, height);
  }

  /** A margin position proven against the app hash (undefined when the proof shows there is none). */
  async getVerifiedPosition(owner: string, subaccount: number, instrumentId: string, height = 0): Promise<{ position: Position | undefined; height: number; appHash: Uint8Array }> {
    const proven = await queryVerified(this.comet, 'margin', positionKey(owner, subaccount, instrumentId), height);
    return { position: proven.value === undefined ? undefined : Position.decode(proven.value), height: proven.height, appHash: proven.appHash };
  }
}
