#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, type-checks, runs jest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [ -f scripts/install-cometbft.sh ]; then bash scripts/install-cometbft.sh; fi
npx tsc -p tsconfig.json --noEmit
npx jest --ci "$@"
