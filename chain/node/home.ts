/**
 * Where a node's files live. One home folder holds CometBFT's files and settle's, side by side:
 *
 * ```
 * <home>/config/config.toml            CometBFT's configuration (ports, timeouts, peers, indexer)
 * <home>/config/genesis.json           the chain's genesis (chain id, validators, consensus params, app_state)
 * <home>/config/app.toml               settled's own configuration (ABCI address, metrics, logs, pruning)
 * <home>/config/node_key.json          p2p identity (CometBFT)
 * <home>/config/priv_validator_key.json  consensus signing key (CometBFT) — back it up, never share it
 * <home>/data/                         CometBFT's databases (blocks, state, tx index, WAL) and
 *   priv_validator_state.json          the last signed height/round/step (double-sign protection)
 * <home>/data/application.db/          settle's state (LevelDB: IAVL trees, commit info)
 * <home>/settled.pid, cometbft.pid     pids of the running node (removed at a clean shutdown)
 * <home>/dev-accounts.json             devnet only: the development accounts and their mnemonics
 * ```
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface HomePaths {
  home: string;
  configDir: string;
  dataDir: string;
  cometConfig: string;
  genesis: string;
  appConfig: string;
  appDb: string;
  settledPid: string;
  cometbftPid: string;
  devAccounts: string;
}

export function homePaths(home: string): HomePaths {
  const abs = path.resolve(home);
  const configDir = path.join(abs, 'config');
  const dataDir = path.join(abs, 'data');
  return {
    home: abs,
    configDir,
    dataDir,
    cometConfig: path.join(configDir, 'config.toml'),
    genesis: path.join(configDir, 'genesis.json'),
    appConfig: path.join(configDir, 'app.toml'),
    appDb: path.join(dataDir, 'application.db'),
    settledPid: path.join(abs, 'settled.pid'),
    cometbftPid: path.join(abs, 'cometbft.pid'),
    devAccounts: path.join(abs, 'dev-accounts.json'),
  };
}

/** A home is initialized when `settled init` finished: app.toml is the last file it writes. */
export function isInitialized(home: string): boolean {
  const p = homePaths(home);
  return fs.existsSync(p.appConfig) && fs.existsSync(p.genesis) && fs.existsSync(p.cometConfig);
}

/** The repository root (the folder of settle's package.json), from source (chain/node) or from dist/chain/node. */
export function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        const name = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name;
        // dist/package.json is tsc's copy (chain/app imports the version from it); skip to the real root.
        if (name === 'settle' && path.basename(dir) !== 'dist') return dir;
      } catch {
        // not ours
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find settle's package.json above ${__dirname}`);
    dir = up;
  }
}

export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

// ---------------------------------------------------------------------------------------------
// pid files

export function readPid(file: string): number | undefined {
  try {
    const n = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line (Linux /proc), or undefined when unknown. */
export function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/**
 * The pid in `file` if that process is still running and (where /proc tells) its command line
 * contains (or matches) `mustContain`; a pid file left by a dead process, or one whose pid was reused by an
 * unrelated program, yields undefined.
 */
export function livePid(file: string, mustContain: string | RegExp): number | undefined {
  const pid = readPid(file);
  if (pid === undefined || pid === process.pid || !isAlive(pid)) return undefined;
  const cmd = commandLine(pid);
  if (cmd !== undefined && !(typeof mustContain === 'string' ? cmd.includes(mustContain) : mustContain.test(cmd))) return undefined;
  return pid;
}

/** How a running settled's command line looks (node running main.js, or the `settled` bin). */
export const SETTLED_CMDLINE = /settled|main\.[jt]s/;

export function writePid(file: string, pid: number): void {
  fs.writeFileSync(file, `${pid}\n`);
}

export function removeFile(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits up to `timeoutMs` for `pid` to exit; true if it did. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}
