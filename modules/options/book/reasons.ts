// The registered error for each way an order can fail, for a message handler that turns an engine result
// into a failed tx (the engine itself only returns the reason; see PlaceResult.reason).
import type { RegisteredError } from '../../../chain/sdk';
import { OptionsErrors } from '../errors';
import type { ComboRejectReason } from './combo';
import type { PlaceReason } from './types';

/** undefined for 'ioc': an IOC remainder that does not fill is the order working as asked, not an error. */
export function placeError(reason: PlaceReason): RegisteredError | undefined {
  switch (reason) {
    case 'post-only':
      return OptionsErrors.postOnlyWouldCross;
    case 'fok':
      return OptionsErrors.fokNotFilled;
    case 'self-trade':
      return OptionsErrors.selfTrade;
    case 'reduce-only':
      return OptionsErrors.reduceOnlyViolation;
    case 'ioc':
      return undefined;
  }
}

export function comboError(_reason: ComboRejectReason): RegisteredError {
  return OptionsErrors.comboNotFilled;
}
