#!/usr/bin/env bash
# npm run bench:peer [-- options]: settle's devnet next to the reference Cosmos SDK chain (simd from
# ibc-go v8.8.0) under bench:bank's bank-send load, alternating runs (see scripts/bench/peer.ts and
# docs/performance.md). Installs the npm packages, CometBFT and simd into tools/bin when needed (simd's
# first build takes several minutes), builds dist/, then runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-deps.sh
bash scripts/install-cometbft.sh
bash scripts/install-simd.sh
if ! bash scripts/build.sh; then
  echo "[bench] warning: the build reported type errors (above); running the JavaScript tsc emitted anyway" >&2
fi
exec node dist/scripts/bench/peer.js "$@"
