// The bridge relayer: stateless and permissionless. Each round it reads the contract's valset nonce and
// last anchor nonce, then the chain's attestations (settle.bridge.v1 Query/Attestations over CometBFT
// RPC) in seq order, and submits what the contract lacks: valset updates, then anchors, each only once
// complete (> 2/3 signed). Everything it knows it re-reads, so a restart (or two relayers) is safe: a
// submission the contract already has is skipped, one that lost a race reverts with a nonce error and
// the next round reads again.
//   npx ts-node scripts/bridge/relay.ts --rpc http://127.0.0.1:26757 --evm-rpc http://127.0.0.1:8545 \
//     --contract 0x… --key-file relayer.key [--interval-ms 1000] [--once]
import * as fs from 'node:fs';
import { createPublicClient, createWalletClient, getAddress, http, type Abi, type Address, type Chain, type Hex, type PublicClient, type WalletClient } from 'viem';
import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { QueryAttestationsRequest, QueryAttestationsResponse, type AttestationWithData } from '../../proto/gen/settle/bridge/v1/query';
import { AttestationKind, type Valset } from '../../proto/gen/settle/bridge/v1/types';
import { compileBridge } from './compile';

export interface RelayerOptions {
  /** CometBFT RPC of any settle node. */
  rpc: string;
  evmRpc: string;
  contract: Address;
  account: PrivateKeyAccount;
  chain?: Chain;
  log?: (line: string) => void;
}

export interface Relayer {
  /** One round; returns what it submitted ("valset 1", "anchor 3"). Throws on RPC failures (the next round retries). */
  relayOnce(): Promise<string[]>;
}

async function abciQuery(rpc: string, path: string, data: Uint8Array): Promise<Uint8Array> {
  const url = `${rpc}/abci_query?path=${encodeURIComponent(JSON.stringify(path))}&data=0x${Buffer.from(data).toString('hex')}`;
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const body = (await res.json()) as { result?: { response: { code?: number; log?: string; value?: string } }; error?: { message: string } };
  if (body.error) throw new Error(`abci_query ${path}: ${body.error.message}`);
  const r = body.result!.response;
  if (r.code) throw new Error(`abci_query ${path}: code ${r.code} ${r.log}`);
  return Buffer.from(r.value ?? '', 'base64');
}

/** Every attestation from seq 1 on (pages of 100). */
export async function readAttestations(rpc: string): Promise<AttestationWithData[]> {
  const out: AttestationWithData[] = [];
  for (let from = 1n; ; ) {
    const res = QueryAttestationsResponse.decode(await abciQuery(rpc, '/settle.bridge.v1.Query/Attestations', QueryAttestationsRequest.encode({ fromSeq: from, limit: 100 }).finish()));
    out.push(...res.attestations);
    if (res.attestations.length < 100) return out;
    from = res.attestations.at(-1)!.attestation!.seq + 1n;
  }
}

const hex = (b: Uint8Array): Hex => `0x${Buffer.from(b).toString('hex')}`;
const valsetArg = (v: Valset) => ({ nonce: v.nonce, validators: v.validators.map((a) => getAddress(a)), powers: v.powers });
const sigArgs = (a: AttestationWithData) =>
  a.signatures.map((s) => ({ v: s.signature[64], r: hex(s.signature.subarray(0, 32)), s: hex(s.signature.subarray(32, 64)) }));

export function createRelayer(o: RelayerOptions): Relayer {
  const chain = o.chain ?? foundry;
  const pub = createPublicClient({ chain, transport: http(o.evmRpc) }) as PublicClient;
  const wallet = createWalletClient({ chain, transport: http(o.evmRpc) }) as WalletClient;
  const abi: Abi = compileBridge().SettleBridge.abi;
  const read = async <T>(fn: string) => (await pub.readContract({ address: o.contract, abi, functionName: fn })) as T;
  const send = async (fn: string, args: unknown[]) => {
    const hash = await wallet.writeContract({ account: o.account, chain, address: o.contract, abi, functionName: fn, args });
    const r = await pub.waitForTransactionReceipt({ hash, timeout: 60_000 });
    if (r.status !== 'success') throw new Error(`${fn} reverted (tx ${hash})`);
    return r;
  };
  const log = o.log ?? (() => undefined);
  return {
    async relayOnce() {
      let valsetNonce = await read<bigint>('valsetNonce');
      let lastAnchor = await read<bigint>('lastAnchorNonce');
      const done: string[] = [];
      for (const a of await readAttestations(o.rpc)) {
        const att = a.attestation!;
        if (att.kind === AttestationKind.ATTESTATION_KIND_VALSET) {
          if (att.nonce <= valsetNonce) continue;
          if (!att.complete) break; // later attestations are signed by this set: wait for it
          await send('updateValset', [valsetArg(a.valset!), valsetArg(a.signerValset!), sigArgs(a)]);
          valsetNonce = att.nonce;
          done.push(`valset ${att.nonce}`);
        } else if (att.kind === AttestationKind.ATTESTATION_KIND_ANCHOR) {
          if (att.nonce <= lastAnchor) continue;
          if (!att.complete) break;
          const an = a.anchor!;
          const anchor = {
            nonce: an.nonce,
            height: an.height,
            appHash: hex(an.appHash),
            settlementRoot: hex(an.settlementRoot),
            withdrawalsRoot: hex(an.withdrawalsRoot),
            lastDepositNonce: an.lastDepositNonce,
            valsetCheckpoint: hex(an.valsetCheckpoint),
          };
          await send('submitAnchor', [anchor, valsetArg(a.signerValset!), sigArgs(a)]);
          lastAnchor = att.nonce;
          done.push(`anchor ${att.nonce}`);
        }
        log(`submitted ${done.at(-1)}`);
      }
      return done;
    },
  };
}

/** Rounds every `intervalMs` until `signal` aborts; a failed round is logged and retried. */
export async function runRelayer(o: RelayerOptions & { intervalMs: number; signal?: AbortSignal }): Promise<void> {
  const r = createRelayer(o);
  const log = o.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  while (!o.signal?.aborted) {
    try {
      await r.relayOnce();
    } catch (err) {
      log(`relay round failed (retrying): ${(err as Error).message.split('\n')[0]}`);
    }
    await new Promise<void>((res) => {
      const wake = () => {
        clearTimeout(t);
        o.signal?.removeEventListener('abort', wake);
        res();
      };
      const t = setTimeout(wake, o.intervalMs);
      o.signal?.addEventListener('abort', wake, { once: true });
    });
  }
}

function arg(name: string, def?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  if (def !== undefined) return def;
  throw new Error(`--${name} is required`);
}

if (require.main === module) {
  const key = fs.readFileSync(arg('key-file'), 'utf8').trim() as Hex;
  const o: RelayerOptions = { rpc: arg('rpc'), evmRpc: arg('evm-rpc'), contract: getAddress(arg('contract')), account: privateKeyToAccount(key), log: (l) => process.stdout.write(`${l}\n`) };
  if (process.argv.includes('--once')) {
    createRelayer(o)
      .relayOnce()
      .then((d) => process.stdout.write(`${d.length ? d.join(', ') : 'nothing to submit'}\n`))
      .catch((err) => {
        process.stderr.write(`${(err as Error).message}\n`);
        process.exit(1);
      });
  } else {
    void runRelayer({ ...o, intervalMs: Number(arg('interval-ms', '1000')) });
  }
}
