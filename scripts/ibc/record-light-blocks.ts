// Records real CometBFT light blocks for the 07-tendermint light-client golden tests:
//   node -r ts-node/register/transpile-only scripts/ibc/record-light-blocks.ts \
//     --rpc http://127.0.0.1:26857 --from 5 --count 4 --out test/modules/ibc/light-client/fixtures/localnet-light-blocks.json
// For each height it stores CometBFT's own JSON: /commit (signed header + commit) and /validators
// (every page), plus /status's node version, untouched, so the tests decode exactly what the node served.
import * as fs from 'node:fs';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1] !== undefined) return process.argv[i + 1];
  if (fallback === undefined) throw new Error(`--${name} is required`);
  return fallback;
}

async function get(rpc: string, route: string): Promise<any> {
  const res = await fetch(`${rpc}${route}`);
  const body = (await res.json()) as { result?: unknown; error?: unknown };
  if (!res.ok || body.error) throw new Error(`${route}: ${JSON.stringify(body.error ?? res.status)}`);
  return body.result;
}

async function main(): Promise<void> {
  const rpc = arg('rpc');
  const from = Number(arg('from'));
  const count = Number(arg('count', '4'));
  const out = arg('out');
  const status = await get(rpc, '/status');
  const blocks = [];
  for (let h = from; h < from + count; h++) {
    const commit = await get(rpc, `/commit?height=${h}`);
    const validators: unknown[] = [];
    for (let page = 1; ; page++) {
      const v = await get(rpc, `/validators?height=${h}&page=${page}&per_page=100`);
      validators.push(...v.validators);
      if (validators.length >= Number(v.total)) break;
    }
    blocks.push({ height: String(h), signed_header: commit.signed_header, canonical: commit.canonical, validators });
  }
  const fixture = { node_version: status.node_info.version, chain_id: status.node_info.network, blocks };
  fs.writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
  process.stdout.write(`wrote ${blocks.length} light blocks (${from}..${from + count - 1}) of ${fixture.chain_id} to ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
