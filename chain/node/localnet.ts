/**
 * `settled localnet`: N validators on one machine, each a `settled start` process in the background
 * with its own home (./.settle/localnet/node<i>), ports, log file and pid file; one shared genesis
 * (chain id settle-localnet-1, every validator with power 10) and full-mesh persistent peers.
 *
 *   settled localnet --validators 4    create (first time) and start, wait for blocks, print the nodes
 *   settled localnet status            height and pid of each node
 *   settled localnet stop              SIGTERM each node (each stops its CometBFT), wait, SIGKILL stragglers
 *
 * Node i uses base port + 100·i (default base 26756, i.e. the devnet's ports + 100·(i+1), so a devnet
 * and a localnet can run side by side): P2P +0, RPC +1, ABCI +2, CometBFT metrics +4, settle metrics +5.
 */
import { readBridgeKey } from './bridge-key';
import type { BridgeKey } from '../../proto/gen/settle/bridge/v1/types';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveCometbft } from './cometbft';
import { genesisTimeNow, portsFrom, readJson, settleGenesis, writeJson, editCometConfig, type NodePorts } from './cometbft-config';
import { homePaths, livePid, removeFile, waitForExit, writePid, SETTLED_CMDLINE } from './home';
import { initHome } from './init';
import { defaultAppState } from './modules';
import { rpcStatus, waitForHeight } from './rpc';

export const LOCALNET_CHAIN_ID = 'settle-localnet-1';
export const LOCALNET_HOME = path.join('.settle', 'localnet');
export const LOCALNET_BASE_PORT = 26756;
const PORT_STRIDE = 100;

export interface LocalnetOptions {
  home?: string;
  validators?: number;
  basePort?: number;
  chainId?: string;
  reset?: boolean;
  cometbftBinary?: string;
  /** Wait until every node reports this height (default 2). */
  waitHeight?: number;
  timeoutMs?: number;
}

interface ManifestNode {
  name: string;
  home: string;
  nodeId: string;
  ports: NodePorts;
}

interface Manifest {
  chainId: string;
  validators: number;
  nodes: ManifestNode[];
}

function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function manifestPath(root: string): string {
  return path.join(root, 'localnet.json');
}

function readManifest(root: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(manifestPath(root), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Creates the N homes with one shared genesis and full-mesh peers (in a temp folder, then renamed). */
export function createLocalnet(root: string, n: number, basePort: number, chainId: string, cometbftBinary?: string): Manifest {
  if (fs.existsSync(root) && fs.readdirSync(root).length > 0) {
    throw new Error(`${root} exists but holds no complete localnet; use --reset to recreate it`);
  }
  const tmp = `${root}.init-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  try {
    const appState = defaultAppState();
    const genesisTime = genesisTimeNow();
    const nodes: ManifestNode[] = [];
    for (let i = 0; i < n; i++) {
      const name = `node${i}`;
      const res = initHome({
        home: path.join(tmp, name),
        chainId,
        moniker: name,
        basePort: basePort + PORT_STRIDE * i,
        localnet: true,
        appState,
        genesisTime,
        corsAnyOrigin: true,
        cometbftBinary,
      });
      nodes.push({ name, home: path.join(root, name), nodeId: res.nodeId, ports: res.ports });
    }
    // One genesis for all: every node's validator key with equal power, in node order.
    const validators = nodes.map((node, i) => {
      const g = readJson(homePaths(path.join(tmp, node.name)).genesis);
      const v = g.validators[0];
      return { address: v.address, pub_key: v.pub_key, power: '10', name: nodes[i].name };
    });
    // Every validator's bridge key (config/bridge_key.json, made by init) registered in genesis.
    (appState.bridge as { keys: BridgeKey[] }).keys = nodes.map((node, i) => ({
      validatorAddress: String(validators[i].address).toLowerCase(),
      evmAddress: readBridgeKey(path.join(tmp, node.name)).evmAddress,
    }));
    const base = readJson(homePaths(path.join(tmp, nodes[0].name)).genesis);
    const genesis = settleGenesis(base, { chainId, appState, genesisTime, validators });
    for (const node of nodes) {
      const p = homePaths(path.join(tmp, node.name));
      writeJson(p.genesis, genesis);
      const peers = nodes
        .filter((other) => other !== node)
        .map((other) => `${other.nodeId}@127.0.0.1:${other.ports.p2p}`)
        .join(',');
      editCometConfig(p.cometConfig, { p2p: { persistent_peers: peers } });
    }
    const manifest: Manifest = { chainId, validators: n, nodes };
    writeJson(path.join(tmp, 'localnet.json'), manifest);
    if (fs.existsSync(root)) fs.rmdirSync(root);
    fs.mkdirSync(path.dirname(root), { recursive: true });
    fs.renameSync(tmp, root);
    return manifest;
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function logFile(node: ManifestNode): string {
  return path.join(node.home, 'settled.log');
}

function tailFile(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines - 1).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Starts `settled start --home <node>` detached, output appended to <node>/settled.log. */
function spawnNode(node: ManifestNode, cometbftBinary?: string): number {
  const fd = fs.openSync(logFile(node), 'a');
  const args = [...process.execArgv, process.argv[1], 'start', '--home', node.home];
  if (cometbftBinary) args.push('--cometbft', cometbftBinary);
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', fd, fd], env: process.env });
  fs.closeSync(fd);
  if (child.pid === undefined) throw new Error(`could not start ${node.name}`);
  child.unref();
  // settled writes its pid file itself; writing it now too closes the window in which `stop` would miss it.
  writePid(homePaths(node.home).settledPid, child.pid);
  return child.pid;
}

export async function localnetStart(options: LocalnetOptions): Promise<number> {
  const root = path.resolve(options.home ?? LOCALNET_HOME);
  if (options.reset && fs.existsSync(root)) {
    await localnetStop({ home: root, quiet: true });
    fs.rmSync(root, { recursive: true, force: true });
    out(`Removed ${root}.`);
  }
  let manifest = readManifest(root);
  if (manifest) {
    if (options.validators !== undefined && options.validators !== manifest.validators) {
      throw new Error(`${root} holds a localnet of ${manifest.validators} validators; run with --reset to create one of ${options.validators}`);
    }
  } else {
    const n = options.validators ?? 4;
    if (!Number.isInteger(n) || n < 1 || n > 50) throw new Error(`--validators must be an integer from 1 to 50, got ${options.validators}`);
    const binary = resolveCometbft(options.cometbftBinary);
    manifest = createLocalnet(root, n, options.basePort ?? LOCALNET_BASE_PORT, options.chainId ?? LOCALNET_CHAIN_ID, binary);
    out(`Created a ${n}-validator localnet in ${root} (chain id ${manifest.chainId}).`);
  }

  const pids = new Map<string, number>();
  for (const node of manifest.nodes) {
    const running = livePid(homePaths(node.home).settledPid, SETTLED_CMDLINE);
    if (running !== undefined) {
      out(`${node.name} is already running (pid ${running}).`);
      pids.set(node.name, running);
      continue;
    }
    pids.set(node.name, spawnNode(node, options.cometbftBinary));
  }

  const waitHeight = options.waitHeight ?? 2;
  const deadline = (options.timeoutMs ?? 120_000) + Date.now();
  try {
    for (const node of manifest.nodes) {
      const pid = pids.get(node.name) as number;
      let dead = false;
      await waitForHeight(`http://127.0.0.1:${node.ports.rpc}`, waitHeight, Math.max(1000, deadline - Date.now()), () => {
        try {
          process.kill(pid, 0);
        } catch {
          dead = true;
        }
        return dead ? `${node.name} (pid ${pid}) exited` : undefined;
      });
    }
  } catch (err) {
    out(`The localnet did not start: ${(err as Error).message}`);
    for (const node of manifest.nodes) {
      out(`--- last lines of ${logFile(node)}`);
      out(tailFile(logFile(node)));
    }
    await localnetStop({ home: root, quiet: true });
    return 1;
  }

  out(`localnet ${manifest.chainId}: ${manifest.validators} validators producing blocks`);
  out('  node    pid      RPC                      P2P    ABCI   metrics  log');
  for (const node of manifest.nodes) {
    const p = node.ports;
    out(
      `  ${node.name.padEnd(7)} ${String(pids.get(node.name)).padEnd(8)} http://127.0.0.1:${String(p.rpc).padEnd(7)} ${String(p.p2p).padEnd(6)} ${String(p.abci).padEnd(6)} ${String(p.appMetrics).padEnd(8)} ${logFile(node)}`,
    );
  }
  const homeArg = path.resolve(LOCALNET_HOME) === root ? '' : ` --home ${root}`;
  out(`Stop with: npm run localnet -- stop${homeArg}   (the chain continues at the next start; --reset starts over)`);
  return 0;
}

export async function localnetStop(options: { home?: string; quiet?: boolean; timeoutMs?: number }): Promise<number> {
  const root = path.resolve(options.home ?? LOCALNET_HOME);
  const manifest = readManifest(root);
  const homes = manifest
    ? manifest.nodes.map((n) => n.home)
    : fs.existsSync(root)
      ? fs
          .readdirSync(root)
          .filter((d) => /^node\d+$/.test(d))
          .map((d) => path.join(root, d))
      : [];
  const stopping: Array<{ home: string; pid: number }> = [];
  for (const home of homes) {
    const p = homePaths(home);
    const pid = livePid(p.settledPid, SETTLED_CMDLINE);
    if (pid === undefined) {
      removeFile(p.settledPid);
      continue;
    }
    try {
      process.kill(pid, 'SIGTERM');
      stopping.push({ home, pid });
    } catch {
      // already gone
    }
  }
  const timeoutMs = options.timeoutMs ?? 20_000;
  await Promise.all(
    stopping.map(async ({ home, pid }) => {
      if (!(await waitForExit(pid, timeoutMs))) {
        if (!options.quiet) out(`${path.basename(home)} (pid ${pid}) did not stop in ${timeoutMs} ms; killing it`);
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone
        }
        await waitForExit(pid, 5_000);
      }
      removeFile(homePaths(home).settledPid);
    }),
  );
  // A CometBFT whose settled was killed exits by itself once the ABCI connection drops; make sure.
  for (const home of homes) {
    const p = homePaths(home);
    const cpid = livePid(p.cometbftPid, 'cometbft');
    if (cpid !== undefined) {
      try {
        process.kill(cpid, 'SIGTERM');
      } catch {
        // gone
      }
      if (!(await waitForExit(cpid, 10_000))) {
        try {
          process.kill(cpid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
    removeFile(p.cometbftPid);
  }
  if (!options.quiet) out(stopping.length > 0 ? `Stopped ${stopping.length} node(s) in ${root}.` : `No localnet node was running in ${root}.`);
  return 0;
}

export async function localnetStatus(options: { home?: string }): Promise<number> {
  const root = path.resolve(options.home ?? LOCALNET_HOME);
  const manifest = readManifest(root);
  if (!manifest) {
    out(`No localnet in ${root}.`);
    return 1;
  }
  out(`localnet ${manifest.chainId} in ${root}`);
  for (const node of manifest.nodes) {
    const pid = livePid(homePaths(node.home).settledPid, SETTLED_CMDLINE);
    let height = '-';
    if (pid !== undefined) {
      try {
        height = String((await rpcStatus(`http://127.0.0.1:${node.ports.rpc}`)).height);
      } catch {
        height = 'no RPC';
      }
    }
    out(`  ${node.name.padEnd(7)} ${pid !== undefined ? `running pid ${pid}` : 'stopped'.padEnd(16)}  height ${height}  RPC http://127.0.0.1:${node.ports.rpc}`);
  }
  return 0;
}
