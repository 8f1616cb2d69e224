#!/usr/bin/env bash
# Regenerates test/fixtures/ibc/simd-vectors.json: the stored bytes, packets, acknowledgements and
# events of a real ibc-go v8.8.0 chain pair linked by the real Go relayer v2.6.0 (scripts/ibc/vectors.ts
# says what is recorded). A generator, not a test: `npm test` only reads the committed fixture.
# Installs simd and rly into tools/bin when needed (first run: several minutes of Go builds).
# Uses loopback ports 36656-36763. Takes about two minutes. KEEP=1 keeps the chains' folders.
#
# Usage: npm run ibc:vectors   (or bash scripts/ibc/vectors.sh [--out FILE])
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-deps.sh
bash scripts/install-simd.sh
bash scripts/install-relayer.sh
out="test/fixtures/ibc/simd-vectors.json"
if [ "${1:-}" = "--out" ] && [ -n "${2:-}" ]; then out="$2"; fi
exec node -r ts-node/register/transpile-only scripts/ibc/vectors.ts --out "$out"
