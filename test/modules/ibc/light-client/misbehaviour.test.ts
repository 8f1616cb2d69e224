/**
 * Misbehaviour freezes the client: two conflicting headers at one height (a fork), or a higher header
 * that is not later (BFT time going backwards), each signed by the counterparty's validators and
 * trusted through the client's stored consensus states. Anything short of proof changes nothing.
 * Also: an update header that conflicts with stored consensus states is flagged as misbehaviour.
 */
import type { Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { RegisteredError } from '../../../../chain/sdk';
import {
  checkMisbehaviour,
  FROZEN_HEIGHT,
  LightClientErrors as E,
  status,
  updateIsMisbehaviour,
  verifyHeader,
  nanosToTimestamp,
} from '../../../../modules/ibc/light-client';
import { clientState, consensusStateOf, lightHeader, makeHeader, SECOND, signedHeader, T0, testValidator } from './helpers/test-chain';

const CHAIN = 'counter-1';
const A = ['a0', 'a1', 'a2', 'a3'].map((n) => testValidator(n, 10n));
const X = ['x0', 'x1', 'x2', 'x3'].map((n) => testValidator(n, 10n));
const TRUSTED_HEIGHT = 10n;
const trusted = consensusStateOf(makeHeader({ chainId: CHAIN, height: TRUSTED_HEIGHT, time: T0, vals: A }));
const cs = clientState(CHAIN, TRUSTED_HEIGHT);
const MINUTE = 60n * SECOND;
const NOW = T0 + 10n * MINUTE;
const label = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.padEnd(32, '.')));

function header(height: bigint, dt: bigint, appHash: string, vals = A, opts = {}) {
  return lightHeader(signedHeader({ chainId: CHAIN, height, time: T0 + dt, vals, appHash: label(appHash) }, opts), vals, TRUSTED_HEIGHT, A);
}

function misbehaviour(h1: ReturnType<typeof header>, h2: ReturnType<typeof header>): Misbehaviour {
  return { clientId: '07-tendermint-0', header1: h1, header2: h2 };
}

function expectRefused(f: () => unknown, err: RegisteredError, message?: RegExp): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(err.is(thrown)).toBe(true);
  if (message) expect((thrown as Error).message).toMatch(message);
}

describe('a fork: two headers at one height with different block hashes', () => {
  const fork = misbehaviour(header(12n, MINUTE, 'app A'), header(12n, MINUTE, 'app B'));

  test('each header alone is a valid update', () => {
    expect(() => verifyHeader(cs, trusted, fork.header1!, NOW)).not.toThrow();
    expect(() => verifyHeader(cs, trusted, fork.header2!, NOW)).not.toThrow();
  });

  test('together they freeze the client at height 0-1; the frozen client is Frozen and refuses updates', () => {
    const frozen = checkMisbehaviour(cs, trusted, trusted, fork, NOW);
    expect(frozen.frozenHeight).toEqual(FROZEN_HEIGHT);
    expect({ ...frozen, frozenHeight: cs.frozenHeight }).toEqual(cs);
    expect(status(frozen, trusted, NOW)).toBe('Frozen');
    expectRefused(() => verifyHeader(frozen, trusted, header(13n, 2n * MINUTE, 'app C'), NOW), E.clientFrozen);
    expectRefused(() => checkMisbehaviour(frozen, trusted, trusted, fork, NOW), E.clientFrozen);
  });

  test('the same block twice is not misbehaviour', () => {
    const h = header(12n, MINUTE, 'app A');
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, misbehaviour(h, h), NOW), E.invalidMisbehaviour, /same block/);
  });

  test('a conflicting header signed by another validator set (none of the trusted) proves nothing', () => {
    const m = misbehaviour(header(12n, MINUTE, 'app A'), lightHeader(signedHeader({ chainId: CHAIN, height: 12n, time: T0 + MINUTE, vals: X, appHash: label('app B') }), X, TRUSTED_HEIGHT, A));
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, m, NOW), E.untrustedValidatorSet);
  });

  test('a conflicting header its own validators did not sign (≤ 2/3) proves nothing', () => {
    const weak = header(12n, MINUTE, 'app B', A, { votes: ['commit', 'commit', 'absent', 'absent'] });
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, misbehaviour(header(12n, MINUTE, 'app A'), weak), NOW), E.insufficientVotingPower);
  });

  test('a forged signature in a conflicting header proves nothing', () => {
    const forged = header(12n, MINUTE, 'app B', A, { signAs: { 1: X[1] } });
    forged.signedHeader!.commit!.signatures[1].validatorAddress = A[1].validator.address;
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, misbehaviour(header(12n, MINUTE, 'app A'), forged), NOW), E.invalidCommit);
  });

  test('misbehaviour trusted through an expired consensus state is refused', () => {
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, fork, T0 + 14n * 86_400n * SECOND), E.trustingPeriodExpired);
  });

  test('trusted validators that do not match the trusted consensus state are refused', () => {
    const other = consensusStateOf(makeHeader({ chainId: CHAIN, height: TRUSTED_HEIGHT, time: T0, vals: X }));
    expectRefused(() => checkMisbehaviour(cs, trusted, other, fork, NOW), E.invalidValidatorSet);
  });

  test('headers of another chain are refused', () => {
    const h1 = lightHeader(signedHeader({ chainId: 'other-1', height: 12n, time: T0 + MINUTE, vals: A, appHash: label('a') }), A, TRUSTED_HEIGHT, A);
    const h2 = lightHeader(signedHeader({ chainId: 'other-1', height: 12n, time: T0 + MINUTE, vals: A, appHash: label('b') }), A, TRUSTED_HEIGHT, A);
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, misbehaviour(h1, h2), NOW), E.invalidChainId);
  });
});

describe('BFT time violation: header 1 higher than header 2 but not later', () => {
  test('an earlier time at a greater height freezes the client', () => {
    const m = misbehaviour(header(13n, MINUTE, 'app 13'), header(12n, 2n * MINUTE, 'app 12'));
    expect(checkMisbehaviour(cs, trusted, trusted, m, NOW).frozenHeight).toEqual(FROZEN_HEIGHT);
  });

  test('the same time at a greater height freezes the client', () => {
    const m = misbehaviour(header(13n, MINUTE, 'app 13'), header(12n, MINUTE, 'app 12'));
    expect(checkMisbehaviour(cs, trusted, trusted, m, NOW).frozenHeight).toEqual(FROZEN_HEIGHT);
  });

  test('a greater height with a later time is the normal course of a chain: refused', () => {
    const m = misbehaviour(header(13n, 2n * MINUTE, 'app 13'), header(12n, MINUTE, 'app 12'));
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, m, NOW), E.invalidMisbehaviour, /no BFT time violation/);
  });

  test('header 1 lower than header 2 is refused (the order is part of the message)', () => {
    const m = misbehaviour(header(12n, 2n * MINUTE, 'app 12'), header(13n, MINUTE, 'app 13'));
    expectRefused(() => checkMisbehaviour(cs, trusted, trusted, m, NOW), E.invalidMisbehaviour, /less than/);
  });
});

describe('an update header that conflicts with what the client stores', () => {
  const at = (dt: bigint, app = 'x') => ({ timestamp: nanosToTimestamp(T0 + dt), root: { hash: label(app) }, nextValidatorsHash: label('next') });

  test('a different consensus state at the same height is misbehaviour; the same one is a duplicate update', () => {
    expect(updateIsMisbehaviour(at(MINUTE, 'a'), { atHeight: at(MINUTE, 'b') })).toBe(true);
    expect(updateIsMisbehaviour(at(MINUTE, 'a'), { atHeight: at(2n * MINUTE, 'a') })).toBe(true);
    expect(updateIsMisbehaviour(at(MINUTE, 'a'), { atHeight: at(MINUTE, 'a') })).toBe(false);
  });

  test('time must be strictly between the stored neighbours', () => {
    const created = at(2n * MINUTE);
    expect(updateIsMisbehaviour(created, { previous: at(MINUTE), next: at(3n * MINUTE) })).toBe(false);
    expect(updateIsMisbehaviour(created, { previous: at(2n * MINUTE) })).toBe(true);
    expect(updateIsMisbehaviour(created, { previous: at(3n * MINUTE) })).toBe(true);
    expect(updateIsMisbehaviour(created, { next: at(2n * MINUTE) })).toBe(true);
    expect(updateIsMisbehaviour(created, { next: at(MINUTE) })).toBe(true);
    expect(updateIsMisbehaviour(created, {})).toBe(false);
  });
});
