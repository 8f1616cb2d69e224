// The matching engine's plain data: what the caller passes in and what it gets back. Prices are integer
// ticks and sizes integer lots (safe-integer JS numbers; the keeper converts from its Dec/bigint units),
// "time" is a sequence number the caller assigns. No store, no clock, no protobuf (see ./README.md).

export type Side = 'buy' | 'sell';

/** GTT (good-til-time) and GTB (good-til-block) rest like GTC; the caller removes them with `expire`. */
export type TimeInForce = 'GTC' | 'GTT' | 'GTB' | 'IOC' | 'FOK';

/** Self-trade prevention, chosen by the taker: what happens when it meets a resting order of its own owner. */
export type StpMode = 'cancel-maker' | 'cancel-taker' | 'decrement-both';

/** An order as the caller submits it to `place` (or `replace`). */
export interface OrderInput {
  /** Unique among the book's resting orders. */
  id: string;
  /** The subaccount, e.g. "settle1…/0"; equal owners are "self" for self-trade prevention. */
  owner: string;
  side: Side;
  /** Limit price in ticks, a positive safe integer. */
  price: number;
  /** Lots, a positive safe integer. */
  size: number;
  /** Time priority: lower first at one price. A non-negative safe integer, unique within a price level. */
  seq: number;
  /** Default GTC. */
  timeInForce?: TimeInForce;
  /** Rejected (nothing changes) if it would cross; never takes. Not with IOC/FOK. */
  postOnly?: boolean;
  /** Needs `PlaceOptions.reduceOnlyLimit`. */
  reduceOnly?: boolean;
  /** Opaque to the engine; kept on the resting order. Default ''. */
  clientId?: string;
  /** GTT: expiry time, GTB: last block, as the caller counts them (a positive safe integer). Only for GTT/GTB. */
  goodTil?: number;
  /** Default cancel-maker. */
  stp?: StpMode;
}

/** A resting order, as the book holds it. `size` is the remaining size. */
export interface RestingOrder {
  readonly id: string;
  readonly owner: string;
  readonly side: Side;
  readonly price: number;
  readonly size: number;
  readonly seq: number;
  readonly timeInForce: TimeInForce;
  readonly postOnly: boolean;
  readonly reduceOnly: boolean;
  readonly clientId: string;
  /** 0 for GTC. */
  readonly goodTil: number;
}

/**
 * Asked before every fill with the maker order (a live view: read it during the call only), the size and
 * the price of the fill it is about to take part in. false: the maker order is removed (a MakerCancel with
 * reason 'maker-check') and matching goes on with the next one. It must be a function of its arguments and
 * of caller state that does not change during `place`, `planTake` or `planCombo`.
 */
export type MakerCheck = (maker: RestingOrder, size: number, price: number) => boolean;

export interface PlaceOptions {
  /** For a reduce-only order: the most it may trade in its direction (from the owner's position). */
  reduceOnlyLimit?: number;
  makerCheck?: MakerCheck;
}

/** One trade: always at the maker's price. */
export interface Fill {
  makerId: string;
  makerOwner: string;
  takerId: string;
  takerOwner: string;
  price: number;
  size: number;
  /** The maker order's remaining size after this fill; 0: it left the book. */
  makerRemaining: number;
}

export type MakerCancelReason = 'self-trade' | 'maker-check';

/** A resting order reduced or removed during matching without trading. */
export interface MakerCancel {
  id: string;
  owner: string;
  /** Size taken off the order. */
  size: number;
  /** What is left resting; 0: it left the book (always 0 but for decrement-both). */
  remaining: number;
  reason: MakerCancelReason;
}

/**
 * filled: all of the order traded. rested: a remainder rests (maybe after fills). cancelled: the order is
 * done with part of it neither filled nor rested. rejected: nothing happened, the book is unchanged.
 */
export type PlaceStatus = 'filled' | 'rested' | 'cancelled' | 'rejected';

/**
 * Why some of the order was cancelled (or the whole of it rejected). When there are several causes, the
 * last one that applied: a reduce-only cut, then self-trade decrements, then what stopped the remainder.
 */
export type PlaceReason = 'ioc' | 'fok' | 'post-only' | 'self-trade' | 'reduce-only';

export interface PlaceResult {
  status: PlaceStatus;
  reason: PlaceReason | undefined;
  fills: readonly Fill[];
  makerCancels: readonly MakerCancel[];
  /** filledSize + restedSize + cancelledSize = the order's size. */
  filledSize: number;
  restedSize: number;
  cancelledSize: number;
}

export interface ReplaceResult extends PlaceResult {
  /** The order that was replaced, as it rested before. When status is 'rejected' it still rests, unchanged. */
  replaced: RestingOrder;
  /** True when the order only shrank in place and kept its time priority (and its seq). */
  keptPriority: boolean;
}

export interface DepthLevel {
  price: number;
  size: number;
  orders: number;
}

export interface Depth {
  /** Best first. */
  bids: DepthLevel[];
  asks: DepthLevel[];
}

/** A whole book as plain data: orders best price first, then by seq. Rebuild with OrderBook.fromSnapshot. */
export interface BookSnapshot {
  instrument: string;
  bids: RestingOrder[];
  asks: RestingOrder[];
}

/** What taking liquidity would do, computed without changing the book (see OrderBook.planTake). */
export interface TakeSpec {
  id: string;
  owner: string;
  side: Side;
  /** Worst price the taker accepts: buy at most, sell at least. */
  limitPrice: number;
  size: number;
  stp: StpMode;
}

export type PlanStepKind = 'fill' | 'decrement' | MakerCancelReason;

export interface PlanStep {
  kind: PlanStepKind;
  makerId: string;
  makerOwner: string;
  price: number;
  /** The fill size, the decrement, or the whole maker size for a removal. */
  size: number;
}

export interface TakePlan {
  instrument: string;
  /** The book's version when planned: the plan applies to that book state only. */
  version: number;
  taker: TakeSpec;
  steps: PlanStep[];
  /** Lots the taker would trade. */
  filled: number;
  /** Σ price × size of the fills, exact. */
  notional: bigint;
  /** Lots the taker would lose to decrement-both. */
  decremented: number;
  /** A cancel-taker self-trade would stop the taker. */
  stoppedBySelf: boolean;
}

export interface TakeResult {
  fills: Fill[];
  makerCancels: MakerCancel[];
}
