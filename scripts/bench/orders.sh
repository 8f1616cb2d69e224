#!/usr/bin/env bash
# npm run bench:orders [-- options]: options orders/s and order→commit latency of a single-validator
# devnet (see scripts/bench/orders.ts and docs/performance.md). Like scripts/settled.sh, it first installs
# the npm packages when needed, CometBFT v0.38.25 into tools/bin when needed, and builds dist/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-deps.sh
bash scripts/install-cometbft.sh
# tsc emits JavaScript even when some file does not type-check; a type error elsewhere in the tree (a test
# someone is editing) should not stop a measurement, so it is reported and the emitted dist/ is used.
if ! bash scripts/build.sh; then
  echo "[bench] warning: the build reported type errors (above); running the JavaScript tsc emitted anyway" >&2
fi
exec node dist/scripts/bench/orders.js "$@"
