/**
 * libsecp256k1 (bitcoin-core's C library) through the `secp256k1` package's N-API binding: ~6x
 * faster per verify than OpenSSL on this project's machines (docs/performance.md §5.1).
 *
 * Only `secp256k1/bindings` is loaded, never the package's index, which silently falls back to the
 * pure-JS `elliptic` (~30x slower). If the binding cannot load or fails its self-test, `native` is
 * undefined and `nativeLoadError` says why; callers then verify with OpenSSL, which gives the same
 * answers (test/chain/tx/secp256k1-differential.test.ts), so which library runs never affects consensus.
 */
import { createHash } from 'node:crypto';

/** What we use of the binding: throws on an unparsable signature or key, else returns the verdict. */
interface Binding {
  ecdsaVerify(signature: Uint8Array, msg32: Uint8Array, pubKey: Uint8Array): boolean;
}

// A signature made once with a fixed key over a fixed message (see selfTest).
const TEST_PUBKEY = '0374c09b8c3097165edb4415d0ea64557e82e0d5e4fd1aa212d7a87d6ac2a9cd62';
const TEST_SIG =
  'dd68e073f2fc7715e37bb49eb298f09cb5a45430cae54a045b561b1737d6cf14162d573aa98dbb3a40d90afccb205e70fe815f4c7724d3e4576c7de9c36139f5';
const TEST_MSG = 'settle secp256k1 self-test';

/** The resolved path of the binding module, for worker threads to load the same one. */
export let nativeBindingPath: string | undefined;
export let nativeLoadError: string | undefined;
export const native: Binding | undefined = load();

function load(): Binding | undefined {
  if (process.env.SETTLE_SECP256K1 === 'openssl') {
    nativeLoadError = 'disabled by SETTLE_SECP256K1=openssl';
    return undefined;
  }
  let binding: Binding;
  try {
    nativeBindingPath = require.resolve('secp256k1/bindings');
    binding = require(nativeBindingPath) as Binding;
  } catch (err) {
    nativeBindingPath = undefined;
    nativeLoadError = `cannot load the secp256k1 native binding: ${(err as Error).message.split('\n')[0]}`;
    return undefined;
  }
  const failure = selfTest(binding);
  if (failure) {
    nativeBindingPath = undefined;
    nativeLoadError = `the secp256k1 native binding failed its self-test: ${failure}`;
    return undefined;
  }
  return binding;
}

/** A known-good signature must verify and a one-bit change must not: guards against a broken build. */
function selfTest(binding: Binding): string | undefined {
  const msg32 = createHash('sha256').update(TEST_MSG).digest();
  const pub = Buffer.from(TEST_PUBKEY, 'hex');
  const sig = Buffer.from(TEST_SIG, 'hex');
  try {
    if (binding.ecdsaVerify(sig, msg32, pub) !== true) return 'a valid signature did not verify';
    const bad = Buffer.from(sig);
    bad[10] ^= 1;
    if (binding.ecdsaVerify(bad, msg32, pub) !== false) return 'a corrupted signature verified';
  } catch (err) {
    return (err as Error).message;
  }
  return undefined;
}
