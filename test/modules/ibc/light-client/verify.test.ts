/**
 * Header verification with synthetic headers signed by test ed25519 keys: adjacent and non-adjacent
 * updates, the voting-power thresholds at their exact boundaries, trusting period and clock drift at
 * their boundaries, chain ids and revisions, forged and duplicate signatures, frozen clients.
 */
import type { RegisteredError } from '../../../../chain/sdk';
import { LightClientErrors as E, headerHash, timestampNanos, updateClientState, verifyHeader, freeze } from '../../../../modules/ibc/light-client';
import {
  clientState,
  consensusStateOf,
  lightHeader,
  makeHeader,
  SECOND,
  signCommit,
  signedHeader,
  T0,
  testValidator,
  type TestValidator,
} from './helpers/test-chain';

const CHAIN = 'counter-1';
const A = ['a0', 'a1', 'a2', 'a3'].map((n) => testValidator(n, 10n));
const X = ['x0', 'x1', 'x2', 'x3'].map((n) => testValidator(n, 10n));
const TRUSTED_HEIGHT = 10n;
const trustedHeader = makeHeader({ chainId: CHAIN, height: TRUSTED_HEIGHT, time: T0, vals: A });
const trusted = consensusStateOf(trustedHeader);
const cs = clientState(CHAIN, TRUSTED_HEIGHT);
const MINUTE = 60n * SECOND;

function expectRefused(f: () => unknown, err: RegisteredError, message?: RegExp): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeDefined();
  expect(err.is(thrown)).toBe(true);
  if (message) expect((thrown as Error).message).toMatch(message);
}

/** An update to `height` at T0 + `dt`, signed per `opts`, by `vals` with next set `nextVals`. */
function update(height: bigint, vals: readonly TestValidator[], opts: Parameters<typeof signedHeader>[1] = {}, dt = MINUTE, nextVals?: readonly TestValidator[]) {
  return lightHeader(signedHeader({ chainId: CHAIN, height, time: T0 + dt, vals, nextVals }, opts), vals, TRUSTED_HEIGHT, A);
}

const NOW = T0 + 2n * MINUTE;

describe('adjacent (height = trusted + 1): more than 2/3 of the new set, which must be the trusted next set', () => {
  test('all four sign: accepted, the consensus state is the header time, app hash and next validators hash', () => {
    const h = update(11n, A);
    const out = verifyHeader(cs, trusted, h, NOW);
    expect(out.height).toEqual({ revisionNumber: 1n, revisionHeight: 11n });
    expect(out.consensusState).toEqual(consensusStateOf(h.signedHeader!.header!));
    expect(updateClientState(cs, out.height).latestHeight).toEqual(out.height);
    expect(updateClientState({ ...cs, latestHeight: { revisionNumber: 1n, revisionHeight: 50n } }, out.height).latestHeight.revisionHeight).toBe(50n);
  });

  test('three of four (30 of 40 > 2/3): accepted, whether the fourth is absent or voted nil', () => {
    expect(() => verifyHeader(cs, trusted, update(11n, A, { votes: ['commit', 'commit', 'commit', 'absent'] }), NOW)).not.toThrow();
    expect(() => verifyHeader(cs, trusted, update(11n, A, { votes: ['nil', 'commit', 'commit', 'commit'] }), NOW)).not.toThrow();
  });

  test('two of four (20 of 40 ≤ 2/3), nil votes not counted: refused', () => {
    expectRefused(() => verifyHeader(cs, trusted, update(11n, A, { votes: ['commit', 'commit', 'nil', 'absent'] }), NOW), E.insufficientVotingPower);
  });

  test('exactly 2/3 is not enough (powers 1,1,1: two signing refused); with powers 2,1,1 the heavy validator and one other (3 of 4) pass', () => {
    const B = ['b0', 'b1', 'b2'].map((n) => testValidator(n, 1n));
    const tB = makeHeader({ chainId: CHAIN, height: TRUSTED_HEIGHT, time: T0, vals: B });
    const hdr = (votes: ('commit' | 'absent')[]) => lightHeader(signedHeader({ chainId: CHAIN, height: 11n, time: T0 + MINUTE, vals: B }, { votes }), B, TRUSTED_HEIGHT, B);
    expectRefused(() => verifyHeader(cs, consensusStateOf(tB), hdr(['commit', 'commit', 'absent']), NOW), E.insufficientVotingPower, /2 of 3 power signed, more than 2 needed/);
    expect(() => verifyHeader(cs, consensusStateOf(tB), hdr(['commit', 'commit', 'commit']), NOW)).not.toThrow();
    const C = [testValidator('c0', 2n), testValidator('c1', 1n), testValidator('c2', 1n)];
    const tC = makeHeader({ chainId: CHAIN, height: TRUSTED_HEIGHT, time: T0, vals: C });
    const hC = (votes: ('commit' | 'absent')[]) => lightHeader(signedHeader({ chainId: CHAIN, height: 11n, time: T0 + MINUTE, vals: C }, { votes }), C, TRUSTED_HEIGHT, C);
    expect(() => verifyHeader(cs, consensusStateOf(tC), hC(['commit', 'commit', 'absent']), NOW)).not.toThrow(); // 3 of 4 > 2
    expectRefused(() => verifyHeader(cs, consensusStateOf(tC), hC(['absent', 'commit', 'commit']), NOW), E.insufficientVotingPower); // 2 of 4
  });

  test('a new set that is not the trusted next validators: refused even when it signs fully', () => {
    expectRefused(() => verifyHeader(cs, trusted, update(11n, X), NOW), E.invalidValidatorSet);
  });

  test('a signed round > 0 commit verifies (the round is in the sign bytes)', () => {
    expect(() => verifyHeader(cs, trusted, update(11n, A, { round: 3 }), NOW)).not.toThrow();
  });
});

describe('non-adjacent: more than trust level (1/3) of the trusted set and more than 2/3 of the new set', () => {
  test('the new set shares two of four trusted validators (20 of 40 > 1/3): accepted', () => {
    const B = [A[0], A[1], X[0], X[1]];
    expect(() => verifyHeader(cs, trusted, update(20n, B), NOW)).not.toThrow();
  });

  test('one of four trusted (10 of 40 ≤ 1/3): refused as an untrusted validator set, though the new set signed fully', () => {
    const B = [A[0], X[0], X[1], X[2]];
    expectRefused(() => verifyHeader(cs, trusted, update(20n, B), NOW), E.untrustedValidatorSet, /10 of 40 trusted power signed, more than 13 needed/);
  });

  test('exactly 1/3 is not enough: one of three trusted validators of equal power', () => {
    const T = ['t0', 't1', 't2'].map((n) => testValidator(n, 5n));
    const tT = consensusStateOf(makeHeader({ chainId: CHAIN, height: TRUSTED_HEIGHT, time: T0, vals: T }));
    const B = [T[0], X[0], X[1]];
    const h = lightHeader(signedHeader({ chainId: CHAIN, height: 20n, time: T0 + MINUTE, vals: B }), B, TRUSTED_HEIGHT, T);
    expectRefused(() => verifyHeader(cs, tT, h, NOW), E.untrustedValidatorSet, /5 of 15 trusted power signed, more than 5 needed/);
  });

  test('a higher trust level (2/3) refuses what 1/3 accepts', () => {
    const B = [A[0], A[1], X[0], X[1]];
    expectRefused(() => verifyHeader({ ...cs, trustLevel: { numerator: 2n, denominator: 3n } }, trusted, update(20n, B), NOW), E.untrustedValidatorSet);
  });

  test('the trusted overlap alone is not enough: the new set must still sign more than 2/3', () => {
    const B = [A[0], A[1], X[0], X[1]];
    expectRefused(() => verifyHeader(cs, trusted, update(20n, B, { votes: ['commit', 'commit', 'absent', 'absent'] }), NOW), E.insufficientVotingPower);
  });

  test('signatures by validators outside the trusted set do not count towards the trust level', () => {
    // The trusted set is three validators; the new set adds outsiders with much more power.
    const T = [A[0], A[1], A[2]];
    const tT = consensusStateOf(makeHeader({ chainId: CHAIN, height: TRUSTED_HEIGHT, time: T0, vals: T }));
    const big = ['y0', 'y1', 'y2'].map((n) => testValidator(n, 1000n));
    const B = [A[0], ...big];
    const h = lightHeader(signedHeader({ chainId: CHAIN, height: 20n, time: T0 + MINUTE, vals: B }), B, TRUSTED_HEIGHT, T);
    expectRefused(() => verifyHeader(cs, tT, h, NOW), E.untrustedValidatorSet, /10 of 30 trusted power/);
  });

  test('a trusted validator counted twice (its vote copied into another slot) is refused as a double vote', () => {
    const B = [A[0], X[0], X[1], X[2]];
    const signed = signedHeader({ chainId: CHAIN, height: 20n, time: T0 + MINUTE, vals: B });
    signed.commit!.signatures[1] = { ...signed.commit!.signatures[0] };
    expectRefused(() => verifyHeader(cs, trusted, lightHeader(signed, B, TRUSTED_HEIGHT, A), NOW), E.invalidCommit, /double vote/);
  });
});

describe('trusting period and clock drift, at their boundaries', () => {
  const period = 14n * 86_400n * SECOND;
  const drift = 10n * SECOND;

  test('the trusted state expires when trusted time + trusting period ≤ now', () => {
    const h = update(11n, A, {}, MINUTE);
    expect(() => verifyHeader(cs, trusted, h, T0 + period - 1n)).not.toThrow();
    expectRefused(() => verifyHeader(cs, trusted, h, T0 + period), E.trustingPeriodExpired);
    expectRefused(() => verifyHeader(cs, trusted, update(20n, A, {}, MINUTE), T0 + period + SECOND), E.trustingPeriodExpired);
  });

  test('a header must be before now + max clock drift', () => {
    const now = T0 + MINUTE;
    expect(() => verifyHeader(cs, trusted, update(11n, A, {}, MINUTE + drift - 1n), now)).not.toThrow();
    expectRefused(() => verifyHeader(cs, trusted, update(11n, A, {}, MINUTE + drift), now), E.headerFromFuture);
    expectRefused(() => verifyHeader(cs, trusted, update(11n, A, {}, MINUTE + 3600n * SECOND), now), E.headerFromFuture);
  });

  test('a header must be later than the trusted state', () => {
    expectRefused(() => verifyHeader(cs, trusted, update(11n, A, {}, 0n), NOW), E.headerTimeNotMonotonic);
    expectRefused(() => verifyHeader(cs, trusted, update(20n, A, {}, -SECOND), NOW), E.headerTimeNotMonotonic);
    expect(() => verifyHeader(cs, trusted, update(11n, A, {}, 1n), NOW)).not.toThrow();
  });
});

describe('chain ids, revisions and heights', () => {
  test('a header of another chain is refused, even if correctly signed for it', () => {
    const other = lightHeader(signedHeader({ chainId: 'other-1', height: 11n, time: T0 + MINUTE, vals: A }), A, TRUSTED_HEIGHT, A);
    expectRefused(() => verifyHeader(cs, trusted, other, NOW), E.invalidChainId);
  });

  test('a header of the next revision (counter-2) is refused by a client of counter-1', () => {
    const next = lightHeader(signedHeader({ chainId: 'counter-2', height: 11n, time: T0 + MINUTE, vals: A }), A, TRUSTED_HEIGHT, A);
    expectRefused(() => verifyHeader(cs, trusted, next, NOW), E.invalidChainId);
  });

  test('a trusted height of another revision is refused', () => {
    const h = update(11n, A);
    h.trustedHeight = { revisionNumber: 0n, revisionHeight: 10n };
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidHeaderHeight);
  });

  test('a header at or below its trusted height is refused', () => {
    const h = update(10n, A);
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidHeaderHeight);
  });

  test('signatures over another chain id do not verify', () => {
    expectRefused(() => verifyHeader(cs, trusted, update(11n, A, { signChainId: 'counter-2' }), NOW), E.invalidCommit, /wrong signature/);
  });
});

describe('forgery', () => {
  test('a header changed after signing no longer matches the signed block id', () => {
    const h = update(11n, A);
    h.signedHeader!.header!.appHash = Uint8Array.from(h.signedHeader!.header!.appHash, (b) => b ^ 0xff);
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidHeader, /commit signs block/);
  });

  test('a commit re-pointed at the changed header, with the old signatures, fails signature checks', () => {
    const h = update(11n, A);
    const header = h.signedHeader!.header!;
    header.appHash = Uint8Array.from(header.appHash, (b) => b ^ 0xff);
    h.signedHeader!.commit!.blockId = { ...h.signedHeader!.commit!.blockId, hash: Uint8Array.from(headerHash(header)!) };
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidCommit, /wrong signature/);
  });

  test('a signature by a non-validator in a validator slot is refused: under its own address, or under the validator address', () => {
    expectRefused(() => verifyHeader(cs, trusted, update(11n, A, { signAs: { 0: X[0] } }), NOW), E.invalidCommit, /signature 0 is from/);
    const h = update(11n, A, { signAs: { 0: X[0] } });
    h.signedHeader!.commit!.signatures[0].validatorAddress = A[0].validator.address;
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidCommit, /wrong signature \(#0\)/);
  });

  test('a validator set that does not hash to validators_hash is refused', () => {
    const h = update(11n, A);
    h.validatorSet = { ...h.validatorSet!, validators: [...A.slice(0, 3).map((v) => v.validator), { ...A[3].validator, votingPower: 11n }] };
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidHeader, /validator set hashes/);
  });

  test('trusted validators that are not the trusted next validators are refused', () => {
    const h = update(20n, [A[0], A[1], X[0], X[1]]);
    h.trustedValidators = { validators: X.map((v) => v.validator), totalVotingPower: 40n };
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidValidatorSet);
  });

  test('validator sets with a duplicate, a wrong address, a zero power or no validators are refused', () => {
    const bad = [
      [A[0].validator, A[0].validator],
      [{ ...A[0].validator, address: X[0].validator.address }],
      [{ ...A[0].validator, votingPower: 0n }],
      [],
    ];
    for (const validators of bad) {
      const h = update(11n, A);
      h.trustedValidators = { validators, totalVotingPower: 0n };
      expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidValidatorSet);
    }
  });

  test('a commit with fewer signatures than validators, or an absent vote that carries a signature, is refused', () => {
    const h = update(11n, A);
    h.signedHeader!.commit!.signatures.pop();
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidCommit, /3 signatures for 4 validators/);
    const g = update(11n, A, { votes: ['commit', 'commit', 'commit', 'absent'] });
    g.signedHeader!.commit!.signatures[3].signature = new Uint8Array(64);
    expectRefused(() => verifyHeader(cs, trusted, g, NOW), E.invalidCommit, /absent signature 3/);
  });

  test('a header with another block protocol version is refused', () => {
    const h = update(11n, A);
    h.signedHeader!.header!.version = { block: 10n, app: 1n };
    expectRefused(() => verifyHeader(cs, trusted, h, NOW), E.invalidHeader, /block protocol/);
  });
});

test('a frozen client refuses every update, even a valid one', () => {
  const h = update(11n, A);
  expect(() => verifyHeader(cs, trusted, h, NOW)).not.toThrow();
  expectRefused(() => verifyHeader(freeze(cs), trusted, h, NOW), E.clientFrozen);
});

test('verification reads no clock: the same inputs give the same answer at any wall time', () => {
  const h = update(11n, A);
  const a = verifyHeader(cs, trusted, h, NOW);
  const b = verifyHeader(cs, trusted, h, NOW);
  expect(a).toEqual(b);
  expect(timestampNanos(a.consensusState.timestamp)).toBe(T0 + MINUTE);
});
