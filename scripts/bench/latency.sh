#!/usr/bin/env bash
# npm run bench:latency [-- options]: submit→commit latency and block interval on a local
# 4-validator network under bench:bank's load (see scripts/bench/latency.ts and docs/performance.md).
# Installs the npm packages and CometBFT when needed, builds dist/, then runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-deps.sh
bash scripts/install-cometbft.sh
if ! bash scripts/build.sh; then
  echo "[bench] warning: the build reported type errors (above); running the JavaScript tsc emitted anyway" >&2
fi
exec node dist/scripts/bench/latency.js "$@"
