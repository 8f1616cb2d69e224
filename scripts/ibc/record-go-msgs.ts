// Records Go-encoded (gogoproto) IBC client messages for the canonical-encoding test of the ibc module:
//   node -r ts-node/register/transpile-only scripts/ibc/record-go-msgs.ts --out test/modules/ibc/fixtures/go-msgs.json
// settle refuses a tx whose message bytes are not the canonical encoding of what they decode to; a Go
// relayer encodes with gogoproto. This builds MsgCreateClient and MsgUpdateClient (a signed 07-tendermint
// header of 4 validators with an absent vote) as JSON, has simd (ibc-go v8.8.0) build and encode the
// unsigned txs (`tx ibc client create|update --generate-only`, `tx encode`), and records the tx bytes.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ClientState, ConsensusState, Header } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { clientState, consensusStateOf, lightHeader, signedHeader, T0, testValidator } from '../../test/modules/ibc/light-client/helpers/test-chain';

const SIMD = path.resolve(__dirname, '../../tools/bin/simd');
const FROM = 'cosmos1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du';

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || process.argv[i + 1] === undefined) throw new Error(`--${name} is required`);
  return process.argv[i + 1];
}

function spec(childSize: number, minPrefix: number, maxPrefix: number) {
  return {
    leaf_spec: { hash: 'SHA256', prehash_key: 'NO_HASH', prehash_value: 'SHA256', length: 'VAR_PROTO', prefix: 'AA==' },
    inner_spec: { child_order: [0, 1], child_size: childSize, min_prefix_length: minPrefix, max_prefix_length: maxPrefix, empty_child: null, hash: 'SHA256' },
    max_depth: 0,
    min_depth: 0,
    prehash_key_before_comparison: false,
  };
}

const withType = (typeUrl: string, json: unknown) => ({ '@type': typeUrl, ...(json as object) });

function encodeTx(home: string, args: string[]): string {
  const unsigned = execFileSync(SIMD, [...args, '--generate-only', '--from', FROM, '--home', home, '--offline', '--account-number', '0', '--sequence', '0'], { encoding: 'utf8' });
  const file = path.join(home, 'tx.json');
  fs.writeFileSync(file, unsigned);
  return execFileSync(SIMD, ['tx', 'encode', file, '--home', home], { encoding: 'utf8' }).trim();
}

function main(): void {
  const out = arg('out');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-go-msgs-'));
  try {
    execFileSync(SIMD, ['init', 'go-msgs', '--chain-id', 'go-msgs-1', '--home', home], { stdio: 'ignore' });
    const vals = ['a', 'b', 'c', 'd'].map((n) => testValidator(n, 10n));
    const cs = clientState('counter-1', 10n);
    const trusted = signedHeader({ chainId: 'counter-1', height: 10n, time: T0, vals });
    const next = signedHeader({ chainId: 'counter-1', height: 11n, time: T0 + 5_000_000_000n, vals }, { votes: ['commit', 'commit', 'commit', 'absent'] });
    const files = {
      clientState: withType('/ibc.lightclients.tendermint.v1.ClientState', {
        ...(ClientState.toJSON({ ...cs, proofSpecs: [] }) as object),
        // protojson: durations are strings; the SDK's proof specs (iavl, then tendermint)
        trustingPeriod: `${cs.trustingPeriod.seconds}s`,
        unbondingPeriod: `${cs.unbondingPeriod.seconds}s`,
        maxClockDrift: `${cs.maxClockDrift.seconds}s`,
        proofSpecs: [spec(33, 4, 12), spec(32, 1, 1)],
      }),
      consensusState: withType('/ibc.lightclients.tendermint.v1.ConsensusState', {
        ...(ConsensusState.toJSON(consensusStateOf(trusted.header!)) as object),
        // gogoproto casttype HexBytes: hex in JSON
        nextValidatorsHash: Buffer.from(trusted.header!.nextValidatorsHash).toString('hex').toUpperCase(),
      }),
      header: withType('/ibc.lightclients.tendermint.v1.Header', Header.toJSON(lightHeader(next, vals, 10n, vals))),
    };
    for (const [name, json] of Object.entries(files)) fs.writeFileSync(path.join(home, `${name}.json`), JSON.stringify(json));
    const txs = {
      MsgCreateClient: encodeTx(home, ['tx', 'ibc', 'client', 'create', path.join(home, 'clientState.json'), path.join(home, 'consensusState.json')]),
      MsgUpdateClient: encodeTx(home, ['tx', 'ibc', 'client', 'update', '07-tendermint-0', path.join(home, 'header.json')]),
    };
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ recorded_with: 'simd (ibc-go v8.8.0 testing/simapp) tx … --generate-only | tx encode, by scripts/ibc/record-go-msgs.ts', txs }, null, 1) + '\n');
    console.log(`wrote ${out}`);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main();
