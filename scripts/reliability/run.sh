#!/usr/bin/env bash
# The long reliability runs from a fresh clone: installs the npm packages when needed, CometBFT and a
# build of dist/ when the run needs the real node, then runs scripts/reliability/<name>.ts.
#   npm run test:faults -- --seed N --duration S      (fault injection on a 4-validator localnet)
#   npm run sim -- --seeds K --blocks B               (seeded simulation, two processes per seed)
#   npm run fuzz -- --inputs N --frames F             (tx and ABCI frame fuzzing)
# See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
name="$1"
shift
bash scripts/ensure-deps.sh
case "$name" in
  faults | fuzz)
    bash scripts/install-cometbft.sh
    bash scripts/build.sh
    ;;
  sim) ;;
  *)
    echo "usage: run.sh faults|sim|fuzz [options]" >&2
    exit 2
    ;;
esac
exec node -r ts-node/register/transpile-only "scripts/reliability/$name.ts" "$@"
