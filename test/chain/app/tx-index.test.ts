import { rfc3339 } from '../../../chain/app/tx-index';
import { Rng } from '../../helpers/rng';

test('rfc3339 formats block times exactly like Date (which the state machine may not use)', () => {
  const rng = new Rng(11);
  const samples = [0n, -1n, 951782400n /* 2000-02-29 */, 4102444799n, -62135596800n /* year 1 */, 253402300799n /* 9999-12-31 */];
  for (let i = 0; i < 2000; i++) samples.push(BigInt(Math.floor((rng.next() - 0.3) * 8e9)));
  for (const s of samples) expect(rfc3339(s)).toBe(new Date(Number(s) * 1000).toISOString().replace('.000Z', 'Z'));
});
