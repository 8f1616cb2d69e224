/**
 * The devnet's development accounts: FIXED, PUBLIC mnemonics committed here, like the well-known
 * accounts of other Cosmos devnets, so that docs, examples and scripts can name them
 * ("alice sends to bob") on every developer's machine. Never use them on a chain with real value.
 *
 * Keys: BIP-39 24-word mnemonic → BIP-32 path m/44'/118'/0'/0/0 (Cosmos coin type 118) → secp256k1
 * → bech32 address with prefix `settle` — exactly what CosmJS's `DirectSecp256k1HdWallet` and Keplr
 * derive, so a wallet imports them as-is. The addresses are pinned too, and checked against the
 * derivation when a devnet is created.
 */
import { DirectSecp256k1HdWallet, makeCosmoshubPath } from '@cosmjs/proto-signing';

export const BECH32_PREFIX = 'settle';
export const HD_PATH = "m/44'/118'/0'/0/0";
export const STAKE_DENOM = 'usettle';
export const COLLATERAL_DENOM = 'uusdc';

export interface Coin {
  denom: string;
  amount: string;
}

export interface DevAccount {
  name: string;
  address: string;
  mnemonic: string;
  hdPath: string;
  /** What the devnet genesis gives the account (see fundDevAccounts). */
  coins: Coin[];
}

const MILLION_SETTLE = '1000000000000'; // 1,000,000 SETTLE in usettle (6 decimals)
const MILLION_USDC = '1000000000000'; // 1,000,000 USDC in uusdc (6 decimals)
const TEN_MILLION = '10000000000000';

const KNOWN: ReadonlyArray<Omit<DevAccount, 'hdPath'>> = [
  {
    name: 'alice',
    mnemonic:
      'session maze divert convince angry reform faint lazy spin setup unique text goose trigger palace use focus whip unlock gospel album magic admit glass',
    address: 'settle1ve08aydnlg69wuhd2mwdt7plw46ky9j97ct79u',
    coins: [
      { denom: STAKE_DENOM, amount: MILLION_SETTLE },
      { denom: COLLATERAL_DENOM, amount: MILLION_USDC },
    ],
  },
  {
    name: 'bob',
    mnemonic:
      'boil upper sea remove lonely note gossip merge equip pink broom curve term beach alpha thunder man sleep donate time below spatial shock cruise',
    address: 'settle1w94h99z4dezj6chkk5x406ur6v67ra5atjn5ph',
    coins: [
      { denom: STAKE_DENOM, amount: MILLION_SETTLE },
      { denom: COLLATERAL_DENOM, amount: MILLION_USDC },
    ],
  },
  {
    name: 'carol',
    mnemonic:
      'dish wire mention traffic plate bundle above genre zebra figure scheme carry wisdom certain fee execute speak ghost margin drop trim crunch dawn tomato',
    address: 'settle193yges4pjrh05wmv5qketrksakwp9z0fddyywd',
    coins: [
      { denom: STAKE_DENOM, amount: MILLION_SETTLE },
      { denom: COLLATERAL_DENOM, amount: MILLION_USDC },
    ],
  },
  {
    name: 'dave',
    mnemonic:
      'clump weapon destroy second typical quarter south six hover beyond document ask web rural rely breeze accident welcome select year trip drop stem visa',
    address: 'settle1ulnhl5ahh0jh8874e4j7hvmp7f0thpfmmqc8wz',
    coins: [
      { denom: STAKE_DENOM, amount: MILLION_SETTLE },
      { denom: COLLATERAL_DENOM, amount: MILLION_USDC },
    ],
  },
  {
    name: 'maker',
    mnemonic:
      'leg cost burst idea spot shrimp shoe brick pioneer search fuel gloom under gold limit play possible hundred surround ask nominee brother deputy make',
    address: 'settle15c92uu6xrvmwhaez72a8cruvf9tngwfv7uey5k',
    coins: [
      { denom: STAKE_DENOM, amount: TEN_MILLION },
      { denom: COLLATERAL_DENOM, amount: TEN_MILLION },
    ],
  },
  {
    // the devnet's liquidation daemon signs with this one ([liquidator] dev_account in app.toml)
    name: 'keeper',
    mnemonic:
      'say ghost music craft sick lesson decline clay real wool message wash genre injury submit enact raise valid sock day sorry lens visa next',
    address: 'settle1eesr6m7nxjddcgmsfzh9564ejtcpr0t8r88r3y',
    coins: [
      { denom: STAKE_DENOM, amount: MILLION_SETTLE },
      { denom: COLLATERAL_DENOM, amount: MILLION_USDC },
    ],
  },
];

/** The well-known accounts (pinned addresses, not re-derived). */
export const DEV_ACCOUNTS: ReadonlyArray<DevAccount> = KNOWN.map((a) => ({ ...a, hdPath: HD_PATH }));

/** Derives the address of a mnemonic the way CosmJS and Keplr do (m/44'/118'/0'/0/0, prefix settle). */
export async function deriveAddress(mnemonic: string): Promise<string> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: BECH32_PREFIX, hdPaths: [makeCosmoshubPath(0)] });
  const [account] = await wallet.getAccounts();
  return account.address;
}

/** The dev accounts, each address re-derived from its mnemonic and checked against the pinned one. */
export async function devAccounts(): Promise<DevAccount[]> {
  const out: DevAccount[] = [];
  for (const a of DEV_ACCOUNTS) {
    const derived = await deriveAddress(a.mnemonic);
    if (derived !== a.address) throw new Error(`dev account ${a.name}: mnemonic derives ${derived}, pinned ${a.address}`);
    out.push({ ...a, coins: a.coins.map((c) => ({ ...c })) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Genesis funding

export interface FundingResult {
  appState: Record<string, unknown>;
  /** Whether balances were written (false when the app_state has no bank section). */
  funded: boolean;
}

function addCoins(into: Coin[], add: Coin[]): Coin[] {
  const sums = new Map<string, bigint>();
  for (const c of [...into, ...add]) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + BigInt(c.amount));
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([denom, amount]) => ({ denom, amount: amount.toString() }));
}

/**
 * Puts the dev accounts' coins into a genesis app_state — only where the app_state has a place for
 * them: with no `bank` section it returns the app_state unchanged and `funded: false` (the accounts
 * are still written to <home>/dev-accounts.json). With one, it writes Cosmos SDK-shaped genesis, as
 * modules/bank and modules/auth read it:
 *
 * - `bank.balances`: `[{address, coins: [{denom, amount}]}]`, merged per address, sorted by
 *   address, coins sorted by denom;
 * - `bank.supply`: increased by the same coins when the section lists a non-empty supply (an empty
 *   supply is computed by the bank module from the balances, as the SDK does);
 * - `auth.accounts`: a `/cosmos.auth.v1beta1.BaseAccount` per new address when an `auth` section with
 *   an `accounts` array exists (account numbers continue after the existing ones).
 */
export function fundDevAccounts(appState: Record<string, unknown>, accounts: DevAccount[]): FundingResult {
  const bank = appState.bank as { balances?: Array<{ address: string; coins: Coin[] }>; supply?: Coin[] } | undefined;
  if (bank === undefined || bank === null || typeof bank !== 'object') return { appState, funded: false };

  const next = structuredClone(appState);
  const nb = next.bank as { balances?: Array<{ address: string; coins: Coin[] }>; supply?: Coin[] };
  const balances = new Map<string, Coin[]>((nb.balances ?? []).map((b) => [b.address, b.coins]));
  let minted: Coin[] = [];
  for (const a of accounts) {
    balances.set(a.address, addCoins(balances.get(a.address) ?? [], a.coins));
    minted = addCoins(minted, a.coins);
  }
  nb.balances = [...balances.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([address, coins]) => ({ address, coins }));
  if (Array.isArray(nb.supply) && nb.supply.length > 0) nb.supply = addCoins(nb.supply, minted);

  const auth = next.auth as { accounts?: Array<Record<string, unknown>> } | undefined;
  if (auth && Array.isArray(auth.accounts)) {
    const have = new Set(auth.accounts.map((x) => x.address));
    let nextNumber = auth.accounts.reduce((m, x) => Math.max(m, Number(x.account_number ?? -1) + 1), 0);
    for (const a of accounts) {
      if (have.has(a.address)) continue;
      auth.accounts.push({
        '@type': '/cosmos.auth.v1beta1.BaseAccount',
        address: a.address,
        pub_key: null,
        account_number: String(nextNumber++),
        sequence: '0',
      });
    }
  }
  return { appState: next, funded: true };
}
