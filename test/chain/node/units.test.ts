/**
 * The node's pure parts, without processes: config.toml editing, genesis, app.toml, dev accounts and
 * their genesis funding, CometBFT log routing, the plain log format, addresses, the crash/trace env
 * switches, and the ABCI grammar checker the integration tests rely on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import pino from 'pino';
import { defaultAppConfig, parseAppConfig, parseMinGasPrice, renderAppConfig } from '../../../chain/node/app-config';
import {
  FAST_BLOCK_TIMEOUTS,
  applyTomlEdits,
  cometConfigEdits,
  genesisTimeNow,
  portsFrom,
  setTomlKey,
  settleGenesis,
} from '../../../chain/node/cometbft-config';
import { DEV_ACCOUNTS, devAccounts, fundDevAccounts } from '../../../chain/node/dev-accounts';
import { crashPointFromEnv } from '../../../chain/node/fault';
import { formatPlain } from '../../../chain/node/logger';
import { rpcUrlFromLaddr } from '../../../chain/node/rpc';
import { cometbftEnvironment, routeCometLine } from '../../../chain/node/supervisor';
import { traceFileFromEnv } from '../../../chain/node/trace';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { COMETBFT, checkGrammar, type TraceRecord } from './helpers';

describe('config.toml editing', () => {
  const toml = ['# top', 'moniker = "a"', 'proxy_app = "x"', '', '[rpc]', 'laddr = "tcp://1"', 'cors = []', '', '[p2p]', 'laddr = "tcp://2"  '].join('\n');

  it('sets a key in its own section only, keeping comments', () => {
    const out = setTomlKey(toml, 'p2p', 'laddr', 'tcp://3');
    expect(out).toContain('laddr = "tcp://1"');
    expect(out).toContain('laddr = "tcp://3"');
    expect(out).toContain('# top');
    expect(setTomlKey(toml, '', 'moniker', 'b"c')).toContain('moniker = "b\\"c"');
  });

  it('fails on a key that does not exist (a typo must not write a dead setting)', () => {
    expect(() => setTomlKey(toml, 'rpc', 'lladdr', 'x')).toThrow(/no key \[rpc\] lladdr/);
    expect(() => setTomlKey(toml, 'consensus', 'laddr', 'x')).toThrow(/no key/);
  });

  it('writes arrays, booleans and numbers, and reads every value back', () => {
    const out = applyTomlEdits(toml, { rpc: { cors: ['*'] }, '': { moniker: 'n' } });
    expect(out).toContain('cors = ["*"]');
  });

  it("applies settle's edits to CometBFT v0.38's own config template", () => {
    if (!fs.existsSync(COMETBFT)) throw new Error('run scripts/install-cometbft.sh');
    const dir = makeTmpDir('cfg');
    try {
      expect(spawnSync(COMETBFT, ['init', '--home', dir]).status).toBe(0);
      const template = fs.readFileSync(path.join(dir, 'config/config.toml'), 'utf8');
      const out = applyTomlEdits(template, cometConfigEdits({ moniker: 'm', ports: portsFrom(30000), listenHost: '127.0.0.1', localnet: true, persistentPeers: 'a@b:1' }));
      expect(out).toMatch(/^proxy_app = "tcp:\/\/127.0.0.1:30002"$/m);
      expect(out).toMatch(/^laddr = "tcp:\/\/127.0.0.1:30001"$/m);
      expect(out).toMatch(/^timeout_commit = "400ms"$/m);
      expect(out).toMatch(/^allow_duplicate_ip = true$/m);
      expect(out).toMatch(/^prometheus_listen_addr = "127.0.0.1:30004"$/m);
      expect(out).toMatch(/^log_format = "json"$/m);
      expect(out).toMatch(/^peer_gossip_sleep_duration = "10ms"$/m);
      expect(out).toMatch(/^flush_throttle_timeout = "10ms"$/m);
      expect(FAST_BLOCK_TIMEOUTS.timeout_commit).toBe('400ms');
    } finally {
      removeDir(dir);
    }
  });

  it('lays out the ports from a base', () => {
    expect(portsFrom(26656)).toEqual({ p2p: 26656, rpc: 26657, abci: 26658, cometMetrics: 26660, appMetrics: 26661 });
    expect(() => portsFrom(65533)).toThrow();
  });
});

describe('genesis', () => {
  const base = {
    genesis_time: '2024-01-01T00:00:00Z',
    chain_id: 'test-chain-x',
    initial_height: '0',
    consensus_params: { block: { max_bytes: '22020096', max_gas: '-1' }, evidence: { max_age_num_blocks: '100000' }, abci: { vote_extensions_enable_height: '0' } },
    validators: [{ address: 'AA', pub_key: { type: 't', value: 'v' }, power: '10', name: '' }],
    app_hash: '',
  };

  it("sets chain id, app_state, initial height, settle's consensus params; keeps the rest", () => {
    const g = settleGenesis(base, { chainId: 'settle-x-1', appState: { consensus: {} }, genesisTime: '2025-02-03T04:05:06.789000000Z' });
    expect(g.chain_id).toBe('settle-x-1');
    expect(g.initial_height).toBe('1');
    expect(g.genesis_time).toBe('2025-02-03T04:05:06.789000000Z');
    expect(g.app_state).toEqual({ consensus: {} });
    expect(g.consensus_params.block).toEqual({ max_bytes: '4194304', max_gas: '100000000' });
    expect(g.consensus_params.abci.vote_extensions_enable_height).toBe('1');
    expect(g.consensus_params.evidence).toEqual(base.consensus_params.evidence);
    expect(g.validators).toEqual(base.validators);
    expect(base.consensus_params.abci.vote_extensions_enable_height).toBe('0'); // input untouched
  });

  it('rejects a bad chain id', () => {
    expect(() => settleGenesis(base, { chainId: 'has space', appState: {}, genesisTime: 'x' })).toThrow(/invalid chain id/);
    expect(() => settleGenesis(base, { chainId: '', appState: {}, genesisTime: 'x' })).toThrow(/invalid chain id/);
  });

  it('writes genesis time as RFC 3339 with nanoseconds', () => {
    expect(genesisTimeNow()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
  });
});

describe('app.toml', () => {
  it('round-trips the defaults', () => {
    const c = defaultAppConfig(1234, 1240);
    expect(parseAppConfig(renderAppConfig(c))).toEqual(c);
  });

  it('reads the gateway addresses ([lcd], [grpc]): off by default, round-tripped when set, unknown keys refused', () => {
    expect(parseAppConfig('').lcd).toEqual({ address: '', corsAnyOrigin: false });
    expect(parseAppConfig('').grpc).toEqual({ address: '' });
    const c = defaultAppConfig();
    c.lcd.address = '127.0.0.1:1317';
    c.lcd.corsAnyOrigin = true;
    c.grpc.address = '0.0.0.0:9090';
    expect(parseAppConfig(renderAppConfig(c))).toEqual(c);
    expect(() => parseAppConfig('[lcd]\nenable = true\n')).toThrow(/unknown key \[lcd\] enable/);
    expect(() => parseAppConfig('[grpc]\naddress = 9090\n')).toThrow(/grpc\.address must be a string/);
    expect(() => parseAppConfig('[lcd]\ncors_any_origin = "yes"\n')).toThrow(/lcd\.cors_any_origin must be true or false/);
  });

  it('fills missing keys with defaults', () => {
    const c = parseAppConfig('abci_address = "unix:///tmp/a.sock"\n[pruning]\nkeep_recent = 100\n');
    expect(c.abciAddress).toBe('unix:///tmp/a.sock');
    expect(c.pruning.keepRecent).toBe(100);
    expect(c.log).toEqual({ level: 'info', format: 'json' });
  });

  it('reads minimum_gas_prices as one denom and a decimal price', () => {
    expect(parseMinGasPrice('')).toBeUndefined();
    expect(parseMinGasPrice('0usettle')).toBeUndefined();
    const p = parseMinGasPrice('0.025usettle');
    expect(p?.denom).toBe('usettle');
    expect(p?.amount.toString()).toBe('0.025');
    expect(() => parseAppConfig('minimum_gas_prices = "0.025usettle,1uusdc"')).toThrow(/one denom/);
    expect(() => parseAppConfig('minimum_gas_prices = "cheap"')).toThrow(/must look like/);
  });

  it('reads index_events: the default list when missing, [] for every attribute, "type.key" strings only', () => {
    expect(parseAppConfig('').indexEvents).toEqual(expect.arrayContaining(['message.sender', 'transfer.recipient', 'tx.acc_seq']));
    expect(parseAppConfig('index_events = []').indexEvents).toEqual([]);
    expect(parseAppConfig('index_events = ["message.sender", "oracle.price"]').indexEvents).toEqual(['message.sender', 'oracle.price']);
    expect(() => parseAppConfig('index_events = ["sender"]')).toThrow(/type\.key/);
    expect(() => parseAppConfig('index_events = "message.sender"')).toThrow(/type\.key/);
  });

  it('rejects unknown keys and bad values', () => {
    expect(() => parseAppConfig('abci_adress = "x"')).toThrow(/unknown key abci_adress/);
    expect(() => parseAppConfig('[log]\nlevel = "loud"')).toThrow(/log.level must be one of/);
    expect(() => parseAppConfig('[pruning]\nkeep_recent = -1')).toThrow(/non-negative integer/);
    expect(() => parseAppConfig('[metrics]\naddress = 5')).toThrow(/must be a string/);
  });
});

describe('development accounts', () => {
  it('derive from their mnemonics to the pinned settle1 addresses (m/44\'/118\'/0\'/0/0)', async () => {
    const accounts = await devAccounts();
    expect(accounts.map((a) => a.address)).toEqual(DEV_ACCOUNTS.map((a) => a.address));
    expect(new Set(accounts.map((a) => a.mnemonic)).size).toBe(accounts.length);
  });

  it('are not put into genesis while there is no bank module', () => {
    const state = { consensus: {} };
    const r = fundDevAccounts(state, [...DEV_ACCOUNTS]);
    expect(r.funded).toBe(false);
    expect(r.appState).toBe(state);
  });

  it('are funded in a Cosmos SDK-shaped bank (and auth) genesis once there is one', () => {
    const state = {
      bank: { params: {}, balances: [{ address: 'settle1zzz', coins: [{ denom: 'usettle', amount: '5' }] }], supply: [{ denom: 'usettle', amount: '5' }] },
      auth: { accounts: [{ '@type': '/cosmos.auth.v1beta1.BaseAccount', address: 'settle1zzz', account_number: '0', sequence: '0' }] },
    };
    const [alice, bob] = DEV_ACCOUNTS;
    const r = fundDevAccounts(state, [alice, bob]);
    expect(r.funded).toBe(true);
    const bank = r.appState.bank as { balances: Array<{ address: string; coins: unknown[] }>; supply: unknown[] };
    expect(bank.balances.map((b) => b.address)).toEqual([alice.address, bob.address, 'settle1zzz'].sort());
    expect(bank.balances.find((b) => b.address === alice.address)?.coins).toEqual(alice.coins);
    expect(bank.supply).toEqual([
      { denom: 'usettle', amount: (5n + BigInt(alice.coins[0].amount) + BigInt(bob.coins[0].amount)).toString() },
      { denom: 'uusdc', amount: (BigInt(alice.coins[1].amount) + BigInt(bob.coins[1].amount)).toString() },
    ]);
    const auth = r.appState.auth as { accounts: Array<{ address: string; account_number: string }> };
    expect(auth.accounts.map((a) => [a.address, a.account_number])).toEqual([
      ['settle1zzz', '0'],
      [alice.address, '1'],
      [bob.address, '2'],
    ]);
    expect(state.bank.balances).toHaveLength(1); // input untouched
  });
});

describe('CometBFT log routing', () => {
  function capture(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'debug', base: undefined }, { write: (s: string) => lines.push(JSON.parse(s)) }).child({ module: 'cometbft' });
    return { logger, lines };
  }

  it('re-logs JSON lines with their level, message and fields; CometBFT module as cmtModule', () => {
    const { logger, lines } = capture();
    routeCometLine(logger, '{"_msg":"service start","impl":"Node","level":"info","module":"main","msg":"Starting Node service","ts":"2026"}', 'stdout');
    routeCometLine(logger, '{"_msg":"oops","level":"error","module":"consensus","err":"boom"}', 'stdout');
    routeCometLine(logger, '{"_msg":"dbg","level":"debug","module":"p2p"}', 'stdout');
    expect(lines[0]).toMatchObject({ level: 30, module: 'cometbft', cmtModule: 'main', msg: 'service start', detail: 'Starting Node service', impl: 'Node' });
    expect(lines[0].ts).toBeUndefined();
    expect(lines[1]).toMatchObject({ level: 50, cmtModule: 'consensus', msg: 'oops', err: 'boom' });
    expect(lines[2]).toMatchObject({ level: 20, cmtModule: 'p2p' });
  });

  it('logs other lines verbatim (stderr as errors); errors during a requested stop as warnings', () => {
    const { logger, lines } = capture();
    routeCometLine(logger, 'panic: runtime error', 'stderr');
    routeCometLine(logger, 'plain line', 'stdout');
    routeCometLine(logger, '', 'stdout');
    routeCometLine(logger, '{"_msg":"Error serving server","level":"error"}', 'stdout', true);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [50, 'panic: runtime error'],
      [30, 'plain line'],
      [40, 'Error serving server'],
    ]);
  });
});

describe('small parts', () => {
  it('formats a pino line as plain text', () => {
    const line = formatPlain(JSON.stringify({ level: 30, time: Date.UTC(2025, 0, 1, 12, 0, 1, 234), module: 'app', msg: 'committed block', height: 5, appHash: 'AB' }));
    expect(line).toBe('12:00:01.234 INFO  [app] committed block height=5 appHash=AB\n');
    expect(formatPlain('not json')).toBe('not json\n');
  });

  it('turns an RPC laddr into a URL', () => {
    expect(rpcUrlFromLaddr('tcp://127.0.0.1:26657')).toBe('http://127.0.0.1:26657');
    expect(rpcUrlFromLaddr('tcp://0.0.0.0:1')).toBe('http://127.0.0.1:1');
  });

  it('reads the crash-injection and trace switches', () => {
    expect(crashPointFromEnv({})).toBeUndefined();
    expect(crashPointFromEnv({ SETTLE_CRASH_AT: 'after-commit:12' })).toEqual({ after: 'commit', height: 12 });
    expect(() => crashPointFromEnv({ SETTLE_CRASH_AT: 'sometime' })).toThrow(/expected/);
    expect(traceFileFromEnv('/h', {})).toBeUndefined();
    expect(traceFileFromEnv('/h', { SETTLE_ABCI_TRACE: '1' })).toBe('/h/abci-trace.jsonl');
    expect(traceFileFromEnv('/h', { SETTLE_ABCI_TRACE: '/tmp/t.jsonl' })).toBe('/tmp/t.jsonl');
  });

  it('runs CometBFT with GOGC=400 unless the operator chose a GOGC', () => {
    expect(cometbftEnvironment({ PATH: '/bin' })).toEqual({ PATH: '/bin', GOGC: '400' });
    expect(cometbftEnvironment({ PATH: '/bin', GOGC: '' })).toEqual({ PATH: '/bin', GOGC: '400' });
    expect(cometbftEnvironment({ GOGC: '100' })).toEqual({ GOGC: '100' });
    expect(cometbftEnvironment({ GOGC: 'off' })).toEqual({ GOGC: 'off' });
  });
});

describe('the ABCI grammar checker', () => {
  const T = (s: string): TraceRecord[] =>
    s.split(' ').map((tok) => {
      const [type, h] = tok.split('@');
      const conn = type === 'info' ? 0 : 3;
      return h ? { conn, type, height: Number(h) } : { conn, type };
    });

  it('accepts a fresh start, proposer and non-proposer rounds, vote extensions, a partial tail', () => {
    const s = T(
      'info initChain prepareProposal@1 processProposal@1 extendVote@1 finalizeBlock@1 commit ' +
        'verifyVoteExtension@2 processProposal@2 verifyVoteExtension@2 extendVote@2 verifyVoteExtension@2 processProposal@2 finalizeBlock@2 commit ' +
        'prepareProposal@3',
    );
    expect(checkGrammar(s, { fresh: true, partialTail: true })).toEqual({ finalized: [1, 2], committed: [1, 2], replayed: [] });
  });

  it('accepts recovery: Info, replayed blocks, then rounds', () => {
    const s = T('info finalizeBlock@7 commit finalizeBlock@8 commit processProposal@9 finalizeBlock@9 commit');
    expect(checkGrammar(s, { fresh: false, firstHeight: [7] }).replayed).toEqual([7, 8]);
  });

  it('rejects what CometBFT never does', () => {
    expect(() => checkGrammar(T('info prepareProposal@1 finalizeBlock@1 commit'), { fresh: true })).toThrow(/without InitChain/);
    expect(() => checkGrammar(T('info initChain finalizeBlock@1 commit'), { fresh: false })).toThrow(/InitChain where not allowed/);
    expect(() => checkGrammar(T('initChain info'), { fresh: true })).toThrow(/start with Info/);
    expect(() => checkGrammar(T('info finalizeBlock@1 finalizeBlock@2'), { fresh: false })).toThrow(/not followed by Commit/);
    expect(() => checkGrammar(T('info finalizeBlock@1 commit finalizeBlock@3 commit'), { fresh: false })).toThrow(/height 3 follows 1/);
    expect(() => checkGrammar(T('info processProposal@1 prepareProposal@1 extendVote@1 finalizeBlock@1 commit'), { fresh: false, singleValidator: true })).toThrow(/expected \[P\]QE/);
    const twoConns = T('info processProposal@1 finalizeBlock@1 commit');
    twoConns[2].conn = 2;
    expect(() => checkGrammar(twoConns, { fresh: false })).toThrow(/several connections/);
    expect(() => checkGrammar(T('info processProposal@1 finalizeBlock@1 commit processProposal@2'), { fresh: false })).toThrow(/ends inside height 2/);
    expect(() => checkGrammar(T('info finalizeBlock@4 commit'), { fresh: false, firstHeight: [5, 6] })).toThrow(/first height 4/);
  });
});
