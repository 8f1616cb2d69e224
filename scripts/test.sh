#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, builds (tsc -> dist/, which also
# type-checks everything), runs jest. The node integration tests (test/chain/node) run the compiled
# settled from dist/ against the real CometBFT in tools/bin.
# Then the IBC end-to-end test (npm run test:ibc): ibc-go's simd and the Go relayer are built from the
# Go module proxy into tools/bin (about 7 minutes on 2 cores the first time, cached after) and relay
# ICS-20 transfers with a settle devnet. With arguments (a jest filter), only jest runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [ -f scripts/install-cometbft.sh ]; then bash scripts/install-cometbft.sh; fi
bash scripts/build.sh
npx jest --ci "$@"
if [ "$#" -eq 0 ]; then bash scripts/test-ibc.sh; fi
