// The options module's matching engine: one in-memory OrderBook per instrument, price-time priority on integer
// ticks and lots, plain data in and out (no store, no clock). The rules are in ./README.md.
//
//   OrderBook            place / cancel / replace / expire / restore, bestBid / bestAsk / depth, orders,
//                        snapshot / fromSnapshot / clone / equals, planTake / applyTake, invariantViolations
//   planCombo / applyCombo / fillCombo   multi-leg combos against the leg books, all or nothing
//   placeError / comboError              the registered error for a result's reason
export { OrderBook } from './book';
export { applyCombo, fillCombo, MAX_COMBO_LEGS, planCombo } from './combo';
export type { ComboLeg, ComboLegResult, ComboOrder, ComboPlan, ComboRejectReason, ComboResult } from './combo';
export { comboError, placeError } from './reasons';
export type {
  BookSnapshot,
  Depth,
  DepthLevel,
  Fill,
  MakerCancel,
  MakerCancelReason,
  MakerCheck,
  OrderInput,
  PlaceOptions,
  PlaceReason,
  PlaceResult,
  PlaceStatus,
  PlanStep,
  PlanStepKind,
  ReplaceResult,
  RestingOrder,
  Side,
  StpMode,
  TakePlan,
  TakeResult,
  TakeSpec,
  TimeInForce,
} from './types';
