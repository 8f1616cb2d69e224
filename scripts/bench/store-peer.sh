#!/usr/bin/env bash
# npm run bench:store-peer [-- --sizes 100000 --blocks 1000,10000]: settle's store vs cosmos/iavl v1.2.8
# on bench:store's write pattern (scripts/bench/store-peer.ts). Builds scripts/bench/iavl-peer (Go, from
# the module proxy) into tools/bin/iavl-peer when needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-deps.sh
command -v go >/dev/null 2>&1 || { echo "[settle] bench:store-peer needs Go (https://go.dev/doc/install)" >&2; exit 1; }
mkdir -p tools/bin
(cd scripts/bench/iavl-peer && GOFLAGS=-mod=readonly go build -trimpath -o ../../../tools/bin/iavl-peer .)
exec node -r ts-node/register/transpile-only scripts/bench/store-peer.ts "$@"
