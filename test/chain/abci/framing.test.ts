import { createHash } from 'node:crypto';
import { Request } from 'cosmjs-types/tendermint/abci/types';
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  FrameDecoder,
  MessageError,
  decodeRequest,
  encodeFrame,
  formatAbciAddress,
  parseAbciAddress,
} from '../../../chain/abci';
import { encodeUvarint } from '../../../chain/encoding';

/** Compares lists of byte strings cheaply (jest's deep equality walks buffers byte by byte). */
const digest = (list: Uint8Array[]): string[] =>
  list.map((b) => `${b.length}:${createHash('sha256').update(b).digest('hex')}`);

describe('FrameDecoder', () => {
  const bodies = [Buffer.alloc(0), Buffer.from('a'), Buffer.alloc(127, 1), Buffer.alloc(128, 2), Buffer.alloc(70_000, 3)];
  const stream = Buffer.concat(bodies.map((b) => encodeFrame(b)));

  it('returns many frames from one chunk, zero-length frames included', () => {
    const d = new FrameDecoder();
    const { frames, error } = d.push(stream);
    expect(error).toBeUndefined();
    expect(digest(frames)).toEqual(digest(bodies));
    expect(d.pendingBytes).toBe(0);
  });

  it('reassembles frames split at every byte boundary (headers included)', () => {
    const d = new FrameDecoder();
    const out: Buffer[] = [];
    const errors: unknown[] = [];
    for (let i = 0; i < stream.length; i++) {
      const { frames, error } = d.push(stream.subarray(i, i + 1));
      if (error) errors.push(error);
      out.push(...frames.map((f) => Buffer.from(f)));
    }
    expect(errors).toEqual([]);
    expect(digest(out)).toEqual(digest(bodies));
  });

  it('reassembles frames from irregular chunks', () => {
    const sizes = [1, 2, 3, 5, 8, 13, 4096, 1, 65_536, 7];
    const d = new FrameDecoder();
    const out: Buffer[] = [];
    let pos = 0;
    for (let i = 0; pos < stream.length; i++) {
      const n = sizes[i % sizes.length];
      out.push(...d.push(stream.subarray(pos, pos + n)).frames.map((f) => Buffer.from(f)));
      pos += n;
    }
    expect(digest(out)).toEqual(digest(bodies));
  });

  it('rejects a length over the limit before buffering it, and keeps earlier frames', () => {
    const d = new FrameDecoder(100);
    const chunk = Buffer.concat([encodeFrame(Buffer.alloc(100, 9)), Buffer.from(encodeUvarint(101))]);
    const r = d.push(chunk);
    expect(r.frames).toHaveLength(1);
    expect(r.error?.code).toBe('FRAME_TOO_LARGE');
    expect(r.error?.message).toMatch(/101 bytes exceeds the limit of 100/);
    expect(d.pendingBytes).toBe(0);
    // The decoder stays failed.
    expect(d.push(encodeFrame(Buffer.from('x'))).error?.code).toBe('FRAME_TOO_LARGE');
  });

  it('rejects a huge declared length (2^64-1) without allocating', () => {
    const d = new FrameDecoder();
    expect(d.push(Buffer.from('ffffffffffffffffff01', 'hex')).error?.code).toBe('FRAME_TOO_LARGE');
  });

  it('rejects an overlong varint, even when split across chunks', () => {
    const d = new FrameDecoder();
    for (let i = 0; i < 9; i++) expect(d.push(Buffer.from([0xff])).error).toBeUndefined();
    expect(d.push(Buffer.from([0xff])).error?.code).toBe('BAD_VARINT');
  });

  it('uses a 128 MiB default limit', () => {
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(128 * 1024 * 1024);
    expect(new FrameDecoder().maxFrameBytes).toBe(DEFAULT_MAX_MESSAGE_BYTES);
  });
});

describe('decodeRequest', () => {
  const enc = (r: Request): Uint8Array => Request.encode(r).finish();

  it('decodes each request type', () => {
    expect(decodeRequest(enc({ echo: { message: 'hi' } }))).toEqual({ type: 'echo', value: { message: 'hi' } });
    expect(decodeRequest(enc({ flush: {} })).type).toBe('flush');
    expect(decodeRequest(enc({ commit: {} })).type).toBe('commit');
    const fb = decodeRequest(
      enc(Request.fromPartial({ finalizeBlock: { height: 7n, txs: [Uint8Array.of(1, 2)] } })),
    );
    expect(fb.type).toBe('finalizeBlock');
    if (fb.type === 'finalizeBlock') {
      expect(fb.value.height).toBe(7n);
      expect(fb.value.txs.map((t) => Array.from(t))).toEqual([[1, 2]]);
    }
  });

  const bad: Array<[string, Uint8Array, string, RegExp]> = [
    ['empty body', new Uint8Array(0), 'EMPTY_REQUEST', /empty Request/],
    ['garbage', Uint8Array.of(0xff, 0xff, 0xff), 'BAD_PROTOBUF', /malformed/],
    ['field 0', Uint8Array.of(0x00, 0x00), 'BAD_PROTOBUF', /malformed/],
    ['truncated sub-message', Uint8Array.of(0x0a, 0x05, 0x0a), 'BAD_PROTOBUF', /malformed/],
    ['wrong wire type for echo', Uint8Array.of(0x08, 0x01), 'BAD_PROTOBUF', /wire type 0/],
    ['DeliverTx (ABCI 1.0)', Uint8Array.of(0x4a, 0x00), 'UNKNOWN_REQUEST', /DeliverTx.*v0\.37/],
    ['unknown field 99', Uint8Array.of(0x9a, 0x06, 0x00), 'UNKNOWN_REQUEST', /field 99/],
    ['two oneof fields', enc({ echo: { message: 'a' }, flush: {} }), 'MULTIPLE_REQUESTS', /echo, flush/],
    ['echo with bad string length', Uint8Array.of(0x0a, 0x02, 0x0a, 0x09), 'BAD_PROTOBUF', /malformed/],
  ];
  it.each(bad)('rejects %s', (_name, body, code, message) => {
    let err: unknown;
    try {
      decodeRequest(body);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MessageError);
    expect((err as MessageError).code).toBe(code);
    expect((err as MessageError).message).toMatch(message);
  });
});

describe('ABCI addresses', () => {
  it('parses CometBFT proxy_app forms', () => {
    expect(parseAbciAddress('tcp://127.0.0.1:26658')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 26658 });
    expect(parseAbciAddress('127.0.0.1:0')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 0 });
    expect(parseAbciAddress('tcp://[::1]:5')).toEqual({ kind: 'tcp', host: '::1', port: 5 });
    expect(parseAbciAddress('tcp://:26658')).toEqual({ kind: 'tcp', host: '0.0.0.0', port: 26658 });
    expect(parseAbciAddress('unix:///tmp/app.sock')).toEqual({ kind: 'unix', path: '/tmp/app.sock' });
    expect(formatAbciAddress({ kind: 'tcp', host: '::1', port: 5 })).toBe('tcp://[::1]:5');
    expect(formatAbciAddress({ kind: 'unix', path: '/a.sock' })).toBe('unix:///a.sock');
  });

  it('rejects bad addresses', () => {
    expect(() => parseAbciAddress('grpc://127.0.0.1:1')).toThrow(/unsupported scheme/);
    expect(() => parseAbciAddress('tcp://127.0.0.1')).toThrow(/host:port/);
    expect(() => parseAbciAddress('tcp://h:70000')).toThrow(/port out of range/);
    expect(() => parseAbciAddress('unix://')).toThrow(/empty unix socket path/);
  });
});
