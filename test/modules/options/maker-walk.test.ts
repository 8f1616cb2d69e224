/**
 * Found by the seeded simulation (test/reliability/lib/sim-options.ts, `npm run sim -- --first-seed 2 --seeds 1 --blocks 300`, height 244): the maker
 * check judged each maker order of a taker's walk against the subaccount's state before the walk, so a
 * second order of the same subaccount hit by the same taker was checked as if the first had not filled.
 * A reduce-only bid then bought more than the short it could reduce and flipped the position long.
 */
import { Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { CALL_110K, encode, OptionsChain, spec, USDC } from './chain';

const BUY = Side.SIDE_BUY;
const SELL = Side.SIDE_SELL;

describe('the maker check within one taker walk', () => {
  let dir: string;
  let chain: OptionsChain;

  beforeEach(async () => {
    dir = makeTmpDir('options-maker-walk');
    chain = await OptionsChain.open(dir, 'options-maker-walk', 3);
    const r = await chain.run(chain.keys.map((k) => [k, [encode.deposit({ owner: k.address, subaccount: 0, denom: 'uusdc', amount: (200_000n * USDC).toString() })]]));
    expect(r.txs.map((t) => t.code)).toEqual([0, 0, 0]);
  });

  afterEach(async () => {
    await chain?.app.close();
    removeDir(dir);
  });

  it('a reduce-only maker order never takes a position through zero, even after another order of its subaccount filled earlier in the same walk', async () => {
    const [alice, bob, carol] = chain.keys;
    const place = (key: typeof alice, s: ReturnType<typeof spec>) => [key, [encode.place({ owner: key.address, subaccount: 0, order: s })]] as [typeof alice, ReturnType<typeof encode.place>[]];
    const position = (addr: string) => chain.modules.keepers.margin.position(chain.app.contextAt(), addr, 0, CALL_110K.id).size;

    // alice is short 3
    await chain.run([
      place(alice, spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 3n, postOnly: true })),
      place(bob, spec({ clientId: 1n, side: BUY, price: 500n * USDC, size: 3n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC })),
    ]);
    expect(position(alice.address)).toBe(-3n);
    // she bids 2 (plain) at 510 and 2 reduce-only at 500: each alone is fine
    await chain.run([
      place(alice, spec({ clientId: 2n, side: BUY, price: 510n * USDC, size: 2n })),
      place(alice, spec({ clientId: 3n, side: BUY, price: 500n * USDC, size: 2n, reduceOnly: true })),
    ]);
    // carol sells 4 into both bids in one walk: after the first 2, only 1 is left to reduce
    const blk = await chain.run([place(carol, spec({ clientId: 1n, side: SELL, price: 500n * USDC, size: 4n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }))]);
    const fills = OptionsChain.events(blk.events, 'settle.options.v1.EventFill').map((f) => [f.price, f.size]);
    expect(fills).toEqual([[String(510n * USDC), '2']]);
    // the reduce-only bid could no longer carry 2: the maker check removed it
    const done = OptionsChain.events(blk.events, 'settle.options.v1.EventOrderDone').filter((e) => e.owner === alice.address).map((e) => e.client_id);
    expect(done.sort()).toEqual(['2', '3']);
    expect(position(alice.address)).toBe(-1n); // was +1: the reduce-only order bought 2 against a short of 1
    expect(position(alice.address) <= 0n).toBe(true);
  });
});
