#!/usr/bin/env bash
# Runs a `settled` command from a fresh clone: installs the npm packages (npm ci) when needed, installs
# CometBFT v0.38.25 into tools/bin when needed, builds (tsc -> dist/, incremental), then runs
#   node --max-semi-space-size=64 dist/chain/node/main.js "$@"
# Used by `npm run devnet` and `npm run localnet`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/install-cometbft.sh
bash scripts/build.sh
# V8 flags: the same as chain/node/v8-flags.ts (SETTLED_V8_FLAGS)
exec node --max-semi-space-size=64 dist/chain/node/main.js "$@"
