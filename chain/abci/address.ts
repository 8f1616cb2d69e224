/**
 * ABCI listen addresses in CometBFT's `proxy_app` syntax: `tcp://host:port`, `unix:///abs/path`
 * (or `unix://relative/path`), and a bare `host:port`, which CometBFT reads as TCP.
 */
export type AbciAddress = { kind: 'tcp'; host: string; port: number } | { kind: 'unix'; path: string };

export function parseAbciAddress(address: string): AbciAddress {
  const m = /^([a-z0-9]+):\/\/(.*)$/i.exec(address);
  const scheme = m ? m[1].toLowerCase() : 'tcp';
  const rest = m ? m[2] : address;
  if (scheme === 'unix') {
    if (rest === '') throw new Error(`invalid ABCI address "${address}": empty unix socket path`);
    return { kind: 'unix', path: rest };
  }
  if (scheme !== 'tcp') {
    throw new Error(`invalid ABCI address "${address}": unsupported scheme "${scheme}" (use tcp:// or unix://)`);
  }
  const hp = /^(?:\[([0-9a-fA-F:.%a-zA-Z]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(rest);
  if (!hp) throw new Error(`invalid ABCI address "${address}": expected tcp://host:port`);
  const port = Number(hp[3]);
  if (port > 65535) throw new Error(`invalid ABCI address "${address}": port out of range`);
  const host = hp[1] ?? hp[2];
  return { kind: 'tcp', host: host === '' ? '0.0.0.0' : host, port };
}

export function formatAbciAddress(address: AbciAddress): string {
  if (address.kind === 'unix') return `unix://${address.path}`;
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return `tcp://${host}:${address.port}`;
}
