/** `host:port` listen addresses of the gateways (the metrics endpoint's format); port 0 picks one. */
export function parseListenAddress(address: string, what: string): { host: string; port: number } {
  const m = /^(?:tcp:\/\/)?(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(address);
  if (!m || Number(m[3]) > 65535) throw new Error(`invalid ${what} address "${address}" (expected host:port)`);
  return { host: m[1] ?? (m[2] || '0.0.0.0'), port: Number(m[3]) };
}

export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}
