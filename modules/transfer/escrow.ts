import { sha256 } from '../../chain/sdk';
import { VERSION } from './keys';

/**
 * GetEscrowAddress (ADR-028 address hash): the first 20 bytes of sha256("ics20-1" ‖ 0x00 ‖
 * "{port}/{channel}"). Each channel escrows the native tokens it sent in its own account, so a
 * channel can never pay out more than it took in.
 */
export function escrowAddress(portId: string, channelId: string): Uint8Array {
  const preimage = Buffer.concat([Buffer.from(VERSION, 'utf8'), Buffer.of(0), Buffer.from(`${portId}/${channelId}`, 'utf8')]);
  return sha256(preimage).subarray(0, 20);
}
