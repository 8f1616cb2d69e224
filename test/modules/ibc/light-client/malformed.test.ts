/**
 * Bad input never crashes the light client: a valid update header, encoded as a relayer would send
 * it, with bytes flipped, dropped or inserted, fails to decode, yields exactly the original update,
 * or is refused with a registered 07-tendermint error — never a TypeError or a RangeError. A
 * flipped bit in a signature needed for the 2/3 is always refused. Also: a secp256k1 validator set is
 * refused (ed25519 only).
 */
import { Header as LightHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { AppError } from '../../../../chain/sdk';
import { CODESPACE, LightClientErrors as E, verifyHeader } from '../../../../modules/ibc/light-client';
import { Rng } from '../../../helpers/rng';
import { clientState, consensusStateOf, lightHeader, makeHeader, SECOND, signedHeader, T0, testValidator } from './helpers/test-chain';

const CHAIN = 'counter-1';
const A = ['a0', 'a1', 'a2', 'a3'].map((n) => testValidator(n, 10n));
const trusted = consensusStateOf(makeHeader({ chainId: CHAIN, height: 10n, time: T0, vals: A }));
const cs = clientState(CHAIN, 10n);
const NOW = T0 + 120n * SECOND;
const valid = lightHeader(signedHeader({ chainId: CHAIN, height: 20n, time: T0 + 60n * SECOND, vals: A }), A, 10n, A);
const bytes = LightHeader.encode(valid).finish();
const expected = verifyHeader(cs, trusted, valid, NOW);

function outcome(b: Uint8Array): 'accepted' | 'refused' | 'undecodable' {
  let msg: LightHeader;
  try {
    msg = LightHeader.decode(b);
  } catch {
    return 'undecodable';
  }
  try {
    // Whatever a mutation leaves acceptable (unhashed fields such as the proposer priority, or the
    // signature of a validator not needed for the 2/3) must yield the very same update.
    expect(verifyHeader(cs, trusted, msg, NOW)).toEqual(expected);
    return 'accepted';
  } catch (err) {
    if (!(err instanceof AppError) || err.codespace !== CODESPACE) throw err;
    return 'refused';
  }
}

test('the unmutated bytes round-trip and verify', () => {
  expect(outcome(bytes)).toBe('accepted');
});

test('2,000 random mutations: each is refused with a registered error, fails to decode, or yields the same update', () => {
  const rng = new Rng(17);
  const seen = { accepted: 0, refused: 0, undecodable: 0 };
  for (let i = 0; i < 2000; i++) {
    const b = Uint8Array.from(bytes);
    const kind = rng.int(3);
    let m: Uint8Array = b;
    if (kind === 0) {
      for (let k = 0; k <= rng.int(3); k++) b[rng.int(b.length)] ^= 1 << rng.int(8);
    } else if (kind === 1) {
      const at = rng.int(b.length);
      m = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + 1 + rng.int(8))]);
    } else {
      const at = rng.int(b.length);
      m = Uint8Array.from([...b.subarray(0, at), ...rng.bytes(1 + rng.int(8)), ...b.subarray(at)]);
    }
    seen[outcome(m)]++;
  }
  expect(seen.refused).toBeGreaterThan(500);
});

test('a flipped bit in any counted signature is refused', () => {
  const sigs = valid.signedHeader!.commit!.signatures;
  for (let i = 0; i < 3; i++) {
    for (const bit of [0, 255, 511]) {
      const h = LightHeader.decode(bytes);
      const s = h.signedHeader!.commit!.signatures[i].signature;
      s[bit >> 3] ^= 1 << (bit & 7);
      expect(sigs[i].signature).not.toEqual(s);
      expect(() => verifyHeader(cs, trusted, h, NOW)).toThrow(expect.objectContaining({ registered: E.invalidCommit }));
    }
  }
});

test('a validator set with a secp256k1 key is refused as invalid', () => {
  const h = LightHeader.decode(bytes);
  h.trustedValidators!.validators[0] = { ...h.trustedValidators!.validators[0], pubKey: { secp256k1: new Uint8Array(33) } };
  expect(() => verifyHeader(cs, trusted, h, NOW)).toThrow(expect.objectContaining({ registered: E.invalidValidatorSet }));
});
