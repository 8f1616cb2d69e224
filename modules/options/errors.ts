import { registerError } from '../../chain/sdk';

export const CODESPACE = 'options';

// The order book's errors come first (2–12); the module's (instruments, params, genesis, messages) follow.
export const OptionsErrors = {
  // the matching engine (book/) and order messages
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
  // the module
  invalidGenesis: registerError(CODESPACE, 13, 'invalid options genesis'),
  invalidParams: registerError(CODESPACE, 14, 'invalid options params'),
  invalidAuthority: registerError(CODESPACE, 15, 'invalid authority'),
  invalidInstrument: registerError(CODESPACE, 16, 'invalid instrument'),
  instrumentExists: registerError(CODESPACE, 17, 'instrument already listed'),
  unknownInstrument: registerError(CODESPACE, 18, 'unknown instrument'),
  instrumentNotActive: registerError(CODESPACE, 19, 'instrument not trading'),
  duplicateClientId: registerError(CODESPACE, 20, 'client order id in use'),
  tooManyOrders: registerError(CODESPACE, 21, 'too many orders'),
  openInterestCap: registerError(CODESPACE, 22, 'open interest cap reached'),
  invalidSubaccount: registerError(CODESPACE, 23, 'invalid subaccount'),
  mmpFrozen: registerError(CODESPACE, 24, 'market-maker protection froze quoting'),
  invalidMmp: registerError(CODESPACE, 25, 'invalid market-maker protection'),
  replayedTx: registerError(CODESPACE, 26, 'sequence-free order tx already seen'),
  invalidRfq: registerError(CODESPACE, 27, 'invalid request for quote'),
  rfqNotFound: registerError(CODESPACE, 28, 'request for quote not found'),
  quoteNotFound: registerError(CODESPACE, 29, 'quote not found'),
  quoteWorseThanLimit: registerError(CODESPACE, 30, 'quote is worse than the limit'),
} as const;
