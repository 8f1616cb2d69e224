#!/usr/bin/env bash
# npm run test:ibc: ICS-20 end to end between a settle devnet and ibc-go v8.8.0's simd through the Go
# relayer v2.6.0 (test/modules/transfer/relayer.e2e.ts). Installs what it needs first (npm packages,
# CometBFT, simd, rly: the project's scripts, cached in tools/bin; the first simd build takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/install-cometbft.sh
bash scripts/install-simd.sh
bash scripts/install-relayer.sh
bash scripts/build.sh
npx jest --ci --config jest.ibc.config.js "$@"
