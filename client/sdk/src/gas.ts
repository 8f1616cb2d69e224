// The gas of settle's order flow, known without simulating. The chain charges its order-flow messages a
// fixed schedule (the options module's README, "Gas"), so a market maker can set a tx's gas limit itself
// and sign quote txs in parallel (sequence-free short-term txs) without a simulate round trip per tx.
import type { EncodeObject } from '@cosmjs/proto-signing';
import type { MsgBatch, MsgPlaceCombo } from './codegen/settle/options/v1/tx';

/** The chain's schedule (modules/options/gas.ts there; a test keeps the two equal). */
export const ORDER_GAS = {
  message: 20_000n,
  place: 16_000n,
  openOrder: 1_000n,
  cancel: 6_000n,
  comboLeg: 16_000n,
} as const;

/**
 * What the ante of a tx with one secp256k1 signer costs beyond its bytes: the signature (1,000) and the
 * metered reads and writes of the account, the sequence and the fee payment: ~23,200 measured on the chain
 * (test/client/sdk/gas.test.ts keeps the limit within 5,000 of what txs use), rounded up. Its bytes cost
 * `txSizeCostPerByte` (auth params, 10) each.
 */
export const ANTE_GAS = 26_000n;

/** Bytes a signed tx adds to its body (auth info with one signer and the fee, the signature, framing), rounded up. */
export const TX_OVERHEAD_BYTES = 200;

const OPTIONS = '/settle.options.v1.';

/**
 * The gas the chain charges these messages by its schedule, for a subaccount that has `openOrders` open
 * orders before the tx (each placing message pays 1,000 for each order open when it runs, its own earlier
 * places in the tx included). Throws for a message that is metered instead (simulate those).
 */
export function orderFlowGas(messages: readonly EncodeObject[], openOrders = 0): bigint {
  let gas = 0n;
  let open = BigInt(openOrders);
  for (const m of messages) {
    switch (m.typeUrl) {
      case `${OPTIONS}MsgPlaceOrder`:
        gas += ORDER_GAS.message + ORDER_GAS.place + ORDER_GAS.openOrder * open;
        open += 1n;
        break;
      case `${OPTIONS}MsgCancelOrder`:
        gas += ORDER_GAS.message + ORDER_GAS.cancel;
        open = open > 0n ? open - 1n : 0n;
        break;
      case `${OPTIONS}MsgBatch`: {
        const b = m.value as MsgBatch;
        const cancels = BigInt(b.cancelClientIds?.length ?? 0);
        const places = BigInt(b.places?.length ?? 0);
        open = open > cancels ? open - cancels : 0n;
        gas += ORDER_GAS.message + ORDER_GAS.place * places + ORDER_GAS.cancel * cancels + (places > 0n ? ORDER_GAS.openOrder * open : 0n);
        open += places;
        break;
      }
      case `${OPTIONS}MsgPlaceCombo`:
        gas += ORDER_GAS.message + ORDER_GAS.comboLeg * BigInt((m.value as MsgPlaceCombo).legs?.length ?? 0);
        break;
      case `${OPTIONS}MsgCancelAllAfter`:
        gas += ORDER_GAS.message;
        break;
      default:
        throw new Error(`${m.typeUrl} has no fixed gas: simulate the tx`);
    }
  }
  return gas;
}

/**
 * A gas limit for a tx of order-flow messages with one secp256k1 signer: the messages' fixed gas, the
 * open-orders charge, `ANTE_GAS`, and `txSizeCostPerByte` for each byte of the signed tx (its encoded body
 * plus `TX_OVERHEAD_BYTES`): enough, and a few thousand gas above what the tx uses.
 */
export function orderTxGasLimit(messages: readonly EncodeObject[], o: { bodyBytes: number; openOrders?: number; txSizeCostPerByte?: bigint }): bigint {
  const perByte = o.txSizeCostPerByte ?? 10n;
  return orderFlowGas(messages, o.openOrders ?? 0) + ANTE_GAS + perByte * BigInt(o.bodyBytes + TX_OVERHEAD_BYTES);
}
