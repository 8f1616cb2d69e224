#!/usr/bin/env bash
# Installs the Go relayer (github.com/cosmos/relayer/v2, command `rly`) for `npm run ibcnet` into
# tools/bin/rly (git-ignored), built from the Go module proxy. The relayer's go.mod has no replace
# lines, so a temporary module that requires only the relayer has exactly the relayer's own build list
# (what `go install github.com/cosmos/relayer/v2@v2.6.0` would build); the temporary module is used
# because `go install module@version` also asks the proxy for the module's version list (to report
# deprecation), which the proxy reachable here refuses. Checksums are verified against sum.golang.org.
# The binary reports its version (cmd.Version set as the relayer's Makefile does). A stamp file
# (tools/bin/rly.stamp) records what was built; when binary and stamp match, this script exits quietly.
# Not part of `npm test` (the first build downloads a few hundred modules and takes minutes on 2 cores).
#
# Usage: scripts/install-relayer.sh
set -euo pipefail

RELAYER_VERSION="v2.6.0"
GO_MIN="1.21" # the relayer v2.6.0 go.mod's go line
TOOL="rly"
WANT_STAMP="github.com/cosmos/relayer/v2@$RELAYER_VERSION"
# shellcheck source=lib/go-tool.sh
source "$(dirname "$0")/lib/go-tool.sh"
if go_tool_current; then exit 0; fi
require_go
lock_install

echo "[settle] building rly (cosmos/relayer $RELAYER_VERSION) into tools/bin with $go_raw (first run downloads modules; takes several minutes)"
work="$(mktemp -d "${TMPDIR:-/tmp}/settle-rly.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cat > "$work/go.mod" <<GOMOD
module settle.local/rlybuild

go 1.21

require github.com/cosmos/relayer/v2 $RELAYER_VERSION
GOMOD
# GOFLAGS is set here so a -mod setting in the caller's environment cannot change the resolution.
if ! (cd "$work" && GO111MODULE=on GOFLAGS=-mod=mod go get "github.com/cosmos/relayer/v2@$RELAYER_VERSION"); then
  die "'go get github.com/cosmos/relayer/v2@$RELAYER_VERSION' failed (see the output above; is GOPROXY reachable?)"
fi
if ! (cd "$work" && GO111MODULE=on GOFLAGS=-mod=mod go build -trimpath -ldflags "-X github.com/cosmos/relayer/v2/cmd.Version=$RELAYER_VERSION" -o "$work/relayer" github.com/cosmos/relayer/v2); then
  die "'go build github.com/cosmos/relayer/v2' failed (see the output above)"
fi
# The release build's version stamp (the relayer's Makefile sets cmd.Version the same way).
got="$("$work/relayer" version 2>/dev/null | awk '/^version:/ {print $2}' || true)"
[ "$got" = "$RELAYER_VERSION" ] || die "the built relayer does not run or reports version '${got:-nothing}', expected $RELAYER_VERSION"

install_built "$work/relayer"
