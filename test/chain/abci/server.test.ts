import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  Request,
  ResponseApplySnapshotChunk_Result,
  ResponseCheckTx,
  ResponseFinalizeBlock,
  ResponseInfo,
  ResponseOfferSnapshot_Result,
  ResponseQuery,
} from 'cosmjs-types/tendermint/abci/types';
import {
  AbciServer,
  BaseAbciApplication,
  encodeFrame,
  encodeRequestFrame,
  withAbciDefaults,
  type AbciApplication,
  type AbciRequestType,
  type AbciServerOptions,
} from '../../../chain/abci';
import { encodeUvarint } from '../../../chain/encoding';
import { RawClient, captureLogger, kindOf, sleep } from './helpers';

const servers: AbciServer[] = [];
const clients: RawClient[] = [];

async function start(
  app: AbciApplication,
  opts: AbciServerOptions = {},
  address = 'tcp://127.0.0.1:0',
): Promise<{ server: AbciServer; addr: string; records: Array<Record<string, unknown>> }> {
  const { logger, records } = captureLogger();
  const server = new AbciServer(app, { logger, ...opts });
  servers.push(server);
  const addr = await server.listen(address);
  return { server, addr, records };
}

async function connect(addr: string): Promise<RawClient> {
  const c = await RawClient.connect(addr);
  clients.push(c);
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const echo = (message: string): Request => ({ echo: { message } });
const flush: Request = { flush: {} };
const info: Request = Request.fromPartial({ info: { version: 'test' } });
const query = (p: string): Request => Request.fromPartial({ query: { path: p } });

/** An app whose Info is slow and whose Query answers immediately, echoing the path. */
function slowInfoApp(calls: string[], infoDelayMs = 50): AbciApplication {
  return withAbciDefaults({
    async info() {
      calls.push('info:start');
      await sleep(infoDelayMs);
      calls.push('info:end');
      return ResponseInfo.fromPartial({ data: 'slow', lastBlockHeight: 5n });
    },
    async query(req) {
      calls.push(`query:${req.path}`);
      return ResponseQuery.fromPartial({ code: 0, log: req.path });
    },
  });
}

describe('AbciServer over a raw TCP socket', () => {
  it('answers Echo with the same message and Flush with ResponseFlush', async () => {
    const { addr } = await start(new BaseAbciApplication());
    expect(addr).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const c = await connect(addr);
    c.send(echo('hello ✓'), flush);
    const res = await c.waitFor(2);
    expect(res.map(kindOf)).toEqual(['echo', 'flush']);
    expect(res[0].echo?.message).toBe('hello ✓');
  });

  it('answers many frames sent in one chunk, in order', async () => {
    const { addr } = await start(new BaseAbciApplication());
    const c = await connect(addr);
    const reqs: Request[] = [];
    for (let i = 0; i < 300; i++) reqs.push(i % 3 === 2 ? query(`/q/${i}`) : echo(`m${i}`));
    reqs.push(flush);
    c.send(...reqs);
    const res = await c.waitFor(reqs.length);
    expect(res).toHaveLength(reqs.length);
    res.forEach((r, i) => {
      if (i === reqs.length - 1) expect(kindOf(r)).toBe('flush');
      else if (i % 3 === 2) expect(kindOf(r)).toBe('query');
      else expect(r.echo?.message).toBe(`m${i}`);
    });
  });

  it('reassembles frames split across TCP chunks (one byte per write)', async () => {
    const { addr } = await start(new BaseAbciApplication());
    const c = await connect(addr);
    const bytes = Buffer.concat([encodeRequestFrame(echo('x'.repeat(200))), encodeRequestFrame(info), encodeRequestFrame(flush)]);
    for (let i = 0; i < bytes.length; i++) {
      c.write(bytes.subarray(i, i + 1));
      if (i % 16 === 0) await sleep(1);
    }
    const res = await c.waitFor(3);
    expect(res.map(kindOf)).toEqual(['echo', 'info', 'flush']);
    expect(res[0].echo?.message).toBe('x'.repeat(200));
  });

  it('handles a large request split over many chunks', async () => {
    let seen = 0;
    const { addr } = await start(
      withAbciDefaults({
        async checkTx(req) {
          seen = req.tx.length;
          return { code: 0, data: new Uint8Array(), log: '', info: '', gasWanted: 0n, gasUsed: 0n, events: [], codespace: '' };
        },
      }),
    );
    const c = await connect(addr);
    const tx = Buffer.alloc(5 * 1024 * 1024, 7);
    c.send(Request.fromPartial({ checkTx: { tx } }), flush);
    const res = await c.waitFor(2, 20_000);
    expect(res.map(kindOf)).toEqual(['checkTx', 'flush']);
    expect(seen).toBe(tx.length);
  });

  it('keeps responses in request order when handlers take different times, and Flush comes last', async () => {
    const calls: string[] = [];
    const order: AbciRequestType[] = [];
    const { addr } = await start(slowInfoApp(calls), { onRequest: (_id, t) => order.push(t) });
    const c = await connect(addr);
    c.send(info, query('/a'), echo('e'), flush);
    const res = await c.waitFor(4);
    expect(res.map(kindOf)).toEqual(['info', 'query', 'echo', 'flush']);
    expect(res[0].info?.lastBlockHeight).toBe(5n);
    expect(res[1].query?.log).toBe('/a');
    // Strictly sequential per connection: the query starts only after info finished.
    expect(calls).toEqual(['info:start', 'info:end', 'query:/a']);
    expect(order).toEqual(['info', 'query', 'echo', 'flush']);
  });

  it("serializes application calls across connections by default (like CometBFT's Go server)", async () => {
    const calls: string[] = [];
    const { addr } = await start(slowInfoApp(calls, 100));
    const a = await connect(addr);
    const b = await connect(addr);
    a.send(info, flush);
    await sleep(20);
    b.send(query('/b'), flush);
    await Promise.all([a.waitFor(2), b.waitFor(2)]);
    expect(calls).toEqual(['info:start', 'info:end', 'query:/b']);
  });

  it('a flood of CheckTx on one connection does not hold back another connection\'s FinalizeBlock', async () => {
    // Each CheckTx takes 0.2 ms of CPU. Answered through promises alone, a connection's queue would
    // run to its end (or to write backpressure) before any other socket is read again.
    const busy = (ms: number): void => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const checked: number[] = [];
    const { addr } = await start(
      withAbciDefaults({
        async checkTx() {
          busy(0.2);
          checked.push(checked.length);
          return ResponseCheckTx.fromPartial({ code: 0 });
        },
        async finalizeBlock() {
          return ResponseFinalizeBlock.fromPartial({ appHash: new Uint8Array(32) });
        },
      }),
    );
    const mempool = await connect(addr);
    const consensus = await connect(addr);
    const floods = Array.from({ length: 2000 }, (_, i) => Request.fromPartial({ checkTx: { tx: Uint8Array.of(i & 0xff, i >> 8) } }));
    mempool.send(...floods, flush);
    await sleep(30); // the server is working through the flood
    expect(checked.length).toBeGreaterThan(0);
    consensus.send(Request.fromPartial({ finalizeBlock: { height: 1n } }), flush);
    await consensus.waitFor(2, 10_000);
    const checkedBeforeBlock = checked.length;
    const all = await mempool.waitFor(2001, 20_000);
    expect(all.map(kindOf)).toEqual([...new Array(2000).fill('checkTx'), 'flush']);
    expect(kindOf(consensus.responses[0])).toBe('finalizeBlock');
    // Answered within a few CheckTx of its arrival, not after the queue (about 1,000 requests) drained.
    expect(checkedBeforeBlock).toBeLessThan(300);
  });

  it("with concurrency 'connection', other connections do not wait", async () => {
    const calls: string[] = [];
    const { addr } = await start(slowInfoApp(calls, 100), { concurrency: 'connection' });
    const a = await connect(addr);
    const b = await connect(addr);
    a.send(info, flush);
    await sleep(20);
    b.send(query('/b'), flush);
    await Promise.all([a.waitFor(2), b.waitFor(2)]);
    expect(calls).toEqual(['info:start', 'query:/b', 'info:end']);
  });

  it('applies read backpressure and still answers everything in order', async () => {
    const calls: string[] = [];
    const { addr } = await start(slowInfoApp(calls, 1), { maxQueuedRequests: 4 });
    const c = await connect(addr);
    const reqs: Request[] = [];
    for (let i = 0; i < 50; i++) reqs.push(i % 10 === 0 ? info : query(`/${i}`));
    reqs.push(flush);
    c.send(...reqs);
    const res = await c.waitFor(reqs.length, 10_000);
    expect(res.map(kindOf)).toEqual(reqs.map((r) => (r.info ? 'info' : r.query ? 'query' : 'flush')));
  });

  it('answers everything before ending when the client half-closes', async () => {
    const calls: string[] = [];
    const { addr } = await start(slowInfoApp(calls, 30));
    const c = await connect(addr);
    c.send(info, query('/z'), flush);
    c.socket.end();
    await c.ended;
    expect(c.responses.map(kindOf)).toEqual(['info', 'query', 'flush']);
  });

  it('answers the Base application defaults: no snapshots', async () => {
    const { addr } = await start(new BaseAbciApplication());
    const c = await connect(addr);
    c.send(
      Request.fromPartial({ listSnapshots: {} }),
      Request.fromPartial({ offerSnapshot: { snapshot: { height: 1n, format: 1, chunks: 1 } } }),
      Request.fromPartial({ loadSnapshotChunk: { height: 1n } }),
      Request.fromPartial({ applySnapshotChunk: { index: 0 } }),
      Request.fromPartial({ processProposal: {} }),
      Request.fromPartial({ prepareProposal: { maxTxBytes: 3n, txs: [Uint8Array.of(1, 2), Uint8Array.of(3, 4)] } }),
      Request.fromPartial({ finalizeBlock: { txs: [Uint8Array.of(1)] } }),
      Request.fromPartial({ commit: {} }),
      flush,
    );
    const res = await c.waitFor(9);
    expect(res.map(kindOf)).toEqual([
      'listSnapshots',
      'offerSnapshot',
      'loadSnapshotChunk',
      'applySnapshotChunk',
      'processProposal',
      'prepareProposal',
      'finalizeBlock',
      'commit',
      'flush',
    ]);
    expect(res[0].listSnapshots?.snapshots).toEqual([]);
    expect(res[1].offerSnapshot?.result).toBe(ResponseOfferSnapshot_Result.ABORT);
    expect(res[2].loadSnapshotChunk?.chunk).toHaveLength(0);
    expect(res[3].applySnapshotChunk?.result).toBe(ResponseApplySnapshotChunk_Result.ABORT);
    expect(res[5].prepareProposal?.txs.map((t) => Array.from(t))).toEqual([[1, 2]]);
    expect(res[6].finalizeBlock?.txResults.map((r) => r.code)).toEqual([0]);
  });

  it('listens on a unix socket, replaces a stale socket file, and removes it on close', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'abci-unix-'));
    const sock = path.join(dir, 'app.sock');
    // A stale socket file left by a crashed process (killed before it could unlink it).
    spawnSync(process.execPath, [
      '-e',
      `require('net').createServer().listen(${JSON.stringify(sock)}, () => process.kill(process.pid, 'SIGKILL'))`,
    ]);
    expect(fs.statSync(sock).isSocket()).toBe(true);
    try {
      const { server, addr } = await start(new BaseAbciApplication(), {}, `unix://${sock}`);
      expect(addr).toBe(`unix://${sock}`);
      const c = await connect(addr);
      c.send(echo('over unix'), flush);
      expect((await c.waitFor(2))[0].echo?.message).toBe('over unix');
      c.destroy();
      await server.close();
      expect(fs.existsSync(sock)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('AbciServer error handling', () => {
  async function expectException(
    bytes: Buffer,
    message: RegExp,
    opts: AbciServerOptions = {},
    expectedBefore: string[] = [],
  ): Promise<Array<Record<string, unknown>>> {
    const { addr, records } = await start(new BaseAbciApplication(), opts);
    const c = await connect(addr);
    c.write(bytes);
    await c.ended;
    expect(c.responses.map(kindOf)).toEqual([...expectedBefore, 'exception']);
    expect(c.responses[c.responses.length - 1].exception?.error).toMatch(message);
    // The server is still up for everyone else.
    const other = await connect(addr);
    other.send(echo('still here'), flush);
    expect((await other.waitFor(2))[0].echo?.message).toBe('still here');
    expect(records.some((r) => r.level === 50 && /malformed ABCI message/.test(String(r.msg)))).toBe(true);
    return records;
  }

  it('bad varint length prefix → ResponseException, connection closed', async () => {
    await expectException(Buffer.alloc(11, 0xff), /BAD_VARINT/);
  });

  it('oversized frame → ResponseException naming the limit, without waiting for the body', async () => {
    await expectException(Buffer.from(encodeUvarint(4097)), /FRAME_TOO_LARGE.*4097 bytes exceeds the limit of 4096/, {
      maxMessageBytes: 4096,
    });
  });

  it('garbage protobuf → ResponseException', async () => {
    await expectException(encodeFrame(Buffer.from([0xff, 0xff, 0xff, 0xff])), /BAD_PROTOBUF/);
  });

  it('empty Request (zero-length frame) → ResponseException', async () => {
    await expectException(Buffer.from([0x00]), /EMPTY_REQUEST/);
  });

  it('unknown oneof field → ResponseException', async () => {
    await expectException(encodeFrame(Buffer.from([0xa2, 0x06, 0x00])), /UNKNOWN_REQUEST.*field 100/);
  });

  it('an ABCI 1.0 request (BeginBlock) → ResponseException naming the version mismatch', async () => {
    await expectException(encodeFrame(Buffer.from([0x3a, 0x00])), /BeginBlock.*ABCI 2\.0/);
  });

  it('answers the valid requests before the malformed one, then the exception, and nothing after', async () => {
    const bytes = Buffer.concat([
      encodeRequestFrame(echo('first')),
      encodeRequestFrame(info),
      encodeFrame(Buffer.from([0xff])),
      encodeRequestFrame(echo('never')),
    ]);
    await expectException(bytes, /BAD_PROTOBUF/, {}, ['echo', 'info']);
  });

  it('a throwing handler → ResponseException with its message; later requests are not run; process survives', async () => {
    const order: AbciRequestType[] = [];
    const app = withAbciDefaults({
      async finalizeBlock() {
        throw new Error('state machine exploded at height 3');
      },
    });
    const { addr, records } = await start(app, { onRequest: (_id, t) => order.push(t) });
    const c = await connect(addr);
    c.send(echo('before'), Request.fromPartial({ finalizeBlock: { height: 3n } }), Request.fromPartial({ commit: {} }), flush);
    await c.ended;
    expect(c.responses.map(kindOf)).toEqual(['echo', 'exception']);
    expect(c.responses[1].exception?.error).toBe('state machine exploded at height 3');
    expect(order).toEqual(['echo', 'finalizeBlock']); // Commit never dispatched
    const err = records.find((r) => r.level === 50 && r.type === 'finalizeBlock');
    expect(err).toBeDefined();
    expect(JSON.stringify(err)).toMatch(/state machine exploded/);
    const other = await connect(addr);
    other.send(echo('ok'), flush);
    expect((await other.waitFor(2)).map(kindOf)).toEqual(['echo', 'flush']);
  });

  it('a handler rejecting with a non-Error or returning nothing → ResponseException', async () => {
    const app = withAbciDefaults({
      async query() {
        throw 'plain string'; // eslint-disable-line no-throw-literal
      },
      async info() {
        return undefined as unknown as ResponseInfo;
      },
    });
    const { addr } = await start(app);
    const a = await connect(addr);
    a.send(query('/x'));
    await a.ended;
    expect(a.responses[0].exception?.error).toBe('plain string');
    const b = await connect(addr);
    b.send(info);
    await b.ended;
    expect(b.responses[0].exception?.error).toMatch(/returned no response for info/);
  });

  it('a handler returning a malformed response → ResponseException', async () => {
    const app = withAbciDefaults({
      async info() {
        return { data: 5 } as unknown as ResponseInfo;
      },
    });
    const { addr } = await start(app);
    const c = await connect(addr);
    c.send(info);
    await c.ended;
    expect(c.responses[0].exception?.error).toMatch(/cannot encode the application's info response/);
  });

  it('an application object missing a method → ResponseException naming it', async () => {
    const { addr } = await start({} as AbciApplication);
    const c = await connect(addr);
    c.send(Request.fromPartial({ commit: {} }));
    await c.ended;
    expect(c.responses[0].exception?.error).toBe('the application does not implement commit');
  });

  it('after a protocol error, a peer that never closes its side is destroyed after closeTimeoutMs', async () => {
    const { server, addr } = await start(new BaseAbciApplication(), { closeTimeoutMs: 150 });
    const port = Number(addr.split(':').pop());
    const sock = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    await new Promise((r) => sock.once('connect', r));
    sock.resume(); // consume the exception response so 'end' can be emitted
    const gotEnd = new Promise((r) => sock.once('end', r));
    sock.write(Buffer.alloc(11, 0xff));
    await gotEnd; // server answered and sent FIN; we keep our side open
    expect(server.connectionCount).toBe(1);
    await sleep(400);
    expect(server.connectionCount).toBe(0);
    sock.destroy();
  });

  it('an onRequest hook that throws is ignored', async () => {
    const { addr } = await start(new BaseAbciApplication(), {
      onRequest: () => {
        throw new Error('hook');
      },
    });
    const c = await connect(addr);
    c.send(echo('a'), flush);
    expect((await c.waitFor(2)).map(kindOf)).toEqual(['echo', 'flush']);
  });
});

describe('AbciServer.close()', () => {
  it('stops accepting, ends open connections and resolves', async () => {
    const { server, addr } = await start(new BaseAbciApplication());
    const a = await connect(addr);
    const b = await connect(addr);
    a.send(echo('x'), flush);
    await a.waitFor(2);
    expect(server.connectionCount).toBe(2);
    await server.close();
    await Promise.all([a.ended, b.ended]);
    expect(server.connectionCount).toBe(0);
    await expect(RawClient.connect(addr)).rejects.toThrow(/ECONNREFUSED/);
    await server.close(); // idempotent
  });

  it('lets an in-flight handler finish before closing', async () => {
    const calls: string[] = [];
    const { server, addr } = await start(slowInfoApp(calls, 100));
    const c = await connect(addr);
    c.send(info, query('/dropped'), flush);
    await sleep(20);
    await server.close();
    expect(calls).toEqual(['info:start', 'info:end']);
    await c.ended;
    expect(c.responses.map(kindOf)).toEqual(['info']);
  });

  it('destroys connections whose peer never closes after closeTimeoutMs', async () => {
    let release: () => void = () => undefined;
    const hung = new Promise<void>((r) => (release = r));
    const app = withAbciDefaults({
      async info() {
        await hung; // a handler that never returns on its own
        return ResponseInfo.fromPartial({});
      },
    });
    const { server, addr } = await start(app, { closeTimeoutMs: 200 });
    const c = await connect(addr);
    c.send(info);
    await sleep(20);
    const t0 = Date.now();
    await server.close();
    expect(Date.now() - t0).toBeLessThan(2000);
    await c.ended;
    expect(c.responses).toEqual([]);
    release();
  });
});
