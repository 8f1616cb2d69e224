#!/usr/bin/env bash
# Installs the npm packages (from the lock file) when node_modules is missing or was installed from a
# different lock file. Compares the lock file's contents with a stamp written after the install, not
# modification times: a fresh clone or git worktree has a lock file newer than an existing install of
# the same lock, and must not reinstall (through a shared, symlinked node_modules that would empty the
# packages of every checkout using it).
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.settle-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
if [ ! -d node_modules ] || [ "$want" != "$have" ]; then
  if [ -L node_modules ] && [ -n "$have" ]; then
    echo "[settle] node_modules links to another checkout's packages, installed from a different lock file; run npm ci there" >&2
    exit 1
  fi
  echo "[settle] installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi
