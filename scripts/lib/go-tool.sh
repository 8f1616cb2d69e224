# Shared steps of the scripts that build a Go tool into tools/bin from the Go module proxy
# (install-simd.sh, install-relayer.sh). Source it after setting:
#   TOOL       the binary's name in tools/bin (also names the lock file and the temporary folder)
#   WANT_STAMP what the stamp file must say for the installed binary to count as current
#   GO_MIN     the oldest Go that builds it
# It sets ROOT, BIN_DIR, BIN and STAMP_FILE, and defines die, go_tool_current, require_go, lock_install,
# install_built.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN_DIR="$ROOT/tools/bin"
BIN="$BIN_DIR/$TOOL"
STAMP_FILE="$BIN_DIR/$TOOL.stamp"

die() {
  echo "[settle] install-$TOOL: $*" >&2
  exit 1
}

go_tool_current() {
  [ -x "$BIN" ] && [ -f "$STAMP_FILE" ] && [ "$(cat "$STAMP_FILE")" = "$WANT_STAMP" ]
}

# Go >= GO_MIN on PATH, or a clear error; sets go_raw (e.g. go1.26.8).
require_go() {
  command -v go >/dev/null 2>&1 || die "Go is not installed (or not on PATH); $TOOL needs Go >= $GO_MIN: see https://go.dev/doc/install"
  go_raw="$(go version | awk '{print $3}')"
  local go_num
  go_num="$(printf '%s' "${go_raw#go}" | sed -E 's/^([0-9]+(\.[0-9]+)*).*/\1/')"
  if [ -z "$go_num" ] || [ "$(printf '%s\n%s\n' "$GO_MIN" "$go_num" | sort -V | head -n1)" != "$GO_MIN" ]; then
    die "Go $GO_MIN or newer is required; found '$go_raw'"
  fi
}

# One build at a time (where flock exists); exits quietly when another run installed it meanwhile.
lock_install() {
  mkdir -p "$BIN_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$ROOT/tools/.install-$TOOL.lock"
    flock 9
    if go_tool_current; then exit 0; fi
  fi
}

# Moves the built binary $1 into tools/bin and writes the stamp.
install_built() {
  rm -f "$STAMP_FILE"
  mv -f "$1" "$BIN"
  printf '%s\n' "$WANT_STAMP" > "$STAMP_FILE"
  echo "[settle] $TOOL ($WANT_STAMP) installed at tools/bin/$TOOL"
}
