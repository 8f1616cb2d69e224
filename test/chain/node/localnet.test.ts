/**
 * `settled localnet --validators 4`: four validators on this machine (eight processes: settled +
 * CometBFT each) reach height 10 with the same block hash and app hash at every height on every
 * node, each node's ABCI calls follow the grammar (with vote extensions exchanged between
 * validators), `localnet stop` stops them all, and starting again continues the same chain.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import {
  blockFacts,
  checkGrammar,
  checkPrerequisites,
  freeBasePort,
  height,
  killAll,
  readTrace,
  rpc,
  settledRun,
  tail,
  waitHeight,
  waitPidGone,
} from './helpers';

jest.setTimeout(150_000);

const N = 4;
let tmp: string;
let root: string;
let log: string;
let base: number;
const rpcPort = (i: number): number => base + 100 * i + 1;
const nodeHome = (i: number): string => path.join(root, `node${i}`);
const ENV = { SETTLE_ABCI_TRACE: '1' };
let block1 = '';
let stoppedAt = 0;

function pids(file: 'settled.pid' | 'cometbft.pid'): number[] {
  const out: number[] = [];
  for (let i = 0; i < N; i++) {
    try {
      out.push(Number(fs.readFileSync(path.join(nodeHome(i), file), 'utf8')));
    } catch {
      // none
    }
  }
  return out;
}

async function localnet(args: string[]): Promise<void> {
  const code = await settledRun(['localnet', ...args, '--home', root], log, 150_000, ENV);
  if (code !== 0) {
    const nodeLogs = [...Array(N).keys()].map((i) => `--- node${i}\n${tail(path.join(nodeHome(i), 'settled.log'), 15)}`).join('\n');
    throw new Error(`settled localnet ${args.join(' ')} exited with ${code}:\n${tail(log)}\n${nodeLogs}`);
  }
}

beforeAll(async () => {
  checkPrerequisites();
  tmp = makeTmpDir('localnet');
  root = path.join(tmp, 'localnet');
  log = path.join(tmp, 'localnet.log');
  base = await freeBasePort(N);
});

afterAll(async () => {
  await killAll([root]);
  if (process.env.KEEP_TEST_HOMES) process.stdout.write(`kept ${tmp}\n`);
  else removeDir(tmp);
});

describe('settled localnet', () => {
  it('starts 4 validators in the background with a shared genesis and distinct ports', async () => {
    await localnet(['--validators', String(N), '--base-port', String(base), '--timeout', '100000']);
    expect(pids('settled.pid')).toHaveLength(N);
    const genesis = fs.readFileSync(path.join(nodeHome(0), 'config/genesis.json'), 'utf8');
    for (let i = 1; i < N; i++) expect(fs.readFileSync(path.join(nodeHome(i), 'config/genesis.json'), 'utf8')).toBe(genesis);
    const g = JSON.parse(genesis);
    expect(g.chain_id).toBe('settle-localnet-1');
    expect(g.validators).toHaveLength(N);
    const toml = fs.readFileSync(path.join(nodeHome(2), 'config/config.toml'), 'utf8');
    expect(toml).toMatch(/^allow_duplicate_ip = true$/m);
    expect(toml).toMatch(/^addr_book_strict = false$/m);
    expect(/^persistent_peers = "(.*)"$/m.exec(toml)?.[1].split(',')).toHaveLength(N - 1);
  });

  it('reaches height 10 with identical block hashes and app hashes on all nodes', async () => {
    for (let i = 0; i < N; i++) await waitHeight(rpcPort(i), 10, 60_000);
    const facts = await Promise.all([...Array(N).keys()].map((i) => blockFacts(rpcPort(i), 1, 10)));
    for (let h = 1; h <= 10; h++) {
      for (let i = 1; i < N; i++) {
        expect({ node: i, height: h, ...facts[i].get(h) }).toEqual({ node: i, height: h, ...facts[0].get(h) });
      }
    }
    block1 = facts[0].get(1)!.blockHash;
    const vals = await rpc(rpcPort(3), '/validators?height=10');
    expect(Number(vals.total)).toBe(N);
    for (let i = 0; i < N; i++) {
      const st = await rpc(rpcPort(i), '/status');
      expect(st.node_info.moniker).toBe(`node${i}`);
      expect(Number(st.validator_info.voting_power)).toBe(10);
      expect((await rpc(rpcPort(i), '/net_info')).n_peers).toBe(String(N - 1));
    }
  });

  it("follows the ABCI grammar on every node, vote extensions included", () => {
    let verified = 0;
    for (let i = 0; i < N; i++) {
      const sessions = readTrace(path.join(nodeHome(i), 'abci-trace.jsonl'));
      expect(sessions).toHaveLength(1);
      const res = checkGrammar(sessions[0], { fresh: true, partialTail: true, firstHeight: [1] });
      expect(res.committed.length).toBeGreaterThanOrEqual(10);
      expect(res.replayed).toEqual([]);
      verified += sessions[0].filter((r) => r.type === 'verifyVoteExtension').length;
      expect(sessions[0].some((r) => r.type === 'extendVote')).toBe(true);
    }
    expect(verified).toBeGreaterThan(0); // validators checked each other's (empty) extensions
  });

  it('localnet stop stops every node and its CometBFT', async () => {
    const settledPids = pids('settled.pid');
    const cometPids = pids('cometbft.pid');
    expect(cometPids).toHaveLength(N);
    stoppedAt = await height(rpcPort(0));
    await localnet(['stop']);
    for (const pid of [...settledPids, ...cometPids]) expect(await waitPidGone(pid, 5_000)).toBe(true);
    expect(pids('settled.pid')).toEqual([]);
  });

  it('starting again continues the same chain', async () => {
    await localnet(['--timeout', '100000']);
    for (let i = 0; i < N; i++) await waitHeight(rpcPort(i), stoppedAt + 3, 60_000);
    const facts = await blockFacts(rpcPort(1), 1, 1);
    expect(facts.get(1)!.blockHash).toBe(block1);
    await localnet(['stop']);
    for (let i = 0; i < N; i++) {
      const sessions = readTrace(path.join(nodeHome(i), 'abci-trace.jsonl'));
      expect(sessions).toHaveLength(2);
      checkGrammar(sessions[1], { fresh: false, partialTail: true });
    }
  });
});
