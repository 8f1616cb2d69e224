#!/usr/bin/env bash
# Builds the SDK package (client/sdk) to client/sdk/dist with the repo's TypeScript; `--pack DIR` then
# writes its npm tarball (npm pack) into DIR and prints the tarball's path.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf client/sdk/dist
npx tsc -p client/sdk/tsconfig.json
if [ "${1:-}" = "--pack" ]; then
  mkdir -p "$2"
  dest="$(cd "$2" && pwd)"
  name="$(cd client/sdk && npm pack --silent --pack-destination "$dest")"
  echo "$dest/$name"
fi
