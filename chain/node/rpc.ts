/** Minimal CometBFT RPC reads used by devnet/localnet to wait for blocks (JSON-RPC over HTTP GET). */
import { sleep } from './home';

/** config.toml `[rpc] laddr` (tcp://host:port) → http://host:port, with 0.0.0.0 shown as 127.0.0.1. */
export function rpcUrlFromLaddr(laddr: string): string {
  const m = /^(?:tcp:\/\/)?(\[[^\]]+\]|[^:]*):(\d+)$/.exec(laddr);
  if (!m) throw new Error(`cannot read an RPC address from laddr "${laddr}"`);
  const host = m[1] === '' || m[1] === '0.0.0.0' ? '127.0.0.1' : m[1] === '[::]' ? '[::1]' : m[1];
  return `http://${host}:${m[2]}`;
}

export async function rpcGet<T = any>(url: string, route: string, timeoutMs = 3000): Promise<T> {
  const res = await fetch(`${url}${route}`, { signal: AbortSignal.timeout(timeoutMs) });
  const body = (await res.json()) as { result?: T; error?: unknown };
  if (body.error) throw new Error(`RPC ${route}: ${JSON.stringify(body.error)}`);
  return body.result as T;
}

export interface NodeStatus {
  height: number;
  chainId: string;
  moniker: string;
  version: string;
  nodeId: string;
}

export async function rpcStatus(url: string): Promise<NodeStatus> {
  const st = await rpcGet(url, '/status');
  return {
    height: Number(st.sync_info.latest_block_height),
    chainId: String(st.node_info.network),
    moniker: String(st.node_info.moniker),
    version: String(st.node_info.version),
    nodeId: String(st.node_info.id),
  };
}

/**
 * Polls `/status` until the node reports `height` or more. Gives up after `timeoutMs`, or as soon
 * as `abort()` returns a reason (e.g. the process died), with an error naming what was awaited.
 */
export async function waitForHeight(url: string, height: number, timeoutMs: number, abort?: () => string | undefined): Promise<NodeStatus> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    const why = abort?.();
    if (why) throw new Error(`stopped waiting for height ${height} at ${url}: ${why}`);
    try {
      const st = await rpcStatus(url);
      if (st.height >= height) return st;
      last = `at height ${st.height}`;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for height ${height} at ${url} (${last})`);
    await sleep(200);
  }
}
