import type { StoreKey } from '../../chain/sdk';
import { ChannelKeeper } from './channel-keeper';
import { ClientKeeper } from './client-keeper';
import { ConnectionKeeper } from './connection-keeper';
import { PacketKeeper } from './packet-keeper';
import { PortRouter } from './router';

/** The IBC core over store `ibc`: clients (ICS-02), connections (ICS-03), channels and packets (ICS-04), the port router. */
export class IbcKeeper {
  readonly clients: ClientKeeper;
  readonly connections: ConnectionKeeper;
  readonly channels: ChannelKeeper;
  readonly packets: PacketKeeper;

  constructor(
    storeKey: StoreKey,
    readonly router: PortRouter = new PortRouter(),
  ) {
    this.clients = new ClientKeeper(storeKey);
    this.connections = new ConnectionKeeper(storeKey, this.clients);
    this.channels = new ChannelKeeper(storeKey, this.connections, router);
    this.packets = new PacketKeeper(this.channels);
  }
}

/** What an IBC app (ICS-20) needs of the core: send a packet on a channel it owns. */
export interface PacketSender {
  sendPacket: PacketKeeper['sendPacket'];
}
