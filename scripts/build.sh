#!/usr/bin/env bash
# Compiles the TypeScript tree into dist/ (git-ignored). Incremental: the build info lives in dist/,
# so deleting dist/ always gives a full build. Output whose source is gone is removed first: tsc never
# deletes it, and a stale dist/x.js shadows a new dist/x/index.js (Node resolves the file first).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f dist/.tsbuildinfo ] && [ ! -f dist/chain/node/main.js ]; then rm -f dist/.tsbuildinfo; fi
if [ -d dist ]; then
  removed=0
  while IFS= read -r -d '' js; do
    rel="${js#dist/}"
    if [ ! -f "${rel%.js}.ts" ]; then
      rm -f "$js" "$js.map" "${js%.js}.d.ts"
      removed=1
    fi
  done < <(find dist -name '*.js' -not -path 'dist/node_modules/*' -print0)
  # tsc's incremental state would not re-emit what was removed; start it over when anything was
  if [ "$removed" = 1 ]; then rm -f dist/.tsbuildinfo; fi
fi
npx tsc -p tsconfig.json --incremental --tsBuildInfoFile dist/.tsbuildinfo
