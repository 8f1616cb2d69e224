#!/usr/bin/env bash
# Compiles the TypeScript tree into dist/ (git-ignored). Incremental: the build info lives in dist/,
# so deleting dist/ always gives a full build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f dist/.tsbuildinfo ] && [ ! -f dist/chain/node/main.js ]; then rm -f dist/.tsbuildinfo; fi
npx tsc -p tsconfig.json --incremental --tsBuildInfoFile dist/.tsbuildinfo
