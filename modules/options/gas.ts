// The fixed gas schedule of the order-flow messages (README, "Gas"). These messages are charged by what
// they ask for, not by the store reads their execution happens to make: a market maker knows a batch's
// cost before sending it, a batch costs the same whatever else the subaccount has open, and the chain
// may keep what it has read (caches, aggregates) without changing gas_used, which is in the block's
// results hash. Injective charges its exchange messages a fixed gas the same way.
import type { MsgBatch, MsgPlaceCombo } from '../../proto/gen/settle/options/v1/tx';

export const ORDER_GAS = {
  /** Every order-flow message. */
  message: 20_000n,
  /** Each order placed (its checks, its records, and its matching at the end of the block). */
  place: 16_000n,
  /**
   * Charged by placement for each order the subaccount already has open: the open-order margin check covers
   * all of them (so a subaccount with many open orders pays for the check it makes every batch run over).
   */
  openOrder: 1_000n,
  /** Each cancel (by order id or client id). */
  cancel: 6_000n,
  /** Each leg of a combo (checked, and matched against its book, at the end of the block). */
  comboLeg: 16_000n,
} as const;

export const placeOrderGas = (): bigint => ORDER_GAS.message + ORDER_GAS.place;
export const cancelOrderGas = (): bigint => ORDER_GAS.message + ORDER_GAS.cancel;
export const batchGas = (m: MsgBatch): bigint => ORDER_GAS.message + ORDER_GAS.place * BigInt(m.places.length) + ORDER_GAS.cancel * BigInt(m.cancelClientIds.length);
export const comboGas = (m: MsgPlaceCombo): bigint => ORDER_GAS.message + ORDER_GAS.comboLeg * BigInt(m.legs.length);
export const cancelAllAfterGas = (): bigint => ORDER_GAS.message;
