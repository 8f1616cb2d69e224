import { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { DEFAULT_INDEX_EVENTS, markIndexedAttributes, markIndexedEvents } from '../../../chain/app';

function result(): ExecTxResult {
  return ExecTxResult.fromPartial({
    code: 0,
    gasUsed: 7n,
    events: [
      { type: 'tx', attributes: [{ key: 'fee', value: '5usettle', index: true }, { key: 'fee_payer', value: 'a', index: true }] },
      { type: 'message', attributes: [{ key: 'action', value: '/x', index: true }, { key: 'sender', value: 'a', index: true }, { key: 'msg_index', value: '0', index: true }] },
      { type: 'transfer', attributes: [{ key: 'recipient', value: 'b', index: true }, { key: 'amount', value: '1u', index: true }] },
    ],
  });
}

const flags = (r: ExecTxResult) => r.events.flatMap((e) => e.attributes.map((a) => `${e.type}.${a.key}=${a.index}`));

test('only listed attributes stay indexed; values, order and everything hashed into the block are unchanged', () => {
  const r = result();
  markIndexedAttributes([r], new Set(DEFAULT_INDEX_EVENTS));
  expect(flags(r)).toEqual(['tx.fee=false', 'tx.fee_payer=true', 'message.action=true', 'message.sender=true', 'message.msg_index=false', 'transfer.recipient=true', 'transfer.amount=false']);
  const plain = (x: ExecTxResult) => ({ ...x, events: x.events.map((e) => ({ type: e.type, attributes: e.attributes.map(({ key, value }) => ({ key, value })) })) });
  expect(plain(r)).toEqual(plain(result()));
});

test('an empty list indexes every attribute', () => {
  const r = result();
  markIndexedAttributes([r], new Set());
  expect(flags(r).every((f) => f.endsWith('=true'))).toBe(true);
});

test("the block's own events follow the same list (CometBFT's block indexer writes only what is flagged)", () => {
  const events = [
    { type: 'settle.options.v1.EventFill', attributes: [{ key: 'maker', value: '"a"', index: true }, { key: 'size', value: '"1"', index: true }] },
    { type: 'message', attributes: [{ key: 'sender', value: 'a', index: true }] },
  ];
  markIndexedEvents(events, new Set([...DEFAULT_INDEX_EVENTS, 'settle.options.v1.EventFill.maker']));
  expect(events.flatMap((e) => e.attributes.map((a) => `${e.type}.${a.key}=${a.index}`))).toEqual(['settle.options.v1.EventFill.maker=true', 'settle.options.v1.EventFill.size=false', 'message.sender=true']);
  markIndexedEvents(events, new Set());
  expect(events.flatMap((e) => e.attributes.map((a) => a.index))).toEqual([true, false, true]); // [] leaves the flags unchanged
});
