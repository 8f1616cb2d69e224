import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';
import type { Context } from '../../chain/sdk';

/**
 * What ICS-20 needs of the IBC core, declared here (a module never imports another; the composition
 * root passes the core's packet keeper, and binds TransferIbcApp on the core's port router, whose IbcApp
 * interface it satisfies structurally).
 */
export interface PacketSender {
  /** Commits a packet on (sourcePort, sourceChannel); returns its sequence. */
  sendPacket(ctx: Context, sourcePort: string, sourceChannel: string, timeoutHeight: Height, timeoutTimestamp: bigint, data: Uint8Array): bigint;
}

/** The acknowledgement an app returns from onRecvPacket (success false: the core discards the app's writes). */
export interface AppAcknowledgement {
  success: boolean;
  bytes: Uint8Array;
}
