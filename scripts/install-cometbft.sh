#!/usr/bin/env bash
# Installs CometBFT v0.38.25 into tools/bin (git-ignored), built from the module source that the Go
# module proxy serves, with settle's patches from scripts/cometbft-patches/ applied (today one line:
# the ABCI socket client's 20 ns flush timer becomes 20 ms; docs/performance.md §5.2).
# The binary still reports 0.38.25. A stamp file (tools/bin/cometbft.stamp) records the version and a
# hash of the patches; when binary and stamp match, this script exits quietly.
#
# Usage: scripts/install-cometbft.sh            patched build (the default)
#        scripts/install-cometbft.sh --stock    unpatched upstream build (works, ~1 ms/tx more CometBFT CPU)
# Also SETTLE_COMETBFT_STOCK=1. Needs Go >= 1.22.11 (v0.38.25's go.mod) and the Go module proxy on first install.
set -euo pipefail

COMETBFT_VERSION="0.38.25"
GO_MIN="1.22.11"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN_DIR="$ROOT/tools/bin"
BIN="$BIN_DIR/cometbft"
STAMP_FILE="$BIN_DIR/cometbft.stamp"
PATCH_DIR="$ROOT/scripts/cometbft-patches"

die() {
  echo "[settle] install-cometbft: $*" >&2
  exit 1
}

stock="${SETTLE_COMETBFT_STOCK:-}"
for arg in "$@"; do
  case "$arg" in
    --stock) stock=1 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (usage: scripts/install-cometbft.sh [--stock])" ;;
  esac
done

shopt -s nullglob
patches=()
if [ -z "$stock" ]; then patches=("$PATCH_DIR"/*.patch); fi
shopt -u nullglob

# "0.38.25+patches:<sha256 of the patch files, in name order>" or "0.38.25+stock".
if [ ${#patches[@]} -gt 0 ]; then
  want_stamp="$COMETBFT_VERSION+patches:$(cat "${patches[@]}" | sha256sum | cut -c1-16)"
else
  want_stamp="$COMETBFT_VERSION+stock"
fi

installed_version() {
  if [ -x "$BIN" ]; then "$BIN" version 2>/dev/null | tr -d '[:space:]' || true; fi
}
up_to_date() {
  [ "$(installed_version)" = "$COMETBFT_VERSION" ] && [ -f "$STAMP_FILE" ] && [ "$(cat "$STAMP_FILE")" = "$want_stamp" ]
}

if up_to_date; then exit 0; fi

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
command -v patch >/dev/null 2>&1 || [ ${#patches[@]} -eq 0 ] || die "'patch' is not installed (apt-get install patch)"

mkdir -p "$BIN_DIR"

# Serialize concurrent runs (two test runs starting at once) when flock is available.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/tools/.install-cometbft.lock"
  flock 9
  if up_to_date; then exit 0; fi
fi

echo "[settle] building CometBFT v$COMETBFT_VERSION ($want_stamp) into tools/bin with $go_raw (first run downloads modules; takes a few minutes)"

# The module source, verified against the checksum database by `go mod download`.
if ! info="$(cd "$BIN_DIR" && GO111MODULE=on go mod download -json "github.com/cometbft/cometbft@v$COMETBFT_VERSION")"; then
  die "'go mod download github.com/cometbft/cometbft@v$COMETBFT_VERSION' failed: ${info:-see the output above} (is GOPROXY reachable?)"
fi
src="$(printf '%s\n' "$info" | sed -n -E 's/^[[:space:]]*"Dir": "(.*)",?$/\1/p')"
[ -n "$src" ] && [ -d "$src" ] || die "'go mod download' did not report a source folder for cometbft@v$COMETBFT_VERSION: $info"

work="$(mktemp -d "${TMPDIR:-/tmp}/settle-cometbft.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -R "$src" "$work/cometbft"
chmod -R u+w "$work/cometbft" # the module cache is read-only
for p in "${patches[@]}"; do
  if ! (cd "$work/cometbft" && patch -p1 --forward --quiet --no-backup-if-mismatch < "$p"); then
    die "patch $(basename "$p") does not apply to cometbft v$COMETBFT_VERSION (was COMETBFT_VERSION changed without updating scripts/cometbft-patches/?)"
  fi
  echo "[settle] applied $(basename "$p")"
done

if ! (cd "$work/cometbft" && GO111MODULE=on GOFLAGS=-mod=readonly go build -trimpath -o "$work/cometbft.bin" ./cmd/cometbft); then
  die "'go build ./cmd/cometbft' failed (see the output above; is GOPROXY reachable for its dependencies?)"
fi
got="$("$work/cometbft.bin" version 2>/dev/null | tr -d '[:space:]' || true)"
[ "$got" = "$COMETBFT_VERSION" ] || die "the built binary reports version '${got:-nothing}', expected $COMETBFT_VERSION"

# Replace atomically, then write the stamp: a half-done install is rebuilt next time.
rm -f "$STAMP_FILE"
mv -f "$work/cometbft.bin" "$BIN"
printf '%s\n' "$want_stamp" > "$STAMP_FILE"
echo "[settle] CometBFT $got ($want_stamp) installed at tools/bin/cometbft"
