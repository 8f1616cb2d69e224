/**
 * The order-flow messages' fixed gas schedule (modules/options/gas.ts): a batch is charged by what it asks
 * for (plus the open orders its margin check runs over), not by the store reads its execution makes; too
 * little gas fails the tx and changes nothing but the fee and the sequence.
 */
import { ORDER_GAS, batchGas } from '../../../modules/options/gas';
import { MsgBatch } from '../../../proto/gen/settle/options/v1/tx';
import { Side } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { signTx } from '../../reliability/lib/accounts';
import { CHAIN_ID } from '../helpers';
import { CALL_100K, CALL_110K, encode, OptionsChain, spec, USDC } from './chain';

describe('options order flow: fixed gas', () => {
  let dir: string;
  let chain: OptionsChain;
  let maker: OptionsChain['keys'][number];

  beforeEach(async () => {
    dir = makeTmpDir('options-gas');
    chain = await OptionsChain.open(dir, 'options-gas', 2);
    [maker] = chain.keys;
    const r = await chain.run([[maker, [encode.deposit({ owner: maker.address, subaccount: 0, denom: 'uusdc', amount: (500_000n * USDC).toString() })]]]);
    expect(r.txs[0].code).toBe(0);
  });

  afterEach(async () => {
    await chain?.app.close();
    removeDir(dir);
  });

  /** Ten bids (client ids first..first+9, the same encoded length for first ≥ 100), on one instrument or spread over two (ids of the same length). */
  const bids = (first: number, spread: boolean) =>
    Array.from({ length: 10 }, (_, i) => spec({ clientId: BigInt(first + i), side: Side.SIDE_BUY, price: 10n * USDC, size: 1n, instrumentId: spread ? [CALL_100K, CALL_110K][i % 2].id : CALL_110K.id }));
  const openCount = () => [...chain.modules.keepers.options.orders(chain.app.contextAt())].length;

  it('a batch costs its schedule plus one charge per open order; reads of instruments do not count', async () => {
    const batch = async (first: number, spread: boolean, n = 1) => {
      const r = await chain.run([[maker, [encode.batch({ owner: maker.address, subaccount: 0, places: Array.from({ length: n }, (_, k) => bids(first + 10 * k, spread)).flat() })]]]);
      expect(r.txs[0].code).toBe(0);
      return r.txs[0].gasUsed;
    };
    await batch(100, false); // the first order tx after the deposit (its ante reads differ a little)
    const over10 = await batch(200, false);
    // a batch of the same size over 10 more open orders, spread over two instruments (two records read, not one)
    const over20 = await batch(300, true);
    expect(openCount()).toBe(30);
    expect(over20 - over10).toBe(10n * ORDER_GAS.openOrder);
    // what the tx pays beyond the schedule is its ante (signature, size, fee); 10 more orders add the schedule
    // and their bytes at the auth module's per-byte cost
    const msg = (n: number) => MsgBatch.fromPartial({ places: Array.from({ length: n }, () => spec({ clientId: 1n, side: Side.SIDE_BUY, price: 1n, size: 1n })) });
    const ante = over10 - batchGas(msg(10)) - 10n * ORDER_GAS.openOrder;
    expect(ante).toBeGreaterThan(0n);
    expect(ante).toBeLessThan(100_000n);
    const over30 = await batch(400, false, 2);
    const bytesGas = over30 - batchGas(msg(20)) - 30n * ORDER_GAS.openOrder - ante;
    expect(bytesGas).toBeGreaterThan(10n * 10n * 20n); // each order's spec is more than 20 bytes, at 10 gas per byte
    expect(bytesGas).toBeLessThan(10n * 10n * 100n);
  });

  it('too little gas for the schedule fails the tx with out of gas; no order is accepted', async () => {
    const places = bids(100, false);
    const need = batchGas(MsgBatch.fromPartial({ places }));
    const seq = await chain.sequence(maker);
    const tx = await signTx(maker, [encode.batch({ owner: maker.address, subaccount: 0, places })], { chainId: CHAIN_ID, accountNumber: 0n, sequence: seq, fee: [{ denom: 'usettle', amount: '5000' }], gas: need });
    const r = await chain.runRaw([tx]);
    expect(r.txs[0].code).toBe(11); // sdk/11 out of gas: the ante's own gas comes on top of the schedule
    expect(r.txs[0].log).toMatch(/out of gas in location: fixed gas of \/settle\.options\.v1\.MsgBatch/);
    expect(openCount()).toBe(0);
  });
});
