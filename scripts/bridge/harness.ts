// Deploys TestUSDC + SettleBridge on a fresh anvil and signs as the bridge validators: shared by the
// bridge tests (test/modules/bridge) and `npm run bench:bridge`. Keys are derived from labels (no
// randomness): keccak256("settle-bridge/<label>/<i>").
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  getAddress,
  http,
  keccak256,
  parseSignature,
  toBytes,
  type Abi,
  type Address,
  type Hex,
  type PublicClient,
  type TestClient,
  type TransactionReceipt,
  type WalletClient,
} from 'viem';
import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { startAnvil, type Anvil } from './anvil';
import { compileBridge } from './compile';
import { normalisedValset, type Domain, type Valset } from './encoding';

export interface Signature {
  v: number;
  r: Hex;
  s: Hex;
}

export function keyOf(label: string, i: number): PrivateKeyAccount {
  return privateKeyToAccount(keccak256(toBytes(`settle-bridge/${label}/${i}`)));
}

/** `n` validator accounts (label `validator`, or another label for a later set), equal stake. */
export function validatorSet(nonce: bigint, accounts: PrivateKeyAccount[], stakes?: bigint[]): Valset {
  return normalisedValset(nonce, accounts.map((a, i) => ({ address: a.address, stake: stakes?.[i] ?? 1n })));
}

/** EIP-191 signatures of `digest` by `signers`, ordered by signer address ascending. */
export async function signDigest(digest: Hex, signers: PrivateKeyAccount[]): Promise<Signature[]> {
  const sorted = [...signers].sort((a, b) => (a.address.toLowerCase() < b.address.toLowerCase() ? -1 : 1));
  return Promise.all(
    sorted.map(async (a) => {
      const sig = parseSignature(await a.signMessage({ message: { raw: digest } }));
      return { v: Number(sig.yParity) + 27, r: sig.r, s: sig.s };
    }),
  );
}

export interface Deployment {
  anvil: Anvil;
  pub: PublicClient;
  wallet: WalletClient;
  test: TestClient;
  deployer: PrivateKeyAccount;
  guardian: PrivateKeyAccount;
  bridgeAbi: Abi;
  usdcAbi: Abi;
  bridge: Address;
  usdc: Address;
  validators: PrivateKeyAccount[];
  valset: Valset;
  domain: Domain;
  challengeDelay: bigint;
  /** Sends a transaction from `from` (default: deployer) and waits for its receipt; throws on a revert. */
  send(to: Address, abi: Abi, functionName: string, args: unknown[], from?: PrivateKeyAccount): Promise<TransactionReceipt>;
  read<T>(to: Address, abi: Abi, functionName: string, args?: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

export interface DeployOptions {
  validators?: number;
  settleChainId?: string;
  challengeDelay?: bigint;
  /** The genesis valset instead of `validators` test keys (bridgenet: the settle chain's valset 0). */
  valset?: Valset;
  /** Extra anvil flags (e.g. --block-time). */
  anvilArgs?: string[];
}

export async function deployBridge(opts: DeployOptions = {}): Promise<Deployment> {
  const artifacts = compileBridge();
  const anvil = await startAnvil(opts.anvilArgs);
  try {
    const transport = http(anvil.url);
    const pub = createPublicClient({ chain: foundry, transport }) as PublicClient;
    const wallet = createWalletClient({ chain: foundry, transport });
    const test = createTestClient({ chain: foundry, mode: 'anvil', transport });
    const deployer = keyOf('deployer', 0);
    const guardian = keyOf('guardian', 0);
    for (const a of [deployer, guardian]) await test.setBalance({ address: a.address, value: 10n ** 21n });

    const validators = Array.from({ length: opts.validators ?? 4 }, (_, i) => keyOf('validator', i));
    const valset = opts.valset ?? validatorSet(0n, validators);
    const settleChainId = opts.settleChainId ?? 'settle-test-1';
    const challengeDelay = opts.challengeDelay ?? 3600n;

    const deploy = async (name: string, args: unknown[]): Promise<Address> => {
      const hash = await wallet.deployContract({
        account: deployer,
        abi: artifacts[name].abi,
        bytecode: artifacts[name].bytecode,
        args,
      });
      const r = await pub.waitForTransactionReceipt({ hash });
      if (r.status !== 'success' || !r.contractAddress) throw new Error(`deploying ${name} failed`);
      return getAddress(r.contractAddress);
    };
    const usdc = await deploy('TestUSDC', []);
    const bridge = await deploy('SettleBridge', [settleChainId, valset, guardian.address, [usdc], challengeDelay]);

    const send = async (to: Address, abi: Abi, functionName: string, args: unknown[], from = deployer) => {
      const hash = await wallet.writeContract({ account: from, chain: foundry, address: to, abi, functionName, args });
      const r = await pub.waitForTransactionReceipt({ hash });
      if (r.status !== 'success') throw new Error(`${functionName} reverted`);
      return r;
    };
    const read = async <T>(to: Address, abi: Abi, functionName: string, args: unknown[] = []) =>
      (await pub.readContract({ address: to, abi, functionName, args })) as T;

    return {
      anvil, pub, wallet, test, deployer, guardian,
      bridgeAbi: artifacts.SettleBridge.abi,
      usdcAbi: artifacts.TestUSDC.abi,
      bridge, usdc, validators, valset,
      domain: { settleChainId, evmChainId: BigInt(foundry.id), bridge },
      challengeDelay,
      send, read,
      stop: () => anvil.stop(),
    };
  } catch (err) {
    await anvil.stop();
    throw err;
  }
}
