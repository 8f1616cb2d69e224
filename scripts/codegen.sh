#!/usr/bin/env bash
# Regenerates settle's TypeScript from proto/ (the generated code is committed under proto/gen/).
#   bash scripts/codegen.sh            write proto/gen/
#   bash scripts/codegen.sh OUT_DIR    write into OUT_DIR instead (the staleness test diffs it)
# Offline: buf (npm @bufbuild/buf, a binary shipped in the package) compiles the .proto files and
# runs ts-proto (npm) as a local plugin; the third-party .proto files are vendored in proto/third_party.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-proto/gen}"
BUF=node_modules/.bin/buf
if [ ! -x "$BUF" ] || [ ! -x node_modules/.bin/protoc-gen-ts_proto ]; then
  echo "codegen: buf or ts-proto missing; run npm ci" >&2
  exit 1
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# buf resolves paths relative to the workspace (proto/); generate only settle's own files.
(cd proto && "../$BUF" generate --template buf.gen.yaml --path settle -o "$TMP")
rm -rf "$OUT"
mkdir -p "$OUT"
# Only settle's own files: ts-proto also emits the imported option files, which nothing imports.
cp -R "$TMP/proto/gen/settle" "$OUT/"
