import { ExecTxResult, Response, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import { attachEncodedTxResults, encodeResponseFrame, FrameDecoder } from '../../../chain/abci';

function body(frame: Buffer): Uint8Array {
  const { frames } = new FrameDecoder().push(frame);
  expect(frames).toHaveLength(1);
  return frames[0];
}

test('a FinalizeBlock response with pre-encoded tx results decodes to the same message as one encoded whole', () => {
  const txResults = [0, 1, 2].map((i) =>
    ExecTxResult.fromPartial({
      code: i === 1 ? 5 : 0,
      codespace: i === 1 ? 'sdk' : '',
      log: i === 1 ? 'insufficient funds' : '',
      data: Uint8Array.from([i, 2, 3]),
      gasWanted: 100_000n,
      gasUsed: BigInt(50_000 + i),
      events: [{ type: 'transfer', attributes: [{ key: 'recipient', value: `settle1${i}`, index: true }, { key: 'amount', value: '1uusdc', index: false }] }],
    }),
  );
  const make = () =>
    ResponseFinalizeBlock.fromPartial({ events: [{ type: 'oracle', attributes: [{ key: 'price', value: '1.5', index: true }] }], txResults, validatorUpdates: [], appHash: Uint8Array.from([9, 9, 9]) });
  const plain = make();
  const spliced = make();
  attachEncodedTxResults(spliced, spliced.txResults.map((r) => ExecTxResult.encode(r).finish()));
  const a = Response.decode(body(encodeResponseFrame({ finalizeBlock: plain })));
  const b = Response.decode(body(encodeResponseFrame({ finalizeBlock: spliced })));
  expect(b).toEqual(a);
  expect(b.finalizeBlock?.txResults).toHaveLength(3);

  // Attached bytes that do not match the results in number are ignored.
  const stale = make();
  attachEncodedTxResults(stale, []);
  expect(Response.decode(body(encodeResponseFrame({ finalizeBlock: stale })))).toEqual(a);
});
