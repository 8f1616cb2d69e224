import { registerError } from '../../chain/sdk';

export const CODESPACE = 'options';

// Codes 2–40 belong to the options module. The order book's errors come first (2–12); the module
// (instruments, params, genesis, messages, settlement) adds its own after them, from 13 on, in this file.
export const OptionsErrors = {
  // the matching engine (book/)
  invalidOrder: registerError(CODESPACE, 2, 'invalid order'),
  duplicateOrder: registerError(CODESPACE, 3, 'order id already exists'),
  orderNotFound: registerError(CODESPACE, 4, 'order not found'),
  postOnlyWouldCross: registerError(CODESPACE, 5, 'post-only order would cross the book'),
  fokNotFilled: registerError(CODESPACE, 6, 'fill-or-kill order cannot be filled completely'),
  comboNotFilled: registerError(CODESPACE, 7, 'combo cannot be filled completely at its limit price'),
  selfTrade: registerError(CODESPACE, 8, 'order would trade against its owner'),
  reduceOnlyViolation: registerError(CODESPACE, 9, 'reduce-only order would increase the position'),
  invalidCombo: registerError(CODESPACE, 10, 'invalid combo'),
  stalePlan: registerError(CODESPACE, 11, 'the book changed since the plan was made'),
  crossedBook: registerError(CODESPACE, 12, 'order would leave the book crossed'),
} as const;
