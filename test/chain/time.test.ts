import { rfc3339, rfc3339Nanos } from '../../chain/time';
import { Rng } from '../helpers/rng';

test('rfc3339 formats block times exactly like Date (which the state machine may not use)', () => {
  const rng = new Rng(11);
  const samples = [0n, -1n, 951782400n /* 2000-02-29 */, 4102444799n, -62135596800n /* year 1 */, 253402300799n /* 9999-12-31 */];
  for (let i = 0; i < 2000; i++) samples.push(BigInt(Math.floor((rng.next() - 0.3) * 8e9)));
  for (const s of samples) expect(rfc3339(s)).toBe(new Date(Number(s) * 1000).toISOString().replace('.000Z', 'Z'));
});

test('rfc3339Nanos keeps all nine fractional digits, also before 1970', () => {
  expect(rfc3339Nanos(1_732_550_400_000_000_001n)).toBe('2024-11-25T16:00:00.000000001Z');
  expect(rfc3339Nanos(0n)).toBe('1970-01-01T00:00:00.000000000Z');
  expect(rfc3339Nanos(-1n)).toBe('1969-12-31T23:59:59.999999999Z');
});
