#!/usr/bin/env node
/**
 * `settled`: settle's node command — init, start, devnet, localnet. See docs/operators.md.
 * Run from a checkout with `node dist/chain/node/main.js <command>` (after `npm run build`), or via
 * the npm scripts `npm run devnet` / `npm run localnet`.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from './app-config';
import { DEFAULT_BASE_PORT } from './cometbft-config';
import { DEVNET_CHAIN_ID, DEVNET_HOME, devnetCommand } from './devnet';
import { packageVersion } from './home';
import { initHome } from './init';
import { exportChainInfo, type NetworkType } from './chain-info';
import { LOCALNET_BASE_PORT, LOCALNET_CHAIN_ID, LOCALNET_HOME, localnetStart, localnetStatus, localnetStop } from './localnet';
import { createLogger } from './logger';
import { startCommand } from './start';

/** Default home of `init`/`start`: $SETTLE_HOME, else ~/.settle. */
function defaultHome(): string {
  return process.env.SETTLE_HOME || path.join(os.homedir(), '.settle');
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65530) throw new InvalidArgumentError('expected a port number (1-65530)');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

const logLevelOption = (): Option => new Option('--log-level <level>', "log level (default: app.toml's [log] level)").choices(LOG_LEVELS);
const logFormatOption = (): Option => new Option('--log-format <format>', "log format (default: app.toml's [log] format)").choices(LOG_FORMATS);
/** --lcd.address / --grpc.address override app.toml; --no-lcd / --no-grpc turn a gateway off. */
const gatewayOptions = (cmd: Command): Command =>
  cmd
    .option('--lcd.address <host:port>', "serve the LCD (Cosmos REST API) here (default: app.toml's [lcd] address)")
    .option('--no-lcd', 'do not serve the LCD')
    .option('--grpc.address <host:port>', "serve gRPC here (default: app.toml's [grpc] address)")
    .option('--no-grpc', 'do not serve gRPC');

interface GatewayFlags {
  'lcd.address'?: string;
  lcd?: boolean;
  'grpc.address'?: string;
  grpc?: boolean;
}

function gatewayAddresses(opts: GatewayFlags): { lcdAddress?: string; grpcAddress?: string } {
  return {
    lcdAddress: opts.lcd === false ? '' : opts['lcd.address'],
    grpcAddress: opts.grpc === false ? '' : opts['grpc.address'],
  };
}

const cometbftOption = (): Option => new Option('--cometbft <path>', "cometbft binary (default: app.toml, $SETTLE_COMETBFT, tools/bin/cometbft, PATH)");

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('settled')
    .description('settle node: a TypeScript ABCI 2.0 application behind CometBFT v0.38')
    .version(packageVersion())
    .showHelpAfterError();

  program
    .command('init')
    .description('create a node home: CometBFT config and keys, genesis with settle app_state, app.toml')
    .option('--home <dir>', 'node home folder (default: $SETTLE_HOME or ~/.settle)')
    .option('--chain-id <id>', 'chain id', DEVNET_CHAIN_ID)
    .option('--moniker <name>', 'node name shown to peers and in /status', os.hostname())
    .option('--base-port <port>', 'P2P port; RPC +1, ABCI +2, CometBFT metrics +4, settle metrics +5', port, DEFAULT_BASE_PORT)
    .option('--listen-host <host>', 'address the P2P and RPC listeners bind to (0.0.0.0 for a public node)', '127.0.0.1')
    .addOption(cometbftOption())
    .action((opts: { home?: string; chainId: string; moniker: string; basePort: number; listenHost: string; cometbft?: string }) => {
      const logger = createLogger({ level: 'info', format: process.stdout.isTTY ? 'plain' : 'json' });
      const res = initHome({
        home: opts.home ?? defaultHome(),
        chainId: opts.chainId,
        moniker: opts.moniker,
        basePort: opts.basePort,
        listenHost: opts.listenHost,
        cometbftBinary: opts.cometbft,
        logger,
      });
      process.stdout.write(
        `Initialized ${res.paths.home}\n  chain id ${res.chainId}, moniker ${res.moniker}, node id ${res.nodeId}\n` +
          `  RPC ${res.ports.rpc}, P2P ${res.ports.p2p}, ABCI ${res.ports.abci}, metrics ${res.ports.appMetrics}\n` +
          `Start it with: settled start --home ${res.paths.home}\n`,
      );
    });

  gatewayOptions(
    program
      .command('start')
      .description('run the node: ABCI server, CometBFT as a supervised child, metrics endpoint, LCD and gRPC gateways')
      .option('--home <dir>', 'node home folder (default: $SETTLE_HOME or ~/.settle)')
      .option('--abci-only', 'run only the ABCI server; start CometBFT yourself with proxy_app pointing to it'),
  )
    .addOption(logLevelOption())
    .addOption(logFormatOption())
    .addOption(cometbftOption())
    .action(async (opts: { home?: string; abciOnly?: boolean; logLevel?: LogLevel; logFormat?: LogFormat; cometbft?: string } & GatewayFlags) => {
      process.exitCode = await startCommand({
        home: opts.home ?? defaultHome(),
        abciOnly: opts.abciOnly,
        logLevel: opts.logLevel,
        logFormat: opts.logFormat,
        cometbftBinary: opts.cometbft,
        ...gatewayAddresses(opts),
      });
    });

  gatewayOptions(program.command('devnet'))
    .description('a single-validator development chain with well-known development accounts; continues the same chain when run again')
    .option('--home <dir>', 'devnet home folder', DEVNET_HOME)
    .option('--reset', 'delete the devnet home and start a new chain')
    .option('--base-port <port>', 'P2P port of a new devnet; RPC +1, ABCI +2, CometBFT metrics +4, settle metrics +5, LCD +6, gRPC +7 (LCD 1317 and gRPC 9090 at the default)', port)
    .option('--chain-id <id>', 'chain id of a new devnet', DEVNET_CHAIN_ID)
    .addOption(logLevelOption())
    .addOption(new Option('--log-format <format>', 'log format (default: plain on a terminal, else json)').choices(LOG_FORMATS))
    .addOption(cometbftOption())
    .action(
      async (opts: { home: string; reset?: boolean; basePort?: number; chainId: string; logLevel?: LogLevel; logFormat?: LogFormat; cometbft?: string } & GatewayFlags) => {
        process.exitCode = await devnetCommand({
          ...gatewayAddresses(opts),
          home: opts.home,
          reset: opts.reset,
          basePort: opts.basePort,
          chainId: opts.chainId,
          logLevel: opts.logLevel,
          logFormat: opts.logFormat,
          cometbftBinary: opts.cometbft,
        });
      },
    );

  program
    .command('export-chain-info')
    .description("write chain.json and assetlist.json (cosmos/chain-registry) and Keplr's ChainInfo from a node home's genesis and config")
    .option('--home <dir>', 'node home folder (default: $SETTLE_HOME or ~/.settle)')
    .option('--out-dir <dir>', 'where to write the files', '.')
    .option('--rpc <url>', "public CometBFT RPC URL (default: this node's)")
    .option('--rest <url>', "public LCD (REST) URL (default: this node's [lcd] address)")
    .option('--grpc <host:port>', "public gRPC address (default: this node's [grpc] address)")
    .addOption(new Option('--network-type <type>', 'chain-registry network_type (default: devnet for a devnet/localnet chain id, else testnet)').choices(['mainnet', 'testnet', 'devnet']))
    .option('--pretty-name <name>', 'the name wallets show')
    .action((opts: { home?: string; outDir: string; rpc?: string; rest?: string; grpc?: string; networkType?: NetworkType; prettyName?: string }) => {
      const files = exportChainInfo({ ...opts, home: opts.home ?? defaultHome() });
      for (const f of files) process.stdout.write(`wrote ${f}\n`);
    });

  program
    .command('localnet')
    .description('N validators on this machine in the background (start | stop | status)')
    .argument('[action]', 'start, stop or status', 'start')
    .option('--validators <n>', 'number of validators of a new localnet (default 4)', positiveInt)
    .option('--home <dir>', 'localnet folder (one home per node inside)', LOCALNET_HOME)
    .option('--base-port <port>', 'ports of node i start at base + 100*i', port, LOCALNET_BASE_PORT)
    .option('--chain-id <id>', 'chain id of a new localnet', LOCALNET_CHAIN_ID)
    .option('--reset', 'stop and delete the localnet, then create a new one')
    .option('--timeout <ms>', 'how long to wait for blocks', positiveInt, 120_000)
    .addOption(cometbftOption())
    .action(
      async (
        action: string,
        opts: { validators?: number; home: string; basePort: number; chainId: string; reset?: boolean; timeout: number; cometbft?: string },
      ) => {
        switch (action) {
          case 'start':
            process.exitCode = await localnetStart({
              home: opts.home,
              validators: opts.validators,
              basePort: opts.basePort,
              chainId: opts.chainId,
              reset: opts.reset,
              timeoutMs: opts.timeout,
              cometbftBinary: opts.cometbft,
            });
            break;
          case 'stop':
            process.exitCode = await localnetStop({ home: opts.home });
            break;
          case 'status':
            process.exitCode = await localnetStatus({ home: opts.home });
            break;
          default:
            throw new InvalidArgumentError(`unknown localnet action "${action}" (start, stop, status)`);
        }
      },
    );

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.stderr.write(`settled: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`settled: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
    process.exit(1);
  });
  void main(process.argv).then(() => {
    // Everything is closed by now; exit even if a stray handle (a half-closed socket) lingers.
    process.exit(process.exitCode ?? 0);
  });
}
