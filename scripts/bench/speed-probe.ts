import { createHash } from 'node:crypto';

interface Secp256k1Binding {
  publicKeyCreate(priv: Uint8Array, compressed: boolean): Uint8Array;
  ecdsaSign(msg32: Uint8Array, priv: Uint8Array): { signature: Uint8Array };
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, pub: Uint8Array): boolean;
}

/**
 * µs per libsecp256k1 signature verification, median of 5 rounds of 400: a fixed piece of the work
 * every tx does, as a gauge of how fast the machine is right now. The project's 2-core VMs share
 * their hosts, and the same code measured ~55 µs here in a quiet hour and ~72 µs in a busy one (every
 * figure of a run moves with it), so each benchmark prints it beside its results.
 */
export function verifySpeedProbeUs(): number | undefined {
  let s: Secp256k1Binding;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    s = require('secp256k1/bindings') as Secp256k1Binding;
  } catch {
    return undefined;
  }
  const priv = createHash('sha256').update('settle speed probe').digest();
  const pub = s.publicKeyCreate(priv, true);
  const msgs = Array.from({ length: 400 }, (_, i) => createHash('sha256').update(`m${i}`).digest());
  const sigs = msgs.map((m) => s.ecdsaSign(m, priv).signature);
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < msgs.length; i++) if (!s.ecdsaVerify(sigs[i], msgs[i], pub)) throw new Error('speed probe: a valid signature did not verify');
    rounds.push(Number(process.hrtime.bigint() - t) / 1000 / msgs.length);
  }
  return rounds.sort((a, b) => a - b)[2];
}
