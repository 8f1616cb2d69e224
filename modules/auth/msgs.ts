import type { MsgRegistration } from '../../chain/sdk';

/**
 * The auth module handles no messages. Its params (cosmos.auth.v1beta1.MsgUpdateParams) change only
 * through a governance authority, which settle does not have yet; until then they are fixed by
 * genesis. Accounts are created by the bank when an address first receives coins.
 */
export const authMsgs: MsgRegistration[] = [];
