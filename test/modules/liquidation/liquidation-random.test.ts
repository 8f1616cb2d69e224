/**
 * Liquidations under random load, in process: traders with random collateral trade BTC calls and puts
 * against a market maker's quotes, the price walks with shocks (through the oracle's vote extensions), a
 * liquidator takes whatever the Auctions query offers (sometimes more than allowed), the fund is topped up
 * now and then, traders try to withdraw. Every block: the app's invariants (collateral held, positions net
 * zero, insurance fund totals, negative equity handled) hold; nothing throws; and the run sees auctions,
 * steps, covers, deleveraging, and withdrawals blocked while a deficit is uncovered.
 */
import { Dec } from '../../../chain/math';
import { QueryAuctionsRequest, QueryAuctionsResponse } from '../../../proto/gen/settle/liquidation/v1/query';
import { MsgFundInsurance, MsgLiquidate } from '../../../proto/gen/settle/liquidation/v1/tx';
import { MsgWithdraw } from '../../../proto/gen/settle/margin/v1/tx';
import { Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { Rng } from '../../helpers/rng';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import type { EncodedMsg, Key } from '../../reliability/lib/accounts';
import { query } from '../helpers';
import { appState, CALL_100K, CALL_110K, encode, OptionsChain, PUT_90K, spec, USDC } from '../options/chain';

const BLOCKS = 160;
const INSTRUMENTS = [CALL_100K, CALL_110K, PUT_90K];

describe('liquidations under random load', () => {
  let dir: string;
  let chain: OptionsChain;

  beforeAll(async () => {
    dir = makeTmpDir('liquidation-random');
    chain = await OptionsChain.open(dir, 'liquidation-random', 8, appState, { oracle: true });
  });

  afterAll(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  it(`${BLOCKS} blocks: invariants every block, every kind of step happens`, async () => {
    const rng = new Rng(15);
    const [maker, liquidator, ...traders] = chain.keys;
    const deposit = (k: Key, amount: bigint) => [k, [encode.deposit({ owner: k.address, subaccount: 0, denom: 'uusdc', amount: amount.toString() })]] as [Key, EncodedMsg[]];
    await chain.run([deposit(maker, 900_000n * USDC), deposit(liquidator, 900_000n * USDC), ...traders.map((t) => deposit(t, BigInt(1_000 + rng.int(4_000)) * USDC))]);
    const seen = new Map<string, number>();
    const count = (key: string, n = 1) => seen.set(key, (seen.get(key) ?? 0) + n);
    let price = 100_000;
    let clientId = 10n;
    for (let b = 0; b < BLOCKS; b++) {
      // the price: a walk, with a shock one block in fifteen (up or down), kept in a sane range
      // (a jump of +60 % now and then: enough to take a short below zero before anyone can act)
      const shock = rng.int(12) === 0 ? rng.pick([1.25, 0.8, 1.6, 0.6]) : 1 + (rng.next() - 0.5) * 0.02;
      price = Math.min(Math.max(Math.round(price * shock), 50_000), 200_000);
      chain.setPrice(String(price));
      const txs: [Key, EncodedMsg[]][] = [];
      // the maker quotes both sides of every instrument around its mark each block (post-only GTC, replaced)
      const ctx = chain.app.contextAt(chain.height);
      const quotes: EncodedMsg[] = [encode.massCancel({ owner: maker.address, subaccount: 0 })];
      for (const ins of INSTRUMENTS) {
        let mark: Dec;
        try {
          mark = chain.modules.keepers.margin.mark(ctx, ins.id).mark;
        } catch {
          continue;
        }
        const ticks = mark.mulInt(USDC).toBigInt('down') / 10_000n;
        for (const [side, p] of [[Side.SIDE_BUY, ticks - 20n], [Side.SIDE_SELL, ticks + 20n]] as const) {
          if (p <= 0n) continue;
          quotes.push(encode.place({ owner: maker.address, subaccount: 0, order: spec({ instrumentId: ins.id, clientId: clientId++, side, price: p * 10_000n, size: 50n, postOnly: true }) }));
        }
      }
      txs.push([maker, quotes]);
      for (const t of traders) {
        const r = rng.next();
        if (r < 0.3) {
          const ins = rng.pick(INSTRUMENTS);
          const side = rng.next() < 0.65 ? Side.SIDE_SELL : Side.SIDE_BUY;
          const limit = side === Side.SIDE_SELL ? 10_000n : 5_000n * USDC;
          txs.push([t, [encode.place({ owner: t.address, subaccount: 0, order: spec({ instrumentId: ins.id, clientId: clientId++, side, price: limit, size: BigInt(1 + rng.int(6)), timeInForce: TimeInForce.TIME_IN_FORCE_IOC }) })]]);
        } else if (r < 0.38) {
          txs.push([t, [{ typeUrl: '/settle.margin.v1.MsgWithdraw', value: MsgWithdraw.encode(MsgWithdraw.fromPartial({ owner: t.address, subaccount: 0, denom: 'uusdc', amount: String(1 + rng.int(200) * 1_000_000) })).finish() }]]);
        }
      }
      // the liquidator takes what the Auctions query offers (sometimes too much), and now and then funds the insurance
      const { auctions } = await query(chain.app, '/settle.liquidation.v1.Query/Auctions', QueryAuctionsRequest, {}, QueryAuctionsResponse);
      const steps: EncodedMsg[] = [];
      for (const a of auctions) {
        for (const p of a.positions) {
          if (rng.next() < 0.3) continue;
          const size = rng.next() < 0.1 ? p.maxSize + 1n : 1n + BigInt(rng.int(Number(p.maxSize)));
          steps.push({ typeUrl: '/settle.liquidation.v1.MsgLiquidate', value: MsgLiquidate.encode(MsgLiquidate.fromPartial({ liquidator: liquidator.address, owner: a.auction!.owner, subaccount: a.auction!.subaccount, instrumentId: p.instrumentId, size })).finish() });
        }
      }
      // one tx per step: a refused step (over the share, the liquidator's margin) fails alone
      for (const s of steps.slice(0, 1)) txs.push([liquidator, [s]]);
      if (rng.int(60) === 0) txs.push([maker, [{ typeUrl: '/settle.liquidation.v1.MsgFundInsurance', value: MsgFundInsurance.encode({ sender: maker.address, amount: String(BigInt(1 + rng.int(3_000)) * USDC) }).finish() }]]);
      const res = await chain.run(txs); // checks every invariant after the block
      for (const r of res.txs) if (r.code !== 0) count(`fail ${r.codespace}/${r.code}`);
      for (const e of [...res.events, ...res.txs.flatMap((r) => r.events)]) {
        if (e.type === 'settle.liquidation.v1.EventLiquidationStarted') count('started');
        if (e.type === 'settle.liquidation.v1.EventAuctionEnded') count('ended');
        if (e.type === 'settle.liquidation.v1.EventLiquidation') count(`step ${JSON.parse(e.attributes.find((a) => a.key === 'kind')!.value)}`);
      }
    }
    const summary = Object.fromEntries([...seen.entries()].sort());
    if (process.env.SHOW) console.log(summary);
    expect(summary.started).toBeGreaterThan(0);
    expect(summary['step auction']).toBeGreaterThan(0);
    expect(summary.ended).toBeGreaterThan(0);
    // negative equity: covered by the fund, or deleveraged when it was short (it starts empty, topped up now
    // and then), and withdrawals refused meanwhile
    expect(summary['step cover']).toBeGreaterThan(0);
    expect(summary['step adl']).toBeGreaterThan(0);
    expect(summary['fail margin/17']).toBeGreaterThan(0);
    // refused steps carry their codes (over the share, or the auction ended earlier in the block)
    expect(Object.keys(summary).filter((k) => k.startsWith('fail liquidation/')).length).toBeGreaterThan(0);
  });
});
