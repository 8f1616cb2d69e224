#!/usr/bin/env bash
# Installs the reference Cosmos SDK chain for `npm run bench:peer` into tools/bin/simd (git-ignored):
# ibc-go v8.8.0's testing/simapp/simd (Cosmos SDK v0.50, CometBFT v0.38 linked in-process), built from
# the Go module proxy through a temporary module that carries ibc-go's own goleveldb replace line.
# A stamp file (tools/bin/simd.stamp) records what was built; when binary and stamp match, this script
# exits quietly. Not part of `npm test` (the first build takes several minutes on 2 cores).
#
# Usage: scripts/install-simd.sh
set -euo pipefail

IBC_GO_VERSION="v8.8.0"
GO_MIN="1.22.11"
# The replace line of ibc-go v8.8.0's go.mod (the goleveldb the Cosmos SDK v0.50 line is tested with).
GOLEVELDB_REPLACE="github.com/syndtr/goleveldb => github.com/syndtr/goleveldb v1.0.1-0.20210819022825-2ae1ddf74ef7"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN_DIR="$ROOT/tools/bin"
BIN="$BIN_DIR/simd"
STAMP_FILE="$BIN_DIR/simd.stamp"
WANT_STAMP="ibc-go@$IBC_GO_VERSION/testing/simapp/simd"

die() {
  echo "[settle] install-simd: $*" >&2
  exit 1
}

up_to_date() {
  [ -x "$BIN" ] && [ -f "$STAMP_FILE" ] && [ "$(cat "$STAMP_FILE")" = "$WANT_STAMP" ]
}
if up_to_date; then exit 0; fi

command -v go >/dev/null 2>&1 || die "Go is not installed (or not on PATH); simd needs Go >= $GO_MIN: see https://go.dev/doc/install"
go_raw="$(go version | awk '{print $3}')"
go_num="$(printf '%s' "${go_raw#go}" | sed -E 's/^([0-9]+(\.[0-9]+)*).*/\1/')"
if [ -z "$go_num" ] || [ "$(printf '%s\n%s\n' "$GO_MIN" "$go_num" | sort -V | head -n1)" != "$GO_MIN" ]; then
  die "Go $GO_MIN or newer is required; found '$go_raw'"
fi

mkdir -p "$BIN_DIR"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/tools/.install-simd.lock"
  flock 9
  if up_to_date; then exit 0; fi
fi

echo "[settle] building simd (ibc-go $IBC_GO_VERSION testing/simapp) into tools/bin with $go_raw (first run downloads modules; takes several minutes)"
work="$(mktemp -d "${TMPDIR:-/tmp}/settle-simd.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cat > "$work/go.mod" <<GOMOD
module settle.local/simdbuild

go 1.22

require github.com/cosmos/ibc-go/v8 $IBC_GO_VERSION

replace $GOLEVELDB_REPLACE
GOMOD
# Resolve the build list from ibc-go's requirements (checksums verified against sum.golang.org).
if ! (cd "$work" && GO111MODULE=on GOFLAGS=-mod=mod go get "github.com/cosmos/ibc-go/v8/testing/simapp/simd@$IBC_GO_VERSION"); then
  die "'go get ibc-go/v8/testing/simapp/simd@$IBC_GO_VERSION' failed (is GOPROXY reachable?)"
fi
if ! (cd "$work" && GO111MODULE=on GOFLAGS=-mod=mod go build -trimpath -o "$work/simd.bin" github.com/cosmos/ibc-go/v8/testing/simapp/simd); then
  die "'go build ibc-go/v8/testing/simapp/simd' failed (see the output above)"
fi
"$work/simd.bin" version >/dev/null 2>&1 || die "the built simd does not run ('simd version' failed)"

rm -f "$STAMP_FILE"
mv -f "$work/simd.bin" "$BIN"
printf '%s\n' "$WANT_STAMP" > "$STAMP_FILE"
echo "[settle] simd ($WANT_STAMP) installed at tools/bin/simd"
