#!/usr/bin/env bash
# npm run bench:gateway [-- --requests N --concurrency C]: balance-query throughput and latency of the
# LCD (REST) and gRPC gateways beside CometBFT RPC's abci_query, on a fresh devnet (scripts/bench/gateway.ts).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-deps.sh
bash scripts/install-cometbft.sh
if ! bash scripts/build.sh; then
  echo "[bench] warning: the build reported type errors (above); running the JavaScript tsc emitted anyway" >&2
fi
exec node dist/scripts/bench/gateway.js "$@"
