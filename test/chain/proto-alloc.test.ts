import '../../chain/proto-fixes';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';

describe('protobuf writer allocation (chain/proto-alloc)', () => {
  it('returns a buffer of exactly the encoded length, not a slice of a shared 8 KiB slab', () => {
    const out = Coin.encode({ denom: 'uusdc', amount: '1' }).finish();
    expect(Array.from(out)).toEqual([0x0a, 5, 0x75, 0x75, 0x73, 0x64, 0x63, 0x12, 1, 0x31]);
    expect(out.byteOffset).toBe(0);
    expect(out.buffer.byteLength).toBe(out.length);
  });

  it('gives every encode its own buffer, so writing one output leaves another untouched', () => {
    const a = MsgSend.encode({ fromAddress: 'a', toAddress: 'b', amount: [] }).finish();
    const b = MsgSend.encode({ fromAddress: 'a', toAddress: 'b', amount: [] }).finish();
    expect(a.buffer).not.toBe(b.buffer);
    b[0] = 0xff;
    expect(a[0]).toBe(0x0a);
    expect(MsgSend.decode(a)).toEqual({ fromAddress: 'a', toAddress: 'b', amount: [] });
  });
});
