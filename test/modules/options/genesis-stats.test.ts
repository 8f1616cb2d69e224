/**
 * Open interest at genesis: it is the sum of each instrument's long positions in margin, so genesis stats
 * that state another figure are refused, and an instrument holding positions without stats gets them with
 * the right open interest (the invariant then holds from the first block).
 */
import { accountAddress } from '../../../chain/address';
import { moduleAddress } from '../../../modules/auth/keeper';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import type { Key } from '../../reliability/lib/accounts';
import { appState, CALL_100K, OptionsChain, USDC } from './chain';

const owner = (i: number): string => {
  const b = Buffer.alloc(20);
  b.write('oi-genesis', 0);
  b.writeUInt32BE(i, 16);
  return accountAddress(b);
};

/** Two subaccounts: 3 contracts long and 3 short of the 100,000 call, each with 10,000 USDC; `stats` as given. */
function state(stats: unknown[] | undefined) {
  return (keys: Key[]): Record<string, unknown> => {
    const s = appState(keys) as Record<string, any>;
    const collateral = [{ denom: 'uusdc', amount: (10_000n * USDC).toString() }];
    s.margin.subaccounts = [3n, -3n].map((size, i) => ({
      subaccount: { owner: owner(i), number: 0, isolated: false, portfolioMargin: false },
      collateral,
      positions: [{ instrumentId: CALL_100K.id, size: size.toString(), costBasis: '0', realizedPnl: '0', feesPaid: '0' }],
    }));
    s.bank.balances.push({ address: moduleAddress('margin'), coins: [{ denom: 'uusdc', amount: (20_000n * USDC).toString() }] });
    s.bank.balances.sort((a: { address: string }, b: { address: string }) => (a.address < b.address ? -1 : 1));
    if (Array.isArray(s.bank.supply) && s.bank.supply.length > 0) {
      s.bank.supply = s.bank.supply.map((c: { denom: string; amount: string }) => (c.denom === 'uusdc' ? { ...c, amount: (BigInt(c.amount) + 20_000n * USDC).toString() } : c));
    }
    if (stats) s.options.stats = stats;
    return s;
  };
}

describe('open interest at genesis', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTmpDir('options-oi-genesis');
  });
  afterEach(() => removeDir(dir));

  it('is derived from the long positions when genesis has no stats for the instrument', async () => {
    const chain = await OptionsChain.open(dir, 'oi-genesis', 1, state(undefined));
    try {
      const stats = chain.modules.keepers.options.stats(chain.app.contextAt(chain.height), CALL_100K.id);
      expect(stats.openInterest).toBe(3n);
    } finally {
      await chain.app.close();
    }
  });

  it('refuses stats whose open interest differs from the long positions, naming both figures', async () => {
    const wrong = [{ instrumentId: CALL_100K.id, openInterest: '2', volume: '0', lastPrice: '0', lastTradeHeight: '0' }];
    await expect(OptionsChain.open(dir, 'oi-genesis', 1, state(wrong))).rejects.toThrow(/open_interest 2, but its long positions in margin sum to 3/);
  });
});
