/**
 * Client status (Active → Expired at latest time + trusting period; Frozen after misbehaviour),
 * client-state validation, and revision numbers from chain ids as ibc-go derives them.
 */
import type { ClientState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { RegisteredError } from '../../../../chain/sdk';
import {
  compareHeights,
  freeze,
  isRevisionFormat,
  LightClientErrors as E,
  parseChainId,
  setRevisionNumber,
  status,
  validateClientState,
  verifyHeader,
} from '../../../../modules/ibc/light-client';
import { clientState, consensusStateOf, lightHeader, makeHeader, SECOND, signedHeader, T0, testValidator } from './helpers/test-chain';

function expectRefused(f: () => unknown, err: RegisteredError): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(err.is(thrown)).toBe(true);
}

const CHAIN = 'counter-1';
const A = ['a0', 'a1', 'a2'].map((n) => testValidator(n, 7n));
const PERIOD = 14n * 86_400n * SECOND;

describe('status', () => {
  const cs = clientState(CHAIN, 10n);
  const latest = consensusStateOf(makeHeader({ chainId: CHAIN, height: 10n, time: T0, vals: A }));

  test('Active until latest time + trusting period, Expired from then on', () => {
    expect(status(cs, latest, T0)).toBe('Active');
    expect(status(cs, latest, T0 + PERIOD - 1n)).toBe('Active');
    expect(status(cs, latest, T0 + PERIOD)).toBe('Expired');
    expect(status(cs, latest, T0 + 10n * PERIOD)).toBe('Expired');
  });

  test('Expired without a latest consensus state; Frozen over everything once frozen', () => {
    expect(status(cs, undefined, T0)).toBe('Expired');
    expect(status(freeze(cs), latest, T0)).toBe('Frozen');
    expect(status(freeze(cs), latest, T0 + 10n * PERIOD)).toBe('Frozen');
  });

  test('an update brings an expiring client back to Active: Active → update → Active longer; Expired stays Expired (its trusted state is too old)', () => {
    const h = lightHeader(signedHeader({ chainId: CHAIN, height: 11n, time: T0 + PERIOD - 2n * SECOND, vals: A }), A, 10n, A);
    const now = T0 + PERIOD - SECOND;
    const out = verifyHeader(cs, latest, h, now);
    expect(status(cs, out.consensusState, T0 + PERIOD)).toBe('Active');
    expect(status(cs, out.consensusState, T0 + 2n * PERIOD - 2n * SECOND)).toBe('Expired');
    expectRefused(() => verifyHeader(cs, latest, h, T0 + PERIOD), E.trustingPeriodExpired);
  });
});

describe('client state validation (what creating a client requires)', () => {
  const ok = clientState(CHAIN, 10n);

  test('a well-formed client state passes', () => {
    expect(() => validateClientState(ok)).not.toThrow();
    expect(() => validateClientState({ ...ok, trustLevel: { numerator: 1n, denominator: 1n } })).not.toThrow();
    expect(() => validateClientState(clientState('plain', 10n))).not.toThrow(); // revision 0
  });

  const refused: [string, Partial<ClientState>, RegisteredError][] = [
    ['trust level below 1/3', { trustLevel: { numerator: 1n, denominator: 4n } }, E.invalidTrustLevel],
    ['trust level above 1', { trustLevel: { numerator: 4n, denominator: 3n } }, E.invalidTrustLevel],
    ['trust level with zero denominator', { trustLevel: { numerator: 0n, denominator: 0n } }, E.invalidTrustLevel],
    ['empty chain id', { chainId: ' ' }, E.invalidChainId],
    ['chain id over 50 characters', { chainId: `${'c'.repeat(49)}-1` }, E.invalidChainId],
    ['zero trusting period', { trustingPeriod: { seconds: 0n, nanos: 0 } }, E.invalidTrustingPeriod],
    ['trusting period not below the unbonding period', { trustingPeriod: { seconds: 21n * 86_400n, nanos: 0 } }, E.invalidTrustingPeriod],
    ['zero unbonding period', { unbondingPeriod: { seconds: 0n, nanos: 0 } }, E.invalidUnbondingPeriod],
    ['zero max clock drift', { maxClockDrift: { seconds: 0n, nanos: 0 } }, E.invalidMaxClockDrift],
    ['latest height zero', { latestHeight: { revisionNumber: 1n, revisionHeight: 0n } }, E.invalidHeaderHeight],
    ['latest height of another revision than the chain id', { latestHeight: { revisionNumber: 2n, revisionHeight: 10n } }, E.invalidHeaderHeight],
    ['no proof specs', { proofSpecs: [] }, E.invalidProofSpecs],
  ];
  test.each(refused)('%s is refused', (_what, over, err) => {
    expectRefused(() => validateClientState({ ...ok, ...over }), err);
  });
});

describe('revision numbers from chain ids (ibc-go ParseChainID / IsRevisionFormat)', () => {
  test.each([
    ['settle-1', 1n],
    ['settle-localnet-1', 1n],
    ['cosmoshub-4', 4n],
    ['osmosis-1', 1n],
    ['chain-42', 42n],
    ['chain-0', 0n],
    ['chain-01', 0n],
    ['chain', 0n],
    ['chain-', 0n],
    ['-1', 0n],
    ['chain--1', 0n],
    ['chain-1a', 0n],
    ['line\nbreak-1', 0n],
    ['chain-18446744073709551615', 18446744073709551615n],
    ['chain-18446744073709551616', 0n],
  ] as const)('%j has revision %s', (id, rev) => {
    expect(parseChainId(id)).toBe(rev);
    expect(isRevisionFormat(id)).toBe(rev !== 0n || id === 'chain-18446744073709551616');
  });

  test('setRevisionNumber replaces the trailing number only', () => {
    expect(setRevisionNumber('settle-localnet-1', 2n)).toBe('settle-localnet-2');
    expect(() => setRevisionNumber('plain', 2n)).toThrow();
  });

  test('heights order by revision, then height', () => {
    expect(compareHeights({ revisionNumber: 1n, revisionHeight: 100n }, { revisionNumber: 2n, revisionHeight: 1n })).toBe(-1);
    expect(compareHeights({ revisionNumber: 2n, revisionHeight: 5n }, { revisionNumber: 2n, revisionHeight: 4n })).toBe(1);
    expect(compareHeights({ revisionNumber: 2n, revisionHeight: 5n }, { revisionNumber: 2n, revisionHeight: 5n })).toBe(0);
  });
});
