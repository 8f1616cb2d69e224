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
TOOL="simd"
WANT_STAMP="ibc-go@$IBC_GO_VERSION/testing/simapp/simd"
# shellcheck source=lib/go-tool.sh
source "$(dirname "$0")/lib/go-tool.sh"
if go_tool_current; then exit 0; fi
require_go
lock_install

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

install_built "$work/simd.bin"
