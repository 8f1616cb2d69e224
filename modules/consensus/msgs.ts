/**
 * The consensus module has no messages yet. Consensus params change only through a governance
 * authority (cosmos.consensus.v1.MsgUpdateParams), and settle has no governance module; until it
 * does, params are fixed by genesis and changing them is a coordinated upgrade.
 */
export const consensusMsgHandlers = {} as const;
