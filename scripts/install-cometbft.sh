#!/usr/bin/env bash
# Installs CometBFT v0.38.25 into tools/bin (git-ignored) unless that exact version is already there.
# Needs Go >= 1.22.11 (CometBFT v0.38.25's go.mod) and network access on first install.
# Quiet and idempotent when already installed. Usage: scripts/install-cometbft.sh
set -euo pipefail

COMETBFT_VERSION="0.38.25"
GO_MIN="1.22.11"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN_DIR="$ROOT/tools/bin"
BIN="$BIN_DIR/cometbft"

installed_version() {
  if [ -x "$BIN" ]; then "$BIN" version 2>/dev/null | tr -d '[:space:]' || true; fi
}

if [ "$(installed_version)" = "$COMETBFT_VERSION" ]; then
  exit 0
fi

die() {
  echo "[settle] install-cometbft: $*" >&2
  exit 1
}

if ! command -v go >/dev/null 2>&1; then
  die "Go is not installed (or not on PATH). CometBFT v$COMETBFT_VERSION needs Go >= $GO_MIN: see https://go.dev/doc/install, then re-run scripts/install-cometbft.sh"
fi

# "go version go1.22.11 linux/amd64" -> "1.22.11"; "go1.23rc1" -> "1.23rc1" (treated as 1.23).
go_raw="$(go version | awk '{print $3}')"
go_ver="${go_raw#go}"
go_num="$(printf '%s' "$go_ver" | sed -E 's/^([0-9]+(\.[0-9]+)*).*/\1/')"
if [ -z "$go_num" ] || [ "$(printf '%s\n%s\n' "$GO_MIN" "$go_num" | sort -V | head -n1)" != "$GO_MIN" ]; then
  die "Go $GO_MIN or newer is required to build CometBFT v$COMETBFT_VERSION; found '$go_raw' ($(command -v go)). Upgrade Go (https://go.dev/doc/install) and re-run scripts/install-cometbft.sh"
fi

mkdir -p "$BIN_DIR"

# Serialize concurrent runs (two test runs starting at once) when flock is available.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/tools/.install-cometbft.lock"
  flock 9
  if [ "$(installed_version)" = "$COMETBFT_VERSION" ]; then exit 0; fi
fi

echo "[settle] installing CometBFT v$COMETBFT_VERSION into tools/bin with $go_raw (first run downloads modules; takes a few minutes)"
if ! GOBIN="$BIN_DIR" go install "github.com/cometbft/cometbft/cmd/cometbft@v$COMETBFT_VERSION"; then
  die "'go install github.com/cometbft/cometbft/cmd/cometbft@v$COMETBFT_VERSION' failed (see the output above; is the network or GOPROXY reachable?)"
fi

got="$(installed_version)"
if [ "$got" != "$COMETBFT_VERSION" ]; then
  die "after installing, '$BIN version' printed '${got:-nothing}', expected $COMETBFT_VERSION"
fi
echo "[settle] CometBFT $got installed at tools/bin/cometbft"
