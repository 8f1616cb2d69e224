import '../../../chain/proto-fixes';
import { Event, ExecTxResult, ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import { Response } from 'cosmjs-types/tendermint/abci/types';
import { encodeTxResult } from '../../../chain/abci/tx-result-encoding';
import { encodeResponseFrame, FrameDecoder } from '../../../chain/abci';

/** A small deterministic generator, so a failure names a reproducible case. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STRINGS = ['', 'a', 'transfer', 'settle1q9emx07s3dga7ustjk0mc4csdxjyrz0z44tmhc', '2500usettle', 'é', '€ and 日本', '😀 emoji', 'lone \ud800 surrogate', 'x'.repeat(200), 'y'.repeat(20_000)];
const GAS = [0n, 1n, 127n, 128n, 100_000n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 64n - 1n, -1n, -(2n ** 63n)];
const CODES = [0, 1, 5, 127, 128, 2 ** 31, 2 ** 32 - 1];

function randomResult(rand: () => number): ExecTxResult {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const events: Event[] = Array.from({ length: Math.floor(rand() * 6) }, () => ({
    type: pick(STRINGS),
    attributes: Array.from({ length: Math.floor(rand() * 5) }, () => ({ key: pick(STRINGS), value: pick(STRINGS), index: rand() < 0.5 })),
  }));
  return ExecTxResult.fromPartial({
    code: pick(CODES),
    data: Uint8Array.from({ length: pick([0, 1, 2, 45, 300]) }, () => Math.floor(rand() * 256)),
    log: pick(STRINGS),
    info: pick(STRINGS),
    gasWanted: pick(GAS),
    gasUsed: pick(GAS),
    events,
    codespace: pick(STRINGS),
  });
}

describe('encodeTxResult (chain/abci/tx-result-encoding)', () => {
  it('writes exactly the bytes cosmjs-types writes for ExecTxResult and ResponseCheckTx', () => {
    const rand = lcg(7);
    for (let i = 0; i < 3000; i++) {
      const r = randomResult(rand);
      const expected = Buffer.from(ExecTxResult.encode(r).finish()).toString('hex');
      expect({ i, hex: Buffer.from(encodeTxResult(r)).toString('hex') }).toEqual({ i, hex: expected });
      const c = ResponseCheckTx.fromPartial(r);
      expect(Buffer.from(encodeTxResult(c)).toString('hex')).toBe(Buffer.from(ResponseCheckTx.encode(c).finish()).toString('hex'));
    }
  });

  it('encodes an all-default result as empty bytes, like protobuf', () => {
    expect(encodeTxResult(ExecTxResult.fromPartial({}))).toEqual(new Uint8Array(0));
  });

  it('frames a CheckTx response that decodes back to the same response', () => {
    const rand = lcg(11);
    for (let i = 0; i < 200; i++) {
      const checkTx = ResponseCheckTx.fromPartial(randomResult(rand));
      const frame = encodeResponseFrame({ checkTx } as Response);
      const { frames } = new FrameDecoder().push(frame);
      expect(frames).toHaveLength(1);
      const body = frames[0];
      expect(Buffer.from(body).toString('hex')).toBe(Buffer.from(Response.encode({ checkTx } as Response).finish()).toString('hex'));
    }
  });
});
