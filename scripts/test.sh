#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, builds (tsc -> dist/, which also
# type-checks everything), runs jest. The node integration tests (test/chain/node) run the compiled
# settled from dist/ against the real CometBFT in tools/bin.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [ -f scripts/install-cometbft.sh ]; then bash scripts/install-cometbft.sh; fi
bash scripts/build.sh
npx jest --ci "$@"
