/**
 * Options in their last hour in the app: when the oracle's vol surface no longer gives their expiry a
 * usable slice (here: the surface went stale while the price stayed fresh), they are marked at intrinsic
 * value against the index, so Health answers and the liquidation scan does not pause their underlying.
 * More than an hour before expiry the same stale surface still pauses it (the time value is too large to
 * ignore), which shows what the rule changes.
 */
import { Dec } from '../../../chain/math';
import { instrumentId } from '../../../modules/options/instruments';
import { QueryHealthRequest, QueryHealthResponse } from '../../../proto/gen/settle/margin/v1/query';
import { Instrument, InstrumentStatus, OptionKind, Side, TimeInForce } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import type { Key } from '../../reliability/lib/accounts';
import { query } from '../helpers';
import { appState, depositTx, encode, GENESIS_TIME, OptionsChain, sliceAt, spec, USDC } from '../options/chain';

const DAY = 86_400n;
const HOUR = 3_600n;
/** The first 08:00 UTC after genesis (16 h later). */
const E = (GENESIS_TIME / DAY + 1n) * DAY + 28_800n;
const CALL: Instrument = {
  id: instrumentId('BTC/USD', E, Dec.parse('95000'), OptionKind.OPTION_KIND_CALL),
  underlying: 'BTC/USD',
  expiry: E,
  strike: '95000',
  kind: OptionKind.OPTION_KIND_CALL,
  contractSize: '0.01',
  tickSize: 10_000n,
  minSize: 1n,
  openInterestCap: 0n,
  status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
  settlementPrice: '',
};

/** The surface has E's slice but was reported 20 h before genesis (heartbeat one day): stale 4 h after genesis. The price is from genesis. */
function state(keys: Key[]): Record<string, unknown> {
  const s = appState(keys, [CALL]);
  const oracle = s.oracle as Record<string, any>;
  const surface = oracle.surfaces[0];
  surface.slices = [sliceAt(surface.slices[0], E), ...surface.slices];
  surface.timeNanos = ((GENESIS_TIME - 20n * HOUR) * 1_000_000_000n).toString();
  return s;
}

describe('options near expiry without a vol slice', () => {
  let dir: string;
  let chain: OptionsChain;

  beforeEach(async () => {
    dir = makeTmpDir('margin-near-expiry');
    chain = await OptionsChain.open(dir, 'margin-near-expiry', 2, state);
  });

  afterEach(async () => {
    await chain.app.close();
    removeDir(dir);
  });

  it('are marked at intrinsic value in their last hour: Health answers, the scan does not pause', async () => {
    const [alice, bob] = chain.keys;
    await chain.run([depositTx(alice, 100_000n), depositTx(bob, 20_000n)]);
    await chain.run([[alice, [encode.place({ owner: alice.address, subaccount: 0, order: spec({ instrumentId: CALL.id, clientId: 1n, side: Side.SIDE_SELL, price: 60n * USDC, size: 3n }) })]]]);
    const fill = await chain.run([[bob, [encode.place({ owner: bob.address, subaccount: 0, order: spec({ instrumentId: CALL.id, clientId: 1n, side: Side.SIDE_BUY, price: 60n * USDC, size: 3n, timeInForce: TimeInForce.TIME_IN_FORCE_IOC }) })]]]);
    expect(OptionsChain.events(fill.events, 'settle.options.v1.EventFill')).toHaveLength(1);
    const health = () => query(chain.app, '/settle.margin.v1.Query/Health', QueryHealthRequest, { owner: alice.address, number: 0 }, QueryHealthResponse);
    const paused = (events: Parameters<typeof OptionsChain.events>[0]) => OptionsChain.events(events, 'settle.liquidation.v1.EventLiquidationsPaused');

    // two hours before expiry the surface is stale: the option cannot be marked, the scan pauses BTC/USD
    chain.skip = E - 2n * HOUR - GENESIS_TIME - BigInt(chain.height + 1);
    const early = await chain.run([]);
    expect(paused(early.events)).toEqual([{ market: 'BTC/USD', subaccounts: 2, reason: 'the vol surface of BTC/USD is stale: market data is stale' }]);
    await expect(health()).rejects.toThrow(/vol surface of BTC\/USD is stale/);

    // 30 minutes before expiry: intrinsic value against the index, (100,000 − 95,000) × 0.01 = 50 a contract
    chain.skip = E - 30n * 60n - GENESIS_TIME - BigInt(chain.height + 1);
    const late = await chain.run([]);
    expect(paused(late.events)).toEqual([]);
    const h = await health();
    expect(h.positions.map((p) => [p.instrumentId, p.mark])).toEqual([[CALL.id, '-150']]);
  });
});
