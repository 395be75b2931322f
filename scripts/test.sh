#!/usr/bin/env bash
# The part of `make test` after the debug build: the test suite, the fuzz replay, generated model
# code compiled (scripts/codegen-compile.sh) and the release binary checked (scripts/release-check.sh).
#
# The test suite waits on its servers more than on the CPU (it keeps about half a core busy), and the
# release build is all CPU, so the release build runs beside it, in a build folder of its own
# (.build-release) so that neither waits for the other's lock. Its output goes to
# .build-release/build.log and is shown if it fails. Usage: scripts/test.sh [path/to/debug/strata]
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
BIN=${1:-.build/debug/strata}
mkdir -p .build-release
log=.build-release/build.log
started=$(date +%s)
"$SWIFT" build -c release --product strata --static-swift-stdlib --scratch-path .build-release >"$log" 2>&1 &
release=$!
trap 'kill "$release" 2>/dev/null || true' EXIT

phase() { echo "make test: $1 ($(( $(date +%s) - started )) s)"; }
"$SWIFT" test
phase "test suite done"
scripts/fuzz.sh quick
scripts/codegen-compile.sh "$BIN"
phase "generated code compiled"
if ! wait "$release"; then
  echo "make test: the release build failed (.build-release/build.log):" >&2
  tail -40 "$log" >&2
  exit 1
fi
trap - EXIT
phase "release build done"
strip .build-release/release/strata
scripts/release-check.sh .build-release/release/strata
phase "release binary checked"
