/**
 * A validator's bridge signing key: <home>/config/bridge_key.json, a secp256k1 key whose EVM address
 * the bridge module knows (genesis, or MsgRegisterBridgeKey). Created by `settled init` (mode 0600),
 * read by `settled start` to sign anchors and valset updates in vote extensions.
 *
 * init derives it from the validator's consensus key seed (config/priv_validator_key.json, made just
 * before): keccak256("settle.bridge.v1.key" ‖ seed ‖ counter), the first valid scalar. chain/ draws no
 * randomness (test/determinism.test.ts), and the derived key is exactly as secret as the key file it
 * comes from. An operator may replace the file with any key and register it (MsgRegisterBridgeKey).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evmAddressOfPrivateKey } from '../../modules/bridge/signatures';
import { formatEvmAddress, keccak256 } from '../../modules/bridge/encoding';
import { privateKeySigner, type BridgeSigner } from '../../modules/bridge/vote-extension';

export interface BridgeKeyFile {
  evm_address: string;
  private_key: string;
}

export const bridgeKeyPath = (home: string): string => path.join(path.resolve(home), 'config', 'bridge_key.json');

/** Creates the key file unless one exists (derived from config/priv_validator_key.json); returns its EVM address. */
export function ensureBridgeKey(home: string): string {
  const file = bridgeKeyPath(home);
  if (fs.existsSync(file)) return readBridgeKey(home).evmAddress;
  const pv = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'priv_validator_key.json'), 'utf8')) as { priv_key: { value: string } };
  const seed = Buffer.from(pv.priv_key.value, 'base64').subarray(0, 32);
  if (seed.length !== 32) throw new Error('priv_validator_key.json holds no ed25519 key to derive the bridge key from');
  let key: Buffer;
  let counter = 0;
  do key = Buffer.from(keccak256(Buffer.concat([Buffer.from('settle.bridge.v1.key'), seed, Uint8Array.of(counter++)])));
  while (!tryAddress(key));
  const content: BridgeKeyFile = { evm_address: formatEvmAddress(evmAddressOfPrivateKey(key)), private_key: key.toString('hex') };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  return content.evm_address;
}

function tryAddress(key: Buffer): boolean {
  try {
    evmAddressOfPrivateKey(key);
    return true;
  } catch {
    return false;
  }
}

export function readBridgeKey(home: string): { evmAddress: string; privateKey: Buffer } {
  const file = bridgeKeyPath(home);
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as BridgeKeyFile;
  const privateKey = Buffer.from(String(raw.private_key), 'hex');
  const evmAddress = formatEvmAddress(evmAddressOfPrivateKey(privateKey));
  if (raw.evm_address && raw.evm_address.toLowerCase() !== evmAddress) throw new Error(`${file}: evm_address ${raw.evm_address} is not the private key's (${evmAddress})`);
  return { evmAddress, privateKey };
}

/** The node's signer, or undefined (logged by the caller) when it has no key file. */
export function bridgeSignerOf(home: string): BridgeSigner | undefined {
  if (!fs.existsSync(bridgeKeyPath(home))) return undefined;
  const k = readBridgeKey(home);
  return privateKeySigner(k.privateKey, Buffer.from(k.evmAddress.slice(2), 'hex'));
}
